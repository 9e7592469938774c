"""Version-1 scenario files load unchanged in meaning; saving writes version 2.

The seven v1 presets are kept as fixtures (tests/fixtures/v1) exactly as v1 wrote them.
"""

import json
from pathlib import Path

import pytest

from model.engine import Simulation
from model.scenario import SCHEMA_VERSION, load_scenario, normalize, save_scenario

V1 = sorted((Path(__file__).parent / "fixtures" / "v1").glob("*.govflex.json"))


def test_the_seven_v1_presets_are_kept():
    assert len(V1) == 7


@pytest.mark.parametrize("path", V1, ids=[p.name.split(".")[0] for p in V1])
def test_v1_file_migrates_with_its_meaning(path, tmp_path):
    """Every v1 key keeps its value; the boolean duty list becomes the enforce rule; the new
    keys take their defaults; saving writes version 2 and reads back the same scenario."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    new = load_scenario(path)
    assert new["schema_version"] == SCHEMA_VERSION == 2
    assert new["departments"] == normalize(new)["departments"]
    assert [d["id"] for d in new["departments"]] == [d["id"] for d in raw["departments"]]
    for group, fields in raw["mechanisms"].items():
        for key, value in fields.items():
            if key == "duty_list":
                rule = new["mechanisms"][group]["enforce_rule"]
                assert rule == ("duty_list" if value else "none")
                assert "duty_list" not in new["mechanisms"][group]
            else:
                assert new["mechanisms"][group][key] == value, (group, key)
    assert new["demand"] == raw["demand"] and new["run"] == raw["run"]
    out = tmp_path / path.name
    save_scenario(new, out)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 2 and load_scenario(out) == new


def test_a_v1_file_runs():
    """A migrated v1 scenario runs in the v2 engine."""
    scenario = load_scenario(next(p for p in V1 if p.name.startswith("typical")))
    summary = Simulation(scenario, seed=1).run(20)
    assert summary["tickets_created"] > 1000
