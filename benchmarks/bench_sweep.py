"""Sweep speed: a 2^7 mechanism sweep of the A city, and parallel speed-up over serial.

    python benchmarks/bench_sweep.py [--days 90]

Targets (issue 5, 2 cores): the 128-configuration sweep at 90 days and one seed in at most
60 s; parallel speed-up at least 1.7x over serial (measured on the same 16 configurations).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from model.experiment import Job, run_job  # noqa: E402
from model.sweep import expand, run_jobs, run_sweep  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--days", type=float, default=90)
    args = ap.parse_args()
    spec = {
        "format": "govflex-sweep",
        "scenario": "typical-platform",
        "days": args.days,
        "seeds": [1],
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

    label = f"2^7 mechanisms, A city, {args.days:g} days, 1 seed"
    print("GovFlex sweep benchmark")
    print(f"{'case':44s} {'seconds':>8s} {'target':>12s}")
    print(f"{label:44s} {full:8.1f} {'<= 60 s':>12s}")
    print(f"{'16 configurations, serial':44s} {serial:8.1f}")
    print(f"{'16 configurations, 2 worker processes':44s} {parallel:8.1f}")
    print(f"{'speed-up':44s} {serial / parallel:8.2f} {'>= 1.7x':>12s}")
    print(f"frontier configurations: {record['frontier']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
