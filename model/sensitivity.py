"""Global sensitivity analysis of the city: which assumptions its outputs really depend on.

Every modelling number of GovFlex is an assumption with a plausible range
(:mod:`model.assumptions`). The robustness screen moves them one at a time; a *global*
analysis moves them all at once over their ranges, so it also sees an assumption that matters
only together with another (a gaming propensity that bites only under strong assessment
pressure). It answers the questions a reader of the model should ask: *which assumptions drive
flexibility and grassroots load?* (those deserve evidence) and *which do not matter here?*
(those can stay rough).

Two methods, both from SALib (the field's maintained library; the estimators are not rewritten
here), in the classic order sample -> run -> analyse:

* **Morris** elementary effects (Morris 1991; Campolongo et al. 2007) screen many factors
  cheaply: r trajectories each change one factor at a time by a step on a grid, r (k + 1) runs
  for k factors. ``mu_star`` (the mean absolute effect) ranks the factors; ``sigma`` (the spread
  of the effects) large beside ``mu_star`` means the effect depends on where the other factors
  are - an interaction or a curve; ``mu`` far below ``mu_star`` means effects of both signs.
* **Sobol** variance-based indices (Sobol 2001; Saltelli 2002, 2010) measure the share of the
  output's variance due to each factor alone (``S1``) and with all its interactions (``ST``),
  from n (k + 2) runs (n (2k + 2) with second-order indices).

Every index has a bootstrap confidence interval (``*_conf``: the half-width at ``conf_level``).
All sample points run on the same seeds (common random numbers), so a difference between two
points is due to the factors, not to different citizens.

The runs go to the sweep's worker processes (:func:`model.sweep.run_jobs`): progress is
reported, cancelling stops them at once, and no worker outlives the analysis. A test function
(:mod:`model.testfunctions`) is evaluated in this process instead - it takes microseconds - but
through the same sample, analysis and results.

For a GUI (call from a worker thread)::

    problems = validate_spec(spec)              # [] or every problem with its place
    result = run_sensitivity(spec, progress=lambda done, total: ..., cancel=event)
    save(result, folder); result = load(folder)
    result.rows()                               # the table: output, factor, rank, indices
"""

from __future__ import annotations

import datetime as dt
import platform
import time
import warnings
from collections.abc import Callable

import numpy as np

from .experiment import Job
from .sensitivity_result import COLUMNS, SensitivityResult, load, save
from .sensitivity_spec import Factor, Plan, load_spec, output_keys, plan, validate_spec
from .sweep import SweepCancelled, SweepRunError, run_jobs
from .testfunctions import TEST_FUNCTIONS
from .version import govflex_version

Progress = Callable[[int, int], None]


class _Flag:
    """A ``cancel`` given as a function answering 'stop now?', seen as an event."""

    def __init__(self, asked: Callable[[], bool]) -> None:
        self.is_set = asked


def _as_event(cancel):
    if cancel is None or hasattr(cancel, "is_set"):
        return cancel
    return _Flag(cancel)


def problem(p: Plan) -> dict:
    """SALib's description of the factors: names (their paths) and ranges."""
    return {
        "num_vars": len(p.factors),
        "names": [f.path for f in p.factors],
        "bounds": [[f.lo, f.hi] for f in p.factors],
    }


def sample(p: Plan) -> np.ndarray:
    """The sample matrix (points x factors), drawn with ``sample_seed``."""
    if p.method == "morris":
        from SALib.sample import morris

        return morris.sample(problem(p), p.trajectories, num_levels=p.levels, seed=p.sample_seed)
    from SALib.sample import sobol

    return sobol.sample(problem(p), p.n, calc_second_order=p.second_order, seed=p.sample_seed)


def _value(f: Factor, x: float) -> float | int:
    return int(round(x)) if f.whole else float(x)


def point_sets(p: Plan, x: np.ndarray) -> tuple[tuple[str, float | int], ...]:
    """The scenario overrides of one sample point (``--set`` paths and values)."""
    return tuple((f.path, _value(f, v)) for f, v in zip(p.factors, x, strict=True))


def evaluate(
    p: Plan,
    X: np.ndarray,
    progress: Progress | None = None,
    cancel=None,
    workers: int | None = None,
    batch: int | None = None,
) -> tuple[np.ndarray, np.ndarray | None]:
    """The outputs at every sample point: (Y [points, outputs], Y_seeds [points, seeds,
    outputs] or None for a test function). Raises SweepCancelled when cancelled and
    SweepRunError naming every failed run (an analysis needs every point)."""
    cancel = _as_event(cancel)
    if p.model:
        if cancel is not None and cancel.is_set():
            raise SweepCancelled([])
        fn = TEST_FUNCTIONS[p.model]
        out = fn.evaluate({f.path: X[:, j] for j, f in enumerate(p.factors)}, len(X))
        if progress:
            progress(len(X), len(X))
        return np.column_stack([np.asarray(out[o], float) for o in p.outputs]), None
    jobs = [Job(i, point_sets(p, x), s) for i, x in enumerate(X) for s in p.seeds]
    runs = run_jobs(p.base, jobs, p.days, workers or p.workers, progress, cancel, batch=batch)
    Y_seeds = np.array([[float(summary[o]) for o in p.outputs] for _job, summary in runs])
    Y_seeds = Y_seeds.reshape(len(X), len(p.seeds), len(p.outputs))
    return Y_seeds.mean(axis=1), Y_seeds


def analyse(p: Plan, X: np.ndarray, Y: np.ndarray) -> dict[str, dict[str, np.ndarray]]:
    """The indices of every factor for every output (SALib's estimators, bootstrap seeded
    with ``sample_seed``), as ``{output: {column: array over the factors}}``."""
    out = {}
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)  # a constant output: NaN, not noise
        for j, o in enumerate(p.outputs):
            y = np.ascontiguousarray(Y[:, j], dtype=float)
            out[o] = _morris(p, X, y) if p.method == "morris" else _sobol(p, y)
    return out


def _morris(p: Plan, X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
    from SALib.analyze import morris

    r = morris.analyze(
        problem(p), X, y, num_resamples=p.bootstrap, conf_level=p.conf_level,
        num_levels=p.levels, seed=p.sample_seed,
    )  # fmt: skip
    return {c: np.asarray(r[c], float) for c in COLUMNS["morris"]}


def _sobol(p: Plan, y: np.ndarray) -> dict[str, np.ndarray]:
    from SALib.analyze import sobol

    r = sobol.analyze(
        problem(p), y, calc_second_order=p.second_order, num_resamples=p.bootstrap,
        conf_level=p.conf_level, seed=p.sample_seed,
    )  # fmt: skip
    cols = COLUMNS["sobol"] + (("S2", "S2_conf") if p.second_order else ())
    return {c: np.asarray(r[c], float) for c in cols}


def _manifest(p: Plan, seconds: float, workers: int | None) -> dict:
    from importlib.metadata import version

    src = p.spec.get("scenario", "typical-platform")
    return {
        "govflex_version": govflex_version(),
        "salib_version": version("SALib"),
        "numpy_version": np.__version__,
        "python": platform.python_version(),
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "model": p.model,
        "scenario": None if p.model else (src if isinstance(src, str) else "(inline)"),
        "base_scenario": p.base,
        "days": None if p.model else (p.days or p.base["run"]["days"]),
        "seeds": list(p.seeds),
        "sample_seed": p.sample_seed,
        "points": p.points,
        "runs": p.runs,
        "workers": workers or p.workers,
        "seconds": seconds,
    }


def run_sensitivity(
    spec: dict | Plan,
    progress: Progress | None = None,
    cancel=None,
    workers: int | None = None,
    batch: int | None = None,
) -> SensitivityResult:
    """Check a sensitivity file, sample, run every point, analyse; the result to save.

    ``progress(done, total)`` is called after each run; ``cancel`` (a ``threading.Event`` or
    a function answering True to stop) stops the runs within a fraction of a second, ends
    every worker process and raises SweepCancelled. A bad file raises ScenarioError listing
    every problem before anything runs; ``workers`` overrides the file's; ``batch`` caps the
    runs advanced together (``model.sweep.run_jobs``).
    """
    p = spec if isinstance(spec, Plan) else plan(spec)
    t0 = time.perf_counter()
    X = sample(p)
    Y, Y_seeds = evaluate(p, X, progress, cancel, workers, batch)
    return _result(p, X, Y, Y_seeds, _manifest(p, time.perf_counter() - t0, workers))


def _result(p: Plan, X, Y, Y_seeds, manifest: dict) -> SensitivityResult:
    return SensitivityResult(
        spec=p.spec,
        method=p.method,
        factors=[{"path": f.path, "lo": f.lo, "hi": f.hi, "whole": f.whole} for f in p.factors],
        outputs=list(p.outputs),
        X=X,
        Y=Y,
        Y_seeds=Y_seeds,
        indices=analyse(p, X, Y),
        manifest=manifest,
    )


def reanalyse(result: SensitivityResult, **changes) -> SensitivityResult:
    """The indices again from a result's sample and outputs, without running anything, with
    analysis settings changed (``bootstrap``, ``conf_level``; the sample is kept)."""
    bad = set(changes) - {"bootstrap", "conf_level"}
    if bad:
        raise TypeError(f"only bootstrap and conf_level can change, not {sorted(bad)}")
    p = plan({**result.spec, **changes})
    return _result(p, result.X, result.Y, result.Y_seeds, result.manifest)


__all__ = [
    "COLUMNS",
    "Plan",
    "SensitivityResult",
    "SweepCancelled",
    "SweepRunError",
    "analyse",
    "evaluate",
    "load",
    "load_spec",
    "output_keys",
    "plan",
    "problem",
    "reanalyse",
    "run_sensitivity",
    "sample",
    "save",
    "validate_spec",
]
