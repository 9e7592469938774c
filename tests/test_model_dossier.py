"""The credibility dossier (model/dossier.py): generated from the scenario, never from a template.

Each test changes the scenario and checks that the dossier says so, so a dossier that ignored
the scenario (or listed every setting whatever its value) would fail.
"""

from model.assumptions import flat
from model.dossier import changed_assumptions, dossier, mechanism_changes, purpose
from model.presets import load_preset
from model.scenario import normalize, set_path


def _sc(preset="typical-platform", **sets):
    sc = normalize(load_preset(preset))
    for path, value in sets.items():
        sc = set_path(sc, path.replace("__", "."), value)
    return normalize(sc)


def test_the_baseline_bureaucracy_has_no_mechanism_changes():
    assert mechanism_changes(_sc("bureaucracy")) == []
    assert "Every mechanism is at its baseline" in dossier(_sc("bureaucracy"), "x", [1], 10)


def test_mechanism_settings_that_differ_from_m0_are_listed_with_the_baseline_value():
    rows = {path: (code, v, base) for code, path, v, base in mechanism_changes(_sc())}
    assert rows["mechanisms.dispatch.mode"] == ("M3", "algorithmic", "none")
    assert rows["mechanisms.data.regime"] == ("M4", "blocks", "silo")
    assert "mechanisms.escalation.whistle" not in rows  # off in the preset, as in M0
    whistle = mechanism_changes(_sc(mechanisms__escalation__whistle=True))
    assert ("M6", "mechanisms.escalation.whistle", True, False) in whistle


def test_changed_assumptions_and_values_outside_the_plausible_range_are_flagged():
    name, spec = flat()[0]
    assert changed_assumptions(_sc()) == []
    inside = _sc(**{"assumptions__" + name.replace(".", "__"): (spec.lo + spec.hi) / 2})
    assert [r["path"] for r in changed_assumptions(inside)] == ["assumptions." + name]
    text = dossier(inside, "x", [1], 10)
    assert f"`assumptions.{name}`" in text and "Outside the plausible range" not in text
    outside = _sc(**{"assumptions__" + name.replace(".", "__"): spec.hi * 1.5})
    assert "Outside the plausible range:** assumptions." + name in dossier(outside, "x", [1], 10)


def test_the_manifest_lists_every_assumption_and_the_run():
    text = dossier(_sc(), "9.9.9", [11, 12], 75, when="2026-01-01T00:00:00")
    assert "GovFlex 9.9.9; written 2026-01-01T00:00:00; seeds 11, 12; 75 simulated days" in text
    for name, _ in flat():
        assert f"| `assumptions.{name}` |" in text
    assert "| `mechanisms.dispatch.coverage` | 0.5 |" in text


def test_structure_and_demand_come_from_the_scenario():
    sc = _sc()
    n_tiao = sum(d["kind"] == "tiao" for d in sc["departments"])
    text = dossier(sc, "x", [1], 10)
    assert f"{n_tiao} bureaus (条)" in text
    fewer = dict(sc, departments=[d for d in sc["departments"] if d["id"] != "b-order"])
    assert f"{n_tiao - 1} bureaus (条)" in dossier(fewer, "x", [1], 10)
    assert f"{sc['demand']['tickets_per_day']:g} first calls a day" in text


def test_analyses_are_included_when_run_and_the_purpose_comes_from_model_md():
    assert "12345" in purpose()  # read from the packaged docs/MODEL.md
    text = dossier(_sc(), "x", [1], 10, analyses=[("Robustness of A vs B", "17 of 20 keep")])
    assert "### Robustness of A vs B\n\n17 of 20 keep" in text
    assert "None was run in this session" in dossier(_sc(), "x", [1], 10)
