"""Lines of command between departments, and yesterday's flows of tickets.

A solid line joins a unit to its superior in its own line (a street to its district
government, a district bureau to its city bureau). A dashed line joins a district bureau to
its district government: the dual leadership of 条块, where a bureau answers both to its line
and to the territory it works in.

:class:`FlowLayer` draws one kind of ticket movement of the last complete day (dispatches from
the hub, returns, escalations, whistles) as curved arrows whose width grows with the number of
tickets, all in one item so that a thousand flows cost one paint call.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from gui.canvas import style


def anchor_points(a, b) -> tuple[QPointF, QPointF]:
    """Where a line from node ``a`` to node ``b`` leaves and meets their outlines."""
    pa, pb = a.pos(), b.pos()
    if pb.y() + b.h / 2 < pa.y() - a.h / 2:  # b above a: top centre to bottom centre
        return QPointF(pa.x(), pa.y() - a.h / 2), QPointF(pb.x(), pb.y() + b.h / 2)
    if pa.y() + a.h / 2 < pb.y() - b.h / 2:
        return QPointF(pa.x(), pa.y() + a.h / 2), QPointF(pb.x(), pb.y() - b.h / 2)
    return _clip(pa, pb, a), _clip(pb, pa, b)


def _clip(p: QPointF, q: QPointF, node) -> QPointF:
    """The point where the segment p -> q leaves the node's rectangle centred on p."""
    dx, dy = q.x() - p.x(), q.y() - p.y()
    if dx == 0 and dy == 0:
        return QPointF(p)
    sx = (node.w / 2) / abs(dx) if dx else math.inf
    sy = (node.h / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return QPointF(p.x() + dx * s, p.y() + dy * s)


class EdgeItem(QGraphicsPathItem):
    """A ``parent`` (solid) or ``territory`` (dashed) link from a unit to its superior."""

    def __init__(self, child, superior, relation: str) -> None:
        super().__init__()
        self.child = child
        self.superior = superior
        self.relation = relation
        if relation == "territory":
            pen = QPen(style.EDGE_TERRITORY, 1.6, Qt.PenStyle.DashLine)
        else:
            pen = QPen(style.EDGE_PARENT.get(child.kind, style.EDGE_PARENT["hub"]), 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(-2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        child.edges.append(self)
        superior.edges.append(self)
        self.adjust()

    def adjust(self) -> None:
        a, b = anchor_points(self.child, self.superior)
        path = QPainterPath(a)
        path.lineTo(b)
        self.setPath(path)


class FlowLayer(QGraphicsItem):
    """All flows of one kind for the last day: curved arrows, width by volume."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.colour = style.FLOW_COLOUR[kind]
        self.bend = style.FLOW_BEND[kind]
        self.flows: list[tuple[QPointF, QPointF, float]] = []
        self._paths: list[tuple[QPainterPath, QPolygonF, float]] = []
        self._rect = QRectF()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_flows(self, flows: list[tuple[QPointF, QPointF, float]]) -> None:
        self.prepareGeometryChange()
        self.flows = flows
        self._paths = [self._arrow(a, b, w) for a, b, w in flows]
        rect = QRectF()
        for path, head, w in self._paths:
            rect = rect.united(path.boundingRect().adjusted(-w, -w, w, w))
            rect = rect.united(head.boundingRect())
        self._rect = rect
        self.update()

    def _arrow(self, a: QPointF, b: QPointF, width: float):
        line = QLineF(a, b)
        n = line.normalVector()
        length = max(line.length(), 1e-6)
        ux, uy = (n.dx() / length, n.dy() / length)
        mid = line.pointAt(0.5)
        ctrl = QPointF(mid.x() + ux * self.bend * length, mid.y() + uy * self.bend * length)
        path = QPainterPath(a)
        path.quadTo(ctrl, b)
        # arrow head at the end, pointing along the curve's last tangent
        tx, ty = b.x() - ctrl.x(), b.y() - ctrl.y()
        tl = max(math.hypot(tx, ty), 1e-6)
        tx, ty = tx / tl, ty / tl
        size = 6 + 1.6 * width
        base = QPointF(b.x() - tx * size, b.y() - ty * size)
        head = QPolygonF(
            [
                b,
                QPointF(base.x() - ty * size * 0.5, base.y() + tx * size * 0.5),
                QPointF(base.x() + ty * size * 0.5, base.y() - tx * size * 0.5),
            ]
        )
        return path, head, width

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = QPen(self.colour)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for path, head, w in self._paths:
            pen.setWidthF(w)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawPolygon(head)
