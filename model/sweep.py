"""Parameter sweeps and mechanism-combination sweeps, run in background processes.

A sweep answers "how do the outputs move as I turn this knob (or two), or switch these
mechanisms on and off in every combination?".  Every configuration runs on the same seeds, so
the configurations differ by institutions only.  The sweep file and its checks are in
:mod:`model.sweep_spec`: everything is checked before the first run.

Runs go to ``spawn``-started worker processes (never forked from a Qt process) or, with
``dask_address``, to a ``dask.distributed`` scheduler.  A sweep reports progress and can be
cancelled at once; cancelling terminates the workers, and a worker also ends by itself when
its parent dies in any way (``kill -9`` included), so no process is left computing.

With an output folder, every finished run is logged there as it ends
(:mod:`model.sweep_log`), so a sweep that is stopped keeps its work and ``resume`` finishes it;
a run that fails is reported with its configuration and seed, and the others go on.
"""

from __future__ import annotations

import csv
import json
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .experiment import (
    Job,
    batch_groups,
    city_key,
    mean_interval,
    run_group,
    run_grouped,
    run_job_batch,
)
from .limits import scenario_cost
from .metrics import SUMMARY_KEYS
from .safe_write import write_files
from .scenario import ScenarioError, get_path, normalize, set_path
from .seed_count import check_csv, check_outputs, series_of
from .sweep_log import RunLog
from .sweep_spec import SPEC_KEYS, TOGGLES, expand, load_spec, warmup_warning


class SweepCancelled(Exception):  # noqa: N818 (a cancellation is not an error)
    """The user stopped the sweep; the results so far are in ``partial``."""

    def __init__(self, partial: list) -> None:
        super().__init__(f"sweep cancelled after {len(partial)} runs")
        self.partial = partial


class SweepRunError(RuntimeError):
    """Some runs raised an error; ``problems`` names each with its configuration and seed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))

    def __reduce__(self):  # keep the list whole across process boundaries
        return (type(self), (self.problems,))


_SPAWN = mp.get_context("spawn")  # fresh interpreters: no Qt or threads inherited
_shares = None  # in a worker: the pool's shared array of each batch's share of hours done


def _init_worker(parent: int | None = None, shares=None) -> None:  # pragma: no cover - workers
    """Ignore Ctrl+C (the parent cancels) and end as soon as the parent process is gone;
    ``shares`` is the pool's shared array of each batch's share done (``_count_days``)."""
    import signal

    global _shares
    _shares = shares
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with_parent(parent)


def _count_days(batch: int):  # pragma: no cover - runs in the workers
    """An ``on_day`` for batch number ``batch``: its share of hours done, written to the
    pool's array so that progress moves while a long batch runs.  The last day is not
    written: a batch is done when its results reach the parent, not before."""
    if _shares is None:
        return None

    def on_day(share: float) -> None:
        if share < 1.0:
            _shares[batch] = share

    return on_day


def _die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the workers
    """Linux: ask the kernel for SIGKILL when the parent dies; everywhere: a watchdog thread
    that notices the parent is gone (a worker is re-parented) within half a second."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="govflex-parent-watch", daemon=True).start()


def _pool(workers: int, jobs: int, shares=None):
    """Start the worker processes with Ctrl+C blocked and SIGTERM held back meanwhile.

    While a worker starts up (a fresh interpreter importing numpy and the model) it has not
    yet run :func:`_init_worker`; a Ctrl+C from the terminal, which reaches every process of
    the group, would print a KeyboardInterrupt traceback from it, and a parent interrupted in
    the middle of a launch leaves the new process an EOFError traceback. So SIGINT is blocked
    while the pool is launched: the workers inherit the blocked signal and never see Ctrl+C
    at all, and the parent receives it as soon as the launch is over. A SIGTERM to the parent
    waits for the end of the launch too. Either then ends the pool at once and is raised as
    KeyboardInterrupt. (The resource tracker is started first: starting it unblocks SIGINT.)
    ``shares``, a shared ``Array`` of the spawn context, receives the share of hours done of
    each batch (``_count_days``).
    """
    ctx = _SPAWN
    if hasattr(os, "fork"):
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    held = _HeldSignals()
    try:
        pool = ctx.Pool(
            min(workers, max(1, jobs)), initializer=_init_worker, initargs=(os.getpid(), shares)
        )
    finally:
        interrupted = held.release()
    if interrupted:
        pool.terminate()
        pool.join()
        raise KeyboardInterrupt
    return pool


class _HeldSignals:
    """SIGINT blocked (new processes inherit the mask) and, in the main thread, SIGINT and
    SIGTERM recorded instead of raised, until :meth:`release`."""

    def __init__(self) -> None:
        import signal

        self.caught: list[int] = []
        self.previous: dict = {}
        self.blocked = hasattr(signal, "pthread_sigmask")
        if threading.current_thread() is threading.main_thread():
            for name in ("SIGINT", "SIGTERM"):
                sig = getattr(signal, name, None)
                if sig is not None:
                    self.previous[sig] = signal.signal(sig, self._record)
        if self.blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def _record(self, signum, frame) -> None:
        self.caught.append(signum)

    def release(self) -> bool:
        """Unblock (a pending Ctrl+C is recorded now), restore the handlers; True if a
        signal arrived meanwhile."""
        import signal

        if self.blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        for sig, handler in self.previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        return bool(self.caught)


def _guarded_batch(scenario: dict, jobs: list[Job], days, number: int = 0):  # pragma: no cover
    """[(job, summary, None)], or [(job, None, what went wrong)]: a failed batch (one
    configuration) never ends a sweep, and its message crosses the process boundary as plain
    text.  ``number`` is the batch's place in the pool's array of shares done."""
    try:
        batch = run_job_batch(scenario, jobs, days, _count_days(number))
        return [(job, summary, None) for job, summary in batch]
    except Exception:  # noqa: BLE001 - find which configuration failed: each on its own
        if len({repr(j.sets) for j in jobs}) == 1:
            return _failed(scenario, jobs, days)
        out = {}
        for sets in {repr(j.sets): None for j in jobs}:
            mine = [j for j in jobs if repr(j.sets) == sets]
            out.update({id(j): r for j, r in zip(mine, _failed(scenario, mine, days), strict=True)})
        return [out[id(j)] for j in jobs]


def _failed(scenario: dict, jobs: list[Job], days):  # pragma: no cover - runs in the workers
    """The runs of one configuration, each (job, summary, None) or (job, None, the error)."""
    try:
        return [(job, summary, None) for job, summary in run_job_batch(scenario, jobs, days)]
    except ScenarioError as err:
        return [(job, None, "; ".join(err.problems)) for job in jobs]
    except Exception as err:  # noqa: BLE001 - reported with its configuration and seed
        return [(job, None, f"{type(err).__name__}: {err}") for job in jobs]


def run_jobs(
    base: dict,
    jobs: list[Job],
    days: float | None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    dask_address: str | None = None,
    on_result: Callable[[Job, dict], None] | None = None,
    keep_going: bool = False,
    batch: int | None = None,
) -> list:
    """Run jobs in parallel; returns [(job, summary)] in job order.

    Jobs with the same overrides (one configuration, several seeds) run as batches
    (:func:`model.experiment.batch_groups`).  ``progress(done, total)`` hears the runs' worth
    of work done each time it passes a whole number: the finished runs, and the batches under
    way by their share of days done (their runs advance together).  ``on_result(job,
    summary)`` is called for each finished run.  Setting ``cancel`` stops the sweep within a
    fraction of a second and raises SweepCancelled with the runs done so far.  A run that
    fails raises SweepRunError at the end, naming every failed run; with ``keep_going`` the
    failed runs are left out instead.  ``batch`` caps the runs of one
    batch (default: as many as memory allows, ``RunCost.batch_runs``; 1 runs each alone).
    """
    if dask_address:
        return _run_dask(base, jobs, days, dask_address, progress, cancel)
    workers = workers or max(1, mp.cpu_count())
    keys = [city_key(base, job.sets) for job in jobs]
    groups = batch_groups(keys, workers, batch or scenario_cost(base, days).batch_runs())
    done: dict[int, tuple] = {}
    failed: list[str] = []
    shares = _SPAWN.Array("d", len(groups), lock=False)  # each batch's share of hours done
    shown = [0]

    def report(n: float) -> None:  # progress only ever moves forward
        n = min(int(n + 1e-9), len(jobs))
        if progress and n > shown[0]:
            shown[0] = n
            progress(n, len(jobs))

    pool = _pool(workers, len(groups), shares)
    try:
        results = [
            pool.apply_async(_guarded_batch, (base, [jobs[j] for j in g], days, k))
            for k, g in enumerate(groups)
        ]
        pending = list(range(len(groups)))
        while pending:
            if cancel is not None and cancel.is_set():
                raise SweepCancelled([done[j] for j in sorted(done)])
            still = []
            for k in pending:
                if results[k].ready():
                    for j, (job, summary, error) in zip(groups[k], results[k].get(), strict=True):
                        if error is None:
                            done[j] = (job, summary)
                            if on_result:
                                on_result(job, summary)
                        else:
                            failed.append(f"configuration {job.config}, seed {job.seed}: {error}")
                        report(len(done) + len(failed))
                else:
                    still.append(k)
            pending = still
            if pending:
                results[pending[0]].wait(0.05)
                under_way = sum(len(groups[k]) * shares[k] for k in pending)
                report(len(done) + len(failed) + under_way)
        pool.close()
    except BaseException:
        pool.terminate()  # cancelled or failed: stop every worker now
        raise
    finally:
        pool.join()
    if failed and not keep_going:
        raise SweepRunError(failed)
    return [done[j] for j in sorted(done)]


def _run_dask(base, jobs, days, address, progress, cancel) -> list:
    """The same runs on an existing dask.distributed scheduler (optional extra 'dask')."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:  # pragma: no cover - depends on the install
        raise RuntimeError("--dask needs the optional extra: pip install 'govflex[dask]'") from err
    client = Client(address) if isinstance(address, str) else address
    groups = batch_groups([city_key(base, job.sets) for job in jobs], len(jobs))
    try:
        parts = [[jobs[j] for j in g] for g in groups]
        futures = client.map(run_job_batch, [base] * len(parts), parts, [days] * len(parts),
                             pure=False)  # fmt: skip
        index = {f.key: k for k, f in enumerate(futures)}
        done: dict[int, tuple] = {}
        for fut in as_completed(futures):
            for j, pair in zip(groups[index[fut.key]], fut.result(), strict=True):
                done[j] = pair
            if progress:
                progress(len(done), len(jobs))
            if cancel is not None and cancel.is_set():
                client.cancel(futures)
                raise SweepCancelled([done[j] for j in sorted(done)])
        return [done[j] for j in range(len(jobs))]
    finally:
        if isinstance(address, str):
            client.close()


def run_many(batch: list[tuple[dict, Job]], days: float | None, workers: int | None = None) -> list:
    """Summaries of runs of different scenarios, in parallel worker processes, in order; the
    runs of one city go as batches."""
    workers = workers or mp.cpu_count()

    def run_all(groups):
        with _pool(workers, len(groups)) as pool:
            return pool.map(run_group, groups)

    return run_grouped(batch, days, run_all, workers)


def run_sweep(
    spec: dict,
    workers: int | None = None,
    progress=None,
    cancel=None,
    dask_address: str | None = None,
    out: str | os.PathLike | None = None,
    resume: bool = False,
    batch: int | None = None,
) -> dict:
    """Expand and run a sweep; returns the results record (see ``save_results``).

    With ``out``, the folder is checked before the first run, each finished run is logged
    there as it ends, and the results files are written at the end; ``resume`` keeps the runs
    already logged there and does only the rest. Failed runs are listed in the record's
    ``failed`` and left out of its rows. ``batch`` caps the runs advanced together (see
    ``run_jobs``).
    """
    base, configs, labels, seeds, days = expand(spec)
    jobs = [Job(c, sets, s) for c, sets in enumerate(configs) for s in seeds]
    log = RunLog(out, spec, len(jobs), resume) if out is not None else None
    kept = [
        (j, log.done[(j.config, j.seed)]) for j in jobs if log and (j.config, j.seed) in log.done
    ]
    todo = [j for j in jobs if not (log and (j.config, j.seed) in log.done)]
    t0 = time.perf_counter()
    failed: list[str] = []
    if log is not None:
        log.open()
    try:
        if todo:
            on_result = (
                (lambda job, summary: log.append(job.config, job.seed, summary)) if log else None
            )
            shown_progress = (
                (lambda d, t: progress(d + len(kept), t + len(kept))) if progress else None
            )
            try:
                runs = run_jobs(
                    base, todo, days, workers, shown_progress, cancel, dask_address, on_result,
                    batch=batch,
                )  # fmt: skip
            except SweepRunError as err:
                failed = err.problems
                runs = [
                    (j, log.done[(j.config, j.seed)])
                    for j in todo
                    if log and (j.config, j.seed) in log.done
                ]
        else:
            runs = []
    finally:
        if log is not None:
            log.close()
    order = {(j.config, j.seed): i for i, j in enumerate(jobs)}
    runs = sorted(kept + runs, key=lambda r: order[(r[0].config, r[0].seed)])
    record = results_record(spec, configs, labels, runs, time.perf_counter() - t0)
    record["failed"] = failed
    record["warnings"] = [w for w in [warmup_warning(base, days)] if w]
    if out is not None:
        save_results(record, out)
    return record


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
        "seed_check": seed_check(rows, len(labels)),
    }


CHECKED_KEYS = tuple(k for k in SUMMARY_KEYS if not k.startswith("tickets_"))


def seed_check(rows: list[dict], configs: int) -> dict:
    """Whether the seeds give a stable mean of every output in every configuration
    (:mod:`model.seed_count`; an output's series are its configurations, in order)."""
    by_config = [[r for r in rows if r["config"] == c] for c in range(configs)]
    return check_outputs(series_of([runs for runs in by_config if runs], CHECKED_KEYS))


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


def csv_table(rows: list[dict], cols: list[str]) -> str:
    """CSV text of result rows: text and booleans quoted as JSON, floats to 10 digits."""
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
    return "\n".join(lines) + "\n"


def save_results(record: dict, folder) -> tuple[Path, Path]:
    """results.csv (one row per run), seed_check.csv (how many seeds, per output) and
    results.json (everything), written together (:func:`model.safe_write.write_files`: all
    or none)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = record["rows"]
    cols = list(rows[0]) if rows else ["config", "seed"]
    csv_path, json_path = folder / "results.csv", folder / "results.json"
    check = record.get("seed_check") or seed_check(rows, len(record["configs"]))
    write_files(
        {
            csv_path: csv_table(rows, cols),
            folder / "seed_check.csv": check_csv(check, "configurations"),
            json_path: json.dumps(record, indent=1, ensure_ascii=False) + "\n",
        }
    )
    return csv_path, json_path


def load_results(folder) -> dict:
    """The record written by ``save_results`` (the JSON file), with the CSV rows checked."""
    folder = Path(folder)
    record = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    with (folder / "results.csv").open(encoding="utf-8") as fh:
        record["csv_rows"] = list(csv.DictReader(fh))
    if "seed_check" not in record:  # results saved before the check existed
        record["seed_check"] = seed_check(record["rows"], len(record["configs"]))
    return record


def config_scenario(record: dict, config: int) -> dict:
    """The scenario of one configuration of a results record (to load it in the GUI)."""
    base, *_ = expand(record["spec"])
    sc = base
    for path, value in record["configs"][config]["sets"]:
        sc = set_path(sc, path, value)
    return normalize(sc)


__all__ = [
    "SPEC_KEYS",
    "TOGGLES",
    "SweepRunError",
    "SweepCancelled",
    "config_scenario",
    "csv_table",
    "expand",
    "frontier",
    "get_path",
    "load_results",
    "load_spec",
    "run_jobs",
    "run_many",
    "run_sweep",
    "save_results",
    "seed_check",
]
