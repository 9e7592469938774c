"""Parameter sweeps and mechanism-combination sweeps, run in background processes.

A sweep answers "how do the outputs move as I turn this knob (or two), or switch these
mechanisms on and off in every combination?".  Every configuration runs on the same seeds, so
the configurations differ by institutions only.  Runs go to ``spawn``-started worker processes
(never forked from a Qt process) or, with ``dask_address``, to a ``dask.distributed``
scheduler.  A sweep reports progress and can be cancelled at once; cancelling terminates the
workers, so no process is left behind.

Sweep file (JSON)::

    {"format": "govflex-sweep", "scenario": "typical-platform", "days": 90, "seeds": [1, 2, 3],
     "parameters": [{"path": "mechanisms.assessment.pressure", "values": [0, 0.5, 1]},
                    {"path": "mechanisms.dispatch.coverage", "range": [0, 1, 5]}]}

or, instead of ``parameters``, ``"mechanisms": "all"`` (or a list of mechanism names) for all
2^k on/off combinations.  ``range`` is [start, stop, count], both ends included.
"""

from __future__ import annotations

import csv
import itertools
import json
import multiprocessing as mp
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .experiment import Job, mean_interval, run_job
from .metrics import SUMMARY_KEYS
from .presets import resolve_scenario
from .scenario import ScenarioError, get_path, normalize, set_path

# What "on" and "off" mean for each mechanism in a combination sweep.
TOGGLES: dict[str, tuple[str, object, object]] = {
    "entrance_control": ("mechanisms.entrance_control.enabled", True, False),
    "interface": ("mechanisms.interface.enabled", True, False),
    "dispatch": ("mechanisms.dispatch.mode", "algorithmic", "manual"),
    "data": ("mechanisms.data.regime", "shared", "blocks"),
    "assessment": ("mechanisms.assessment.enabled", True, False),
    "escalation": ("mechanisms.escalation.whistle", True, False),
    "data_asset_design": ("mechanisms.data_asset_design.enabled", True, False),
}
SPEC_KEYS = {"format", "scenario", "days", "seeds", "parameters", "mechanisms", "name"}


class SweepCancelled(Exception):  # noqa: N818 (a cancellation is not an error)
    """The user stopped the sweep; the results so far are in ``partial``."""

    def __init__(self, partial: list) -> None:
        super().__init__(f"sweep cancelled after {len(partial)} runs")
        self.partial = partial


def _values(p: dict, where: str, problems: list[str]) -> list:
    if "values" in p:
        if not isinstance(p["values"], list) or not p["values"]:
            problems.append(f"{where}.values: give a non-empty list of values")
            return []
        return list(p["values"])
    if "range" in p:
        r = p["range"]
        ok = (
            isinstance(r, list)
            and len(r) == 3
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in r)
            and r[2] >= 1
        )
        if not ok or int(r[2]) != r[2]:
            problems.append(f"{where}.range: give [start, stop, count] with a whole count >= 1")
            return []
        return [float(x) for x in np.linspace(r[0], r[1], int(r[2]))]
    problems.append(f"{where}: give either 'values' or 'range'")
    return []


def expand(spec: dict) -> tuple[dict, list[tuple], list[dict], list[int], float | None]:
    """Check a sweep spec and expand it: (base scenario, configurations as override tuples,
    their labels, seeds, days).  Raises ScenarioError listing every problem."""
    problems: list[str] = []
    if not isinstance(spec, dict):
        raise ScenarioError(["sweep: the file must hold a JSON object"])
    for k in sorted(set(spec) - SPEC_KEYS):
        problems.append(f"{k}: unknown key (known: {', '.join(sorted(SPEC_KEYS))})")
    if spec.get("format", "govflex-sweep") != "govflex-sweep":
        problems.append("format: must be 'govflex-sweep'")
    base = None
    src = spec.get("scenario", "typical-platform")
    try:
        base = normalize(src) if isinstance(src, dict) else resolve_scenario(str(src))
    except ScenarioError as err:
        problems += [f"scenario.{p}" for p in err.problems]
    seeds = spec.get("seeds", [1])
    if isinstance(seeds, int) and not isinstance(seeds, bool) and seeds >= 1:
        seeds = list(range(1, seeds + 1))
    if not (
        isinstance(seeds, list)
        and seeds
        and all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in seeds)
    ):
        problems.append("seeds: give a count >= 1 or a list of seeds (whole numbers >= 0)")
        seeds = []
    days = spec.get("days")
    if days is not None and (
        isinstance(days, bool) or not isinstance(days, (int, float)) or days <= 0
    ):
        problems.append("days: must be a positive number")
    has_p, has_m = "parameters" in spec, "mechanisms" in spec
    configs: list[tuple] = []
    labels: list[dict] = []
    if has_p == has_m:
        problems.append("sweep: give either 'parameters' (one or two) or 'mechanisms'")
    elif has_p:
        params = spec["parameters"]
        if not isinstance(params, list) or not 1 <= len(params) <= 2:
            problems.append("parameters: give a list of one or two parameters")
            params = []
        axes = []
        for j, p in enumerate(params):
            where = f"parameters[{j}]"
            if not isinstance(p, dict) or not isinstance(p.get("path"), str):
                problems.append(f"{where}.path: give the scenario path to vary")
                continue
            vals = _values(p, where, problems)
            if base is not None:
                for v in vals[:1] + vals[-1:]:
                    try:
                        normalize(set_path(base, p["path"], v))
                    except (ScenarioError, KeyError, IndexError, TypeError) as err:
                        msg = err.problems[0] if isinstance(err, ScenarioError) else str(err)
                        problems.append(f"{where}: {p['path']}={v!r} is not valid: {msg}")
                        break
            axes.append((p["path"], vals))
        for combo in itertools.product(*[[(path, v) for v in vals] for path, vals in axes]):
            configs.append(tuple(combo))
            labels.append({path: v for path, v in combo})
    else:
        names = list(TOGGLES) if spec["mechanisms"] == "all" else spec["mechanisms"]
        if not isinstance(names, list) or not names:
            problems.append("mechanisms: give 'all' or a list of mechanism names")
            names = []
        bad = [n for n in names if n not in TOGGLES]
        if bad:
            problems.append(f"mechanisms: unknown {bad} (known: {', '.join(TOGGLES)})")
            names = [n for n in names if n in TOGGLES]
        for bits in itertools.product((False, True), repeat=len(names)):
            sets = tuple(
                (TOGGLES[n][0], TOGGLES[n][1] if on else TOGGLES[n][2])
                for n, on in zip(names, bits, strict=True)
            )
            configs.append(sets)
            labels.append({n: on for n, on in zip(names, bits, strict=True)})
    if problems:
        raise ScenarioError(problems, source="sweep")
    return base, configs, labels, seeds, days


def load_spec(path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise ScenarioError([f"{path}: cannot read ({err.strerror})"]) from err
    except json.JSONDecodeError as err:
        raise ScenarioError([f"{path}: line {err.lineno} column {err.colno}: {err.msg}"]) from err


def _init_worker() -> None:  # pragma: no cover - runs in the workers
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_jobs(
    base: dict,
    jobs: list[Job],
    days: float | None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    dask_address: str | None = None,
) -> list:
    """Run jobs in parallel; returns [(job, summary)] in job order.

    ``progress(done, total)`` is called after each run; setting ``cancel`` stops the sweep
    within a fraction of a second and raises SweepCancelled with the runs done so far.
    """
    if dask_address:
        return _run_dask(base, jobs, days, dask_address, progress, cancel)
    workers = workers or max(1, mp.cpu_count())
    done: dict[int, tuple] = {}
    ctx = mp.get_context("spawn")
    pool = ctx.Pool(min(workers, max(1, len(jobs))), initializer=_init_worker)
    try:
        results = [pool.apply_async(run_job, (base, job, days)) for job in jobs]
        pending = list(range(len(jobs)))
        while pending:
            if cancel is not None and cancel.is_set():
                raise SweepCancelled([done[j] for j in sorted(done)])
            still = []
            for j in pending:
                if results[j].ready():
                    done[j] = results[j].get()
                    if progress:
                        progress(len(done), len(jobs))
                else:
                    still.append(j)
            pending = still
            if pending:
                results[pending[0]].wait(0.05)
        pool.close()
    except BaseException:
        pool.terminate()  # cancelled or failed: stop every worker now
        raise
    finally:
        pool.join()
    return [done[j] for j in range(len(jobs))]


def _run_dask(base, jobs, days, address, progress, cancel) -> list:
    """The same runs on an existing dask.distributed scheduler (optional extra 'dask')."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:  # pragma: no cover - depends on the install
        raise RuntimeError("--dask needs the optional extra: pip install 'govflex[dask]'") from err
    client = Client(address) if isinstance(address, str) else address
    try:
        futures = client.map(run_job, [base] * len(jobs), jobs, [days] * len(jobs), pure=False)
        index = {f.key: j for j, f in enumerate(futures)}
        done: dict[int, tuple] = {}
        for fut in as_completed(futures):
            done[index[fut.key]] = fut.result()
            if progress:
                progress(len(done), len(jobs))
            if cancel is not None and cancel.is_set():
                client.cancel(futures)
                raise SweepCancelled([done[j] for j in sorted(done)])
        return [done[j] for j in range(len(jobs))]
    finally:
        if isinstance(address, str):
            client.close()


def _run_triple(scenario: dict, job: Job, days):  # pragma: no cover - runs in the workers
    return run_job(scenario, job, days)[1]


def run_many(batch: list[tuple[dict, Job]], days: float | None, workers: int | None = None) -> list:
    """Summaries of runs of different scenarios, in parallel worker processes, in order."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(
        min(workers or mp.cpu_count(), max(1, len(batch))), initializer=_init_worker
    ) as pool:
        return pool.starmap(_run_triple, [(sc, job, days) for sc, job in batch])


def run_sweep(
    spec: dict,
    workers: int | None = None,
    progress=None,
    cancel=None,
    dask_address: str | None = None,
) -> dict:
    """Expand and run a sweep; returns the results record (see ``save_results``)."""
    base, configs, labels, seeds, days = expand(spec)
    jobs = [Job(c, sets, s) for c, sets in enumerate(configs) for s in seeds]
    t0 = time.perf_counter()
    runs = run_jobs(base, jobs, days, workers, progress, cancel, dask_address)
    return results_record(spec, configs, labels, runs, time.perf_counter() - t0)


def results_record(spec, configs, labels, runs, seconds: float) -> dict:
    """Per-run rows, per-configuration means with intervals, and the flexibility frontier."""
    rows = [
        {
            "config": job.config,
            "seed": job.seed,
            **{k: labels[job.config][k] for k in labels[job.config]},
            **{k: summary[k] for k in SUMMARY_KEYS},
        }
        for job, summary in runs
    ]
    configs_out = []
    for c, lab in enumerate(labels):
        mine = [r for r in rows if r["config"] == c]
        stats = {}
        for k in SUMMARY_KEYS:
            m, lo, hi = mean_interval([r[k] for r in mine])
            stats[k] = {"mean": m, "low": lo, "high": hi}
        configs_out.append(
            {
                "config": c,
                "labels": lab,
                "sets": [list(s) for s in configs[c]],
                "runs": len(mine),
                "stats": stats,
            }
        )
    return {
        "format": "govflex-sweep-results",
        "spec": spec,
        "seconds": seconds,
        "rows": rows,
        "configs": configs_out,
        "frontier": frontier(configs_out),
    }


def frontier(configs: list[dict]) -> list[int]:
    """Configurations on the flexibility frontier: the best flexibility reachable at or
    below each level of load (upper-left envelope of the load-flexibility plane)."""
    pts = sorted(
        (c["stats"]["load"]["mean"], -c["stats"]["flexibility"]["mean"], c["config"])
        for c in configs
        if c["stats"]["load"]["mean"] == c["stats"]["load"]["mean"]
    )
    best, out = -np.inf, []
    for _load, neg_flex, cid in pts:
        if -neg_flex > best:
            best = -neg_flex
            out.append(cid)
    return out


def save_results(record: dict, folder) -> tuple[Path, Path]:
    """results.csv (one row per run) and results.json (everything), written atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    from .cli import atomic_write

    rows = record["rows"]
    cols = list(rows[0]) if rows else ["config", "seed"]
    lines = [",".join(cols)]
    for r in rows:
        lines.append(
            ",".join(
                json.dumps(r[c])
                if isinstance(r[c], (bool, str))
                else f"{r[c]:.10g}"
                if isinstance(r[c], float)
                else str(r[c])
                for c in cols
            )
        )
    csv_path, json_path = folder / "results.csv", folder / "results.json"
    atomic_write(csv_path, "\n".join(lines) + "\n")
    atomic_write(json_path, json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    return csv_path, json_path


def load_results(folder) -> dict:
    """The record written by ``save_results`` (the JSON file), with the CSV rows checked."""
    folder = Path(folder)
    record = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    with (folder / "results.csv").open(encoding="utf-8") as fh:
        record["csv_rows"] = list(csv.DictReader(fh))
    return record


def config_scenario(record: dict, config: int) -> dict:
    """The scenario of one configuration of a results record (to load it in the GUI)."""
    base, *_ = expand(record["spec"])
    sc = base
    for path, value in record["configs"][config]["sets"]:
        sc = set_path(sc, path, value)
    return normalize(sc)


__all__ = [
    "TOGGLES",
    "SweepCancelled",
    "config_scenario",
    "expand",
    "frontier",
    "get_path",
    "load_results",
    "run_jobs",
    "run_many",
    "run_sweep",
    "save_results",
]
