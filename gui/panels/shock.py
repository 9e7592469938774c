"""Inject a demand shock into the running city: a flood, an epidemic, a heat wave.

For ``days`` days the mix of citizens' requests moves the fraction ``strength`` towards one
category (spec §4). The structure must shift effort to follow it: this is where flexibility
(mobility) shows, and where a rigid structure's grassroots units turn red.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from gui import labels
from gui.document import Document
from gui.i18n import translate


class ShockControl(QFrame):
    """Category, strength and length of a shock, and a button to inject it now."""

    def __init__(self, doc: Document, runner, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.names = "en"
        self.setObjectName("mechanismGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(
            translate(
                "ShockControl",
                "A demand shock shifts the mix of requests towards one category "
                "for a while (a flood: utilities; an epidemic: civil affairs and "
                "health). Watch whether effort follows demand.",
            )
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        title = QLabel(translate("ShockControl", "Demand shock"))
        title.setObjectName("mechanismTitle")
        lay.addWidget(title)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(10)
        self.category.setToolTip(
            translate("ShockControl", "The category that suddenly gets more requests.")
        )
        self.strength = QDoubleSpinBox()
        self.strength.setRange(5, 100)
        self.strength.setSingleStep(5)
        self.strength.setDecimals(0)
        self.strength.setSuffix(" %")
        self.strength.setValue(30)
        self.strength.setToolTip(
            translate("ShockControl", "How far the mix of demand moves towards the category.")
        )
        self.days = QSpinBox()
        self.days.setRange(1, 120)
        self.days.setValue(14)
        self.days.setSuffix(" " + labels.unit("days"))
        self.days.setToolTip(translate("ShockControl", "How long the shock lasts."))
        form.addRow(translate("ShockControl", "Category"), self.category)
        form.addRow(translate("ShockControl", "Strength"), self.strength)
        form.addRow(translate("ShockControl", "Lasts"), self.days)
        lay.addLayout(form)
        self.button = QPushButton(translate("ShockControl", "Inject shock now"))
        self.button.setToolTip(
            translate(
                "ShockControl",
                "Starts the shock at the current simulated hour and marks it on the charts.",
            )
        )
        self.button.clicked.connect(self._on_button_clicked)
        lay.addWidget(self.button)
        doc.reset.connect(self.refresh)
        doc.structure_changed.connect(self.refresh)
        runner.reset_done.connect(self._update_enabled)
        self.refresh()

    def set_names(self, names: str) -> None:
        self.names = names
        self.refresh()

    def refresh(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        for c in self.doc.categories():
            self.category.addItem(labels.category_name(c, self.names), c["id"])
        i = self.category.findData(current if current else "utilities")
        self.category.setCurrentIndex(max(i, 0))
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.button.setEnabled(self.runner.sim is not None)

    def _on_button_clicked(self) -> None:
        cat = self.category.currentData()
        if cat:
            self.runner.inject_shock(cat, self.strength.value() / 100.0, self.days.value())
