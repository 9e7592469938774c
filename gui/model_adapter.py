"""The live charts' read of the model: new rolling-window points since the last frame.

``Simulation.series(since=...)`` reads only the hours the new points need, so a frame costs the
same at day 5 and day 500.  This wrapper only skips the call when no new hour has passed.
"""

from __future__ import annotations

import numpy as np

EMPTY: tuple = (np.zeros(0), {})


def series_since(sim, window: int = 24, every: int = 6, since: int = -1):
    """(days, {output: array}) for rolling windows ending after tick ``since``."""
    if sim.tick - 1 - since <= 0:
        return EMPTY
    return sim.series(window=window, every=every, since=since)
