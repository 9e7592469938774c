"""The worker pool in tests: cancelling its work, and finding its processes in /proc."""

from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from model.sweep import SweepCancelled


def cancel_after_first_run(start: Callable[[Callable, threading.Event], object], at: int = 1):
    """Call ``start(progress, cancel)`` and set ``cancel`` when progress first reports ``at``
    runs' worth of work done; returns (the SweepCancelled raised, the progress seen, seconds
    taken, worker processes left).  Progress counts the runs under way by their share done,
    which is under one run's worth for each worker: with w workers, ``at=w`` means that at
    least one run has finished."""
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= at:
            cancel.set()

    before = set(mp.active_children())  # other tests' pools may live on
    t0 = time.perf_counter()
    with pytest.raises(SweepCancelled) as err:
        start(progress, cancel)
    seconds = time.perf_counter() - t0
    time.sleep(0.2)
    return err.value, seen, seconds, set(mp.active_children()) - before


def kill_during_runs(args: list[str], cwd: Path, sig: int) -> tuple[int, str, set[int]]:
    """Start ``python args...`` (a command with two pool workers), send ``sig`` once both
    workers compute, and return (status, stderr, the workers still alive 10 s later)."""
    proc = subprocess.Popen(
        [sys.executable, *args], cwd=cwd, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    workers: set[int] = set()
    deadline = time.time() + 60
    while time.time() < deadline:
        workers = {p for p in children(proc.pid) if "spawn_main" in cmdline(p)}
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(2)  # past their start-up: computing runs
    os.kill(proc.pid, sig)
    _out, err = proc.communicate(timeout=30)
    deadline = time.time() + 10
    while any(alive(p) for p in workers) and time.time() < deadline:
        time.sleep(0.1)
    return proc.returncode, err, {p for p in workers if alive(p)}


def children(pid: int) -> set[int]:
    """The child processes of ``pid`` (from /proc)."""
    out = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        out |= {int(x) for x in text.split()}
    return out


def alive(pid: int) -> bool:
    """Whether ``pid`` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def cmdline(pid: int) -> str:
    """The command line of ``pid`` ('' when it is gone)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def workers() -> list:
    """Child processes of this test process, leaving out multiprocessing's one shared
    resource tracker: what Cancel must leave none of."""
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]
