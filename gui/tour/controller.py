"""The guided tour: steps through a tour file, setting mechanisms and running the city.

Entering a step applies the mechanism values of every step up to it (so Back and Next always
arrive at the same institutions), runs the simulation the step's number of days, frames the
chart or canvas the caption talks about, and shows the caption in the interface language. A
step with ``predict`` first asks the class which way flexibility and load will move; Next then
runs it and shows the answer against the result. The tour borrows the window: the user's
scenario and run are kept aside when it starts and given back when it ends (Esc included).
Values are applied through the document without undo steps (the path the runner listens to),
so the charts mark each change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QStyle, QToolBar, QToolButton

from gui import problems_dialog
from gui.charts.series import POINTS_PER_DAY
from gui.i18n import CHINESE, Languages, translate
from gui.tour.kept_work import KeptWork, give_back, keep
from gui.tour.panel import ARROWS, Highlight, TourPanel
from gui.tour.tour_file import DEFAULT_TOUR, TourError, load_tour, text

SAME = 0.01  # a change smaller than this counts as "about the same"


def direction(before: float, after: float) -> str:
    if after - before > SAME:
        return "up"
    if before - after > SAME:
        return "down"
    return "same"


class TourController(QObject):
    """Runs a tour in window ``w``; ``days_override`` shortens every step (tests)."""

    step_shown = Signal(int)
    finished = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.tour: dict | None = None
        self.index = -1
        self.phase = "idle"  # idle | predict | shown
        self.days_override: int | None = None
        self.measured: tuple | None = None
        self.kept: KeptWork | None = None
        self.panel = TourPanel(window)
        self.highlight = Highlight(window)
        self.panel.back_clicked.connect(self.back)
        self.panel.next_clicked.connect(self.next)
        self.panel.leave_clicked.connect(self.leave)
        self.panel.installEventFilter(self)
        self._shortcuts: list[QShortcut] = []

    @property
    def active(self) -> bool:
        return self.tour is not None

    # -- starting and leaving -----------------------------------------------------------------
    def start(self, path=DEFAULT_TOUR) -> bool:
        try:
            tour = load_tour(path)
        except TourError as err:
            problems_dialog.show_problems(
                self.w,
                translate("Tour", "Cannot start the tour"),
                translate("Tour", "The tour file {0} has {1} problem(s):").format(
                    err.source, len(err.problems)
                ),
                err.problems,
            )
            return False
        kept = keep(self.w)  # the user's scenario and run, given back when the tour ends
        if not self.w.files.open_preset(tour["preset"], ask=False):
            return False
        self.kept = kept
        self.w.runner.pause()
        self.tour = tour
        keys = (
            (self.next, (Qt.Key.Key_Right, Qt.Key.Key_PageDown)),
            (self.back, (Qt.Key.Key_Left, Qt.Key.Key_PageUp)),
            (self.leave, (Qt.Key.Key_Escape,)),
        )
        for slot, codes in keys:
            for code in codes:
                sc = QShortcut(QKeySequence(code), self.w)
                sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
                sc.activated.connect(slot)
                self._shortcuts.append(sc)
        self.go(0)
        return True

    def start_from_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            translate("Tour", "Open a tour"),
            str(DEFAULT_TOUR.parent),
            translate("Tour", "GovFlex tours (*.json)"),
        )
        return self.start(path) if path else False

    def leave(self) -> None:
        if not self.active:
            return
        self.tour = None
        self.index = -1
        self.phase = "idle"
        for sc in self._shortcuts:
            sc.setEnabled(False)
            sc.deleteLater()
        self._shortcuts = []
        self.panel.hide()
        self.highlight.hide()
        if self.kept is not None:
            give_back(self.w, self.kept)
            self.kept = None
        self.finished.emit()

    # -- moving -------------------------------------------------------------------------------
    @property
    def steps(self) -> list[dict]:
        return self.tour["steps"] if self.tour else []

    def next(self) -> None:
        if not self.active:
            return
        if self.phase == "predict":
            self._run_step()
        elif self.index < len(self.steps) - 1:
            self.go(self.index + 1)
        else:
            self.leave()

    def back(self) -> None:
        if self.active and self.index > 0:
            self.go(self.index - 1)

    def go(self, index: int) -> None:
        """Show step ``index``: ask for a prediction first, or run it at once."""
        self.index = index
        self.measured = None
        self.panel.clear_prediction()
        if self.steps[index].get("predict"):
            self.phase = "predict"
            self._show()
        else:
            self._run_step()

    def _run_step(self) -> None:
        step = self.steps[self.index]
        before = self._measure()
        self._apply_settings(self.index)
        days = step.get("days", 0) if self.days_override is None else self.days_override
        for _ in range(days):
            self.w.runner.step_day()
        self.w.live.refresh(force=True)
        after = self._measure()
        if before is not None and after is not None:
            self.measured = (before, after)
        self.phase = "shown"
        self._show()
        self.step_shown.emit(self.index)

    def _apply_settings(self, index: int) -> None:
        wanted: dict = {}
        for step in self.steps[: index + 1]:
            wanted.update(step.get("set", {}))
        for path, value in wanted.items():
            if self.w.doc.value(path) != value:
                self.w.doc.apply_value(path, value)

    def _measure(self) -> tuple[float, float] | None:
        """Mean flexibility and load over the last simulated day drawn."""
        buf = self.w.live.buf
        if buf.n == 0:
            return None
        day = -POINTS_PER_DAY
        return float(buf["flexibility"][day:].mean()), float(buf["load"][day:].mean())

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        step = self.steps[self.index]
        lang = "zh" if Languages.of().current == CHINESE else "en"
        p = self.panel
        p.title.setText(text(step["title"], lang))
        p.caption.setText(text(step["caption"], lang))
        p.counter.setText(f"{self.index + 1} / {len(self.steps)}")
        p.predict_box.setVisible(self.phase == "predict" or bool(step.get("predict")))
        p.back.setEnabled(self.index > 0)
        p.next.setText(
            translate("Tour", "Run this step →")
            if self.phase == "predict"
            else translate("Tour", "Next →")
            if self.index < len(self.steps) - 1
            else translate("Tour", "Finish")
        )
        p.result.setText(self._result_text() if self.phase == "shown" else "")
        target = step.get("highlight")
        widgets = {"canvas": self.w.view, "mechanisms": self.w.mechanisms, **self.w.charts}
        self.highlight.cover(widgets.get(target))
        p.show()
        p.place(self.highlight.geometry() if self.highlight.isVisible() else None)

    def _result_text(self) -> str:
        if self.measured is None:
            return ""
        (f0, l0), (f1, l1) = self.measured
        parts = []
        for key, words, a, b in (
            ("flexibility", translate("Tour", "Flexibility"), f0, f1),
            ("load", translate("Tour", "Grassroots load"), l0, l1),
        ):
            moved = direction(a, b)
            line = f"<b>{words}</b> {a:.2f} → {b:.2f} {ARROWS[moved]}"
            guess = self.panel.prediction(key)
            if guess is not None:
                verdict = (
                    translate("Tour", "as predicted")
                    if guess == moved
                    else translate("Tour", "predicted {0}").format(ARROWS[guess])
                )
                line += f" ({verdict})"
            parts.append(line)
        return " · ".join(parts)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.panel and event.type() == QEvent.Type.LanguageChange and self.active:
            self._show()
        return False

    def refresh(self) -> None:
        """Re-show the current step (language changed, window resized)."""
        if self.active:
            self._show()


def install_tour(w) -> TourController:
    """The controller, a toolbar button and Help menu entries."""
    tour = TourController(w)
    a = QAction(translate("Tour", "Guided &Tour"), w)
    a.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
    a.setToolTip(translate("Tour", "Walk through the paper's argument step by step (→ / ←, Esc)"))
    a.triggered.connect(lambda _checked=False: tour.start())
    w.actions_["tour"] = a
    bar = w.findChild(QToolBar, "editBar")
    if bar is not None:
        bar.addSeparator()
        button = QToolButton()
        button.setDefaultAction(a)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(button)
    help_menu = w.menus["help"]
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, a)
    b = QAction(translate("Tour", "Tour from a &File…"), w)
    b.triggered.connect(lambda _checked=False: tour.start_from_file())
    help_menu.insertAction(first, b)
    help_menu.insertSeparator(first)
    return tour
