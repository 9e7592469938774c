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

from model.experiment import run_batch
from model.presets import load_preset

SEEDS = (11, 12, 13, 14, 15)
DAYS = 75  # covers the day-60 flood (14 days) in the A-city presets


_CACHE: dict = {}
_POOL: list = []


def _summaries(preset: str, sets: tuple, seeds: tuple, days: int) -> list[dict]:
    """One arm over the seeds, as one batch of runs (the same summaries as runs alone)."""
    return run_batch(load_preset(preset), sets, list(seeds), days)


def _pool() -> ProcessPoolExecutor:
    """Worker processes for the arms (spawned: no forked interpreter state)."""
    if not _POOL:
        workers = max(1, min(len(SEEDS), os.cpu_count() or 1))
        _POOL.append(ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")))
        atexit.register(_POOL[0].shutdown)
    return _POOL[0]


def arm(preset: str, *sets: tuple, days: int = DAYS, seeds=SEEDS) -> list[dict]:
    """Summaries of one setting over the shared seeds (cached across tests, one batch)."""
    key = (preset, tuple(sets), tuple(seeds), days)
    if key not in _CACHE:
        _CACHE[key] = _pool().submit(_summaries, preset, tuple(sets), tuple(seeds), days).result()
    return _CACHE[key]


def runs(a: tuple, days: int = DAYS, seeds=SEEDS) -> list[dict]:
    """Summaries of one arm of model.findings ((preset, sets)) over the shared seeds."""
    return arm(a[0], *a[1], days=days, seeds=seeds)


def prefetch(arms, days: int = DAYS, seeds=SEEDS) -> None:
    """Start every arm at once (a batch of its seeds each), so the workers never wait."""
    todo = [a for a in arms if (a[0], tuple(a[1]), tuple(seeds), days) not in _CACHE]
    futures = {a: _pool().submit(_summaries, a[0], tuple(a[1]), tuple(seeds), days) for a in todo}
    for a, f in futures.items():
        _CACHE[(a[0], tuple(a[1]), tuple(seeds), days)] = f.result()


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
