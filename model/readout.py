"""What a running simulation shows: the live snapshot, the per-day series and the run summary.

Kept apart from the engine so that the GUI, the command line and the tests read one stable
surface (plain dicts of numbers and numpy arrays, keys not words) and never reach into the
engine's ticket arrays.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812


def snapshot(sim) -> dict:
    """The current state for a live view: outputs over the last 24 h and 7 days, per unit."""
    st = sim.st
    day_rows = sim.history.last(24)
    week_rows = sim.history.last(24 * 7)
    cap = np.maximum(st.capacity, 1e-9)
    hours = sim.unit_hours.sum(axis=0)
    return {
        "tick": sim.tick,
        "day": sim.tick / 24.0,
        "outputs": M.window_outputs(day_rows, sim.weights),
        "outputs_7d": M.window_outputs(week_rows, sim.weights),
        "unit_ids": list(st.ids),
        "utilisation": hours / cap,
        "backlog_days": sim.backlog_days.copy(),
        "hidden_share": np.divide(
            sim.unit_hidden.sum(axis=0), hours, out=np.zeros_like(hours), where=hours > 0
        ),
        "flows": {k: v.copy() for k, v in sim.last_day_flows.items()},
        "markers": list(sim.markers),
        "open_tickets": sim.tickets.count_open(),
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
    """Run summary: outputs over everything after the warm-up, plus seed, days and extras."""
    n = max(sim.post_ticks, 1)
    out = M.derive(sim.post, sim.post / n, sim.weights)
    res = {k: float(v) for k, v in out.items()}
    res["tickets_open_at_end"] = sim.tickets.count_open()
    res["tickets_created"] = int(res["tickets_created"])
    res["tickets_resolved"] = int(res["tickets_resolved"])
    res["shock_recovery_days"] = shock_recovery_days(sim)
    res["flex_mobility_shock"] = shock_mobility(sim)
    res["seed"] = sim.seed
    res["days"] = sim.tick / 24.0
    return res


def shock_recovery_days(sim, tolerance: float = 0.05) -> float:
    """Mean days after each shock until daily mobility is back within ``tolerance`` of its
    pre-shock week; 0 if it never dropped, the time to the end of the run if it never recovered.
    """
    days, out = daily(sim)
    if not len(days) or not sim.shocks:
        return 0.0
    mob = out["flex_mobility"]
    result = []
    for s in sim.shocks:
        start = int(s["day"])
        pre = mob[(days > start - 7) & (days <= start)]
        post_days = days[days > start]
        if not len(pre) or not len(post_days):
            continue
        level = pre.mean() - tolerance
        after = mob[days > start]
        ok = np.flatnonzero(after >= level)
        # recovered: the first day at or above the pre-shock level after the mix shifted
        dropped = np.flatnonzero(after < level)
        if not len(dropped):
            result.append(0.0)
            continue
        ok = ok[ok > dropped[0]]
        result.append(float(post_days[ok[0]] - start) if len(ok) else float(post_days[-1] - start))
    return float(np.mean(result)) if result else 0.0


def shock_mobility(sim) -> float:
    """Mean daily mobility over the days a demand shock is active (after the warm-up); the
    run's mean mobility when there was no shock.  Flexibility shows when demand shifts."""
    days, out = daily(sim)
    if not len(days):
        return 0.0
    mob = out["flex_mobility"]
    active = np.zeros(len(days), bool)
    for s in sim.shocks:
        active |= (days > s["day"]) & (days <= s["day"] + s["days"])
    active &= days > sim.scenario["run"]["warmup_days"]
    return float(mob[active].mean() if active.any() else mob.mean())
