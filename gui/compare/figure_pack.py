"""Export figure pack: everything a report needs from the current session, in one click.

Into one folder: each chart of the workbench and the structure canvas as a 300-dpi PNG (16 cm
wide, the proportions of the screen) and as SVG; the comparison's and the attribution's charts
when there are any; the time series (one row per day) and the run summary as CSV; the
comparison table as CSV; ``record.json`` with the scenario, the seeds, the GovFlex version and
the date, so the figures can be reproduced; ``caption.txt``, a short caption written in the
current language; and ``dossier.md``, the credibility dossier (``model.dossier``: an ODD+D
summary of the scenario, the run manifest, and the sensitivity and robustness analyses run in
the session). Optionally ``report.pdf`` puts the figures, the settings and the
comparison table on A4 pages (``gui.compare.report``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

from gui import export, labels
from gui.i18n import translate
from gui.mechanism_specs import GROUPS
from model.cli import csv_text
from model.dossier import dossier
from model.safe_write import atomic_write
from model.scenario import get_path
from model.version import govflex_version

DPI = 300
WIDTH = 1890  # 16 cm at 300 dpi: a figure across a report's text column
MAIN_FIGURES = ("timeline", "plane", "components", "gaming", "canvas")


def mechanisms_on(scenario: dict) -> list[str]:
    """The titles of the mechanisms switched on in a scenario (words of the panel)."""
    out = []
    for g in GROUPS:
        if not g.switch or not g.switch.startswith("mechanisms."):
            continue
        try:
            value = get_path(scenario, g.switch)
        except Exception:  # noqa: BLE001 - a scenario without the key has it off
            continue
        if value not in (g.off_value, None, False):
            out.append(translate("mechanisms", g.title).split("  ", 1)[0])
    return out


HEIGHTS = {  # report proportions, the same whatever the window's layout
    "timeline": 1100,
    "gaming": 1100,
    "plane": 1400,
    "components": 1400,
    "compare_timeline": 1500,
    "compare_plane": 1250,
    "attribution": 1600,
}


def _write(path: Path, text: str) -> None:
    """Atomic, and readable like any other file the user writes (not owner-only)."""
    atomic_write(path, text)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _compare_charts(compare) -> dict:
    """The comparison's charts that show something: key -> chart widget."""
    if compare is None:
        return {}
    out = {}
    p = compare.panel
    drawn = p.time_chart.flex_a.getData()[0]
    if drawn is not None and len(drawn):
        out["compare_timeline"] = p.time_chart
        out["compare_plane"] = p.plane_chart
    if p.attribution.result is not None:
        out["attribution"] = p.attribution.chart
    return out


def caption(window, compare=None) -> str:
    """A short caption for the figures, in the current language."""
    doc, sim = window.doc, window.runner.sim
    sc = doc.normalized or doc.scenario
    on = mechanisms_on(sc)
    parts = []
    if sim is not None and sim.tick >= 24:
        days, out = sim.daily()
        parts.append(
            translate(
                "figurepack",
                "{0}: flexibility and grassroots load over {1:.0f} simulated days (seed {2}). "
                "On the last day flexibility was {3:.2f} and the grassroots load {4:.2f} "
                "(0.85 is sustainable; above 0.90 waiting times explode).",
            ).format(doc.title, sim.tick / 24, sim.seed, out["flexibility"][-1], out["load"][-1])
        )
    else:
        parts.append(translate("figurepack", "{0}: the structure of the city.").format(doc.title))
    parts.append(
        translate("figurepack", "Mechanisms on: {0}.").format(
            ", ".join(on) if on else translate("figurepack", "none")
        )
    )
    if compare is not None and compare.rows:
        rows = {r["key"]: r for r in compare.rows}
        f, ld = rows["flexibility"], rows["load"]
        parts.append(
            translate(
                "figurepack",
                "Design B against A over {0} shared seeds (the same citizens in both): "
                "flexibility {1:+.3f} (95 % interval {2:+.3f} to {3:+.3f}), grassroots load "
                "{4:+.3f} ({5:+.3f} to {6:+.3f}).",
            ).format(
                len(compare.row_seeds),
                f["diff"],
                f["low"],
                f["high"],
                ld["diff"],
                ld["low"],
                ld["high"],
            )
        )
    res = compare.panel.attribution.result if compare is not None else None
    if res and res["mechanisms"]:
        phi = res["phi"]["flexibility"]
        top = max(phi, key=lambda m: abs(phi[m]))
        from gui.compare.waterfall import mechanism_words

        parts.append(
            translate(
                "figurepack", "The largest share of the change in flexibility: {0} ({1:+.3f})."
            ).format(mechanism_words(top).replace("\n", " "), phi[top])
        )
    parts.append(
        translate("figurepack", "Made with GovFlex {0} on {1}.").format(
            govflex_version(), dt.date.today().isoformat()
        )
    )
    return " ".join(parts) + "\n"


def _summary_csv(summary: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["output", "value", "words"])
    for k, v in summary.items():
        # a shock output of a run without a shock is null, never a number: an empty cell
        value = "" if v is None else f"{v:.6g}" if isinstance(v, float) else str(v)
        w.writerow([k, value, labels.output(k) if k in labels.OUTPUTS else ""])
    return buf.getvalue()


def write_figure_pack(window, folder, compare=None, pdf: bool = False) -> list[Path]:
    """Write the pack into ``folder`` (created if needed); returns the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    images = []
    for key in MAIN_FIGURES:
        if key == "canvas":
            height = export.canvas_size_hint(window.scene, WIDTH).height()
        else:
            height = HEIGHTS.get(key, 1200)
        png, svg = folder / f"{key}.png", folder / f"{key}.svg"
        window.figures.save(key, str(png), "png", WIDTH, height, DPI)
        window.figures.save(key, str(svg), "svg")
        written += [png, svg]
        images.append((window.figures.title(key), png))
    for key, chart in _compare_charts(compare).items():
        png, svg = folder / f"{key}.png", folder / f"{key}.svg"
        export.export_chart_png(chart, png, WIDTH, HEIGHTS.get(key, 1200), DPI)
        export.export_chart_svg(chart, svg)
        written += [png, svg]
        images.append((chart.title(), png))
    sim = window.runner.sim
    if sim is not None:
        path = folder / "timeseries.csv"
        _write(path, csv_text(sim))
        written.append(path)
        path = folder / "summary.csv"
        _write(path, _summary_csv(sim.summary()))
        written.append(path)
    if compare is not None and compare.rows:
        path = folder / "comparison.csv"
        _write(path, compare.panel.table.csv_text())
        written.append(path)
    path = folder / "dossier.md"
    _write(path, _dossier(window, compare))
    written.append(path)
    text = caption(window, compare)
    path = folder / "caption.txt"
    _write(path, text)
    written.append(path)
    if pdf:
        from gui.compare.report import write_report

        path = folder / "report.pdf"
        write_report(path, window, text, images, compare)
        written.append(path)
    record = _record(window, compare, [p.name for p in written] + ["record.json"])
    path = folder / "record.json"
    _write(path, json.dumps(record, indent=1, ensure_ascii=False, default=float) + "\n")
    written.append(path)
    return written


def analyses(window, compare) -> list[tuple[str, str]]:
    """(title, Markdown) of every analysis run in the session whose view offers a section.

    A view that can hold a sensitivity or robustness result offers ``dossier_section()``,
    returning the section or None when nothing has been run.
    """
    views = [getattr(window, "sensitivity_view", None)]
    if compare is not None:
        views.append(compare.panel)
    sections = [v.dossier_section() for v in views if hasattr(v, "dossier_section")]
    return [s for s in sections if s]


def _dossier(window, compare) -> str:
    doc, sim = window.doc, window.runner.sim
    if compare is not None and compare.row_seeds:
        seeds, days = list(compare.row_seeds), float(compare.panel.days.value())
    else:
        seeds = [sim.seed] if sim is not None else []
        days = sim.tick / 24 if sim is not None else 0.0
    scenario = doc.normalized or doc.scenario
    return dossier(scenario, govflex_version(), seeds, days, analyses(window, compare))


def _record(window, compare, files: list[str]) -> dict:
    doc, sim = window.doc, window.runner.sim
    rec = {
        "format": "govflex-figure-pack",
        "govflex_version": govflex_version(),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "title": doc.title,
        "scenario": doc.normalized or doc.scenario,
        "seed": sim.seed if sim is not None else None,
        "days": sim.tick / 24 if sim is not None else 0.0,
        "files": files,
    }
    if compare is not None and compare.a is not None:
        rec["comparison"] = {
            "a": compare.a,
            "b": compare.b,
            "live_seed": compare.panel.seed.value(),
            "seeds": compare.row_seeds,
            "days": compare.panel.days.value(),
            "rows": compare.rows,
            "seed_check": compare.seed_check,
        }
        res = compare.panel.attribution.result
        if res is not None:
            rec["attribution"] = res
        if compare.panel.robustness.result is not None:
            rec["robustness"] = compare.panel.robustness.result
    return rec
