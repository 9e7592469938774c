"""One department on the canvas.

The shape says what kind of unit it is (octagon: the 12345 hub; square box with a strip: a
functional bureau, 条; rounded block: a territorial government, 块) and the size its level.
While a simulation runs the fill shows its utilisation on the canvas's one colour scale, so a
class watches the grassroots turn red. A red outline and a "!" badge mark a unit that breaks a
rule of the organisation; the tooltip says which.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from gui.canvas import style
from gui.canvas.label_forms import forms

KNOB_RADIUS = 7.0  # the "connect to a superior" handle on top of a hovered node
LINE_FILL = 1.1  # a label of n pixels needs a box this many times n tall on screen


class NodeItem(QGraphicsItem):
    """A department: movable, selectable, with a connect handle on hover."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, dept_id: str, kind: str, level: str) -> None:
        super().__init__()
        self.dept_id = dept_id
        self.kind = kind
        self.level = level
        self.w, self.h = style.node_size(level)
        self.path = style.node_path(kind, self.w, self.h)
        self.label = dept_id
        self.lines: list[str] = [dept_id]
        self._fitted: dict[int, tuple[QFont, list[str]]] = {}
        self.problems: list[str] = []
        self.util: float | None = None
        self.edges: list = []
        self.hovered = False
        self.font = QFont()
        self.font.setPixelSize(style.FONT_PX.get(level, 12))
        if level == "city":
            self.font.setBold(True)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.snap = True

    def type(self) -> int:
        return self.Type

    # -- content ---------------------------------------------------------------------------
    def set_label(self, text: str) -> None:
        self.label = text
        self._fitted = {}
        self.lines = self._lines_for(self.font)
        self.update()

    def _lines_for(self, font: QFont) -> list[str]:
        fm = QFontMetricsF(font)
        lines = max(1, min(3, int((self.h - 4) // fm.lineSpacing())))
        return fit_lines(self.label, fm, self.w - 14, lines)

    def label_font(self, lod: float) -> tuple[QFont, list[str]] | None:
        """The label's font and lines at level of detail ``lod``: the node's own font, or, in
        presenter mode, one that is the scene's ``min_label_px`` on screen whatever the zoom;
        the name (or a shorter form of it) in as many lines as the box holds. None when the
        box is too small on screen for a legible label."""
        least = getattr(self.scene(), "min_label_px", 0) if self.scene() is not None else 0
        px = self.font.pixelSize()
        if not least or px * lod >= least:
            return self.font, self.lines
        exact = least / max(lod, 1e-3)
        if exact * LINE_FILL > self.h * 1.01:  # (a little slack for rounding in the lod)
            return None
        size = int(math.ceil(exact))
        if size not in self._fitted:
            if len(self._fitted) > 16:  # zooming around: keep the cache small
                self._fitted = {}
            font = QFont(self.font)
            font.setPixelSize(size)
            self._fitted[size] = (font, self._lines_for(font))
        return self._fitted[size]

    def set_problems(self, problems: list[str]) -> None:
        if problems != self.problems:
            self.problems = list(problems)
            self.update()

    def set_util(self, util: float | None) -> None:
        if util != self.util:
            self.util = util
            self.update()

    # -- geometry --------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        m = KNOB_RADIUS + 4
        return QRectF(-self.w / 2 - m, -self.h / 2 - m, self.w + 2 * m, self.h + 2 * m)

    def shape(self) -> QPainterPath:
        p = QPainterPath(self.path)
        p.addEllipse(self.knob_centre(), KNOB_RADIUS, KNOB_RADIUS)
        return p

    def knob_centre(self) -> QPointF:
        return QPointF(0.0, -self.h / 2)

    def on_knob(self, scene_pos: QPointF) -> bool:
        if not (self.hovered or self.isSelected()):
            return False
        d = self.mapFromScene(scene_pos) - self.knob_centre()
        return d.x() * d.x() + d.y() * d.y() <= (KNOB_RADIUS + 2) ** 2

    def scene_rect(self) -> QRectF:
        return QRectF(self.pos().x() - self.w / 2, self.pos().y() - self.h / 2, self.w, self.h)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.snap:
            g = style.GRID
            return QPointF(round(value.x() / g) * g, round(value.y() / g) * g)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for e in self.edges:
                e.adjust()
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(2 if self.isSelected() else 1)
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        if self.scene() is not None and hasattr(self.scene(), "set_hover"):
            self.scene().set_hover(self.dept_id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        scene = self.scene()
        if scene is not None and getattr(scene, "hover_id", None) == self.dept_id:
            scene.set_hover(None)
        super().hoverLeaveEvent(event)

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        line = style.KIND_LINE.get(self.kind, QColor("#555555"))
        if self.util is not None:
            fill = style.util_colour(self.util)
        else:
            fill = style.KIND_FILL.get(self.kind, QColor("#eeeeee"))
        if lod < 0.22 and not selected:  # far out (a megacity): a coloured cell is enough
            r = QRectF(-self.w / 2, -self.h / 2, self.w, self.h)
            painter.fillRect(r, style.PROBLEM if self.problems else line)
            painter.fillRect(r.adjusted(6, 6, -6, -6), fill)
            return
        if selected:
            painter.setPen(QPen(style.SELECTION, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path)
        painter.setPen(QPen(line, 2.2 if self.level in ("city", "district") else 1.6))
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.path)
        if self.kind == "tiao":  # the vertical strip of a 条 line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(line)
            painter.drawRect(QRectF(-self.w / 2, -self.h / 2, 6, self.h))
        if self.problems:
            painter.setPen(QPen(style.PROBLEM, 3.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path)
            self._paint_badge(painter)
        fitted = self.label_font(lod) if lod >= 0.3 or self._presenting() else None
        if fitted is not None:
            font, lines = fitted
            painter.setPen(style.text_colour(fill))
            painter.setFont(font)
            fm = QFontMetricsF(font)
            lh = fm.lineSpacing()
            left = -self.w / 2 + (9 if self.kind == "tiao" else 5)
            top = -len(lines) * lh / 2
            for k, text in enumerate(lines):
                r = QRectF(left, top + k * lh, self.w / 2 - 5 - left, lh)
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        if self.hovered or selected:
            painter.setPen(QPen(line, 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(self.knob_centre(), KNOB_RADIUS * 0.8, KNOB_RADIUS * 0.8)
            painter.setBrush(line)
            painter.drawEllipse(self.knob_centre(), KNOB_RADIUS * 0.35, KNOB_RADIUS * 0.35)

    def _presenting(self) -> bool:
        return bool(getattr(self.scene(), "min_label_px", 0))

    def _paint_badge(self, painter: QPainter) -> None:
        c = QPointF(self.w / 2 - 2, -self.h / 2 + 2)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(style.PROBLEM)
        painter.drawEllipse(c, 9, 9)
        f = QFont(self.font)
        f.setPixelSize(13)
        f.setBold(True)
        painter.setFont(f)
        painter.drawText(QRectF(c.x() - 9, c.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, "!")


def _split(text: str, fm: QFontMetricsF, width: float) -> list[str]:
    """``text`` broken into lines of at most ``width`` (a word wider than that stays whole):
    at spaces, or between characters in Chinese."""
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split(" ") if " " in para else list(para) if not para.isascii() else [para]
        joiner = " " if " " in para else ""
        current = ""
        for w in words:
            trial = (current + joiner + w) if current else w
            if fm.horizontalAdvance(trial) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = w
        if current:
            lines.append(current)
    return lines


def fit_lines(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """The longest form of ``text`` (see :mod:`gui.canvas.label_forms`) that fits in
    ``max_lines`` lines of ``width``; the shortest form elided when none does."""
    ladder = forms(text)
    for form in ladder:
        lines = _split(form, fm, width)
        if len(lines) <= max_lines and all(fm.horizontalAdvance(s) <= width for s in lines):
            return lines
    lines = _split(ladder[-1], fm, width)
    if len(lines) > max_lines:
        joiner = " " if ladder[-1].isascii() else ""
        lines = lines[: max_lines - 1] + [joiner.join(lines[max_lines - 1 :])]
    return [fm.elidedText(s, Qt.TextElideMode.ElideRight, width) for s in lines] or [""]
