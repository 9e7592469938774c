"""The structure scene: the document's departments as nodes and links, plus live load.

The scene mirrors the document (it rebuilds after a structural change and moves nodes after an
undo) and turns mouse gestures into edits through :class:`StructureEditor`:
drag a node to move it (one undo step per drag), drag from the handle on top of a node — or
Shift-drag the node — onto another node to make that one its superior, double-click empty space
to add a unit of that row under the district or street above, double-click a node to rename it.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QMenu, QToolTip

from gui import labels
from gui.canvas import style
from gui.canvas.edge_item import EdgeItem, FlowLayer, anchor_points
from gui.canvas.editor import StructureEditor
from gui.canvas.node_item import NodeItem
from gui.canvas.rename_editor import RenameEditor
from gui.canvas.tooltips import node_tooltip
from gui.commands import MoveCommand
from gui.document import Document
from gui.i18n import translate
from gui.structure_edits import TEMPLATE_ORDER, child_template

FLOW_KINDS = ("dispatch", "forward", "return", "escalation", "whistle")
MAX_FLOWS = 300  # per kind of flow; more would be noise (and slow) on a megacity


class StructureScene(QGraphicsScene):
    """Nodes and links of the current document, coloured by the last snapshot."""

    selection_ids_changed = Signal(list)
    live_changed = Signal(bool)  # whether nodes show utilisation (for the legend)

    def __init__(self, doc: Document, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.editor = StructureEditor(doc)
        self.names = "en"
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.flow_layers: dict[str, FlowLayer] = {}
        self.visible_flows = set(FLOW_KINDS)
        self.live: dict[str, tuple[float, float, float]] = {}  # id -> util, backlog, hidden
        self._snapshot: dict | None = None
        self._flow_day = -1
        self._press: dict[str, tuple[float, float]] | None = None
        self._connect_from: NodeItem | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._editing: RenameEditor | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        doc.reset.connect(self.rebuild)
        doc.structure_changed.connect(self.rebuild)
        doc.positions_changed.connect(self._on_doc_positions_changed)
        doc.departments_renamed.connect(self._on_doc_departments_renamed)
        doc.problems_changed.connect(self._apply_problems)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- building ------------------------------------------------------------------------------
    def rebuild(self) -> None:
        keep = self.selected_ids()
        self._cancel_connect()
        self._editing = None
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.nodes, self.edges = {}, []
        self.flow_layers = {k: FlowLayer(k) for k in FLOW_KINDS}
        for layer in self.flow_layers.values():
            self.addItem(layer)
            layer.setVisible(layer.kind in self.visible_flows)
        layout = self.doc.scenario.get("layout", {})
        for d in self.doc.departments():
            if not isinstance(d, dict) or not isinstance(d.get("id"), str):
                continue
            node = NodeItem(d["id"], d.get("kind", "kuai"), d.get("level", "street"))
            x, y = layout.get(d["id"], (0.0, 0.0))
            node.snap = False
            node.setPos(float(x), float(y))
            node.snap = True
            self.addItem(node)
            self.nodes[d["id"]] = node
        for d in self.doc.departments():
            child = self.nodes.get(d.get("id"))
            for rel in ("parent", "territory"):
                sup = self.nodes.get(d.get(rel)) if isinstance(d.get(rel), str) else None
                if child is not None and sup is not None and sup is not child:
                    edge = EdgeItem(child, sup, rel)
                    self.addItem(edge)
                    self.edges.append(edge)
        self._relabel(list(self.nodes))
        self._apply_problems()
        self.update_scene_rect()
        if self._snapshot is not None:
            self.set_live(self._snapshot, force=True)
        self.select_ids([i for i in keep if i in self.nodes])
        self._on_selection_changed()

    def update_scene_rect(self) -> None:
        """Room to pan well beyond the city (the default rect never shrinks)."""
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-3000, -3000, 3000, 3000))

    def set_names(self, names: str) -> None:
        self.names = names
        self._relabel(list(self.nodes))

    def _relabel(self, ids: list[str]) -> None:
        units = {d["id"]: d for d in self.doc.departments() if isinstance(d, dict) and "id" in d}
        for i in ids:
            node, d = self.nodes.get(i), units.get(i)
            if node is None or d is None:
                continue
            ups = [
                units[r]
                for r in (d.get("parent"), d.get("territory"))
                if isinstance(r, str) and r in units
            ]
            parts = []
            for mode in ("zh", "en") if self.names == "both" else (self.names,):
                own = labels.dept_name(d, mode)
                parts.append(labels.compact_name(own, [labels.dept_name(u, mode) for u in ups]))
            node.set_label("\n".join(dict.fromkeys(parts)))

    def _apply_problems(self) -> None:
        for i, node in self.nodes.items():
            node.set_problems(self.doc.node_problems.get(i, []))

    # -- following the document ------------------------------------------------------------
    def _on_doc_positions_changed(self, positions: dict) -> None:
        for i, (x, y) in positions.items():
            node = self.nodes.get(i)
            if node is not None and (node.pos().x(), node.pos().y()) != (x, y):
                node.snap = False
                node.setPos(float(x), float(y))
                node.snap = True
        self.update_scene_rect()
        self._refresh_flows()

    def _on_doc_departments_renamed(self, ids: list) -> None:
        units = {d["id"]: d for d in self.doc.departments()}
        below = [
            d["id"] for d in units.values() if d.get("parent") in ids or d.get("territory") in ids
        ]
        self._relabel(list(ids) + below)

    # -- selection ------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return [n.dept_id for n in self.nodes.values() if n.isSelected()]

    def select_ids(self, ids: list[str]) -> None:
        self.blockSignals(True)
        for i, node in self.nodes.items():
            node.setSelected(i in ids)
        self.blockSignals(False)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        self.selection_ids_changed.emit(self.selected_ids())

    # -- live load and flows -----------------------------------------------------------------
    def set_live(self, snap: dict, force: bool = False) -> None:
        """Colour nodes by utilisation and draw yesterday's flows from a runner snapshot."""
        if self._snapshot is None:
            self._snapshot = snap
            self.live_changed.emit(True)
        self._snapshot = snap
        ids = snap["unit_ids"]
        util, backlog, hidden = snap["utilisation"], snap["backlog_days"], snap["hidden_share"]
        units = {d["id"]: d for d in self.doc.departments()}
        self.live = {}
        for k, i in enumerate(ids):
            node = self.nodes.get(i)
            if node is None:
                continue
            cap = (units.get(i) or {}).get("capacity", 0) or 0
            u = float(util[k]) if cap > 0 else math.nan
            self.live[i] = (u, float(backlog[k]), float(hidden[k]))
            node.set_util(u)
        day = int(snap["tick"]) // 24
        if force or day != self._flow_day:
            self._flow_day = day
            self._refresh_flows()

    def clear_live(self) -> None:
        if self._snapshot is not None:
            self._snapshot = None
            self.live_changed.emit(False)
        self._flow_day = -1
        self.live = {}
        for node in self.nodes.values():
            node.set_util(None)
        for layer in self.flow_layers.values():
            layer.set_flows([])

    def set_visible_flows(self, kinds: list[str]) -> None:
        self.visible_flows = set(kinds)
        for k, layer in self.flow_layers.items():
            layer.setVisible(k in self.visible_flows)
        self.live_changed.emit(self._snapshot is not None)

    def legend_flows(self) -> list[str]:
        return [k for k in FLOW_KINDS if k in self.visible_flows]

    def _refresh_flows(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        ids = snap["unit_ids"]
        flows = snap.get("flows", {})
        peak = max([int(a[:, 2].max()) for a in flows.values() if len(a)] or [1])
        for kind, layer in self.flow_layers.items():
            arr = flows.get(kind)
            items = []
            if arr is not None and len(arr):
                arr = np.asarray(arr)
                if len(arr) > MAX_FLOWS:  # a megacity: the heaviest flows tell the story
                    arr = arr[np.argsort(arr[:, 2])[-MAX_FLOWS:]]
                for s, t, c in arr:
                    a, b = self.nodes.get(ids[s]), self.nodes.get(ids[t])
                    if a is None or b is None or a is b:
                        continue
                    p, q = anchor_points(a, b)
                    items.append((p, q, 0.8 + 5.0 * math.sqrt(c / peak)))
            layer.set_flows(items)

    # -- tooltips ---------------------------------------------------------------------------
    def helpEvent(self, event) -> None:
        node = self.node_at(event.scenePos())
        if node is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), self.tooltip(node.dept_id), event.widget())

    def tooltip(self, dept_id: str) -> str:
        return node_tooltip(self.doc, dept_id, self.live.get(dept_id), self.names)

    # -- gestures -----------------------------------------------------------------------------
    def node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            node = self.node_at(event.scenePos())
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if node is not None and (shift or node.on_knob(event.scenePos())):
                self._start_connect(node, event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = {
                n.dept_id: (n.pos().x(), n.pos().y()) for n in self.nodes.values() if n.isSelected()
            }

    def mouseMoveEvent(self, event) -> None:
        if self._connect_line is not None:
            line = self._connect_line.line()
            self._connect_line.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._connect_from is not None:
            source = self._connect_from.dept_id
            target = self.node_at(event.scenePos())
            self._cancel_connect()
            if target is not None and target.dept_id != source:
                self.editor.connect(source, target.dept_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if not press:
            return
        old, new = {}, {}
        for i, p in press.items():
            node = self.nodes.get(i)
            if node is not None and (node.pos().x(), node.pos().y()) != p:
                old[i], new[i] = p, (node.pos().x(), node.pos().y())
        if new:
            self.doc.push(MoveCommand(self.doc, old, new))

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        node = self.node_at(event.scenePos())
        if node is not None:
            self.start_rename(node.dept_id)
        else:
            template, parent = self.editor.guess_at(event.scenePos())
            new = self.editor.add(template, event.scenePos(), parent)
            self.select_ids([new])
        event.accept()

    def _start_connect(self, node: NodeItem, pos: QPointF) -> None:
        self._connect_from = node
        start = node.mapToScene(node.knob_centre())
        self._connect_line = QGraphicsLineItem(QLineF(start, pos))
        pen = QPen(style.SELECTION, 2.5, Qt.PenStyle.DashLine)
        self._connect_line.setPen(pen)
        self._connect_line.setZValue(50)
        self.addItem(self._connect_line)

    def _cancel_connect(self) -> None:
        if self._connect_line is not None and self._connect_line.scene() is self:
            self.removeItem(self._connect_line)
        self._connect_line = None
        self._connect_from = None

    # -- renaming -----------------------------------------------------------------------------
    def start_rename(self, dept_id: str) -> None:
        node, d = self.nodes.get(dept_id), self.doc.department(dept_id)
        if node is None or d is None:
            return
        mode = "zh" if self.names == "zh" else "en"
        self._editing = RenameEditor(node, labels.dept_name(d, mode), self._on_rename_done)
        self.addItem(self._editing)
        self._editing.start()

    def _on_rename_done(self, dept_id: str, text: str | None) -> None:
        editor, self._editing = self._editing, None
        if editor is not None and editor.scene() is self:
            editor.clearFocus()
            self.removeItem(editor)
        if text:
            self.editor.rename(dept_id, text, "zh" if self.names == "zh" else "en")

    # -- context menu -------------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = QMenu(event.widget())
        node = self.node_at(event.scenePos())
        pos = event.scenePos()
        if node is not None:
            if not node.isSelected():
                self.select_ids([node.dept_id])
            d = self.doc.department(node.dept_id) or {}
            menu.addAction(
                translate("StructureScene", "Rename"), lambda: self.start_rename(node.dept_id)
            )
            child = child_template(d)
            if child:
                menu.addAction(
                    translate("StructureScene", "Add {0} below").format(
                        labels.template(child).lower()
                    ),
                    lambda: self.select_ids([self.editor.add(child, None, node.dept_id)]),
                )
            menu.addSeparator()
            menu.addAction(
                translate("StructureScene", "Delete"),
                lambda: self.editor.delete(self.selected_ids()),
            )
        else:
            sub = menu.addMenu(translate("StructureScene", "Add here"))
            for key in TEMPLATE_ORDER:
                sub.addAction(
                    labels.template(key), lambda k=key: self.select_ids([self.editor.add(k, pos)])
                )
        menu.addSeparator()
        for action in getattr(self, "extra_actions", []):
            menu.addAction(action)
        menu.exec(event.screenPos())
        event.accept()
