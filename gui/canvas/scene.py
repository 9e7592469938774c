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
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QMenu, QToolTip

from gui import labels
from gui.canvas import style
from gui.canvas.district_tiles import MANY_UNITS, DistrictTile, district_members, tile_tooltip
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
MAX_FLOWS = 60  # per kind, for the focused unit: its heaviest partners tell the story


class StructureScene(QGraphicsScene):
    """Nodes and links of the current document, coloured by the last snapshot."""

    selection_ids_changed = Signal(list)
    live_changed = Signal(bool)  # whether nodes show utilisation (for the legend)
    district_opened = Signal(str)  # a district tile was double-clicked: show its units

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
        self.tiles: dict[str, DistrictTile] = {}
        self.overview = False  # district tiles instead of their units (a zoomed-out big city)
        self.focus_id: str | None = None  # the unit whose flows are drawn (hovered or selected)
        self.hover_id: str | None = None
        self.min_label_px = 0  # presenter mode: node labels never smaller on screen
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
        self._build_tiles()
        self.update_scene_rect()
        if self._snapshot is not None:
            self.set_live(self._snapshot, force=True)
        self.select_ids([i for i in keep if i in self.nodes])
        self._on_selection_changed()

    def _build_tiles(self) -> None:
        """District tiles for a big city (none for a small one)."""
        self.tiles = {}
        if len(self.nodes) < MANY_UNITS:
            self.overview = False
            return
        mode = "zh" if self.names == "zh" else "en"
        for did, members in district_members(self.doc.scenario).items():
            nodes = [self.nodes[i] for i in members if i in self.nodes]
            if did not in self.nodes or not nodes:
                continue
            rect = QRectF()
            for n in nodes:
                rect = rect.united(n.scene_rect())
            name = labels.dept_name(self.doc.department(did) or {}, mode)
            tile = DistrictTile(did, name, [n.dept_id for n in nodes], rect.adjusted(-8, -8, 8, 8))
            tile.setVisible(False)
            self.addItem(tile)
            self.tiles[did] = tile
        overview, self.overview = self.overview, False
        self.set_overview(overview)

    def set_overview(self, on: bool) -> None:
        """District tiles in place of their units (and of the lines between hidden units)."""
        on = bool(on and self.tiles)
        if on == self.overview:
            return
        self.overview = on
        hidden = {i for t in self.tiles.values() for i in t.members} if on else set()
        for tile in self.tiles.values():
            tile.setVisible(on)
        for i, node in self.nodes.items():
            node.setVisible(i not in hidden)
        for edge in self.edges:
            edge.setVisible(edge.child.isVisible() and edge.superior.isVisible())
        self._refresh_flows()

    def tile_of(self, dept_id: str) -> DistrictTile | None:
        for tile in self.tiles.values():
            if dept_id in tile.members:
                return tile
        return None

    def update_scene_rect(self) -> None:
        """Room to pan well beyond the city (the default rect never shrinks)."""
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-3000, -3000, 3000, 3000))

    def set_min_label_px(self, px: int) -> None:
        self.min_label_px = px
        self.update()

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
        self._set_focus()

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
        for tile in self.tiles.values():
            tile.set_live(self.live)
        self.live_changed.emit(True)  # the legend's grassroots load follows
        day = int(snap["tick"]) // 24
        if force or day != self._flow_day:
            self._flow_day = day
            self._refresh_flows()

    def grassroots_load(self) -> float:
        """Streets' and communities' hours over their staff hours (capacity-weighted), the
        definition of the load line, from the units' utilisation in the last snapshot."""
        units = {d["id"]: d for d in self.doc.departments() if isinstance(d, dict) and "id" in d}
        work = cap = 0.0
        for i, (u, _b, _h) in self.live.items():
            d = units.get(i) or {}
            c = float(d.get("capacity") or 0)
            if d.get("level") in ("street", "community") and c > 0 and u == u:
                work += u * c
                cap += c
        return work / cap if cap > 0 else math.nan

    def clear_live(self) -> None:
        if self._snapshot is not None:
            self._snapshot = None
            self.live_changed.emit(False)
        self._flow_day = -1
        self.live = {}
        for node in self.nodes.values():
            node.set_util(None)
        for tile in self.tiles.values():
            tile.clear_live()
        for layer in self.flow_layers.values():
            layer.set_flows([])

    def set_visible_flows(self, kinds: list[str]) -> None:
        self.visible_flows = set(kinds)
        for k, layer in self.flow_layers.items():
            layer.setVisible(k in self.visible_flows)
        self.live_changed.emit(self._snapshot is not None)

    def legend_flows(self) -> list[str]:
        return [k for k in FLOW_KINDS if k in self.visible_flows]

    def set_hover(self, dept_id: str | None) -> None:
        """The pointer is over a unit (or a tile), or over nothing."""
        if dept_id != self.hover_id:
            self.hover_id = dept_id
            self._set_focus()

    def _set_focus(self) -> None:
        selected = self.selected_ids()
        focus = self.hover_id or (selected[0] if len(selected) == 1 else None)
        if focus != self.focus_id:
            self.focus_id = focus
            self._refresh_flows()

    def flow_members(self) -> set[str]:
        """The units whose flows are drawn: the focused unit, or all of a focused tile."""
        if self.focus_id is None:
            return set()
        tile = self.tiles.get(self.focus_id) if self.overview else None
        return set(tile.members) if tile is not None else {self.focus_id}

    def _end_of(self, dept_id: str):
        """Where a flow to or from ``dept_id`` is drawn: its node, or its tile if hidden."""
        node = self.nodes.get(dept_id)
        if node is not None and not node.isVisible():
            return self.tile_of(dept_id)
        return node

    def _refresh_flows(self) -> None:
        """Yesterday's flows of the focused unit only, summed between the shapes on screen
        (a hidden unit's flows go to its district tile)."""
        snap = self._snapshot
        if snap is None:
            return
        ids = snap["unit_ids"]
        flows = snap.get("flows", {})
        mine = self.flow_members()
        peak = max([int(a[:, 2].max()) for a in flows.values() if len(a)] or [1])
        for kind, layer in self.flow_layers.items():
            arr = flows.get(kind)
            totals: dict[tuple, float] = {}
            ends = {}
            if arr is not None and len(arr) and mine:
                for s, t, c in np.asarray(arr):
                    if ids[s] not in mine and ids[t] not in mine:
                        continue
                    a, b = self._end_of(ids[s]), self._end_of(ids[t])
                    if a is None or b is None or a is b:
                        continue
                    key = (id(a), id(b))
                    ends[key] = (a, b)
                    totals[key] = totals.get(key, 0.0) + float(c)
            top = sorted(totals.items(), key=lambda kv: kv[1])[-MAX_FLOWS:]
            items = []
            for key, c in top:
                p, q = anchor_points(*ends[key])
                items.append((p, q, 0.8 + 5.0 * math.sqrt(c / peak)))
            layer.set_flows(items)

    # -- tooltips ---------------------------------------------------------------------------
    def helpEvent(self, event) -> None:
        node = self.node_at(event.scenePos())
        tile = self.tile_at(event.scenePos()) if node is None else None
        if tile is not None:
            QToolTip.showText(event.screenPos(), tile_tooltip(tile), event.widget())
            return
        if node is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), self.tooltip(node.dept_id), event.widget())

    def tooltip(self, dept_id: str) -> str:
        return node_tooltip(self.doc, dept_id, self.live.get(dept_id), self.names)

    # -- gestures -----------------------------------------------------------------------------
    def tile_at(self, pos: QPointF) -> DistrictTile | None:
        for item in self.items(pos):
            if isinstance(item, DistrictTile) and item.isVisible():
                return item
        return None

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
        tile = self.tile_at(event.scenePos())
        if node is None and tile is not None:
            self.district_opened.emit(tile.dept_id)
        elif node is not None:
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
