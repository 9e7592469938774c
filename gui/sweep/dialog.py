"""The Sweeps page: set up a sweep, run it in the background, look at and keep the results.

The runs go to spawned worker processes on all cores (``model.sweep.run_sweep`` on a
:class:`gui.compare.tasks.Task` thread), so the workbench stays responsive; the progress bar
shows the time remaining and Cancel stops the workers at once. Results save to a folder as
``results.csv`` (one row per run) and ``results.json`` (everything) and load back. Clicking a
point in the plane loads that configuration into the workbench, ready to run or edit.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import problems_dialog
from gui.compare.tasks import Task, TaskBar
from gui.i18n import translate
from gui.problem_words import named_problems
from gui.sweep.results import SweepResults
from gui.sweep.setup import SweepSetup
from model.scenario import ScenarioError
from model.sweep import config_scenario, expand, load_results, run_sweep, save_results


class SweepDialog(QWidget):
    """The Sweeps page: the workbench stays usable while a sweep runs."""

    loaded_config = Signal(int)

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__()
        self.window_ = window
        self.workers = workers
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lay = QVBoxLayout(left)
        intro = QLabel(
            translate(
                "sweep",
                "Sweep the design in the workbench: turn one or two knobs, or switch the "
                "mechanisms on and off in every combination. Every configuration runs on the "
                "same seeds, in background processes on all cores.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("panelIntro")
        lay.addWidget(intro)
        self.setup = SweepSetup()
        lay.addWidget(self.setup, 1)
        self.run_button = QPushButton(translate("sweep", "Run sweep"))
        self.run_button.setDefault(True)
        lay.addWidget(self.run_button)
        self.task_bar = TaskBar()
        lay.addWidget(self.task_bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        files = QHBoxLayout()
        self.save_button = QPushButton(translate("sweep", "Save results…"))
        self.load_button = QPushButton(translate("sweep", "Load results…"))
        self.save_button.setEnabled(False)
        files.addWidget(self.save_button)
        files.addWidget(self.load_button)
        lay.addLayout(files)
        split.addWidget(left)
        self.results = SweepResults()
        split.addWidget(self.results)
        split.setSizes([380, 900])
        split.setChildrenCollapsible(False)
        outer.addWidget(split)
        self.task: Task | None = None
        self.record: dict | None = None
        self.run_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.results.config_clicked.connect(self.load_config)

    # -- running ---------------------------------------------------------------------------
    def base_scenario(self) -> dict | None:
        doc = self.window_.doc
        if doc.normalized is None:
            return None
        sc = copy.deepcopy(doc.normalized)
        sc["layout"] = copy.deepcopy(doc.scenario.get("layout", {}))
        return sc

    def start(self) -> bool:
        """Check the sweep and run it in the background."""
        if self.task is not None:
            return False
        base = self.base_scenario()
        if base is None:
            self.status.setText(translate("sweep", "The structure has problems; fix them first."))
            return False
        spec = self.setup.spec(base, self.window_.doc.title)
        try:
            _base, configs, _labels, seeds, _days = expand(spec)
        except ScenarioError as err:
            problems_dialog.show_problems(
                self,
                translate("sweep", "Cannot run this sweep"),
                translate("sweep", "The sweep has {0} problem(s):").format(len(err.problems)),
                named_problems(err.problems, base),
            )
            return False
        workers = self.workers

        def work(progress, cancel):
            return run_sweep(spec, workers=workers, progress=progress, cancel=cancel)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.task_bar.follow(self.task, len(configs) * len(seeds))
        self.run_button.setEnabled(False)
        self.status.setText(translate("sweep", "Running…"))
        self.task.start()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_task_succeeded(self, record: dict) -> None:
        self.show_record(record)
        self.status.setText(
            translate("sweep", "Done: {0} runs in {1:.1f} s.").format(
                len(record["rows"]), record["seconds"]
            )
        )

    def _on_task_cancelled(self) -> None:
        self.status.setText(translate("sweep", "Cancelled: every worker process was stopped."))

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(translate("sweep", "The sweep failed: {0}").format(message))

    def _on_task_finished(self) -> None:
        self.run_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def show_record(self, record: dict) -> None:
        self.record = record
        self.results.show_record(record)
        self.save_button.setEnabled(True)

    # -- files -----------------------------------------------------------------------------
    def save_to(self, folder) -> bool:
        if self.record is None:
            return False
        try:
            save_results(self.record, folder)
        except OSError as err:
            self.status.setText(translate("sweep", "Could not save: {0}").format(err))
            return False
        self.status.setText(
            translate("sweep", "Saved results.csv and results.json in {0}").format(folder)
        )
        return True

    def load_from(self, folder) -> bool:
        try:
            record = load_results(folder)
        except (OSError, ValueError, KeyError) as err:
            self.status.setText(translate("sweep", "Could not load: {0}").format(err))
            return False
        self.show_record(record)
        self.status.setText(translate("sweep", "Loaded {0}").format(folder))
        return True

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, title, self.window_.settings.get("export/dir") or ""
        )

    def _on_save_clicked(self) -> None:
        folder = self._ask_folder(translate("sweep", "Save sweep results into a folder"))
        if folder:
            self.save_to(folder)

    def _on_load_clicked(self) -> None:
        folder = self._ask_folder(translate("sweep", "Folder with results.json and results.csv"))
        if folder:
            self.load_from(folder)

    # -- back to the workbench -------------------------------------------------------------
    def load_config(self, config: int) -> bool:
        """Open one configuration in the workbench, as a new untitled scenario."""
        from gui.files import with_layout

        if self.record is None:
            return False
        try:
            sc = config_scenario(self.record, config)
        except ScenarioError as err:
            self.status.setText("; ".join(err.problems[:3]))
            return False
        window = self.window_
        if not window.files.maybe_save():
            return False
        words = ", ".join(
            f"{k.rsplit('.', 1)[-1]}={v}"
            for k, v in self.record["configs"][config]["labels"].items()
        )
        sc["name"] = translate("sweep", "{0} (sweep: {1})").format(sc.get("name", ""), words)
        window.doc.load(with_layout(sc, fresh=False), None, None)
        window.statusBar().showMessage(
            translate("sweep", "Loaded sweep configuration {0}: {1}").format(config, words), 8000
        )
        self.status.setText(
            translate("sweep", "Loaded configuration {0} into the workbench: {1}").format(
                config, words
            )
        )
        self.loaded_config.emit(config)
        return True
