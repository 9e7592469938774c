"""A structure edit while the city runs: the run goes on, the charts keep their history.

Changing a capacity or adding a street builds a new simulation (the organisation is part of
what the engine is built from), but the workbench treats it as the same run continuing: the
day counter goes on, the charts keep every point drawn so far and show a break marker, and
Undo brings the old structure back (again without losing the history).
"""

from __future__ import annotations

from gui.commands import FieldsCommand


def test_structure_edit_keeps_history_and_marks_a_break(window):
    """Capacity edit at day 3: history kept, a break marker at day 3, days go on."""
    for _ in range(3):
        window.runner.step_day()
    n = window.live.buf.n
    assert n > 0
    old = window.doc.department("d1-s1")["capacity"]
    window.doc.push(FieldsCommand(window.doc, "d1-s1", {"capacity": old * 2}, "capacity"))
    assert window.live.buf.n == n
    assert window.runner.tick == 72
    assert "break" in {k for _t, _x, k in window.runner.markers}
    assert any(t == 72 and k == "break" for t, _x, k in window.runner.markers)
    window.runner.step_day()
    assert window.runner.tick == 96
    assert window.live.buf.n > n
    t = window.live.buf.t
    assert (t[1:] > t[:-1]).all(), "time goes forward across the break"
    assert t[-1] > 3.5
    assert "Day 4.0" in window.run_bar.day.text()


def test_undo_restores_the_structure_and_keeps_the_history(window):
    """Undo of the edit: the old capacity is back, the history is still there."""
    for _ in range(2):
        window.runner.step_day()
    old = window.doc.department("d1-s1")["capacity"]
    window.doc.push(FieldsCommand(window.doc, "d1-s1", {"capacity": old * 2}, "capacity"))
    window.runner.step_day()
    n = window.live.buf.n
    window.doc.undo_stack.undo()
    assert window.doc.department("d1-s1")["capacity"] == old
    assert window.live.buf.n == n
    assert sum(1 for _t, _x, k in window.runner.markers if k == "break") == 2


def test_reset_still_starts_over(window):
    """Reset (Ctrl+R) is a real fresh start: day 0, no history, no markers."""
    for _ in range(2):
        window.runner.step_day()
    old = window.doc.department("d1-s1")["capacity"]
    window.doc.push(FieldsCommand(window.doc, "d1-s1", {"capacity": old * 2}, "capacity"))
    window.runner.reset()
    assert window.runner.tick == 0 and window.live.buf.n == 0 and not window.runner.markers
