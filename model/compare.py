"""Compare two institutional designs on the same seeds (common random numbers).

Officials ask "what does design B change against design A?".  Both run on the same seeds, so
each seed gives a paired difference B - A that is free of the luck of the draw; the table shows
the means, the mean difference and a 95 % interval of the paired differences over seeds.
``python main.py compare A B --seeds N`` prints it, with a line saying whether N seeds give a
stable mean (:mod:`model.seed_count`).
"""

from __future__ import annotations

from .experiment import Job, mean_interval, run_serial
from .metrics import SUMMARY_KEYS
from .seed_count import check_outputs, series_of

TABLE_KEYS = tuple(k for k in SUMMARY_KEYS if not k.startswith("tickets_")) + (
    "gaming_gap",
    "territorial_share",
    "bureau_load",
    "help_latency_hours",
)


def compare(a: dict, b: dict, seeds, days: float | None = None, run_many=None) -> dict:
    """Paired runs of scenarios a and b; returns {"rows", "a", "b", "seed_check"}.

    Each row: key, mean_a, mean_b, diff, low, high (interval of the paired difference);
    ``seed_check`` says whether the seeds give a stable mean of every output in both designs.
    ``run_many(list of (scenario, Job), days)`` may run them in parallel.
    """
    seeds = list(seeds)
    batch = [(a, Job(0, (), s)) for s in seeds] + [(b, Job(1, (), s)) for s in seeds]
    out = (run_many or run_serial)(batch, days)
    runs_a, runs_b = out[: len(seeds)], out[len(seeds) :]
    rows = difference_table(runs_a, runs_b)
    return {"rows": rows, "a": runs_a, "b": runs_b, "seed_check": seed_check(runs_a, runs_b)}


def seed_check(runs_a: list[dict], runs_b: list[dict], keys=TABLE_KEYS) -> dict:
    """:func:`model.seed_count.check_outputs` of every table output, in A and in B."""
    return check_outputs(series_of([runs_a, runs_b], keys))


def difference_table(runs_a: list[dict], runs_b: list[dict], keys=TABLE_KEYS) -> list[dict]:
    """Mean of each arm and the paired difference with its interval, per summary key."""
    rows = []
    for k in keys:
        pairs = [
            (x[k], y[k])
            for x, y in zip(runs_a, runs_b, strict=True)
            if x[k] is not None and y[k] is not None  # shock measures of runs without a shock
        ]
        if not pairs:
            continue
        xa = [x for x, _ in pairs]
        xb = [y for _, y in pairs]
        d, lo, hi = mean_interval([y - x for x, y in pairs])
        rows.append(
            {
                "key": k,
                "mean_a": mean_interval(xa)[0],
                "mean_b": mean_interval(xb)[0],
                "diff": d,
                "low": lo,
                "high": hi,
            }
        )
    return rows


def format_table(rows: list[dict]) -> str:
    """A plain-text table; '*' marks differences whose interval excludes zero."""
    out = [f"{'output':28s} {'A':>10s} {'B':>10s} {'B - A':>10s} {'95 % interval':>23s}"]
    for r in rows:
        sig = "*" if r["low"] > 0 or r["high"] < 0 else " "
        out.append(
            f"{r['key']:28s} {r['mean_a']:10.4g} {r['mean_b']:10.4g} {r['diff']:10.4g} "
            f"[{r['low']:9.4g}, {r['high']:9.4g}]{sig}"
        )
    return "\n".join(out)
