"""Wires the "Robust?" tab to the comparison: its designs, seeds, length and time estimates.

The tab (:class:`gui.compare.robustness_view.RobustnessView`) needs A and B, the seeds and the
length of the comparison, and a fair idea of how long one run takes on this machine. The last
is measured: every table over seeds and every screen that finishes records the core-seconds of
one simulated day, so the next estimate uses this computer's speed rather than the model's
generic cost figures.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject

from gui.findings_robustness import flipping_assumptions


class RobustnessControl(QObject):
    """The comparison's side of the robustness screen."""

    def __init__(self, compare) -> None:
        super().__init__(compare)
        self.compare = compare
        self.view = compare.panel.robustness
        self.view.listed = flipping_assumptions()
        self.per_run_day: float | None = None  # measured core-seconds of one simulated day
        self._started = 0.0
        p = compare.panel
        self.view.run_button.clicked.connect(self._on_run_clicked)
        self.view.computed.connect(self._on_view_computed)
        for spin in (p.seed, p.seeds, p.days):
            spin.valueChanged.connect(self.refresh)

    def workers(self) -> int:
        return self.compare.workers or os.cpu_count() or 1

    def set_designs(self, a: dict | None, b: dict | None) -> None:
        self.view.set_designs(a, b)
        self.refresh()

    def refresh(self, *_args) -> None:
        c = self.compare
        self.view.set_runs(c.seeds(), c.panel.days.value(), self.workers(), self.per_run_day)

    def measure(self, runs: int, days: float, started: float) -> None:
        """Record the speed of ``runs`` runs of ``days`` days that started at ``started``."""
        wall = time.perf_counter() - started
        if runs > 0 and days > 0 and wall > 0:
            self.per_run_day = wall * min(self.workers(), runs) / runs / days
        self.refresh()

    def show(self) -> None:
        """Bring the tab to the front: the user picks the assumptions and sees the estimate."""
        self.compare.panel.tabs.setCurrentWidget(self.view)
        self.compare.wanted.emit()

    def run(self, ask: bool = True) -> bool:
        """Start the screen of B − A (B is made from the workbench if it is not set yet)."""
        c = self.compare
        if self.view.task is not None or not c._ensure_b() or c._too_short(self.view.status):
            return False
        self.set_designs(c.a, c.b)
        self.show()
        started = self.view.start(ask)
        if started:
            self._started = time.perf_counter()
        return started

    def _on_run_clicked(self) -> None:
        self.run()

    def _on_view_computed(self, result: dict) -> None:
        seeds = len(result["seeds"])
        self.measure(2 * seeds * (1 + len(result["perturbations"])), result["days"], self._started)
