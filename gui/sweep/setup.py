"""What to sweep: one or two parameters of the mechanisms, or all on/off combinations.

The parameters offered are the numeric settings of the mechanisms panel (the same scenario
paths as ``--set`` on the command line). Values come from a range (from, to, how many, both
ends included) or a typed list. The mechanism mode switches every ticked mechanism on and off
in all 2^k combinations — the way to see which institutions need each other. Every
configuration runs on the same seeds, so configurations differ by institutions only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.compare.waterfall import mechanism_words
from gui.i18n import translate
from gui.mechanism_specs import PARAMS, marker_label
from model.sweep import TOGGLES

NUMERIC = ("share", "number", "int")
MODES = ("one", "two", "mechanisms")


def numeric_params() -> list:
    return [p for p in PARAMS.values() if p.kind in NUMERIC and p.path.startswith("mechanisms.")]


class ParamRow(QGroupBox):
    """One parameter: which path, and its values from a range or a list."""

    changed = Signal()

    def __init__(self, title: str, default: int = 0, parent=None) -> None:
        super().__init__(title, parent)
        self.params = numeric_params()
        form = QFormLayout(self)
        self.path = QComboBox()
        for p in self.params:
            self.path.addItem(marker_label(p.path), p.path)
            self.path.setItemData(self.path.count() - 1, p.path, Qt.ItemDataRole.ToolTipRole)
        self.path.setCurrentIndex(default)
        form.addRow(translate("sweep", "Parameter"), self.path)
        self.how = QComboBox()
        self.how.addItem(translate("sweep", "Range"), "range")
        self.how.addItem(translate("sweep", "List"), "list")
        form.addRow(translate("sweep", "Values from"), self.how)
        self.stack = QStackedWidget()
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.lo, self.hi = QDoubleSpinBox(), QDoubleSpinBox()
        self.count = QSpinBox()
        self.count.setRange(2, 50)
        self.count.setValue(5)
        for text, w in (
            (translate("sweep", "from"), self.lo),
            (translate("sweep", "to"), self.hi),
            (translate("sweep", "steps"), self.count),
        ):
            row.addWidget(QLabel(text))
            row.addWidget(w, 1)
        self.stack.addWidget(box)
        self.values = QLineEdit()
        self.values.setPlaceholderText(translate("sweep", "e.g. 0, 0.25, 0.5, 1"))
        self.stack.addWidget(self.values)
        form.addRow(self.stack)
        self.path.currentIndexChanged.connect(self._on_path_changed)
        self.how.currentIndexChanged.connect(self.stack.setCurrentIndex)
        for w in (self.lo, self.hi):
            w.valueChanged.connect(self.changed)
        self.count.valueChanged.connect(self.changed)
        self.values.textChanged.connect(self.changed)
        self.how.currentIndexChanged.connect(self.changed)
        self._on_path_changed()

    def param(self):
        return self.params[self.path.currentIndex()]

    def _on_path_changed(self, *_args) -> None:
        p = self.param()
        for w in (self.lo, self.hi):
            w.setDecimals(0 if p.kind == "int" else max(2, p.decimals))
            w.setRange(p.lo, p.hi)
            w.setSingleStep(p.step)
        self.lo.setValue(p.lo)
        self.hi.setValue(p.hi)
        self.setToolTip(p.path)
        self.changed.emit()

    def set_range(self, path: str, lo: float, hi: float, count: int) -> None:
        self.path.setCurrentIndex(self.path.findData(path))
        self.how.setCurrentIndex(0)
        self.lo.setValue(lo)
        self.hi.setValue(hi)
        self.count.setValue(count)

    def value_list(self) -> list:
        """The values to run (ints for whole-number settings, duplicates dropped)."""
        p = self.param()
        if self.how.currentData() == "range":
            vals = [
                float(v) for v in np.linspace(self.lo.value(), self.hi.value(), self.count.value())
            ]
        else:
            vals = []
            for part in self.values.text().replace(";", ",").split(","):
                try:
                    vals.append(float(part))
                except ValueError:
                    continue
        if p.kind == "int":
            vals = [int(round(v)) for v in vals]
        out = []
        for v in vals:
            if v not in out:
                out.append(round(v, 6) if isinstance(v, float) else v)
        return out

    def entry(self) -> dict:
        return {"path": self.param().path, "values": self.value_list()}


class SweepSetup(QWidget):
    """The sweep's settings; :meth:`spec` gives the sweep file for ``model.sweep``."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("sweep", "One parameter"), "one")
        self.mode.addItem(translate("sweep", "Two parameters"), "two")
        self.mode.addItem(translate("sweep", "All on/off combinations of mechanisms"), "mechanisms")
        form.addRow(translate("sweep", "Sweep"), self.mode)
        lay.addLayout(form)
        self.first = ParamRow(translate("sweep", "First parameter"), 0)
        self.second = ParamRow(translate("sweep", "Second parameter"), 1)
        self.mechanisms = QListWidget()
        for name in TOGGLES:
            item = QListWidgetItem(mechanism_words(name).replace("\n", "  "))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.mechanisms.addItem(item)
        self.mechanisms.setToolTip(
            translate("sweep", "Ticked mechanisms are switched on and off in every combination")
        )
        for w in (self.first, self.second, self.mechanisms):
            lay.addWidget(w)
        runs = QFormLayout()
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 100)
        self.seeds.setValue(3)
        self.seeds.setToolTip(translate("sweep", "Every configuration runs on seeds 1, 2, …"))
        self.days = QDoubleSpinBox()
        self.days.setRange(1, 3650)
        self.days.setDecimals(0)
        self.days.setValue(60)
        self.days.setSuffix(translate("sweep", " days"))
        runs.addRow(translate("sweep", "Seeds"), self.seeds)
        runs.addRow(translate("sweep", "Length of each run"), self.days)
        lay.addLayout(runs)
        self.size_label = QLabel()
        lay.addWidget(self.size_label)
        lay.addStretch(1)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        for sig in (self.first.changed, self.second.changed, self.seeds.valueChanged):
            sig.connect(self._update_size)
        self.mechanisms.itemChanged.connect(self._update_size)
        self._on_mode_changed()

    def _on_mode_changed(self, *_args) -> None:
        mode = self.mode.currentData()
        self.first.setVisible(mode != "mechanisms")
        self.second.setVisible(mode == "two")
        self.mechanisms.setVisible(mode == "mechanisms")
        self._update_size()

    def checked_mechanisms(self) -> list[str]:
        return [
            self.mechanisms.item(k).data(Qt.ItemDataRole.UserRole)
            for k in range(self.mechanisms.count())
            if self.mechanisms.item(k).checkState() == Qt.CheckState.Checked
        ]

    def configurations(self) -> int:
        mode = self.mode.currentData()
        if mode == "mechanisms":
            return 2 ** len(self.checked_mechanisms())
        n = len(self.first.value_list())
        return n * len(self.second.value_list()) if mode == "two" else n

    def _update_size(self, *_args) -> None:
        n = self.configurations()
        self.size_label.setText(
            translate("sweep", "{0} configurations × {1} seeds = {2} runs").format(
                n, self.seeds.value(), n * self.seeds.value()
            )
        )
        self.changed.emit()

    def spec(self, scenario, name: str = "") -> dict:
        """The sweep file for ``model.sweep.run_sweep`` (``scenario``: a dict or a preset)."""
        spec = {
            "format": "govflex-sweep",
            "name": name,
            "scenario": scenario,
            "days": self.days.value(),
            "seeds": list(range(1, self.seeds.value() + 1)),
        }
        mode = self.mode.currentData()
        if mode == "mechanisms":
            spec["mechanisms"] = self.checked_mechanisms()
        else:
            rows = [self.first] + ([self.second] if mode == "two" else [])
            spec["parameters"] = [r.entry() for r in rows]
        return spec
