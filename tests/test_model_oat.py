"""One-at-a-time perturbations of the assumptions, and the robustness screen of a comparison."""

import sys
from pathlib import Path

import numpy as np

from model import compare_robustness as cr
from model import oat
from model.assumptions import REGISTRY, flat
from model.engine import Simulation
from model.oat import perturbations
from model.presets import load_preset
from model.robustness_table import block, flipping
from model.scenario import normalize, set_path
from model.sweep import run_many

ROOT = Path(__file__).resolve().parent.parent


def test_every_assumption_moves_twice():
    """Every assumption at x0.7 and x1.3, labelled as the robustness CSV labels them."""
    perts = perturbations()
    assert len(perts) == 2 * len(flat()) == 232
    assert (
        perts[0].label == "demand.extra_mean x0.7"
        and perts[0].path == "assumptions.demand.extra_mean"
    )
    assert {p.factor for p in perts} == {0.7, 1.3}


def test_moves_are_clipped_to_valid_values():
    """Shares stay in [0, 1], counts stay whole and at least 1, decimals are clean."""
    by = {p.label: p for p in perturbations()}
    assert by["returns.founded_request x1.3"].value == 1.0  # 0.9 x 1.3 = 1.17
    assert by["returns.max_returns x0.7"].value == 2  # 3 x 0.7 = 2.1, a whole number
    assert by["repeat.unresolved x0.7"].value == 0.28  # not 0.27999999999999997
    assert by["satisfaction.base x1.3"].value == -2.6  # a logit coefficient may be negative


def test_moves_that_change_nothing_are_skipped_and_reported():
    """From a share of 1.0, x1.3 stays 1.0; from 0, neither move changes anything."""
    skipped = []
    base = {"returns.founded_request": 1.0, "repeat.unresolved": 0.0, "proactive.months": 1}
    only = set(base)
    perts = perturbations(only, base=base, on_skip=lambda *s: skipped.append(s))
    assert [p.label for p in perts] == ["returns.founded_request x0.7"]
    assert perts[0].value == 0.7 and perts[0].base == 1.0
    assert ("returns.founded_request", 1.3, 1.0) in skipped
    assert ("proactive.months", 0.7, 1) in skipped  # a count of 1 stays 1 (x1.3 rounds to 1)
    assert len(skipped) == 5


def test_the_benchmark_uses_the_models_list():
    """benchmarks/robustness.py imports the moves from the model: one list, no copy."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import robustness
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert robustness.perturbations is perturbations


def _short(preset: str) -> dict:
    sc = load_preset(preset)
    sc["run"]["warmup_days"] = 2
    return normalize(sc)


def test_assumptions_of_switched_off_mechanisms_change_nothing():
    """Moving every assumption of the groups said to be inactive leaves every output of the
    run exactly as it was: the "mechanisms switched on" subset drops nothing that matters."""
    for preset in ("bureaucracy", "typical-platform"):
        sc = _short(preset)
        idle = set(REGISTRY) - cr.active_groups(sc)
        assert idle  # something is switched off in both
        moved = sc
        for g in idle:
            for n, spec in REGISTRY[g].items():
                moved = set_path(moved, f"assumptions.{g}.{n}", oat.moved(spec, spec.default, 0.7))
        base = Simulation(sc, seed=2).run(35)
        assert Simulation(normalize(moved), seed=2).run(35) == base, preset


def test_subsets_leave_out_assumptions_that_differ_between_a_and_b():
    """An assumption B changes is part of the comparison, never screened; subsets shrink."""
    a = _short("typical-platform")
    b = set_path(a, "assumptions.repeat.unresolved", 0.3)
    assert cr.differing(a, b) == ["repeat.unresolved"]
    names = cr.screened(a, b, "all")
    assert len(names) == len(flat()) - 1 and "repeat.unresolved" not in names
    on = cr.screened(a, b, "mechanisms")
    assert "bureaucracy.hop_loss" not in on and "assessment.report_hours" in on
    assert cr.screened(a, b, "listed", ["demand.work_median", "repeat.unresolved"]) == [
        "demand.work_median"
    ]
    assert len(cr.plan(a, b, "listed", ["demand.work_median"])) == 2
    assert cr.run_count(cr.plan(a, b), [1, 2]) == 2 * (1 + 2 * len(names)) * 2


def test_screen_counts_signs_of_hand_computed_paired_differences():
    """A tiny screen (two assumptions, two seeds, 12 days) in worker processes: every move's
    B - A is the mean over seeds of the paired differences computed here run by run, and the
    verdict counts the moves whose sign matches the unperturbed one."""
    a = _short("typical-platform")
    b = set_path(a, "mechanisms.data.regime", "shared")
    perts = cr.plan(a, b, "listed", ["demand.work_median", "structure.street_team"])
    seeds, days = [1, 2], 12
    result = cr.screen(a, b, seeds, days, perts, run_many=lambda batch, d: run_many(batch, d, 2))

    def paired(sets: tuple) -> list[tuple[dict, dict]]:
        out = []
        for s in seeds:
            x, y = a, b
            for path, value in sets:
                x, y = set_path(x, path, value), set_path(y, path, value)
            out.append(tuple(Simulation(normalize(sc), seed=s).run(days) for sc in (x, y)))
        return out

    runs = {p: paired(((p.path, p.value),)) for p in perts}
    runs[None] = paired(())

    def diff(p, key: str) -> float:
        return float(np.mean([rb[key] - ra[key] for ra, rb in runs[p]]))

    for key in cr.KEYS:
        base = diff(None, key)
        assert result["baseline"][key]["diff"] == base
        by_hand = [diff(p, key) for p in perts]
        assert [r["rows"][key]["diff"] for r in result["perturbations"]] == by_hand
        v = cr.verdict(result, key)
        assert v["total"] == len(perts) == 4
        assert v["kept"] == sum(np.sign(d) == np.sign(base) for d in by_hand)
        assert [p["label"] for p in v["flips"]] == [
            p.label for p, d in zip(perts, by_hand, strict=True) if np.sign(d) != np.sign(base)
        ]
        assert cr.verdict_line(result, key).startswith(f"{key}: B - A = ")


def test_verdict_lists_the_moves_that_flip_the_sign():
    """Signs kept, firm (interval excluding 0) and flipped, on made-up differences."""

    def row(d, half=0.01):
        return {"flexibility": {"diff": d, "low": d - half, "high": d + half}}

    result = {
        "baseline": row(0.05),
        "perturbations": [
            {"label": "x x0.7", "rows": row(0.04)},
            {"label": "x x1.3", "rows": row(0.005)},  # right sign, interval includes 0
            {"label": "y x0.7", "rows": row(-0.02)},
            {"label": "y x1.3", "rows": row(0.0)},
        ],
    }
    v = cr.verdict(result, "flexibility")
    assert (v["total"], v["kept"], v["firm"]) == (4, 2, 1)
    assert [p["label"] for p in v["flips"]] == ["y x0.7", "y x1.3"]
    assert cr.verdict_line(result, "flexibility") == (
        "flexibility: B - A = +0.05 keeps its sign in 2 of 4 moves (flips: y x0.7, y x1.3)"
    )


def test_estimate_uses_a_measured_run_time_when_given():
    a = _short("typical-platform")
    assert cr.estimate_seconds(a, a, 20, runs=100, workers=2, seconds_per_run=0.5) == 25.0
    assert cr.estimate_seconds(a, a, 20, runs=100, workers=2) > 0


def test_the_documented_table_names_the_assumptions_that_flip_findings():
    """docs/MODEL.md's robustness block parses; its 'flips in' names are real assumptions."""
    text = block((ROOT / "docs" / "MODEL.md").read_text(encoding="utf-8"))
    assert text.startswith("Measured by") and "| finding |" in text
    names = flipping(text)
    assert names and set(names) <= {n for n, _s in flat()}
    assert block("no markers here") == ""
    two = (
        "| finding | flips in |\n|---|---|\n| F1 | demand.work_median x0.7 |\n\n"
        "| finding | claim | flips in |\n|---|---|---|\n| F2 | c | repeat.unresolved x1.3 |"
    )
    assert flipping(two) == ["demand.work_median"]  # only the first table names moves
