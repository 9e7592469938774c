"""Consistency checks: what is true by construction, tested so, and labelled so.

These are *not* findings - they follow from the rules by arithmetic or from how an institution
is defined - but they must hold, or the model does not do what its documentation says.  The
switch-invariance pairs check principle P1: two configurations that produce the same behaviour
give exactly the same outputs, so no output reads a switch or a mode.
"""

import numpy as np
import pytest

from model.engine import Simulation
from model.metrics import mobility
from model.presets import load_preset
from model.scenario import set_path
from model.tickets import PROCESS

DAYS = 30


def _run(preset: str, *sets, seed: int = 21, days: int = DAYS) -> dict:
    scenario = load_preset(preset)
    for path, value in sets:
        scenario = set_path(scenario, path, value)
    return Simulation(scenario, seed=seed).run(days)


M7_OFF_LEVERS = (
    ("mechanisms.data_asset_design.shared_asset", False),
    ("mechanisms.data_asset_design.one_form", False),
    ("mechanisms.data_asset_design.enforce_rule", "none"),
    ("mechanisms.data_asset_design.arbitration", False),
    ("mechanisms.data_asset_design.assessment_redesign", False),
    ("mechanisms.data_asset_design.proactive", False),
)

INVARIANT_PAIRS = {
    "algorithm with coverage 0 = manual dispatch": (
        ("algorithmic-dispatch", ("mechanisms.dispatch.coverage", 0.0)),
        ("algorithmic-dispatch", ("mechanisms.dispatch.mode", "manual")),
    ),
    "M7 on with every lever off = M7 off": (
        ("tensions", ("mechanisms.data_asset_design.enabled", True), *M7_OFF_LEVERS),
        ("tensions", ("mechanisms.data_asset_design.enabled", False)),
    ),
    "whistle allowed but never worth it = no whistle": (
        (
            "tensions",
            ("mechanisms.escalation.whistle", True),
            ("assumptions.whistle.cost_hours", 1e9),
        ),
        ("tensions", ("mechanisms.escalation.whistle", False)),
    ),
    "ranking that changes nobody's pressure = no ranking": (
        ("typical-platform", ("assumptions.assessment.rank_spread", 0.0)),
        (
            "typical-platform",
            ("assumptions.assessment.rank_spread", 0.0),
            ("mechanisms.assessment.ranking", False),
        ),
    ),
    "arbitration as strict and as fast as the usual review = no arbitration": (
        (
            "tensions",
            ("mechanisms.data_asset_design.enabled", True),
            *M7_OFF_LEVERS[:3],
            *M7_OFF_LEVERS[4:],
            ("mechanisms.data_asset_design.arbitration", True),
            ("assumptions.arbitration.strictness", 0.5),
            ("assumptions.arbitration.speed", 1.0),
        ),
        ("tensions",),
    ),
    "a catalogue that never learns = no learning": (
        (
            "typical-platform",
            ("mechanisms.interface.learning", True),
            ("assumptions.design.learning_cases", 1e9),
        ),
        ("typical-platform", ("mechanisms.interface.learning", False)),
    ),
}


@pytest.mark.parametrize("pair", list(INVARIANT_PAIRS), ids=list(INVARIANT_PAIRS))
def test_switch_invariance(pair):
    """P1 (consistency): the same behaviour under two configurations gives identical outputs."""
    (pa, *sa), (pb, *sb) = INVARIANT_PAIRS[pair]
    a, b = _run(pa, *sa), _run(pb, *sb)
    differ = {k: (a[k], b[k]) for k in a if a[k] != b[k]}
    assert not differ, differ
    assert a["tickets_created"] > 1000  # a real run, not an empty one


def test_switch_invariance_pairs_are_not_trivial():
    """The pairs above could fail: a lever that changes behaviour changes the outputs."""
    a = _run("algorithmic-dispatch", ("mechanisms.dispatch.coverage", 0.5))
    b = _run("algorithmic-dispatch", ("mechanisms.dispatch.mode", "manual"))
    assert a["flexibility"] != b["flexibility"] and a["flex_match"] != b["flex_match"]


def test_no_hops_under_the_platform():
    """Consistency: with the unified entrance no ticket is forwarded between offices."""
    for preset in ("unified-entrance", "algorithmic-dispatch", "typical-platform", "tensions"):
        assert _run(preset, days=15)["hops_per_100"] == 0.0, preset
    assert _run("bureaucracy", days=15)["hops_per_100"] > 10


def test_forms_hours_follow_data_access():
    """Consistency: form-filling is forms x hours x (1 - data access), so it falls from silos
    to blocks to shared data and to the data asset."""
    reports = [
        _run("algorithmic-dispatch", ("mechanisms.data.regime", r), days=15)["load_report"]
        for r in ("silo", "blocks", "shared")
    ]
    asset = _run(
        "algorithmic-dispatch",
        ("mechanisms.data_asset_design.enabled", True),
        *[(p, v) for p, v in M7_OFF_LEVERS if not p.endswith("shared_asset")],
        ("mechanisms.data_asset_design.shared_asset", True),
        days=15,
    )["load_report"]
    assert reports[0] > reports[1] > reports[2] > asset >= 0, (reports, asset)


def test_whistle_latency_is_the_thirty_minute_rule():
    """Consistency: a summoned bureau reports within 30 minutes - every whistled case carries
    exactly the rule's latency (with no intake wait, so nothing else is added)."""
    scenario = load_preset("tensions")
    scenario = set_path(scenario, "mechanisms.escalation.whistle", True)
    scenario = set_path(scenario, "mechanisms.entrance_control.seats", 500)
    sim = Simulation(scenario, seed=3)
    seen = 0
    for _ in range(20):
        sim.run_days(1)
        c = sim.tickets.cols
        w = (c["state"] >= PROCESS) & c["whistled"]
        assert np.allclose(c["wait"][w], sim.a.whistle.latency)
        seen += int(w.sum())
    assert seen > 0


def test_bureaucracy_reports_what_citizens_experienced():
    """Consistency: M0 has no hub and no record, so its reported rates are the citizens' own
    view and its gaming gap is 0 by definition."""
    r = _run("bureaucracy", days=20)
    assert r["resolution_reported"] == r["resolution_true"] and r["gaming_gap"] == 0.0
    assert r["satisfaction_reported"] == r["satisfaction_true"]


# -- the mobility measure ------------------------------------------------------------------------
def _sample(rng, p, n):
    cat = rng.choice(len(p), size=n, p=p)
    kappa = rng.lognormal(np.log(2.0), 0.8, n)
    return np.bincount(cat, weights=kappa, minlength=len(p)), kappa


def _n_eff(kappa):
    return kappa.sum() ** 2 / (kappa**2).sum()


def test_mobility_of_a_perfectly_proportional_process_is_one():
    """A process that completes work in exact proportion to what arrives scores 1 +- 0.02:
    the sampling noise of a 7-day window is removed, not counted as mismatch."""
    rng = np.random.default_rng(0)
    p = np.array([0.18, 0.17, 0.1, 0.08, 0.07, 0.1, 0.1, 0.08, 0.05, 0.07])
    scores = []
    for _ in range(300):
        arrived, ka = _sample(rng, p, 900)
        done, kd = _sample(rng, p, 880)
        scores.append(mobility(arrived, done, _n_eff(ka), _n_eff(kd)))
    assert abs(np.mean(scores) - 1.0) <= 0.02, np.mean(scores)


def test_mobility_of_a_rigid_process_is_low():
    """Work done in the old mix while a third of demand has shifted scores far below 1."""
    rng = np.random.default_rng(1)
    p = np.array([0.18, 0.17, 0.1, 0.08, 0.07, 0.1, 0.1, 0.08, 0.05, 0.07])
    shifted = 0.7 * p + 0.3 * np.eye(10)[5]
    arrived, ka = _sample(rng, shifted, 900)
    done, kd = _sample(rng, p, 900)
    assert mobility(arrived, done, _n_eff(ka), _n_eff(kd)) < 0.5


def test_shock_outputs_are_null_without_a_shock():
    """With no shock, shock recovery and absorption are null, never a number."""
    scenario = set_path(load_preset("typical-platform"), "demand.shocks", [])
    r = Simulation(scenario, seed=2).run(30)
    assert r["shock_recovery_days"] is None and r["shock_absorption"] is None
