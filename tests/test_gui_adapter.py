"""The live charts' incremental read equals the points of the model's full series."""

from __future__ import annotations

import numpy as np
import pytest

from gui.model_adapter import series_since
from model.engine import Simulation
from model.presets import load_preset


@pytest.mark.parametrize("history_days", [400, 5])
def test_series_since_equals_the_tail_of_the_full_series(history_days):
    """New points since a tick have the same days and values as the full series (also once
    the ring buffer has wrapped)."""
    sim = Simulation(load_preset("typical-platform"), history_days=history_days)
    for days in (0.5, 4, 9):
        sim.run_days(days)
        full_days, full = sim.series()
        for since in (22, sim.tick - 30, sim.tick - 7):
            if since < sim.tick - history_days * 24 + 24 or since >= sim.tick - 6:
                continue  # the window has left the ring buffer, or no point is due yet
            b_days, b = series_since(sim, since=since)
            keep = full_days * 24 - 1 > since  # a point at day d closes hour d * 24 - 1
            assert len(b_days) == keep.sum() > 0
            assert np.allclose(full_days[keep], b_days)
            for key in full:
                assert np.allclose(full[key][keep], b[key]), key


def test_no_new_hour_gives_no_points():
    """Asking again at the same tick returns nothing."""
    sim = Simulation(load_preset("typical-platform"))
    sim.run_days(2)
    days, out = series_since(sim, since=sim.tick - 1)
    assert len(days) == 0 and out == {}
