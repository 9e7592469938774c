"""Runs of configurations: the unit of work of comparisons, sweeps and attribution.

A configuration is a base scenario plus a tuple of ``(path, value)`` overrides; the same seed
means the same citizens (common random numbers), so two configurations run on the same seeds
differ only by their institutions.  The runs of one configuration on several seeds go
together as a *batch* (``model/lanes.py``): one engine advances them side by side, so the
fixed cost of a simulated hour is paid once per batch, and each run's summary is exactly the
one it would have alone.  Everything here is picklable and Qt-free, so runs can go to worker
processes or to a dask cluster.
"""

from __future__ import annotations

import json
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


BATCH_MAX = 64  # runs per batch: beyond this the per-ticket work dominates anyway


def run_one(scenario: dict, sets: Sets, seed: int, days: float | None) -> dict:
    """Summary of one run (the scenario's length when ``days`` is None)."""
    return run_batch(scenario, sets, [seed], days)[0]


def run_batch(scenario: dict, sets: Sets, seeds: list[int], days: float | None) -> list[dict]:
    """Summaries of one configuration run on each seed, advanced together as one batch."""
    sc = configure(scenario, sets)
    length = sc["run"]["days"] if days is None else days
    sim = Simulation(sc, seeds=list(seeds), history_days=min(400, int(np.ceil(length)) + 1))
    sim.run_days(length)
    return sim.summaries()


def run_job(scenario: dict, job: Job, days: float | None) -> tuple[Job, dict]:
    return job, run_one(scenario, job.sets, job.seed, days)


def run_job_batch(scenario: dict, jobs: list[Job], days: float | None) -> list[tuple[Job, dict]]:
    """The jobs of one configuration (same ``sets``), as one batch."""
    summaries = run_batch(scenario, jobs[0].sets, [j.seed for j in jobs], days)
    return list(zip(jobs, summaries, strict=True))


def scenario_key(scenario: dict, sets: Sets) -> str:
    """Runs with equal keys share one configuration (and may share a batch)."""
    return json.dumps([scenario, list(sets)], sort_keys=True, default=str)


def run_serial(runs: list[tuple[dict, Job]], days: float | None) -> list[dict]:
    """Summaries of (scenario, Job) runs in this process, in order, batched by configuration."""
    out: list = [None] * len(runs)
    keys = [scenario_key(sc, job.sets) for sc, job in runs]
    for group in batch_groups(keys):
        done = run_job_batch(runs[group[0]][0], [runs[j][1] for j in group], days)
        for j, (_job, summary) in zip(group, done, strict=True):
            out[j] = summary
    return out


def batch_groups(keys: list, workers: int = 1, most: int = BATCH_MAX) -> list[list[int]]:
    """Indices of runs grouped into batches: runs with equal keys (same scenario and
    overrides) go together, in order, at most ``most`` a batch, and split so that at least
    ``workers`` batches exist when there are enough runs to keep every worker busy."""
    groups: dict = {}
    for j, key in enumerate(keys):
        groups.setdefault(key, []).append(j)
    size = most
    if len(groups) < workers:  # few configurations: split their seeds across the workers
        per = -(-workers // max(len(groups), 1))
        size = max(1, min(most, -(-max(len(g) for g in groups.values()) // per))) if groups else 1
    out = []
    for members in groups.values():
        out.extend(members[k : k + size] for k in range(0, len(members), size))
    return out


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
