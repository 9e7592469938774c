"""Why did it move?  Shapley attribution of a change between two designs to its mechanisms.

When design B differs from A in several mechanisms at once, the change in flexibility (or load)
is not the sum of the mechanisms' separate effects: mechanisms interact (dispatch helps more
when data are shared).  The Shapley value shares the total change fairly: each mechanism gets
its marginal contribution averaged over every order in which the changes could be introduced.

* v(S) = mean output (over the shared seeds) of A with the mechanisms in S set as in B;
* phi_i = sum over S not containing i of |S|! (k - |S| - 1)! / k! * (v(S + i) - v(S));
* exact for up to 7 changed mechanisms (2^k configurations), sampled permutations beyond;
* the phi_i add up to v(all) - v(none); anything B changes outside the mechanisms
  (structure, demand) is reported as a residual v(B) - v(all).
"""

from __future__ import annotations

import itertools
from math import factorial

import numpy as np

from .experiment import Job, run_serial
from .scenario import normalize

MECHANISMS = (
    "entrance_control",
    "interface",
    "dispatch",
    "data",
    "assessment",
    "escalation",
    "data_asset_design",
)


def changed_mechanisms(a: dict, b: dict) -> list[str]:
    """Mechanism groups whose settings differ between the two (normalised) scenarios."""
    ma, mb = normalize(a)["mechanisms"], normalize(b)["mechanisms"]
    return [m for m in MECHANISMS if ma[m] != mb[m]]


def _mix(a: dict, b: dict, subset) -> dict:
    sc = normalize(a)
    mb = normalize(b)["mechanisms"]
    sc["mechanisms"] = {**sc["mechanisms"], **{m: mb[m] for m in subset}}
    return sc


def shapley(
    a: dict,
    b: dict,
    seeds,
    days: float | None = None,
    keys=("flexibility", "load"),
    max_exact: int = 7,
    samples: int = 48,
    rng_seed: int = 0,
    run_many=None,
) -> dict:
    """Shapley values of the changed mechanisms for each output in ``keys``.

    ``run_many(list of (scenario, Job), days) -> list of summaries`` may run them in parallel.
    """
    run_many = run_many or run_serial
    mech = changed_mechanisms(a, b)
    k = len(mech)
    if k <= max_exact:
        subsets = [frozenset(c) for r in range(k + 1) for c in itertools.combinations(mech, r)]
        orders = None
    else:
        rng = np.random.default_rng(rng_seed)
        orders = [list(rng.permutation(mech)) for _ in range(samples)]
        subsets = {frozenset()}
        for o in orders:
            for j in range(1, k + 1):
                subsets.add(frozenset(o[:j]))
        subsets = sorted(subsets, key=len)
    batch = [(_mix(a, b, s), Job(n, (), seed)) for n, s in enumerate(subsets) for seed in seeds]
    batch += [(normalize(b), Job(len(subsets), (), seed)) for seed in seeds]
    out = run_many(batch, days)
    value = {}
    for n, s in enumerate(subsets):
        runs = out[n * len(seeds) : (n + 1) * len(seeds)]
        value[s] = {key: float(np.mean([r[key] for r in runs])) for key in keys}
    b_runs = out[len(subsets) * len(seeds) :]
    v_b = {key: float(np.mean([r[key] for r in b_runs])) for key in keys}
    full, none = frozenset(mech), frozenset()
    phi = {key: dict.fromkeys(mech, 0.0) for key in keys}
    if orders is None:
        for m in mech:
            others = [x for x in mech if x != m]
            for r in range(k):
                w = factorial(r) * factorial(k - r - 1) / factorial(k)
                for c in itertools.combinations(others, r):
                    s = frozenset(c)
                    for key in keys:
                        phi[key][m] += w * (value[s | {m}][key] - value[s][key])
    else:
        for o in orders:
            for j, m in enumerate(o):
                before, after = frozenset(o[:j]), frozenset(o[: j + 1])
                for key in keys:
                    phi[key][m] += (value[after][key] - value[before][key]) / len(orders)
    return {
        "mechanisms": mech,
        "exact": orders is None,
        "phi": phi,
        "start": value[none],
        "end": value[full],
        "residual": {key: v_b[key] - value[full][key] for key in keys},
        "b": v_b,
    }
