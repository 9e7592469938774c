"""The run bar: Run/Pause (Space), Step one day, Reset, speed, the day counter and the seed.

Speed is in simulated days per second of wall-clock time, from slow enough to watch single
days go by to as fast as the machine allows. The seed fixes the random citizens: the same seed
and scenario give the very same history, so two settings can be compared fairly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSlider, QSpinBox, QStyle, QToolBar, QToolButton, QWidget

from gui.commands import ValueCommand
from gui.document import Document
from gui.i18n import translate
from gui.runner import Runner

SPEEDS: tuple[float | None, ...] = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, None)


def speed_text(speed: float | None) -> str:
    if speed is None:
        return translate("RunBar", "max")
    return translate("RunBar", "{0:g} days/s").format(speed)


class RunBar(QToolBar):
    """Controls of the running simulation."""

    blocked = Signal(str)  # Run was pressed on a broken structure: why
    problems_requested = Signal()

    def __init__(self, doc: Document, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(translate("RunBar", "Run"), parent)
        self.setObjectName("runBar")
        self.doc = doc
        self.runner = runner
        st = self.style()
        self.play_icon = st.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.pause_icon = st.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.run_action = QAction(self.play_icon, translate("RunBar", "Run"), self)
        self.run_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.run_action.setToolTip(translate("RunBar", "Run or pause the simulation (Space)"))
        self.run_action.triggered.connect(self.toggle)
        self.step_action = QAction(
            st.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
            translate("RunBar", "Step a day"),
            self,
        )
        self.step_action.setShortcut(QKeySequence(Qt.Key.Key_Period))
        self.step_action.setToolTip(translate("RunBar", "Advance one simulated day (.)"))
        self.step_action.triggered.connect(self._on_step)
        self.reset_action = QAction(
            st.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            translate("RunBar", "Reset"),
            self,
        )
        self.reset_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.reset_action.setToolTip(
            translate("RunBar", "Back to day 0 with the current settings (Ctrl+R)")
        )
        self.reset_action.triggered.connect(runner.reset)
        for a in (self.run_action, self.step_action, self.reset_action):
            self.addAction(a)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addSeparator()
        self.addWidget(QLabel(" " + translate("RunBar", "Speed") + " "))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setFixedWidth(130)
        self.speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed.setToolTip(
            translate("RunBar", "Simulated days per second, from slow to as fast as possible")
        )
        self.speed.valueChanged.connect(self._on_speed_changed)
        self.addWidget(self.speed)
        self.speed_label = QLabel()
        self.addWidget(self.speed_label)
        self.addSeparator()
        self.day = QLabel()
        self.day.setObjectName("dayCounter")
        self.day.setToolTip(translate("RunBar", "Simulated days since the start (1 tick = 1 hour)"))
        self.addWidget(self.day)
        self.addSeparator()
        self.addWidget(QLabel(" " + translate("RunBar", "Seed") + " "))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(
            translate(
                "RunBar",
                "Random seed: the same seed gives the same citizens, so "
                "settings can be compared fairly. Changing it restarts.",
            )
        )
        self.seed.valueChanged.connect(self._on_seed_changed)
        self.addWidget(self.seed)
        self.problems = QToolButton()
        self.problems.setObjectName("problemsButton")
        self.problems.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems.setIcon(st.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.problems.clicked.connect(self.problems_requested)
        self.problems_action = self.addWidget(self.problems)
        runner.running_changed.connect(self._on_running_changed)
        runner.reset_done.connect(self._on_reset_done)
        doc.reset.connect(self._show_seed)
        doc.value_changed.connect(self._on_doc_value_changed)
        doc.problems_changed.connect(self._show_problems)
        self._on_reset_done()
        self.fit_day_width()

    def set_compact(self, compact: bool) -> None:
        """A narrow window: icons without words, a shorter speed slider."""
        self.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        self.speed.setFixedWidth(90 if compact else 130)
        self.fit_day_width()

    def fit_day_width(self) -> None:
        """Room for the longest day the counter will show, so it never grows during a run
        (a growing counter pushed the seed into the toolbar's overflow)."""
        self.day.ensurePolished()
        fm = self.day.fontMetrics()
        longest = translate("RunBar", "Day {0}").format("9999.9")
        self.day.setFixedWidth(fm.horizontalAdvance(longest) + 24)
        words = [speed_text(s) for s in SPEEDS]
        self.speed_label.setFixedWidth(max(fm.horizontalAdvance(w) for w in words) + 12)

    def set_speed_index(self, index: int) -> None:
        self.speed.setValue(max(0, min(index, len(SPEEDS) - 1)))
        self._on_speed_changed(self.speed.value())

    def toggle(self) -> None:
        if self.runner.sim is None:
            self.blocked.emit(self.runner.blocked_reason)
            return
        self.runner.toggle()

    def show_day(self, tick: int | None = None) -> None:
        tick = self.runner.tick if tick is None else tick
        self.day.setText(translate("RunBar", "Day {0}").format(f"{tick / 24:.1f}"))

    # -- slots ---------------------------------------------------------------------------------
    def _on_step(self) -> None:
        if self.runner.sim is None:
            self.blocked.emit(self.runner.blocked_reason)
            return
        self.runner.step_day()

    def _on_speed_changed(self, index: int) -> None:
        self.runner.set_speed(SPEEDS[index])
        self.speed_label.setText(speed_text(SPEEDS[index]))

    def _on_seed_changed(self, value: int) -> None:
        if self.doc.value("seed") != value:
            self.doc.push(
                ValueCommand(self.doc, "seed", int(value), translate("RunBar", "Set seed"))
            )

    def _on_running_changed(self, running: bool) -> None:
        self.run_action.setIcon(self.pause_icon if running else self.play_icon)
        self.run_action.setText(
            translate("RunBar", "Pause") if running else translate("RunBar", "Run")
        )

    def _on_reset_done(self) -> None:
        ok = self.runner.sim is not None
        self.step_action.setEnabled(ok)
        tip = translate("RunBar", "Run or pause the simulation (Space)")
        self.run_action.setToolTip(tip if ok else tip + "\n" + self.runner.blocked_reason)
        self._on_running_changed(self.runner.running)
        self.show_day()
        self._show_problems()

    def _on_doc_value_changed(self, path: str, _value) -> None:
        if path == "seed":
            self._show_seed()

    def _show_seed(self) -> None:
        self.seed.blockSignals(True)
        self.seed.setValue(int(self.doc.value("seed") or 0))
        self.seed.blockSignals(False)

    def _show_problems(self) -> None:
        n = len(self.doc.problems)
        self.problems_action.setVisible(n > 0)
        self.problems.setText(translate("RunBar", "{0} problem(s)").format(n))
        self.problems.setToolTip(
            translate(
                "RunBar",
                "The structure breaks rules of the organisation; a run "
                "cannot start until they are fixed. Click for the list.",
            )
        )
