"""One run of one configuration: the unit of work of comparisons, sweeps and attribution.

A configuration is a base scenario plus a tuple of ``(path, value)`` overrides; the same seed
means the same citizens (common random numbers), so two configurations run on the same seeds
differ only by their institutions.  Everything here is picklable and Qt-free, so runs can go
to worker processes or to a dask cluster.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .engine import Simulation
from .scenario import normalize, set_path

Sets = tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Job:
    """One run: configuration index, its overrides and a seed."""

    config: int
    sets: Sets
    seed: int


def configure(scenario: dict, sets: Sets) -> dict:
    """The base scenario with the overrides applied (validated)."""
    for path, value in sets:
        scenario = set_path(scenario, path, value)
    return normalize(scenario)


def run_one(scenario: dict, sets: Sets, seed: int, days: float | None) -> dict:
    """Summary of one run (the scenario's length when ``days`` is None)."""
    return Simulation(configure(scenario, sets), seed=seed).run(days)


def run_job(scenario: dict, job: Job, days: float | None) -> tuple[Job, dict]:
    return job, run_one(scenario, job.sets, job.seed, days)


def mean_interval(values, confidence: float = 0.95) -> tuple[float, float, float]:
    """Mean and a t-interval (low, high) over seeds; a single value gives a zero-width one."""
    x = np.asarray(values, float)
    m = float(x.mean()) if len(x) else float("nan")
    if len(x) < 2:
        return m, m, m
    # two-sided t quantiles for small samples (df 1..30), then the normal 1.96
    t_table = (
        12.71,
        4.30,
        3.18,
        2.78,
        2.57,
        2.45,
        2.36,
        2.31,
        2.26,
        2.23,
        2.20,
        2.18,
        2.16,
        2.14,
        2.13,
        2.12,
        2.11,
        2.10,
        2.09,
        2.09,
        2.08,
        2.07,
        2.07,
        2.06,
        2.06,
        2.06,
        2.05,
        2.05,
        2.05,
        2.04,
    )
    t = t_table[len(x) - 2] if len(x) - 1 <= len(t_table) else 1.96
    half = t * float(x.std(ddof=1)) / np.sqrt(len(x))
    return m, m - half, m + half
