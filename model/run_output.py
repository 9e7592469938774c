"""A headless run's outputs: the daily time series over the *whole* run, and the summary.

The simulation keeps only the last 400 days in its ring-buffer history (enough for the live
charts). A ten-year run on the command line must still give ten years of days, so
:func:`run_streaming` runs in chunks shorter than the history and, after each chunk, appends
the days completed since the last one to the CSV through the Simulation's public ``daily()``.
Memory stays flat however long the run is.
"""

from __future__ import annotations

import csv
import io
from typing import IO

from .engine import Simulation
from .metrics import LOAD_PARTS, SUMMARY_KEYS, WHOLE_RUN_KEYS

CSV_KEYS = (
    ("day",)
    + tuple(k for k in SUMMARY_KEYS if not k.startswith("tickets_") and k not in WHOLE_RUN_KEYS)
    + (
        "gaming_gap",
        "territorial_share",
        "bureau_load",
        "decision_backlog",
    )
    + LOAD_PARTS
    + (
        "tickets_created",
        "tickets_resolved",
        "tickets_open",
    )
)
CHUNK_DAYS = 100  # well inside the 400-day history, so no day is overwritten unread


def write_days(writer, sim: Simulation, after: int = 0) -> int:
    """Write the CSV rows of the complete days after day ``after``; returns the last day."""
    days, out = sim.daily()
    last = after
    for j, d in enumerate(days):
        if int(d) <= after:
            continue
        writer.writerow([int(d)] + [f"{float(out[k][j]):.6g}" for k in CSV_KEYS[1:]])
        last = int(d)
    return last


def csv_text(sim: Simulation) -> str:
    """The per-day time series kept in the history, one row per day, one column per output."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_KEYS)
    write_days(w, sim)
    return buf.getvalue()


def run_streaming(sim: Simulation, days: float | None = None, csv_file: IO | None = None) -> dict:
    """Run ``days`` (default: the scenario's length) and return the summary, like
    ``Simulation.run``; with ``csv_file``, write every day of the run to it as it completes."""
    length = sim.scenario["run"]["days"] if days is None else days
    left = int(round(length * 24))
    writer = None
    if csv_file is not None:
        writer = csv.writer(csv_file)
        writer.writerow(CSV_KEYS)
    last = 0
    while left > 0:
        n = min(left, CHUNK_DAYS * 24)
        sim.step(n)
        left -= n
        if writer is not None:
            last = write_days(writer, sim, last)
    return sim.summary()
