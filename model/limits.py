"""What one desktop machine can do: the named limits every input is checked against.

GovFlex runs on a teacher's laptop. A scenario, a sweep, a tour or a command line may ask for
more than such a machine can give - a billion tickets a day, a hundred million hotline seats,
a run of a million years - and the honest answer is a clear refusal that names the limit, not
a frozen window or an out-of-memory crash. Every bound lives here, with the reason for its
value, so the loaders, the validator, the command line and the GUI refuse the same things.

The bounds are generous: the largest bundled city (``megacity``, Beijing scale: 1,290 units,
30,000 tickets a day) sits well inside each of them.

:func:`run_cost` estimates the time and memory of a run before it starts, from figures measured
on a 2020s laptop (``benchmarks/bench_model.py``); the command line refuses a run whose estimate
is over :data:`MAX_RUN_SECONDS` or :data:`MAX_RUN_BYTES`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .tickets import ROW_BYTES

# -- files -----------------------------------------------------------------------------------
MAX_FILE_BYTES = 16 * 1024 * 1024  # megacity is 0.5 MB; 16 MB is 30 such cities
MAX_DEPTH = 32  # nesting of JSON objects and lists; a scenario needs 5
MAX_INT_DIGITS = 20  # a whole number in a file or on the command line (seeds fit in 19)
MAX_NUMBER = 1e15  # larger magnitudes are certainly typing mistakes
MAX_PROBLEMS = 200  # problems listed one by one; the rest are counted ("and N more")
MAX_HINTS = 50  # "did you mean" suggestions computed per check (each costs a scan)

# -- a city ----------------------------------------------------------------------------------
MAX_DEPARTMENTS = 5_000  # megacity has 1,290
MAX_CATEGORIES = 32  # ticket categories (the catalogue has 10)
MAX_TICKETS_PER_DAY = 200_000  # Beijing's 12345 takes about 60,000 contacts on a busy day
MAX_SEATS = 100_000  # hotline seats (megacity: 2,400)
MAX_SHOCKS = 1_000  # demand shocks in one scenario
MAX_ANNOTATIONS = 10_000  # notes pinned to the charts

# -- a run -----------------------------------------------------------------------------------
MAX_DAYS = 36_500  # a century of simulated days
MAX_SEED = 10**12  # seeds are whole numbers from 0 to this (a trillion is plenty)
MAX_SEEDS = 1_000  # shared seeds of one comparison or sweep
MAX_SWEEP_VALUES = 1_000  # values along one sweep axis
MAX_SWEEP_RUNS = 20_000  # configurations x seeds of a sweep (sample points x seeds of an analysis)
MAX_FACTORS = 200  # factors of one sensitivity analysis (the model has 116 assumptions)
MAX_SAMPLE_POINTS = 1_000_000  # sample points of a test function (each costs microseconds)
MAX_WORKERS = 256  # worker processes of one sweep
MAX_RUN_SECONDS = 4 * 3600.0  # estimated time of one command before it is refused
MAX_RUN_BYTES = 4 * 1024**3  # estimated peak memory of one run
# Work the workbench does in one go, without returning to the window (a guided-tour step runs
# its days at once): above this the window would stop answering for too long.
MAX_GUI_STEP_SECONDS = 20.0

# Cost model of one run, measured (typical-platform and megacity, one core).
_SECONDS_PER_TICK = 8e-4  # fixed work of one simulated hour (the v2 engine, A city)
_SECONDS_PER_UNIT_TICK = 2e-7  # per department and hour
_SECONDS_PER_TICKET = 3e-6  # per ticket over its life
_BYTES_BASE = 80 * 1024**2  # interpreter, numpy, history ring buffer
_BYTES_PER_OPEN_TICKET = 2 * ROW_BYTES  # the ticket store doubles when full
_OPEN_DAYS = 8.0  # a ticket stays open for about this many days at most on average
_BYTES_PER_UNIT = 64 * 1024  # per-unit arrays, candidates and flows
# Runs of one city go in batches (model/lanes.py): the fixed work of an hour is paid once per
# batch, each further run adding this share of it (bench_model: 64 A-city runs cost 7.5x one).
_BATCH_FIXED_SHARE = 0.09
# Runs of one batch at the most (model.experiment.batch_groups).  The cost per run still falls
# beyond 64 (Sobol points of the A city, 30 days: 4.98, 4.42 and 3.90 ms per run-day at 64,
# 128 and 256 runs), and a run adds about 1.5 MiB to its batch.
BATCH_RUNS = 256
BATCH_BYTES = 2 * 1024**3  # a batch's runs together at the most (a megacity batch is smaller)


def batch_size(runs: int, workers: int = 1, most: int = BATCH_RUNS) -> int:
    """Runs per batch when ``runs`` runs of one city are shared among ``workers`` processes:
    each worker's share is cut into as few batches of at most ``most`` as it takes, of equal
    size, so that the workers finish together (640 runs on 2 workers: 4 batches of 160)."""
    if runs <= 0:
        return 1
    per_worker = -(-runs // max(1, min(workers, runs)))
    batches = -(-per_worker // max(1, most))
    return -(-per_worker // batches)


@dataclass(frozen=True)
class RunCost:
    """The estimated cost of one run."""

    seconds: float
    bytes: float
    fixed: float = 0.0  # the part of ``seconds`` that is the fixed work of the hours

    def batched_seconds(self, runs: int, workers: int = 1) -> float:
        """Wall time of ``runs`` runs of this city, in batches of up to ``batch_runs()``
        shared among ``workers`` processes."""
        if runs <= 0:
            return 0.0
        per_worker = math.ceil(runs / max(1, min(workers, runs)))
        size = batch_size(runs, workers, self.batch_runs())
        batches = math.ceil(per_worker / size)
        fixed = self.fixed * (1.0 + _BATCH_FIXED_SHARE * (size - 1.0))
        return batches * (fixed + (self.seconds - self.fixed) * size)

    def batch_runs(self) -> int:
        """Runs of one batch at the most: ``BATCH_RUNS``, fewer when their memory beyond the
        interpreter's would pass ``BATCH_BYTES`` (a megacity's batches are smaller)."""
        per_run = max(1.0, self.bytes - _BYTES_BASE)
        return int(max(1, min(BATCH_RUNS, BATCH_BYTES // per_run)))

    def over_budget(self, runs: int = 1, workers: int = 1) -> str:
        """A sentence naming the exceeded limit, or '' when the work fits."""
        total = self.batched_seconds(runs, workers)
        if total > MAX_RUN_SECONDS:
            return (
                f"the estimated time is {_duration(total)}, over the limit of "
                f"{_duration(MAX_RUN_SECONDS)} (MAX_RUN_SECONDS); run fewer days, seeds or "
                "configurations"
            )
        if self.bytes > MAX_RUN_BYTES:
            return (
                f"the estimated memory is {self.bytes / 1024**3:.1f} GiB, over the limit of "
                f"{MAX_RUN_BYTES / 1024**3:.0f} GiB (MAX_RUN_BYTES)"
            )
        return ""


def run_cost(tickets_per_day: float, units: int, days: float) -> RunCost:
    """Estimated seconds and peak bytes of a run of ``days`` days."""
    ticks = max(0.0, days) * 24
    fixed = ticks * _SECONDS_PER_TICK
    seconds = fixed + ticks * units * _SECONDS_PER_UNIT_TICK
    seconds += tickets_per_day * max(0.0, days) * _SECONDS_PER_TICKET
    memory = _BYTES_BASE + units * _BYTES_PER_UNIT
    memory += tickets_per_day * min(max(0.0, days), _OPEN_DAYS) * _BYTES_PER_OPEN_TICKET
    return RunCost(seconds, memory, fixed)


def scenario_cost(scenario: dict, days: float | None = None) -> RunCost:
    """The estimate for a normalised scenario (its own length when ``days`` is None)."""
    demand = scenario["demand"]
    tpd = demand.get("tickets_per_day")
    if tpd is None:
        residents = sum(float(d.get("population") or 0) for d in scenario["departments"])
        tpd = residents * float(demand.get("per_10k") or 0) / 10_000
    length = scenario["run"]["days"] if days is None else days
    return run_cost(float(tpd), len(scenario["departments"]), float(length))


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
