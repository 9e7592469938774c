"""Hostile sweeps: checked before the first run, never losing finished runs, no orphans."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest
from pools import kill_during_runs

from model.scenario import ScenarioError
from model.sweep import run_sweep
from model.sweep_log import LOG_NAME
from model.sweep_spec import expand

ROOT = Path(__file__).resolve().parent.parent
SMALL = {
    "scenario": "bureaucracy",
    "days": 2,
    "seeds": 2,
    "parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.0, 1.0]}],
}


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"parameters": [{"path": "mechanisms.assessment.pressure", "values": [0, 0.5, 7, 1]}]},
         "parameters[0].values[2]: mechanisms.assessment.pressure=7 is not valid"),
        ({"mechanisms": ["data"] * 26, "parameters": None}, "listed more than once"),
        ({"seeds": 300_000}, "MAX_SEEDS"),
        ({"seeds": [1, 1]}, "seeds:"),
        ({"seeds": [-1]}, "seeds:"),
        ({"days": float("inf")}, "MAX_DAYS"),
        ({"parameters": [{"path": "seed", "range": [0, 1, 10**6]}]}, "MAX_SWEEP_VALUES"),
        ({"parameters": [{"path": "seed", "range": [0, 999, 1000]},
                         {"path": "run.warmup_days", "range": [0, 1, 100]}]}, "MAX_SWEEP_RUNS"),
    ],
)  # fmt: skip
def test_bad_sweeps_are_refused_before_running(change, expected):
    """Every value is checked up front; each problem names its place."""
    spec = {**SMALL, **change}
    spec = {k: v for k, v in spec.items() if v is not None}
    with pytest.raises(ScenarioError) as info:
        expand(spec)
    assert any(expected in p for p in info.value.problems), info.value.problems


def test_bad_output_folder_is_refused_before_the_first_run(tmp_path, capsys):
    """A --out that is a file, or holds another sweep's runs, is refused at once."""
    from model.cli import main

    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(SMALL))
    (tmp_path / "file").write_text("x")
    t0 = time.perf_counter()
    assert main(["sweep", str(spec), "--out", str(tmp_path / "file" / "o")]) == 2
    assert time.perf_counter() - t0 < 10
    assert "--out" in capsys.readouterr().err


def test_finished_runs_are_kept_and_resumed(tmp_path):
    """Each run is logged as it ends; --resume reuses them; without it the folder is refused."""
    out = tmp_path / "out"
    first = run_sweep(SMALL, workers=1, out=out)
    log = (out / LOG_NAME).read_text().splitlines()
    assert len(log) == 1 + 4 and (out / "results.csv").exists()
    with open(out / LOG_NAME, "a") as fh:  # a run cut off mid-line by a crash
        fh.write('{"config": 1, "se')
    lines = (out / LOG_NAME).read_text().splitlines()
    (out / LOG_NAME).write_text("\n".join(lines[:3] + lines[-1:]))  # two runs lost
    with pytest.raises(ScenarioError, match="--resume"):
        run_sweep(SMALL, workers=1, out=out)
    seen = []
    again = run_sweep(SMALL, workers=1, out=out, resume=True, progress=lambda d, t: seen.append(d))
    assert seen == [3, 4]  # only the two missing runs ran
    assert again["rows"] == first["rows"]
    other = dict(SMALL, days=3)
    with pytest.raises(ScenarioError, match="different sweep"):
        run_sweep(other, workers=1, out=out, resume=True)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_when_the_sweep_parent_dies(tmp_path, sig):
    """SIGTERM or SIGKILL of the sweep's process leaves no worker computing."""
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({**SMALL, "days": 400, "seeds": 4}))
    args = ["main.py", "sweep", str(spec), "--out", str(tmp_path / "o"), "--workers", "2"]
    status, err, left = kill_during_runs(args, ROOT, sig)
    if sig == signal.SIGTERM:
        assert status == 130 and "interrupted" in err and "Traceback" not in err
    assert not left
