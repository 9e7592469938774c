"""One dialog that lists every problem of a scenario at once (never one at a time)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate


class ProblemsDialog(QDialog):
    """A heading, a sentence, and the list of problems (each 'json.path: what is wrong')."""

    def __init__(
        self, title: str, intro: str, problems: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problems = list(problems)
        lay = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.list = QListWidget()
        self.list.addItems(self.problems)
        self.list.setWordWrap(True)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("ProblemsDialog", "Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.setToolTip(translate("ProblemsDialog", "Copy the list to the clipboard"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText("\n".join(self.problems)))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 360)


def show_problems(parent: QWidget | None, title: str, intro: str, problems: list[str]) -> None:
    """Show every problem in one modal dialog (tests replace this function)."""
    ProblemsDialog(title, intro, problems, parent).exec()
