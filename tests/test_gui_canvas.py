"""Editing the structure on the canvas: every gesture is one undo step and can be undone."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPoint, QPointF, Qt

from gui.canvas.node_item import NodeItem
from gui.commands import MoveCommand


def scenario(window) -> dict:
    return copy.deepcopy(
        {"departments": window.doc.scenario["departments"], "layout": window.doc.scenario["layout"]}
    )


def view_point(window, scene_point):
    return window.view.mapFromScene(scene_point)


def test_add_connect_move_rename_delete_then_undo_redo(window):
    """Five edits, all undone, give back the scenario; all redone, give the edited one."""
    stack = window.doc.undo_stack
    before = scenario(window)
    editor = window.scene.editor
    new = editor.add("street", QPointF(100, 600))
    editor.connect(new, "d2")
    window.doc.push(MoveCommand(window.doc, {new: (100.0, 600.0)}, {new: (140.0, 620.0)}))
    editor.rename(new, "Riverside Street", "en")
    editor.delete(["d1-s1-c1"])
    after = scenario(window)
    assert stack.count() == 5
    for _ in range(5):
        stack.undo()
    assert scenario(window) == before
    for _ in range(5):
        stack.redo()
    assert scenario(window) == after
    d = window.doc.department(new)
    assert d["parent"] == "d2" and d["name_en"] == "Riverside Street"


def test_drag_moves_nodes_as_one_step(window, qtbot):
    """A mouse drag of a node is a single undo step, snapped to the grid."""
    node = window.scene.nodes["d1-s2"]
    home = node.pos()
    start = view_point(window, home)
    end = start + QPoint(37, 23)
    vp = window.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(vp, start + (end - start) * k / 5)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    x, y = window.doc.position("d1-s2")
    assert (x, y) != (home.x(), home.y())
    assert x % 10 == 0 and y % 10 == 0
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.scene.nodes["d1-s2"].pos() == home


def test_shift_drag_connects_superior(window, qtbot):
    """Shift-dragging a street onto another district government re-links it."""
    vp = window.view.viewport()
    a = view_point(window, window.scene.nodes["d1-s3"].pos())
    b = view_point(window, window.scene.nodes["d2"].pos())
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, a)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, b)
    assert window.doc.department("d1-s3")["parent"] == "d2"
    assert window.doc.undo_stack.count() == 1


def test_district_bureau_dragged_to_district_sets_territory(window):
    """Linking a district bureau to a district government sets its territory (条块)."""
    window.scene.editor.connect("d1-urban", "d3")
    d = window.doc.department("d1-urban")
    assert d["territory"] == "d3" and d["parent"] == "b-urban"


def test_double_click_empty_space_adds_street_into_district(window, qtbot):
    """Double-clicking below a district's streets adds a street under that district."""
    s = window.scene.nodes["d3-s2"].pos()
    target = QPointF(s.x() + 60, s.y())
    pos = view_point(window, target)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    new = [i for i in window.scene.selected_ids()]
    assert len(new) == 1
    d = window.doc.department(new[0])
    assert (d["kind"], d["level"], d["parent"]) == ("kuai", "street", "d3")


def test_toolbar_add_puts_community_under_selected_street(window):
    """Add department with a street selected adds a community below it."""
    window.scene.select_ids(["d2-s1"])
    window.actions_["add"].trigger()
    (new,) = window.scene.selected_ids()
    d = window.doc.department(new)
    assert (d["level"], d["parent"]) == ("community", "d2-s1")


def test_copy_paste_street_with_communities(window):
    """Copying a street copies its communities; pasting gives fresh, linked ids."""
    window.scene.select_ids(["d1-s1"])
    window.copy_selection()
    n = len(window.doc.departments())
    window.paste()
    new = window.scene.selected_ids()
    assert len(window.doc.departments()) == n + 4
    units = {d["id"]: d for d in window.doc.departments()}
    street = [i for i in new if units[i]["level"] == "street"][0]
    assert units[street]["parent"] == "d1"
    kids = [i for i in new if units[i]["level"] == "community"]
    assert len(kids) == 3 and all(units[k]["parent"] == street for k in kids)
    assert window.doc.valid
    assert window.doc.undo_stack.count() == 1


def test_delete_key_removes_selection(window, qtbot):
    """Del on the canvas deletes the selected department in one step."""
    window.scene.select_ids(["d4-s3-c3"])
    window.view.setFocus()
    window.actions_["delete"].trigger()
    assert window.doc.department("d4-s3-c3") is None
    window.doc.undo_stack.undo()
    assert window.doc.department("d4-s3-c3") is not None


def test_rename_in_place_with_editor(window, qtbot):
    """F2 opens an editor on the node; Enter commits the new name as one step."""
    window.scene.select_ids(["d2-s2"])
    window.actions_["rename"].trigger()
    editor = window.scene._editing
    assert editor is not None
    editor.setPlainText("Harbour Street")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert window.scene._editing is None
    assert window.doc.department("d2-s2")["name_en"] == "Harbour Street"
    assert "Harbour Street" in window.scene.nodes["d2-s2"].label


def test_broken_structure_is_marked_and_blocks_run(window, dialogs):
    """A street without a district is marked on its node and Run says why it cannot start."""
    window.scene.select_ids(["d1"])
    window.delete_selection()
    node = window.scene.nodes["d1-s1"]
    assert node.problems and "district" in node.problems[0]
    assert "street with no district" in window.scene.tooltip("d1-s1")
    assert window.runner.sim is None
    window.run_bar.run_action.trigger()
    assert not window.runner.running
    assert "problems" in dialogs.kinds()
    window.doc.undo_stack.undo()
    assert window.runner.sim is not None and not window.scene.nodes["d1-s1"].problems


def test_zero_capacity_is_a_problem(window):
    """A unit with no capacity is flagged (it could never finish a ticket)."""
    from gui.commands import FieldsCommand

    window.doc.push(FieldsCommand(window.doc, "d3-s1", {"capacity": 0.0}))
    assert "capacity" in " ".join(window.scene.nodes["d3-s1"].problems)
    assert window.runner.sim is None


def test_auto_layout_is_one_step(window):
    """Auto-layout after a manual move restores the 条块 positions in one undo step."""
    home = window.doc.position("d2-s1")
    window.doc.push(MoveCommand(window.doc, {"d2-s1": home}, {"d2-s1": (9000.0, 9000.0)}))
    window.actions_["layout"].trigger()
    assert window.doc.position("d2-s1") == home
    assert window.doc.undo_stack.count() == 2


def test_live_colours_and_flows(window):
    """After a day, nodes carry utilisation colours; the flow layers draw the flows of the
    unit under the pointer only."""
    window.runner.step_day()
    window.live.refresh(force=True)
    utils = [n.util for n in window.scene.nodes.values()]
    assert any(u is not None and u > 0 for u in utils)
    assert not window.scene.flow_layers["dispatch"].flows  # nothing in focus: no spaghetti
    window.scene.set_hover("hub")
    assert window.scene.flow_layers["dispatch"].flows
    assert window.view.legend.heat


def test_zoom_and_fit(window):
    """Ctrl+/- zoom the view; F fits the whole city again."""
    fitted = window.view.transform().m11()
    window.actions_["zoom_in"].trigger()
    assert window.view.transform().m11() > fitted
    window.actions_["fit"].trigger()
    assert abs(window.view.transform().m11() - fitted) < 1e-6


def test_nodes_have_distinct_shapes_by_kind(window):
    """Hub, bureau and territorial nodes differ in shape, and levels in size."""
    nodes = window.scene.nodes
    assert isinstance(nodes["hub"], NodeItem)
    shapes = {nodes[i].path.elementCount() for i in ("hub", "b-urban", "gov")}
    assert len(shapes) == 3
    assert nodes["d1-s1-c1"].w < nodes["d1-s1"].w < nodes["d1"].w < nodes["gov"].w


def test_typing_in_rename_editor_is_not_taken_by_shortcuts(window, qtbot):
    """F, Space and Delete type into the in-place editor instead of fitting/running/deleting."""
    window.scene.select_ids(["d2-s2"])
    window.actions_["rename"].trigger()
    editor = window.scene._editing
    editor.setPlainText("")
    vp = window.view.viewport()
    qtbot.keyClicks(vp, "Fo o")
    qtbot.keyClick(vp, Qt.Key.Key_Delete)
    assert editor.toPlainText() == "Fo o"
    assert not window.runner.running
    assert window.doc.department("d2-s2") is not None
    qtbot.keyClick(vp, Qt.Key.Key_Return)
    assert window.doc.department("d2-s2")["name_en"] == "Fo o"
