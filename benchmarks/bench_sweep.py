"""Experiment speed: comparisons over seeds and mechanism sweeps, run as batches.

    python benchmarks/bench_sweep.py [--days 90] [--sweep-seeds 5] [--quick]

Targets (2 cores): ``compare`` of two designs x 10 seeds x 120 days in at most 3x the time of
one single run (the runs of each design go as one batch); the 2^7 mechanism sweep of the A
city with 5 seeds of 120 days in at most 60 s; parallel speed-up at least 1.7x over serial
(measured on the same 16 configurations).  Ratios compare rows of one run of this script.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import machine_line, run_and_close  # noqa: E402

from model.compare import compare  # noqa: E402
from model.experiment import Job, run_job, run_one  # noqa: E402
from model.presets import load_preset  # noqa: E402
from model.sweep import expand, run_jobs, run_many, run_sweep  # noqa: E402


def compare_table(days: float = 120, seeds: int = 10) -> None:
    """compare(tensions, institutional-design) over seeds against one single run."""
    a, b = load_preset("tensions"), load_preset("institutional-design")
    t0 = time.perf_counter()
    run_one(a, (), 1, days)
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    compare(a, b, range(1, seeds + 1), days, run_many=run_many)
    both = time.perf_counter() - t0
    label = f"compare 2 designs x {seeds} seeds x {days:g} days"
    print(f"{'one single run, ' + f'{days:g} days':44s} {one:8.1f}")
    print(f"{label:44s} {both:8.1f} {'<= 3x one':>12s}")
    print(f"{'ratio to one run':44s} {both / one:8.2f} {'<= 3.0':>12s}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--days", type=float, default=120)
    ap.add_argument("--sweep-seeds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="only the comparison table")
    args = ap.parse_args()
    print("GovFlex experiment benchmark")
    print(machine_line())
    print(f"{'case':44s} {'seconds':>8s} {'target':>12s}")
    compare_table(args.days)
    if args.quick:
        return 0
    spec = {
        "format": "govflex-sweep",
        "scenario": "typical-platform",
        "days": args.days,
        "seeds": list(range(1, args.sweep_seeds + 1)),
        "mechanisms": "all",
    }
    t0 = time.perf_counter()
    record = run_sweep(spec)
    full = time.perf_counter() - t0

    base, configs, _, _, days = expand(spec)
    jobs = [Job(c, configs[c], 1) for c in range(0, 128, 8)]  # 16 configurations
    t0 = time.perf_counter()
    for job in jobs:
        run_job(base, job, days)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    run_jobs(base, jobs, days, workers=2)
    parallel = time.perf_counter() - t0

    label = f"2^7 mechanisms x {args.sweep_seeds} seeds, {args.days:g} days"
    print(f"{label:44s} {full:8.1f} {'<= 60 s':>12s}")
    print(f"{'16 configurations, serial':44s} {serial:8.1f}")
    print(f"{'16 configurations, 2 worker processes':44s} {parallel:8.1f}")
    print(f"{'speed-up':44s} {serial / parallel:8.2f} {'>= 1.7x':>12s}")
    print(f"frontier configurations: {record['frontier']}")
    return 0


if __name__ == "__main__":
    sys.exit(run_and_close(main))
