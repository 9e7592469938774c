"""Keyboard shortcuts from the platform's own bindings, each key bound once.

``QKeySequence.StandardKey`` follows each platform's habits, and a platform may list several
keys for one action (Redo is Ctrl+Y and Ctrl+Shift+Z on Windows, Ctrl+Shift+Z on X11). A key
that reaches the shortcut map twice is *ambiguous* and Qt runs neither binding, so an extra
key is only added when the platform does not already have it.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def platform_keys(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for a standard action (read when called: the theme decides)."""
    return list(QKeySequence.keyBindings(standard))


def standard_keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` plus ``extra`` ones, without duplicates."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for seq in [*platform_keys(standard), *(QKeySequence(e) for e in extra)]:
        text = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if seq.isEmpty() or text in seen:
            continue
        seen.add(text)
        out.append(seq)
    return out
