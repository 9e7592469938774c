"""Any sequence of structure edits, undone, gives back the scenario; redone, the edited one."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from gui.commands import MoveCommand

OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "delete", "connect", "rename", "move"]), st.integers(0, 10_000)
    ),
    min_size=1,
    max_size=8,
)


def state(doc) -> dict:
    return copy.deepcopy(
        {"departments": doc.scenario["departments"], "layout": doc.scenario["layout"]}
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_random_edits_undo_and_redo_exactly(window, ops):
    """Random add/delete/connect/rename/move sequences are fully reversible."""
    from model.presets import DEFAULT_PRESET

    window.files.open_preset(DEFAULT_PRESET, ask=False)
    doc, editor = window.doc, window.scene.editor
    start = state(doc)
    for op, k in ops:
        ids = [d["id"] for d in doc.departments()]
        pick = ids[k % len(ids)]
        if op == "add":
            editor.add("street", QPointF(k % 500, 300), pick)
        elif op == "delete":
            editor.delete([pick])
        elif op == "connect":
            editor.connect(pick, ids[(k // 7) % len(ids)])
        elif op == "rename":
            editor.rename(pick, f"Unit {k}", "en")
        else:
            old = doc.position(pick)
            doc.push(MoveCommand(doc, {pick: old}, {pick: (old[0] + 10, old[1] + 20)}))
    end = state(doc)
    n = doc.undo_stack.index()
    for _ in range(n):
        doc.undo_stack.undo()
    assert state(doc) == start
    for _ in range(n):
        doc.undo_stack.redo()
    assert state(doc) == end
    assert set(window.scene.nodes) == {d["id"] for d in doc.departments()}
