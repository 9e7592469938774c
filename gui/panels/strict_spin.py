"""Number fields that refuse what they cannot take, and say why — never change it silently.

Qt's spin boxes drop every keystroke their validator rejects: typing "1e9" into a capacity
leaves "19", "-10" leaves "10" or "0", "-5" seats become 5 — a different number from the one
the user typed, with no word said. These fields keep whatever is typed, and when it is
committed (Enter or leaving the field) either accept it, if it is a number within range, or
refuse it: the field goes back to its last value, a tooltip at the field and the status bar
(through :attr:`refused`) say what was wrong, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QToolTip

translate = QCoreApplication.translate
REFUSED_STYLE = "border: 2px solid #b00020;"


def _plain(value: float) -> str:
    """A limit as people write it: 0, 12, 100000, 0.5."""
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.3g}"


class _Refusing:
    """What both spin boxes share (mixed into QSpinBox and QDoubleSpinBox)."""

    field_name = ""  # the words users see for the field ("Capacity", "Seats")

    def _setup(self) -> None:
        self._style = self.styleSheet()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._check_typed():
            event.accept()
            return
        super().keyPressEvent(event)

    def validate(self, text: str, pos: int):
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:  # keep what was typed; judged on commit
            return (QValidator.State.Intermediate, text, pos)
        return result

    def fixup(self, text: str) -> str:
        return text  # no silent repair

    def _typed_number(self, text: str) -> float | None:
        core = text
        if self.prefix() and core.startswith(self.prefix()):
            core = core[len(self.prefix()) :]
        if self.suffix() and core.endswith(self.suffix()):
            core = core[: -len(self.suffix())]
        core = core.strip().replace(QLocale().groupSeparator(), "").replace(",", "")
        try:
            return float(core)
        except ValueError:
            return None

    def _check_typed(self) -> bool:
        """Accept the typed text or refuse it with a reason; returns whether accepted."""
        text = self.lineEdit().text()
        if text == self.textFromValue(self.value()) or (
            self.specialValueText() and text == self.specialValueText()
        ):
            return True
        number = self._typed_number(text)
        name = self.field_name or translate("inputs", "This value")
        typed = text.strip()
        if self.suffix():
            typed = typed.removesuffix(self.suffix().strip()).strip()
        if number is None:
            reason = translate("inputs", "{0}: “{1}” is not a number.").format(name, typed)
        elif not self.minimum() <= number <= self.maximum():
            reason = translate(
                "inputs", "{0} must be between {1} and {2}: “{3}” was not accepted."
            ).format(name, _plain(self.minimum()), _plain(self.maximum()), typed)
        else:
            self.setValue(number)
            return True
        self.refuse(reason)
        return False

    def refuse(self, reason: str) -> None:
        """Go back to the last value and show why the typed one was refused."""
        self.blockSignals(True)
        self.setValue(self.value())
        self.lineEdit().setText(self.textFromValue(self.value()))
        self.blockSignals(False)
        self.last_refusal = reason
        self.setStyleSheet(self._style + REFUSED_STYLE)
        # the field as context: the timer dies with it, so it never touches a deleted widget
        QTimer.singleShot(4000, self, lambda: self.setStyleSheet(self._style))
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), reason, self)
        self.refused.emit(reason)

    def focusOutEvent(self, event) -> None:
        self._check_typed()
        super().focusOutEvent(event)


class StrictSpinBox(_Refusing, QSpinBox):
    """An integer field that refuses out-of-range or non-numeric input, with a reason."""

    refused = Signal(str)

    def __init__(self, parent=None, field_name: str = "") -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.last_refusal = ""
        self._setup()

    def _typed_number(self, text: str) -> float | None:
        number = super()._typed_number(text)
        if number is not None and number != int(number):
            return None
        return number


class StrictDoubleSpinBox(_Refusing, QDoubleSpinBox):
    """A decimal field that refuses out-of-range or non-numeric input, with a reason."""

    refused = Signal(str)

    def __init__(self, parent=None, field_name: str = "") -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.last_refusal = ""
        self._setup()
