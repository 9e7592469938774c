"""Interruption is quiet in every phase: Ctrl+C (SIGINT to the whole process group, as a
terminal sends it) or SIGTERM (to the parent only) while numpy is being imported, while the
sweep's workers start up, and while they compute, each ends with the one line ``interrupted``,
status 130, no traceback and no worker left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = {
    "scenario": "bureaucracy",
    "days": 300,
    "seeds": 4,
    "parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.0, 1.0]}],
}
pytestmark = pytest.mark.skipif(
    not Path("/proc/self/maps").exists() or not hasattr(os, "killpg"),
    reason="the phases are watched through /proc (Linux) and signals go to process groups",
)


def _children(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _maps(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_for(test, what: str, limit: float = 60.0):
    deadline = time.time() + limit
    while time.time() < deadline:
        found = test()
        if found:
            return found
        time.sleep(0.002)
    pytest.fail(f"never reached: {what}")


def _workers(pid: int) -> set[int]:
    return {c for c in _children(pid) if "spawn_main" in _cmdline(c)}


PHASES = {
    # the parent is importing numpy (the model is not loaded yet)
    "importing": lambda pid: "numpy" in _maps(pid) and not _workers(pid),
    # the first worker exists and is still a fresh interpreter starting up
    "workers starting": lambda pid: _workers(pid),
    # the workers have imported the model and are computing
    "computing": lambda pid: (
        any("numpy" in _maps(w) for w in _workers(pid)) and time.sleep(1.0) is None
    ),
}


@pytest.mark.parametrize("phase", list(PHASES))
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupting_a_sweep_is_one_quiet_line_in_every_phase(tmp_path, phase, sig):
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps(SPEC))
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sweep", str(spec), "--out", str(tmp_path / "o"),
         "--workers", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    seen: set[int] = set()
    try:
        _wait_for(lambda: PHASES[phase](proc.pid), phase)
        seen = _workers(proc.pid)
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # what Ctrl+C in a terminal does: every process
        else:
            os.kill(proc.pid, sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert err.strip() == "interrupted", err
    deadline = time.time() + 10
    while any(_alive(p) for p in seen) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(_alive(p) for p in seen)


def test_interrupting_a_plain_run_while_it_imports(tmp_path):
    """`main.py run` too: SIGTERM while numpy is being imported is the same one line."""
    proc = subprocess.Popen(
        [sys.executable, "main.py", "run", "typical-platform", "--days", "50", "--quiet"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_for(lambda: "numpy" in _maps(proc.pid), "importing")
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (proc.returncode, err.strip()) == (130, "interrupted"), err
