"""The GUI's adapter for incremental chart data equals the model's own series."""

from __future__ import annotations

import numpy as np
import pytest

from gui.model_adapter import series_since
from model.engine import Simulation
from model.presets import load_preset


@pytest.mark.parametrize("history_days", [400, 5])
def test_series_since_equals_model_series(history_days):
    """Same days and values as Simulation.series for several 'since' ticks, ring buffer too."""
    sim = Simulation(load_preset("typical-platform"), history_days=history_days)
    for days in (0.5, 4, 9):
        sim.run_days(days)
        for since in (-1, 22, sim.tick - 30, sim.tick - 1):
            a_days, a = sim.series(since=since)
            b_days, b = series_since(sim, since=since)
            assert np.allclose(a_days, b_days)
            for key in a:
                assert np.allclose(a[key], b[key]), key
