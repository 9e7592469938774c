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
