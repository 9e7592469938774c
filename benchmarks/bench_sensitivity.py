"""Sensitivity-analysis speed: Morris and Sobol on the A city, and the Ishigami check.

    python benchmarks/bench_sensitivity.py [--quick] [--only morris|sobol|ishigami]
                                           [--days 90] [--workers 2]

The cases use the example files in ``assets/examples`` (10 assumptions for Morris, 8 factors
for Sobol, ``typical-platform``). Targets (2 cores): Morris with r = 20 (220 runs of 90 days)
in at most 2 minutes. Sobol with N = 256 is N (k + 2) = 2,560 runs without second-order
indices and N (2k + 2) = 4,608 with them; both counts are printed with the measured time and
the time extrapolated from it (Sobol targets: N = 256 in at most 10 minutes).  ``--quick``
scales the runs down (Morris r = 4, Sobol N = 8, 30 days) and extrapolates to the full size by
seconds per run-day; the extrapolation assumes the time of a run grows with its days and that
the runs go in full batches (``model.limits.BATCH_RUNS``), so a scaled-down analysis whose
batches are smaller overstates the full time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from machine import machine_line, run_and_close  # noqa: E402

from model.experiment import run_one  # noqa: E402
from model.sensitivity import load_spec, plan, run_sensitivity  # noqa: E402

EXAMPLES = ROOT / "assets" / "examples"
FULL_DAYS = 90


def _row(label, runs, seconds, days, full_runs, target="") -> str:
    per_run_day = seconds / max(runs, 1) / days
    full = per_run_day * full_runs * FULL_DAYS
    return (
        f"{label:44s} {runs:6d} {seconds:9.1f} {seconds / max(runs, 1):7.2f} "
        f"{full_runs:6d} {full:10.0f} {target:>10s}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="scaled-down runs, extrapolated")
    ap.add_argument("--only", choices=["morris", "sobol", "ishigami"], help="one case only")
    ap.add_argument("--days", type=float, help="days of every run (default 90, quick 30)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sobol-n", type=int, help="Sobol base sample N (default 256, quick 8)")
    ap.add_argument("--second-order", action="store_true", help="Sobol with second order")
    args = ap.parse_args()
    days = args.days or (30 if args.quick else FULL_DAYS)
    print("GovFlex sensitivity benchmark" + (" (quick: scaled down)" if args.quick else ""))
    print(machine_line())
    print(
        f"{'case':44s} {'runs':>6s} {'seconds':>9s} {'s/run':>7s} "
        f"{'full':>6s} {'full s':>10s} {'target':>10s}"
    )
    if args.only in (None, "ishigami"):
        spec = load_spec(EXAMPLES / "sensitivity-ishigami.json") | {"n": 4096}
        t0 = time.perf_counter()
        run_sensitivity(spec)
        seconds = time.perf_counter() - t0
        print(f"{'Ishigami, Sobol N = 4096 (20,480 points)':44s} {0:6d} {seconds:9.1f}")
    base = load_spec(EXAMPLES / "sensitivity-morris.json")
    t0 = time.perf_counter()
    run_one(plan(base).base, (), 1, days)
    one = time.perf_counter() - t0
    print(_row(f"one run, {days:g} days, in this process", 1, one, days, 1))
    if args.only in (None, "morris"):
        r = 4 if args.quick else 20
        spec = base | {"trajectories": r, "days": days, "workers": args.workers}
        p = plan(spec)
        t0 = time.perf_counter()
        run_sensitivity(p)
        seconds = time.perf_counter() - t0
        label = f"Morris, 10 assumptions, r = {r}, {args.workers} workers"
        print(_row(label, p.runs, seconds, days, 20 * 11, "<= 120 s"))
    if args.only in (None, "sobol"):
        n = args.sobol_n or (8 if args.quick else 256)
        spec = load_spec(EXAMPLES / "sensitivity-sobol.json")
        spec |= {"n": n, "days": days, "workers": args.workers}
        if args.second_order:
            spec["second_order"] = True
        p = plan(spec)
        t0 = time.perf_counter()
        run_sensitivity(p)
        seconds = time.perf_counter() - t0
        order = "first, total and second order" if args.second_order else "first and total"
        label = f"Sobol, 8 factors, N = {n} ({order}), {args.workers} workers"
        print(_row(label, p.runs, seconds, days, 256 * (18 if args.second_order else 10),
                   "<= 600 s" if args.second_order else ""))  # fmt: skip
        if not args.second_order:
            print(_row("  extrapolated to second-order indices", p.runs, seconds, days, 256 * 18))
    print(f"'full': runs and seconds at full size ({FULL_DAYS} days), from the measured s/run-day")
    return 0


if __name__ == "__main__":
    sys.exit(run_and_close(main))
