"""A growing store of the rolling outputs the charts draw (one array per output key).

The runner's simulation hands out new points with ``Simulation.series(since=last_tick)``, one
every :data:`EVERY_HOURS` simulated hour (each a rolling 24-hour mean): fine enough that a big
city that runs flat out at only one or two days a second still has something new for 25–30
frames a second, so its curves move smoothly rather than in jumps (the charts thin long
histories before drawing, so this costs a frame little more). The buffer appends them into
preallocated arrays that double when full, so a frame costs a copy of a handful of new points,
not of the whole history.
"""

from __future__ import annotations

import numpy as np

from model.metrics import LOAD_PARTS

KEYS = (
    "flexibility",
    "load",
    "flex_mobility",
    "flex_lateral",
    "flex_match",
    "flex_range",
    *LOAD_PARTS,
    "failure_demand_share",
    "fatigue",
    "resolution_true",
    "resolution_reported",
    "satisfaction_true",
    "satisfaction_reported",
)

FIRST_TICK = 22  # the first point drawn closes the first full day (a 24-hour window)
EVERY_HOURS = 1  # hours between two points: a new point for every frame even for a big city
POINTS_PER_DAY = 24 // EVERY_HOURS


class SeriesBuffer:
    """Time in days plus one float64 array per output, appended in place."""

    def __init__(self, capacity: int = 1024) -> None:
        self.capacity = capacity
        self.n = 0
        self.last_tick = FIRST_TICK
        self.version = 0  # bumps on every change, so charts skip frames with nothing new
        self._t = np.zeros(capacity)
        self._v = {k: np.zeros(capacity) for k in KEYS}

    def clear(self) -> None:
        self.n = 0
        self.last_tick = FIRST_TICK
        self.version += 1

    def copy(self) -> SeriesBuffer:
        """An independent copy (the original goes on growing or is cleared)."""
        other = SeriesBuffer(max(self.capacity, 1))
        other.n, other.last_tick = self.n, self.last_tick
        other._t = self._t.copy()
        other._v = {k: v.copy() for k, v in self._v.items()}
        return other

    def extend(self, days: np.ndarray, values: dict, last_tick: int) -> int:
        """Append new points; returns how many."""
        m = len(days)
        if m == 0:
            return 0
        need = self.n + m
        if need > self.capacity:
            cap = max(need, 2 * self.capacity)
            self._t = np.resize(self._t, cap)
            for k in KEYS:
                self._v[k] = np.resize(self._v[k], cap)
            self.capacity = cap
        self._t[self.n : need] = days
        for k in KEYS:
            src = values.get(k)
            self._v[k][self.n : need] = src if src is not None else np.nan
        self.n = need
        self.last_tick = int(last_tick)
        self.version += 1
        return m

    @property
    def t(self) -> np.ndarray:
        return self._t[: self.n]

    def __getitem__(self, key: str) -> np.ndarray:
        return self._v[key][: self.n]
