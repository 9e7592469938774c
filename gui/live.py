"""The live view: turns the runner's simulation into pictures at a steady frame rate.

A timer (about 30 times a second) asks the simulation for the rolling outputs it has not drawn
yet (``Simulation.series(since=...)``) and hands them to every chart; a few times a second it
also takes a snapshot for the canvas colours and flows. The engine's speed and the frame rate
are independent: at full speed many simulated hours pass between two frames, at a slow speed a
frame may have nothing new and costs nothing.

Drawing shares one thread with the simulation, so every millisecond a frame costs is taken from
the city's speed. The charts a class watches — flexibility and load over time, and the plane —
get every frame; the detail charts (a chart's ``detail`` is true: the parts of flexibility and
load, true against recorded performance) are redrawn at most every ``DETAIL_SECONDS`` while
the city runs, and at once after a single step or a pause. A chart behind a tab is not drawn
until it is shown.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from gui.charts.series import EVERY_HOURS, FIRST_TICK, SeriesBuffer
from gui.model_adapter import series_since

FRAME_SECONDS = 1 / 30  # 30 chart frames per second at most, on a fixed schedule
DETAIL_SECONDS = 0.1  # the detail charts (parts, true vs recorded): 10 times a second at most
CHECK_MS = 5  # how often the schedule is checked while running
CANVAS_SECONDS = 0.2  # canvas colours and flows: 5 times a second


class LiveView(QObject):
    """Feeds charts and canvas from the runner; counts frames for the benchmark."""

    frame_done = Signal()

    def __init__(self, runner, charts: list, scene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.charts = list(charts)
        self.scene = scene
        self.buf = SeriesBuffer()
        self.snapshot: dict | None = None
        self.frames = 0
        self.frame_seconds: deque[float] = deque(maxlen=100_000)
        self.on_snapshot = []  # callables(snapshot) (inspector, status bar)
        self.on_frame = []  # callables(tick) after every frame (the day counter)
        self._drawn_tick = -1
        self._markers_shown = 0
        self._next_frame = 0.0
        self._details_at = 0.0  # when the detail charts were last fed
        self._details_behind = False  # whether they miss points the others have
        self.detail_frames = 0  # how often they were (for the benchmark)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        # the canvas on its own, slower timer: never in the same turn of the loop as charts
        self._canvas_tick = -1
        self.canvas_timer = QTimer(self)
        self.canvas_timer.setInterval(int(CANVAS_SECONDS * 1000))
        self.canvas_timer.timeout.connect(self.refresh_canvas)
        runner.reset_done.connect(self.reset)
        runner.running_changed.connect(self._on_runner_running_changed)
        runner.stepped.connect(self._on_runner_stepped)

    def reset(self) -> None:
        if self.runner.continuing:  # the run goes on with a new structure: keep the history
            self.buf.last_tick = self.runner.offset + FIRST_TICK
            self._drawn_tick = -1
            self._canvas_tick = -1
            self.scene.clear_live()
            self.refresh(force=True)
            return
        self.buf.clear()
        self.snapshot = None
        self._drawn_tick = -1
        self._canvas_tick = -1
        self._markers_shown = 0
        for c in self.charts:
            c.clear_data()
            c.update_data(self.buf)
        self.scene.clear_live()
        self.refresh(force=True)

    def adopt(self, buf: SeriesBuffer) -> None:
        """Draw a history kept aside (the run the guided tour gave back)."""
        self.buf = buf
        for c in self.charts:
            c.clear_data()
            c.update_data(self.buf)
        if buf.n:
            self.charts[0].set_x_range(float(buf.t[-1]))
        self._markers_shown = 0
        self.refresh(force=True)

    def _on_runner_running_changed(self, running: bool) -> None:
        """Timers only while running; a paused view redraws on each step and change."""
        if running:
            self._next_frame = time.perf_counter()
            self.timer.start()
            # big cities repaint their canvas less often (1,290 units cost ~40 ms a time)
            n = len(self.scene.nodes)
            self.canvas_timer.setInterval(int(1000 * CANVAS_SECONDS * max(1.0, n / 250)))
            self.canvas_timer.start()
        else:
            self.timer.stop()
            self.canvas_timer.stop()
            self.refresh(force=True)

    def _on_timer_timeout(self) -> None:
        """Draw when the next frame is due (a fixed 30 Hz schedule that does not drift)."""
        now = time.perf_counter()
        if now < self._next_frame:
            return
        self._next_frame = max(self._next_frame + FRAME_SECONDS, now - FRAME_SECONDS)
        self.refresh()

    def _on_runner_stepped(self, _tick: int) -> None:
        if not self.runner.running:  # a single step: draw at once
            self.refresh(force=True)

    def refresh(self, force: bool = False) -> bool:
        """Draw what is new; returns whether a chart frame was drawn."""
        sim = self.runner.sim
        if sim is None or (sim.tick == self._drawn_tick and not force):
            return False
        t0 = time.perf_counter()
        self._drawn_tick = sim.tick
        offset = self.runner.offset  # hours before this simulation's hour 0 (structure edits)
        since = self.buf.last_tick - offset
        days, values = series_since(sim, window=24, every=EVERY_HOURS, since=since)
        drew = False
        if len(days):
            days = days + offset / 24.0
            self.buf.extend(days, values, int(round(days[-1] * 24)) - 1)
            self._details_behind = True
            for c in self.charts:
                if not getattr(c, "detail", False):
                    c.feed(self.buf)  # a chart behind a tab draws when it is shown
            self.charts[0].set_x_range(float(days[-1]))
            drew = True
        if self._details_behind and (force or t0 - self._details_at >= DETAIL_SECONDS):
            self._details_at, self._details_behind = t0, False
            self.detail_frames += 1
            for c in self.charts:
                if getattr(c, "detail", False):
                    c.feed(self.buf)
        markers = self.runner.markers
        if len(markers) != self._markers_shown:
            for k, c in enumerate(self.charts):
                c.set_markers(markers, labelled=(k == 0))
            self._markers_shown = len(markers)
        for callback in self.on_frame:
            callback(self.runner.tick)
        if force:
            self.refresh_canvas(force=True)
        if drew:
            self.frames += 1
            self.frame_seconds.append(time.perf_counter() - t0)
            self.frame_done.emit()
        return drew

    def refresh_canvas(self, force: bool = False) -> None:
        """Node colours and flows from a fresh snapshot (a few times a second)."""
        sim = self.runner.sim
        if sim is None or (sim.tick == self._canvas_tick and not force):
            return
        self._canvas_tick = sim.tick
        self.snapshot = sim.snapshot()
        self.scene.set_live(self.snapshot)
        for callback in self.on_snapshot:
            callback(self.snapshot)
