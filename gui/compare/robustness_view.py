"""The "Robust?" tab: does B − A keep its sign when one assumption at a time is 30 % off?

The screen (:mod:`model.compare_robustness`) moves each chosen assumption to ×0.7 and ×1.3 in
both designs and runs A and B again on the comparison's seeds. The runs go to background
processes (``gui.compare.tasks``) with progress, time left and Cancel; before starting, the tab
shows how many runs the chosen set of assumptions costs and about how long they take, and asks
before a long screen. Afterwards one line per output says how many moves keep the sign of
B − A, and a table lists the moves that flip it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import assumption_labels as words
from gui.compare.table import fmt, output_words
from gui.compare.tasks import Task, TaskBar, pooled_run_many
from gui.i18n import translate
from model import compare_robustness as cr

HELP = QT_TRANSLATE_NOOP(
    "robustness",
    "<p><b>Would the conclusion survive other modelling numbers?</b> Every rule of the model "
    "rests on assumptions (the Assumptions tab of the workbench). This screen moves each "
    "chosen assumption on its own to ×0.7 and ×1.3 of its value, in A and in B alike, runs "
    "both again on the same seeds and asks whether B − A keeps its sign. A difference that "
    "keeps it in every move comes from the institutions; the moves that flip it name the "
    "numbers the conclusion hangs on. One number at a time: two assumptions acting together "
    "are not tried. Assumptions whose values differ between A and B are part of the "
    "comparison and are left alone.</p>",
)
SUBSET_WORDS = {
    "all": QT_TRANSLATE_NOOP("robustness", "Every assumption ({0} moves)"),
    "mechanisms": QT_TRANSLATE_NOOP(
        "robustness", "The assumptions of the mechanisms on in A or B ({0} moves)"
    ),
    "listed": QT_TRANSLATE_NOOP(
        "robustness", "The assumptions that flip one of the model's findings ({0} moves)"
    ),
}
ASK_ABOVE_SECONDS = 120.0  # a longer screen is started only after the user agrees


def duration_text(seconds: float) -> str:
    """'about 40 s', 'about 12 min', 'about 2.5 h'."""
    if seconds < 90:
        return translate("robustness", "about {0:.0f} s").format(max(1.0, seconds))
    if seconds < 5400:
        return translate("robustness", "about {0:.0f} min").format(seconds / 60)
    return translate("robustness", "about {0:.1f} h").format(seconds / 3600)


def move_words(p: dict) -> str:
    """'×0.7 (0.40 → 0.28)' in the assumption's own decimals."""
    spec = words.spec_of(p["path"])
    return f"×{p['factor']:g} ({words.format_value(spec, p['base'])} → " + (
        f"{words.format_value(spec, p['value'])})"
    )


def verdict_text(v: dict) -> str:
    """One line for one output's verdict of :func:`model.compare_robustness.verdict`."""
    name = output_words(v["key"])
    diff = ("+" if v["diff"] > 0 else "") + fmt(v["diff"])
    if v["total"] == 0:
        return translate("robustness", "{0}: no assumption to move.").format(name)
    if v["diff"] == 0:
        return translate(
            "robustness", "{0}: A and B do not differ; {1} of {2} moves leave them equal."
        ).format(name, v["kept"], v["total"])
    if not v["flips"]:
        text = translate(
            "robustness",
            "{0}: B − A = {1} keeps its sign in all {2} moves ({3} of them with a 95 % interval "
            "excluding 0).",
        ).format(name, diff, v["total"], v["firm"])
    else:
        text = translate(
            "robustness",
            "{0}: B − A = {1} keeps its sign in {2} of {3} moves; {4} move(s) flip it (listed "
            "below).",
        ).format(name, diff, v["kept"], v["total"], len(v["flips"]))
    if v["low"] <= 0 <= v["high"]:
        text += " " + translate(
            "robustness",
            "Even unmoved, its 95 % interval includes 0: the sign itself is not yet clear.",
        )
    return text


class RobustnessView(QWidget):
    """Subset choice with the estimated time, Run with progress, the verdicts, the flips."""

    computed = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.help = QLabel(translate("robustness", HELP))
        self.help.setWordWrap(True)
        self.help.setObjectName("panelIntro")
        lay.addWidget(self.help)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("robustness", "Move")))
        self.subset = QComboBox()
        self.subset.setToolTip(
            translate("robustness", "Which assumptions to move, one at a time, to ×0.7 and ×1.3")
        )
        for key in cr.SUBSETS:
            self.subset.addItem("", key)
        row.addWidget(self.subset)
        row.addStretch(1)
        lay.addLayout(row)
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        lay.addWidget(self.estimate)
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("robustness", "Check whether B − A holds"))
        self.run_button.setToolTip(
            translate("robustness", "Run the screen in the background (it can be cancelled)")
        )
        row.addWidget(self.run_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        lay.addLayout(row)
        self.task_bar = TaskBar()
        lay.addWidget(self.task_bar)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.verdicts)
        self.flips = QTableWidget(0, 5)
        self.flips.setHorizontalHeaderLabels(
            [
                translate("robustness", "Output"),
                translate("robustness", "Assumption"),
                translate("robustness", "Move"),
                translate("robustness", "B − A"),
                translate("robustness", "95 % interval"),
            ]
        )
        self.flips.verticalHeader().setVisible(False)
        self.flips.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        head = self.flips.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2, 3, 4):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.flips.setVisible(False)
        lay.addWidget(self.flips, 1)
        self.filler = QWidget()  # keeps the lines at the top while there is no table
        lay.addWidget(self.filler, 1)
        self.listed: list[str] = []  # the assumptions that flip a finding (from MODEL.md)
        self.task: Task | None = None
        self.result: dict | None = None
        self.plans: dict[str, list] = {}  # subset -> the moves for the current A and B
        self._designs: tuple | None = None  # (A, B) the plans were made for
        self._runs: tuple = ([1], 60.0, 1, None)  # (seeds, days, workers, seconds per run-day)
        self.subset.currentIndexChanged.connect(self._show_estimate)

    def changeEvent(self, event) -> None:
        """Texts made from numbers (the verdicts, the counts) are made again in the new
        language; the fixed texts follow the window's retranslation."""
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the view is gone
        super().changeEvent(event)

    def retranslate(self) -> None:
        designs, self._designs = self._designs, None
        if designs is not None:
            self.set_designs(*designs)
        if self.result is not None:
            self.show_result(self.result)

    # -- before running --------------------------------------------------------------------
    def set_designs(self, a: dict | None, b: dict | None) -> None:
        """Count the moves of each set of assumptions for these designs (when they change)."""
        if self._designs is not None and self._designs[0] is a and self._designs[1] is b:
            return
        self._designs = (a, b)
        self.plans = {}
        if a is not None and b is not None:
            self.plans = cr.plans(a, b, self.listed)
        for k, key in enumerate(cr.SUBSETS):
            n = len(self.plans.get(key, []))
            self.subset.setItemText(k, translate("robustness", SUBSET_WORDS[key]).format(n))
        self._show_estimate()

    def set_runs(self, seeds: list[int], days: float, workers: int, per_run_day=None) -> None:
        """The comparison's seeds and length, the cores, and the measured seconds of one run
        and simulated day on this machine (None: the model's estimate)."""
        self._runs = (list(seeds), days, workers, per_run_day)
        self._show_estimate()

    def runs(self) -> int:
        return cr.run_count(self.plans.get(self.subset.currentData(), []), self._runs[0])

    def seconds(self) -> float:
        (a, b), (_seeds, days, workers, per_run_day) = self._designs, self._runs
        per_run = None if per_run_day is None else per_run_day * days
        return cr.estimate_seconds(a, b, days, self.runs(), workers, per_run)

    def _show_estimate(self, *_args) -> None:
        if not self.plans:
            pinned = self._designs is not None and self._designs[0] is not None
            self.estimate.setText(
                translate(
                    "robustness",
                    "Make variant B first (or start: the workbench as it is now becomes B).",
                )
                if pinned
                else translate("robustness", "Pin a design as A first.")
            )
            self.run_button.setEnabled(self.task is None and pinned)
            return
        moves = len(self.plans[self.subset.currentData()])
        seeds, _days, workers, _per = self._runs
        self.estimate.setText(
            translate(
                "robustness",
                "{0} runs: the unmoved pair and {1} moves, × 2 designs × {2} seed(s); {3} on "
                "{4} core(s).",
            ).format(self.runs(), moves, len(seeds), duration_text(self.seconds()), workers)
            + (
                ""
                if self._runs[3] is not None
                else " "
                + translate(
                    "robustness",
                    "(A first guess: the time is measured on this computer once a table over "
                    "seeds has run.)",
                )
            )
        )
        self.run_button.setEnabled(self.task is None and moves > 0)

    # -- running ---------------------------------------------------------------------------
    def start(self, ask: bool = True) -> bool:
        """Run the chosen screen in the background; asks first when it is long."""
        if self.task is not None or not self.plans:
            return False
        (a, b), (seeds, days, workers, _per) = self._designs, self._runs
        perts = self.plans[self.subset.currentData()]
        if not perts:
            self.status.setText(translate("robustness", "No assumption to move in this set."))
            return False
        total = self.runs()
        if ask and self.seconds() > ASK_ABOVE_SECONDS:
            answer = QMessageBox.question(
                self,
                translate("robustness", "Start a long screen?"),
                translate(
                    "robustness",
                    "The screen needs {0} runs, {1}. The window stays usable meanwhile and "
                    "Cancel stops it at once. Start it?",
                ).format(total, duration_text(self.seconds())),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def work(progress, cancel):
            run_many = pooled_run_many(progress, cancel, workers)
            return cr.screen(a, b, seeds, days, perts, run_many=run_many)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.task_bar.follow(self.task, total)
        self.run_button.setEnabled(False)
        self.subset.setEnabled(False)
        self.status.setText(
            translate("robustness", "Moving {0} assumption(s) over {1} seed(s)…").format(
                len({p.path for p in perts}), len(seeds)
            )
        )
        self.task.start()
        return True

    def _on_task_succeeded(self, result: dict) -> None:
        self.show_result(result)
        self.status.setText(
            translate("robustness", "Paired over seeds {0}–{1}, {2:.0f} days.").format(
                result["seeds"][0], result["seeds"][-1], result["days"]
            )
        )
        self.computed.emit(result)

    def _on_task_cancelled(self) -> None:
        self.status.setText(translate("robustness", "Cancelled: every worker process was stopped."))

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(translate("robustness", "Failed: {0}").format(message))

    def _on_task_finished(self) -> None:
        self.subset.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
        self._show_estimate()

    # -- the result ------------------------------------------------------------------------
    def show_result(self, result: dict) -> None:
        """The verdict lines and the table of the moves that flip a sign."""
        self.result = result
        verdicts = [cr.verdict(result, key) for key in result["keys"]]
        self.verdicts.setText("\n".join(verdict_text(v) for v in verdicts))
        rows = [(v["key"], p) for v in verdicts for p in v["flips"]]
        self.flips.setRowCount(len(rows))
        for r, (key, p) in enumerate(rows):
            row = p["rows"][key]
            cells = [
                output_words(key),
                words.label(p["path"]),
                move_words(p),
                ("+" if row["diff"] > 0 else "") + fmt(row["diff"]),
                f"[{fmt(row['low'])}, {fmt(row['high'])}]",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setToolTip(p["path"])
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.flips.setItem(r, c, item)
        self.flips.setVisible(bool(rows))
        self.filler.setVisible(not rows)
