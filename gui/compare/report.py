"""The optional PDF report of a figure pack, made with Qt's own PDF writer.

A4 pages: the caption, every figure with its title, the settings of the mechanisms M1–M7 as
the panel shows them (so a reader knows exactly which institutions produced the figures) and,
when there is one, the comparison table over seeds.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from gui.compare.table import fmt, output_words
from gui.i18n import translate
from gui.mechanism_specs import GROUPS, format_value
from model.scenario import get_path


def settings_rows(scenario: dict) -> list[tuple[str, str, str]]:
    """(mechanism, setting, value) for every switch and parameter of the panel."""
    rows = []
    for g in GROUPS:
        title = translate("mechanisms", g.title)
        paths = ([g.switch] if g.switch else []) + [p.path for p in g.params]
        for path in paths:
            try:
                value = get_path(scenario, path)
            except Exception:  # noqa: BLE001 - not in this scenario
                continue
            param = next((p for p in g.params if p.path == path), None)
            name = translate("mechanisms", param.label) if param else translate("report", "on/off")
            rows.append((title, name, format_value(path, value)))
    return rows


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{cells}</tr>{body}</table>"
    )


def build_document(window, caption: str, images, compare, width_px: int) -> QTextDocument:
    """The report as a rich-text document; figures ``width_px`` wide (device pixels)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    heading = translate("report", "GovFlex report: {0}").format(window.doc.title)
    parts = [f"<h1>{html.escape(heading)}</h1>", f"<p>{html.escape(caption)}</p>"]
    for k, (title, png) in enumerate(images):
        url = QUrl(f"figure{k}.png")
        doc.addResource(QTextDocument.ResourceType.ImageResource, url, QImage(str(png)))
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append(f'<p><img src="{url.toString()}" width="{width_px}"></p>')
    sc = window.doc.normalized or window.doc.scenario
    parts.append(f"<h2>{html.escape(translate('report', 'Settings of the mechanisms'))}</h2>")
    head = [
        translate("report", "Mechanism"),
        translate("report", "Setting"),
        translate("report", "Value"),
    ]
    parts.append(_table(head, [list(r) for r in settings_rows(sc)]))
    if compare is not None and compare.rows:
        title = translate("report", "B against A over shared seeds")
        parts.append(f"<h2>{html.escape(title)}</h2>")
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
        parts.append(_table(head, rows))
    doc.setHtml("".join(parts))
    return doc


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


def write_report(path, window, caption: str, images: list[tuple[str, Path]], compare) -> None:
    """Write ``path`` (PDF): caption, figures, settings table, comparison table.

    The document is laid out for the PDF writer itself, so fonts keep their point sizes;
    image widths are in Qt's 96-per-inch pixels, so each figure spans the text width.
    """
    writer = pdf_writer(path)
    width = int(writer.pageLayout().paintRect(QPageLayout.Unit.Inch).width() * 96)
    doc = build_document(window, caption, images, compare, width)
    doc.print_(writer)
