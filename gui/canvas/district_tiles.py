"""A big city seen from afar: one tile per district instead of hundreds of tiny boxes.

When a structure has many units (a megacity) and the view is zoomed out, each district —
its government, the bureaus under its dual leadership and every street and community below
it — is drawn as one tile coloured by its mean utilisation, with its name and its counts
(units, how many are above 1.0, the backlog). Zooming in past ``OPEN_SCALE`` or
double-clicking a tile opens the districts again. Tiles paint their words at a constant size on
screen, choosing how much to say from the level of detail of the painter's transform
(``QStyleOptionGraphicsItem.levelOfDetailFromTransform``, as in Qt's 40000-chips example).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.canvas import style
from gui.i18n import translate
from gui.structure_edits import descendants

MANY_UNITS = 200  # from this many units on, a zoomed-out view shows district tiles
OPEN_SCALE = 0.6  # view scale from which the districts' own units are shown
TEXT_PX = 13  # tile words, in screen pixels (presenter mode: the scene's min_label_px)


def district_members(scenario: dict) -> dict[str, list[str]]:
    """Each district government's id -> the ids it stands for on a tile (itself, its
    bureaus under dual leadership, and everything below them)."""
    depts = [d for d in scenario.get("departments", []) if isinstance(d, dict) and "id" in d]
    out = {}
    for d in depts:
        if d.get("kind") == "kuai" and d.get("level") == "district":
            under = [x["id"] for x in depts if x.get("territory") == d["id"]]
            out[d["id"]] = descendants(scenario, [d["id"], *under])
    return out


class DistrictTile(QGraphicsItem):
    """One district as a tile: the bounding box of its units, its mean utilisation."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, dept_id: str, name: str, members: list[str], rect: QRectF) -> None:
        super().__init__()
        self.dept_id = dept_id
        self.name = name
        self.members = list(members)
        self.rect = QRectF(rect)
        self.setPos(self.rect.center())
        self.w, self.h = self.rect.width(), self.rect.height()  # as a node, for flow anchors
        self.util = math.nan
        self.hot = 0
        self.staffed = 0
        self.backlog = 0.0
        self.setZValue(0.5)
        self.setAcceptHoverEvents(True)

    def type(self) -> int:
        return self.Type

    def hoverEnterEvent(self, event) -> None:
        if self.scene() is not None:
            self.scene().set_hover(self.dept_id)

    def hoverLeaveEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and scene.hover_id == self.dept_id:
            scene.set_hover(None)

    def set_live(self, live: dict[str, tuple[float, float, float]]) -> None:
        """Mean utilisation over the district's staffed units, how many are above 1.0."""
        utils = [live[i][0] for i in self.members if i in live and live[i][0] == live[i][0]]
        self.staffed = len(utils)
        self.util = sum(utils) / len(utils) if utils else math.nan
        self.hot = sum(u > 1.0 for u in utils)
        self.backlog = sum(live[i][1] for i in self.members if i in live)
        self.update()

    def clear_live(self) -> None:
        self.util, self.hot, self.staffed, self.backlog = math.nan, 0, 0, 0.0
        self.update()

    def scene_rect(self) -> QRectF:
        return QRectF(self.rect)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.w / 2, -self.h / 2, self.w, self.h)

    def lines(self) -> list[str]:
        """The tile's words, most important first (a small tile shows the first ones)."""
        out = [self.name]
        if self.staffed:
            out.append(
                translate("DistrictTile", "utilisation {0:.2f} · {1}/{2} above 1.0").format(
                    self.util, self.hot, len(self.members)
                )
            )
            out.append(translate("DistrictTile", "backlog {0:.0f} days").format(self.backlog))
        else:
            out.append(translate("DistrictTile", "{0} units").format(len(self.members)))
        out.append(translate("DistrictTile", "double-click to open"))
        return out

    def paint(self, painter, option, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        r = self.boundingRect().adjusted(6, 6, -6, -6)
        live = self.util == self.util
        fill = style.util_colour(self.util) if live else style.KIND_FILL["kuai"]
        painter.setPen(QPen(style.KIND_LINE["kuai"], 2.5 / max(lod, 1e-3)))
        painter.setBrush(fill)
        painter.drawRoundedRect(r, 12, 12)
        font = QFont()
        px = max(TEXT_PX, getattr(self.scene(), "min_label_px", 0))  # larger when presenting
        font.setPixelSize(max(1, round(px / max(lod, 1e-3))))
        fm = QFontMetricsF(font)
        lines = self.lines()
        room = int(r.height() // fm.lineSpacing())  # as many lines as fit, name first
        lines = lines[: max(1, room)]
        painter.setPen(style.text_colour(fill))
        top = r.center().y() - len(lines) * fm.lineSpacing() / 2
        for k, text in enumerate(lines):
            font.setBold(k == 0)
            painter.setFont(font)
            line = QRectF(r.left() + 4, top + k * fm.lineSpacing(), r.width() - 8, fm.lineSpacing())
            shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, shown)


def tile_tooltip(tile: DistrictTile) -> str:
    return "\n".join(tile.lines()[:-1])
