"""`main.py sensitivity`: results written for a good file, status 2 and nothing for a bad one."""

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pools import kill_during_runs

ROOT = Path(__file__).resolve().parent.parent
TINY = {
    "format": "govflex-sensitivity",
    "scenario": "typical-platform",
    "method": "morris",
    "factors": [
        {"path": "assumptions.arbitration.strictness"},
        {"path": "mechanisms.entrance_control.seats", "range": [8, 16]},
    ],
    "outputs": ["load", "gaming_gap"],
    "days": 16,
    "trajectories": 2,
}


def _cli(*args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "main.py", "sensitivity", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_writes_the_table_and_the_record(tmp_path):
    """A tiny Morris file: status 0, a progress bar, both files, the ranks printed."""
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(TINY))
    r = _cli(str(spec), "--out", str(tmp_path / "out"), "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "6/6 runs" in r.stderr and "Traceback" not in r.stderr
    assert r.stdout.startswith("load: ") and "morris: 6 runs" in r.stdout
    table = (tmp_path / "out" / "sensitivity.csv").read_text().splitlines()
    assert table[0] == "output,factor,rank,mu_star,mu_star_conf,sigma,mu" and len(table) == 5
    record = json.loads((tmp_path / "out" / "sensitivity.json").read_text())
    assert record["manifest"]["runs"] == 6 and len(record["sample"]) == 6
    assert [f["whole"] for f in record["factors"]] == [False, True]  # seats: whole numbers


def test_cli_refuses_a_bad_file_with_every_problem_and_writes_nothing(tmp_path):
    """Status 2, one 'error:' line per problem with its place, no traceback, no folder."""
    bad = {**TINY, "factors": [{"path": "assumptions.gaming.propensity", "range": [0.9, 0.1]}]}
    bad["outputs"] = ["load", "flex"]
    spec = tmp_path / "bad.json"
    spec.write_text(json.dumps(bad))
    out = tmp_path / "out"
    r = _cli(str(spec), "--out", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert any(x.startswith("error: factors[0].range: give [low, high]") for x in lines), lines
    assert any(x.startswith("error: outputs[1]: unknown output 'flex'") for x in lines), lines
    assert not out.exists()
    spec.write_text("{not json")
    r = _cli(str(spec), "--out", str(out))
    assert r.returncode == 2 and "error:" in r.stderr and not out.exists()


def test_cli_refuses_an_output_folder_it_cannot_write(tmp_path):
    """--out below a file is refused before anything runs."""
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(TINY))
    (tmp_path / "file").write_text("x")
    r = _cli(str(spec), "--out", str(tmp_path / "file" / "o"))
    assert r.returncode == 2 and "--out" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_when_the_analysis_is_stopped(tmp_path, sig):
    """SIGTERM (status 130, 'interrupted', nothing written) or SIGKILL of the command leaves
    no worker computing."""
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({**TINY, "days": 200, "trajectories": 4}))
    out = tmp_path / "out"
    args = ["main.py", "sensitivity", str(spec), "--out", str(out), "--workers", "2"]
    status, err, left = kill_during_runs(args, ROOT, sig)
    if sig == signal.SIGTERM:
        assert status == 130 and "interrupted" in err and "Traceback" not in err
        assert not list(out.iterdir())
    assert not left
