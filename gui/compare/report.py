"""The optional PDF report of a figure pack, made with Qt's own PDF writer.

A4 pages (laid out by :mod:`gui.compare.report_pages`): the caption, every figure with its
title, the settings of the mechanisms M1–M7 as the panel shows them, once each (so a reader
knows exactly which institutions produced the figures) and, when there is one, the
comparison table over seeds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter

from gui.compare.report_pages import Pages
from gui.compare.table import fmt, output_words
from gui.i18n import translate
from gui.mechanism_specs import GROUPS, format_value
from model.scenario import get_path


def settings_rows(scenario: dict) -> list[tuple[str, str, str]]:
    """(mechanism, setting, value) for every switch and parameter of the panel."""
    rows = []
    for g in GROUPS:
        title = translate("mechanisms", g.title)
        paths = dict.fromkeys(([g.switch] if g.switch else []) + [p.path for p in g.params])
        for path in paths:
            try:
                value = get_path(scenario, path)
            except Exception:  # noqa: BLE001 - not in this scenario
                continue
            param = next((p for p in g.params if p.path == path), None)
            name = translate("mechanisms", param.label) if param else translate("report", "on/off")
            rows.append((title, name, format_value(path, value)))
    return rows


def compare_rows(compare) -> tuple[list[str], list[list[str]]]:
    """The comparison table's header and rows as the Compare page shows them."""
    table = compare.panel.table
    head = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [
        [
            output_words(r["key"]),
            fmt(r["mean_a"]),
            fmt(r["mean_b"]),
            fmt(r["diff"]),
            f"[{fmt(r['low'])}, {fmt(r['high'])}]",
        ]
        for r in compare.rows
    ]
    return head, rows


def pdf_writer(path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
        )
    )
    writer.setTitle(translate("report", "GovFlex report"))
    writer.setCreator("GovFlex")
    return writer


def write_report(path, window, caption: str, images: list[tuple[str, Path]], compare) -> Pages:
    """Write ``path`` (PDF): title, caption, figures, settings table, comparison table.
    Returns the laid-out pages (where every block went)."""
    writer = pdf_writer(path)
    pages = Pages(writer)
    try:
        pages.heading(translate("report", "GovFlex report: {0}").format(window.doc.title), 18, 0)
        pages.paragraph(caption)
        for title, png in images:
            pages.figure(title, QImage(str(png)))
        sc = window.doc.normalized or window.doc.scenario
        head = [
            translate("report", "Mechanism"),
            translate("report", "Setting"),
            translate("report", "Value"),
        ]
        rows = [list(r) for r in settings_rows(sc)]
        pages.table(translate("report", "Settings of the mechanisms"), head, rows, [4, 4, 2])
        if compare is not None and compare.rows:
            head, rows = compare_rows(compare)
            pages.table(
                translate("report", "B against A over shared seeds"), head, rows, [4, 2, 2, 2, 3]
            )
    finally:
        pages.finish()
    return pages
