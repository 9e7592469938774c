"""The result of a sensitivity analysis, its table of indices, and its files.

An index alone cannot be checked; the sample and the outputs behind it can. So a result keeps
everything: the file it came from, the sample matrix (one row per sample point, one column per
factor), the outputs at every point (and on every seed), the indices with their confidence
intervals, and a manifest (GovFlex and SALib versions, seeds, time). ``sensitivity.json`` holds
all of it - enough to re-analyse without re-running (:func:`model.sensitivity.reanalyse`) -
and ``sensitivity.csv`` one row per factor and output with its rank, for a spreadsheet.
:func:`load` gives back a result equal to the one saved.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from .safe_write import write_files
from .sweep import csv_table

RESULTS_FORMAT = "govflex-sensitivity-results"
FILES = ("sensitivity.csv", "sensitivity.json")
# The columns of the table, per method; the first is what the factors are ranked by.
COLUMNS = {
    "morris": ("mu_star", "mu_star_conf", "sigma", "mu"),
    "sobol": ("ST", "ST_conf", "S1", "S1_conf"),
}


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """Indices of every factor for every output, with the sample and outputs behind them.

    ``indices[output][column]`` is an array over the factors (``S2`` and ``S2_conf``, with
    second-order Sobol indices, a factors x factors matrix); ``Y[i, j]`` is output j at sample
    point i (the mean over the seeds), ``Y_seeds[i, s, j]`` the same on seed s alone.
    """

    spec: dict
    method: str
    factors: list[dict]  # {"path", "lo", "hi", "whole"}, in the order of X's columns
    outputs: list[str]
    X: np.ndarray  # the sample as drawn (whole-number factors are rounded when run)
    Y: np.ndarray
    Y_seeds: np.ndarray | None  # None for a test function
    indices: dict[str, dict[str, np.ndarray]]
    manifest: dict

    def ranks(self, output: str) -> np.ndarray:
        """1 for the factor the output depends on most (largest mu_star or ST), ties share
        a rank, and a factor whose index could not be estimated (NaN) comes last."""
        key = np.nan_to_num(self.indices[output][COLUMNS[self.method][0]], nan=-np.inf)
        return np.array([1 + int(np.sum(key > v)) for v in key])

    def rows(self) -> list[dict]:
        """One row per output and factor, most influential first: the CSV table."""
        out = []
        for o in self.outputs:
            ranks = self.ranks(o)
            for j in np.argsort(ranks, kind="stable"):
                row = {"output": o, "factor": self.factors[j]["path"], "rank": int(ranks[j])}
                for c in COLUMNS[self.method]:
                    row[c] = float(self.indices[o][c][j])
                out.append(row)
        return out

    def top(self, output: str, n: int = 5) -> list[str]:
        """The ``n`` factors that output depends on most, most influential first."""
        return [r["factor"] for r in self.rows() if r["output"] == output][:n]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SensitivityResult):
            return NotImplemented
        return all(_same(getattr(self, f.name), getattr(other, f.name)) for f in fields(self))


def _same(a, b) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)) or a.shape != b.shape:
            return False
        return bool(np.array_equal(a, b, equal_nan=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _plain(x):
    """JSON-ready: arrays as lists, NaN and infinities as null (strict JSON has neither)."""
    if isinstance(x, np.ndarray):
        return _plain(x.tolist())
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def _array(x) -> np.ndarray:
    return np.array(x, dtype=float)  # null -> NaN


def to_record(result: SensitivityResult) -> dict:
    """The JSON record of a result (see the module docstring)."""
    return {
        "format": RESULTS_FORMAT,
        "spec": result.spec,
        "method": result.method,
        "factors": result.factors,
        "outputs": result.outputs,
        "manifest": result.manifest,
        "indices": _plain(result.indices),
        "sample": _plain(result.X),
        "outputs_by_point": _plain(result.Y),
        "outputs_by_seed": None if result.Y_seeds is None else _plain(result.Y_seeds),
    }


def from_record(rec: dict) -> SensitivityResult:
    """The result of a JSON record written by :func:`to_record`."""
    if not isinstance(rec, dict) or rec.get("format") != RESULTS_FORMAT:
        raise ValueError(f"not a GovFlex sensitivity result (format {RESULTS_FORMAT!r})")
    k, m = len(rec["factors"]), len(rec["outputs"])
    seeds = rec["outputs_by_seed"]
    return SensitivityResult(
        spec=rec["spec"],
        method=rec["method"],
        factors=rec["factors"],
        outputs=rec["outputs"],
        X=_array(rec["sample"]).reshape(-1, k),
        Y=_array(rec["outputs_by_point"]).reshape(-1, m),
        Y_seeds=None if seeds is None else _array(seeds).reshape(len(rec["sample"]), -1, m),
        indices={o: {c: _array(v) for c, v in d.items()} for o, d in rec["indices"].items()},
        manifest=rec["manifest"],
    )


def save(result: SensitivityResult, folder) -> tuple[Path, Path]:
    """``sensitivity.csv`` (the table) and ``sensitivity.json`` (everything) in ``folder``,
    written together (:func:`model.safe_write.write_files`: both or neither)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cols = ["output", "factor", "rank", *COLUMNS[result.method]]
    csv_path, json_path = (folder / n for n in FILES)
    text = json.dumps(to_record(result), indent=1, ensure_ascii=False, allow_nan=False)
    write_files({csv_path: csv_table(result.rows(), cols), json_path: text + "\n"})
    return csv_path, json_path


def load(folder) -> SensitivityResult:
    """The result saved in ``folder`` by :func:`save` (from its JSON file)."""
    path = Path(folder) / FILES[1]
    return from_record(json.loads(path.read_text(encoding="utf-8")))
