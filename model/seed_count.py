"""How many seeds? Whether the number of replications gives a stable mean, and a suggestion.

Every run of the city meets a different stream of citizens (its seed), so an output such as the
grassroots load varies from seed to seed; a comparison or a sweep reports the mean over its
seeds.  With too few seeds that mean still moves when one more seed is added; with enough, one
more seed hardly changes the picture.  Lee et al. (2015, "The complexities of agent-based
modeling output analysis", JASSS 18(4) 4) judge this with the **coefficient of variation**
(CV = standard deviation / mean) of the output over the first n replications, n = 2, 3, ... N:
at first the CV jumps about as each new seed brings news; once the spread of the output is
known, the curve flattens.  The number of seeds is enough when the curve has flattened.

The rule used here, in words a non-statistician can check on the chart of CV against n:

* **stable**: adding each of the last ``window`` seeds (3 by default) changed the CV by less
  than ``tolerance`` (5 % by default) of its value - the curve is flat at its end.  "Stable
  after n seeds" names where that flat end begins.
* **suggested number of seeds**: if the mean is stable, the number at which the flat end was
  reached (the flat start plus ``window``).  If not, we imagine carrying on: more seeds are
  drawn again (with replacement) from the results already in hand, one at a time, until the
  rule above is met, many times over; the suggestion is the number reached in four of five of
  these imagined continuations.  It can only be as good as the seeds it starts from - run the
  suggested number and look again.

Everything is numpy only and deterministic (the imagined continuations use a fixed seed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

TOLERANCE = 0.05  # relative change of the CV counted as "no change"
WINDOW = 3  # consecutive additions that must each leave the CV within the tolerance
HORIZON = 200  # the imagined continuations stop here: "more than 200 seeds"
DRAWS = 200  # imagined continuations per series
SHARE = 0.8  # the suggestion is met by this share of the continuations


def cv_curve(values: Sequence[float]) -> np.ndarray:
    """The CV of the first n values for n = 2 .. N (element 0 is n = 2).

    CV = sample standard deviation (n - 1 in the denominator) / |mean|; a series whose values
    are all equal has CV 0; a mean of 0 with some spread gives an infinite CV.
    """
    x = np.asarray(values, float)
    return _cv_rows(x[None, :])[0]


def _cv_rows(x: np.ndarray) -> np.ndarray:
    """CV of the first n values of every row, n = 2 .. columns (vectorised cv_curve)."""
    n = np.arange(1, x.shape[1] + 1, dtype=float)
    s1 = np.cumsum(x, axis=1)
    mean = s1 / n
    dev = np.cumsum((x - x[:, :1]) ** 2, axis=1)  # shifted sums keep the variance exact
    shift = np.cumsum(x - x[:, :1], axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = (dev - shift**2 / n) / np.maximum(n - 1, 1)
        sd = np.sqrt(np.maximum(var, 0.0))
        sd[np.abs(sd) <= 1e-12 * np.maximum(np.abs(mean), 1e-300)] = 0.0  # rounding noise
        cv = np.where(sd == 0.0, 0.0, sd / np.abs(mean))
    return cv[:, 1:]


def relative_changes(cv: np.ndarray) -> np.ndarray:
    """|CV_n - CV_(n-1)| / CV_(n-1) for n = 3 .. N; 0 -> 0 is no change, 0 -> x is infinite."""
    cv = np.asarray(cv, float)
    prev, cur = cv[..., :-1], cv[..., 1:]
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.abs(cur - prev) / prev
    r = np.where((prev == 0.0) & (cur == 0.0), 0.0, r)
    return np.where(np.isnan(r), np.inf, r)


def flat_run(changes: np.ndarray, tolerance: float = TOLERANCE) -> int:
    """How many of the last changes are each below the tolerance."""
    below = np.asarray(changes) < tolerance
    k = 0
    for ok in below[::-1]:
        if not ok:
            break
        k += 1
    return k


def check_series(
    values: Sequence[float],
    tolerance: float = TOLERANCE,
    window: int = WINDOW,
    rng_seed: int = 0,
) -> dict:
    """Is the mean of one output over these seeds stable, and how many seeds would do?

    Returns ``seeds`` (N), ``cv`` (the curve for n = 2 .. N), ``stable``, ``settled_after``
    (where the flat end of the curve begins, or None) and ``suggested`` (seeds; None with
    fewer than 2 seeds, where there is no spread to judge) with ``beyond`` True when even
    :data:`HORIZON` seeds did not flatten most imagined continuations.
    """
    x = np.asarray(values, float)
    n = len(x)
    cv = cv_curve(x) if n >= 2 else np.zeros(0)
    out = {"seeds": n, "cv": [float(c) if np.isfinite(c) else None for c in cv]}
    out.update(stable=False, settled_after=None, suggested=None, beyond=False)
    if n < 2:
        return out
    k = flat_run(relative_changes(cv), tolerance)
    if k >= window:
        settled = n - k
        out.update(stable=True, settled_after=settled, suggested=settled + window)
        return out
    suggested, beyond = _continued(x, tolerance, window, rng_seed)
    out.update(suggested=suggested, beyond=beyond)
    return out


def _continued(x: np.ndarray, tolerance: float, window: int, rng_seed: int) -> tuple[int, bool]:
    """Seeds reached by SHARE of the imagined continuations of ``x`` when the rule is met."""
    n = len(x)
    if n >= HORIZON:
        return HORIZON, True
    rng = np.random.default_rng(rng_seed)
    more = rng.choice(x, size=(DRAWS, HORIZON - n), replace=True)
    seq = np.concatenate([np.broadcast_to(x, (DRAWS, n)), more], axis=1)
    below = relative_changes(_cv_rows(seq)) < tolerance  # column j: adding seed j + 3
    # run[:, j]: consecutive sub-tolerance changes ending at column j
    run = np.zeros(below.shape, int)
    for j in range(below.shape[1]):
        run[:, j] = np.where(below[:, j], (run[:, j - 1] if j else 0) + 1, 0)
    ok = run >= window
    ok[:, : max(0, n - 2)] = False  # the rule fails at N itself (else the series was stable)
    first = np.where(ok.any(axis=1), ok.argmax(axis=1) + 3, HORIZON + 1)
    reached = int(np.ceil(np.quantile(first, SHARE, method="higher")))
    if reached > HORIZON:
        return HORIZON, True
    return max(reached, n + 1), False


def check_outputs(
    series: Mapping[str, Sequence[Sequence[float]]],
    tolerance: float = TOLERANCE,
    window: int = WINDOW,
) -> dict:
    """The check for several outputs, each with one or more series over the same seeds.

    ``series[key]`` lists the output's values over the seeds in each setting that was run (the
    two designs of a comparison, or every configuration of a sweep); an output is stable when
    it is stable in every setting, and its suggestion is the largest.  Returns ``seeds``,
    ``tolerance``, ``window``, ``stable`` (every output), ``unstable`` (keys), ``suggested``,
    ``beyond``, ``settled_after`` (the latest flat start when stable) and ``outputs``
    (key -> stable, suggested, beyond, settled_after, cv of each setting, unstable settings).
    """
    outputs = {}
    for key, runs in series.items():
        checks = [check_series(v, tolerance, window) for v in runs]
        if not checks:
            continue
        unstable = [i for i, c in enumerate(checks) if not c["stable"]]
        known = [c["suggested"] for c in checks if c["suggested"] is not None]
        outputs[key] = {
            "stable": not unstable,
            "suggested": max(known) if known else None,
            "beyond": any(c["beyond"] for c in checks),
            "settled_after": max((c["settled_after"] or 0) for c in checks)
            if not unstable
            else None,
            "unstable_settings": unstable,
            "cv": [c["cv"] for c in checks],
        }
    seeds = max((len(v) for runs in series.values() for v in runs), default=0)
    unstable = [k for k, o in outputs.items() if not o["stable"]]
    known = [o["suggested"] for o in outputs.values() if o["suggested"] is not None]
    return {
        "seeds": seeds,
        "tolerance": tolerance,
        "window": window,
        "stable": bool(outputs) and not unstable,
        "unstable": unstable,
        "suggested": max(known) if known else None,
        "beyond": any(o["beyond"] for o in outputs.values()),
        "settled_after": (
            max(o["settled_after"] for o in outputs.values()) if outputs and not unstable else None
        ),
        "outputs": outputs,
    }


def series_of(runs_by_setting: Sequence[Sequence[dict]], keys: Sequence[str]) -> dict:
    """``series`` for :func:`check_outputs` from run summaries (settings x seeds); an output
    missing or None in some run (a shock measure without a shock) is left out."""
    out = {}
    for k in keys:
        per = [[r.get(k) for r in runs] for runs in runs_by_setting]
        if per and all(v is not None and v == v for runs in per for v in runs) and per[0]:
            out[k] = [[float(v) for v in runs] for runs in per]
    return out


def verdict(check: dict, words: Mapping[str, str] | None = None, most: int = 3) -> str:
    """One line for the command line and the logs, e.g.
    "10 seeds: stable mean for all outputs (CV changes < 5 % after 6 seeds)" or
    "5 seeds: not stable for load, backlog_days: suggest >= 12 seeds"."""
    words = words or {}
    n, tol = check["seeds"], f"{100 * check['tolerance']:g} %"
    head = f"{n} seed{'s' if n != 1 else ''}"
    if check["suggested"] is None:
        return f"{head}: too few to judge whether the mean is stable; run at least 5"
    if check["stable"]:
        return (
            f"{head}: stable mean for all outputs "
            f"(CV changes < {tol} after {check['settled_after']} seeds)"
        )
    names = [words.get(k, k) for k in check["unstable"]]
    shown = ", ".join(names[:most]) + (
        f" and {len(names) - most} more" if len(names) > most else ""
    )
    more = "more than" if check["beyond"] else ">="
    return f"{head}: not stable for {shown}: suggest {more} {check['suggested']} seeds"


def check_csv(check: dict, settings: str = "settings") -> str:
    """One CSV row per output: seeds, stable, where the CV settled, the suggested seeds
    (``more_than`` when even that did not do), and the settings (designs, configurations, by
    index) where the mean is not stable."""
    lines = [f"output,seeds,stable,settled_after,suggested,more_than,unstable_{settings}"]
    for key, o in check["outputs"].items():
        cells = [key, check["seeds"], o["stable"], o["settled_after"], o["suggested"]]
        cells += [o["beyond"], " ".join(str(c) for c in o["unstable_settings"])]
        lines.append(
            ",".join(
                "" if c is None else str(c).lower() if isinstance(c, bool) else str(c)
                for c in cells
            )
        )
    return "\n".join(lines) + "\n"
