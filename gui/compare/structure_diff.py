"""Which departments and links differ between design A and design B, listed and marked.

A variant may change the organisation itself: a new street office, a bureau moved under the
district (a change of *link*: its superior ``parent`` or its ``territory``), a unit given more
staff. :func:`diff_structure` lists those differences by department id; :class:`CanvasMarks`
draws them on the workbench canvas while it shows B: a green dashed frame and "+" for a unit
that A does not have, an orange one and "≠" for a unit whose settings or links differ. Units
that B removed cannot be drawn on B's canvas; the comparison panel lists them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

LINK_FIELDS = ("parent", "territory")
NAME_FIELDS = ("name", "name_en", "name_zh")
ADDED, CHANGED = QColor("#1b8a3a"), QColor("#d9822b")


def diff_structure(a: dict, b: dict) -> dict:
    """{"added": [ids], "removed": [ids], "changed": {id: [fields]}, "relinked": [ids]}.

    Compares the (normalised) departments of both scenarios by id; renames alone count as a
    change of the field ``name`` so that a teacher sees them, but do not alter a run.
    """
    da = {d["id"]: d for d in a.get("departments", []) if isinstance(d, dict) and "id" in d}
    db = {d["id"]: d for d in b.get("departments", []) if isinstance(d, dict) and "id" in d}
    changed: dict[str, list[str]] = {}
    for i in da.keys() & db.keys():
        fields = sorted(k for k in da[i].keys() | db[i].keys() if da[i].get(k) != db[i].get(k))
        if fields:
            changed[i] = fields
    return {
        "added": [i for i in db if i not in da],
        "removed": [i for i in da if i not in db],
        "changed": dict(sorted(changed.items())),
        "relinked": sorted(i for i, f in changed.items() if set(f) & set(LINK_FIELDS)),
    }


def is_empty(diff: dict) -> bool:
    return not (diff["added"] or diff["removed"] or diff["changed"])


class CanvasMarks:
    """Frames around the units of the canvas that B added or changed (children of the nodes,
    so they move with them and vanish when the canvas is rebuilt)."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: list = []
        self.diff: dict | None = None

    def clear(self) -> None:
        for item in self.items:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.items = []

    def show(self, diff: dict | None) -> int:
        """Mark ``diff`` on the canvas (None removes the marks); returns how many marks."""
        self.clear()
        self.diff = diff
        if not diff:
            return 0
        for i in diff["added"]:
            self._mark(i, ADDED, "+")
        for i in diff["changed"]:
            self._mark(i, CHANGED, "≠")
        return len(self.items)

    def refresh(self) -> None:
        """After the canvas was rebuilt (its old nodes, and our frames, are gone)."""
        self.show(self.diff)

    def _mark(self, dept_id: str, colour: QColor, sign: str) -> None:
        node = self.scene.nodes.get(dept_id)
        if node is None:
            return
        r = QRectF(-node.w / 2 - 6, -node.h / 2 - 6, node.w + 12, node.h + 12)
        path = QPainterPath()
        path.addRoundedRect(r, 8, 8)
        frame = QGraphicsPathItem(path, node)
        frame.setPen(QPen(colour, 3.0, Qt.PenStyle.DashLine))
        frame.setBrush(Qt.BrushStyle.NoBrush)
        frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        badge_path = QPainterPath()
        badge_path.addEllipse(r.topLeft(), 10, 10)
        badge = QGraphicsPathItem(badge_path, node)
        badge.setPen(QPen(QColor("#ffffff"), 1.5))
        badge.setBrush(QBrush(colour))
        badge.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        text = QGraphicsSimpleTextItem(sign, badge)
        f = QFont()
        f.setPixelSize(14)
        f.setBold(True)
        text.setFont(f)
        text.setBrush(QColor("#ffffff"))
        tr = text.boundingRect()
        text.setPos(r.left() - tr.width() / 2, r.top() - tr.height() / 2)
        for item in (frame, badge):
            item.setZValue(5)
            item.setData(0, "compare-mark")
        self.items += [frame, badge]
