"""The "Why did it move?" tab: Shapley attribution of A → B, with its help text.

The runs — A with every subset of B's changed mechanisms, on the shared seeds — go to
background processes (``gui.compare.tasks``); the tab shows progress and can be cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.compare.tasks import Task, TaskBar, pooled_run_many
from gui.compare.waterfall import WaterfallChart, mechanism_words
from gui.i18n import translate
from model.attribution import changed_mechanisms, shapley

HELP = QT_TRANSLATE_NOOP(
    "attribution",
    """<p><b>How much of the change did each mechanism cause?</b> Imagine making B's
changes to A one at a time. The first change made gets credit for everything it moves; later
ones only for what they add on top — so the order would decide who gets credit. The
<b>Shapley value</b> (from cooperative game theory) removes that arbitrariness: it averages
each mechanism's extra effect over <i>every</i> order in which the changes could be made.
The shares then add up exactly to the total change, and a mechanism that only works together
with another (dispatch with shared data) shares the credit with it.</p>
<p>GovFlex runs A with every combination of B's changed mechanisms (exact up to 7
mechanisms, sampled orders beyond), all on the same seeds, so luck cancels out.
Changes outside the mechanisms — departments, demand — appear as <i>other changes</i>.</p>""",
)


class AttributionView(QWidget):
    """Help text, a Run button with progress, and the two waterfalls."""

    computed = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.help = QLabel(translate("attribution", HELP))
        self.help.setWordWrap(True)
        self.help.setObjectName("panelIntro")
        lay.addWidget(self.help)
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("attribution", "Attribute the change A → B"))
        row.addWidget(self.run_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        lay.addLayout(row)
        self.task_bar = TaskBar()
        lay.addWidget(self.task_bar)
        self.chart = WaterfallChart()
        self.chart.setMinimumHeight(300)
        lay.addWidget(self.chart, 1)
        self.task: Task | None = None
        self.result: dict | None = None

    def start(self, a: dict, b: dict, seeds: list[int], days: float | None, workers=None) -> bool:
        """Compute the attribution in the background; False if there is nothing to split."""
        if self.task is not None:
            return False
        mech = changed_mechanisms(a, b)
        if not mech:
            self.status.setText(
                translate("attribution", "A and B use the same mechanisms: nothing to split.")
            )
            return False
        k = len(mech)
        configs = 2**k if k <= 7 else 1 + 48 * k
        total = (configs + 1) * len(seeds)

        def work(progress, cancel):
            run_many = pooled_run_many(progress, cancel, workers)
            return shapley(a, b, seeds, days, run_many=run_many)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.task_bar.follow(self.task, total)
        self.run_button.setEnabled(False)
        names = ", ".join(mechanism_words(m).replace("\n", " ") for m in mech)
        self.status.setText(
            translate("attribution", "Splitting the change among {0} over {1} seed(s)…").format(
                names, len(seeds)
            )
        )
        self.task.start()
        return True

    def _on_task_succeeded(self, result: dict) -> None:
        self.result = result
        self.chart.show_result(result)
        how = (
            translate("attribution", "exact")
            if result["exact"]
            else translate("attribution", "sampled")
        )
        self.status.setText(
            translate(
                "attribution", "Shares of {0} changed mechanism(s), {1} Shapley values."
            ).format(len(result["mechanisms"]), how)
        )
        self.computed.emit(result)

    def _on_task_cancelled(self) -> None:
        self.status.setText(translate("attribution", "Cancelled."))

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(translate("attribution", "Failed: {0}").format(message))

    def _on_task_finished(self) -> None:
        self.run_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
