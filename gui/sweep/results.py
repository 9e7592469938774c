"""The results of a sweep: the effect chart, the plane with the frontier, and a read-out.

Above the charts, one line says whether the sweep's seeds give a stable mean of every output in
every configuration, with a chart of the CV against the number of seeds on request.

Which output the effect chart shows is chosen above it (flexibility by default). A short text
under the charts says how to read the current kind of chart and, after a click, which
configuration was loaded into the workbench.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from gui import labels
from gui.compare.seed_view import SeedCheckView
from gui.i18n import translate
from gui.sweep.charts import EffectChart, SweepPlaneChart
from model.metrics import SUMMARY_KEYS

HOW_TO_READ = {
    "line": QT_TRANSLATE_NOOP(
        "sweep",
        "The line is the mean over seeds, the band its 95 % interval: where the bands of two "
        "values overlap, the knob may not matter.",
    ),
    "heat": QT_TRANSLATE_NOOP(
        "sweep",
        "Each cell is the mean over seeds for one pair of values; the colour scale is on the "
        "right.",
    ),
    "interaction": QT_TRANSLATE_NOOP(
        "sweep",
        "Diagonal: what switching a mechanism on changes on average. Row i, column j: how much "
        "more mechanism i changes when j is on than when j is off. Green helps the city, red "
        "hurts it.",
    ),
}


class SweepResults(QWidget):
    """Effect chart and plane of one results record; ``config_clicked(config id)``."""

    config_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("sweep", "Output")))
        self.output = QComboBox()
        for k in SUMMARY_KEYS:
            if not k.startswith("tickets_"):
                self.output.addItem(labels.output(k), k)
        row.addWidget(self.output, 1)
        self.summary = QLabel()
        row.addWidget(self.summary, 2)
        lay.addLayout(row)
        self.seed_check = SeedCheckView()
        lay.addWidget(self.seed_check)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.effect = EffectChart()
        self.plane = SweepPlaneChart()
        split.addWidget(self.effect)
        split.addWidget(self.plane)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)
        self.read = QLabel()
        self.read.setWordWrap(True)
        self.read.setObjectName("panelIntro")
        lay.addWidget(self.read)
        self.record: dict | None = None
        self.output.currentIndexChanged.connect(self._on_output_changed)
        self.plane.config_clicked.connect(self.config_clicked)

    def show_record(self, record: dict) -> None:
        self.record = record
        self.plane.show_record(record)
        self._on_output_changed()
        names = [
            ", ".join(f"{k.rsplit('.', 1)[-1]}={v}" for k, v in c["labels"].items())
            for c in record["configs"]
        ]
        self.seed_check.show_check(record.get("seed_check"), names)
        runs, configs = len(record["rows"]), len(record["configs"])
        self.summary.setText(
            translate("sweep", "{0} configurations, {1} runs, {2:.0f} s").format(
                configs, runs, record.get("seconds", 0.0)
            )
        )

    def _on_output_changed(self, *_args) -> None:
        if self.record is None:
            return
        self.effect.show_record(self.record, self.output.currentData())
        kind = self.effect.kind
        text = translate("sweep", HOW_TO_READ[kind]) if kind in HOW_TO_READ else ""
        self.read.setText(text + " " + translate("sweep", "Click a point in the plane to load it."))
