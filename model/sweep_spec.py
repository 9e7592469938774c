"""Sweep files: what a sweep varies, checked completely before the first run starts.

A sweep that fails after three hours because the seventeenth value of a range is out of bounds
has wasted the afternoon, so :func:`expand` checks everything it can before anything runs:
every key, every seed, the length of the runs against their warm-up, every value of every axis
(each applied to the base scenario and normalised), the combinations when checking them is
cheap, and the size of the whole sweep against :mod:`model.limits`. Problems are collected, not
stopped at; each names its place in the file (``parameters[0].values[3]``).

Sweep file (JSON)::

    {"format": "govflex-sweep", "scenario": "typical-platform", "days": 90, "seeds": [1, 2, 3],
     "parameters": [{"path": "mechanisms.assessment.pressure", "values": [0, 0.5, 1]},
                    {"path": "mechanisms.dispatch.coverage", "range": [0, 1, 5]}]}

or, instead of ``parameters``, ``"mechanisms": "all"`` (or a list of mechanism names) for all
2^k on/off combinations.  ``range`` is [start, stop, count], both ends included.
"""

from __future__ import annotations

import itertools
import math
import os
import time

import numpy as np

from .jsonsafe import JsonFileError, read_json
from .limits import (
    MAX_DAYS,
    MAX_SEED,
    MAX_SEEDS,
    MAX_SWEEP_RUNS,
    MAX_SWEEP_VALUES,
    scenario_cost,
)
from .presets import resolve_scenario
from .scenario import ScenarioError, normalize, set_path

# What "on" and "off" mean for each mechanism in a combination sweep.
TOGGLES: dict[str, tuple[str, object, object]] = {
    "entrance_control": ("mechanisms.entrance_control.enabled", True, False),
    "interface": ("mechanisms.interface.enabled", True, False),
    "dispatch": ("mechanisms.dispatch.mode", "algorithmic", "manual"),
    "data": ("mechanisms.data.regime", "shared", "blocks"),
    "assessment": ("mechanisms.assessment.enabled", True, False),
    "escalation": ("mechanisms.escalation.whistle", True, False),
    "data_asset_design": ("mechanisms.data_asset_design.enabled", True, False),
}
SPEC_KEYS = {"format", "scenario", "days", "seeds", "parameters", "mechanisms", "name"}
CHECK_SECONDS = 5.0  # combinations are all checked when that takes less than this


def is_number(x: object) -> bool:
    """A JSON number (a bool is not one)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _values(p: dict, where: str, problems: list[str]) -> list:
    if "values" in p:
        if not isinstance(p["values"], list) or not p["values"]:
            problems.append(f"{where}.values: give a non-empty list of values")
            return []
        if len(p["values"]) > MAX_SWEEP_VALUES:
            n = len(p["values"])
            problems.append(
                f"{where}.values: {n} values; at most {MAX_SWEEP_VALUES} (MAX_SWEEP_VALUES)"
            )
            return []
        return list(p["values"])
    if "range" in p:
        r = p["range"]
        ok = (
            isinstance(r, list)
            and len(r) == 3
            and all(is_number(x) and math.isfinite(x) for x in r)
            and r[2] >= 1
        )
        if not ok or int(r[2]) != r[2]:
            problems.append(f"{where}.range: give [start, stop, count] with a whole count >= 1")
            return []
        if r[2] > MAX_SWEEP_VALUES:
            msg = (
                f"{where}.range: a count of {r[2]:g}; at most {MAX_SWEEP_VALUES} (MAX_SWEEP_VALUES)"
            )
            problems.append(msg)
            return []
        return [float(x) for x in np.linspace(r[0], r[1], int(r[2]))]
    problems.append(f"{where}: give either 'values' or 'range'")
    return []


def read_seeds(spec: dict, problems: list[str]) -> list[int]:
    """The spec's ``seeds`` (a count or a list of different seeds; default [1])."""
    seeds = spec.get("seeds", [1])
    if is_number(seeds) and isinstance(seeds, int) and 1 <= seeds <= MAX_SEEDS:
        return list(range(1, seeds + 1))
    if isinstance(seeds, list) and 1 <= len(seeds) <= MAX_SEEDS:
        bad = [
            i
            for i, s in enumerate(seeds)
            if not (isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= MAX_SEED)
        ]
        if not bad and len(set(seeds)) == len(seeds):
            return list(seeds)
    problems.append(
        f"seeds: give a count from 1 to {MAX_SEEDS} (MAX_SEEDS) or a list of as many different "
        f"seeds (whole numbers from 0 to {MAX_SEED}, MAX_SEED)"
    )
    return []


def read_days(spec: dict, problems: list[str]) -> float | None:
    """The spec's ``days`` (None: the scenario's own length)."""
    days = spec.get("days")
    if days is None:
        return None
    if not is_number(days) or not math.isfinite(days) or not 1 / 24 <= days <= MAX_DAYS:
        problems.append(f"days: must be a number of days from 1/24 to {MAX_DAYS} (MAX_DAYS)")
        return None
    return float(days)


def warmup_warning(base: dict, days: float | None) -> str:
    """A warning when runs end inside their warm-up (their summaries are then all zero)."""
    warmup = base["run"]["warmup_days"]
    if days is not None and days <= warmup:
        return (
            f"the runs ({days:g} days) end within their warm-up ({warmup} days, "
            "run.warmup_days): the summary figures cover no day and read 0"
        )
    return ""


def check_value(base: dict, path: str, value: object, where: str, problems: list[str]) -> bool:
    """Whether ``path=value`` gives a valid scenario; if not, a problem at ``where``."""
    try:
        normalize(set_path(base, path, value))
    except ScenarioError as err:
        problems.append(f"{where}: {path}={value!r} is not valid: {err.problems[0]}")
        return False
    return True


def read_scenario(spec: dict, problems: list[str]) -> dict | None:
    """The spec's base ``scenario`` (a preset name, a file or an inline object), normalised;
    None with its problems under ``scenario.`` when it cannot be read."""
    src = spec.get("scenario", "typical-platform")
    try:
        return normalize(src) if isinstance(src, dict) else resolve_scenario(str(src))
    except ScenarioError as err:
        problems += [f"scenario.{p}" for p in err.problems]
        return None


def expand(spec: dict) -> tuple[dict, list[tuple], list[dict], list[int], float | None]:
    """Check a sweep spec and expand it: (base scenario, configurations as override tuples,
    their labels, seeds, days).  Raises ScenarioError listing every problem."""
    problems: list[str] = []
    if not isinstance(spec, dict):
        raise ScenarioError(["sweep: the file must hold a JSON object"])
    for k in sorted(set(spec) - SPEC_KEYS, key=str):
        problems.append(f"{k}: unknown key (known: {', '.join(sorted(SPEC_KEYS))})")
    if spec.get("format", "govflex-sweep") != "govflex-sweep":
        problems.append("format: must be 'govflex-sweep'")
    base = read_scenario(spec, problems)
    seeds = read_seeds(spec, problems)
    days = read_days(spec, problems)
    has_p, has_m = "parameters" in spec, "mechanisms" in spec
    configs: list[tuple] = []
    labels: list[dict] = []
    if has_p == has_m:
        problems.append("sweep: give either 'parameters' (one or two) or 'mechanisms'")
    elif has_p:
        configs, labels = _parameter_configs(spec["parameters"], base, problems)
    else:
        configs, labels = _mechanism_configs(spec["mechanisms"], problems)
    runs = len(configs) * len(seeds)
    if runs > MAX_SWEEP_RUNS:
        problems.append(
            f"sweep: {len(configs)} configurations x {len(seeds)} seeds = {runs} runs; at most "
            f"{MAX_SWEEP_RUNS} (MAX_SWEEP_RUNS)"
        )
    elif base is not None and not problems:
        over = scenario_cost(base, days).over_budget(runs, workers=os.cpu_count() or 1)
        if over:
            problems.append(f"sweep: too large: {over}")
        else:
            _check_combinations(base, configs, problems)
    if problems:
        raise ScenarioError(problems, source="sweep")
    return base, configs, labels, seeds, days  # type: ignore[return-value]


def _parameter_configs(params, base, problems) -> tuple[list[tuple], list[dict]]:
    if not isinstance(params, list) or not 1 <= len(params) <= 2:
        problems.append("parameters: give a list of one or two parameters")
        params = []
    axes = []
    for j, p in enumerate(params):
        where = f"parameters[{j}]"
        if not isinstance(p, dict) or not isinstance(p.get("path"), str):
            problems.append(f"{where}.path: give the scenario path to vary")
            continue
        if any(a[0] == p["path"] for a in axes):
            problems.append(f"{where}.path: '{p['path']}' is swept twice")
            continue
        vals = _values(p, where, problems)
        if base is not None:
            for i, v in enumerate(vals):  # every value, not just the ends
                check_value(base, p["path"], v, f"{where}.values[{i}]", problems)
        axes.append((p["path"], vals))
    configs, labels = [], []
    for combo in itertools.product(*[[(path, v) for v in vals] for path, vals in axes]):
        configs.append(tuple(combo))
        labels.append({path: v for path, v in combo})
    return configs, labels


def _mechanism_configs(names, problems) -> tuple[list[tuple], list[dict]]:
    names = list(TOGGLES) if names == "all" else names
    if not isinstance(names, list) or not names:
        problems.append("mechanisms: give 'all' or a list of mechanism names")
        return [], []
    bad = [n for n in names if not isinstance(n, str) or n not in TOGGLES]
    if bad:
        problems.append(f"mechanisms: unknown {bad} (known: {', '.join(TOGGLES)})")
    twice = sorted({n for n in names if isinstance(n, str) and names.count(n) > 1})
    if twice:
        problems.append(f"mechanisms: {', '.join(twice)} listed more than once")
    if bad or twice:
        return [], []
    configs, labels = [], []
    for bits in itertools.product((False, True), repeat=len(names)):
        sets = tuple(
            (TOGGLES[n][0], TOGGLES[n][1] if on else TOGGLES[n][2])
            for n, on in zip(names, bits, strict=True)
        )
        configs.append(sets)
        labels.append({n: on for n, on in zip(names, bits, strict=True)})
    return configs, labels


def _check_combinations(base: dict, configs: list[tuple], problems: list[str]) -> None:
    """Normalise every configuration when that is quick; else the first, last and a sample."""
    t0 = time.perf_counter()
    order = list(range(len(configs)))
    for n, c in enumerate(order):
        if n >= 2 and (time.perf_counter() - t0) / n * len(configs) > CHECK_SECONDS:
            order = order[n :: max(1, (len(configs) - n) // 50)] + [len(configs) - 1]
            break
        _check_config(base, configs, c, problems)
    else:
        return
    for c in order:
        _check_config(base, configs, c, problems)


def _check_config(base, configs, c, problems) -> None:
    sc = base
    try:
        for path, value in configs[c]:
            sc = set_path(sc, path, value)
        normalize(sc)
    except ScenarioError as err:
        sets = ", ".join(f"{p}={v!r}" for p, v in configs[c])
        problems.append(f"configuration {c} ({sets}): {err.problems[0]}")


def load_spec(path) -> dict:
    """Read a sweep file with the careful JSON reader (:mod:`model.jsonsafe`)."""
    try:
        return read_json(path)
    except JsonFileError as err:
        raise ScenarioError(err.problems, str(path)) from None
