"""One user edit of a scenario value, checked and pushed as an undo step.

The mechanisms panel and the assumptions panel both turn a widget's new value into a
:class:`gui.commands.ValueCommand`: nothing happens when the value is unchanged, a value the
scenario would refuse is not pushed (the caller hears why, in the model's words), and anything
else becomes one undo step that the runner applies to the running city at once.
"""

from __future__ import annotations

from collections.abc import Callable

from gui.commands import ValueCommand
from gui.document import Document, value_problems


def push_value(
    doc: Document,
    path: str,
    value,
    text: str,
    mergeable: bool,
    refuse: Callable[[str], None],
) -> bool:
    """Push ``path = value`` as one undo step; ``refuse(reason)`` instead if it is not valid.

    Returns whether a command was pushed."""
    if doc.value(path) == value:
        return False
    problems = value_problems(doc, path, value)
    if problems:
        refuse("; ".join(problems))
        return False
    doc.push(ValueCommand(doc, path, value, text, mergeable))
    return True
