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
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.figures import FigureController
from gui.i18n import translate
from gui.sensitivity.results import SensitivityResults
from gui.sensitivity.setup import SensitivitySetup
from gui.task_page import TaskPage
from model.scenario import ScenarioError


class SensitivityPage(TaskPage):
    """The Sensitivity page; the workbench stays usable while an analysis runs."""

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__(window, workers)
        from model.sensitivity_spec import output_keys

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
        self.run_button.setText(translate("sensitivity", "Run analysis"))
        self.run_button.setToolTip(
            translate("sensitivity", "Runs in background processes; the workbench stays usable")
        )
        lay.addWidget(self.run_button)
        lay.addWidget(self.task_bar)
        lay.addWidget(self.status)
        files = QHBoxLayout()
        self.save_button.setText(translate("sensitivity", "Save results…"))
        self.load_button.setText(translate("sensitivity", "Load results…"))
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
            c.customContextMenuRequested.connect(
                lambda _pos, key=c.name: self.figures.show_menu(key)
            )
        self.result = None
        self.run_button.clicked.connect(self.start)
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
            return self.refuse(
                translate("sensitivity", "Cannot run this analysis"),
                translate("sensitivity", "The analysis has {0} problem(s):").format(
                    len(err.problems)
                ),
                err.problems,
                base,
            )
        workers = self.workers

        def work(progress, cancel):
            return run_sensitivity(checked, progress=progress, cancel=cancel, workers=workers)

        return self.start_task(work, checked.runs, translate("sensitivity", "Running…"))

    def on_succeeded(self, result) -> None:
        self.show_result(result)
        self.status.setText(
            translate("sensitivity", "Done: {0} runs in {1:.1f} s.").format(
                result.manifest.get("runs", 0), float(result.manifest.get("seconds", 0.0))
            )
        )

    def on_failed(self, message: str) -> None:
        self.status.setText(translate("sensitivity", "The analysis failed: {0}").format(message))

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
        return self.save_with(
            lambda f: save(self.result, f),
            folder,
            translate("sensitivity", "Saved sensitivity.csv and sensitivity.json in {0}"),
        )

    def load_from(self, folder) -> bool:
        from model.sensitivity import load

        return self.load_with(load, self.show_result, folder)

    def folder_titles(self) -> tuple[str, str]:
        return (
            translate("sensitivity", "Save the analysis into a folder"),
            translate("sensitivity", "Folder with sensitivity.json"),
        )
