"""The sweep's log of finished runs: written as each run ends, read back by ``--resume``.

A sweep of thousands of runs must not lose a single finished one to a full disk, a power cut
or a Ctrl+C. Each finished run is appended, fsync'ed, as one JSON line to ``runs.jsonl`` in the
output folder, under a first line that fingerprints the sweep file. ``--resume`` reads the
finished runs back (a half-written last line is dropped) and only the rest are run; the log of
a *different* sweep is never mixed in, and without ``--resume`` a folder holding finished runs
is refused rather than overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from .safe_write import check_targets
from .scenario import ScenarioError

LOG_NAME = "runs.jsonl"
RESULTS = ("results.csv", "results.json")
LOG_FORMAT = "govflex-sweep-log"
BYTES_PER_RUN = 4096  # a log line plus its share of the results files, generously


def fingerprint(spec: dict) -> str:
    """A short hash of the sweep file's content (key order does not matter)."""
    text = json.dumps(spec, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def prepare_folder(folder: str | os.PathLike, names: list[str], need: int) -> None:
    """The output folder exists (it is made), its files ``names`` can be written and it has
    about ``need`` bytes free; ScenarioError naming ``--out`` if not."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ScenarioError([f"--out: cannot make the folder ({exc.strerror})"]) from None
    problems = check_targets([folder / n for n in names])
    if problems:
        raise ScenarioError([f"--out: {p}" for p in problems])
    free = shutil.disk_usage(folder).free
    if free < need:
        msg = f"--out: {free / 1024**2:.1f} MB free, the results need about "
        raise ScenarioError([msg + f"{need / 1024**2:.1f} MB"])


class RunLog:
    """``runs.jsonl`` in ``folder``: the finished runs of one sweep, appended one by one."""

    def __init__(self, folder: str | os.PathLike, spec: dict, runs: int, resume: bool) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOG_NAME
        self.key = fingerprint(spec)
        self.done: dict[tuple[int, int], dict] = {}
        self._check_folder(runs)
        if self.path.exists():
            self._read(resume)
        self._fh = None

    def _check_folder(self, runs: int) -> None:
        prepare_folder(self.folder, [LOG_NAME, *RESULTS], runs * BYTES_PER_RUN + 1024**2)

    def _read(self, resume: bool) -> None:
        lines = self.path.read_bytes().split(b"\n")
        entries = []
        for line in lines:
            try:  # our own file; summaries may hold NaN, which the strict reader refuses
                entries.append(json.loads(line.decode("utf-8")))
            except (ValueError, RecursionError):
                break  # a run cut off while being written, and anything after it
        head = entries[0] if entries else {}
        runs = [e for e in entries[1:] if isinstance(e, dict) and "summary" in e]
        if not isinstance(head, dict) or head.get("format") != LOG_FORMAT:
            if lines != [b""]:
                raise ScenarioError([f"--out: {self.path} is not a GovFlex sweep log"])
            return
        if not resume:
            if runs:
                msg = f"--out: the folder holds {len(runs)} finished runs of a sweep; add "
                raise ScenarioError([msg + "--resume to continue it, or choose another folder"])
            return
        if head.get("sweep") != self.key:
            msg = "--out: the finished runs there belong to a different sweep file"
            raise ScenarioError([msg + "; choose another folder"])
        for e in runs:
            self.done[(int(e["config"]), int(e["seed"]))] = e["summary"]

    def open(self) -> None:
        """Start (or continue) the log: rewrite it with the runs kept, then append."""
        tmp = self.path.with_name(f".{LOG_NAME}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"format": LOG_FORMAT, "sweep": self.key}) + "\n")
            for (c, s), summary in self.done.items():
                fh.write(_line(c, s, summary))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()

    def append(self, config: int, seed: int, summary: dict) -> None:
        """Record one finished run durably."""
        self.done[(config, seed)] = summary
        if self._fh is not None:
            self._fh.write(_line(config, seed, summary))
            self._fh.flush()
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _line(config: int, seed: int, summary: dict) -> str:
    return json.dumps({"config": config, "seed": seed, "summary": summary}) + "\n"
