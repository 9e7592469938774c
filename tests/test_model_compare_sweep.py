"""Comparisons on common random numbers, Shapley attribution and sweeps (headless)."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pools import cancel_after_first_run

from model.attribution import changed_mechanisms, shapley
from model.compare import compare
from model.experiment import Job
from model.presets import load_preset
from model.scenario import ScenarioError, set_path
from model.sweep import (
    expand,
    frontier,
    load_results,
    run_jobs,
    run_many,
    run_sweep,
    save_results,
)

ROOT = Path(__file__).resolve().parent.parent
SMALL = {
    "format": "govflex-sweep",
    "scenario": "typical-platform",
    "days": 8,
    "seeds": 2,
    "parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.0, 1.0]}],
}


def test_same_design_gives_exactly_zero_difference():
    """Common random numbers: A against itself differs by exactly zero on every output."""
    a = load_preset("typical-platform")
    rows = compare(a, a, seeds=[1, 2], days=10)["rows"]
    assert all(r["diff"] == 0 and r["low"] == 0 == r["high"] for r in rows)


def test_different_designs_give_a_nonzero_difference():
    """The comparison is not blind: another design shows a difference with an interval."""
    rows = compare(
        load_preset("unified-entrance"),
        load_preset("algorithmic-dispatch"),
        seeds=[1, 2, 3],
        days=20,
    )["rows"]
    flex = next(r for r in rows if r["key"] == "flexibility")
    assert flex["low"] > 0


def test_single_mechanism_change_gets_all_the_attribution():
    """A change in one mechanism only: that mechanism gets the whole change, no residual."""
    a = load_preset("algorithmic-dispatch")
    b = set_path(a, "mechanisms.data.regime", "blocks")
    att = shapley(a, b, seeds=[1, 2], days=15)
    assert att["mechanisms"] == ["data"] and att["exact"]
    for key in ("flexibility", "load"):
        total = att["end"][key] - att["start"][key]
        assert abs(total) > 1e-6
        assert att["phi"][key]["data"] == pytest.approx(total)
        assert att["residual"][key] == pytest.approx(0.0, abs=1e-12)


def test_shapley_values_add_up_to_the_total_change():
    """Efficiency: the shares of several mechanisms add up to the whole change."""
    a, b = load_preset("tensions"), load_preset("institutional-design")
    b = set_path(b, "mechanisms.escalation.whistle", True)
    assert changed_mechanisms(a, b) == ["escalation", "data_asset_design"]
    att = shapley(a, b, seeds=[1], days=12, run_many=run_many)
    for key in ("flexibility", "load"):
        assert sum(att["phi"][key].values()) == pytest.approx(att["end"][key] - att["start"][key])


def test_sampled_shapley_beyond_the_exact_limit_still_adds_up():
    """With max_exact below the number of changed mechanisms, sampled orders still share the
    whole change."""
    a, b = load_preset("bureaucracy"), load_preset("typical-platform")
    att = shapley(a, b, seeds=[1], days=6, max_exact=2, samples=6, run_many=run_many)
    assert not att["exact"] and len(att["mechanisms"]) > 2
    total = att["end"]["flexibility"] - att["start"]["flexibility"]
    assert sum(att["phi"]["flexibility"].values()) == pytest.approx(total)


def test_sweep_spec_problems_are_all_reported():
    """A broken sweep file lists every problem with its place."""
    bad = {
        "scenario": "no-such-preset",
        "seeds": 0,
        "colour": "red",
        "parameters": [{"path": "mechanisms.assessment.pressure", "range": [0, 1]}],
    }
    with pytest.raises(ScenarioError) as err:
        expand(bad)
    text = "\n".join(err.value.problems)
    for part in ("colour", "seeds", "parameters[0].range", "scenario"):
        assert part in text, text


def test_mechanism_sweep_expands_to_all_combinations():
    """'mechanisms': 'all' gives 2^7 configurations with distinct settings."""
    _, configs, labels, _, _ = expand({"mechanisms": "all", "seeds": 1})
    assert len(configs) == 128 and len({tuple(sorted(lab.items())) for lab in labels}) == 128


def test_sweep_results_round_trip_through_csv_and_json(tmp_path):
    """Saved results load back with the same rows, configurations, frontier and seed check;
    seed_check.csv lists every output's verdict."""
    record = run_sweep(SMALL, workers=2)
    save_results(record, tmp_path)
    back = load_results(tmp_path)
    assert back["seed_check"] == json.loads(json.dumps(record["seed_check"]))
    assert back["seed_check"]["seeds"] == 2 and not back["seed_check"]["stable"]
    checks = (tmp_path / "seed_check.csv").read_text().splitlines()
    assert checks[0].startswith("output,seeds,stable") and checks[1].startswith("flexibility,2,")
    del back["seed_check"]  # an older results file: the check is computed on loading
    (tmp_path / "results.json").write_text(json.dumps(back))
    assert load_results(tmp_path)["seed_check"] == record["seed_check"]
    assert back["rows"] == json.loads(json.dumps(record["rows"]))
    assert back["frontier"] == record["frontier"]
    assert len(back["csv_rows"]) == 4
    assert float(back["csv_rows"][3]["load"]) == pytest.approx(record["rows"][3]["load"])
    assert back["configs"] == json.loads(json.dumps(record["configs"]))


def test_frontier_keeps_the_best_flexibility_at_each_load():
    """The frontier is the upper-left envelope of (load, flexibility)."""
    pts = [(0.5, 0.4), (0.6, 0.7), (0.7, 0.6), (0.8, 0.9), (0.4, 0.2)]
    configs = [
        {"config": i, "stats": {"load": {"mean": lo}, "flexibility": {"mean": f}}}
        for i, (lo, f) in enumerate(pts)
    ]
    assert frontier(configs) == [4, 0, 1, 3]


def test_cancelled_sweep_stops_at_once_and_leaves_no_processes():
    """Cancelling stops within seconds, keeps the runs done and leaves no worker behind
    (runs one at a time here, so that runs are done while others still run; cancelled once
    two runs' worth is done, of which the two workers' runs under way are less)."""
    spec = dict(SMALL, days=60, seeds=4)
    err, _seen, seconds, left = cancel_after_first_run(
        lambda progress, cancel: run_sweep(
            spec, workers=2, progress=progress, cancel=cancel, batch=1
        ),
        at=2,
    )
    assert seconds < 30 and 1 <= len(err.partial) < 8 and left == set()


def test_progress_moves_while_a_batch_runs():
    """One batch of six runs (one worker): progress reports runs' worth of work as the
    batch's days go by, before any run has finished, and ends at every run done."""
    base = load_preset("typical-platform")
    jobs = [Job(0, (), seed) for seed in range(1, 7)]
    seen, results = [], []
    run_jobs(
        base, jobs, 20, workers=1, progress=lambda d, t: seen.append((d, len(results), t)),
        on_result=lambda job, summary: results.append(job),
    )  # fmt: skip
    assert seen[-1] == (6, 6, 6)
    assert [d for d, _r, _t in seen] == sorted({d for d, _r, _t in seen})  # forward only
    assert any(d >= 1 and r == 0 for d, r, _t in seen)  # under way: no run finished yet


def test_sweep_runs_on_a_local_dask_cluster():
    """With dask.distributed, the same sweep runs on a (local) scheduler and gives the same
    figures as the process pool."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        record = run_sweep(SMALL, dask_address=cluster.scheduler_address)
    local = run_sweep(SMALL, workers=2)
    assert [r["flexibility"] for r in record["rows"]] == [r["flexibility"] for r in local["rows"]]


def test_cli_sweep_and_compare(tmp_path):
    """`main.py sweep` writes results with a progress bar; `main.py compare` prints the table
    with the Shapley split."""
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(SMALL))
    r = subprocess.run(
        [sys.executable, "main.py", "sweep", str(spec), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "4/4 runs" in r.stderr and (tmp_path / "out" / "results.csv").exists()
    assert "2 seeds: not stable for " in r.stdout and "suggest >= " in r.stdout
    r = subprocess.run(
        [
            sys.executable,
            "main.py",
            "compare",
            "unified-entrance",
            "algorithmic-dispatch",
            "--seeds",
            "2",
            "--days",
            "10",
            "--attribute",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "flexibility" in r.stdout and "Shapley" in r.stdout and "dispatch" in r.stdout
    assert "\n2 seeds: not stable for " in r.stdout  # the one-line seed verdict
    assert np.isfinite(float(r.stdout.split("flexibility")[1].split()[2]))
