"""Bundled presets: they load, have the promised structure and never drift from citygen."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from model import citygen
from model.presets import (
    DEFAULT_PRESET,
    PRESET_NAMES,
    list_presets,
    load_preset,
    preset_dir,
    resolve_scenario,
)
from model.scenario import ScenarioError, normalize

A_CITY = [n for n in PRESET_NAMES if n != "megacity"]


@pytest.fixture(scope="module")
def presets() -> dict[str, dict]:
    return {name: load_preset(name) for name in PRESET_NAMES}


def units(scenario: dict, kind: str, level: str) -> list[dict]:
    return [d for d in scenario["departments"] if d["kind"] == kind and d["level"] == level]


def test_preset_names_in_teaching_order():
    """The seven presets of spec §10 are listed in order, each with a title."""
    assert PRESET_NAMES == (
        "bureaucracy",
        "unified-entrance",
        "algorithmic-dispatch",
        "typical-platform",
        "tensions",
        "institutional-design",
        "megacity",
    )
    listed = list_presets()
    assert [n for n, _ in listed] == list(PRESET_NAMES)
    assert all(title and title != name for name, title in listed)
    assert DEFAULT_PRESET == "typical-platform"


@pytest.mark.parametrize("name", PRESET_NAMES)
def test_every_preset_loads_and_validates(name, presets):
    """Each preset file loads, is already normalised and has a name and a description."""
    scenario = presets[name]
    assert normalize(scenario) == scenario
    assert scenario["name"] and len(scenario["description"]) > 200
    assert set(scenario["layout"]) == {d["id"] for d in scenario["departments"]}


def test_a_city_structure(presets):
    """A city: 60-80 units, one hub, 4 districts, 12 streets, ~1 million residents."""
    city = presets["typical-platform"]
    assert 60 <= len(city["departments"]) <= 80
    assert len([d for d in city["departments"] if d["kind"] == "hub"]) == 1
    assert len(units(city, "kuai", "district")) == 4
    streets = units(city, "kuai", "street")
    assert len(streets) == 12
    assert all(60000 <= s["population"] <= 110000 for s in streets)
    assert 900_000 <= sum(s["population"] for s in streets) <= 1_100_000
    per_street = Counter(d["parent"] for d in units(city, "kuai", "community"))
    assert set(per_street) == {s["id"] for s in streets} and set(per_street.values()) <= {2, 3}
    assert len(units(city, "tiao", "city")) == 8 and len(units(city, "tiao", "district")) == 16
    assert city["demand"]["tickets_per_day"] == 130  # first calls; repeats come on top
    owned = {c for d in city["departments"] if d["kind"] == "tiao" for c in d["categories"]}
    assert owned == {c["id"] for c in city["categories"]} - {"other"}


def test_every_unit_has_chinese_and_english_names(presets):
    """Every unit and category carries distinct Chinese and English names."""
    for name in ("bureaucracy", "megacity"):
        for d in presets[name]["departments"]:
            assert d["name_zh"] != d["name_en"] and d["name_zh"] != d["id"], d
        for c in presets[name]["categories"]:
            assert c["name_zh"] != c["name_en"]


def test_a_city_presets_share_one_structure_and_the_flood(presets):
    """The six A-city presets differ only in title, description and mechanisms."""
    base = presets["bureaucracy"]
    for name in A_CITY:
        scenario = presets[name]
        assert scenario["departments"] == base["departments"], name
        assert scenario["layout"] == base["layout"] and scenario["run"] == base["run"]
        assert scenario["demand"]["shocks"] == [
            {"day": 60, "category": "utilities", "strength": 0.3, "days": 14}
        ]


EXPECTED = {  # preset -> {path: value} of the settings that define it
    "bureaucracy": {"entrance_control.enabled": False, "interface.enabled": False,
                    "dispatch.mode": "none", "data.regime": "silo",
                    "assessment.enabled": False, "data_asset_design.enabled": False},
    "unified-entrance": {"entrance_control.enabled": True, "interface.enabled": True,
                         "interface.granularity": 0.6, "dispatch.mode": "manual",
                         "data.regime": "blocks", "assessment.enabled": False},
    "algorithmic-dispatch": {"entrance_control.enabled": True, "interface.enabled": True,
                             "dispatch.mode": "algorithmic", "dispatch.coverage": 0.5,
                             "data.regime": "shared", "assessment.enabled": False,
                             "data_asset_design.enabled": False},
    "typical-platform": {"dispatch.mode": "algorithmic", "data.regime": "blocks",
                         "assessment.enabled": True, "assessment.pressure": 0.5,
                         "assessment.ranking": True, "data_asset_design.enabled": False,
                         "escalation.whistle": False},
    "tensions": {"dispatch.mode": "algorithmic", "data.regime": "blocks",
                 "assessment.enabled": True, "assessment.pressure": 0.9,
                 "assessment.innovation": True, "data_asset_design.enabled": False},
    "institutional-design": {"assessment.pressure": 0.9, "data.regime": "blocks",
                             "data_asset_design.enabled": True,
                             "data_asset_design.shared_asset": True,
                             "data_asset_design.one_form": True,
                             "data_asset_design.enforce_rule": "duty_list",
                             "data_asset_design.arbitration": True,
                             "data_asset_design.assessment_redesign": True,
                             "data_asset_design.proactive": True},
}  # fmt: skip


@pytest.mark.parametrize("name", list(EXPECTED))
def test_preset_mechanisms(name, presets):
    """Each preset switches on exactly the institutions spec §10 gives it."""
    mech = presets[name]["mechanisms"]
    for path, value in EXPECTED[name].items():
        group, key = path.split(".")
        assert mech[group][key] == value, (name, path)


def test_megacity_structure(presets):
    """Megacity: 16 districts, 280-320 streets, 30,000 tickets a day, typical-platform rules."""
    mega = presets["megacity"]
    assert len(units(mega, "kuai", "district")) == 16
    streets = units(mega, "kuai", "street")
    assert 280 <= len(streets) <= 320
    per_district = Counter(s["parent"] for s in streets)
    assert min(per_district.values()) >= 16 and max(per_district.values()) <= 22
    assert len(units(mega, "kuai", "community")) == 3 * len(streets)
    assert len(units(mega, "tiao", "district")) == 4 * 16
    assert mega["demand"]["tickets_per_day"] == 26000  # first calls; repeats come on top
    assert mega["run"] == {"days": 30, "warmup_days": 7}
    assert mega["mechanisms"] == presets["typical-platform"]["mechanisms"]


def test_megacity_load_per_street_matches_a_city(presets):
    """Capacity per ticket at street level is the same in megacity as in A city."""

    def street_capacity_per_ticket(scenario: dict) -> float:
        streets = units(scenario, "kuai", "street")
        per_street = scenario["demand"]["tickets_per_day"] / len(streets)
        return streets[0]["capacity"] / per_street

    a, m = presets["typical-platform"], presets["megacity"]
    assert street_capacity_per_ticket(m) == pytest.approx(street_capacity_per_ticket(a))


def test_preset_files_are_what_citygen_writes(tmp_path):
    """Regenerating the presets gives byte-identical files, so they never drift."""
    written = citygen.write_presets(tmp_path)
    assert [p.name for p in written] == [f"{n}.govflex.json" for n in PRESET_NAMES]
    for path in written:
        assert path.read_bytes() == (preset_dir() / path.name).read_bytes(), path.name


def test_unknown_preset_lists_the_known_names():
    """An unknown preset name raises ScenarioError naming every preset."""
    with pytest.raises(ScenarioError) as info:
        load_preset("anarchy")
    assert all(name in str(info.value) for name in PRESET_NAMES)


def test_resolve_scenario_takes_a_name_or_a_path(tmp_path):
    """resolve_scenario accepts a preset name or a file path, and rejects anything else."""
    by_name = resolve_scenario("tensions")
    copy_path = tmp_path / "mine.govflex.json"
    copy_path.write_bytes((preset_dir() / "tensions.govflex.json").read_bytes())
    assert resolve_scenario(str(copy_path)) == by_name
    with pytest.raises(ScenarioError, match="neither"):
        resolve_scenario(str(tmp_path / "missing.govflex.json"))


def test_preset_dir_is_found_from_the_package():
    """preset_dir points at assets/scenarios next to the model package."""
    folder = preset_dir()
    assert folder == Path(__file__).resolve().parent.parent / "assets" / "scenarios"
    assert {p.name for p in folder.glob("*.govflex.json")} >= {
        f"{n}.govflex.json" for n in PRESET_NAMES
    }


def test_scenario_modules_do_not_import_qt():
    """Loading scenarios and presets never imports Qt or pyqtgraph."""
    code = (
        "import sys, model.scenario, model.presets, model.citygen\n"
        "model.presets.load_preset('bureaucracy')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


# -- the user documentation of the file format -------------------------------------------------
DOC = Path(__file__).resolve().parent.parent / "docs" / "SCENARIO.md"


def _schema_keys(table: dict) -> set[str]:
    keys = set()
    for key, spec in table.items():
        keys.add(key)
        if isinstance(spec, dict):
            keys |= _schema_keys(spec)
    return keys


def test_docs_mention_every_key():
    """docs/SCENARIO.md documents every key of the schema table."""
    from model.scenario import SCHEMA

    text = DOC.read_text(encoding="utf-8")
    keys = set()
    for part in ("scenario", "category", "department", "shock", "annotation"):
        keys |= _schema_keys(SCHEMA[part])
    missing = sorted(k for k in keys if f"`{k}`" not in text and f"`.{k}`" not in text)
    assert not missing, missing


def test_docs_example_is_valid():
    """The example scenario in docs/SCENARIO.md loads without problems."""
    text = DOC.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    scenario = normalize(json.loads(example))
    assert scenario["name"] == "小城 Small town"
