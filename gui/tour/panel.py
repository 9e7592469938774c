"""The tour's caption panel and the highlight frame drawn around a part of the window.

The panel floats over the bottom of the window: step number and title, the bilingual caption,
an optional "predict first" question (which way will flexibility and load move?), the answer
against the result, and Back / Next / Leave buttons (also → / ←, PageDown / PageUp, Esc).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate

DIRECTIONS = ("up", "down", "same")
ARROWS = {"up": "↑", "down": "↓", "same": "≈"}


class Highlight(QWidget):
    """A bright frame around a widget's area; mouse clicks pass through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.colour = QColor("#E69F00")
        self.hide()

    def cover(self, target: QWidget | None) -> None:
        if target is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(self.parentWidget(), target.rect().topLeft())
        self.setGeometry(QRect(top_left, target.size()).adjusted(-3, -3, 3, 3))
        self.show()
        self.raise_()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setPen(QPen(self.colour, 6))
        p.drawRect(self.rect().adjusted(3, 3, -3, -3))


class TourPanel(QFrame):
    """Caption, prediction and navigation of the current step."""

    back_clicked = Signal()
    next_clicked = Signal()
    leave_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#tourPanel { background: #fffdf5; border: 2px solid #E69F00;"
            " border-radius: 8px; } QLabel#tourTitle { font-size: 15pt; font-weight: bold; }"
            " QLabel#tourCaption { font-size: 12pt; }"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        head = QHBoxLayout()
        self.counter = QLabel()
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        head.addWidget(self.counter)
        lay.addLayout(head)
        self.caption = QLabel()
        self.caption.setObjectName("tourCaption")
        self.caption.setWordWrap(True)
        lay.addWidget(self.caption)
        self.predict_box = QWidget()
        grid = QGridLayout(self.predict_box)
        grid.setContentsMargins(0, 4, 0, 0)
        self.question = QLabel(
            translate("Tour", "Predict first: which way will they move in this step?")
        )
        grid.addWidget(self.question, 0, 0, 1, 4)
        self.choices: dict[str, QButtonGroup] = {}
        for row, (key, words) in enumerate(
            (
                ("flexibility", translate("Tour", "Flexibility")),
                ("load", translate("Tour", "Grassroots load")),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(words), row, 0)
            group = QButtonGroup(self)
            for col, d in enumerate(DIRECTIONS, start=1):
                b = QPushButton(ARROWS[d])
                b.setCheckable(True)
                b.setProperty("direction", d)
                b.setMinimumWidth(48)
                group.addButton(b)
                grid.addWidget(b, row, col)
            self.choices[key] = group
        lay.addWidget(self.predict_box)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.result)
        buttons = QHBoxLayout()
        self.leave = QPushButton(translate("Tour", "Leave the tour (Esc)"))
        self.back = QPushButton(translate("Tour", "← Back"))
        self.next = QPushButton(translate("Tour", "Next →"))
        self.next.setDefault(True)
        buttons.addWidget(self.leave)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        lay.addLayout(buttons)
        self.back.clicked.connect(self.back_clicked)
        self.next.clicked.connect(self.next_clicked)
        self.leave.clicked.connect(self.leave_clicked)
        for b in (self.leave, self.back, self.next):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay with the tour
        self.hide()

    def prediction(self, key: str) -> str | None:
        b = self.choices[key].checkedButton()
        return b.property("direction") if b is not None else None

    def clear_prediction(self) -> None:
        for group in self.choices.values():
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)

    def place(self, avoid: QRect | None = None) -> None:
        """Centred, about 55 % of the window wide: at the bottom, or at the top when the
        highlighted area lies in the lower half (so the caption never hides it)."""
        parent = self.parentWidget()
        width = min(max(520, int(parent.width() * 0.55)), parent.width() - 20)
        self.setFixedWidth(width)
        self.adjustSize()
        x = (parent.width() - width) // 2
        y = parent.height() - self.height() - 40
        if avoid is not None and avoid.center().y() > parent.height() // 2:
            y = 70
        self.move(x, max(y, 10))
        self.raise_()
