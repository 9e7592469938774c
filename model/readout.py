"""What a running simulation shows: the live snapshot, the per-day series and the run summary.

Kept apart from the engine so that the GUI, the command line and the tests read one stable
surface (plain dicts of numbers and numpy arrays, keys not words) and never reach into the
engine's ticket arrays.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812


def snapshot(sim) -> dict:
    """The current state for a live view: outputs over the last 24 h and 7 days, per unit.

    ``sim`` is one run (``Simulation.lane``, ``model/lanes.py``)."""
    st = sim.st
    day_rows = sim.history.last(24)
    week_rows = sim.history.last(24 * 7)
    cap = np.maximum(st.capacity, 1e-9)
    hours = sim.unit_array("unit_hours").sum(axis=0)
    return {
        "tick": sim.tick,
        "day": sim.tick / 24.0,
        "outputs": M.window_outputs(day_rows, sim.weights),
        "outputs_7d": M.window_outputs(week_rows, sim.weights),
        "unit_ids": list(st.ids),
        "utilisation": hours / cap,
        "backlog_days": sim.unit_array("backlog_days").copy(),
        "fatigue": sim.unit_array("fatigue").copy(),  # each unit's moving average of overtime
        "pressure": sim.unit_array("pressure_u").copy(),  # each unit's own assessment pressure
        "rank": sim.rank.copy(),  # percentile in its peer group, 0 top .. 1 bottom
        "hidden_share": np.divide(
            sim.unit_array("unit_hidden").sum(axis=0),
            hours,
            out=np.zeros_like(hours),
            where=hours > 0,
        ),
        "flows": {k: v.copy() for k, v in sim.last_day_flows.items()},
        "markers": list(sim.markers),
        "open_tickets": sim.open_tickets,
    }


def daily(sim, days_window: int = 1):
    """Per-day outputs over the history kept (rolling over ``days_window`` days)."""
    ticks, rows = sim.history.ordered()
    return M.daily(ticks, rows, sim.weights, days_window)


def series(sim, window: int = 24, every: int = 6, since: int = -1):
    """Rolling outputs for live charts: (days, {output: array}), only points after ``since``.

    Only the hours needed for the new points are read, so a live chart's cost per frame does
    not grow with the length of the run.
    """
    if since < 0:
        ticks, rows = sim.history.ordered()
    else:
        ticks, rows = sim.history.tail(sim.tick - since - 1 + window)
    return M.rolling(ticks, rows, sim.weights, window, every, since)


def summary(sim) -> dict:
    """Run summary: outputs over everything after the warm-up, plus seed, days and extras.

    Shock outputs are None (JSON null) when the run had no shock: never a number that would
    read as a measurement.
    """
    n = max(sim.post_ticks, 1)
    out = M.derive(sim.post, sim.post / n, sim.weights)
    res = {k: float(v) for k, v in out.items()}
    res["tickets_open_at_end"] = sim.open_tickets
    res["tickets_created"] = int(res["tickets_created"])
    res["tickets_resolved"] = int(res["tickets_resolved"])
    res["proactive_projects"] = int(res["proactive_projects"])
    shocks = [s for s in sim.shocks if s["day"] < sim.tick / 24]
    res["shock_recovery_days"] = sim.day.shock_recovery_days(shocks)
    res["shock_absorption"] = sim.day.shock_absorption(shocks, sim.st.cat_ids.index)
    res["flex_mobility_shock"] = sim.day.shock_mobility(shocks, sim.scenario["run"]["warmup_days"])
    res["seed"] = sim.seed
    res["days"] = sim.tick / 24.0
    return res
