"""Setting up a sensitivity analysis: method, factors with their ranges, outputs, size.

The form writes a sensitivity file (``model.sensitivity_spec``) for the design in the
workbench, so what the page runs is exactly what ``python main.py sensitivity`` would run; the
file is checked by the model before anything starts.

* **Morris screening** (elementary effects): r trajectories, each moving every factor once; cheap
  (r (k + 1) sample points for k factors) and the right first step: it says which factors
  matter at all (μ*) and which act through interactions or non-linearly (σ).
* **Sobol indices** (variance-based): how much of the output's variance each factor explains
  alone (S1) and with all its interactions (ST); n (k + 2) points, so for a few factors only.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import assumption_labels
from gui.i18n import translate
from gui.sensitivity.choices import (
    DEFAULT_FACTORS,
    DEFAULT_OUTPUTS,
    MECHANISM_FACTORS,
    factor_name,
    output_name,
)
from model.assumptions import REGISTRY
from model.scenario import ScenarioError

PATH = Qt.ItemDataRole.UserRole
SOBOL_N = (32, 64, 128, 256, 512, 1024)


def _range_text(x: float) -> str:
    return f"{x:.4g}"


class SensitivitySetup(QWidget):
    """The form; :meth:`spec` gives the sensitivity file for a base scenario."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.method = QComboBox()
        self.method.addItem(translate("sensitivity", "Morris screening (which factors matter)"))
        self.method.setItemData(0, "morris")
        self.method.addItem(translate("sensitivity", "Sobol indices (shares of the variance)"))
        self.method.setItemData(1, "sobol")
        self.method.setToolTip(
            translate(
                "sensitivity",
                "Morris moves one factor at a time along random paths through the ranges: "
                "cheap, and the right first step. Sobol varies all at once and splits the "
                "output's variance among the factors: for a few factors only.",
            )
        )
        form.addRow(translate("sensitivity", "Method"), self.method)
        self.size = QSpinBox()
        self.size.setRange(2, 200)
        self.size.setValue(10)
        self.sobol_n = QComboBox()
        for n in SOBOL_N:
            self.sobol_n.addItem(str(n), n)
        self.sobol_n.setCurrentIndex(SOBOL_N.index(64))
        self.size_label = QLabel()
        size_row = QHBoxLayout()
        size_row.addWidget(self.size)
        size_row.addWidget(self.sobol_n)
        form.addRow(self.size_label, size_row)
        self.days = QSpinBox()
        self.days.setRange(5, 730)
        self.days.setValue(60)
        self.days.setSuffix(translate("sensitivity", " days"))
        self.days.setToolTip(
            translate("sensitivity", "Simulated days of every run (the warm-up included)")
        )
        form.addRow(translate("sensitivity", "Length"), self.days)
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 20)
        self.seeds.setValue(1)
        self.seeds.setToolTip(
            translate(
                "sensitivity",
                "Every sample point runs on the same seeds (the same citizens), and its output "
                "is the mean over them: more seeds, less noise in the indices",
            )
        )
        form.addRow(translate("sensitivity", "Seeds"), self.seeds)
        lay.addLayout(form)

        lay.addWidget(QLabel(translate("sensitivity", "Factors (tick to vary; edit the range)")))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("sensitivity", "Filter factors…"))
        self.filter.setClearButtonEnabled(True)
        lay.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._fill_tree()
        lay.addWidget(self.tree, 3)

        lay.addWidget(QLabel(translate("sensitivity", "Outputs")))
        self.outputs = QListWidget()
        lay.addWidget(self.outputs, 1)
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        lay.addWidget(self.estimate)
        self.base: dict | None = None
        self._retitle()

        self.method.currentIndexChanged.connect(self._on_method_changed)
        for s in (self.size, self.days, self.seeds):
            s.valueChanged.connect(self._on_changed)
        self.sobol_n.currentIndexChanged.connect(self._on_changed)
        self.tree.itemChanged.connect(self._on_changed)
        self.outputs.itemChanged.connect(self._on_changed)
        self.filter.textChanged.connect(self._apply_filter)
        self._on_method_changed()

    # -- building --------------------------------------------------------------------------
    def _item(self, parent: QTreeWidgetItem, path: str, lo: float, hi: float, tip: str):
        item = QTreeWidgetItem(parent, [factor_name(path), _range_text(lo), _range_text(hi)])
        item.setData(0, PATH, path)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        checked = path in DEFAULT_FACTORS
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(0, tip)
        return item

    def _fill_tree(self) -> None:
        mech = QTreeWidgetItem(self.tree, [""])
        mech.setData(0, PATH, "")
        for path, lo, hi in MECHANISM_FACTORS:
            self._item(mech, path, lo, hi, path)
        for group, items in REGISTRY.items():
            top = QTreeWidgetItem(self.tree, [""])
            top.setData(0, PATH, group)
            for name, spec in items.items():
                if not spec.lo < spec.hi:
                    continue  # fixed by its source: nothing to vary
                tip = (
                    f"assumptions.{group}.{name}\n{assumption_labels.provenance(spec)}\n"
                    + translate("sensitivity", "Default {0}; plausible range {1} to {2}").format(
                        _range_text(spec.default), _range_text(spec.lo), _range_text(spec.hi)
                    )
                )
                self._item(top, f"assumptions.{group}.{name}", spec.lo, spec.hi, tip)
        for i in reversed(range(self.tree.topLevelItemCount())):
            if not self.tree.topLevelItem(i).childCount():  # every number fixed by its source
                self.tree.takeTopLevelItem(i)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            top.setFirstColumnSpanned(False)
            top.setExpanded(any(self._checked(top.child(j)) for j in range(top.childCount())))

    def _retitle(self) -> None:
        """The tree's words in the current language (they are not interface strings)."""
        self.tree.setHeaderLabels(
            [translate("sensitivity", "Factor"), translate("sensitivity", "Low"),
             translate("sensitivity", "High")]
        )  # fmt: skip
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            group = top.data(0, PATH)
            if group:
                top.setText(0, assumption_labels.group_title(group))
                top.setToolTip(0, assumption_labels.group_meaning(group))
            else:
                top.setText(0, translate("sensitivity", "Mechanism parameters"))
            for j in range(top.childCount()):
                top.child(j).setText(0, factor_name(top.child(j).data(0, PATH)))
        for i in range(self.outputs.count()):
            self.outputs.item(i).setText(output_name(self.outputs.item(i).data(PATH)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for w in (self.tree, self.outputs):  # new words only: nothing to re-estimate
                w.blockSignals(True)
            self._retitle()
            for w in (self.tree, self.outputs):
                w.blockSignals(False)
            self._on_changed()  # the estimate, in the new words (once)
        super().changeEvent(event)

    def set_outputs(self, keys: tuple[str, ...]) -> None:
        """The outputs the analysis may name (the model's list), the defaults ticked."""
        self.outputs.blockSignals(True)
        self.outputs.clear()
        first = [k for k in DEFAULT_OUTPUTS if k in keys]
        for k in first + [k for k in keys if k not in first]:
            item = QListWidgetItem(output_name(k))
            item.setData(PATH, k)
            item.setToolTip(k)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if k in DEFAULT_OUTPUTS else Qt.CheckState.Unchecked
            )
            self.outputs.addItem(item)
        self.outputs.blockSignals(False)
        self._on_changed()

    # -- reading ---------------------------------------------------------------------------
    @staticmethod
    def _checked(item: QTreeWidgetItem) -> bool:
        return item.checkState(0) == Qt.CheckState.Checked

    def factor_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def set_checked(self, paths) -> None:
        """Tick exactly these factors (for tests and for 'run again')."""
        paths = set(paths)
        for item in self.factor_items():
            on = item.data(0, PATH) in paths
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_checked_outputs(self, keys) -> None:
        keys = set(keys)
        for i in range(self.outputs.count()):
            item = self.outputs.item(i)
            on = item.data(PATH) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def factors(self) -> list[dict]:
        """The ticked factors as the file lists them; a range the user typed is kept as text
        when it is not a number, so the model's check names the factor and the problem."""
        out = []
        for item in self.factor_items():
            if not self._checked(item):
                continue
            rng = []
            for col in (1, 2):
                text = item.text(col).strip()
                try:
                    rng.append(float(text))
                except ValueError:
                    rng.append(text)
            out.append({"path": item.data(0, PATH), "range": rng})
        return out

    def chosen_outputs(self) -> list[str]:
        return [
            self.outputs.item(i).data(PATH)
            for i in range(self.outputs.count())
            if self.outputs.item(i).checkState() == Qt.CheckState.Checked
        ]

    def method_key(self) -> str:
        return self.method.currentData()

    def spec(self, base: dict, title: str = "") -> dict:
        """The sensitivity file for ``base`` (an inline scenario) as the form stands."""
        spec = {
            "format": "govflex-sensitivity",
            "name": title,
            "scenario": base,
            "method": self.method_key(),
            "factors": self.factors(),
            "outputs": self.chosen_outputs(),
            "days": self.days.value(),
            "seeds": list(range(1, self.seeds.value() + 1)),
        }
        if spec["method"] == "morris":
            spec["trajectories"] = self.size.value()
        else:
            spec["n"] = self.sobol_n.currentData()
        return spec

    def points(self) -> int:
        k = len(self.factors())
        if self.method_key() == "morris":
            return self.size.value() * (k + 1)
        return self.sobol_n.currentData() * (k + 2)

    def runs(self) -> int:
        return self.points() * self.seeds.value()

    def estimated_seconds(self) -> float:
        """The model's estimate for the analysis as it stands (0 when it cannot be checked)."""
        from model.sensitivity_spec import plan

        if self.base is None or not self.runs():
            return 0.0
        try:
            return plan(self.spec(self.base)).estimated_seconds()
        except ScenarioError:
            return 0.0

    # -- reacting --------------------------------------------------------------------------
    def set_base(self, base: dict | None) -> None:
        """The workbench's design, for the estimate of the time."""
        self.base = base
        self._on_changed()

    def _on_method_changed(self, *_args) -> None:
        morris = self.method_key() == "morris"
        self.size.setVisible(morris)
        self.sobol_n.setVisible(not morris)
        self.size_label.setText(
            translate("sensitivity", "Trajectories (r)")
            if morris
            else translate("sensitivity", "Base sample (n)")
        )
        tip = (
            translate("sensitivity", "Each trajectory moves every factor once: 10 to 20 is usual")
            if morris
            else translate("sensitivity", "A power of 2; the intervals narrow as n grows")
        )
        self.size.setToolTip(tip)
        self.sobol_n.setToolTip(tip)
        self._on_changed()

    def _on_changed(self, *_args) -> None:
        k, runs = len(self.factors()), self.runs()
        text = translate("sensitivity", "{0} factors, {1} sample points, {2} runs").format(
            k, self.points(), runs
        )
        seconds = self.estimated_seconds()
        if seconds:
            workers = max(1, min(os.cpu_count() or 1, runs))
            text += translate("sensitivity", "; about {0} on {1} cores").format(
                _duration(seconds), workers
            )
        self.estimate.setText(text)
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        needles = text.lower().split()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            shown = 0
            for j in range(top.childCount()):
                item = top.child(j)
                hay = f"{item.text(0)} {item.data(0, PATH)}".lower()
                hide = bool(needles) and not all(n in hay for n in needles)
                item.setHidden(hide)
                shown += not hide
            top.setHidden(shown == 0)
            if needles and shown:
                top.setExpanded(True)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return translate("sensitivity", "{0:.0f} s").format(max(seconds, 1))
    if seconds < 5400:
        return translate("sensitivity", "{0:.0f} min").format(seconds / 60)
    return translate("sensitivity", "{0:.1f} h").format(seconds / 3600)
