"""The structure edits a user makes on the canvas, each pushed as one undo command.

Gestures (a double-click, a drag from a node's handle, Del, Ctrl+V) arrive here from the scene
and the main window's actions; the rules of what an edit means live in
:mod:`gui.structure_edits`, the undo steps in :mod:`gui.commands`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF

from gui import labels
from gui import structure_edits as edits
from gui.canvas.layout import tiao_kuai_layout
from gui.canvas.style import GRID, node_size
from gui.commands import FieldsCommand, MoveCommand, StructureCommand
from gui.document import Document
from gui.i18n import translate

ROW_STEP = 100.0


def _snap(x: float) -> float:
    return round(x / GRID) * GRID


class StructureEditor:
    """Turns canvas gestures into undoable edits of the document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    # -- adding ----------------------------------------------------------------------------
    def add(
        self,
        template: str,
        pos: QPointF | None = None,
        parent: str | None = None,
        territory: str | None = None,
    ) -> str:
        """A new department (returns its id); placed below its parent when no place is given."""
        sc = self.doc.scenario
        dept = edits.new_department(sc, template, parent, territory, labels.template(template))
        if pos is None:
            pos = self._place_under(parent, dept["level"])
        layout = dict(sc["layout"])
        layout[dept["id"]] = [_snap(pos.x()), _snap(pos.y())]
        text = translate("StructureEditor", "Add {0}").format(labels.template(template).lower())
        self.doc.push(StructureCommand(self.doc, text, [*sc["departments"], dept], layout))
        return dept["id"]

    def _place_under(self, parent: str | None, level: str) -> QPointF:
        """Right of the parent's other children, one row below it (or right of everything)."""
        layout = self.doc.scenario["layout"]
        w, _h = node_size(level)
        if parent and parent in layout:
            px, py = layout[parent]
            kids = [
                layout[d["id"]]
                for d in self.doc.departments()
                if d.get("parent") == parent and d["id"] in layout
            ]
            if kids:
                x = max(k[0] for k in kids) + w + 16
                y = min(k[1] for k in kids)
                return QPointF(x, y)
            return QPointF(px, py + ROW_STEP)
        xs = [p[0] for p in layout.values()] or [0.0]
        ys = [p[1] for p in layout.values()] or [0.0]
        return QPointF(max(xs) + w + 40, min(ys))

    def guess_at(self, pos: QPointF) -> tuple[str, str | None]:
        """What a double-click on empty space adds: the kind of unit of the nearest row,
        under the nearest natural superior above it (a street into the district you clicked)."""
        depts = self.doc.departments()
        layout = self.doc.scenario["layout"]
        rows: dict[str, list[float]] = {}
        for d in depts:
            if d["id"] in layout and d.get("kind") == "kuai":
                rows.setdefault(d["level"], []).append(layout[d["id"]][1])
        level = "street"
        if rows:
            level = min(rows, key=lambda lv: abs(sum(rows[lv]) / len(rows[lv]) - pos.y()))
        template = {
            "city": "city_bureau",
            "district": "district",
            "street": "street",
            "community": "community",
        }[level]
        natural = edits.TEMPLATES[template][2]
        best, best_d = None, float("inf")
        for d in depts:
            if natural and (d.get("kind"), d.get("level")) == natural and d["id"] in layout:
                x, y = layout[d["id"]]
                dist = abs(x - pos.x()) + 0.3 * abs(y - pos.y())
                if y < pos.y() and dist < best_d:
                    best, best_d = d["id"], dist
        return template, best

    # -- removing, copying -------------------------------------------------------------------
    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        depts, layout = edits.delete(self.doc.scenario, ids)
        text = (
            translate("StructureEditor", "Delete {0}").format(ids[0])
            if len(ids) == 1
            else translate("StructureEditor", "Delete {0} departments").format(len(ids))
        )
        self.doc.push(StructureCommand(self.doc, text, depts, layout))

    def copy(self, ids: list[str]) -> dict | None:
        return edits.copy_payload(self.doc.scenario, ids) if ids else None

    def paste(self, payload: dict, at: QPointF | None = None) -> list[str]:
        """Paste copied units (a street with its communities) under fresh ids."""
        if not payload or not payload.get("departments"):
            return []
        offset = (40.0, 40.0)
        pts = list(payload.get("layout", {}).values())
        if at is not None and pts:
            offset = (
                _snap(at.x() - min(p[0] for p in pts)),
                _snap(at.y() - min(p[1] for p in pts)),
            )
        depts, layout, new = edits.paste(self.doc.scenario, payload, offset)
        text = translate("StructureEditor", "Paste {0} departments").format(len(new))
        self.doc.push(StructureCommand(self.doc, text, depts, layout))
        return new

    # -- linking, naming, arranging ----------------------------------------------------------
    def connect(self, source: str, target: str) -> bool:
        """Make ``target`` the superior (or the territory) of ``source``."""
        done = edits.connect(self.doc.scenario, source, target)
        if done is None:
            return False
        key, depts = done
        text = (
            translate("StructureEditor", "Set territory of {0}")
            if key == "territory"
            else translate("StructureEditor", "Set superior of {0}")
        ).format(source)
        self.doc.push(StructureCommand(self.doc, text, depts, self.doc.scenario["layout"]))
        return True

    def rename(self, dept_id: str, text: str, names: str) -> None:
        dept = self.doc.department(dept_id)
        if dept is None or not text:
            return
        field = "name_zh" if names == "zh" else "name_en"
        if dept.get(field) == text:
            return
        values = {field: text}
        if field == "name_en" and dept.get("name") in (dept.get("name_en"), None, dept_id):
            values["name"] = text
        self.doc.push(
            FieldsCommand(
                self.doc,
                dept_id,
                values,
                translate("StructureEditor", "Rename {0}").format(dept_id),
            )
        )

    def auto_layout(self) -> None:
        """Arrange everything in the 条块 layout (one undo step)."""
        new = tiao_kuai_layout(self.doc.departments())
        old = {k: tuple(v) for k, v in self.doc.scenario["layout"].items() if k in new}
        new = {k: v for k, v in new.items() if tuple(old.get(k, ())) != tuple(v)}
        if not new:
            return
        cmd = MoveCommand(self.doc, {k: old[k] for k in new if k in old}, new)
        cmd.setText(translate("StructureEditor", "Auto-layout"))
        self.doc.push(cmd)
