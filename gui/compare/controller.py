"""The comparison's state and actions: the pinned designs A and B, their runs, the tasks.

A and B are frozen, normalised copies of the workbench's scenario taken when the user pinned
them; the workbench itself stays free for editing. Live runs go to :class:`LivePair`; the
table over seeds and the attribution go to background processes. The structure diff between
A and B is listed, and how the workbench now differs from A is marked on its canvas.
"""

from __future__ import annotations

import copy
import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from gui import labels
from gui.compare.live_pair import LivePair
from gui.compare.panel import ComparePanel
from gui.compare.robustness_control import RobustnessControl
from gui.compare.structure_diff import CanvasMarks, diff_structure
from gui.compare.tasks import Task, pooled_run_many
from gui.compare.waterfall import mechanism_words
from gui.i18n import translate
from model.attribution import changed_mechanisms
from model.compare import compare


class CompareController(QObject):
    """Owns A, B, the live pair and the Compare page of one workbench window."""

    wanted = Signal()  # a comparison started: its page should be in front

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workers = workers
        self.a: dict | None = None
        self.b: dict | None = None
        self.titles = {"a": "", "b": ""}
        self.pair = LivePair(self)
        self._panel: ComparePanel | None = None  # built when the Compare page is first shown
        self.marks = CanvasMarks(window.scene)
        self.table_task: Task | None = None
        self._table_seeds: list[int] = []
        self._table_started = 0.0
        self.rows: list[dict] = []
        self.row_seeds: list[int] = []
        self.seed_check: dict | None = None  # how many seeds the table over seeds needs
        self._robust: RobustnessControl | None = None  # built with the page
        self._wire()

    @property
    def panel(self) -> ComparePanel:
        """The Compare page, built the first time it is shown or used (not at start-up)."""
        if self._panel is None:
            self._panel = ComparePanel()
            self._wire_panel(self._panel)
            self._robust = RobustnessControl(self)
            self._show_pins()
            self._show_structure_diff()
        return self._panel

    @property
    def robust(self) -> RobustnessControl:
        """The robustness screen of B - A (its tab is on the Compare page)."""
        if self._robust is None:
            self.panel  # noqa: B018 - building the page builds the screen's control
        return self._robust

    def _wire(self) -> None:
        self.pair.updated.connect(self._on_pair_updated)
        self.pair.running_changed.connect(self._on_pair_running_changed)
        doc = self.window.doc
        for signal in (doc.reset, doc.structure_changed, doc.departments_renamed):
            signal.connect(self._refresh_marks)

    def _wire_panel(self, p: ComparePanel) -> None:
        p.pin_a.clicked.connect(self.pin_a)
        p.make_b.clicked.connect(self.make_b)
        p.open_a.clicked.connect(self._on_open_a_clicked)
        p.open_b.clicked.connect(self._on_open_b_clicked)
        p.run.clicked.connect(self.run_live)
        p.stop.clicked.connect(self.pair.stop)
        p.table_run.clicked.connect(self.run_table)
        p.attribution.run_button.clicked.connect(self.run_attribution)
        p.recall.clicked.connect(self._on_recall_clicked)
        p.history.itemChanged.connect(self._on_history_item_changed)
        p.mark_canvas.toggled.connect(self._refresh_marks)

    # -- pinning ---------------------------------------------------------------------------
    def _current(self) -> dict | None:
        doc = self.window.doc
        if doc.normalized is None:
            self._say(translate("compare", "The structure has problems; fix them first."))
            return None
        sc = copy.deepcopy(doc.normalized)
        sc["layout"] = copy.deepcopy(doc.scenario.get("layout", {}))
        return sc

    def pin_a(self) -> bool:
        """The workbench's design, as it is now, becomes A."""
        sc = self._current()
        if sc is None:
            return False
        self.a = sc
        self.titles["a"] = self._title()
        self.panel.seed.setValue(int(sc.get("seed", 1)))
        self._say(
            translate("compare", "Pinned as A: {0}. Open Compare (Ctrl+2) to run it.").format(
                self.titles["a"]
            )
        )
        self._show_pins()
        self._refresh_marks()
        return True

    def make_b(self) -> bool:
        """The workbench's design, as it is now (after the user's edits), becomes B."""
        sc = self._current()
        if sc is None:
            return False
        self.b = sc
        self.titles["b"] = self._title()
        self._say(
            translate("compare", "Made variant B: {0}. Open Compare (Ctrl+2) to run it.").format(
                self.titles["b"]
            )
        )
        self._show_pins()
        return True

    def _title(self) -> str:
        return f"{self.window.doc.title or translate('compare', 'Untitled')}, " + time.strftime(
            "%H:%M"
        )

    def open_in_workbench(self, which: str) -> bool:
        """Load A or B into the workbench (asks first about unsaved edits)."""
        from gui.files import with_layout

        sc = self.a if which == "a" else self.b
        if sc is None or not self.window.files.maybe_save():
            return False
        self.window.doc.load(with_layout(copy.deepcopy(sc), fresh=False), None, None)
        return True

    def _on_open_a_clicked(self) -> None:
        self.open_in_workbench("a")

    def _on_open_b_clicked(self) -> None:
        self.open_in_workbench("b")

    def _show_pins(self) -> None:
        p = self.panel
        none = translate("compare", "<i>not set</i>")
        p.a_label.setText("<b>A</b>: " + (self.titles["a"] if self.a is not None else none))
        if self.b is None:
            p.b_label.setText("<b>B</b>: " + none)
        else:
            p.b_label.setText("<b>B</b>: " + self.titles["b"] + self._b_differs())
        p.open_a.setEnabled(self.a is not None)
        p.open_b.setEnabled(self.b is not None)
        ready = self.a is not None
        for w in (p.run, p.table_run, p.attribution.run_button):
            w.setEnabled(ready)
        self.robust.set_designs(self.a, self.b)
        self._show_structure_diff()

    def _b_differs(self) -> str:
        if self.a is None:
            return ""
        mech = [mechanism_words(m).split("\n")[0] for m in changed_mechanisms(self.a, self.b)]
        diff = diff_structure(self.a, self.b)
        n = len(diff["added"]) + len(diff["removed"]) + len(diff["changed"])
        parts = []
        if mech:
            parts.append(", ".join(mech))
        if n:
            parts.append(translate("compare", "{0} department(s)").format(n))
        if not parts:
            return " — " + translate("compare", "the same design as A")
        return " — " + translate("compare", "differs from A in: {0}").format("; ".join(parts))

    def _ensure_b(self) -> bool:
        if self.a is None:
            self._say(translate("compare", "Pin a design as A first."))
            return False
        return self.b is not None or self.make_b()

    # -- the structure diff ----------------------------------------------------------------
    def _show_structure_diff(self) -> None:
        if self._panel is None:  # shown when the page is built
            return
        lst = self.panel.diff_list
        lst.clear()
        if self.a is None:
            return
        other = self.b if self.b is not None else self._current_quiet()
        if other is None:
            return
        diff = diff_structure(self.a, other)
        names = {d["id"]: d for d in self.a["departments"] + other["departments"]}
        names_mode = self.window.settings.get("view/names")

        def name(i: str) -> str:
            words = labels.dept_name(names.get(i, {"id": i}), names_mode).replace("\n", " ")
            return f"{words} ({i})"

        for i in diff["added"]:
            lst.addItem(translate("compare", "+ added in B: {0}").format(name(i)))
        for i in diff["removed"]:
            lst.addItem(translate("compare", "− removed in B: {0}").format(name(i)))
        for i, fields in diff["changed"].items():
            lst.addItem(
                translate("compare", "≠ changed: {0} ({1})").format(name(i), ", ".join(fields))
            )
        if lst.count() == 0:
            lst.addItem(translate("compare", "A and B have the same departments and links."))

    def _current_quiet(self) -> dict | None:
        return self.window.doc.normalized

    def _refresh_marks(self, *_args) -> None:
        if self.b is None:
            self._show_structure_diff()
        cur = self.window.doc.normalized
        if self.a is None or cur is None or not self.panel.mark_canvas.isChecked():
            self.marks.show(None)
            return
        self.marks.show(diff_structure(self.a, cur))

    # -- live ------------------------------------------------------------------------------
    def run_live(self) -> bool:
        """Run A and B side by side on the panel's seed, for the panel's length."""
        if not self._ensure_b():
            return False
        p = self.panel
        days = p.days.value()
        p.time_chart.clear_data()
        p.plane_chart.clear_data()
        p.time_chart.set_days(days)
        label = translate("compare", "seed {0}, {1:.0f} days: {2} vs {3}").format(
            p.seed.value(), days, self.titles["a"], self.titles["b"]
        )
        self.pair.start(self.a, self.b, p.seed.value(), days, label)
        p.tabs.setCurrentIndex(0)
        self.wanted.emit()
        return True

    def _on_pair_updated(self) -> None:
        t, a, b = self.pair.data()
        self.panel.time_chart.show_pair(t, a, b)
        self.panel.plane_chart.show_pair(t, a, b)
        self.panel.day_label.setText(translate("compare", "Day {0:.1f}").format(self.pair.day))

    def _on_pair_running_changed(self, running: bool) -> None:
        self.panel.run.setEnabled(not running and self.a is not None)
        self.panel.stop.setEnabled(running)
        if not running:
            self._show_history()

    # -- earlier runs ----------------------------------------------------------------------
    def _show_history(self) -> None:
        lst = self.panel.history
        lst.blockSignals(True)
        lst.clear()
        for run in self.pair.history:
            item = QListWidgetItem(run["label"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            lst.addItem(item)
        lst.blockSignals(False)
        self._on_history_item_changed()

    def overlaid(self) -> list[dict]:
        lst = self.panel.history
        runs = list(self.pair.history)
        return [
            runs[k]
            for k in range(min(lst.count(), len(runs)))
            if lst.item(k).checkState() == Qt.CheckState.Checked
        ]

    def _on_history_item_changed(self, *_args) -> None:
        runs = self.overlaid()
        self.panel.time_chart.set_ghosts(runs)
        self.panel.plane_chart.set_ghosts(runs)

    def recall(self, index: int) -> bool:
        """Show an earlier run again and make its A and B the current ones."""
        runs = list(self.pair.history)
        if not 0 <= index < len(runs):
            return False
        run = runs[index]
        self.pair.stop()
        self.a, self.b = (copy.deepcopy(s) for s in run["scenarios"])
        self._show_pins()
        self.panel.time_chart.show_pair(run["t"], run["a"], run["b"])
        self.panel.plane_chart.show_pair(run["t"], run["a"], run["b"])
        self.panel.tabs.setCurrentIndex(0)
        return True

    def _on_recall_clicked(self) -> None:
        self.recall(self.panel.history.currentRow())

    # -- over seeds and attribution --------------------------------------------------------
    def seeds(self) -> list[int]:
        first = self.panel.seed.value()
        return list(range(first, first + self.panel.seeds.value()))

    def _too_short(self, status) -> bool:
        """Summaries leave the warm-up out: a shorter run has nothing to compare."""
        warm = max(sc["run"]["warmup_days"] for sc in (self.a, self.b))
        if self.panel.days.value() > warm:
            return False
        status.setText(
            translate(
                "compare",
                "Make the runs longer than the warm-up of {0} days: the summary leaves the "
                "warm-up out.",
            ).format(warm)
        )
        return True

    def run_table(self) -> bool:
        """The summary table over several seeds, computed in background processes."""
        if self.table_task is not None or not self._ensure_b():
            return False
        if self._too_short(self.panel.table_status):
            return False
        a, b, seeds, days = self.a, self.b, self.seeds(), self.panel.days.value()
        workers = self.workers

        def work(progress, cancel):
            return compare(a, b, seeds, days, run_many=pooled_run_many(progress, cancel, workers))

        task = self.table_task = Task(work, self)
        self._table_seeds = seeds
        task.succeeded.connect(self._on_table_succeeded)
        task.cancelled.connect(self._on_table_cancelled)
        task.failed.connect(self._on_table_failed)
        task.finished.connect(self._on_table_finished)
        self.panel.table_bar.follow(task, 2 * len(seeds))
        self._table_started = time.perf_counter()
        self.panel.table_run.setEnabled(False)
        self.panel.table_status.setText(
            translate("compare", "{0} seeds × 2 designs, {1:.0f} days each…").format(
                len(seeds), days
            )
        )
        self.panel.tabs.setCurrentIndex(1)
        self.wanted.emit()
        task.start()
        return True

    def _on_table_succeeded(self, result: dict) -> None:
        seeds = self._table_seeds
        self.rows, self.row_seeds = result["rows"], seeds
        self.seed_check = result.get("seed_check")
        self.robust.measure(2 * len(seeds), self.panel.days.value(), self._table_started)
        self.panel.table.show_rows(result["rows"], seeds, self.seed_check)
        self.panel.seed_check.show_check(self.seed_check, ["A", "B"])
        self.panel.table_status.setText(
            translate("compare", "Paired over seeds {0}–{1}.").format(seeds[0], seeds[-1])
        )

    def _on_table_cancelled(self) -> None:
        self.panel.table_status.setText(translate("compare", "Cancelled."))

    def _on_table_failed(self, message: str) -> None:
        self.panel.table_status.setText(translate("compare", "Failed: {0}").format(message))

    def _on_table_finished(self) -> None:
        self.panel.table_run.setEnabled(self.a is not None)
        if self.table_task is not None:
            self.table_task.deleteLater()
        self.table_task = None

    def run_attribution(self) -> bool:
        if not self._ensure_b() or self._too_short(self.panel.attribution.status):
            return False
        self.panel.tabs.setCurrentWidget(self.panel.attribution)
        self.wanted.emit()
        return self.panel.attribution.start(
            self.a, self.b, self.seeds(), self.panel.days.value(), self.workers
        )

    def shutdown(self) -> None:
        """Stop every run and background task (the application is quitting)."""
        self.pair.stop()
        tasks = [self.table_task]
        if self._panel is not None:
            tasks += [self._panel.attribution.task, self._panel.robustness.task]
        sweeps = getattr(self.window, "sweeps", None)
        if sweeps is not None:
            tasks.append(sweeps.task)
        for task in tasks:
            if task is not None:
                task.cancel()
                task.wait(10000)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)
