"""Outputs of a run: raw per-hour counters, a ring-buffer history, and the derived measures.

The engine adds up *counters* each tick (tickets resolved, hours worked by type, ...) and a few
*states* (mismatch, backlog, structural range).  Every output of the spec (flexibility and its
four parts, grassroots load and its components, professionalism, resolution, satisfaction true
and reported, fragmentation) is derived from sums of those counters over a window by one
function, :func:`derive` - the same code for the live 24-hour view, the per-day CSV and the run
summary, so the three can never disagree.
"""

from __future__ import annotations

import numpy as np

N_CLASSES = 4
RES_BINS = np.array([0, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1e9])
N_BINS = len(RES_BINS) - 1
REFERENCE_MISMATCH = 0.3  # mismatch of a rigid structure under a standard shock (P)

COUNTERS = (
    "created finished resolved quickfix gamed lost resolved_true resolved_rep redispatched "
    "true_on_time dilemma_n dilemma_hours help_n help_hours "
    "sat_true sat_rep "
    "returns hops escalations whistles decisions dispatched_kuai dispatched "
    "multi_resolved lateral match_sum match_n first_ok "
    "g_direct g_coord g_rework g_report g_innov g_escal g_cap "
    "b_hours b_cap work_hours prof_sum data_sum hub_hours contacts"
).split()
COUNTERS += [f"ontime_{i}" for i in range(N_CLASSES)] + [f"due_{i}" for i in range(N_CLASSES)]
COUNTERS += [f"res_bin_{i}" for i in range(N_BINS)]
STATES = ("mismatch", "backlog_g", "open", "range", "decision_backlog", "projects")
COLUMNS = tuple(COUNTERS) + STATES
COL = {name: i for i, name in enumerate(COLUMNS)}
HIDDEN = ("g_coord", "g_rework", "g_report", "g_innov", "g_escal")

# The summary keys of the command line contract (spec §9), then extras.
SUMMARY_KEYS = tuple(
    "flexibility flex_mobility flex_lateral flex_match flex_range load hidden_work_share "
    "backlog_days escalations_per_100 returns_per_100 first_dispatch_accuracy professionalism "
    "on_time_rate median_resolution_hours resolution_true resolution_reported "
    "satisfaction_true satisfaction_reported fragmentation tickets_created tickets_resolved "
    "tickets_open_at_end".split()
)


def _ratio(a, b):
    """a / b, and 0 where nothing happened (no tickets -> no evidence -> 0)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    return np.divide(a, b, out=np.zeros(np.broadcast(a, b).shape), where=b > 0)


def _quantile(bins: np.ndarray, q: float) -> np.ndarray:
    """Quantile of resolution hours from binned counts (linear inside a bin); bins [..., B]."""
    total = bins.sum(axis=-1, keepdims=True)
    cum = np.cumsum(bins, axis=-1)
    target = q * total
    j = np.minimum((cum < target).sum(axis=-1), N_BINS - 1)
    lo, hi = RES_BINS[j], np.minimum(RES_BINS[j + 1], 2 * RES_BINS[j] + 24)
    below = (
        np.take_along_axis(cum, j[..., None], -1)[..., 0]
        - np.take_along_axis(bins, j[..., None], -1)[..., 0]
    )
    inside = np.take_along_axis(bins, j[..., None], -1)[..., 0]
    frac = _ratio(target[..., 0] - below, inside)
    return np.where(total[..., 0] > 0, lo + frac * (hi - lo), 0.0)


def derive(sums: np.ndarray, means: np.ndarray, weights: np.ndarray) -> dict[str, np.ndarray]:
    """All outputs from counter sums and state means over a window (arrays broadcast: [..., C]).

    ``weights`` are the flexibility part weights (mobility, lateral, match, range).
    """
    s = {name: sums[..., COL[name]] for name in COUNTERS}
    m = {name: means[..., COL[name]] for name in STATES}
    out: dict[str, np.ndarray] = {}
    out["flex_mobility"] = np.clip(1.0 - m["mismatch"] / REFERENCE_MISMATCH, 0.0, 1.0)
    out["flex_lateral"] = _ratio(s["lateral"], s["multi_resolved"])
    out["flex_match"] = np.clip(_ratio(s["match_sum"], s["match_n"]), 0.0, 1.0)
    out["flex_range"] = np.clip(m["range"], 0.0, 1.0)
    parts = np.stack(
        [out[k] for k in ("flex_mobility", "flex_lateral", "flex_match", "flex_range")]
    )
    w = np.asarray(weights, float).reshape((4,) + (1,) * (parts.ndim - 1))
    out["flexibility"] = (parts * w).sum(axis=0) / max(float(np.sum(weights)), 1e-12)
    g_total = sum(s[k] for k in ("g_direct",) + HIDDEN)
    out["load"] = _ratio(g_total, s["g_cap"])
    for k in HIDDEN + ("g_direct",):
        out["load_" + k[2:]] = _ratio(s[k], s["g_cap"])
    out["hidden_work_share"] = _ratio(g_total - s["g_direct"], g_total)
    out["backlog_days"] = m["backlog_g"]
    out["escalations_per_100"] = 100 * _ratio(s["escalations"], s["created"])
    out["returns_per_100"] = 100 * _ratio(s["returns"], s["created"])
    out["hops_per_100"] = 100 * _ratio(s["hops"], s["created"])
    out["whistles_per_100"] = 100 * _ratio(s["whistles"], s["created"])
    out["quick_fixes_per_100"] = 100 * _ratio(s["quickfix"], s["created"])
    out["first_dispatch_accuracy"] = _ratio(s["first_ok"], s["match_n"])
    out["professionalism"] = _ratio(s["prof_sum"], s["work_hours"])
    ontime = sum(s[f"ontime_{i}"] for i in range(N_CLASSES))
    due = sum(s[f"due_{i}"] for i in range(N_CLASSES))
    out["on_time_rate"] = _ratio(ontime, due)
    for i in range(N_CLASSES):
        out[f"on_time_class_{i}"] = _ratio(s[f"ontime_{i}"], s[f"due_{i}"])
    bins = np.stack([s[f"res_bin_{i}"] for i in range(N_BINS)], axis=-1)
    out["median_resolution_hours"] = _quantile(bins, 0.5)
    out["p90_resolution_hours"] = _quantile(bins, 0.9)
    out["resolution_true"] = _ratio(s["resolved_true"], s["finished"])
    out["resolution_reported"] = _ratio(s["resolved_rep"], s["finished"])
    out["help_latency_hours"] = _ratio(s["help_hours"], s["help_n"])
    out["dilemma_resolution_hours"] = _ratio(s["dilemma_hours"], s["dilemma_n"])
    out["true_on_time_rate"] = _ratio(s["true_on_time"], s["finished"])
    out["redispatch_rate"] = _ratio(s["redispatched"], s["finished"])
    out["gaming_gap"] = out["resolution_reported"] - out["resolution_true"]
    out["satisfaction_true"] = _ratio(s["sat_true"], s["finished"])
    out["satisfaction_reported"] = _ratio(s["sat_rep"], s["finished"])
    out["fragmentation"] = 1.0 - _ratio(s["data_sum"], s["work_hours"])
    out["fragmentation"] = np.where(s["work_hours"] > 0, out["fragmentation"], 0.0)
    out["territorial_share"] = _ratio(s["dispatched_kuai"], s["dispatched"])
    out["bureau_load"] = _ratio(s["b_hours"], s["b_cap"])
    out["decision_backlog"] = m["decision_backlog"]
    out["innovation_projects"] = m["projects"]
    out["tickets_created"] = s["created"]
    out["tickets_resolved"] = s["resolved"] + s["quickfix"]
    out["tickets_closed_unresolved"] = s["gamed"]
    out["tickets_lost"] = s["lost"]
    out["tickets_open"] = m["open"]
    return out


class History:
    """Ring buffer of per-tick rows (preallocated; old rows are overwritten, never appended)."""

    def __init__(self, capacity_ticks: int) -> None:
        self.capacity = int(capacity_ticks)
        self.rows = np.zeros((self.capacity, len(COLUMNS)))
        self.ticks = np.full(self.capacity, -1, dtype=np.int64)
        self.count = 0  # rows ever written

    def write(self, tick: int, row: np.ndarray) -> None:
        j = self.count % self.capacity
        self.rows[j] = row
        self.ticks[j] = tick
        self.count += 1

    def ordered(self) -> tuple[np.ndarray, np.ndarray]:
        """(ticks, rows) oldest first."""
        if self.count <= self.capacity:
            return self.ticks[: self.count], self.rows[: self.count]
        j = self.count % self.capacity
        order = np.r_[j : self.capacity, 0:j]
        return self.ticks[order], self.rows[order]

    def last(self, n: int) -> np.ndarray:
        """The last n rows (fewer if the run is younger), oldest first."""
        return self.tail(n)[1]

    def tail(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(ticks, rows) of the last n rows (fewer if the run is younger), oldest first."""
        n = max(0, min(n, self.count, self.capacity))
        idx = (self.count - n + np.arange(n)) % self.capacity
        return self.ticks[idx], self.rows[idx]


def window_outputs(rows: np.ndarray, weights) -> dict[str, float]:
    """Outputs over a block of rows: counters summed, states averaged."""
    if len(rows) == 0:
        rows = np.zeros((1, len(COLUMNS)))
    out = derive(rows.sum(axis=0), rows.mean(axis=0), weights)
    return {k: float(v) for k, v in out.items()}


def daily(ticks: np.ndarray, rows: np.ndarray, weights, days_window: int = 1):
    """Per-day outputs (rolling over ``days_window`` days); returns (day numbers, dict of arrays).

    Only complete days are reported.
    """
    if len(ticks) == 0:
        return np.zeros(0), {}
    day = ticks // 24
    first, last = int(day[0]), int(day[-1])
    if (ticks[-1] % 24) != 23:
        last -= 1
    if last < first:
        return np.zeros(0), {}
    days = np.arange(first, last + 1)
    sums = np.zeros((len(days), len(COLUMNS)))
    np.add.at(sums, day[day <= last] - first, rows[day <= last])
    counts = np.bincount(day[day <= last] - first, minlength=len(days)).astype(float)
    if days_window > 1:
        c = np.cumsum(np.vstack([np.zeros((1, len(COLUMNS))), sums]), axis=0)
        sums = c[days_window:] - c[:-days_window] if len(days) >= days_window else sums[:0]
        cc = np.cumsum(np.r_[0, counts])
        counts = cc[days_window:] - cc[:-days_window] if len(days) >= days_window else counts[:0]
        days = days[days_window - 1 :]
    means = sums / np.maximum(counts, 1)[:, None]
    return days + 1, derive(sums, means, weights)


def rolling(
    ticks: np.ndarray, rows: np.ndarray, weights, window: int = 24, every: int = 6, since: int = -1
):
    """Outputs over a sliding ``window`` of hours, sampled every ``every`` hours after ``since``.

    Returns (time in days at the end of each window, dict of arrays).  Used by live charts.
    """
    if len(ticks) == 0:
        return np.zeros(0), {}
    c = np.cumsum(np.vstack([np.zeros((1, rows.shape[1])), rows]), axis=0)
    ends = np.flatnonzero(((ticks + 1) % every == 0) & (ticks > since)) + 1
    if not len(ends):
        return np.zeros(0), {}
    starts = np.maximum(ends - window, 0)
    sums = c[ends] - c[starts]
    means = sums / (ends - starts)[:, None]
    return (ticks[ends - 1] + 1) / 24.0, derive(sums, means, weights)
