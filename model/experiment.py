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
from .lanes import SHARED
from .limits import BATCH_RUNS, batch_size, scenario_cost
from .scenario import normalize, set_paths

Sets = tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Job:
    """One run: configuration index, its overrides and a seed."""

    config: int
    sets: Sets
    seed: int


def configure(scenario: dict, sets: Sets) -> dict:
    """The base scenario with the overrides applied (validated)."""
    return normalize(set_paths(scenario, sets))


BATCH_MAX = BATCH_RUNS  # runs per batch at the most (model.limits.batch_size)


def run_one(scenario: dict, sets: Sets, seed: int, days: float | None) -> dict:
    """Summary of one run (the scenario's length when ``days`` is None)."""
    return run_batch(scenario, sets, [seed], days)[0]


def run_batch(scenario: dict, sets: Sets, seeds: list[int], days: float | None) -> list[dict]:
    """Summaries of one configuration run on each seed, advanced together as one batch."""
    return run_configs([configure(scenario, sets)] * len(seeds), seeds, days)


def run_configs(
    scenarios: list[dict], seeds: list[int], days: float | None, on_day=None
) -> list[dict]:
    """Summaries of runs of one city (normalised scenarios that may differ in mechanisms,
    metrics and assumptions), run r being ``scenarios[r]`` on ``seeds[r]``, as one batch.
    ``on_day(share)``, if given, hears the share of the run's hours done after each day."""
    first = scenarios[0]
    length = first["run"]["days"] if days is None else days
    same = all(sc is first for sc in scenarios)
    sim = Simulation(
        first,
        seeds=list(seeds),
        history_days=min(400, int(np.ceil(length)) + 1),
        scenarios=None if same else scenarios,
        normalized=True,
    )
    ticks = int(round(length * 24))
    for t in range(0, ticks, 24):
        sim.step(min(24, ticks - t))
        if on_day:
            on_day(min(t + 24, ticks) / ticks)
    return sim.summaries()


def run_job(scenario: dict, job: Job, days: float | None) -> tuple[Job, dict]:
    return job, run_one(scenario, job.sets, job.seed, days)


def run_job_batch(
    scenario: dict, jobs: list[Job], days: float | None, on_day=None
) -> list[tuple[Job, dict]]:
    """Jobs of one city (``city_key``), as one batch; jobs with equal overrides share one
    configured scenario (``on_day`` as in :func:`run_configs`)."""
    configured: dict[str, dict] = {}
    scenarios = []
    for job in jobs:
        key = repr(job.sets)
        if key not in configured:
            configured[key] = configure(scenario, job.sets)
        scenarios.append(configured[key])
    summaries = run_configs(scenarios, [j.seed for j in jobs], days, on_day)
    return list(zip(jobs, summaries, strict=True))


def city_key(scenario: dict, sets: Sets) -> str:
    """Runs with equal keys are of one city (structure, demand, run) and may share a batch
    (``model/lanes.py``), whatever their mechanisms and other assumptions."""
    parts = {k: scenario.get(k) for k in SHARED}
    parts["structure"] = (scenario.get("assumptions") or {}).get("structure")
    city = [
        (p, v)
        for p, v in sets
        if p.split(".")[0] in SHARED or p.startswith("assumptions.structure")
    ]
    city += [("assumptions.structure", v.get("structure")) for p, v in sets if p == "assumptions"]
    return json.dumps([parts, city], sort_keys=True, default=str)


def run_serial(runs: list[tuple[dict, Job]], days: float | None) -> list[dict]:
    """Summaries of (scenario, Job) runs in this process, in order, batched by city."""
    return run_grouped(runs, days, lambda groups: map(run_group, groups))


def group_runs(runs: list[tuple[dict, Job]], workers: int = 1, days=None) -> list[tuple]:
    """(indices, scenarios, jobs) of the batches that run (scenario, Job) pairs: one city
    per batch, each job configured on its own scenario, batches no larger than the largest
    city's memory allows (``RunCost.batch_runs``)."""
    keys = [city_key(sc, job.sets) for sc, job in runs]
    cities = {key: sc for key, (sc, _job) in zip(keys, runs, strict=True)}
    most = min((scenario_cost(sc, days).batch_runs() for sc in cities.values()), default=1)
    out = []
    for g in batch_groups(keys, workers, most):
        out.append((g, [runs[j][0] for j in g], [runs[j][1] for j in g]))
    return out


def run_grouped(runs: list[tuple[dict, Job]], days, run_all, workers: int = 1) -> list[dict]:
    """Run the batches of ``group_runs`` with ``run_all(list of (scenarios, jobs, days))``
    (serial or in worker processes) and return the summaries in the order of ``runs``."""
    groups = group_runs(runs, workers, days)
    out: list = [None] * len(runs)
    results = run_all([(scs, jobs, days) for _g, scs, jobs in groups])
    for (g, _scs, _jobs), summaries in zip(groups, results, strict=True):
        for j, summary in zip(g, summaries, strict=True):
            out[j] = summary
    return out


def run_group(args) -> list[dict]:
    """Summaries of a batch of (scenario, job) runs (each job's sets on its own scenario)."""
    scenarios, jobs, days = args
    configured = [configure(sc, job.sets) for sc, job in zip(scenarios, jobs, strict=True)]
    firsts: dict[str, dict] = {}  # runs of one configuration share its scenario object
    for k, sc in enumerate(configured):
        configured[k] = firsts.setdefault(json.dumps(sc, sort_keys=True, default=str), sc)
    return run_configs(configured, [j.seed for j in jobs], days)


def batch_groups(keys: list, workers: int = 1, most: int = BATCH_MAX) -> list[list[int]]:
    """Indices of runs grouped into batches: runs with equal keys (one city) go together, in
    order, at most ``most`` a batch, and split so that every worker gets a batch when there
    are enough runs (a batch reports, and is kept on cancel, when all its runs are done)."""
    groups: dict = {}
    for j, key in enumerate(keys):
        groups.setdefault(key, []).append(j)
    size = batch_size(len(keys), workers, most)
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
