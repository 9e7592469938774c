"""Runs the simulation without ever blocking the window.

The runner owns the :class:`model.engine.Simulation`. While running it advances the engine in
short time slices (at most ``SLICE_SECONDS`` of work per turn of the event loop), so the window
stays responsive at any speed. At a chosen speed (simulated days per wall-clock second) it steps
only as many hours as are due; at full speed it steps as many as fit in each slice.

The runner follows the document: a mechanism or demand setting is applied to the running
simulation at once (``Simulation.set_parameter``, no reset) and recorded as a marker for the
charts; a change of the seed builds a new simulation (a reset), and a change of the
organisation during a run builds a new simulation that continues the run from the same day,
with a break marker on the charts. A broken
organisation leaves no simulation at all, and :attr:`blocked_reason` says why.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from gui.document import Document
from gui.mechanism_specs import marker_label
from model.engine import Simulation
from model.scenario import ScenarioError

SLICE_SECONDS = 0.003
LIVE_PREFIXES = ("mechanisms.", "demand.", "metrics.", "assumptions.")
MARKED_PREFIXES = ("mechanisms.", "assumptions.")  # changes drawn as a line on the charts


@dataclass
class RunState:
    """A simulation put aside with its markers (the guided tour keeps the user's run)."""

    sim: Simulation | None
    markers: list
    ticks_stepped: int
    offset: int


class Runner(QObject):
    """Owns the running simulation; emits ``stepped`` after every slice."""

    stepped = Signal(int)  # the simulation's tick after a slice
    reset_done = Signal()  # a new simulation (or none, when the structure is broken)
    running_changed = Signal(bool)
    marker_added = Signal(int, str)  # tick, words
    failed = Signal(str)  # a live change the model refused

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.sim: Simulation | None = None
        self.markers: list[tuple[int, str, str]] = []  # tick, words, mechanism | shock
        self.speed: float | None = 5.0  # simulated days per second; None = as fast as possible
        self.running = False
        self.ticks_stepped = 0  # since the last reset, for benchmarks
        # A structure edit during a run starts a new simulation that *continues* the run: the
        # charts keep their history, and the new simulation's hour 0 is hour ``offset``.
        self.offset = 0
        self.continuing = False  # true while reset_done announces such a continuation
        # Asked before a run starts (False: stay paused); the files set it to ask when the
        # estimated run is over the budget of model.limits.
        self.confirm_run: Callable[[], bool] | None = None
        self._owed = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        doc.reset.connect(self.reset)
        doc.structure_changed.connect(self._on_doc_structure_changed)
        doc.value_changed.connect(self._on_doc_value_changed)

    # -- state -------------------------------------------------------------------------------
    @property
    def tick(self) -> int:
        """Hours since day 0 of the run, across structure edits (see :attr:`offset`)."""
        return self.offset + (self.sim.tick if self.sim is not None else 0)

    @property
    def blocked_reason(self) -> str:
        """Why a run cannot start ('' if it can)."""
        if self.sim is not None:
            return ""
        problems = self.doc.problems
        if not problems:
            return self.tr("There is no scenario to run.")
        head = self.tr("The structure has {0} problem(s); fix them to run:").format(len(problems))
        return head + "\n" + "\n".join("• " + p for p in problems[:8])

    def reset(self, continued: bool = False) -> None:
        """A fresh simulation from the document (keeps running if it was). ``continued``: the
        run goes on from the current hour with the new structure, history and markers kept."""
        if continued:
            self.offset = self.tick
            words = self.tr("Structure changed")
            self.markers.append((self.offset, words, "break"))
        else:
            self.markers = []
            self.offset = 0
            self.ticks_stepped = 0
        self.sim = None
        if self.doc.normalized is not None:
            try:
                self.sim = Simulation(self.doc.normalized)
            except (ScenarioError, ValueError) as err:
                self.failed.emit(str(err))
        if self.sim is None and self.running:
            self.pause()
        self.continuing = continued and self.sim is not None
        try:
            self.reset_done.emit()
        finally:
            self.continuing = False

    def save_run(self) -> RunState:
        """The current simulation and its markers, to be given back by :meth:`restore_run`."""
        return RunState(self.sim, list(self.markers), self.ticks_stepped, self.offset)

    def restore_run(self, state: RunState) -> None:
        """Continue a simulation put aside by :meth:`save_run` (paused)."""
        self.pause()
        self.sim = state.sim
        self.markers = list(state.markers)
        self.ticks_stepped = state.ticks_stepped
        self.offset = state.offset
        self.reset_done.emit()

    # -- control -----------------------------------------------------------------------------
    def run(self, ask: bool = True) -> bool:
        """Start (``ask``: through :attr:`confirm_run`; restarts after an edit do not ask)."""
        if self.sim is None or self.running:
            return self.running
        if ask and self.confirm_run is not None and not self.confirm_run():
            return False
        self.running = True
        self._owed = 0.0
        self._last = time.perf_counter()
        self._timer.start()
        self.running_changed.emit(True)
        return True

    def pause(self) -> None:
        if not self.running:
            return
        self.running = False
        self._timer.stop()
        self.running_changed.emit(False)

    def toggle(self) -> bool:
        if self.running:
            self.pause()
        else:
            self.run(ask=False)
        return self.running

    def step_day(self) -> None:
        """One simulated day at once (24 ticks; a few tens of ms for a city)."""
        if self.sim is None:
            return
        self.sim.step(24)
        self.ticks_stepped += 24
        self.stepped.emit(self.sim.tick)

    def set_speed(self, days_per_second: float | None) -> None:
        self.speed = days_per_second
        self._owed = 0.0
        self._last = time.perf_counter()

    def inject_shock(self, category: str, strength: float, days: float) -> None:
        """A demand shock from now on (a flood, an epidemic); leaves a marker."""
        if self.sim is None:
            return
        self.sim.inject_shock(category, strength, days)
        self._mark(f"shock:{category}", None)

    # -- the loop ----------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        sim = self.sim
        if sim is None:
            self.pause()
            return
        now = time.perf_counter()
        if self.speed is None:
            due = 10**9
        else:
            self._owed = min(
                self._owed + (now - self._last) * 24.0 * self.speed, 24.0 * self.speed
            )  # never more than a second's worth behind
            due = int(self._owed)
        self._last = now
        if due <= 0:
            return
        deadline = now + SLICE_SECONDS
        done = 0
        while done < due:
            sim.step(1)
            done += 1
            if time.perf_counter() >= deadline:
                break
        if self.speed is not None:
            self._owed -= done
        self.ticks_stepped += done
        self.stepped.emit(sim.tick)

    # -- following the document ------------------------------------------------------------
    def _on_doc_structure_changed(self) -> None:
        """A structure edit: a new simulation that continues the run (no history lost)."""
        was = self.running
        self.reset(continued=self.sim is not None and self.sim.tick > 0)
        if was and self.sim is not None:
            self.run(ask=False)

    def _on_doc_value_changed(self, path: str, value) -> None:
        if path == "seed" or path.startswith("run."):
            was = self.running
            self.reset()
            if was:
                self.run(ask=False)
            return
        if self.sim is None or not path.startswith(LIVE_PREFIXES):
            return
        try:
            self.sim.set_parameter(path, value)
        except (ScenarioError, ValueError) as err:
            self.failed.emit(str(err))
            return
        if path.startswith(MARKED_PREFIXES):
            self._mark(path, value)

    def _mark(self, path: str, value) -> None:
        tick = self.tick
        text = marker_label(path, value)
        self.markers.append((tick, text, "shock" if path.startswith("shock:") else "mechanism"))
        self.marker_added.emit(tick, text)
