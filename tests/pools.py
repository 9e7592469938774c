"""Cancelling work on the worker pool, for the sweep and sensitivity tests."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from collections.abc import Callable

import pytest

from model.sweep import SweepCancelled


def cancel_after_first_run(start: Callable[[Callable, threading.Event], object]):
    """Call ``start(progress, cancel)`` and set ``cancel`` when the first run reports; returns
    (the SweepCancelled raised, the progress seen, seconds taken, worker processes left)."""
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancel.set()

    before = set(mp.active_children())  # other tests' pools may live on
    t0 = time.perf_counter()
    with pytest.raises(SweepCancelled) as err:
        start(progress, cancel)
    seconds = time.perf_counter() - t0
    time.sleep(0.2)
    return err.value, seen, seconds, set(mp.active_children()) - before
