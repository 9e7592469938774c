"""Hostile command lines and output paths: status 2, one line per problem, nothing written."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import run_output
from model.cli import main
from model.engine import Simulation
from model.presets import load_preset
from model.safe_write import Transaction, WriteError, atomic_write, check_targets

ROOT = Path(__file__).resolve().parent.parent
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def cli(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses with status 2
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code, err, expected, folder=None):
    assert code == 2, err
    assert "Traceback" not in err and expected in err, err
    if folder is not None:
        assert list(Path(folder).iterdir()) == []


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["run", "bureaucracy", "--days", "nan"], "--days: must be a number of days"),
        (["run", "bureaucracy", "--days", "inf"], "MAX_DAYS"),
        (["run", "bureaucracy", "--days", "-1"], "MAX_DAYS"),
        (["run", "bureaucracy", "--days", "1e9"], "found '1e9'"),
        (["run", "bureaucracy", "--days", "٣٠"], "MAX_DAYS"),
        (["run", "bureaucracy", "--seed", "-1"], "--seed: must be a whole number from 0"),
        (["run", "bureaucracy", "--seed", "١٢"], "MAX_SEED"),
        (["run", "bureaucracy", "--seed", "9" * 5000], "MAX_SEED"),
        (["compare", "bureaucracy", "tensions", "--seeds", "0"], "MAX_SEEDS"),
        (["compare", "bureaucracy", "tensions", "--seeds", "300000"], "MAX_SEEDS"),
        (["sweep", "x.json", "--out", "o", "--workers", "-1"], "MAX_WORKERS"),
        (["run", "bureaucracy", "--days", "5"], "must be longer than its warm-up (14 days"),
        (["run", "bureaucracy", "--set", "departments.².capacity=1"], "neither a list index"),
        (["run", "bureaucracy", "--set", "layout.x=" + "[" * 5000 + "]" * 5000], "MAX_DEPTH"),
        (["run", "bureaucracy", "--set", "demand.tickets_per_day=1e9"], "MAX_TICKETS_PER_DAY"),
        (
            ["run", "megacity", "--days", "36500", "--set", "demand.tickets_per_day=200000"],
            "over the limit of 4.0 h (MAX_RUN_SECONDS)",
        ),
        (["run", "no-such-thing"], "neither an existing file nor a preset"),
    ],
)
def test_bad_numbers_are_refused(capsys, tmp_path, monkeypatch, argv, expected):
    """Every bad number exits 2 with a line naming the option or path and its limit."""
    monkeypatch.chdir(tmp_path)
    code, _out, err = cli(capsys, *argv, *(["--json", "s.json"] if argv[0] == "run" else []))
    assert_refused(code, err, expected, tmp_path)


def test_ansi_in_a_path_cannot_reach_the_terminal(capsys, tmp_path):
    """A file name with terminal escapes is printed escaped."""
    code, _out, err = cli(capsys, "run", str(tmp_path / "a\x1b[31m\nerror: fake"))
    assert code == 2 and "\x1b" not in err and len(err.strip().splitlines()) == 1


# -- output paths ------------------------------------------------------------------------------
def test_output_paths_refused_before_the_run(capsys, tmp_path):
    """Same path twice, a folder, a device, a FIFO, a missing folder: status 2, nothing new."""
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "dir").mkdir()
    same = str(tmp_path / "same.out")
    os.symlink(same, tmp_path / "link.out")
    cases = [
        (["--json", same, "--csv", same], "is the same file as"),
        (["--json", same, "--csv", str(tmp_path / "link.out")], "is the same file as"),
        (["--json", str(tmp_path / "dir")], "it is a folder"),
        (["--csv", "/dev/null"], "device, pipe or socket"),
        (["--csv", str(tmp_path / "fifo")], "device, pipe or socket"),
        (["--json", str(tmp_path / "nope" / "s.json")], "the folder does not exist"),
        (["--json", str(tmp_path / ("n" * 300))], "too long"),
    ]
    before = sorted(p.name for p in tmp_path.iterdir())
    for extra, expected in cases:
        code, _out, err = cli(capsys, "run", "bureaucracy", "--days", "15", *extra)
        assert_refused(code, err, expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _unprivileged() -> tuple[list[str], str]:
    """A command prefix that runs as a user the permission bits apply to, or why none.

    Root may write any file, so as root the permission cases run as ``nobody`` (``setpriv``
    from util-linux); as an ordinary user they run as that user.
    """
    if not hasattr(os, "geteuid"):
        return [], "no POSIX permissions on this platform"
    if not AS_ROOT:
        return [], ""
    import pwd
    import shutil

    setpriv = shutil.which("setpriv")
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        return [], "running as root and there is no user 'nobody' to drop to"
    if setpriv is None:
        return [], "running as root and setpriv (util-linux) is missing"
    prefix = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import model.cli"], cwd=ROOT,
                           capture_output=True, timeout=60)  # fmt: skip
    if probe.returncode != 0:
        return [], "running as root and 'nobody' cannot run this Python or read the project"
    return prefix, ""


def _as_user(prefix: list[str], owned: list[Path], *argv: str):
    """``main.py`` run by that user, over files it owns (chowned when dropping from root)."""
    if prefix:
        import pwd

        nobody = pwd.getpwnam("nobody")
        for p in owned:
            os.chown(p, nobody.pw_uid, nobody.pw_gid)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", HOME=str(owned[0]))
    return subprocess.run([*prefix, sys.executable, "main.py", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_read_only_targets_are_refused():
    """A read-only file and a read-only folder are refused, and stay as they were; a sweep
    whose output folder is in a read-only folder is refused before its first run. Run as a
    user the permission bits bind (as root: as 'nobody')."""
    prefix, why_not = _unprivileged()
    if why_not:
        pytest.skip(why_not)
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="govflex-perm-"))  # under /tmp: 'nobody' reaches it
    base.chmod(0o755)
    home = base / "home"
    home.mkdir()
    closed = home / "closed"  # a folder its owner may not even look into
    closed.mkdir()
    locked = home / "locked.json"
    locked.write_text("old")
    folder = home / "ro"
    folder.mkdir()
    spec = home / "s.json"
    spec.write_text(json.dumps({"scenario": "bureaucracy", "days": 16, "seeds": 1,
                                "parameters": [{"path": "seed", "values": [1, 2]}]}))  # fmt: skip
    owned = [home, locked, folder, spec, closed]
    locked.chmod(0o444)
    folder.chmod(0o555)
    closed.chmod(0o000)
    try:
        for target, expected in ((locked, "read-only"), (folder / "x.json", "read-only"),
                                 (closed / "x.json", "cannot write")):  # fmt: skip
            done = _as_user(prefix, owned, "run", "bureaucracy", "--days", "15", "--json",
                            str(target))  # fmt: skip
            assert done.returncode == 2, done.stderr
            assert "Traceback" not in done.stderr and expected in done.stderr, done.stderr
        done = _as_user(prefix, owned, "sweep", str(spec), "--out", str(folder / "out"))
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert "read-only" in done.stderr or "cannot" in done.stderr, done.stderr
        assert locked.read_text() == "old" and list(folder.iterdir()) == []
        assert sorted(p.name for p in home.iterdir()) == ["closed", "locked.json", "ro", "s.json"]
        if prefix:  # the same writes as root succeed: the refusal above was the user's
            ok = subprocess.run([sys.executable, "main.py", "run", "bureaucracy", "--days",
                                 "15", "--quiet", "--json", str(folder / "x.json")],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
            assert ok.returncode == 0, ok.stderr
    finally:
        folder.chmod(0o755)
        closed.chmod(0o755)
        shutil.rmtree(base)


def test_all_or_nothing_when_the_second_output_fails(capsys, tmp_path, monkeypatch):
    """A failure while writing the CSV leaves neither the JSON nor the CSV behind."""
    from model import safe_write

    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if str(dst).endswith(".csv"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", failing_replace)
    (tmp_path / "s.json").write_text("old summary")
    outputs = ["--json", str(tmp_path / "s.json"), "--csv", str(tmp_path / "d.csv")]
    code, _out, err = cli(capsys, "run", "bureaucracy", "--days", "15", *outputs)
    assert code == 1 and "the disk is full" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
    assert (tmp_path / "s.json").read_text() == "old summary"
    assert [Path(c).name for c in calls][:2] == ["s.json", "d.csv"]  # the JSON was put back


@pytest.mark.parametrize("code, reason", [(28, "the disk is full"), (27, "larger than")])
def test_write_errors_are_one_line(tmp_path, code, reason):
    """Disk full and file-too-large while writing are one-line WriteErrors; the target keeps
    its old content and no temporary stays."""
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(WriteError) as info, Transaction([target]) as tx:
        fh = tx.open(target)
        fh._fh = _Failing(fh._fh, code)  # the file system refuses the next write
        fh.write("x" * 100)
    assert reason in str(info.value) and "\n" not in str(info.value)
    assert str(target) in str(info.value)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


class _Failing:
    """A file object whose writes fail with one errno."""

    def __init__(self, fh, code):
        self.fh, self.code = fh, code

    def write(self, data):
        raise OSError(self.code, os.strerror(self.code))

    def __getattr__(self, name):
        return getattr(self.fh, name)


def test_symlinks_are_written_through(tmp_path):
    """Writing to a symbolic link replaces the file it points to; the link stays a link."""
    target = tmp_path / "real.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    os.symlink(target, link)
    atomic_write(link, "new")
    assert link.is_symlink() and target.read_text() == "new"
    assert (target.stat().st_mode & 0o777) == 0o640


def test_long_names_get_short_temporaries(tmp_path):
    """A legal 250-character name is written (its temporary fits the file-name limit)."""
    name = tmp_path / ("a" * 245 + ".json")
    assert check_targets([name]) == []
    atomic_write(name, "{}")
    assert name.read_text() == "{}" and len(list(tmp_path.iterdir())) == 1


def test_fsync_before_rename(tmp_path, monkeypatch):
    """The temporary is fsync'ed before it replaces the target."""
    from model import safe_write

    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(safe_write.os, "fsync", lambda fd: events.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(safe_write.os, "replace",
                        lambda a, b: events.append("replace") or real_replace(a, b))  # fmt: skip
    atomic_write(tmp_path / "x.txt", "data")
    assert events[:2] == ["fsync", "replace"]


KILL_DURING_SAVE = """
import os, sys, time
from model import safe_write
from model.presets import load_preset
from model.scenario import save_scenario
def stall(fd):
    open(sys.argv[2], "w").close()
    time.sleep(60)
safe_write.os.fsync = stall
save_scenario(load_preset("bureaucracy"), sys.argv[1])
"""


def test_kill_during_a_save_keeps_the_old_file(tmp_path):
    """kill -9 in the middle of a save leaves the old file intact; the next save removes the
    dead process's temporary."""
    from model.scenario import load_scenario, save_scenario

    target, ready = tmp_path / "city.govflex.json", tmp_path / "ready"
    save_scenario(load_preset("tensions"), target)
    before = target.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", KILL_DURING_SAVE, str(target), str(ready)],
                            cwd=ROOT)  # fmt: skip
    deadline = time.time() + 30
    while not ready.exists() and time.time() < deadline:
        time.sleep(0.05)
    assert ready.exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert target.read_bytes() == before
    stale = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(stale) == 1
    save_scenario(load_scenario(target), target)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# -- whole-run outputs and Ctrl+C --------------------------------------------------------------
def test_daily_csv_covers_the_whole_run(monkeypatch):
    """Streaming in chunks gives every day of a run longer than the history, identical to the
    rows of a run whose history holds everything."""
    monkeypatch.setattr(run_output, "CHUNK_DAYS", 4)
    sc = load_preset("bureaucracy")
    short = io.StringIO()
    s1 = run_output.run_streaming(Simulation(sc, history_days=10), 30, short)
    full = Simulation(sc, history_days=40)
    s2 = run_output.run_streaming(full, 30)
    rows = list(csv.reader(io.StringIO(short.getvalue())))
    assert [int(r[0]) for r in rows[1:]] == list(range(1, 31))
    assert short.getvalue() == run_output.csv_text(full)
    from_history = {k for k in s1 if "shock" in k}  # read from the ring buffer by the engine
    assert {k: v for k, v in s1.items() if k not in from_history} == {
        k: v for k, v in s2.items() if k not in from_history
    }


def test_ctrl_c_prints_interrupted_and_writes_nothing(tmp_path):
    """SIGINT during a run: one line 'interrupted', status 130, no output file, no temporary."""
    proc = subprocess.Popen(
        [sys.executable, "main.py", "run", "typical-platform", "--days", "3000",
         "--json", str(tmp_path / "s.json"), "--csv", str(tmp_path / "d.csv")],
        cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.time() + 30
    while not list(tmp_path.iterdir()) and time.time() < deadline:
        time.sleep(0.05)  # the CSV's temporary appears when the run starts
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err.strip() == "interrupted", err
    assert list(tmp_path.iterdir()) == []


def test_a_good_run_writes_both_outputs(capsys, tmp_path):
    """The ordinary case still works: summary JSON and a CSV row per day."""
    outputs = ["--json", str(tmp_path / "s.json"), "--csv", str(tmp_path / "d.csv")]
    code, out, err = cli(capsys, "run", "bureaucracy", "--days", "16", "--quiet", *outputs)
    assert code == 0, err
    assert json.loads((tmp_path / "s.json").read_text())["days"] == 16
    assert len((tmp_path / "d.csv").read_text().splitlines()) == 17
