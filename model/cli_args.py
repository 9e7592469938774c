"""The command line's numbers, checked before anything runs.

``argparse`` would turn ``--days nan`` into a float and ``--seed ١٢`` (Arabic-Indic digits)
into 12; a run of ``inf`` days never ends and a seed of -1 fails deep inside numpy. Each type
below accepts only plain ASCII digits in its range and otherwise makes ``argparse`` exit with
status 2 and one line naming the option and its limit (:mod:`model.limits`).
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

from model.jsonsafe import shown
from model.limits import MAX_DAYS, MAX_SEED, MAX_SEEDS, MAX_WORKERS

_WHOLE_RE = re.compile(r"[0-9]{1,20}\Z")
_DECIMAL_RE = re.compile(r"[0-9]{1,20}(\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?\Z")


def whole(lo: int, hi: int, limit: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``lo`` to ``hi`` written in ASCII digits."""

    def parse(text: str) -> int:
        if not _WHOLE_RE.match(text) or not lo <= int(text) <= hi:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {lo} to {hi:,} ({limit}), found '{shown(text)}'"
            )
        return int(text)

    return parse


def days(text: str) -> float:
    """An argparse type: a positive, finite number of days up to MAX_DAYS (at least an hour)."""
    value = float(text) if _DECIMAL_RE.match(text) else math.nan
    if not (math.isfinite(value) and 1 / 24 <= value <= MAX_DAYS):
        raise argparse.ArgumentTypeError(
            f"must be a number of days from 1/24 to {MAX_DAYS:,} (MAX_DAYS), found '{shown(text)}'"
        )
    return value


seed = whole(0, MAX_SEED, "MAX_SEED")
seed_count = whole(1, MAX_SEEDS, "MAX_SEEDS")
workers = whole(1, MAX_WORKERS, "MAX_WORKERS")
