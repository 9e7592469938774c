"""The Sensitivity page: which assumptions does a conclusion rest on?

Set up an analysis of the design in the workbench (method, factors and their ranges, outputs,
size), run it in background processes with progress, time left and Cancel
(``model.sensitivity.run_sensitivity`` on a :class:`gui.compare.tasks.Task` thread), look at the
indices, and keep them: results save to a folder as ``sensitivity.csv`` and ``sensitivity.json``
(with the sample and every output, so they can be re-analysed) and load back. The result also
goes into the figure pack's credibility dossier. Right-click a chart to export or copy it.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import problems_dialog
from gui.compare.tasks import Task, TaskBar
from gui.figures import FigureController
from gui.i18n import translate
from gui.problem_words import named_problems
from gui.sensitivity.results import SensitivityResults
from gui.sensitivity.setup import SensitivitySetup
from model.scenario import ScenarioError


class SensitivityPage(QWidget):
    """The Sensitivity page; the workbench stays usable while an analysis runs."""

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__()
        from model.sensitivity_spec import output_keys

        self.window_ = window
        self.workers = workers
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lay = QVBoxLayout(left)
        intro = QLabel(
            translate(
                "sensitivity",
                "Which assumptions does a conclusion rest on? Vary the chosen factors over "
                "their plausible ranges, all at once, and see which of them move the outputs of "
                "the design in the workbench.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("panelIntro")
        lay.addWidget(intro)
        self.setup = SensitivitySetup()
        self.setup.set_outputs(output_keys())
        lay.addWidget(self.setup, 1)
        self.run_button = QPushButton(translate("sensitivity", "Run analysis"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(
            translate("sensitivity", "Runs in background processes; the workbench stays usable")
        )
        lay.addWidget(self.run_button)
        self.task_bar = TaskBar()
        lay.addWidget(self.task_bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        files = QHBoxLayout()
        self.save_button = QPushButton(translate("sensitivity", "Save results…"))
        self.load_button = QPushButton(translate("sensitivity", "Load results…"))
        self.save_button.setEnabled(False)
        files.addWidget(self.save_button)
        files.addWidget(self.load_button)
        lay.addLayout(files)
        split.addWidget(left)
        self.results = SensitivityResults()
        split.addWidget(self.results)
        split.setSizes([420, 900])
        split.setChildrenCollapsible(False)
        outer.addWidget(split)
        charts = (self.results.morris, self.results.sobol, self.results.scatter)
        self.figures = FigureController(
            window, {c.name: c for c in charts}, window.scene, window.view, window.settings
        )
        for c in charts:
            c.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            c.customContextMenuRequested.connect(lambda _pos, key=c.name: self._chart_menu(key))
        self.task: Task | None = None
        self.result = None
        self.run_button.clicked.connect(self.start)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.refresh_base()

    # -- the design ------------------------------------------------------------------------
    def base_scenario(self) -> dict | None:
        doc = self.window_.doc
        return None if doc.normalized is None else copy.deepcopy(doc.normalized)

    def refresh_base(self) -> None:
        """Follow the workbench's design (for the time estimate)."""
        self.setup.set_base(self.base_scenario())

    def showEvent(self, event) -> None:  # the design may have changed on the workbench
        self.refresh_base()
        super().showEvent(event)

    # -- running ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Check the analysis and run it in the background."""
        from model.sensitivity import run_sensitivity
        from model.sensitivity_spec import plan

        if self.task is not None:
            return False
        base = self.base_scenario()
        if base is None:
            self.status.setText(
                translate("sensitivity", "The structure has problems; fix them first.")
            )
            return False
        spec = self.setup.spec(base, self.window_.doc.title)
        try:
            checked = plan(spec)
        except ScenarioError as err:
            problems_dialog.show_problems(
                self,
                translate("sensitivity", "Cannot run this analysis"),
                translate("sensitivity", "The analysis has {0} problem(s):").format(
                    len(err.problems)
                ),
                named_problems(err.problems, base),
            )
            return False
        workers = self.workers

        def work(progress, cancel):
            return run_sensitivity(checked, progress=progress, cancel=cancel, workers=workers)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.cancelled.connect(self._on_task_cancelled)
        self.task.failed.connect(self._on_task_failed)
        self.task.finished.connect(self._on_task_finished)
        self.task_bar.follow(self.task, checked.runs)
        self.run_button.setEnabled(False)
        self.status.setText(translate("sensitivity", "Running…"))
        self.task.start()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_task_succeeded(self, result) -> None:
        self.show_result(result)
        self.status.setText(
            translate("sensitivity", "Done: {0} runs in {1:.1f} s.").format(
                result.manifest.get("runs", 0), float(result.manifest.get("seconds", 0.0))
            )
        )

    def _on_task_cancelled(self) -> None:
        self.status.setText(
            translate("sensitivity", "Cancelled: every worker process was stopped.")
        )

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(translate("sensitivity", "The analysis failed: {0}").format(message))

    def _on_task_finished(self) -> None:
        self.run_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    def show_result(self, result) -> None:
        self.result = result
        self.results.show_result(result)
        self.save_button.setEnabled(True)

    def dossier_section(self) -> tuple[str, str] | None:
        return self.results.dossier_section()

    # -- files -----------------------------------------------------------------------------
    def save_to(self, folder) -> bool:
        from model.sensitivity import save

        if self.result is None:
            return False
        try:
            save(self.result, folder)
        except OSError as err:
            self.status.setText(translate("sensitivity", "Could not save: {0}").format(err))
            return False
        self.status.setText(
            translate("sensitivity", "Saved sensitivity.csv and sensitivity.json in {0}").format(
                folder
            )
        )
        return True

    def load_from(self, folder) -> bool:
        from model.sensitivity import load

        try:
            result = load(folder)
        except (OSError, ValueError, KeyError, TypeError) as err:
            self.status.setText(translate("sensitivity", "Could not load: {0}").format(err))
            return False
        self.show_result(result)
        self.status.setText(translate("sensitivity", "Loaded {0}").format(folder))
        return True

    def _ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, title, self.window_.settings.get("export/dir") or ""
        )

    def _on_save_clicked(self) -> None:
        folder = self._ask_folder(translate("sensitivity", "Save the analysis into a folder"))
        if folder:
            self.save_to(folder)

    def _on_load_clicked(self) -> None:
        folder = self._ask_folder(translate("sensitivity", "Folder with sensitivity.json"))
        if folder:
            self.load_from(folder)

    def _chart_menu(self, key: str) -> None:
        menu = QMenu(self)
        menu.addAction(
            translate("sensitivity", "Export image…"), lambda: self.figures.export_figure(key)
        )
        a = menu.addAction(
            translate("sensitivity", "Copy to clipboard"), lambda: self.figures.copy_figure(key)
        )
        a.setShortcut(QKeySequence.StandardKey.Copy)
        menu.exec(QCursor.pos())
