"""Rough edges a new user hits: typed numbers, the mouse wheel, a new department.

* A number that is out of range or not a number is refused with a visible reason, and the
  field keeps its value — never silently changed into another number.
* The mouse wheel scrolls the mechanisms panel; it changes a slider or spin box only when the
  user clicked into it first.
* "Add department" puts the new unit where the user can see it, under a name no other unit has.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["1e9", "-10", "abc"])
def test_capacity_refuses_bad_input_with_a_reason(window, qtbot, typed):
    """Capacity "1e9", "-10", "abc": refused, capacity unchanged, the reason in the status
    bar naming the field."""
    window.scene.select_ids(["d1-s1"])
    window.insp_dock.raise_()
    qtbot.waitUntil(window.inspector.capacity.isVisible)
    before = window.doc.department("d1-s1")["capacity"]
    spin = window.inspector.capacity
    type_into(qtbot, spin, typed)
    assert window.doc.department("d1-s1")["capacity"] == before
    assert spin.value() == pytest.approx(before)
    message = window.statusBar().currentMessage()
    assert "Capacity" in message and typed in message
    assert spin.last_refusal == message


def test_capacity_accepts_a_good_number(window, qtbot):
    """A number within range is taken as typed (one undo step)."""
    window.scene.select_ids(["d1-s1"])
    window.insp_dock.raise_()
    qtbot.waitUntil(window.inspector.capacity.isVisible)
    type_into(qtbot, window.inspector.capacity, "250")
    assert window.doc.department("d1-s1")["capacity"] == 250


def test_seats_refuse_a_negative_number(window, qtbot):
    """Seats "-5" is refused with the reason; the seats stay as they were."""
    editor = window.mechanisms.groups["M1"].editors["mechanisms.entrance_control.seats"]
    before = window.doc.value("mechanisms.entrance_control.seats")
    type_into(qtbot, editor.spin, "-5")
    assert window.doc.value("mechanisms.entrance_control.seats") == before
    message = window.statusBar().currentMessage()
    assert "Seats" in message and "-5" in message


def wheel(widget, dy: int = -120) -> None:
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_scrolls_the_panel_not_the_slider(window, qtbot):
    """A wheel turn over an unfocused slider scrolls the panel and changes nothing."""
    editor = window.mechanisms.groups["M5"].editors["mechanisms.assessment.pressure"]
    before = window.doc.value("mechanisms.assessment.pressure")
    markers = len(window.runner.markers)
    window.view.setFocus()
    bar = window.mechanisms.verticalScrollBar()
    bar.setValue(0)
    for widget in (editor.slider, editor.spin):
        wheel(widget)
        QApplication.processEvents()
    assert window.doc.value("mechanisms.assessment.pressure") == before
    assert len(window.runner.markers) == markers
    assert bar.value() > 0


def test_wheel_changes_a_focused_slider(window, qtbot):
    """After a click into the slider, the wheel does move it."""
    editor = window.mechanisms.groups["M5"].editors["mechanisms.assessment.pressure"]
    before = editor.slider.value()
    editor.slider.setFocus()
    qtbot.waitUntil(editor.slider.hasFocus)
    wheel(editor.slider, 120)
    assert editor.slider.value() != before


def test_new_department_is_in_view_with_a_unique_name(window, qtbot):
    """Add department (nothing selected): the new street is visible and named uniquely."""
    window.scene.select_ids([])
    window.view.zoom_in()
    window.view.zoom_in()  # not fitted: the view must scroll to it
    names = {d.get("name_en") for d in window.doc.departments()}
    window.add_department()
    new = window.scene.selected_ids()[0]
    d = window.doc.department(new)
    assert d["name_en"] not in names
    assert sum(1 for x in window.doc.departments() if x.get("name_zh") == d["name_zh"]) == 1
    node = window.scene.nodes[new]
    shown = window.view.mapFromScene(node.sceneBoundingRect()).boundingRect()
    assert window.view.viewport().rect().intersects(shown)
