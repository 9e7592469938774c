"""Global sensitivity analysis: the published Ishigami indices, a factor the city never reads,
spec checks, results files and cancellation (headless)."""

import csv
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pools import cancel_after_first_run

from model.assumptions import REGISTRY
from model.experiment import run_one
from model.presets import load_preset
from model.sensitivity import (
    load,
    load_spec,
    output_keys,
    plan,
    point_sets,
    reanalyse,
    run_sensitivity,
    save,
    validate_spec,
)
from model.testfunctions import ishigami_indices

ROOT = Path(__file__).resolve().parent.parent
X123 = [{"path": "x1"}, {"path": "x2"}, {"path": "x3"}]
ISHIGAMI_SOBOL = {"model": "ishigami", "method": "sobol", "factors": X123, "n": 2048}
ISHIGAMI_MORRIS = {"model": "ishigami", "method": "morris", "factors": X123, "trajectories": 1000}
UNREAD = "assumptions.arbitration.strictness"  # M7's arbitration; M7 is off in typical-platform
READ = "assumptions.repeat.unresolved"  # an unresolved citizen calls again: failure demand
CITY = {
    "scenario": "typical-platform",
    "method": "morris",
    "factors": [{"path": UNREAD}, {"path": READ}],
    "outputs": ["flexibility", "load", "failure_demand_share"],
    "days": 20,
    "trajectories": 2,
    "workers": 2,
}


def test_ishigami_sobol_indices_match_the_published_table():
    """S1 = 0.314, 0.442, 0 and ST = 0.558, 0.442, 0.244: each within its 95 % interval."""
    exact = ishigami_indices()
    assert np.round(exact["S1"], 3).tolist() == [0.314, 0.442, 0.0]
    assert np.round(exact["ST"], 3).tolist() == [0.558, 0.442, 0.244]
    ix = run_sensitivity(ISHIGAMI_SOBOL).indices["y"]
    for key in ("S1", "ST"):
        assert np.all(ix[f"{key}_conf"] < 0.07), ix  # an interval too wide would prove nothing
        assert np.all(np.abs(ix[key] - exact[key]) <= ix[f"{key}_conf"]), (key, ix)


def test_ishigami_morris_sees_x3_only_through_x1():
    """Morris on the 4-level grid (step 2/3 of the range): every step of x2 changes a sin² x2
    by 3/4, so mu*(x2) = 7 * 3/4 / (2/3) = 7.875 exactly; every step of x1 raises sin x1, so
    mu = mu* for x1. x3's effect b x3⁴ sin x1 takes the sign of sin x1: its effects cancel
    (|mu| << mu*) and spread (sigma > mu*), the mark of a pure interaction (S1 = 0,
    ST = 0.244). mu*(x3) is not small - Morris sees the interaction - but with 1000
    trajectories it ranks last, and mu* of x1 and x3 lie within their intervals of their
    expectations on the grid (7.704 and 6.249). Held alone, with x1 at its nominal 0, x3
    does nothing at all: mu* = 0 exactly."""
    ix = run_sensitivity(ISHIGAMI_MORRIS).indices["y"]
    mu_star, mu, sigma, conf = (ix[k] for k in ("mu_star", "mu", "sigma", "mu_star_conf"))
    assert mu_star[1] == pytest.approx(7.875, rel=1e-12)
    assert mu[0] == pytest.approx(mu_star[0], rel=1e-12)
    assert abs(mu[2]) < 0.3 * mu_star[2] and sigma[2] > mu_star[2]
    assert mu_star[2] < min(mu_star[0], mu_star[1])
    b, pi4 = 0.1, math.pi**4
    expect_x1 = math.sqrt(3) / 2 * (1 + b * (pi4 + pi4 / 81) / 2) * 1.5
    expect_x3 = 0.5 * math.sqrt(3) / 2 * b * pi4 * (80 / 81) * 1.5
    assert abs(mu_star[0] - expect_x1) <= conf[0] and abs(mu_star[2] - expect_x3) <= conf[2]
    alone = run_sensitivity({**ISHIGAMI_MORRIS, "factors": X123[1:], "trajectories": 20})
    assert alone.indices["y"]["mu_star"].tolist() == [pytest.approx(7.875), 0.0]
    assert alone.top("y") == ["x2", "x3"]


def test_an_assumption_the_city_never_reads_has_mu_star_zero():
    """With M7 off, its arbitration's strictness is never read (the runs are bit-identical at
    both ends of its range), so its mu* is exactly 0 for every output; repeat calls matter."""
    sc = load_preset("typical-platform")
    a = REGISTRY["arbitration"]["strictness"]
    lo, hi = (run_one(sc, ((UNREAD, v),), 1, 20) for v in (a.lo, a.hi))
    assert lo == hi
    result = run_sensitivity(CITY)
    assert result.Y_seeds.shape == (6, 1, 3)
    for output in CITY["outputs"]:
        mu_star = result.indices[output]["mu_star"]
        assert mu_star[0] == 0.0 and mu_star[1] > 0, (output, mu_star)
        assert result.top(output) == [READ, UNREAD]


def test_every_problem_of_a_spec_is_reported_with_its_place():
    """A broken file lists each problem with its JSON path; nothing is run."""
    bad = {
        "scenario": "typical-platform",
        "method": "morris",
        "colour": "red",
        "seeds": 0,
        "factors": [
            {"path": "assumptions.repeat.unresolvd"},
            {"path": "mechanisms.assessment.pressure"},
            {"path": "mechanisms.dispatch.coverage", "range": [0.5, 2]},
            {"path": "assumptions.deadlines.urgent"},
            {"path": "mechanisms.dispatch.mode", "range": [0, 1]},
            {"path": "seed", "range": [1, 5]},
            {"path": "mechanisms.assessment.presure", "range": [0, 1]},
        ],
        "outputs": ["flexibilty", "load", 7],
        "levels": 3,
        "n": 256,
    }
    problems = validate_spec(bad)
    text = "\n".join(problems)
    for where in (
        "colour:",
        "seeds:",
        "factors[0].path: unknown assumption",
        "did you mean 'assumptions.repeat.unresolved'",
        "factors[1].range: give [low, high]",
        "factors[2].range: mechanisms.dispatch.coverage=2.0 is not valid",
        "factors[3].range: assumptions.deadlines.urgent has no plausible range",
        "factors[4].path: mechanisms.dispatch.mode holds 'algorithmic', not a number",
        "factors[5].path: 'seed' is set by the file's 'seeds'",
        "factors[6].path: mechanisms.assessment.presure=0.0 is not valid",
        "did you mean 'pressure'?",
        "outputs[0]: unknown output 'flexibilty'; did you mean 'flexibility'?",
        "outputs[2]:",
        "levels:",
        "n: a setting of method 'sobol'",
    ):
        assert where in text, (where, problems)
    assert "outputs[1]" not in text and text.count("factors[6]") == 1, problems
    assert len(problems) == 13, problems
    assert validate_spec([1]) == ["sensitivity: the file must hold a JSON object"]
    assert "method: give 'morris' or 'sobol'" in "\n".join(validate_spec({"factors": X123}))
    fn = validate_spec({**ISHIGAMI_SOBOL, "days": 9, "factors": [{"path": "x4"}], "n": 1000})
    assert any(p.startswith("days: a test function has no days") for p in fn), fn
    assert any(p.startswith("factors[0].path: 'x4' is not an input") for p in fn), fn
    assert any(p.startswith("n: must be a power of 2") for p in fn), fn


def test_runs_over_the_limits_are_refused_before_running():
    """Too many runs, or runs that end inside their warm-up, are refused with the reason."""
    big = {**CITY, "method": "sobol", "n": 4096, "seeds": 2}
    del big["trajectories"]
    assert any("32,768 runs" in p and "MAX_SWEEP_RUNS" in p for p in validate_spec(big))
    assert any(
        p.startswith("days:") and "warm-up" in p for p in validate_spec({**CITY, "days": 10})
    )


def test_the_example_files_are_valid():
    """Every sensitivity file shipped in assets/examples passes the checks."""
    files = sorted((ROOT / "assets" / "examples").glob("sensitivity-*.json"))
    assert len(files) >= 3
    for f in files:
        assert validate_spec(load_spec(f)) == [], f


def test_output_names_are_the_run_summary_numbers():
    """Every output an analysis may name is a number in a real run's summary."""
    summary = run_one(load_preset("bureaucracy"), (), 1, 1)
    assert {"flexibility", "load", "gaming_gap", "resolution_true", "failure_demand_share"} <= set(
        output_keys()
    )
    assert all(isinstance(summary[k], (int, float)) for k in output_keys())


def test_whole_number_parameters_are_rounded_at_every_point():
    """Hotline seats take whole numbers: sample points give them as ints; shares stay floats."""
    p = plan(
        {
            "method": "morris",
            "factors": [
                {"path": "mechanisms.entrance_control.seats", "range": [8, 16]},
                {"path": READ},
            ],
        }
    )
    assert [f.whole for f in p.factors] == [True, False]
    sets = point_sets(p, np.array([11.6, 0.3]))
    assert sets == (("mechanisms.entrance_control.seats", 12), (READ, 0.3))
    assert isinstance(sets[0][1], int)


@pytest.mark.parametrize("spec", [ISHIGAMI_SOBOL | {"second_order": True, "n": 64}, CITY])
def test_results_round_trip_and_can_be_reanalysed(tmp_path, spec):
    """save -> load gives an equal result (sample, outputs, indices, manifest); the CSV holds
    the same table; re-analysing the loaded outputs gives the same indices without a run."""
    result = run_sensitivity(spec)
    save(result, tmp_path)
    back = load(tmp_path)
    assert back == result
    assert back.manifest["govflex_version"] and back.manifest["salib_version"]
    with (tmp_path / "sensitivity.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["output"], r["factor"], int(r["rank"])) for r in rows] == [
        (r["output"], r["factor"], r["rank"]) for r in result.rows()
    ]
    first = result.rows()[0]
    col = next(c for c in first if c not in ("output", "factor", "rank"))
    assert float(rows[0][col]) == pytest.approx(first[col], rel=1e-9)
    assert reanalyse(back).indices.keys() == result.indices.keys()
    assert reanalyse(back) == result
    wider = reanalyse(back, conf_level=0.99)
    conf = "S1_conf" if result.method == "sobol" else "mu_star_conf"
    output = result.outputs[-1]
    assert np.all(wider.indices[output][conf] >= result.indices[output][conf])


@pytest.mark.parametrize("kind", ["event", "function"])
def test_cancelled_analysis_stops_at_once_and_leaves_no_processes(kind):
    """Cancelling (an event, or a function answering True) stops within seconds and leaves
    no worker process behind (runs one at a time here, so that runs are done while others
    still run: two batches that end together leave nothing to cancel)."""
    spec = {**CITY, "days": 60, "trajectories": 4}

    def start(progress, event):
        cancel = event if kind == "event" else event.is_set
        run_sensitivity(spec, progress=progress, cancel=cancel, batch=1)

    _err, seen, seconds, left = cancel_after_first_run(start)
    assert seconds < 30 and 1 <= len(seen) < 12 and left == set()


def test_importing_the_analysis_does_not_load_salib():
    """SALib (and pandas, scipy behind it) load only when an analysis runs."""
    code = (
        "import sys, model.sensitivity, model.cli\n"
        "assert not [m for m in sys.modules if m.startswith(('SALib', 'pandas'))]\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
