"""Every user action as an undo command (one ``QUndoCommand`` per gesture, as in glue).

The canvas, the inspector and the mechanisms panel never change the document directly: they
push one of these onto the document's ``QUndoStack``. So Ctrl+Z takes back a moved street, a
renamed bureau or a switched-on assessment alike, and the stack's clean state drives the ``[*]``
in the window title. Spin boxes and sliders merge into one step (``mergeWith``); a drag of many
nodes is pushed once, on mouse release.
"""

from __future__ import annotations

import copy
import time

from PySide6.QtGui import QUndoCommand

from gui.document import ABSENT, Document
from gui.i18n import translate

MERGE_SECONDS = 2.0  # edits of the same value closer than this become one undo step

ID_FIELDS = 1
ID_VALUE = 2


class StructureCommand(QUndoCommand):
    """Any change to the set of departments or their links: keeps both whole states.

    Simple and safe: the organisation is small (tens to a thousand units), so a copy of the
    departments and their positions before and after is cheap.
    """

    def __init__(
        self,
        doc: Document,
        text: str,
        departments: list[dict],
        layout: dict,
        select: list[str] | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = (
            copy.deepcopy(doc.scenario["departments"]),
            copy.deepcopy(doc.scenario["layout"]),
        )
        self.after = (copy.deepcopy(departments), copy.deepcopy(layout))
        self.select = list(select or [])

    def redo(self) -> None:
        self.doc.apply_structure(*self.after)

    def undo(self) -> None:
        self.doc.apply_structure(*self.before)


class MoveCommand(QUndoCommand):
    """Nodes dragged to new places on the canvas: one step per drag, however many nodes."""

    def __init__(self, doc: Document, old: dict, new: dict) -> None:
        n = len(new)
        super().__init__(
            translate("commands", "Move department")
            if n == 1
            else translate("commands", "Move {0} departments").format(n)
        )
        self.doc = doc
        self.old = dict(old)
        self.new = dict(new)

    def redo(self) -> None:
        self.doc.apply_positions(self.new)

    def undo(self) -> None:
        self.doc.apply_positions(self.old)


class FieldsCommand(QUndoCommand):
    """Properties of one department (names, capacity, categories...).

    Consecutive edits of the same numeric fields of the same unit merge, so typing 1-2-0 in
    the capacity box is one undo step.
    """

    def __init__(
        self, doc: Document, dept_id: str, values: dict, text: str = "", mergeable: bool = False
    ) -> None:
        super().__init__(text or translate("commands", "Edit {0}").format(dept_id))
        self.doc = doc
        self.dept_id = dept_id
        dept = doc.department(dept_id) or {}
        self.old = {k: copy.deepcopy(dept.get(k, ABSENT)) for k in values}
        self.new = dict(values)
        self.mergeable = mergeable
        self.stamp = time.monotonic()

    def id(self) -> int:
        return ID_FIELDS

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, FieldsCommand) and self.mergeable and other.mergeable):
            return False
        if other.dept_id != self.dept_id or set(other.new) != set(self.new):
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = dict(other.new)
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        self.doc.apply_fields(self.dept_id, self.new)

    def undo(self) -> None:
        self.doc.apply_fields(self.dept_id, self.old)


class ValueCommand(QUndoCommand):
    """A mechanism, demand or run setting (a scenario path outside the departments).

    Applied live to a running simulation by the runner, which listens to the document. Slider
    and spin-box changes of the same path merge; switches never merge, so each toggle is a
    step (and a marker on the charts).
    """

    def __init__(
        self, doc: Document, path: str, value, text: str = "", mergeable: bool = False
    ) -> None:
        super().__init__(text or translate("commands", "Set {0}").format(path))
        self.doc = doc
        self.path = path
        self.old = copy.deepcopy(doc.value(path))
        self.new = copy.deepcopy(value)
        self.mergeable = mergeable
        self.stamp = time.monotonic()

    def id(self) -> int:
        return ID_VALUE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ValueCommand) and self.mergeable and other.mergeable):
            return False
        if other.path != self.path or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.new = copy.deepcopy(other.new)
        self.stamp = other.stamp
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.doc.apply_value(self.path, self.new)

    def undo(self) -> None:
        self.doc.apply_value(self.path, self.old)
