"""The canvas key: what shapes and lines mean and, while running, the utilisation scale.

Laid out as a strip along the bottom of the canvas (entries flow left to right and wrap), so
it costs the diagram only a sliver of height. The scale is drawn with its stops evenly spaced
(0, 0.5, 0.85, 0.90, 1.0, 1.2) so the two thresholds that matter — 0.85, the sustainable limit,
and 0.90, where waiting times explode — stay visible as separate steps. The same painting code
draws the overlay on screen and the key in an exported canvas image.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QWidget

from gui import labels
from gui.canvas import style
from gui.i18n import translate

PAD = 6.0
ROW_H = 22.0
SWATCH = 26.0
GAP = 16.0
SCALE_W = 330.0
FONT_PX = 12
COMPACT_BELOW = 480  # a canvas lower than this gets the short key (exports keep the long one)


def _font() -> QFont:
    f = QFont()
    f.setPixelSize(FONT_PX)
    return f


def _entries(
    heat: bool, flows: list[str], mean=None, compact: bool = False
) -> list[tuple[float, Callable]]:
    """(width, paint(painter, x, y_centre, fm)) for each entry of the key."""
    fm = QFontMetricsF(_font())
    out: list[tuple[float, Callable]] = []

    def text_entry(swatch: Callable, text: str) -> None:
        def paint(p: QPainter, x: float, y: float) -> None:
            swatch(p, x, y)
            p.setPen(QColor("#222222"))
            p.drawText(QPointF(x + SWATCH + 5, y + fm.ascent() / 2 - 1), text)

        out.append((SWATCH + 5 + fm.horizontalAdvance(text), paint))

    for kind, text in (
        ("hub", translate("legend", "Hub")),
        ("tiao", translate("legend", "Bureau 条")),
        ("kuai", translate("legend", "Territorial 块")),
    ):

        def shape(p, x, y, kind=kind):
            p.setPen(QPen(style.KIND_LINE[kind], 1.4))
            p.setBrush(style.KIND_FILL[kind])
            p.drawPath(style.node_path(kind, SWATCH, 16).translated(x + SWATCH / 2, y))

        text_entry(shape, text)

    def solid(p, x, y):
        p.setPen(QPen(style.EDGE_PARENT["kuai"], 1.6))
        p.drawLine(QPointF(x, y), QPointF(x + SWATCH, y))

    def dashed(p, x, y):
        p.setPen(QPen(style.EDGE_TERRITORY, 1.6, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, y), QPointF(x + SWATCH, y))

    def problem(p, x, y):
        p.setPen(QPen(style.PROBLEM, 2, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(x, y - 7, SWATCH, 14), 4, 4)

    text_entry(solid, translate("legend", "superior"))
    text_entry(dashed, translate("legend", "territory (dual leadership)"))
    text_entry(problem, translate("legend", "breaks a rule"))
    if heat:
        out.append((SCALE_W, lambda p, x, y: _paint_scale(p, x, y, fm, mean)))

        def none(p, x, y):
            pass

        if not compact:
            text_entry(
                none,
                translate(
                    "legend", "Colour: a unit's own utilisation (its hours ÷ its staff hours)"
                ),
            )
        if mean is not None and mean == mean and compact:
            text_entry(_mean_mark, translate("legend", "grassroots load {0:.2f}").format(mean))
        elif mean is not None and mean == mean:
            text_entry(
                _mean_mark,
                translate(
                    "legend",
                    "grassroots load {0:.2f}: all street and community hours ÷ all their staff "
                    "hours, as on the chart (big units weigh more)",
                ).format(mean),
            )
        if not compact:
            text_entry(none, translate("legend", "Flows: point at or select a unit to see its own"))
        for kind in flows:

            def arrow(p, x, y, kind=kind):
                pen = QPen(QColor(style.FLOW_COLOUR[kind]).darker(105), 4)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                c = QColor(pen.color())
                c.setAlpha(max(c.alpha(), 150))
                pen.setColor(c)
                p.setPen(pen)
                p.drawLine(QPointF(x + 2, y), QPointF(x + SWATCH - 2, y))

            text_entry(arrow, labels.flow(kind))
    return out


def _rows(entries, width: float) -> list[list[tuple[float, Callable]]]:
    rows: list[list] = [[]]
    used = 0.0
    for w, paint in entries:
        if rows[-1] and used + w > width - 2 * PAD:
            rows.append([])
            used = 0.0
        rows[-1].append((w, paint))
        used += w + GAP
    return rows


def _mean_mark(p: QPainter, x: float, y: float) -> None:
    """The grassroots load's mark on the scale: a small black triangle."""
    c = QPointF(x + SWATCH - 6, y)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#000000"))
    p.drawPolygon([c + QPointF(0, -6), c + QPointF(-6, 5), c + QPointF(6, 5)])


def legend_height(
    width: float, heat: bool, flows: list[str], mean=None, compact: bool = False
) -> float:
    rows = _rows(_entries(heat, flows, mean, compact), width)
    return 2 * PAD + sum(_row_h(r) for r in rows)


def _row_h(row) -> float:
    return 40.0 if any(w == SCALE_W for w, _p in row) else ROW_H


def paint_legend(
    painter: QPainter, rect: QRectF, heat: bool, flows: list[str], mean=None, compact=False
) -> None:
    """Draw the key inside ``rect`` (its height should be :func:`legend_height`)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#c8c8c8"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(rect, 6, 6)
    painter.setFont(_font())
    y = rect.top() + PAD
    for row in _rows(_entries(heat, flows, mean, compact), rect.width()):
        h = _row_h(row)
        x = rect.left() + PAD
        for w, paint in row:
            paint(painter, x, y + (h / 2 if w != SCALE_W else 0))
            x += w + GAP
        y += h
    painter.restore()


def _paint_scale(painter: QPainter, x: float, top: float, fm: QFontMetricsF, mean=None) -> None:
    title = translate("legend", "Utilisation")
    painter.setPen(QColor("#222222"))
    painter.drawText(QPointF(x, top + 12 + fm.ascent() / 2 - 1), title)
    bx = x + fm.horizontalAdvance(title) + 8
    bar = QRectF(bx, top + 5, SCALE_W - (bx - x) - 6, 14)
    stops = style.UTIL_STOPS
    seg = bar.width() / (len(stops) - 1)
    grad = QLinearGradient(bar.topLeft(), bar.topRight())
    for k, (_u, colour) in enumerate(stops):
        grad.setColorAt(k / (len(stops) - 1), colour)
    painter.setPen(QPen(QColor("#666666"), 1))
    painter.setBrush(grad)
    painter.drawRect(bar)
    bold = QFont(painter.font())
    bold.setBold(True)
    plain = QFont(painter.font())
    for k, (u, _c) in enumerate(stops):
        px = bar.left() + k * seg
        strong = u in style.BANDS
        painter.setPen(QPen(QColor("#000000") if strong else QColor("#666666"), 2 if strong else 1))
        painter.drawLine(
            QPointF(px, bar.top() - (3 if strong else 0)), QPointF(px, bar.bottom() + 2)
        )
        text = f"{u:.2f}" if strong else f"{u:g}"
        painter.setFont(bold if strong else plain)
        tw = QFontMetricsF(painter.font()).horizontalAdvance(text)
        tx = min(max(px - tw / 2, bar.left() - 4), bar.right() - tw + 4)
        painter.drawText(QPointF(tx, bar.bottom() + 2 + fm.ascent()), text)
    painter.setFont(plain)
    if mean is not None and mean == mean:  # where the grassroots load sits on the scale
        u = min(max(mean, stops[0][0]), stops[-1][0])
        k = next(i for i in range(1, len(stops)) if u <= stops[i][0] or i == len(stops) - 1)
        (u0, _c0), (u1, _c1) = stops[k - 1], stops[k]
        px = bar.left() + (k - 1 + (u - u0) / max(u1 - u0, 1e-9)) * seg
        _mean_mark(painter, px - SWATCH + 6, bar.top() - 1)


class LegendOverlay(QWidget):
    """The key, a strip along the bottom of the canvas view."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.heat = False
        self.flows: list[str] = []
        self.mean = None
        self.compact = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.reposition()

    def set_mode(self, heat: bool, flows: list[str], mean=None) -> None:
        mean = None if mean is None or mean != mean else round(float(mean), 2)
        if (heat, list(flows), mean) != (self.heat, self.flows, self.mean):
            self.heat, self.flows, self.mean = heat, list(flows), mean
            self.reposition()
            self.update()

    def reposition(self) -> None:
        """Bottom-left of the view's viewport (a child of the view itself, not of the
        viewport: children of a viewport move whenever the view scrolls)."""
        parent = self.parentWidget()
        if parent is None:
            return
        area = parent.viewport().geometry() if hasattr(parent, "viewport") else parent.rect()
        width = min(area.width() - 16, 1200)
        self.compact = area.height() < COMPACT_BELOW
        h = legend_height(width, self.heat, self.flows, self.mean, self.compact)
        self.setGeometry(area.left() + 8, int(area.bottom() - h - 5), int(width), int(h))
        self.raise_()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        rect = QRectF(0, 0, self.width() - 1, self.height() - 1)
        paint_legend(p, rect, self.heat, self.flows, self.mean, self.compact)
        p.end()
