"""Two cities run side by side: design A and design B on the same seed, stepped together.

Both simulations are built with one seed, so the same citizens call with the same problems at
the same hours in both (common random numbers); only the institutions differ. A timer advances
them in turns — one hour of A, one hour of B — for at most ``SLICE_SECONDS`` per turn of the
event loop (it stops early when the next pair of hours would not fit), so the window stays
responsive, and hands the new rolling outputs to the charts at
most ``FRAME_SECONDS`` apart. Every finished (or stopped) run is kept, the last
``KEEP_RUNS`` of them, to be recalled or overlaid later.
"""

from __future__ import annotations

import time
from collections import deque

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from gui.model_adapter import series_since
from model.engine import Simulation

SLICE_SECONDS = 0.008  # at most 8 ms of simulation per turn of the event loop
FRAME_SECONDS = 1 / 30
KEEP_RUNS = 5
KEYS = ("flexibility", "load")
FIRST_TICK = 22  # the first rolling point closes the first full day


class _Series:
    """Growing arrays of the rolling outputs of one simulation."""

    def __init__(self) -> None:
        self.t = np.zeros(0)
        self.v = {k: np.zeros(0) for k in KEYS}
        self.last_tick = FIRST_TICK

    def pull(self, sim: Simulation) -> None:
        days, values = series_since(sim, window=24, every=6, since=self.last_tick)
        if not len(days):
            return
        self.t = np.r_[self.t, days]
        for k in KEYS:
            self.v[k] = np.r_[self.v[k], values[k]]
        self.last_tick = int(round(days[-1] * 24)) - 1


class LivePair(QObject):
    """Steps A and B together; ``updated`` after each drawn frame, ``finished`` at the end."""

    updated = Signal()
    finished = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sims: tuple[Simulation, Simulation] | None = None
        self.series = (_Series(), _Series())
        self.target_tick = 0
        self.label = ""
        self.scenarios: tuple[dict, dict] | None = None
        self.history: deque[dict] = deque(maxlen=KEEP_RUNS)
        self._last_draw = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def day(self) -> float:
        return self.sims[0].tick / 24 if self.sims else 0.0

    def start(self, a: dict, b: dict, seed: int, days: float, label: str = "") -> None:
        """Build both cities on ``seed`` and run them for ``days``."""
        self.stop()
        self.sims = (Simulation(a, seed=seed), Simulation(b, seed=seed))
        self.scenarios = (a, b)
        self.series = (_Series(), _Series())
        self.target_tick = int(round(days * 24))
        self.label = label
        self._timer.start()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Stop stepping; a run with at least one drawn day joins the history."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        self._pull()
        self._keep()
        self.running_changed.emit(False)

    def data(self) -> tuple[np.ndarray, dict, dict]:
        """(days, A's outputs, B's outputs) of the current run, on a common time axis."""
        sa, sb = self.series
        n = min(len(sa.t), len(sb.t))
        return (
            sa.t[:n],
            {k: sa.v[k][:n] for k in KEYS},
            {k: sb.v[k][:n] for k in KEYS},
        )

    def _pull(self) -> None:
        if self.sims is None:
            return
        for series, sim in zip(self.series, self.sims, strict=True):
            series.pull(sim)
        self._last_draw = time.perf_counter()
        self.updated.emit()

    def _keep(self) -> None:
        t, a, b = self.data()
        if len(t):
            self.history.append(
                {
                    "label": self.label,
                    "seed": self.sims[0].seed,
                    "days": float(t[-1]),
                    "t": t,
                    "a": a,
                    "b": b,
                    "scenarios": self.scenarios,
                }
            )

    def _on_timer_timeout(self) -> None:
        sim_a, sim_b = self.sims
        now = time.perf_counter()
        deadline = now + SLICE_SECONDS
        while sim_a.tick < self.target_tick:
            sim_a.step(1)
            sim_b.step(1)
            last, now = now, time.perf_counter()
            if now + (now - last) > deadline:  # the next hour of both would not fit
                break
        if sim_a.tick >= self.target_tick:
            self._timer.stop()
            self._pull()
            self._keep()
            self.running_changed.emit(False)
            self.finished.emit()
        elif time.perf_counter() - self._last_draw >= FRAME_SECONDS:
            self._pull()
