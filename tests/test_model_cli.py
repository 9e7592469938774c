"""The headless command line, end to end (spec §9)."""

import csv
import json
import subprocess
import sys
from pathlib import Path

from model.metrics import SUMMARY_KEYS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_preset_run_writes_csv_and_json(tmp_path):
    """A preset run writes a per-day CSV and a JSON summary with every documented key."""
    out_json, out_csv = tmp_path / "s.json", tmp_path / "s.csv"
    r = _run(
        "run",
        "typical-platform",
        "--days",
        "20",
        "--seed",
        "3",
        "--set",
        "mechanisms.assessment.pressure=0.8",
        "--json",
        str(out_json),
        "--csv",
        str(out_csv),
    )
    assert r.returncode == 0, r.stderr
    summary = json.loads(out_json.read_text(encoding="utf-8"))
    missing = (set(SUMMARY_KEYS) | {"seed", "days"}) - set(summary)
    assert not missing, missing
    assert summary["seed"] == 3 and summary["days"] == 20
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 20 and "flexibility" in rows[0] and "load" in rows[0]


def test_set_override_changes_the_result(tmp_path):
    """--set really reaches the model: pressure 0 leaves no gaming gap, 1 opens one."""
    gaps = []
    for p in ("0", "1"):
        out = tmp_path / f"{p}.json"
        r = _run(
            "run",
            "typical-platform",
            "--days",
            "25",
            "--set",
            f"mechanisms.assessment.pressure={p}",
            "--json",
            str(out),
            "--quiet",
        )
        assert r.returncode == 0, r.stderr
        summary = json.loads(out.read_text())
        gaps.append(summary["resolution_reported"] - summary["resolution_true"])
    assert gaps[1] > gaps[0] + 0.05


def test_bad_scenario_exits_2_lists_every_problem_and_writes_nothing(tmp_path):
    """A broken file: exit 2, one line per problem with its path, no output files."""
    bad = tmp_path / "bad.govflex.json"
    bad.write_text(
        json.dumps(
            {
                "departments": [
                    {
                        "id": "s",
                        "kind": "kuai",
                        "level": "street",
                        "parent": "nowhere",
                        "capacity": -1,
                    },
                    {"id": "x", "kind": "alien", "level": "city"},
                ]
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "o.json"
    r = _run("run", str(bad), "--json", str(out))
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) >= 3
    assert any("departments[0].parent" in ln for ln in lines)
    assert any("departments[1].kind" in ln for ln in lines)
    assert not out.exists()


def test_bad_set_exits_2(tmp_path):
    """A malformed or invalid --set is refused with status 2."""
    r = _run(
        "run", "typical-platform", "--set", "mechanisms.assessment.pressure=7", "--set", "nonsense"
    )
    assert r.returncode == 2 and "nonsense" in r.stderr


def test_presets_lists_the_bundled_scenarios():
    """`presets` names all seven bundled scenarios."""
    r = _run("presets")
    assert r.returncode == 0
    for name in ("bureaucracy", "typical-platform", "megacity"):
        assert name in r.stdout


def test_headless_run_never_imports_qt(tmp_path):
    """The command line runs without loading any Qt module."""
    code = (
        "import sys, main; main.main(['run', 'bureaucracy', '--days', '2', '--quiet']);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))];"
        "print(bad); assert not bad"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
