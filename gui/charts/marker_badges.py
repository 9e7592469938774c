"""Numbered badges for the moments a chart marks, and the key that says what each one is.

A marker (a mechanism switched, a shock begun, a structure edit, a scheduled shock, a pinned
note) is a thin vertical line on every time plot and one small badge: on time charts a numbered
flag on the plot's top edge above its day, on the plane a numbered badge next to the point the
city was at. Badges are placed by :mod:`gui.charts.marker_layout`, so they never overlap one
another or leave the plot; the words go in the tooltip of a badge and in the marker key under
the chart (always in exported figures).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

from gui.charts.marker_layout import near_points, top_lanes

BADGE_PX = 11  # badge text size at screen scale
KEY_PX = 12


@dataclass(frozen=True)
class Badge:
    """One marked moment: the day (and on the plane, the point), the badge's tag, words."""

    day: float
    tag: str
    colour: str
    words: str
    point: tuple[float, float] | None = None


def badge_font(px: int = BADGE_PX) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(True)
    return f


class BadgeLayer(pg.GraphicsObject):
    """The badges of one plot, drawn in the plot's pixels on top of its curves.

    ``mode`` "top": flags along the top edge (time charts); "near": next to each badge's
    point (the plane); ``keep_clear`` gives items the badges must not cover."""

    def __init__(self, plot: pg.PlotItem, mode: str = "top", keep_clear=()) -> None:
        super().__init__()
        self.vb = plot.getViewBox()
        self.setParentItem(self.vb)
        self.mode = mode
        self.keep_clear = list(keep_clear)
        self.badges: list[Badge] = []
        self.rects: list[QRectF | None] = []
        self.font = badge_font()
        self.setZValue(30)
        self.setAcceptHoverEvents(True)
        self.vb.sigResized.connect(self.relayout)
        self.vb.sigRangeChanged.connect(self.relayout)

    def set_badges(self, badges: list[Badge]) -> None:
        self.badges = list(badges)
        self.relayout()

    def bounds(self) -> QRectF:
        return self.vb.boundingRect().adjusted(2, 2, -2, -2)

    def relayout(self, *_args) -> None:
        self.prepareGeometryChange()
        fm = QFontMetricsF(self.font)
        h = fm.height() + 2
        sizes = [(fm.horizontalAdvance(b.tag) + 8, h) for b in self.badges]
        b = self.bounds()
        box = (b.left(), b.top(), b.width(), b.height())
        if self.mode == "top":  # only the days in view have a flag
            left, right = self.vb.viewRange()[0]
            shown = [k for k, x in enumerate(self.badges) if left <= x.day <= right]
            anchors = [self.vb.mapFromView(QPointF(self.badges[k].day, 0.0)).x() for k in shown]
            placed = top_lanes(anchors, [sizes[k][0] for k in shown], h, box)
            found = [None] * len(self.badges)
            for k, r in zip(shown, placed, strict=True):
                found[k] = r
        else:
            pts = [self.vb.mapFromView(QPointF(*x.point)) for x in self.badges]
            clear = []
            for item in self.keep_clear:
                if item.isVisible() and item.scene() is not None:
                    r = item.mapRectToItem(self.vb, item.boundingRect())
                    clear.append((r.left(), r.top(), r.width(), r.height()))
            found = near_points([(p.x(), p.y()) for p in pts], sizes, box, clear)
        self.rects = [QRectF(*r) if r is not None else None for r in found]
        self.update()

    def anchor(self, k: int) -> QPointF:
        badge = self.badges[k]
        if self.mode == "top":  # the day's line a little below the lowest flag
            x = self.vb.mapFromView(QPointF(badge.day, 0.0)).x()
            low = max(r.bottom() for r in self.rects if r is not None)
            return QPointF(x, low + 10)
        return self.vb.mapFromView(QPointF(*badge.point))

    def boundingRect(self) -> QRectF:
        return self.vb.boundingRect()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setFont(self.font)
        for k, rect in enumerate(self.rects):
            if rect is None:
                continue
            colour = QColor(self.badges[k].colour)
            tip = self.anchor(k)
            foot = QPointF(min(max(tip.x(), rect.left()), rect.right()), rect.bottom())
            if self.mode == "near":
                foot = QPointF(
                    min(max(tip.x(), rect.left()), rect.right()),
                    min(max(tip.y(), rect.top()), rect.bottom()),
                )
            leader = QColor(colour)
            leader.setAlpha(150)
            painter.setPen(QPen(leader, 0.8))
            painter.drawLine(foot, tip)
            painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(colour.darker(130))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.badges[k].tag)

    def badge_at(self, pos: QPointF) -> Badge | None:
        for k, rect in enumerate(self.rects):
            if rect is not None and rect.contains(pos):
                return self.badges[k]
        return None

    def hoverMoveEvent(self, event) -> None:
        badge = self.badge_at(event.pos())
        self.setToolTip(f"{badge.tag}  {badge.words}" if badge else "")

    def shape(self):
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        for rect in self.rects:
            if rect is not None:
                path.addRect(rect)
        return path


class MarkerKey(pg.GraphicsWidget):
    """The list of a chart's badges with their words, flowing over lines. In the app it keeps
    to ``APP_LINES`` lines with the latest entries, a long entry elided (its whole words are
    in the entry's tooltip, and in the badge's); in an exported figure (``max_lines`` None) it
    lists them all, a long entry wrapped onto as many lines as it needs, never cut."""

    APP_LINES = 2

    def __init__(self) -> None:
        super().__init__()
        self.badges: list[Badge] = []
        self.max_lines: int | None = self.APP_LINES
        self.font = QFont()
        self.font.setPixelSize(KEY_PX)
        self.tag_font = badge_font(KEY_PX)
        self.chips: list[tuple[QRectF, Badge, list[str]]] = []  # where, which, its lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsToShape, False)
        self.setAcceptHoverEvents(True)
        self._height = 0.0

    def set_badges(self, badges: list[Badge]) -> None:
        self.badges = list(badges)
        self.reflow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.reflow()

    def _words(self, b: Badge, width: float) -> tuple[float, list[str]]:
        """An entry's width and its lines of words in a key ``width`` wide."""
        fm, tm = QFontMetricsF(self.font), QFontMetricsF(self.tag_font)
        tag = tm.horizontalAdvance(b.tag) + 8 + 5
        natural = tag + fm.horizontalAdvance(b.words) + 14
        if natural <= width - 8:
            return natural, [b.words]
        room = width - 8 - tag - 14
        if self.max_lines is not None:  # the app: one line, elided (the tooltip has it all)
            return width - 8, [fm.elidedText(b.words, Qt.TextElideMode.ElideRight, room)]
        return width - 8, wrap_words(b.words, fm, room)

    def reflow(self, width: float | None = None) -> None:
        width = max(width or self.size().width(), 200.0)
        fm, tm = QFontMetricsF(self.font), QFontMetricsF(self.tag_font)
        lh = max(fm.height(), tm.height()) + 3
        entries = [self._words(b, width) for b in self.badges]
        first = 0
        while True:  # drop the earliest entries until the rest fit in max_lines
            x, line, chips = 4.0, 0, []
            for b, (w, words) in zip(self.badges[first:], entries[first:], strict=True):
                if x > 4.0 and x + w > width - 4:
                    x, line = 4.0, line + 1
                chips.append((QRectF(x, 2.0 + line * lh, w, len(words) * lh - 2), b, words))
                if len(words) > 1:  # a wrapped entry has the whole width to itself
                    x, line = width, line + len(words) - 1
                else:
                    x += w
            if self.max_lines is None or line < self.max_lines or first >= len(self.badges) - 1:
                break
            first += 1
        self.chips = chips
        height = (2.0 + (line + 1) * lh + 2) if chips else 0.0
        if height != self._height:
            self._height = height
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredSize(QSizeF(width, height))
            self.updateGeometry()
        self.update()

    def hoverMoveEvent(self, event) -> None:
        chip = next((b for r, b, _w in self.chips if r.contains(event.pos())), None)
        self.setToolTip(f"{chip.tag}  {chip.words}" if chip else "")

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        tm = QFontMetricsF(self.tag_font)
        lh = max(QFontMetricsF(self.font).height(), tm.height()) + 3
        for rect, b, words in self.chips:
            colour = QColor(b.colour)
            tag = QRectF(rect.left(), rect.top(), tm.horizontalAdvance(b.tag) + 8, lh - 2)
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(tag, 3, 3)
            painter.setFont(self.tag_font)
            painter.setPen(colour.darker(130))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, b.tag)
            painter.setFont(self.font)
            painter.setPen(QColor("#222222"))
            left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            for k, text in enumerate(words):
                line = QRectF(rect.left() + tag.width() + 5, rect.top() + k * lh, 0, lh - 2)
                line.setRight(rect.right())
                painter.drawText(line, left, text)


def wrap_words(text: str, fm: QFontMetricsF, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: at spaces, or between characters in Chinese
    (a single word wider than that is broken between its characters too)."""
    pieces = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    lines, current = [], ""
    for piece in pieces:
        trial = current + joiner + piece if current else piece
        if fm.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = ""
        if fm.horizontalAdvance(piece) <= width:
            current = piece
            continue
        for ch in piece:  # too long for a line of its own: break it between characters
            if current and fm.horizontalAdvance(current + ch) > width:
                lines.append(current)
                current = ""
            current += ch
    if current:
        lines.append(current)
    return lines or [""]
