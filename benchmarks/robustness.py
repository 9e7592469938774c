"""Robustness screen of the findings: every assumption one at a time at x0.7 and x1.3.

    python benchmarks/robustness.py [--seeds 11,12,13] [--days 75] [--only GROUP.NAME[,..]]
                                    [--workers N] [--out benchmarks/robustness.csv] [--resume]

A one-at-a-time screen of the model's assumptions (ten Broeke, Van Voorn & Ligtenberg 2016,
JASSS 19(1) 5): each assumption of ``model/assumptions.py`` is moved to x0.7 and x1.3 of its
default (probabilities and shares clipped to their valid range, count-like integers rounded and
at least 1; a move that leaves the value unchanged is reported and skipped), with every other
assumption at its default.  The perturbation is applied to both arms of every claim of
``model/findings.py`` (before the arm's own overrides, so an arm that fixes the assumption keeps
its value), every arm runs on the same seeds, and every claim is evaluated as in the tests.

Each (claim, perturbation) is classified **holds** (right sign, 95 % interval excluding 0),
**weak** (right sign, interval including 0) or **flips** (wrong sign, or no value).  A finding
holds in a perturbation when all its claims hold, flips when any claim flips, and is weak
otherwise.  The spec's rule: a finding is robust when it holds in at least 90 % of the
perturbations.  Robustness is about the *signs of differences* between institutional settings,
never about absolute levels, which any assumption moves by design.

Every finished perturbation's rows are appended to the CSV at once (flushed and fsync'ed), so a
screen that is stopped keeps its work and ``--resume`` continues it; the table is computed from
the CSV.  Not a test: the full screen (about 200 perturbations) takes hours on 2 cores.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from paired import _summaries  # noqa: E402  (one arm over the seeds, as in the tests)

from model import findings  # noqa: E402
from model.assumptions import flat  # noqa: E402
from model.oat import perturbations  # noqa: E402  (the one-at-a-time moves)
from model.sweep import _pool  # noqa: E402  (spawned workers that die with their parent)

STATUSES = ("holds", "weak", "flips")
FIELDS = (
    "perturbation", "path", "factor", "value", "default", "seeds", "days",
    "finding", "claim", "mean", "lo", "hi", "n", "status",
)  # fmt: skip
BASELINE = "baseline"


def _report_skip(name: str, factor: float, value: float) -> None:
    print(f"skip {name} x{factor}: value {value} equals the default", file=sys.stderr)


def status(r: findings.Result) -> str:
    return "holds" if r.holds else "weak" if r.right_sign else "flips"


def screen(
    pool, sets: tuple, seeds: tuple, days: int
) -> list[tuple[findings.Finding, findings.Result]]:
    """Every claim evaluated with ``sets`` applied to every arm (all runs submitted at once)."""
    arms = findings.arms(levels=False)  # the screen tests the claims' signs, not the levels
    jobs = [(p, sets + tuple(s), seeds, days) for p, s in arms]  # one batch of seeds per arm
    runs = dict(zip(arms, pool.starmap(_summaries, jobs, chunksize=1), strict=True))
    return [
        (f, findings.evaluate(c, runs.__getitem__)) for f in findings.FINDINGS for c in f.claims
    ]


def append_rows(out: Path, pert: tuple, seeds: tuple, days: int, results) -> None:
    """Append one perturbation's rows and make them durable before the next one starts."""
    label, path, factor, value, default = pert
    new = not out.exists() or out.stat().st_size == 0
    buf = io.StringIO()
    w = csv.writer(buf)
    if new:
        w.writerow(FIELDS)
    for f, r in results:
        w.writerow(
            [label, path, factor, value, default, ",".join(map(str, seeds)), days]
            + [f.code, r.claim.label(), r.mean, r.lo, r.hi, r.n, status(r)]
        )
    with out.open("a", newline="", encoding="utf-8") as fh:
        fh.write(buf.getvalue())  # one write: a stop leaves whole perturbations only
        fh.flush()
        os.fsync(fh.fileno())


def read_rows(out: Path, seeds: tuple, days: int) -> list[dict]:
    """The CSV's rows of this seed set and horizon (rows of other settings are ignored)."""
    if not out.exists():
        return []
    with out.open(newline="", encoding="utf-8") as fh:
        key = (",".join(map(str, seeds)), str(days))
        return [r for r in csv.DictReader(fh) if (r["seeds"], r["days"]) == key]


def shares(states: list[str]) -> str:
    n = max(len(states), 1)
    return " ".join(f"{100 * states.count(s) / n:7.1f}" for s in STATUSES)


def report(rows: list[dict], labels: list[str]) -> str:
    """Per finding and per claim: shares of perturbations where it holds / is weak / flips."""
    by = {}  # (perturbation, finding) -> claim statuses; claim -> perturbation statuses
    claims: dict[str, list[str]] = {}
    for r in rows:
        by.setdefault((r["perturbation"], r["finding"]), []).append(r["status"])
        if r["perturbation"] != BASELINE and r["perturbation"] in labels:
            claims.setdefault(f"{r['finding']} {r['claim']}", []).append(r["status"])

    def finding_state(states: list[str]) -> str:
        return "holds" if set(states) == {"holds"} else "flips" if "flips" in states else "weak"

    head = " ".join(f"{s + ' %':>7s}" for s in STATUSES)
    lines = [
        f"{len(labels)} perturbations",
        f"{'finding':8s} {'baseline':8s} {head}  robust  flips in",
    ]
    for f in findings.FINDINGS:
        base = finding_state(by[(BASELINE, f.code)]) if (BASELINE, f.code) in by else "-"
        states = {p: finding_state(by[(p, f.code)]) for p in labels if (p, f.code) in by}
        held = list(states.values()).count("holds") / max(len(states), 1)
        flips = ", ".join(p for p, s in states.items() if s == "flips") or "-"
        lines.append(
            f"{f.code:8s} {base:8s} {shares(list(states.values()))}  "
            f"{'yes' if held >= 0.9 else 'NO':6s}  {flips}"
        )
    lines += ["", f"{head}  claim"]
    lines += [f"{shares(s)}  {c}" for c, s in claims.items()]
    return "\n".join(lines)


def _duration(s: float) -> str:
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m{int(s % 60):02d}s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seeds", default="11,12,13", help="comma-separated seeds")
    ap.add_argument("--days", type=int, default=75)
    ap.add_argument("--only", default="", help="GROUP.NAME[,..]: screen only these assumptions")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "robustness.csv")
    ap.add_argument("--resume", action="store_true", help="skip perturbations already in --out")
    args = ap.parse_args()
    seeds = tuple(int(s) for s in args.seeds.split(","))
    only = {s.strip() for s in args.only.split(",") if s.strip()} or None
    known = {name for name, _ in flat()}
    if only and only - known:
        ap.error(f"unknown assumptions: {', '.join(sorted(only - known))}")
    if not args.resume and args.out.exists() and args.out.stat().st_size:
        ap.error(f"{args.out} exists: pass --resume to continue it, or another --out")

    todo = [(BASELINE, "", 1.0, "", "")] + perturbations(only, on_skip=_report_skip)
    labels = [p[0] for p in todo[1:]]
    counts = Counter(r["perturbation"] for r in read_rows(args.out, seeds, args.days))
    n_claims = sum(len(f.claims) for f in findings.FINDINGS)
    done = {p for p, n in counts.items() if n == n_claims}  # whole perturbations only
    todo = [p for p in todo if p[0] not in done]
    if done:
        print(f"resume: {len(done)} perturbations already in {args.out}", file=sys.stderr)

    n_jobs = len(findings.arms(levels=False)) * len(seeds)
    pool = _pool(args.workers, n_jobs)
    t0 = time.perf_counter()
    try:
        for k, pert in enumerate(todo, 1):
            t = time.perf_counter()
            sets = ((pert[1], pert[3]),) if pert[1] else ()
            append_rows(args.out, pert, seeds, args.days, screen(pool, sets, seeds, args.days))
            elapsed = time.perf_counter() - t0
            left = elapsed / k * (len(todo) - k)
            print(
                f"[{k}/{len(todo)}] {pert[0]}{f' = {pert[3]}' if pert[1] else ''}: "
                f"{time.perf_counter() - t:.1f} s "
                f"({n_jobs} runs); elapsed {_duration(elapsed)}, left ~{_duration(left)}",
                file=sys.stderr,
            )
    except KeyboardInterrupt:
        print(f"stopped: finished perturbations are in {args.out}; --resume", file=sys.stderr)
        return 130
    finally:
        pool.terminate()
    print(report(read_rows(args.out, seeds, args.days), labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
