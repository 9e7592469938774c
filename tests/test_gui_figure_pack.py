"""Export figure pack: 300-dpi PNGs, SVGs, CSVs, a JSON record, a caption, a PDF (issue 5)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

FIGURES = ("timeline", "plane", "components", "gaming", "canvas")


@pytest.fixture
def ran(window):
    """A workbench with the comparison installed and three simulated days."""
    from gui.compare.install import install

    install(window)
    for _ in range(3):
        window.runner.step_day()
    window.live.refresh(force=True)
    return window


@pytest.fixture
def pack(ran, tmp_path):
    from gui.compare.install import export_figure_pack

    files = export_figure_pack(ran, str(tmp_path))
    return tmp_path, files


def test_pngs_are_300_dpi_at_report_width(pack):
    """Every chart and the canvas is a PNG 16 cm wide at 300 dpi (1890 pixels)."""
    folder, _files = pack
    for key in FIGURES:
        img = QImage(str(folder / f"{key}.png"))
        assert img.width() == 1890 and img.height() > 300, key
        assert round(img.dotsPerMeterX() * 0.0254) == 300, key


def test_svgs_parse(pack):
    """Every chart and the canvas is also an SVG that an XML parser reads."""
    folder, _files = pack
    for key in FIGURES:
        root = ET.parse(folder / f"{key}.svg").getroot()
        assert root.tag.endswith("svg") and len(list(root.iter())) > 20, key


def test_time_series_and_summary_csv_load(pack):
    """The time series has a row per simulated day; the summary has every summary key."""
    from model.metrics import SUMMARY_KEYS

    folder, _files = pack
    rows = list(csv.DictReader((folder / "timeseries.csv").open(encoding="utf-8")))
    assert len(rows) == 3 and float(rows[-1]["flexibility"]) > 0
    summary = {r["output"]: r for r in csv.DictReader((folder / "summary.csv").open())}
    assert set(SUMMARY_KEYS) <= set(summary)
    numbers = {k: summary[k]["value"] for k in SUMMARY_KEYS if summary[k]["value"] != ""}
    assert all(float(v) == float(v) for v in numbers.values())
    blank = set(SUMMARY_KEYS) - set(numbers)  # only shock outputs of a run without a shock
    assert all(k.startswith("shock_") or k.endswith("_shock") for k in blank), blank


def test_record_json_names_scenario_seed_version_and_date(pack, ran):
    """record.json holds what is needed to reproduce the figures."""
    folder, files = pack
    rec = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    assert rec["scenario"]["departments"] == ran.doc.normalized["departments"]
    assert rec["seed"] == ran.runner.sim.seed and rec["days"] == 3
    assert rec["govflex_version"] and rec["date"][:4].isdigit()
    assert sorted(rec["files"]) == sorted(p.name for p in files)


def test_caption_describes_the_run(pack, ran):
    """The caption names the scenario, the days and the seed."""
    folder, _files = pack
    text = (folder / "caption.txt").read_text(encoding="utf-8")
    assert ran.doc.title in text and "3 simulated days" in text and "seed 1" in text


def test_dossier_describes_the_scenario_and_the_run(pack, ran):
    """dossier.md: the ODD+D summary of the workbench's scenario and its run manifest."""
    folder, _files = pack
    text = (folder / "dossier.md").read_text(encoding="utf-8")
    assert text.startswith(f"# Credibility dossier: {ran.doc.normalized['name']}")
    assert f"seeds {ran.runner.sim.seed}; 3 simulated days" in text
    assert "None was run in this session" in text  # no sensitivity or robustness run yet


def test_menu_action_asks_for_a_folder_and_adds_comparison_charts(
    ran, qtbot, tmp_path, monkeypatch
):
    """The menu's Export figure pack writes into the chosen folder, with the live A/B charts."""
    c = ran.compare
    c.pin_a()
    c.make_b()
    c.panel.days.setValue(1)
    c.run_live()
    qtbot.waitUntil(lambda: not c.pair.running, timeout=30000)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    ran.compare_actions["pack"].trigger()
    assert QImage(str(tmp_path / "compare_timeline.png")).width() == 1890
    ET.parse(tmp_path / "compare_plane.svg")
    rec = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    assert rec["comparison"]["live_seed"] == c.panel.seed.value()


def test_pdf_report_is_written(ran, tmp_path):
    """With the report, a multi-page PDF holds the figures and the settings table."""
    from gui.compare.install import export_figure_pack

    export_figure_pack(ran, str(tmp_path), pdf=True)
    data = (tmp_path / "report.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2


def test_pack_confirms_the_files_and_the_folder(ran, tmp_path, dialogs, monkeypatch):
    """After writing, one message names the folder, lists every file, and opens the folder."""
    from gui.compare import pack_done
    from gui.compare.install import export_figure_pack

    files = export_figure_pack(ran, str(tmp_path))
    kind, title, text = dialogs.shown[-1]
    assert kind == "messagebox" and title == "Figure pack written"
    assert str(tmp_path) in text and str(len(files)) in text
    box = pack_done.pack_written_box(ran, tmp_path, files)
    listed = box.informativeText().splitlines()
    assert listed == [f.name for f in files]
    opened = []
    monkeypatch.setattr(pack_done, "open_folder", lambda folder: opened.append(folder))
    box = pack_done.pack_written_box(ran, tmp_path, files)
    box.open_button.click()
    assert opened == [tmp_path]


def test_report_pages_keep_figures_inside_and_headings_with_their_blocks(ran, tmp_path):
    """Every block inside the page's margins; each heading on the page of what it heads;
    the settings table lists each setting once."""
    from gui.compare.figure_pack import caption, write_figure_pack
    from gui.compare.report import settings_rows, write_report

    write_figure_pack(ran, tmp_path)
    images = [(ran.figures.title(k), tmp_path / f"{k}.png") for k in FIGURES]
    pages = write_report(tmp_path / "r.pdf", ran, caption(ran), images, None)
    page = pages.page
    assert pages.number >= 2
    for _n, kind, rect, text in pages.placed:
        assert page.contains(rect), (kind, text, rect, page)
    placed = pages.placed
    for k, (n, kind, _rect, text) in enumerate(placed):
        if kind == "heading" and k + 1 < len(placed):
            nxt = placed[k + 1]
            if nxt[1] in ("figure", "table-head"):
                assert nxt[0] == n, f"heading {text!r} on page {n}, its block on {nxt[0]}"
    figures = [p for p in placed if p[1] == "figure"]
    assert len(figures) == len(FIGURES)
    rows = [p[3] for p in placed if p[1] == "table-row"]
    assert len(rows) == len(set(rows)) == len(settings_rows(ran.doc.normalized))
    first_rows = [p for p in placed if p[1] == "table-row"]
    heads = [p for p in placed if p[1] == "table-head"]
    for row in first_rows:  # a table carried over a page break repeats its header there
        assert any(h[0] == row[0] for h in heads)
