"""Colours, shapes and sizes of the structure canvas, and the one utilisation colour scale.

Kinds differ by shape *and* colour (so the diagram also reads in grey print): the 12345 hub is
an octagon, a functional bureau (条) a square-cornered box with a vertical strip, a territorial
government (块) a rounded block. Levels differ by size. Utilisation uses one sequential scale
from pale yellow to dark red with visible steps at 0.85 (the sustainable limit) and 0.90 (the
burnout band, where waiting times grow like ρ / (1 − ρ)).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

NODE_SIZE = {  # level -> (width, height) in scene units
    "city": (150.0, 56.0),
    "district": (124.0, 50.0),
    "street": (112.0, 44.0),
    "community": (98.0, 36.0),
}
FONT_PX = {"city": 13, "district": 12, "street": 13, "community": 12}
GRID = 10.0

KIND_FILL = {"hub": QColor("#f4e1ee"), "tiao": QColor("#dbe9f6"), "kuai": QColor("#dff1e4")}
KIND_LINE = {"hub": QColor("#9c3d78"), "tiao": QColor("#1f5f99"), "kuai": QColor("#23744a")}
PROBLEM = QColor("#d0021b")
SELECTION = QColor("#1a73e8")

EDGE_PARENT = {"tiao": QColor("#4a72a0"), "kuai": QColor("#4f7d61"), "hub": QColor("#888888")}
EDGE_TERRITORY = QColor("#8a63b0")

FLOW_COLOUR = {
    "dispatch": QColor(0, 114, 178, 70),
    "forward": QColor(90, 90, 90, 150),
    "return": QColor(230, 159, 0, 190),
    "escalation": QColor(213, 94, 0, 200),
    "whistle": QColor(204, 121, 167, 210),
}
FLOW_BEND = {
    "dispatch": 0.06,
    "forward": 0.14,
    "return": -0.16,
    "escalation": 0.22,
    "whistle": -0.26,
}

UTIL_STOPS = (  # utilisation -> colour (pale = idle, red = overloaded)
    (0.00, QColor("#fff8dc")),
    (0.50, QColor("#fee391")),
    (0.85, QColor("#fdae61")),
    (0.90, QColor("#f46d43")),
    (1.00, QColor("#d73027")),
    (1.20, QColor("#7f0000")),
)
UTIL_MAX = UTIL_STOPS[-1][0]
BANDS = (0.85, 0.90)


def util_colour(u: float) -> QColor:
    """The colour of a unit working at utilisation ``u`` (hours worked / capacity)."""
    if u != u:  # NaN: no capacity
        return QColor("#d9d9d9")
    u = min(max(u, 0.0), UTIL_MAX)
    for (u0, c0), (u1, c1) in zip(UTIL_STOPS, UTIL_STOPS[1:], strict=False):
        if u <= u1:
            t = (u - u0) / (u1 - u0) if u1 > u0 else 0.0
            return QColor.fromRgbF(
                c0.redF() + t * (c1.redF() - c0.redF()),
                c0.greenF() + t * (c1.greenF() - c0.greenF()),
                c0.blueF() + t * (c1.blueF() - c0.blueF()),
            )
    return QColor(UTIL_STOPS[-1][1])


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    lum = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#ffffff") if lum < 0.5 else QColor("#1a1a1a")


def node_size(level: str) -> tuple[float, float]:
    return NODE_SIZE.get(level, NODE_SIZE["street"])


def node_path(kind: str, w: float, h: float) -> QPainterPath:
    """The outline of a node centred on (0, 0)."""
    r = QRectF(-w / 2, -h / 2, w, h)
    path = QPainterPath()
    if kind == "hub":
        c = h * 0.3
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(r.left() + c, r.top()),
                    QPointF(r.right() - c, r.top()),
                    QPointF(r.right(), r.top() + c),
                    QPointF(r.right(), r.bottom() - c),
                    QPointF(r.right() - c, r.bottom()),
                    QPointF(r.left() + c, r.bottom()),
                    QPointF(r.left(), r.bottom() - c),
                    QPointF(r.left(), r.top() + c),
                ]
            )
        )
        path.closeSubpath()
    elif kind == "tiao":
        path.addRect(r)
    else:
        path.addRoundedRect(r, h * 0.32, h * 0.32)
    return path
