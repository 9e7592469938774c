"""Would B still beat A if an assumption were 30 % off?  A one-at-a-time screen of a comparison.

A comparison says "design B changes flexibility by +0.03 against design A".  That sentence
rests on every modelling number of :mod:`model.assumptions` as much as on the two designs.  The
screen moves each assumption in turn to x0.7 and x1.3 of the value both designs use
(:mod:`model.oat`), in *both* designs at once, runs A and B again on the comparison's seeds
(paired: the same citizens in both) and asks whether the paired difference B - A keeps its
sign.  A conclusion that survives every move hangs on the institutions; one that flips when a
single number moves hangs on that number, and the list of those that flip says which.

An assumption whose value already differs between A and B is part of what is being compared
and is left out of the screen.  The screen can be limited to the assumptions of the mechanisms
switched on in A or B (the others are never read by the model's rules, so moving them changes
nothing), or to a list given by the caller (the assumptions that flip one of the model's own
findings).  It costs 2 x (1 + perturbations) x seeds runs; :func:`estimate_seconds` says how
long before it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .assumptions import REGISTRY, flat
from .experiment import Job, mean_interval, run_serial
from .limits import scenario_cost
from .oat import Perturbation, perturbations
from .scenario import normalize

KEYS = ("flexibility", "load")  # the outputs of the comparison's plane
SUBSETS = ("all", "mechanisms", "listed")

# Groups the rules of every city read, whatever is switched on.
ALWAYS = (
    "demand", "structure", "deadlines", "work", "quality", "satisfaction", "repeat",
    "fatigue", "data", "escalation",
)  # fmt: skip
# The other groups, with the switch that makes their rules act.
ACTIVE_WHEN: dict[str, Callable[[dict], bool]] = {
    "bureaucracy": lambda m: not m["entrance_control"]["enabled"],  # citizens find offices
    "hub": lambda m: m["entrance_control"]["enabled"],
    "returns": lambda m: m["entrance_control"]["enabled"],
    "community": lambda m: m["entrance_control"]["enabled"],
    "arbitration": lambda m: _design(m, "arbitration"),
    "assessment": lambda m: m["assessment"]["enabled"],
    "gaming": lambda m: m["assessment"]["enabled"],
    "persuasion": lambda m: m["assessment"]["enabled"],
    "exclusion": lambda m: m["assessment"]["enabled"],
    "innovation": lambda m: m["assessment"]["enabled"],
    "whistle": lambda m: m["escalation"]["whistle"],
    "design": lambda m: m["data_asset_design"]["enabled"],
    "proactive": lambda m: _design(m, "proactive"),
}


def _design(m: dict, lever: str) -> bool:
    return bool(m["data_asset_design"]["enabled"] and m["data_asset_design"][lever])


def active_groups(scenario: dict) -> set[str]:
    """Assumption groups whose rules can act in this (normalised) city; the rest are never
    read."""
    m = scenario["mechanisms"]
    return set(ALWAYS) | {g for g, on in ACTIVE_WHEN.items() if on(m)}


def values(scenario: dict) -> dict[str, float]:
    """Every assumption's value in force in a (normalised) scenario: "group.name" -> value."""
    section = scenario["assumptions"]
    return {f"{g}.{n}": section[g][n] for g, items in REGISTRY.items() for n in items}


def differing(a: dict, b: dict) -> list[str]:
    """Assumptions whose values differ between the (normalised) A and B: part of the
    comparison itself."""
    va, vb = values(a), values(b)
    return [k for k in va if va[k] != vb[k]]


def screened(a: dict, b: dict, subset: str = "all", listed: Collection[str] = ()) -> list[str]:
    """The assumptions a screen of ``subset`` moves in the (normalised) A and B: every one
    ("all"), those of the mechanisms on in A or B ("mechanisms"), or those in ``listed``
    ("listed"); never those whose values differ between A and B."""
    if subset not in SUBSETS:
        raise ValueError(f"subset must be one of {', '.join(SUBSETS)}, not {subset!r}")
    names = [name for name, _spec in flat()]
    if subset == "mechanisms":
        groups = active_groups(a) | active_groups(b)
        names = [n for n in names if n.split(".")[0] in groups]
    elif subset == "listed":
        names = [n for n in names if n in set(listed)]
    skip = set(differing(a, b))
    return [n for n in names if n not in skip]


def plan(a: dict, b: dict, subset: str = "all", listed: Collection[str] = ()) -> list:
    """The moves of the screen: each screened assumption at x0.7 and x1.3 of A's value."""
    return plans(a, b, listed, (subset,))[subset]


def plans(
    a: dict, b: dict, listed: Collection[str] = (), subsets: Sequence[str] = SUBSETS
) -> dict[str, list]:
    """:func:`plan` for several subsets at once (A and B are checked and filled in once)."""
    a, b = normalize(a), normalize(b)
    out = {}
    for subset in subsets:
        names = screened(a, b, subset, listed)
        out[subset] = perturbations(only=set(names), base=values(a)) if names else []
    return out


def run_count(perts: Sequence[Perturbation], seeds: Sequence[int]) -> int:
    """Runs of a screen: A and B on every seed, unperturbed and for every move."""
    return 2 * (1 + len(perts)) * len(seeds)


def estimate_seconds(
    a: dict,
    b: dict,
    days: float | None,
    runs: int,
    workers: int,
    seconds_per_run: float | None = None,
) -> float:
    """Wall-clock estimate: the measured seconds of one run when known (an earlier table over
    seeds on this machine), else :func:`model.limits.scenario_cost` run in batches, shared
    among workers."""
    if seconds_per_run is None:
        return scenario_cost(a, days).batched_seconds(runs, workers)
    return seconds_per_run * runs / max(1, min(workers, runs))


def batch(a: dict, b: dict, perts: Sequence[Perturbation], seeds: Sequence[int]) -> list:
    """(scenario, Job) pairs: unperturbed first, then every move; A then B; every seed.  The
    move is the job's override, so the batch holds two scenarios however long it is."""
    out = []
    for k, p in enumerate([None, *perts]):
        sets = () if p is None else ((p.path, p.value),)
        for arm in (a, b):
            out += [(arm, Job(k, sets, s)) for s in seeds]
    return out


def paired_rows(runs_a: list[dict], runs_b: list[dict], keys: Sequence[str]) -> dict:
    """Per output: the mean paired difference B - A over seeds and its 95 % interval."""
    rows = {}
    for k in keys:
        d = [y[k] - x[k] for x, y in zip(runs_a, runs_b, strict=True)]
        m, lo, hi = mean_interval(d)
        rows[k] = {"diff": m, "low": lo, "high": hi}
    return rows


def screen(
    a: dict,
    b: dict,
    seeds: Sequence[int],
    days: float | None,
    perts: Sequence[Perturbation],
    keys: Sequence[str] = KEYS,
    run_many=None,
) -> dict:
    """Run the screen; ``run_many(batch, days)`` may run it in parallel (as for compare).

    Returns ``seeds``, ``days``, ``keys``, ``baseline`` (key -> diff, low, high) and
    ``perturbations`` (label, path, factor, value, base and ``rows`` like the baseline's).
    """
    seeds = list(seeds)
    work = batch(a, b, perts, seeds)
    out = (run_many or run_serial)(work, days)
    n = len(seeds)
    rows = [
        paired_rows(out[i : i + n], out[i + n : i + 2 * n], keys) for i in range(0, len(out), 2 * n)
    ]
    return {
        "seeds": seeds,
        "days": days,
        "keys": list(keys),
        "baseline": rows[0],
        "perturbations": [{**p._asdict(), "rows": r} for p, r in zip(perts, rows[1:], strict=True)],
    }


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def verdict(result: dict, key: str) -> dict:
    """How the sign of B - A in ``key`` fares: ``diff`` (unperturbed), ``total`` moves,
    ``kept`` (same sign), ``firm`` (same sign with an interval excluding 0) and ``flips``
    (the moves that change the sign, each with its row)."""
    base = result["baseline"][key]
    sign = _sign(base["diff"])
    kept, firm, flips = 0, 0, []
    for p in result["perturbations"]:
        row = p["rows"][key]
        if _sign(row["diff"]) == sign:
            kept += 1
            firm += sign != 0 and (row["low"] > 0 or row["high"] < 0)
        else:
            flips.append(p)
    return {
        "key": key,
        "diff": base["diff"],
        "low": base["low"],
        "high": base["high"],
        "total": len(result["perturbations"]),
        "kept": kept,
        "firm": firm,
        "flips": flips,
    }


def verdict_line(result: dict, key: str, name_flips: bool = True) -> str:
    """One line, e.g. "flexibility: B - A = +0.031 keeps its sign in 230 of 232 moves
    (flips: demand.work_median x1.3, structure.street_team x0.7)"."""
    v = verdict(result, key)
    flips = ", ".join(p["label"] for p in v["flips"]) if name_flips else ""
    return (
        f"{key}: B - A = {v['diff']:+.4g} keeps its sign in {v['kept']} of {v['total']} moves"
        + (f" (flips: {flips})" if flips else "")
    )


def markdown(result: dict) -> str:
    """The screen as Markdown for the credibility dossier: how it was run, one verdict line per
    output, and a table of the moves that flip a sign."""
    seeds = result["seeds"]
    lines = [
        f"One assumption at a time at x0.7 and x1.3 in both designs, {len(result['perturbations'])}"
        f" moves, paired over seeds {', '.join(map(str, seeds))}, {result['days']:g} days.",
        "",
    ]
    lines += [f"* {verdict_line(result, key, name_flips=False)}" for key in result["keys"]]
    flips = [(key, p) for key in result["keys"] for p in verdict(result, key)["flips"]]
    if flips:
        lines += ["", "| output | move | value | B - A | 95 % interval |", "|---|---|---|---|---|"]
        for key, p in flips:
            r = p["rows"][key]
            lines.append(
                f"| {key} | `{p['label']}` | {p['base']:g} -> {p['value']:g} | {r['diff']:+.4g} "
                f"| [{r['low']:.4g}, {r['high']:.4g}] |"
            )
    return "\n".join(lines)
