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
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from gui.sweep.results import SweepResults
from gui.sweep.setup import SweepSetup
from gui.task_page import TaskPage
from model.scenario import ScenarioError
from model.sweep import config_scenario, expand, load_results, run_sweep, save_results


class SweepDialog(TaskPage):
    """The Sweeps page: the workbench stays usable while a sweep runs."""

    loaded_config = Signal(int)

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__(window, workers)
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
        self.run_button.setText(translate("sweep", "Run sweep"))
        lay.addWidget(self.run_button)
        lay.addWidget(self.task_bar)
        lay.addWidget(self.status)
        files = QHBoxLayout()
        self.save_button.setText(translate("sweep", "Save results…"))
        self.load_button.setText(translate("sweep", "Load results…"))
        files.addWidget(self.save_button)
        files.addWidget(self.load_button)
        lay.addLayout(files)
        split.addWidget(left)
        self.results = SweepResults()
        split.addWidget(self.results)
        split.setSizes([380, 900])
        split.setChildrenCollapsible(False)
        outer.addWidget(split)
        self.record: dict | None = None
        self.run_button.clicked.connect(self.start)
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
            return self.refuse(
                translate("sweep", "Cannot run this sweep"),
                translate("sweep", "The sweep has {0} problem(s):").format(len(err.problems)),
                err.problems,
                base,
            )
        workers = self.workers

        def work(progress, cancel):
            return run_sweep(spec, workers=workers, progress=progress, cancel=cancel)

        total = len(configs) * len(seeds)
        return self.start_task(work, total, translate("sweep", "Running…"))

    def on_succeeded(self, record: dict) -> None:
        self.show_record(record)
        self.status.setText(
            translate("sweep", "Done: {0} runs in {1:.1f} s.").format(
                len(record["rows"]), record["seconds"]
            )
        )

    def on_failed(self, message: str) -> None:
        self.status.setText(translate("sweep", "The sweep failed: {0}").format(message))

    def show_record(self, record: dict) -> None:
        self.record = record
        self.results.show_record(record)
        self.save_button.setEnabled(True)

    # -- files -----------------------------------------------------------------------------
    def save_to(self, folder) -> bool:
        if self.record is None:
            return False
        return self.save_with(
            lambda f: save_results(self.record, f),
            folder,
            translate("sweep", "Saved results.csv and results.json in {0}"),
        )

    def load_from(self, folder) -> bool:
        return self.load_with(load_results, self.show_record, folder)

    def folder_titles(self) -> tuple[str, str]:
        return (
            translate("sweep", "Save sweep results into a folder"),
            translate("sweep", "Folder with results.json and results.csv"),
        )

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
