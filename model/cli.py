"""Headless command line (spec §9): ``python main.py run`` and ``python main.py presets``.

No Qt is imported here, so runs work on servers and in batch jobs.  Exit status 2 with every
problem listed, one per line, for a bad scenario or a bad ``--set``; nothing is written then.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from .engine import Simulation
from .metrics import SUMMARY_KEYS, WHOLE_RUN_KEYS
from .presets import list_presets, resolve_scenario
from .scenario import ScenarioError, apply_overrides, normalize

CSV_KEYS = (
    ("day",)
    + tuple(k for k in SUMMARY_KEYS if not k.startswith("tickets_") and k not in WHOLE_RUN_KEYS)
    + (
        "gaming_gap",
        "territorial_share",
        "bureau_load",
        "decision_backlog",
        "load_direct",
        "load_coord",
        "load_rework",
        "load_report",
        "load_innov",
        "load_escal",
        "load_persuade",
        "load_project",
        "tickets_created",
        "tickets_resolved",
        "tickets_open",
    )
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govflex", description="GovFlex headless runs")
    sub = p.add_subparsers(dest="command", required=True)
    asm = sub.add_parser(
        "assumptions", help="list every modelling assumption: value, default, range, source"
    )
    asm.add_argument("scenario", nargs="?", help="a scenario file or preset (default: defaults)")
    run = sub.add_parser("run", help="run a scenario file or preset without the GUI")
    run.add_argument("scenario", help="a *.govflex.json file or a preset name")
    run.add_argument("--days", type=float, help="simulated days (default: the scenario's)")
    run.add_argument("--seed", type=int, help="random seed (default: the scenario's)")
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="override a scenario field, e.g. mechanisms.assessment.pressure=0.8",
    )
    run.add_argument("--csv", help="write the per-day time series here")
    run.add_argument("--json", help="write the run summary here")
    run.add_argument("--quiet", action="store_true", help="do not print the summary")
    sub.add_parser("presets", help="list the bundled scenarios")
    sw = sub.add_parser("sweep", help="run a parameter or mechanism sweep (see model/sweep.py)")
    sw.add_argument("spec", help="a sweep file (JSON)")
    sw.add_argument("--out", required=True, help="folder for results.csv and results.json")
    sw.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    sw.add_argument("--dask", metavar="ADDRESS", help="send runs to a dask.distributed scheduler")
    cmp_ = sub.add_parser("compare", help="compare two designs on the same seeds")
    cmp_.add_argument("a", help="scenario A (file or preset)")
    cmp_.add_argument("b", help="scenario B (file or preset)")
    cmp_.add_argument("--seeds", type=int, default=5, help="number of shared seeds (default 5)")
    cmp_.add_argument("--days", type=float, help="simulated days (default: A's)")
    cmp_.add_argument(
        "--attribute",
        action="store_true",
        help="split the change in flexibility and load among the mechanisms",
    )
    return p


def atomic_write(path: str, text: str) -> None:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes owner-only files; use the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_text(sim: Simulation) -> str:
    """The per-day time series, one row per day, one column per output."""
    days, out = sim.daily()
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_KEYS)
    for j, d in enumerate(days):
        w.writerow([int(d)] + [f"{float(out[k][j]):.6g}" for k in CSV_KEYS[1:]])
    return buf.getvalue()


def run(args: argparse.Namespace) -> int:
    try:
        scenario = resolve_scenario(args.scenario)
        scenario = normalize(apply_overrides(scenario, args.set), source="--set")
    except ScenarioError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    for out in (args.csv, args.json):
        if out and not Path(out).resolve().parent.is_dir():
            print(f"error: cannot write {out}: folder does not exist", file=sys.stderr)
            return 2
    sim = Simulation(scenario, seed=args.seed)
    summary = sim.run(args.days)
    if args.json:
        atomic_write(args.json, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    if args.csv:
        atomic_write(args.csv, csv_text(sim))
    if not args.quiet:
        for k in SUMMARY_KEYS + ("seed", "days"):
            v = summary[k]
            print(f"{k:28s} {v:.4g}" if isinstance(v, float) else f"{k:28s} {v}")
    return 0


def _print_problems(err: ScenarioError) -> int:
    for problem in err.problems:
        print(f"error: {problem}", file=sys.stderr)
    return 2


class ProgressBar:
    """A one-line terminal progress bar with the time remaining."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream, self.t0 = stream, time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self.t0
        left = elapsed / done * (total - done) if done else 0.0
        bar = "#" * int(30 * done / total) + "." * (30 - int(30 * done / total))
        self.stream.write(f"\r[{bar}] {done}/{total} runs, {left:5.0f} s left ")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


def sweep(args: argparse.Namespace) -> int:
    from .sweep import expand, load_spec, run_sweep, save_results

    try:
        spec = load_spec(args.spec)
        expand(spec)
    except ScenarioError as err:
        return _print_problems(err)
    try:
        record = run_sweep(
            spec, workers=args.workers, progress=ProgressBar(), dask_address=args.dask
        )
    except KeyboardInterrupt:
        print("\nsweep cancelled; nothing written", file=sys.stderr)
        return 130
    csv_path, json_path = save_results(record, args.out)
    print(f"{len(record['rows'])} runs in {record['seconds']:.1f} s -> {csv_path}, {json_path}")
    return 0


def compare_cmd(args: argparse.Namespace) -> int:
    from .attribution import shapley
    from .compare import compare, format_table

    try:
        a, b = resolve_scenario(args.a), resolve_scenario(args.b)
    except ScenarioError as err:
        return _print_problems(err)
    from .sweep import run_many

    seeds = list(range(1, args.seeds + 1))
    result = compare(a, b, seeds, args.days, run_many=run_many)
    print(f"A = {args.a}, B = {args.b}, {len(seeds)} shared seeds")
    print(format_table(result["rows"]))
    if args.attribute:
        att = shapley(a, b, seeds, args.days, run_many=run_many)
        print()
        print("Shapley attribution of B - A" + ("" if att["exact"] else " (sampled)"))
        for key in att["phi"]:
            parts = ", ".join(f"{m} {v:+.4f}" for m, v in att["phi"][key].items())
            print(f"  {key}: {parts}; residual {att['residual'][key]:+.4f}")
    return 0


def assumptions_cmd(args: argparse.Namespace) -> int:
    """Every assumption with its value in the scenario, default, range, unit and provenance."""
    from .assumptions import table

    section = None
    if args.scenario:
        try:
            section = resolve_scenario(args.scenario)["assumptions"]
        except ScenarioError as err:
            return _print_problems(err)
    print(f"{'assumption':42s} {'value':>8s} {'default':>8s} {'range':>15s}  unit / provenance")
    for row in table(section):
        mark = "*" if row["value"] != row["default"] else " "
        lo, hi = row["range"]
        where = row["provenance"] + (f": {row['source']}" if row["source"] else "")
        print(
            f"{row['path']:42s} {row['value']:8.4g}{mark}{row['default']:8.4g} "
            f"{f'[{lo:g}, {hi:g}]':>15s}  {row['unit']}; {where} - {row['text']}"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "assumptions":
        return assumptions_cmd(args)
    if args.command == "presets":
        for name, title in list_presets():
            print(f"{name:22s} {title}")
        return 0
    if args.command == "sweep":
        return sweep(args)
    if args.command == "compare":
        return compare_cmd(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
