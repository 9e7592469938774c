"""The engine's public surface that the GUI and the command line read."""

import numpy as np

from model.engine import Simulation
from model.metrics import SUMMARY_KEYS
from model.presets import load_preset


def test_snapshot_has_per_unit_arrays_and_flows():
    """A snapshot carries outputs, one value per unit and yesterday's flows between units."""
    sim = Simulation(load_preset("typical-platform"), seed=1)
    sim.run_days(3)
    snap = sim.snapshot()
    n = len(sim.scenario["departments"])
    assert snap["unit_ids"] == [d["id"] for d in sim.scenario["departments"]]
    for key in ("utilisation", "backlog_days", "hidden_share"):
        assert snap[key].shape == (n,)
    assert snap["utilisation"].max() > 0
    flows = snap["flows"]["dispatch"]
    assert flows.shape[1] == 3 and flows[:, 2].sum() > 50
    summary_only = {"tickets_open_at_end", "shock_absorption"}  # whole-run measures
    assert set(SUMMARY_KEYS) - summary_only <= set(snap["outputs"])


def test_series_is_incremental():
    """series(since=t) returns only the points after tick t."""
    sim = Simulation(load_preset("typical-platform"), seed=1)
    sim.run_days(4)
    days, out = sim.series(every=6)
    assert len(days) == 16 and np.all(np.diff(days) == 0.25)
    later, _ = sim.series(every=6, since=int(days[-3] * 24) - 1)
    assert len(later) == 2


def test_daily_and_summary_agree_on_totals():
    """The per-day series and the run summary count the same tickets."""
    scenario = load_preset("typical-platform")
    scenario["run"]["warmup_days"] = 0
    sim = Simulation(scenario, seed=2)
    sim.run_days(6)
    days, out = sim.daily()
    assert len(days) == 6
    assert out["tickets_created"].sum() == sim.summary()["tickets_created"]


def test_megacity_steps():
    """The Beijing-scale preset builds and runs a few hours with tens of thousands of tickets
    a day."""
    sim = Simulation(load_preset("megacity"), seed=1)
    sim.step(12)
    assert sim.snapshot()["open_tickets"] > 5000
