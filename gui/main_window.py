"""The GovFlex workbench window: structure canvas, mechanisms, run bar and live charts.

Layout (defaults for a 1600 x 1000 screen or projector): the mechanisms panel and the inspector
share a dock on the left; the city's structure fills the top of the centre; below it, the
flexibility–load plane, flexibility and load over time with true-against-reported performance,
and the parts of flexibility and load. Docks and splitters remember their places.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
)

from gui import problems_dialog
from gui.actions import build_actions
from gui.annotations import Annotations
from gui.canvas.scene import StructureScene
from gui.canvas.view import StructureView
from gui.charts.components import ComponentsChart
from gui.charts.gaming import GamingChart
from gui.charts.plane import PlaneChart
from gui.charts.timeline import TimelineChart
from gui.compare.install import install as install_compare
from gui.document import Document
from gui.figures import FigureController
from gui.files import FileController
from gui.i18n import Languages, names_for, translate
from gui.language import apply_language, install_saved_language
from gui.layout import screen_fit
from gui.layout.chart_area import ChartArea
from gui.layout.workspaces import Workspaces
from gui.live import LiveView
from gui.panels import assumptions
from gui.panels.help_dock import HelpDock
from gui.panels.inspector import Inspector
from gui.panels.mechanisms import MechanismsPanel
from gui.panels.run_bar import RunBar
from gui.presenter import Presenter
from gui.problem_words import named_problems
from gui.recovery import Recovery
from gui.runner import Runner
from gui.settings import Settings
from gui.tour.controller import install_tour

CLIP_MIME = "application/x-govflex-departments"


class MainWindow(QMainWindow):
    """Owns the document, the runner and every view of them."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self._language_pending = False
        self._built = False
        install_saved_language(self.settings)
        self.setObjectName("GovFlexMainWindow")
        self.doc = Document(self)
        self.runner = Runner(self.doc, self)
        self.scene = StructureScene(self.doc, self)
        self.view = StructureView(self.scene)
        self.view.setToolTip("")
        self.timeline = TimelineChart()
        self.plane = PlaneChart()
        self.components = ComponentsChart()
        self.gaming = GamingChart()
        self.charts = {c.name: c for c in (self.timeline, self.plane, self.components, self.gaming)}
        for chart in (self.components, self.gaming):
            for plot in chart.time_plots:
                plot.setXLink(self.timeline.plot)
        self.live = LiveView(
            self.runner, [self.timeline, self.plane, self.components, self.gaming], self.scene, self
        )
        self.files = FileController(self.doc, self.settings, self, self.runner)
        self.recovery = Recovery(self.doc, self)  # autosave of unsaved edits, crash recovery
        self.figures = FigureController(self, self.charts, self.scene, self.view, self.settings)
        self._build_centre()
        self._build_docks()
        docks = [self.mech_dock, self.insp_dock, self.assumptions_dock, self.help_dock]
        self.workspaces = Workspaces(self, docks)
        self.workspaces.add(
            "workbench",
            translate("MainWindow", "Workbench"),
            translate("MainWindow", "Edit the city and its mechanisms, run it, watch the charts"),
            self.centre,
        )
        self.setCentralWidget(self.workspaces.stack)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.workspaces.bar)
        self.run_bar = RunBar(self.doc, self.runner, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.run_bar)
        self.actions_ = build_actions(self)
        self.tour = install_tour(self)
        self.presenter = Presenter(self)
        self.menus["view"].addAction(self.presenter.action)
        self.addAction(self.presenter.action)  # F11 also works with the menu bar out of sight
        self.annotations = Annotations(self)
        self._build_status()
        self._wire()
        install_compare(self)  # Compare menu: A/B runs, sweeps, attribution, figure pack
        self._restore()
        self._built = True
        self.fit_toolbars()

    # -- building ------------------------------------------------------------------------------
    def _build_centre(self) -> None:
        """The workbench page: the canvas above the adaptive chart area."""
        self.chart_area = ChartArea(self.plane, self.timeline, self.gaming, self.components)
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.setObjectName("centreSplitter")
        self.centre.addWidget(self.view)
        self.centre.addWidget(self.chart_area)
        self.centre.setSizes([380, 520])
        self.centre.setChildrenCollapsible(False)
        self.view.setMinimumHeight(150)
        for chart in self.charts.values():
            chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chart.customContextMenuRequested.connect(
                lambda _pos, key=chart.name: self._chart_menu(key)
            )

    def _build_docks(self) -> None:
        self.mechanisms = MechanismsPanel(self.doc, self.runner)
        self.inspector = Inspector(self.doc)
        self.mech_dock = QDockWidget(translate("MainWindow", "Mechanisms"), self)
        self.mech_dock.setObjectName("mechanismsDock")
        self.mech_dock.setWidget(self.mechanisms)
        self.insp_dock = QDockWidget(translate("MainWindow", "Inspector"), self)
        self.insp_dock.setObjectName("inspectorDock")
        self.insp_dock.setWidget(self.inspector)
        for d in (self.mech_dock, self.insp_dock):
            d.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, d)
        self.tabifyDockWidget(self.mech_dock, self.insp_dock)
        self.assumptions_dock = assumptions.add_dock(self, self.insp_dock)
        self._assumptions: assumptions.AssumptionsPanel | None = None
        self.assumptions_dock.visibilityChanged.connect(self._on_assumptions_dock_visibility)
        # help shares the left column with the panels: it never takes the charts' width
        self.help_dock = HelpDock(self)
        self.help_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.help_dock)
        self.tabifyDockWidget(self.insp_dock, self.help_dock)
        self.help_dock.hide()  # opened from Help → Help (F1); a click only changes its topic
        self.mech_dock.raise_()
        self.resizeDocks([self.mech_dock], [340], Qt.Orientation.Horizontal)

    def _build_status(self) -> None:
        self.sim_rate = QLabel()
        self.sim_rate.setToolTip(translate("MainWindow", "Simulated days per second, measured"))
        self.statusBar().addPermanentWidget(self.sim_rate)
        self.open_tickets = QLabel()
        self.open_tickets.setToolTip(
            translate("MainWindow", "Tickets waiting or in process right now")
        )
        self.statusBar().addPermanentWidget(self.open_tickets)
        self._rate_mark = (0.0, 0)

    def _wire(self) -> None:
        # bound methods, not lambdas: Qt drops them with the window (no calls into a dead one)
        self.doc.undo_stack.cleanChanged.connect(self._on_undo_clean_changed)
        self.doc.reset.connect(self._on_doc_reset)
        self.doc.value_changed.connect(self._on_doc_value_changed)
        self.doc.structure_changed.connect(self._on_doc_structure_changed)
        self.scene.selection_ids_changed.connect(self.inspector.show_ids)
        self.scene.selection_ids_changed.connect(self._on_scene_selection_changed)
        self.live.on_snapshot.append(self._on_live_snapshot)
        self.live.on_frame.append(self.run_bar.show_day)
        self.run_bar.blocked.connect(self._on_run_blocked)
        self.run_bar.problems_requested.connect(self.show_problems)
        self.mechanisms.message.connect(self._show_message)
        self.inspector.refused.connect(self._show_message)
        self.runner.failed.connect(self._show_message)
        self.runner.marker_added.connect(self._on_runner_marker_added)

    @property
    def assumptions(self) -> assumptions.AssumptionsPanel:
        """The assumptions panel, built the first time it is shown or asked for (its rows
        would cost the first window a third of a second)."""
        if self._assumptions is None:
            self._assumptions = assumptions.build_panel(self, self.assumptions_dock)
            self._assumptions.message.connect(self._show_message)
            if getattr(self, "help_dock", None) is not None:
                self.help_dock.watch_assumptions(self._assumptions)
        return self._assumptions

    @property
    def assumptions_built(self) -> bool:
        return self._assumptions is not None

    def _on_assumptions_dock_visibility(self, visible: bool) -> None:
        if visible and self._assumptions is None:
            _ = self.assumptions

    def _on_undo_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_scene_selection_changed(self, _ids: list) -> None:
        self.inspector.show_live(self.scene.live)

    def _on_live_snapshot(self, snap: dict) -> None:
        self.inspector.show_live(self.scene.live)
        self._show_status(snap)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_runner_marker_added(self, _tick: int, text: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Changed: {0}").format(text), 4000)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.get("window/geometry")
        self._open_maximised = False
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._open_maximised = screen_fit.place_first(self)
        else:
            screen_fit.place_restored(self)
        state = s.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        screen_fit.keep_docks_usable(self, self.workspaces.docks)
        sizes = s.get("window/splitters")
        if len(sizes) > 0 and sizes[0]:
            self.centre.restoreState(sizes[0])
        if len(sizes) > 1 and sizes[1]:
            self.chart_area.restore_state(sizes[1])
        self.run_bar.set_speed_index(s.get("run/speed_index"))
        names = s.get("view/names")
        self.set_names(names if names == "both" else names_for(Languages.of().current))
        self.set_thick(s.get("view/thick_lines"))
        self.scene.set_visible_flows(s.get("view/flows"))

    def show_fitted(self) -> None:
        """Show the window as :mod:`gui.layout.screen_fit` placed it (maximised on small
        screens)."""
        if self._open_maximised:
            self.showMaximized()
        else:
            self.show()

    def save_settings(self) -> None:
        s = self.settings
        self.workspaces.show("workbench")  # the docks' state is the workbench's
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/splitters", [self.centre.saveState(), self.chart_area.save_state()])
        s.set("run/speed_index", self.run_bar.speed.value())
        s.set("view/flows", sorted(self.scene.visible_flows))
        s.sync()

    # -- titles and status ----------------------------------------------------------------------
    def update_title(self) -> None:
        name = self.doc.title or translate("MainWindow", "Untitled")
        self.setWindowTitle(f"{name}[*] — GovFlex")
        self.setWindowModified(not self.doc.undo_stack.isClean())

    def _on_doc_reset(self) -> None:
        self.update_title()
        self.refresh_scenario_texts()

    def refresh_scenario_texts(self) -> None:
        """Texts made from scenario data (category names of the scheduled shocks)."""
        from gui import labels

        names = self.settings.get("view/names")
        cats = {c["id"]: labels.category_name(c, names) for c in self.doc.categories()}
        shocks = (self.doc.normalized or {}).get("demand", {}).get("shocks", [])
        self.timeline.set_scenario_shocks(shocks, cats)

    # -- language ---------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            if not self._language_pending:  # several translators change at once: one pass
                self._language_pending = True
                QTimer.singleShot(0, self, self._on_language_changed)
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._built:
            self.fit_toolbars()
        if getattr(self, "tour", None) is not None:
            self.tour.refresh()

    def fit_toolbars(self) -> None:
        """Keep every toolbar item on screen (see :func:`screen_fit.arrange_toolbars`)."""
        bars = [self.workspaces.bar, self.findChild(QToolBar, "editBar")]
        screen_fit.arrange_toolbars(self, [b for b in bars if b is not None], self.run_bar)

    def _on_language_changed(self) -> None:
        self._language_pending = False
        apply_language(self)

    def _on_doc_structure_changed(self) -> None:
        if self.runner.sim is None:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "The structure breaks {0} rule(s): fix the red nodes to run."
                ).format(len(self.doc.problems)),
                8000,
            )
        else:
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Structure changed: the run goes on from here with the new structure "
                    "(a solid line on the charts). Undo brings the old structure back.",
                ),
                6000,
            )

    def _on_doc_value_changed(self, path: str, _value) -> None:
        if path.startswith("demand"):
            self._on_doc_reset()

    def _show_status(self, snap: dict) -> None:
        import time

        now, tick = time.perf_counter(), snap["tick"]
        t0, k0 = self._rate_mark
        if now - t0 >= 1.0:
            rate = (tick - k0) / 24 / (now - t0) if t0 and tick >= k0 else 0.0
            self.sim_rate.setText(
                translate("MainWindow", "{0:.1f} days/s").format(rate)
                if self.runner.running
                else ""
            )
            self._rate_mark = (now, tick)
        self.open_tickets.setText(
            translate("MainWindow", "{0} open tickets").format(snap["open_tickets"])
        )

    # -- view options ---------------------------------------------------------------------------
    def set_names(self, names: str) -> None:
        self.settings.set("view/names", names)
        for key, action in getattr(self, "names_actions", {}).items():
            action.setChecked(key == names)
        self.scene.set_names(names)
        self.inspector.set_names(names)
        self.mechanisms.shock.set_names(names)

    def set_thick(self, thick: bool) -> None:
        self.settings.set("view/thick_lines", bool(thick))
        for c in self.charts.values():
            c.set_thick(bool(thick))

    # -- commands used by the actions -------------------------------------------------------------
    def show_problems(self) -> None:
        if not self.doc.problems:
            self.statusBar().showMessage(
                translate("MainWindow", "The structure has no problems."), 4000
            )
            return
        problems_dialog.show_problems(
            self,
            translate("MainWindow", "Structure problems"),
            translate(
                "MainWindow",
                "These rules of the organisation are broken; a run cannot start until they "
                "are fixed:",
            ),
            named_problems(self.doc.problems, self.doc.scenario),
        )

    def _on_run_blocked(self, reason: str) -> None:
        self.statusBar().showMessage(reason.split("\n")[0], 8000)
        self.show_problems()

    def copy_selection(self, cut: bool = False) -> None:
        ids = self.scene.selected_ids()
        payload = self.scene.editor.copy(ids)
        if not payload:
            return
        mime = QMimeData()
        text = json.dumps(payload, ensure_ascii=False)
        mime.setData(CLIP_MIME, text.encode("utf-8"))
        mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        if cut:
            self.scene.editor.delete(ids)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        raw = (
            bytes(mime.data(CLIP_MIME)).decode("utf-8")
            if mime.hasFormat(CLIP_MIME)
            else (mime.text() if mime.hasText() else "")
        )
        try:
            payload = json.loads(raw)
        except ValueError:
            return
        if not isinstance(payload, dict) or payload.get("format") != "govflex-departments":
            return
        at = None
        vp = self.view.viewport()
        local = vp.mapFromGlobal(QCursor.pos())
        if vp.rect().contains(local):
            at = self.view.mapToScene(local)
        new = self.scene.editor.paste(payload, QPointF(at) if at is not None else None)
        self.scene.select_ids(new)

    def delete_selection(self) -> None:
        self.scene.editor.delete(self.scene.selected_ids())

    def rename_selection(self) -> None:
        ids = self.scene.selected_ids()
        if len(ids) == 1:
            self.scene.start_rename(ids[0])

    def add_department(self, template: str | None = None) -> None:
        """Toolbar add: under the selected unit if that is natural, else a street."""
        from gui.structure_edits import child_template

        ids = self.scene.selected_ids()
        parent = None
        if len(ids) == 1:
            d = self.doc.department(ids[0]) or {}
            child = child_template(d)
            if template is None and child:
                template, parent = child, ids[0]
            elif template is not None and child == template:
                parent = ids[0]
        new = self.scene.editor.add(template or "street", None, parent)
        self.scene.select_ids([new])
        self.view.show_node(new)

    def _chart_menu(self, key: str) -> None:
        self.figures.show_menu(key)

    # -- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.runner.pause()
        self.save_settings()
        self.recovery.discard()  # a clean exit keeps no recovery file
        event.accept()
