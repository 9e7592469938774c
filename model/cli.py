"""Headless command line (spec §9): ``python main.py run | presets | compare | sweep |
sensitivity``.

No Qt is imported here, so runs work on servers and in batch jobs. The promise to the user:

* a bad scenario, ``--set``, number or output path exits with status 2 and every problem on a
  line of its own (``error: ...``), with no traceback and nothing written;
* a run that would take longer or need more memory than :mod:`model.limits` allows is refused
  before it starts, with its estimate;
* the outputs of one command are written all together or not at all
  (:mod:`model.safe_write`); a failure while writing (disk full) exits with status 1;
* Ctrl+C ends with the one line ``interrupted`` and status 130, leaving no partial file.
"""

from __future__ import annotations

if __name__ == "__main__":  # python -m model.cli: through the entry that is quiet from the start
    import sys as _sys

    from main import cli_main as _cli_main

    _sys.exit(_cli_main())

import argparse
import json
import signal
import sys
import threading
import time

from . import cli_args
from .engine import Simulation
from .jsonsafe import shown
from .limits import MAX_SEEDS, scenario_cost
from .metrics import SUMMARY_KEYS
from .presets import list_presets, resolve_scenario
from .run_output import CSV_KEYS, csv_text, run_streaming
from .safe_write import Transaction, WriteError, check_targets
from .scenario import ScenarioError, apply_overrides, normalize

__all__ = ["CSV_KEYS", "ProgressBar", "csv_text", "main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govflex", description="GovFlex headless runs")
    sub = p.add_subparsers(dest="command", required=True)
    asm = sub.add_parser(
        "assumptions", help="list every modelling assumption: value, default, range, source"
    )
    asm.add_argument("scenario", nargs="?", help="a scenario file or preset (default: defaults)")
    run = sub.add_parser("run", help="run a scenario file or preset without the GUI")
    run.add_argument("scenario", help="a *.govflex.json file or a preset name")
    run.add_argument("--days", type=cli_args.days, help="simulated days (default: the scenario's)")
    run.add_argument("--seed", type=cli_args.seed, help="random seed (default: the scenario's)")
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="override a scenario field, e.g. mechanisms.assessment.pressure=0.8",
    )
    run.add_argument("--csv", help="write the per-day time series of the whole run here")
    run.add_argument("--json", help="write the run summary here")
    run.add_argument("--quiet", action="store_true", help="do not print the summary")
    sub.add_parser("presets", help="list the bundled scenarios")
    sw = sub.add_parser("sweep", help="run a parameter or mechanism sweep (see model/sweep.py)")
    sw.add_argument("spec", help="a sweep file (JSON)")
    sw.add_argument("--out", required=True, help="folder for results.csv and results.json")
    sw.add_argument(
        "--workers", type=cli_args.workers, help="worker processes (default: all cores)"
    )
    sw.add_argument("--dask", metavar="ADDRESS", help="send runs to a dask.distributed scheduler")
    sw.add_argument(
        "--resume", action="store_true", help="keep the finished runs in --out and do the rest"
    )
    sens = sub.add_parser(
        "sensitivity", help="global sensitivity analysis, Morris or Sobol (see docs/SCENARIO.md)"
    )
    sens.add_argument("spec", help="a sensitivity file (JSON)")
    sens.add_argument("--out", required=True, help="folder for sensitivity.csv and .json")
    sens.add_argument(
        "--workers", type=cli_args.workers, help="worker processes (default: the file's, or all)"
    )
    cmp_ = sub.add_parser("compare", help="compare two designs on the same seeds")
    cmp_.add_argument("a", help="scenario A (file or preset)")
    cmp_.add_argument("b", help="scenario B (file or preset)")
    cmp_.add_argument(
        "--seeds",
        type=cli_args.seed_count,
        default=5,
        help=f"number of shared seeds (default 5, at most {MAX_SEEDS})",
    )
    cmp_.add_argument("--days", type=cli_args.days, help="simulated days (default: A's)")
    cmp_.add_argument(
        "--attribute",
        action="store_true",
        help="split the change in flexibility and load among the mechanisms",
    )
    return p


def _error(*lines: str) -> int:
    """Print each line as 'error: ...' (control characters escaped); status 2."""
    for line in lines:
        print(f"error: {shown(line)}", file=sys.stderr)
    return 2


def _print_problems(err: ScenarioError) -> int:
    return _error(*err.problems)


def check_length(
    scenario: dict, days: float | None, runs: int = 1, workers: int = 1, warmup: bool = True
) -> list[str]:
    """Problems with the length of a run: shorter than its warm-up, or over the time budget."""
    length = scenario["run"]["days"] if days is None else days
    if warmup and days is not None and days <= scenario["run"]["warmup_days"]:
        return [
            f"--days: the run ({days:g} days) must be longer than its warm-up "
            f"({scenario['run']['warmup_days']} days, run.warmup_days); the summary covers "
            "the days after it"
        ]
    over = scenario_cost(scenario, length).over_budget(runs, workers)
    return [f"this run is too large: {over}"] if over else []


def run(args: argparse.Namespace) -> int:
    try:
        scenario = resolve_scenario(args.scenario)
        scenario = normalize(apply_overrides(scenario, args.set), source="--set")
    except ScenarioError as err:
        return _print_problems(err)
    problems = check_length(scenario, args.days)
    targets = [p for p in (args.json, args.csv) if p]
    problems += check_targets(targets)
    if problems:
        return _error(*problems)
    sim = Simulation(scenario, seed=args.seed)
    try:
        with Transaction(targets) as tx:
            csv_file = tx.open(args.csv) if args.csv else None
            summary = run_streaming(sim, args.days, csv_file)
            if args.json:
                tx.write(args.json, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    except WriteError as err:
        print(f"error: {shown(err)}; nothing was written", file=sys.stderr)
        return 1
    if not args.quiet:
        for k in SUMMARY_KEYS + ("seed", "days"):
            v = summary[k]
            print(f"{k:28s} {v:.4g}" if isinstance(v, float) else f"{k:28s} {v}")
    return 0


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
    from .seed_count import verdict
    from .sweep import load_spec, run_sweep

    try:
        record = run_sweep(
            load_spec(args.spec),
            workers=args.workers,
            progress=ProgressBar(),
            dask_address=args.dask,
            out=args.out,
            resume=args.resume,
        )
    except ScenarioError as err:  # the file, its values or --out: before the first run
        return _print_problems(err)
    except WriteError as err:
        print(f"error: {shown(err)}", file=sys.stderr)
        print(f"the finished runs are kept in {shown(args.out)}; add --resume", file=sys.stderr)
        return 1
    for warning in record["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in record["failed"]:
        print(f"error: {shown(problem)}", file=sys.stderr)
    print(f"{len(record['rows'])} runs in {record['seconds']:.1f} s -> {shown(args.out)}")
    print(verdict(record["seed_check"]))
    return 1 if record["failed"] else 0


def sensitivity_cmd(args: argparse.Namespace) -> int:
    """Check the file and the output folder, run, write both results files, print the ranks."""
    from .sensitivity import SweepRunError, load_spec, plan, run_sensitivity, save
    from .sensitivity_result import FILES
    from .sweep_log import prepare_folder

    try:
        p = plan(load_spec(args.spec))
        numbers = p.points * (len(p.factors) + len(p.outputs) * (len(p.seeds) + 1))
        prepare_folder(args.out, list(FILES), 1024**2 + 24 * numbers)
    except ScenarioError as err:
        return _print_problems(err)
    try:
        result = run_sensitivity(
            p, progress=ProgressBar() if p.runs else None, workers=args.workers
        )
        save(result, args.out)
    except SweepRunError as err:  # every failed run with its sample point and seed
        _error(*err.problems)
        return 1
    except WriteError as err:
        print(f"error: {shown(err)}; nothing was written", file=sys.stderr)
        return 1
    for output in result.outputs:
        print(f"{output}: " + ", ".join(result.top(output, len(result.factors))))
    what = f"{p.runs} runs" if p.runs else f"{p.points} points"
    print(f"{p.method}: {what} in {result.manifest['seconds']:.1f} s -> {shown(args.out)}")
    return 0


def compare_cmd(args: argparse.Namespace) -> int:
    from .attribution import shapley
    from .compare import compare, format_table
    from .seed_count import verdict
    from .sweep_spec import warmup_warning

    try:
        a, b = resolve_scenario(args.a), resolve_scenario(args.b)
    except ScenarioError as err:
        return _print_problems(err)
    runs = 2 * args.seeds * (2**7 if args.attribute else 1)
    problems = check_length(a, args.days, runs, warmup=False)
    problems += check_length(b, args.days, runs, warmup=False)
    if problems:
        return _error(*dict.fromkeys(problems))
    for warning in dict.fromkeys(warmup_warning(x, args.days) for x in (a, b)):
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
    from .sweep import run_many

    seeds = list(range(1, args.seeds + 1))
    result = compare(a, b, seeds, args.days, run_many=run_many)
    print(f"A = {shown(args.a)}, B = {shown(args.b)}, {len(seeds)} shared seeds")
    print(format_table(result["rows"]))
    print(verdict(result["seed_check"]))
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


def _dispatch(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "assumptions":
        return assumptions_cmd(args)
    if args.command == "presets":
        for name, title in list_presets():
            print(f"{name:22s} {shown(title)}")
        return 0
    if args.command == "sweep":
        return sweep(args)
    if args.command == "compare":
        return compare_cmd(args)
    if args.command == "sensitivity":
        return sensitivity_cmd(args)
    return run(args)


def _on_terminate(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Run one command; Ctrl+C or SIGTERM prints 'interrupted' and returns 130, with every
    output of the command rolled back (a sweep keeps its log of finished runs)."""
    previous = signal.getsignal(signal.SIGTERM)
    in_main = threading.current_thread() is threading.main_thread()
    if in_main:
        signal.signal(signal.SIGTERM, _on_terminate)
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
