"""Scenario files: defaults, validation messages, atomic saving, --set overrides, fuzzing."""

from __future__ import annotations

import copy
import json
import math
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import scenario as sc
from model.assumptions import REGISTRY
from model.scenario import (
    SCHEMA_VERSION,
    ScenarioError,
    apply_overrides,
    default_categories,
    dumps,
    get_path,
    load_scenario,
    normalize,
    save_scenario,
    set_path,
)

_IDENT = r"[A-Za-z_][A-Za-z0-9_-]*"
_QUOTED = r'\["(?:[^"\\]|\\.)*"\]'
PATH_RE = re.compile(
    rf"^(?:\(top level\)|(?:{_IDENT}|{_QUOTED})(?:\.{_IDENT}|\[\d+\]|{_QUOTED})*): \S"
)


def mini() -> dict:
    """A tiny valid city: hub, city government, one bureau line, one district, street, community."""
    return {
        "name": "小城 Mini",
        "departments": [
            {"id": "hub", "kind": "hub", "level": "city"},
            {"id": "gov", "kind": "kuai", "level": "city", "name_zh": "市政府"},
            {"id": "b-urban", "kind": "tiao", "level": "city", "parent": "gov",
             "categories": ["urban", "utilities"]},
            {"id": "d1", "kind": "kuai", "level": "district", "parent": "gov"},
            {"id": "d1-urban", "kind": "tiao", "level": "district", "parent": "b-urban",
             "territory": "d1", "categories": ["urban"]},
            {"id": "d1-s1", "kind": "kuai", "level": "street", "parent": "d1", "population": 80000},
            {"id": "d1-s1-c1", "kind": "kuai", "level": "community", "parent": "d1-s1"},
        ],
    }  # fmt: skip


def problems_of(data: object) -> list[str]:
    """The problems normalize reports (fails the test if it accepts the data)."""
    with pytest.raises(ScenarioError) as info:
        normalize(data)
    return info.value.problems


def dept(data: dict, uid: str) -> dict:
    return next(d for d in data["departments"] if d["id"] == uid)


# -- defaults and round trip -------------------------------------------------------------------
def test_default_categories_are_the_ten_of_the_spec():
    """The default categories are the spec's ten, in order, with shares adding up to 1."""
    cats = default_categories()
    ids = [c["id"] for c in cats]
    assert ids == ["urban", "housing", "market", "transport", "environment", "utilities",
                   "civil", "health", "order", "other"]  # fmt: skip
    assert math.isclose(sum(c["share"] for c in cats), 1.0)
    assert {c["id"] for c in cats if c["enforce"]} == {
        "urban", "market", "transport", "environment", "order"}  # fmt: skip
    assert all(c["name_zh"] and c["name_en"] for c in cats)


def test_defaults_are_filled():
    """normalize fills every default of the file format."""
    out = normalize(mini())
    assert out["format"] == "govflex-scenario" and out["schema_version"] == SCHEMA_VERSION
    assert out["seed"] == 1 and out["run"] == {"days": 120, "warmup_days": 14}
    assert out["demand"] == {"tickets_per_day": None, "per_10k": 1.5, "diurnal": True,
                             "shocks": []}  # fmt: skip
    assert out["categories"] == default_categories()
    mech = out["mechanisms"]
    assert mech["dispatch"]["mode"] == "none" and mech["data"]["regime"] == "silo"
    assert mech["dispatch"]["weights"]["jurisdiction"] == 2
    assert mech["entrance_control"] == {"enabled": False, "direct_share": 0.55, "seats": 12,
                                        "handle_minutes": 6, "callback_share": 1.0}  # fmt: skip
    assert mech["data_asset_design"]["enforce_rule"] == "duty_list"
    assert mech["dispatch"]["levels"] == "street" and mech["data_asset_design"]["proactive"]
    assert out["assumptions"]["repeat"]["unresolved"] == REGISTRY["repeat"]["unresolved"].default
    assert out["metrics"]["flex_weights"]["range"] == 0.25
    assert out["layout"] == {} and out["annotations"] == []
    gov, street, hub = dept(out, "gov"), dept(out, "d1-s1"), dept(out, "hub")
    assert (gov["name"], gov["name_zh"], gov["name_en"]) == ("gov", "市政府", "gov")
    assert gov["capacity"] == 16 and gov["population"] == 0 and gov["parent"] is None
    assert street["capacity"] == 60 and street["population"] == 80000
    assert dept(out, "d1-s1-c1")["capacity"] == 12 and dept(out, "d1-urban")["capacity"] == 30
    assert hub["capacity"] == 0 and hub["seats"] is None and "seats" not in gov
    assert not {"expertise", "authority", "local_knowledge"} & set(street)


def test_normalize_returns_a_new_dict_and_is_idempotent():
    """normalize does not touch its input, and normalising twice changes nothing."""
    data = mini()
    before = copy.deepcopy(data)
    out = normalize(data)
    assert data == before
    out["departments"][0]["id"] = "changed"
    assert normalize(mini()) == normalize(normalize(mini()))


def test_round_trip_is_lossless(tmp_path):
    """save then load gives back exactly the normalised scenario, Chinese text included."""
    data = mini()
    street = dept(data, "d1-s1")
    street.update(name_zh="第一街道", expertise={"urban": 0.5}, authority=["housing"],
                  local_knowledge=0.95)  # fmt: skip
    data["layout"] = {"gov": [0, 0], "d1-s1": [1.5, -2]}
    data["annotations"] = [{"day": 3, "text": "洪水 flood"}]
    data["demand"] = {"shocks": [{"day": 10, "category": "utilities"}]}
    path = tmp_path / "mini.govflex.json"
    save_scenario(data, path)
    assert load_scenario(path) == normalize(data)
    text = path.read_text(encoding="utf-8")
    assert "第一街道" in text and "\\u" not in text
    assert dumps(load_scenario(path)) == text


def test_atomic_save_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    """If the final replace fails, the old file is intact and no temporary file is left."""
    path = tmp_path / "s.govflex.json"
    save_scenario(mini(), path)
    old = path.read_bytes()

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    changed = set_path(mini(), "name", "new name")
    with pytest.raises(OSError):
        save_scenario(changed, path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["s.govflex.json"]


def test_save_refuses_an_invalid_scenario(tmp_path):
    """An invalid scenario raises ScenarioError and the file on disk is untouched."""
    path = tmp_path / "s.govflex.json"
    save_scenario(mini(), path)
    old = path.read_bytes()
    with pytest.raises(ScenarioError):
        save_scenario(set_path(mini(), "seed", "one"), path)
    assert path.read_bytes() == old


# -- validation rules: each produces a message at its path ---------------------------------------
def _set(path: str, value: object):
    return lambda d: set_path(d, path, value)


def _add(unit: dict):
    return lambda d: {**d, "departments": d["departments"] + [unit]}


RULES = [  # (id, change to the mini city, expected path, words in the message)
    ("bool-is-not-number", _set("seed", True), "seed", "number"),
    ("bool-capacity", _set("departments.gov.capacity", False), "departments[1].capacity",
     "number"),
    ("string-number", _set("run.days", "120"), "run.days", "number"),
    ("unknown-top-key", _set("colour", 1), "colour", "unknown key"),
    ("unknown-key-hint", _set("mechanisms.assesment", {}), "mechanisms.assesment",
     "did you mean 'assessment'"),
    ("unknown-dept-key", _set("departments.gov.capasity", 3), "departments[1].capasity",
     "did you mean 'capacity'"),
    ("missing-kind", lambda d: _drop(d, 1, "kind"), "departments[1].kind", "required"),
    ("missing-id", lambda d: _drop(d, 6, "id"), "departments[6].id", "required"),
    ("missing-departments", lambda d: {"name": "x"}, "departments", "missing"),
    ("empty-departments", _set("departments", []), "departments", "empty"),
    ("duplicate-id", _set("departments.6.id", "d1-s1"), "departments[6].id", "already used"),
    ("dot-in-id", _set("departments.6.id", "c.1"), "departments[6].id", "'.'"),
    ("unknown-parent", _set("departments.d1-s1.parent", "d-1"), "departments[5].parent",
     "did you mean 'd1'"),
    ("unknown-territory", _set("departments.d1-urban.territory", "dx"),
     "departments[4].territory", "unknown department"),
    ("unknown-category", _set("departments.b-urban.categories", ["urbn"]),
     "departments[2].categories[0]", "did you mean 'urban'"),
    ("cycle", _set("departments.gov.parent", "d1-s1"), "departments[1].parent",
     "gov → d1-s1 → d1 → gov"),
    ("street-without-district", _set("departments.d1-s1.parent", "gov"),
     "departments[5].parent", "a street with no district"),
    ("street-no-parent", _set("departments.d1-s1.parent", None), "departments[5].parent",
     "a street with no district"),
    ("community-not-in-street", _set("departments.d1-s1-c1.parent", "d1"),
     "departments[6].parent", "community"),
    ("district-not-under-city", _set("departments.d1.parent", "b-urban"),
     "departments[3].parent", "city government"),
    ("district-bureau-territory", _set("departments.d1-urban.territory", "gov"),
     "departments[4].territory", "district government"),
    ("tiao-without-categories", _set("departments.b-urban.categories", []),
     "departments[2].categories", "at least one category"),
    ("tiao-at-street-level", _add({"id": "x", "kind": "tiao", "level": "street",
                                   "categories": ["urban"], "parent": "d1-s1"}),
     "departments[7].level", "city or district"),
    ("two-hubs", _add({"id": "hub2", "kind": "hub", "level": "city"}), "departments[7].kind",
     "second hub"),
    ("no-street", lambda d: {**d, "departments": d["departments"][:5]}, "departments",
     "no street"),
    ("negative-capacity", _set("departments.d1-s1.capacity", -5), "departments[5].capacity",
     "at least 0"),
    ("negative-population", _set("departments.d1-s1.population", -1),
     "departments[5].population", "at least 0"),
    ("seats-not-on-hub", _set("departments.gov.seats", 3), "departments[1].seats", "hub"),
    ("bad-kind", _set("departments.gov.kind", "block"), "departments[1].kind", "'kuai'"),
    ("shares-sum", _set("categories", [{"id": "a", "share": 0.5}, {"id": "b", "share": 0.2}]),
     "categories", "add up to 0.7"),
    ("share-required", _set("categories", [{"id": "urban"}]), "categories[0].share",
     "required"),
    ("too-many-categories",
     _set("categories", [{"id": f"c{i}", "share": 1 / 33} for i in range(33)]),
     "categories", "at most 32"),
    ("duplicate-category", _set("categories", [{"id": "a", "share": 0.5},
                                               {"id": "a", "share": 0.5}]),
     "categories[1].id", "already used"),
    ("probability-above-1", _set("mechanisms.assessment.pressure", 1.5),
     "mechanisms.assessment.pressure", "between 0 and 1"),
    ("probability-below-0", _set("mechanisms.dispatch.coverage", -0.1),
     "mechanisms.dispatch.coverage", "between 0 and 1"),
    ("direct-share-1", _set("mechanisms.entrance_control.direct_share", 1),
     "mechanisms.entrance_control.direct_share", "below 1"),
    ("bad-mode", _set("mechanisms.dispatch.mode", "manuel"), "mechanisms.dispatch.mode",
     "did you mean 'manual'"),
    ("bad-regime", _set("mechanisms.data.regime", "open"), "mechanisms.data.regime", "'shared'"),
    ("warmup-too-long", _set("run.warmup_days", 120), "run.warmup_days", "shorter"),
    ("days-not-whole", _set("run.days", 10.5), "run.days", "whole number"),
    ("nan", _set("demand.per_10k", float("nan")), "demand.per_10k", "finite"),
    ("inf", _set("demand.tickets_per_day", float("inf")), "demand.tickets_per_day", "finite"),
    ("layout-unknown-id", _set("layout", {"d9": [0, 0]}), "layout.d9", "not a department"),
    ("layout-not-xy", _set("layout", {"gov": [0]}), "layout.gov", "[x, y]"),
    ("layout-nan", _set("layout", {"gov": [0, float("nan")]}), "layout.gov", "[x, y]"),
    ("shock-unknown-category", _set("demand.shocks", [{"day": 5, "category": "flood"}]),
     "demand.shocks[0].category", "unknown category"),
    ("shock-negative-day", _set("demand.shocks", [{"day": -1, "category": "urban"}]),
     "demand.shocks[0].day", "at least 0"),
    ("shock-zero-days", _set("demand.shocks", [{"day": 1, "category": "urban", "days": 0}]),
     "demand.shocks[0].days", "greater than 0"),
    ("annotation-text", _set("annotations", [{"day": 1}]), "annotations[0].text", "required"),
    ("expertise-range", _set("departments.d1-s1.expertise", {"urban": 2}),
     "departments[5].expertise.urban", "between 0 and 1"),
    ("authority-unknown", _set("departments.d1-s1.authority", ["nope"]),
     "departments[5].authority[0]", "unknown category"),
    ("format", _set("format", "other-format"), "format", "not a GovFlex scenario"),
    ("entrance-needs-hub", lambda d: set_path({**d, "departments": d["departments"][1:]},
                                              "mechanisms.entrance_control.enabled", True),
     "mechanisms.entrance_control.enabled", "hub"),
    ("flex-weights-zero", _set("metrics.flex_weights", {"mobility": 0, "lateral": 0,
                                                        "match": 0, "range": 0}),
     "metrics.flex_weights", "above 0"),
    ("object-expected", _set("run", [120, 14]), "run", "must be an object"),
    ("list-expected", _set("departments", {"gov": {}}), "departments", "must be a list"),
]  # fmt: skip


def _drop(data: dict, index: int, key: str) -> dict:
    out = copy.deepcopy(data)
    del out["departments"][index][key]
    return out


@pytest.mark.parametrize("change, path, words", [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_validation_rule_names_the_path(change, path, words):
    """Each broken rule yields a plain-English problem that starts with its JSON path."""
    problems = problems_of(change(mini()))
    hits = [p for p in problems if p.startswith(f"{path}: ") and words in p]
    assert hits, f"no problem at {path!r} mentioning {words!r} in {problems}"
    assert all(PATH_RE.match(p) for p in problems), problems


def test_top_level_must_be_an_object():
    """A JSON list or number instead of an object is one clear problem, not a traceback."""
    assert problems_of([1, 2]) == ["(top level): a scenario must be a JSON object {...}"]


def test_all_problems_are_reported_at_once():
    """A file with five distinct problems yields at least five messages."""
    data = mini()
    data["seed"] = "x"
    data["run"] = {"days": 10, "warmup_days": 30}
    data["mechanisms"] = {"dispatch": {"mode": "random"}}
    data["departments"][5]["parent"] = "nowhere"
    data["departments"][6]["capacity"] = -1
    problems = problems_of(data)
    assert len(problems) >= 5
    for path in ("seed", "run.warmup_days", "mechanisms.dispatch.mode",
                 "departments[5].parent", "departments[6].capacity"):  # fmt: skip
        assert any(p.startswith(path + ":") for p in problems), (path, problems)


def test_error_text_has_one_problem_per_line_with_source():
    """str(ScenarioError) prefixes every problem with the source."""
    err = ScenarioError(["a: one", "b: two"], "city.json")
    assert str(err).splitlines() == ["city.json: a: one", "city.json: b: two"]
    assert isinstance(err, ValueError) and err.problems == ["a: one", "b: two"]


def test_future_schema_version_asks_to_update():
    """A file from a newer GovFlex says which version it is and to update GovFlex."""
    problems = problems_of({**mini(), "schema_version": SCHEMA_VERSION + 1})
    assert problems == [f"schema_version: file is version {SCHEMA_VERSION + 1}, this GovFlex "
                        f"reads up to {SCHEMA_VERSION}; update GovFlex"]  # fmt: skip
    assert any(
        p.startswith("schema_version:") for p in problems_of({**mini(), "schema_version": 0})
    )


def test_json_syntax_error_names_line_and_column(tmp_path):
    """A JSON syntax error is a ScenarioError naming the file, line and column."""
    path = tmp_path / "broken.govflex.json"
    path.write_text('{\n  "name": "x",\n  oops\n}\n', encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert "line 3, column 3" in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_is_a_scenario_error(tmp_path):
    """Loading a file that does not exist raises ScenarioError, not FileNotFoundError."""
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "nope.govflex.json")


# -- paths and --set -------------------------------------------------------------------------
def test_overrides_by_index_and_by_id():
    """--set reaches list items by index, by bracketed index and by department/category id."""
    data = normalize(mini())
    out = apply_overrides(data, ["departments.5.capacity=5", "departments.d1-s1-c1.capacity=7",
                                 "departments[3].population=10", "categories.urban.share=0.2",
                                 "categories.other.share=0.05"])  # fmt: skip
    assert dept(out, "d1-s1")["capacity"] == 5 and dept(out, "d1-s1-c1")["capacity"] == 7
    assert dept(out, "d1")["population"] == 10
    assert get_path(out, "categories.urban.share") == 0.2
    assert dept(data, "d1-s1")["capacity"] == 60, "the input must not change"
    normalize(out)


def test_override_values_are_json_or_text():
    """Values are parsed as JSON where possible, otherwise kept as text."""
    out = apply_overrides(mini(), ["mechanisms.assessment.pressure=0.8",
                                   "mechanisms.assessment.enabled=true",
                                   "mechanisms.dispatch.mode=manual", "name=\"42\"",
                                   "description=", "layout.gov=[1, 2]", "seed=7"])  # fmt: skip
    assert get_path(out, "mechanisms.assessment.pressure") == 0.8
    assert get_path(out, "mechanisms.assessment.enabled") is True
    assert get_path(out, "mechanisms.dispatch.mode") == "manual"
    assert out["name"] == "42" and out["description"] == "" and out["seed"] == 7
    assert out["layout"]["gov"] == [1, 2]
    assert normalize(out)["mechanisms"]["assessment"]["pressure"] == 0.8


def test_bad_overrides_are_all_listed():
    """Every malformed assignment is reported with its text, in one error."""
    bad = ["no-equals-sign", "departments.99.capacity=5", "departments.nobody.capacity=1",
           "seed.x=1", "=3", "run..days=4"]  # fmt: skip
    with pytest.raises(ScenarioError) as info:
        apply_overrides(mini(), ["seed=3", *bad])
    problems = info.value.problems
    assert len(problems) == len(bad)
    for text, problem in zip(bad, problems, strict=True):
        assert problem.startswith(text + ":")
    assert "out of range" in problems[1] and "nobody" in problems[2]


def test_set_path_creates_keys_and_get_path_reads_them():
    """set_path creates missing object keys and returns a copy; get_path reads back."""
    data = mini()
    out = set_path(data, "mechanisms.escalation.whistle", True)
    assert get_path(out, "mechanisms.escalation.whistle") is True and "mechanisms" not in data
    assert normalize(out)["mechanisms"]["escalation"]["whistle"] is True
    with pytest.raises(ScenarioError, match="mechanisms"):
        get_path(data, "mechanisms.escalation")


def test_unknown_key_created_by_set_is_reported():
    """A typo in a --set path becomes an 'unknown key' problem when normalising."""
    out = apply_overrides(mini(), ["mechanisms.assessment.presure=0.9"])
    assert any("did you mean 'pressure'" in p for p in problems_of(out))


# -- fuzzing -------------------------------------------------------------------------------
VALID = normalize(mini())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6,
)  # fmt: skip
KEYS = st.sampled_from(["id", "parent", "kind", "level", "share", "x", "capacity", ""]) | st.text(
    max_size=6
)


def _places(node: object, at: tuple = ()) -> list[tuple]:
    out = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _places(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _places(value, (*at, i))
    return out


@st.composite
def mutated_scenarios(draw) -> object:
    """A valid scenario with a few keys deleted, values replaced and keys added at random."""
    data: object = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 4))):
        places = _places(data)
        at = draw(st.sampled_from(places))
        op = draw(st.sampled_from(["delete", "replace", "add"]))
        if not at:
            if op == "replace":
                data = draw(JSON_VALUES)
            continue
        holder = data
        for key in at[:-1]:
            holder = holder[key]
        target = holder[at[-1]]
        if op == "delete":
            del holder[at[-1]]
        elif op == "replace":
            holder[at[-1]] = draw(JSON_VALUES)
        elif isinstance(target, dict):
            target[draw(KEYS)] = draw(JSON_VALUES)
        elif isinstance(target, list):
            target.append(draw(JSON_VALUES))
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_scenarios())
def test_fuzzed_scenarios_never_crash(data):
    """A mutated scenario is either normalised (idempotently) or every problem names a path."""
    try:
        out = normalize(data)
    except ScenarioError as err:
        assert err.problems
        for problem in err.problems:
            assert PATH_RE.match(problem), problem
    else:
        assert normalize(out) == out
        json.loads(dumps(out))


def test_schema_table_holds_every_default():
    """The declarative table is the single source: its mechanism defaults match normalize."""
    fields = sc.SCHEMA["scenario"]["mechanisms"]["assessment"]
    assert fields["pressure"].default == normalize(mini())["mechanisms"]["assessment"]["pressure"]
