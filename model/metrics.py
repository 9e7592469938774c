"""Outputs of a run: raw per-hour counters, a ring-buffer history, and the derived measures.

The engine adds up *counters* each tick (tickets resolved, hours worked by type, ...) and a few
*states* (backlog, structural range, fatigue).  Every output is derived from sums of those
counters over a window by one function, :func:`derive` - the same code for the live view, the
per-day CSV and the run summary, so they can never disagree.  No output reads a switch or a
mode: an institution changes an output only by changing what happens to tickets and units.

Mobility is measured on the work itself: the distribution of *standard work done* (the
standard hours of completed cases) over true categories against the distribution of standard
work *arriving*, over a trailing 7-day window, with the sampling noise of that window removed
(:func:`mobility`).
"""

from __future__ import annotations

import numpy as np

N_CLASSES = 4
RES_BINS = np.array([0, 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1e9])
N_BINS = len(RES_BINS) - 1
REFERENCE_MISMATCH = 0.3  # mismatch that scores mobility 0 (output definition)
MOBILITY_DAYS = 7  # trailing window of the mobility measure

COUNTERS = (
    "created created_repeat prevented finished resolved quickfix gamed lost resolved_true "
    "recorded resolved_rep sat_rep excluded callbacks gamed_detected persuaded redispatched "
    "true_on_time dilemma_n dilemma_hours help_n help_hours sat_true "
    "returns ret_req ret_rej hops escalations whistles decisions dispatched_kuai dispatched "
    "multi_n lateral upward multi_quickfix match_sum match_n first_ok "
    "g_direct g_coord g_rework g_report g_innov g_escal g_persuade g_project g_cap "
    "b_hours b_cap work_hours prof_sum data_sum hub_hours contacts proactive_launched"
).split()
COUNTERS += [f"ontime_{i}" for i in range(N_CLASSES)] + [f"due_{i}" for i in range(N_CLASSES)]
COUNTERS += [f"res_bin_{i}" for i in range(N_BINS)]
STATES = ("mobility", "backlog_g", "open", "range", "decision_backlog", "projects", "fatigue_g")
COLUMNS = tuple(COUNTERS) + STATES
COL = {name: i for i, name in enumerate(COLUMNS)}
HIDDEN = ("g_coord", "g_rework", "g_report", "g_innov", "g_escal", "g_persuade", "g_project")
HOUR_TYPES = ("g_direct",) + HIDDEN  # the engine's hour types, in its order
LOAD_PARTS = tuple("load_" + k[2:] for k in HOUR_TYPES)  # the load's parts, as output keys

# The summary keys of the command line contract (spec §9), then extras.
SUMMARY_KEYS = tuple(
    "flexibility flex_mobility flex_lateral flex_match flex_range load hidden_work_share "
    "backlog_days escalations_per_100 returns_per_100 first_dispatch_accuracy professionalism "
    "on_time_rate median_resolution_hours resolution_true resolution_reported "
    "satisfaction_true satisfaction_reported fragmentation tickets_created tickets_resolved "
    "tickets_open_at_end failure_demand_share repeat_calls_per_100 gaming_detected_per_100 "
    "returns_requested_per_100 returns_rejected_per_100 excluded_per_100 fatigue "
    "shock_absorption proactive_projects demand_prevented_share".split()
)

# Whole-run measures: in the summary only (a day or a window has no shock to recover from).
WHOLE_RUN_KEYS = ("shock_absorption", "shock_recovery_days", "flex_mobility_shock")


def mobility(arrived: np.ndarray, done: np.ndarray, n_arrived, n_done) -> np.ndarray:
    """Mobility of work over categories (arrays [..., K]; n_* the effective numbers of cases).

    mismatch = total-variation distance between the category shares of standard work arriving
    and standard work done; the distance two samples of those sizes from one distribution reach
    by chance (the noise floor: its expected value plus one standard deviation) is subtracted;
    mobility = 1 - excess / REFERENCE_MISMATCH, clipped to [0, 1].  A process that completes
    work in exact proportion to what arrives scores 1 up to sampling noise.  No work arriving or
    done: 0 (no evidence).
    """
    ta, td = arrived.sum(axis=-1, keepdims=True), done.sum(axis=-1, keepdims=True)
    p = np.divide(arrived, ta, out=np.zeros_like(arrived, dtype=float), where=ta > 0)
    q = np.divide(done, td, out=np.zeros_like(done, dtype=float), where=td > 0)
    tv = 0.5 * np.abs(p - q).sum(axis=-1)
    inv = _ratio(1.0, n_arrived) + _ratio(1.0, n_done)
    var = p * (1 - p) * np.asarray(inv)[..., None]  # of each share's difference, by chance
    expected = 0.5 * np.sqrt(2 / np.pi) * np.sqrt(var).sum(-1)
    spread = 0.5 * np.sqrt((1 - 2 / np.pi) * var.sum(-1))
    floor = expected + spread  # what chance alone reaches in about five windows of six
    m = np.clip(1.0 - np.maximum(tv - floor, 0.0) / REFERENCE_MISMATCH, 0.0, 1.0)
    return np.where((ta[..., 0] > 0) & (td[..., 0] > 0), m, 0.0)


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

    ``weights`` are the flexibility part weights (mobility, lateral, match, range).  Mobility
    is the mean of the trailing-7-day mobility the engine records each day (a state).
    """
    s = {name: sums[..., COL[name]] for name in COUNTERS}
    m = {name: means[..., COL[name]] for name in STATES}
    out: dict[str, np.ndarray] = {}
    out["flex_mobility"] = np.clip(m["mobility"], 0.0, 1.0)
    out["flex_lateral"] = _ratio(s["lateral"], s["multi_n"])
    out["flex_match"] = np.clip(_ratio(s["match_sum"], s["match_n"]), 0.0, 1.0)
    out["flex_range"] = np.clip(m["range"], 0.0, 1.0)
    parts = np.stack(
        [out[k] for k in ("flex_mobility", "flex_lateral", "flex_match", "flex_range")]
    )
    w = np.asarray(weights, float).reshape((4,) + (1,) * (parts.ndim - 1))
    out["flexibility"] = (parts * w).sum(axis=0) / max(float(np.sum(weights)), 1e-12)
    g_total = sum(s[k] for k in HOUR_TYPES)
    out["load"] = _ratio(g_total, s["g_cap"])
    for k in HOUR_TYPES:
        out["load_" + k[2:]] = _ratio(s[k], s["g_cap"])
    out["hidden_work_share"] = _ratio(g_total - s["g_direct"], g_total)
    out["backlog_days"] = m["backlog_g"]
    out["fatigue"] = m["fatigue_g"]
    created = s["created"]
    out["escalations_per_100"] = 100 * _ratio(s["escalations"], created)
    out["returns_per_100"] = 100 * _ratio(s["returns"], created)
    out["returns_requested_per_100"] = 100 * _ratio(s["ret_req"], created)
    out["returns_rejected_per_100"] = 100 * _ratio(s["ret_rej"], created)
    out["hops_per_100"] = 100 * _ratio(s["hops"], created)
    out["whistles_per_100"] = 100 * _ratio(s["whistles"], created)
    out["quick_fixes_per_100"] = 100 * _ratio(s["quickfix"], created)
    out["gaming_detected_per_100"] = 100 * _ratio(s["gamed_detected"], created)
    out["excluded_per_100"] = 100 * _ratio(s["excluded"], created)
    out["persuaded_per_100"] = 100 * _ratio(s["persuaded"], created)
    out["repeat_calls_per_100"] = 100 * _ratio(s["created_repeat"], created)
    out["failure_demand_share"] = _ratio(s["created_repeat"], created)
    out["demand_prevented_share"] = _ratio(
        s["prevented"], created - s["created_repeat"] + s["prevented"]
    )
    out["proactive_projects"] = s["proactive_launched"]
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
    out["resolution_reported"] = _ratio(s["resolved_rep"], s["recorded"])
    out["help_latency_hours"] = _ratio(s["help_hours"], s["help_n"])
    out["dilemma_resolution_hours"] = _ratio(s["dilemma_hours"], s["dilemma_n"])
    out["true_on_time_rate"] = _ratio(s["true_on_time"], s["finished"])
    out["redispatch_rate"] = _ratio(s["redispatched"], s["finished"])
    out["gaming_gap"] = out["resolution_reported"] - out["resolution_true"]
    out["satisfaction_true"] = _ratio(s["sat_true"], s["finished"])
    out["satisfaction_reported"] = _ratio(s["sat_rep"], s["recorded"])
    out["satisfaction_gap"] = out["satisfaction_reported"] - out["satisfaction_true"]
    out["callback_share"] = _ratio(s["callbacks"], s["finished"])
    out["fragmentation"] = 1.0 - _ratio(s["data_sum"], s["work_hours"])
    out["fragmentation"] = np.where(s["work_hours"] > 0, out["fragmentation"], 0.0)
    out["territorial_share"] = _ratio(s["dispatched_kuai"], s["dispatched"])
    out["bureau_load"] = _ratio(s["b_hours"], s["b_cap"])
    out["decision_backlog"] = m["decision_backlog"]
    out["innovation_projects"] = m["projects"]
    out["tickets_created"] = created
    out["tickets_resolved"] = s["resolved"] + s["quickfix"]
    out["tickets_closed_unresolved"] = s["gamed"]
    out["tickets_lost"] = s["lost"]
    out["tickets_open"] = m["open"]
    return out


class History:
    """Ring buffer of per-tick rows, one row per lane (run of a batch) each tick; preallocated,
    old rows are overwritten, never appended."""

    def __init__(self, capacity_ticks: int, lanes: int = 1) -> None:
        self.capacity = int(capacity_ticks)
        self.rows = np.zeros((self.capacity, lanes, len(COLUMNS)))
        self.ticks = np.full(self.capacity, -1, dtype=np.int64)
        self.count = 0  # rows ever written

    def write(self, tick: int, rows: np.ndarray) -> None:
        """This tick's rows, [R, C]."""
        j = self.count % self.capacity
        self.rows[j] = rows
        self.ticks[j] = tick
        self.count += 1

    def lane(self, r: int) -> HistoryLane:
        return HistoryLane(self, r)


class HistoryLane:
    """The history of one lane: (ticks, rows [n, C]) oldest first."""

    def __init__(self, history: History, lane: int) -> None:
        self.h, self.r = history, lane

    @property
    def count(self) -> int:
        return self.h.count

    def ordered(self) -> tuple[np.ndarray, np.ndarray]:
        """(ticks, rows) oldest first."""
        h = self.h
        if h.count <= h.capacity:
            return h.ticks[: h.count], h.rows[: h.count, self.r]
        j = h.count % h.capacity
        order = np.r_[j : h.capacity, 0:j]
        return h.ticks[order], h.rows[order, self.r]

    def last(self, n: int) -> np.ndarray:
        """The last n rows (fewer if the run is younger), oldest first."""
        return self.tail(n)[1]

    def tail(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(ticks, rows) of the last n rows (fewer if the run is younger), oldest first."""
        h = self.h
        n = max(0, min(n, h.count, h.capacity))
        idx = (h.count - n + np.arange(n)) % h.capacity
        return h.ticks[idx], h.rows[idx, self.r]


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
