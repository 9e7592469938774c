"""One-at-a-time perturbations of the model's assumptions: each at x0.7 and x1.3, alone.

A conclusion drawn from a model rests on its modelling numbers (:mod:`model.assumptions`).  The
simplest honest question to ask of it is "would it still hold if this number were 30 % lower,
or 30 % higher?", asked of every number in turn with all the others left alone - a
one-at-a-time screen (ten Broeke, Van Voorn & Ligtenberg 2016, JASSS 19(1) 5).  It cannot see
two assumptions acting together, but it names the single numbers a conclusion hangs on, and
it costs two runs per assumption rather than thousands.

This module only lists the moves; ``benchmarks/robustness.py`` applies them to the model's
findings and :mod:`model.compare_robustness` to a comparison of two designs.  A move keeps
every value a scenario file accepts: probabilities and shares stay within [0, 1], logit
coefficients within their bounds, nothing goes below 0, and a count (staff on an urgent case,
return requests a case may see) stays a whole number of at least 1.  A move that leaves the
value where it was (a share of 1 times 1.3, a count of 1 times 0.7) is skipped, since it
would only repeat the unperturbed runs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import NamedTuple

from .assumptions import COUNT, Assumption, flat

FACTORS = (0.7, 1.3)


class Perturbation(NamedTuple):
    """One move: ``label`` ("repeat.unresolved x0.7"), the scenario ``path`` to set, the
    ``factor``, the new ``value`` and the value it moves ``base`` from (the default unless a
    scenario's own value was given)."""

    label: str
    path: str
    factor: float
    value: float
    base: float


def moved(spec: Assumption, base: float, factor: float) -> float:
    """``base`` x ``factor`` for the assumption ``spec``, clipped to what a scenario accepts."""
    v = base * factor
    lo, hi = spec.valid  # [0, 1] for probabilities and shares
    v = max(v, lo) if hi is None else min(max(v, lo), hi)
    if spec.unit == COUNT and float(spec.default).is_integer():
        return max(1, round(v))
    return round(v, 10)  # 0.7 * 0.4 is 0.28, not 0.27999999999999997


def perturbations(
    only: Collection[str] | None = None,
    base: Mapping[str, float] | None = None,
    on_skip: Callable[[str, float, float], None] | None = None,
    factors: tuple[float, ...] = FACTORS,
) -> list[Perturbation]:
    """Every assumption (or those named in ``only``, as "group.name") at each factor, in
    registry order.  ``base`` gives the values to move from (default: the defaults); a move
    that leaves the value unchanged is left out and reported to ``on_skip(name, factor,
    value)``."""
    base = base or {}
    out = []
    for name, spec in flat():
        if only and name not in only:
            continue
        start = base.get(name, spec.default)
        for f in factors:
            v = moved(spec, start, f)
            if v == start:
                if on_skip is not None:
                    on_skip(name, f, v)
                continue
            out.append(Perturbation(f"{name} x{f}", f"assumptions.{name}", f, v, start))
    return out
