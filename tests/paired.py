"""Paired runs for the stylised-fact tests: same seeds, two institutional settings.

Every pair of arms sees the same citizens (common random numbers), so the difference of a
summary metric is the institutions' doing; tests assert the sign of the mean difference over
several seeds and print the figures when they fail.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor

import numpy as np

from model.engine import Simulation
from model.presets import load_preset
from model.scenario import set_path

SEEDS = (11, 12, 13, 14, 15)
DAYS = 75  # covers the day-60 flood (14 days) in the A-city presets


_CACHE: dict = {}
_POOL: list = []


def _summary(preset: str, sets: tuple, seed: int, days: int) -> dict:
    scenario = load_preset(preset)
    for path, value in sets:
        scenario = set_path(scenario, path, value)
    return Simulation(scenario, seed=seed).run(days)


def _pool() -> ProcessPoolExecutor:
    """Worker processes for the seeds of an arm (spawned: no forked interpreter state)."""
    if not _POOL:
        workers = max(1, min(len(SEEDS), os.cpu_count() or 1))
        _POOL.append(ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")))
        atexit.register(_POOL[0].shutdown)
    return _POOL[0]


def arm(preset: str, *sets: tuple, days: int = DAYS, seeds=SEEDS) -> list[dict]:
    """Summaries of one setting over the shared seeds (cached across tests, seeds in parallel)."""
    key = (preset, tuple(sets), tuple(seeds), days)
    if key not in _CACHE:
        futures = [_pool().submit(_summary, preset, tuple(sets), s, days) for s in seeds]
        _CACHE[key] = [f.result() for f in futures]
    return _CACHE[key]


def runs(a: tuple, days: int = DAYS, seeds=SEEDS) -> list[dict]:
    """Summaries of one arm of model.findings ((preset, sets)) over the shared seeds."""
    return arm(a[0], *a[1], days=days, seeds=seeds)


def prefetch(arms, days: int = DAYS, seeds=SEEDS) -> None:
    """Start every run of these arms at once, so the worker processes never wait."""
    todo = [a for a in arms if (a[0], tuple(a[1]), tuple(seeds), days) not in _CACHE]
    futures = {
        a: [_pool().submit(_summary, a[0], tuple(a[1]), s, days) for s in seeds] for a in todo
    }
    for a, fs in futures.items():
        _CACHE[(a[0], tuple(a[1]), tuple(seeds), days)] = [f.result() for f in fs]


def diff(a: list[dict], b: list[dict], key: str) -> tuple[float, np.ndarray]:
    """Mean and per-seed paired differences b - a of one summary key."""
    d = np.array([y[key] - x[key] for x, y in zip(a, b, strict=True)])
    return float(d.mean()), d


def report(a: list[dict], b: list[dict], keys) -> str:
    """A small table of means for failure messages."""
    lines = [f"{'key':28s} {'A':>10s} {'B':>10s} {'B-A':>10s}"]
    for k in keys:
        ma, mb = np.mean([x[k] for x in a]), np.mean([x[k] for x in b])
        lines.append(f"{k:28s} {ma:10.4f} {mb:10.4f} {mb - ma:10.4f}")
    return "\n".join(lines)
