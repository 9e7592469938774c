"""The comparison panel: the two pinned designs, their live run, the table over seeds, the
attribution, the robustness screen, the structure diff and the earlier runs — one tab each.

How to compare (the panel says it too): pin the workbench's design as **A**; change
mechanisms, parameters or the structure in the workbench; press **Make variant B** and the
workbench as it is then becomes **B**. Both then run on the same seeds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.compare.attribution_view import AttributionView
from gui.compare.charts import PairPlaneChart, PairTimeChart
from gui.compare.robustness_view import RobustnessView
from gui.compare.seed_view import SeedCheckView
from gui.compare.table import SummaryTable
from gui.compare.tasks import TaskBar
from gui.i18n import translate


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("panelIntro")
    return label


def _tab_page(intro: str) -> tuple[QWidget, QVBoxLayout]:
    """A tab's page with its explanatory first line."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.addWidget(_intro(intro))
    return box, lay


class ComparePanel(QWidget):
    """Widgets only; :class:`gui.compare.controller.CompareController` does the work."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(
            _intro(
                translate(
                    "compare",
                    "1. <b>Pin as A</b> the design in the workbench. 2. Change mechanisms, "
                    "parameters or departments in the workbench. 3. <b>Make variant B</b>: "
                    "the workbench as it is now becomes B. A and B then run on the same "
                    "seeds — the same citizens call in both cities.",
                )
            )
        )
        pins = QGridLayout()
        self.pin_a = QPushButton(translate("compare", "Pin as A"))
        self.make_b = QPushButton(translate("compare", "Make variant B"))
        self.open_a = QPushButton(translate("compare", "Edit A"))
        self.open_b = QPushButton(translate("compare", "Edit B"))
        for b, tip in (
            (self.open_a, translate("compare", "Open A in the workbench (to derive a new B)")),
            (self.open_b, translate("compare", "Open B in the workbench")),
        ):
            b.setToolTip(tip)
        self.a_label, self.b_label = QLabel(), QLabel()
        for k, (button, label, other) in enumerate(
            ((self.pin_a, self.a_label, self.open_a), (self.make_b, self.b_label, self.open_b))
        ):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            pins.addWidget(button, k, 0)
            pins.addWidget(label, k, 1)
            pins.addWidget(other, k, 2)
        pins.setColumnStretch(1, 1)
        outer.addLayout(pins)
        row = QHBoxLayout()
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(translate("compare", "The one seed both live runs share"))
        self.days = QDoubleSpinBox()
        self.days.setRange(1, 3650)
        self.days.setDecimals(0)
        self.days.setValue(60)
        self.days.setSuffix(translate("compare", " days"))
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 100)
        self.seeds.setValue(5)
        self.seeds.setToolTip(translate("compare", "Seeds for the table and the attribution"))
        self.run = QPushButton(translate("compare", "Run A and B"))
        self.stop = QPushButton(translate("compare", "Stop"))
        self.stop.setEnabled(False)
        for text, w in (
            (translate("compare", "Seed"), self.seed),
            (translate("compare", "Length"), self.days),
            (translate("compare", "Seeds for statistics"), self.seeds),
        ):
            row.addWidget(QLabel(text))
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.run)
        row.addWidget(self.stop)
        outer.addLayout(row)
        self.day_label = QLabel()
        outer.addWidget(self.day_label)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._build_live()
        self._build_table()
        self.attribution = AttributionView()
        self.tabs.addTab(self.attribution, translate("compare", "Why did it move?"))
        self.robustness = RobustnessView()
        self.tabs.addTab(self.robustness, translate("compare", "Robust?"))
        self.tabs.setTabToolTip(
            self.tabs.count() - 1,
            translate("compare", "Does B − A keep its sign when one assumption is 30 % off?"),
        )
        self._build_structure()
        self._build_history()

    def dossier_section(self) -> tuple[str, str] | None:
        """The number of seeds and the robustness screen of B − A, as a Markdown section of
        the figure pack's credibility dossier (None when neither was run)."""
        from model import compare_robustness
        from model.seed_count import verdict

        lines = []
        if self.table.check:
            lines += [f"Seeds of the table: {verdict(self.table.check)}.", ""]
        if self.robustness.result is not None:
            lines.append(compare_robustness.markdown(self.robustness.result))
        return ("Robustness of the comparison A vs B", "\n".join(lines)) if lines else None

    def _build_live(self) -> None:
        self.time_chart = PairTimeChart()
        self.plane_chart = PairPlaneChart()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.time_chart)
        split.addWidget(self.plane_chart)
        split.setSizes([520, 380])
        split.setChildrenCollapsible(False)
        self.tabs.addTab(split, translate("compare", "Side by side"))

    def _build_table(self) -> None:
        box, lay = _tab_page(
            translate(
                "compare",
                "Each seed is one stream of citizens sent through both designs, so each "
                "gives a paired difference B − A free of luck. Bold: the 95 % interval "
                "excludes zero — the difference is the institutions', not chance (green "
                "better for the city, red worse).",
            )
        )
        row = QHBoxLayout()
        self.table_run = QPushButton(translate("compare", "Compute over seeds"))
        self.table_status = QLabel()
        self.table_status.setWordWrap(True)
        row.addWidget(self.table_run)
        row.addWidget(self.table_status, 1)
        lay.addLayout(row)
        self.table_bar = TaskBar()
        lay.addWidget(self.table_bar)
        self.seed_check = SeedCheckView()
        lay.addWidget(self.seed_check)
        self.table = SummaryTable()
        lay.addWidget(self.table, 1)
        self.tabs.addTab(box, translate("compare", "Over seeds"))

    def _build_structure(self) -> None:
        box, lay = _tab_page(
            translate(
                "compare",
                "Departments that differ between A and B: added (+), removed (−), or "
                "changed (≠: staff, categories, or links to a superior or territory).",
            )
        )
        self.mark_canvas = QCheckBox(
            translate("compare", "Mark on the canvas how the workbench differs from A")
        )
        self.mark_canvas.setChecked(True)
        lay.addWidget(self.mark_canvas)
        self.diff_list = QListWidget()
        lay.addWidget(self.diff_list, 1)
        self.tabs.addTab(box, translate("compare", "Structure"))

    def _build_history(self) -> None:
        box, lay = _tab_page(
            translate(
                "compare",
                "The last five runs. Tick a run to overlay it in grey on the charts; "
                "Recall makes it the current comparison again (its A and B too).",
            )
        )
        self.history = QListWidget()
        lay.addWidget(self.history, 1)
        self.recall = QPushButton(translate("compare", "Recall"))
        lay.addWidget(self.recall, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(box, translate("compare", "Earlier runs"))
