"""Scenario files (``*.govflex.json``): a city's organisation plus its institutions.

A scenario describes *who* can handle a citizen's 12345 ticket (the departments: the hub, the
functional bureaus 条 and the territorial governments 块) and *under which rules* (the
mechanisms M1–M7 of the model specification). It is a plain UTF-8 JSON file so that a teacher
can read it, diff it and edit it by hand.

This module is the contract for that file format:

* :data:`SCHEMA` is the one table of every key, its default and its allowed range;
* :func:`normalize` checks a scenario and fills every default, reporting *all* problems at once;
* :func:`load_scenario` / :func:`save_scenario` read and (atomically) write files;
* :func:`apply_overrides`, :func:`set_path` and :func:`get_path` change one value by its path,
  as ``--set mechanisms.assessment.pressure=0.8`` does on the command line.
"""

from __future__ import annotations

import copy
import json
import os
from typing import Any

from model.assumptions import REGISTRY
from model.jsonsafe import JsonFileError, read_json
from model.limits import MAX_DAYS, MAX_SEATS, MAX_SEED, MAX_TICKETS_PER_DAY
from model.safe_write import WriteError, atomic_write
from model.scenario_check import (
    BY_KIND_LEVEL,
    BY_LEVEL,
    FROM_ID,
    FROM_NAME,
    KINDS,
    LEVELS,
    OMIT,
    REQUIRED,
    Checker,
    Field,
    ScenarioError,
    Special,
)
from model.scenario_paths import apply_overrides, get_path, set_path, set_paths
from model.scenario_rules import check_structure

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "ScenarioError",
    "WriteError",
    "apply_overrides",
    "default_categories",
    "dumps",
    "get_path",
    "load_scenario",
    "normalize",
    "save_scenario",
    "set_path",
    "set_paths",
]

SCHEMA_VERSION = 2
FORMAT = "govflex-scenario"


def _num(default: Any, lo: float | None = 0, hi: float | None = None, **kw: Any) -> Field:
    return Field(default, "num", lo, hi, **kw)


def _prob(default: Any) -> Field:
    return Field(default, "num", 0.0, 1.0)


def _int(default: Any, lo: int = 0, **kw: Any) -> Field:
    return Field(default, "int", lo, **kw)


def _flag(default: bool) -> Field:
    return Field(default, "bool")


def _text(default: Any) -> Field:
    return Field(default, "str")


def _choice(default: Any, *options: str) -> Field:
    return Field(default, "choice", choices=options)


# ---------------------------------------------------------------------------------------
# The schema: every key of a scenario file, its default and what it accepts. Key order here
# is the key order of saved files.
# ---------------------------------------------------------------------------------------
SCHEMA: dict[str, Any] = {
    "scenario": {
        "format": Field(FORMAT, "const"),
        "schema_version": _int(SCHEMA_VERSION, lo=1, hi=SCHEMA_VERSION),
        "name": _text("Untitled"),
        "description": _text(""),
        "seed": _int(1, hi=MAX_SEED, limit="MAX_SEED"),  # one seeded random generator per run
        "run": {
            "days": _int(120, lo=1, hi=MAX_DAYS, limit="MAX_DAYS"),
            "warmup_days": _int(14, hi=MAX_DAYS, limit="MAX_DAYS"),
        },
        "categories": Special("categories"),  # absent: default_categories()
        "departments": Special("departments"),  # required
        "demand": {
            "tickets_per_day": _num(
                None, hi=MAX_TICKETS_PER_DAY, nullable=True, limit="MAX_TICKETS_PER_DAY"
            ),  # null: per_10k
            "per_10k": _num(1.5),  # dispatched tickets per 10,000 residents per day
            "diurnal": _flag(True),
            "shocks": Special("shocks"),
        },
        "mechanisms": {
            "entrance_control": {  # M1: one 12345 hotline
                "enabled": _flag(False),
                "direct_share": _num(0.55, hi=1.0, hi_open=True),
                "seats": _int(12, lo=1, hi=MAX_SEATS, limit="MAX_SEATS"),
                "handle_minutes": _num(6, lo=0, lo_open=True),
                "callback_share": _prob(1.0),  # closed tickets the hub calls back (回访)
            },
            "interface": {  # M2
                "enabled": _flag(False),
                "granularity": _prob(0.6),
                "learning": _flag(False),  # the catalogue follows approved returns
            },
            "dispatch": {  # M3
                "mode": _choice("none", "none", "manual", "algorithmic"),
                "coverage": _prob(0.5),
                "manual_accuracy": _prob(0.88),
                "algorithm_accuracy": _prob(0.99),
                "levels": _choice("street", "street", "community"),  # who the hub dispatches to
                "review_strictness": _prob(0.5),  # the hub rejects an unfounded return request
                "weights": {
                    "expertise": _num(1),
                    "authority": _num(1),
                    "jurisdiction": _num(2),
                    "local": _num(0.3),
                    "data": _num(0.3),
                    "backlog": _num(0.5),
                    "history": _num(0.5),
                },
            },
            "data": {"regime": _choice("silo", "silo", "blocks", "shared")},  # M4
            "assessment": {  # M5
                "enabled": _flag(False),
                "pressure": _prob(0.5),
                "ranking": _flag(True),
                "weights": {
                    "response": _num(0.2),
                    "resolution": _num(0.4),
                    "satisfaction": _num(0.4),
                },
                "innovation": _flag(True),
            },
            "escalation": {  # M6
                "whistle": _flag(False),
                "decision_timeout_hours": _num(48, lo_open=True),
            },
            "data_asset_design": {  # M7
                "enabled": _flag(False),
                "shared_asset": _flag(True),
                "one_form": _flag(True),
                "enforce_rule": _choice("duty_list", "duty_list", "empower_streets", "none"),
                "arbitration": _flag(True),
                "assessment_redesign": _flag(True),
                "proactive": _flag(True),  # 未诉先办: monthly governance themes
            },
        },
        "metrics": {
            "flex_weights": {
                "mobility": _num(0.25),
                "lateral": _num(0.25),
                "match": _num(0.25),
                "range": _num(0.25),
            }
        },
        "assumptions": {  # every modelling choice, named (model/assumptions.py)
            group: {name: Field(a.default, "num", *a.valid) for name, a in items.items()}
            for group, items in REGISTRY.items()
        },
        "layout": Special("layout"),  # {department id: [x, y]} for the structure canvas
        "annotations": Special("annotations"),  # [{day, text}] notes shown on the charts
    },
    "category": {
        "id": Field(REQUIRED, "id"),
        "name_zh": _text(FROM_ID),
        "name_en": _text(FROM_ID),
        "enforce": _flag(False),  # needs legal enforcement power
        "share": _num(REQUIRED, hi=1.0),  # share of demand; all shares add up to 1
    },
    "department": {
        "id": Field(REQUIRED, "id"),
        "name": _text(FROM_ID),
        "name_zh": _text(FROM_NAME),
        "name_en": _text(FROM_NAME),
        "kind": _choice(REQUIRED, *KINDS),
        "level": _choice(REQUIRED, *LEVELS),
        "parent": Field(None, "ref"),  # superior in its own line
        "territory": Field(None, "ref"),  # district bureau: its district government
        "categories": Field([], "catlist"),  # categories it owns
        "capacity": _num(BY_KIND_LEVEL),  # staff-hours per working day
        "population": _num(BY_LEVEL),  # residents (streets: weight of ticket arrivals)
        "seats": _int(
            None, lo=1, hi=MAX_SEATS, nullable=True, limit="MAX_SEATS"
        ),  # hub only; null: M1's seats
        "expertise": Field(OMIT, "catmap"),  # optional overrides of the derived values
        "authority": Field(OMIT, "catlist"),
        "local_knowledge": _prob(OMIT),
    },
    "shock": {
        "day": _num(REQUIRED),
        "category": Field(REQUIRED, "catref"),
        "strength": _prob(0.3),  # m: the mix moves this far towards the category
        "days": _num(14, lo_open=True),
    },
    "annotation": {"day": _num(REQUIRED), "text": _text(REQUIRED)},
    # Default capacity (staff-hours per working day) by (kind, level); the hub works by seats.
    "default_capacity": {
        ("hub", "city"): 0,
        ("kuai", "city"): 16,
        ("kuai", "district"): 16,
        ("kuai", "street"): 60,
        ("kuai", "community"): 12,
        ("tiao", "city"): 40,
        ("tiao", "district"): 30,
    },
    "default_population": {"street": 100000},  # tickets arise in streets only
}

_CATEGORIES = (  # id, 中文, English, needs enforcement power, default demand share
    ("urban", "城市管理", "Urban management", True, 0.18),
    ("housing", "住建物业", "Housing & property", False, 0.17),
    ("market", "市场监管", "Market regulation", True, 0.10),
    ("transport", "交通出行", "Transport", True, 0.08),
    ("environment", "生态环境", "Environment", True, 0.07),
    ("utilities", "水电气热", "Utilities (water, power, gas, heat)", False, 0.10),
    ("civil", "民政社保", "Civil affairs & social security", False, 0.10),
    ("health", "教育卫健", "Education & health", False, 0.08),
    ("order", "社会治安", "Public order (non-emergency)", True, 0.05),
    ("other", "其他", "Other", False, 0.07),
)


def default_categories() -> list[dict]:
    """The ten ticket categories of spec §3 with their default demand shares (a new list)."""
    keys = ("id", "name_zh", "name_en", "enforce", "share")
    return [dict(zip(keys, row, strict=True)) for row in _CATEGORIES]


def normalize(data: object, source: str = "") -> dict:
    """Check a scenario and return a new dict with every default filled in.

    Raises :class:`ScenarioError` listing every problem (never stops at the first).
    """
    if not isinstance(data, dict):
        raise ScenarioError(["(top level): a scenario must be a JSON object {...}"], source)
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        msg = f"schema_version: file is version {version}, this GovFlex reads up to "
        msg += f"{SCHEMA_VERSION}; update GovFlex"
        raise ScenarioError([msg], source)
    data = migrate(data)
    ck = Checker(SCHEMA, default_categories(), check_structure)
    out = ck.obj(data, SCHEMA["scenario"], "")
    if out is not None:
        _check_across(ck, out)
    if ck.problems:
        raise ScenarioError(ck.problems, source)
    return out  # type: ignore[return-value]


def migrate(data: dict) -> dict:
    """A version-1 file read as version 2 (a new dict; the input is not changed).

    Version 1's boolean ``data_asset_design.duty_list`` becomes ``enforce_rule``
    ("duty_list" or "none"); every other v1 key keeps its meaning, new keys take defaults.
    """
    if data.get("schema_version") != 1 or isinstance(data.get("schema_version"), bool):
        return data
    out = copy.deepcopy(data)
    m7 = (out.get("mechanisms") or {}).get("data_asset_design")
    if isinstance(m7, dict) and "duty_list" in m7:
        duty = m7.pop("duty_list")
        if "enforce_rule" not in m7:
            m7["enforce_rule"] = "duty_list" if duty is True else "none" if duty is False else duty
    out["schema_version"] = SCHEMA_VERSION
    return out


def _check_across(ck: Checker, sc: dict) -> None:
    """Rules that relate two places of the file."""
    run = sc["run"]
    if run and run["warmup_days"] >= run["days"]:
        msg = f"the warm-up ({run['warmup_days']} days) must be shorter than the run"
        ck.add("run.warmup_days", msg + f" ({run['days']} days)")
    entrance = (sc["mechanisms"] or {}).get("entrance_control") or {}
    if entrance.get("enabled") is True and sc["departments"] and ck.hub_count == 0:
        msg = "the unified entrance needs a department of kind 'hub' (the 12345 hotline)"
        ck.add("mechanisms.entrance_control.enabled", msg)
    demand, depts = sc["demand"] or {}, sc["departments"] or []
    per_10k = demand.get("per_10k")
    if demand.get("tickets_per_day", 0) is None and _is_number(per_10k):
        residents = sum(d["population"] for d in depts if d and _is_number(d["population"]))
        if residents * per_10k / 10_000 > MAX_TICKETS_PER_DAY:
            msg = f"{per_10k:g} tickets per 10,000 residents of {residents:,.0f} residents make "
            msg += f"{residents * per_10k / 10_000:,.0f} tickets a day; at most "
            ck.add("demand.per_10k", msg + f"{MAX_TICKETS_PER_DAY:,} (MAX_TICKETS_PER_DAY)")
    weights = ((sc["metrics"] or {}).get("flex_weights")) or {}
    if len(weights) == 4 and all(isinstance(w, (int, float)) for w in weights.values()):
        if sum(weights.values()) <= 0:
            ck.add("metrics.flex_weights", "at least one weight must be above 0")


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# -- files ----------------------------------------------------------------------------------
def load_scenario(path: str | os.PathLike) -> dict:
    """Read and normalise a UTF-8 JSON scenario file; every failure is a ScenarioError.

    The file is read by :func:`model.jsonsafe.read_json`, which refuses what no scenario
    needs (more than 16 MB, deep nesting, huge numbers, a key given twice, lone surrogates).
    """
    source = str(path)
    try:
        data = read_json(path)  # size, encoding, depth, numbers, repeated keys (jsonsafe)
    except JsonFileError as err:
        raise ScenarioError(err.problems, source) from None
    return normalize(data, source)


def save_scenario(scenario: dict, path: str | os.PathLike) -> None:
    """Normalise, then write safely (:mod:`model.safe_write`): a temporary file in the same
    folder, fsync, rename; a symbolic link is written through to its target.

    An invalid scenario raises ScenarioError and writes nothing; a target that cannot be
    written (read-only, a folder, a device, disk full) raises :class:`WriteError` (an
    ``OSError`` with a one-line message) and the old file stays as it was.
    """
    atomic_write(path, dumps(scenario).encode("utf-8"))


def dumps(scenario: dict) -> str:
    """The normalised scenario as pretty JSON (indent 2, UTF-8 text, schema key order)."""
    return _emit(normalize(scenario), 0) + "\n"


def _emit(value: Any, depth: int) -> str:
    """JSON with indent 2, keeping short lists of plain values on one line."""
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict) and value:
        rows = [
            f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {_emit(v, depth + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(rows) + f"\n{pad}}}"
    if isinstance(value, list) and value:
        parts = [_emit(v, depth + 1) for v in value]
        flat = not any(isinstance(v, (dict, list)) and v for v in value)
        if flat and len(pad) + sum(len(p) + 2 for p in parts) < 96:
            return "[" + ", ".join(parts) + "]"
        return "[\n" + ",\n".join(inner + p for p in parts) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
