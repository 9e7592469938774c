"""The mouse wheel scrolls a panel; it changes a slider, spin box or choice only when the user
has clicked into that control first (it has the keyboard focus).

Without this, scrolling down the mechanisms panel turned whichever slider passed under the
pointer — a change the user never meant, and a marker on the charts. A guarded control takes
focus on click or Tab only (not on wheel) and hands unfocused wheel turns to the scroll area
around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSlider, QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Event filter: wheel events reach a guarded control only when it has focus."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget) or obj.hasFocus():
            return False
        area = obj.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def guard_wheel(panel: QWidget) -> WheelGuard:
    """Guard every slider, spin box and choice inside ``panel``."""
    guard = WheelGuard(panel)
    for w in panel.findChildren(QWidget):
        if isinstance(w, GUARDED) and not isinstance(w, QAbstractScrollArea):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(guard)
    return guard
