"""Model speed and memory, printed as tables (not a test: these machines are shared and noisy).

    python benchmarks/bench_model.py [--quick] [--batch-only]

Targets (2-core machine): a simulated year of the A city in at most 0.7 s (the hourly-cost
table shows how much of a simulated hour is fixed cost); one simulated day
of the megacity in at most 50 ms; cost growing no faster than linearly in tickets; in a batch
of R = 64 A-city runs, the cost per run at most 1/10 of a single run, and a batch of 128 runs
under 2 GB.  Each figure is the best of a few repeats; ratios compare rows of one run.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import machine_line, run_and_close  # noqa: E402

from model.engine import Simulation  # noqa: E402
from model.metrics import COL  # noqa: E402
from model.presets import load_preset  # noqa: E402
from model.scenario import normalize  # noqa: E402


def timed_run(scenario: dict, days: float, warm_days: float = 0.0, repeats: int = 1):
    """(best seconds for ``days`` after ``warm_days``, tickets created in them)."""
    best, tickets = float("inf"), 0
    for _ in range(repeats):
        sim = Simulation(scenario, seed=1)
        sim.run_days(warm_days)
        t0 = time.perf_counter()
        sim.run_days(days)
        dt = time.perf_counter() - t0
        if dt < best:
            best = dt
            rows = sim.history.ordered()[1]
            tickets = int(rows[-int(days * 24) :, COL["created"]].sum())
    return best, tickets


def peak_mib(scenario: dict, days: float) -> float:
    """Peak traced memory (MiB) of building and running ``days`` (a separate, slower run)."""
    tracemalloc.start()
    Simulation(scenario, seed=1).run_days(days)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def batch_table(days: float, sizes=(1, 8, 32, 64, 128, 256), rounds: int = 2) -> None:
    """Cost per run of batches of R A-city runs (one engine, R seeds), against R = 1.

    The sizes are timed in ``rounds`` interleaved rounds and each keeps its best time: the
    speed of a shared machine drifts by up to 2x within minutes, and a single round let the
    drift decide the ratio.
    """
    sc = load_preset("typical-platform")
    best = dict.fromkeys(sizes, float("inf"))
    for _ in range(rounds):
        for r in sizes:
            t0 = time.perf_counter()
            Simulation(sc, seeds=list(range(r)), history_days=int(days) + 1).run_days(days)
            best[r] = min(best[r], time.perf_counter() - t0)
    print(f"Batched runs (A city, {days:g} days each, R seeds advanced together, best of {rounds})")
    print(f"{'runs R':>7s} {'seconds':>8s} {'s per run':>10s} {'vs single':>10s} {'target':>12s}")
    single = best[sizes[0]]
    for r in sizes:
        dt = best[r]
        target = "<= 0.10" if r == 64 else ""
        print(f"{r:7d} {dt:8.2f} {dt / r:10.3f} {dt / r / single:10.3f} {target:>12s}")


def batch_memory(days: float, r: int = 128) -> None:
    """Peak traced memory of a batch of r A-city runs, and per run."""
    sc = load_preset("typical-platform")
    tracemalloc.start()
    Simulation(sc, seeds=list(range(r)), history_days=int(days) + 1).run_days(days)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"memory: a batch of {r} A-city runs ({days:g} days of history each) peaks at "
          f"{peak:.0f} MiB, {peak / r:.1f} MiB per run (target: batch < 2048 MiB)")  # fmt: skip


def hour_costs(days: float) -> None:
    """Cost of one simulated hour of a single A-city run as its demand falls to nothing.

    The A city's structure and capacities with fewer calls: what is left at zero calls is the
    hourly pipeline's fixed cost (the clock, the day's bookkeeping, stages with nothing to
    do); the rest is paid by stages that have tickets, a sequence of array operations each,
    whatever the number of tickets.  The year target allows 0.7 s / 8,760 hours.
    """
    hours_a_year = 365 * 24
    print(f"Hourly cost of one A-city run (after 3 warm days, {days:g} days timed)")
    print(f"{'calls/day':>10s} {'ms per hour':>12s} {'s per year':>11s} {'vs 0.7 s year':>14s}")
    for tpd in (150, 15, 1.5, 0.0):
        sc = load_preset("typical-platform")
        sc["demand"]["tickets_per_day"] = tpd
        dt, _ = timed_run(sc, days, warm_days=3)
        year = dt / (days * 24) * hours_a_year  # seconds a simulated year would take
        print(f"{tpd:10g} {year / hours_a_year * 1000:12.3f} {year:11.2f} {year / 0.7:13.1f}x")


def scaled_megacity(tickets_per_day: float) -> dict:
    """The megacity structure with demand and every capacity scaled to ``tickets_per_day``."""
    sc = load_preset("megacity")
    f = tickets_per_day / sc["demand"]["tickets_per_day"]
    sc["demand"]["tickets_per_day"] = tickets_per_day
    for d in sc["departments"]:
        d["capacity"] = d["capacity"] * f
        if d.get("seats"):
            d["seats"] = max(2, int(d["seats"] * f))
    return normalize(sc)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer days and repeats")
    ap.add_argument("--batch-only", action="store_true", help="only the batched-runs tables")
    args = ap.parse_args()
    print(machine_line())
    if args.batch_only:
        batch_table(30 if args.quick else 60, rounds=1 if args.quick else 2)
        for r in (128, 256):  # the target's size, and the largest batch (model.limits)
            batch_memory(10 if args.quick else 30, r)
        return 0
    year = 90 if args.quick else 365
    reps = 1 if args.quick else 2

    print("GovFlex model benchmark")
    print(
        f"{'case':34s} {'sim days':>8s} {'seconds':>8s} {'ticks/s':>9s} {'tickets/s':>10s} "
        f"{'peak MiB':>8s} {'target':>22s}"
    )
    a_city = load_preset("typical-platform")
    dt, n = timed_run(a_city, year, repeats=reps)
    mem = peak_mib(a_city, 30)
    per_year = dt * 365 / year
    print(
        f"{'A city, typical-platform':34s} {year:8d} {dt:8.2f} {year * 24 / dt:9.0f} "
        f"{n / dt:10.0f} {mem:8.1f} {f'year <= 0.7 s: {per_year:.2f} s':>22s}"
    )
    mega = load_preset("megacity")
    dt, n = timed_run(mega, 2, warm_days=3, repeats=reps)
    mem = peak_mib(mega, 3)
    print(
        f"{'megacity (after 3 warm days)':34s} {2:8d} {dt:8.2f} {48 / dt:9.0f} {n / dt:10.0f} "
        f"{mem:8.1f} {'day <= 50 ms: %.0f ms' % (dt / 2 * 1000):>22s}"
    )

    print()
    hour_costs(4 if args.quick else 10)
    print()
    print("Scaling (megacity structure, demand and capacities scaled together)")
    print(
        f"{'tickets/day':>12s} {'ms per day':>11s} {'us per ticket':>14s} {'cost ratio':>11s} "
        f"{'demand ratio':>13s}"
    )
    base = None
    for tpd in (150, 3000, 30000, 100000):
        days = 6 if tpd <= 3000 else 2
        dt, n = timed_run(scaled_megacity(tpd), days, warm_days=2, repeats=1)
        per_day = dt / days
        base = base or (per_day, tpd)
        print(
            f"{tpd:12d} {per_day * 1000:11.1f} {dt / max(n, 1) * 1e6:14.1f} "
            f"{per_day / base[0]:11.1f} {tpd / base[1]:13.0f}"
        )
    print()
    batch_table(30 if args.quick else 60, rounds=1 if args.quick else 2)
    for r in (128, 256):
        batch_memory(10 if args.quick else 30, r)
    return 0


if __name__ == "__main__":
    sys.exit(run_and_close(main))
