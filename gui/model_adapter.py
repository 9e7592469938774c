"""An adapter for one thing the model's public API does not yet do cheaply.

``Simulation.series(since=...)`` recomputes running sums over the *whole* history on every
call, so its cost grows with the length of a run (about 2 ms at day 100, 9 ms at day 400) and,
called 30 times a second, it would slow long runs down. :func:`series_since` computes the same
numbers from only the rows it needs (the new hours plus one window before them), using the
model's own :func:`model.metrics.rolling`, so the result is identical (a test checks this).
If the engine's internals change, it falls back to the public ``series``.

Reported in issue 3's hand-over: a model-side ``series`` that only sums the tail would make
this file unnecessary.
"""

from __future__ import annotations

import numpy as np

EMPTY: tuple = (np.zeros(0), {})


def series_since(sim, window: int = 24, every: int = 6, since: int = -1):
    """(days, {output: array}) for rolling windows ending after tick ``since``."""
    try:
        from model.metrics import rolling

        history, weights = sim.history, sim.weights
        kept = min(history.count, history.capacity)
        new = sim.tick - 1 - since
        if new <= 0:
            return EMPTY
        n = min(new + window, kept)
        rows = history.last(n)
        ticks = np.arange(sim.tick - n, sim.tick, dtype=np.int64)
    except (AttributeError, ImportError, TypeError):
        return sim.series(window=window, every=every, since=since)
    return rolling(ticks, rows, weights, window, every, since)
