"""Sensitivity files: which assumptions and parameters to vary, over what ranges, for which outputs.

A sweep turns one or two knobs on a grid; a *global sensitivity analysis* turns all the chosen
knobs at once over their plausible ranges and asks which of them the outputs depend on - which
modelling assumptions the conclusions about flexibility and grassroots load rest on, and so
which ones deserve better evidence. Like a sweep file, a sensitivity file is checked completely
before the first run (:func:`plan`): every key, every factor's path and both ends of its range
(each applied to the base scenario and normalised), every output name, the method's settings and
the size of the whole analysis against :mod:`model.limits`. Every problem is reported with its
place in the file (``factors[2].range``, ``outputs[0]``).

Sensitivity file (JSON)::

    {"format": "govflex-sensitivity", "scenario": "typical-platform", "method": "morris",
     "factors": [{"path": "assumptions.repeat.unresolved"},
                 {"path": "mechanisms.assessment.pressure", "range": [0.2, 0.8]}],
     "outputs": ["flexibility", "load"], "days": 90, "seeds": [1],
     "trajectories": 20, "levels": 4, "sample_seed": 1}

* ``scenario``: a preset name, a scenario file or an inline scenario (default
  ``typical-platform``); or instead ``model``: a test function of :mod:`model.testfunctions`
  (``"ishigami"``), whose inputs are the factors and which has no days or seeds.
* ``method``: ``"morris"`` (elementary effects: a cheap screening, ``trajectories`` r, default
  20, on a grid of ``levels`` p, even, default 4: r (k + 1) sample points for k factors) or
  ``"sobol"`` (variance-based first-order and total indices from Saltelli's sampling of base
  size ``n``, a power of 2, default 256: n (k + 2) points, n (2k + 2) with ``second_order``).
* ``factors``: ``path`` is any path ``--set`` accepts that holds a number; ``range`` is [low,
  high]. An assumption (``assumptions.GROUP.NAME``) may leave the range out and takes its
  plausible range from the registry (:mod:`model.assumptions`); any other parameter must give
  one. A parameter the file takes in whole numbers only (hotline seats) is rounded to the
  nearest whole number at every sample point.
* ``outputs``: names of the run summary (``flexibility``, ``load``, ``gaming_gap``,
  ``resolution_true``, ``failure_demand_share``...; default flexibility and load).
* ``seeds``: every sample point runs on the *same* seeds (common random numbers: the same
  citizens at every point, so the differences between points come from the factors, not from
  luck), and its outputs are the mean over those seeds. Default [1].
* ``bootstrap`` (resamples for the confidence intervals, default 1000), ``conf_level`` (0.95),
  ``sample_seed`` (the sample and the bootstrap, default 1), ``workers`` (default: all cores).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from .assumptions import flat
from .limits import (
    MAX_FACTORS,
    MAX_SAMPLE_POINTS,
    MAX_SEED,
    MAX_SWEEP_RUNS,
    MAX_WORKERS,
    scenario_cost,
)
from .metrics import COLUMNS, derive
from .scenario import ScenarioError, get_path
from .scenario_check import hint
from .sweep_spec import (
    check_value,
    is_number,
    load_spec,
    read_days,
    read_scenario,
    read_seeds,
    warmup_warning,
)
from .testfunctions import TEST_FUNCTIONS

FORMAT = "govflex-sensitivity"
METHODS = ("morris", "sobol")
SPEC_KEYS = {
    "format", "name", "scenario", "model", "method", "factors", "outputs", "days", "seeds",
    "trajectories", "levels", "n", "second_order", "bootstrap", "conf_level", "sample_seed",
    "workers",
}  # fmt: skip
METHOD_KEYS = {"morris": ("trajectories", "levels"), "sobol": ("n", "second_order")}
CITY_KEYS = ("scenario", "days", "seeds")  # a test function has no city, days or seeds
DEFAULT_OUTPUTS = ("flexibility", "load")
ASSUMPTIONS = dict(flat())  # "group.name" -> Assumption
NOT_FACTORS = ("seed", "run.")  # set by the file's seeds and days, not varied


@dataclass(frozen=True)
class Factor:
    """One input varied by the analysis: a scenario path (or a test function's input) and
    its range; ``whole`` when the scenario takes whole numbers only there."""

    path: str
    lo: float
    hi: float
    whole: bool = False


@dataclass(frozen=True)
class Plan:
    """A checked sensitivity file: everything the sampling, the runs and the analysis need."""

    spec: dict
    method: str
    model: str | None  # a test function's name, or None for the city
    base: dict | None  # the normalised base scenario (None for a test function)
    factors: tuple[Factor, ...]
    outputs: tuple[str, ...]
    days: float | None
    seeds: tuple[int, ...]
    trajectories: int
    levels: int
    n: int
    second_order: bool
    bootstrap: int
    conf_level: float
    sample_seed: int
    workers: int | None

    @property
    def points(self) -> int:
        """Sample points: r (k + 1) for Morris, n (k + 2) or n (2k + 2) for Sobol."""
        k = len(self.factors)
        if self.method == "morris":
            return self.trajectories * (k + 1)
        return self.n * (2 * k + 2 if self.second_order else k + 2)

    @property
    def runs(self) -> int:
        """Simulation runs: every sample point on every seed (0 for a test function)."""
        return 0 if self.model else self.points * len(self.seeds)

    def estimated_seconds(self, workers: int | None = None) -> float:
        """The estimated time of all the runs on ``workers`` processes (0 for a function)."""
        if self.model:
            return 0.0
        workers = max(1, min(workers or self.workers or os.cpu_count() or 1, self.runs))
        return scenario_cost(self.base, self.days).batched_seconds(self.runs, workers)


def output_keys() -> tuple[str, ...]:
    """The outputs a sensitivity analysis may name: every number of the run summary that every
    run has (the shock measures, null in a run without a shock, are left out)."""
    zeros = np.zeros(len(COLUMNS))
    return tuple(derive(zeros, zeros, np.ones(4))) + ("tickets_open_at_end",)


def _whole(spec, key, lo, hi, default, problems, what="a whole number") -> int:
    x = spec.get(key, default)
    if isinstance(x, int) and not isinstance(x, bool) and lo <= x <= hi:
        return x
    problems.append(f"{key}: must be {what} from {lo:,} to {hi:,}")
    return default


def _settings(spec: dict, method: str | None, problems: list[str]) -> dict:
    """The method's settings and the analysis settings, with their defaults."""
    out = {
        "trajectories": _whole(spec, "trajectories", 2, 10_000, 20, problems),
        "levels": _whole(spec, "levels", 2, 100, 4, problems, "an even number"),
        "n": _whole(spec, "n", 2, 2**20, 256, problems, "a power of 2"),
        "bootstrap": _whole(spec, "bootstrap", 10, 100_000, 1000, problems),
        "sample_seed": _whole(spec, "sample_seed", 0, MAX_SEED, 1, problems),
    }
    out["workers"] = None
    if spec.get("workers") is not None:
        out["workers"] = _whole(spec, "workers", 1, MAX_WORKERS, None, problems)
    if out["levels"] % 2:
        problems.append("levels: must be an even number from 2 to 100")
    if out["n"] & (out["n"] - 1):
        problems.append(f"n: must be a power of 2 from 2 to {2**20:,}, found {out['n']}")
    out["second_order"] = spec.get("second_order", False)
    if not isinstance(out["second_order"], bool):
        problems.append("second_order: must be true or false")
    out["conf_level"] = spec.get("conf_level", 0.95)
    if not (is_number(out["conf_level"]) and 0 < out["conf_level"] < 1):
        problems.append("conf_level: must be a number between 0 and 1 (0.95 for 95 %)")
    for m, keys in METHOD_KEYS.items():
        for k in keys:
            if k in spec and method in METHODS and method != m:
                problems.append(f"{k}: a setting of method '{m}'; this file's method is '{method}'")
    return out


def _range(f: dict, where: str, problems: list[str]) -> tuple[float, float] | None:
    r = f["range"]
    ok = isinstance(r, list) and len(r) == 2 and all(is_number(x) and math.isfinite(x) for x in r)
    if not ok or not r[0] < r[1]:
        problems.append(f"{where}.range: give [low, high], two numbers with low < high")
        return None
    return float(r[0]), float(r[1])


def _city_range(f: dict, where: str, problems: list[str]) -> tuple[float, float] | None:
    """The range given, else an assumption's plausible range (none for one fixed by its
    source, such as a deadline set by regulation)."""
    if "range" in f:
        return _range(f, where, problems)
    path = f["path"]
    a = ASSUMPTIONS.get(path[len("assumptions.") :]) if path.startswith("assumptions.") else None
    if a is None:
        problems.append(f"{where}.range: give [low, high] (only assumptions have a default range)")
        return None
    if not a.lo < a.hi:
        problems.append(
            f"{where}.range: {path} has no plausible range (fixed at {a.default:g} by its "
            "source); give a range"
        )
        return None
    return float(a.lo), float(a.hi)


def _city_factor(f: dict, where: str, base: dict | None, problems: list[str]) -> Factor | None:
    """A scenario parameter: its range (given, or an assumption's plausible one), both ends
    valid in the base scenario, and whether it takes whole numbers only."""
    path = f["path"]
    if path == NOT_FACTORS[0] or path.startswith(NOT_FACTORS[1]):
        problems.append(
            f"{where}.path: '{path}' is set by the file's 'seeds' and 'days', not a factor"
        )
        return None
    name = path.removeprefix("assumptions.")
    if name != path and name not in ASSUMPTIONS:
        known = [f"assumptions.{k}" for k in ASSUMPTIONS]
        problems.append(f"{where}.path: unknown assumption '{path}'{hint(path, known)}")
        return None
    rng = _city_range(f, where, problems)
    if base is None:
        return None
    try:
        current = get_path(base, path)
    except ScenarioError as err:  # a wrong path, or a key the file may leave out
        current, wrong = None, [f"{where}.path: {err.problems[0]}"]
        if rng is not None:  # a key left out takes a value: is it a place of the file?
            wrong = []
            check_value(base, path, rng[0], f"{where}.path", wrong)
        if wrong:
            problems += wrong  # once, not once for each end of the range
            return None
    if rng is None:
        return None
    if isinstance(current, (bool, str, list, dict)):
        problems.append(f"{where}.path: {path} holds {current!r}, not a number")
        return None
    if not all([check_value(base, path, x, f"{where}.range", problems) for x in rng]):
        return None
    whole = isinstance(current, int) and all(float(x).is_integer() for x in rng)
    whole = whole and not check_value(base, path, rng[0] + 0.5, where, [])
    return Factor(path, rng[0], rng[1], whole)


def _function_factor(f: dict, where: str, fn, problems: list[str]) -> Factor | None:
    if f["path"] not in fn.inputs:
        problems.append(
            f"{where}.path: '{f['path']}' is not an input of the function "
            f"(its inputs: {', '.join(fn.inputs)})"
        )
        return None
    rng = _range(f, where, problems) if "range" in f else fn.bounds[fn.inputs.index(f["path"])]
    return Factor(f["path"], *rng) if rng else None


def _factors(spec: dict, base, fn, problems: list[str]) -> tuple[Factor, ...]:
    items = spec.get("factors")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_FACTORS:
        problems.append(f"factors: give a list of 1 to {MAX_FACTORS} factors (MAX_FACTORS)")
        return ()
    out, seen = [], set()
    for i, f in enumerate(items):
        where = f"factors[{i}]"
        if not isinstance(f, dict) or not isinstance(f.get("path"), str) or not f["path"]:
            problems.append(f"{where}.path: give the scenario path to vary")
            continue
        for k in sorted(set(f) - {"path", "range"}, key=str):
            problems.append(f"{where}.{k}: unknown key (known: path, range)")
        if f["path"] in seen:
            problems.append(f"{where}.path: '{f['path']}' is listed twice")
            continue
        seen.add(f["path"])
        factor = (
            _function_factor(f, where, fn, problems)
            if fn
            else _city_factor(f, where, base, problems)
        )
        if factor:
            out.append(factor)
    return tuple(out)


def _outputs(spec: dict, fn, problems: list[str]) -> tuple[str, ...]:
    known = fn.outputs if fn else output_keys()
    names = spec.get("outputs", list(fn.outputs if fn else DEFAULT_OUTPUTS))
    if not isinstance(names, list) or not names:
        problems.append("outputs: give a non-empty list of output names")
        return ()
    for i, name in enumerate(names):
        if not isinstance(name, str) or name not in known:
            problems.append(f"outputs[{i}]: unknown output {name!r}{hint(name, known)}")
        elif names.index(name) != i:
            problems.append(f"outputs[{i}]: '{name}' is listed twice")
    return tuple(n for n in names if isinstance(n, str) and n in known)


def _model(spec: dict, problems: list[str]):
    name = spec["model"]
    if not isinstance(name, str) or name not in TEST_FUNCTIONS:
        problems.append(
            f"model: unknown test function {name!r} (known: {', '.join(TEST_FUNCTIONS)})"
        )
        return None
    for k in CITY_KEYS:
        if k in spec:
            problems.append(f"{k}: a test function has no {k}; leave it out with 'model'")
    return TEST_FUNCTIONS[name]


def _size(p: Plan, problems: list[str]) -> None:
    if p.model:
        if p.points > MAX_SAMPLE_POINTS:
            problems.append(
                f"{p.method}: {p.points:,} sample points; at most {MAX_SAMPLE_POINTS:,} "
                "(MAX_SAMPLE_POINTS)"
            )
        return
    if p.runs > MAX_SWEEP_RUNS:
        problems.append(
            f"{p.method}: {p.points:,} sample points x {len(p.seeds)} seeds = {p.runs:,} runs; "
            f"at most {MAX_SWEEP_RUNS:,} (MAX_SWEEP_RUNS)"
        )
        return
    workers = p.workers or os.cpu_count() or 1
    over = scenario_cost(p.base, p.days).over_budget(p.runs, workers)
    if over:
        problems.append(f"{p.method}: too large: {over}")


def plan(spec: object) -> Plan:
    """Check a sensitivity file and return its plan; ScenarioError lists every problem."""
    if not isinstance(spec, dict):
        raise ScenarioError(["sensitivity: the file must hold a JSON object"], source="sensitivity")
    problems: list[str] = []
    for k in sorted(set(spec) - SPEC_KEYS, key=str):
        problems.append(f"{k}: unknown key (known: {', '.join(sorted(SPEC_KEYS))})")
    if spec.get("format", FORMAT) != FORMAT:
        problems.append(f"format: must be '{FORMAT}'")
    method = spec.get("method")
    if method not in METHODS:
        problems.append(f"method: give 'morris' or 'sobol', found {method!r}")
    fn = _model(spec, problems) if "model" in spec else None
    base = days = None
    seeds: list[int] = []
    if "model" not in spec:
        base = read_scenario(spec, problems)
        seeds, days = read_seeds(spec, problems), read_days(spec, problems)
        if base is not None and warmup_warning(base, days):
            problems.append(f"days: {warmup_warning(base, days)}")
    settings = _settings(spec, method, problems)
    factors = _factors(spec, base, fn, problems) if "model" not in spec or fn else ()
    outputs = _outputs(spec, fn, problems) if "model" not in spec or fn else ()
    result = Plan(
        spec=spec,
        method=method if method in METHODS else "morris",
        model=spec.get("model") if fn else None,
        base=base,
        factors=factors,
        outputs=outputs,
        days=days,
        seeds=tuple(seeds),
        **settings,
    )
    if not problems:
        _size(result, problems)
    if problems:
        raise ScenarioError(problems, source="sensitivity")
    return result


def validate_spec(spec: object) -> list[str]:
    """Every problem of a sensitivity file, each with its place (empty when it is fine)."""
    try:
        plan(spec)
    except ScenarioError as err:
        return list(err.problems)
    return []


__all__ = [
    "FORMAT",
    "METHODS",
    "Factor",
    "Plan",
    "load_spec",
    "output_keys",
    "plan",
    "validate_spec",
]
