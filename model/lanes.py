"""Lanes: R independent runs of one city advanced together by one engine (a batch).

Experiments repeat one city many times - ten seeds of a design, five seeds of every row of a
sweep.  At the scale of a real city's hotline a simulated hour is a few hundred small array
operations whatever the number of tickets, so running R copies of the city *side by side* in
the same arrays pays that fixed cost once per hour for all of them.

A batch is one engine over a *stacked* structure: R disjoint copies of the city's
departments and regions (unit ``u`` of lane ``r`` is ``r * N + u``, region ``g`` is
``r * G + g``).  A ticket of lane r only ever meets units and regions of lane r, so the copies
never interact; every city-wide number (the counters of an hour, the ranks among peers, the
monthly themes) is kept per lane.  Tickets live in one store with a segment per lane, so each
lane's tickets keep the order they would have alone, and every sum over a lane's tickets is
taken in that order: a run gives bit-identical results alone or in any batch.

A single :class:`model.engine.Simulation` is a batch of one (the stacked structure is the
structure itself).  :class:`LaneView` shows one lane of a batch through the attributes the
read-out (``model/readout.py``) reads, so summaries, snapshots and series work per lane.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .structure import Structure

# Structure arrays indexed by unit ([N, ...]) whose values are plain numbers: repeated per lane.
_UNIT_TILED = ("kind", "level", "line", "capacity", "expertise", "authority", "local", "depth",
               "grassroots")  # fmt: skip
# Arrays whose values are unit indices (-1 for none): repeated and shifted by r * N.
_UNIT_VALUED_BY_UNIT = ("parent", "territory", "decider", "decider_multi", "path")
# Arrays indexed by region whose values are unit indices: repeated along regions, shifted.
_REGION_ROWS = ("region_unit", "candidates", "communities")  # [G, ...] rows per region
_REGION_COLS = ("owner", "catalogue_territorial", "catalogue_duty")  # [K, G] columns


def shift_units(values: np.ndarray, lanes: int, n_units: int, axis: int = 0) -> np.ndarray:
    """Repeat an array of unit indices for every lane along ``axis``, shifting lane r's
    indices by r x N (-1, "no unit", stays -1)."""
    values = np.asarray(values)
    parts = [np.where(values >= 0, values + r * n_units, values) for r in range(lanes)]
    return np.concatenate(parts, axis=axis)


def tile_rows(values: np.ndarray, lanes: int, axis: int = 0) -> np.ndarray:
    """Repeat per-unit (or per-region) numbers for every lane along ``axis``."""
    return np.concatenate([values] * lanes, axis=axis)


def stack_structure(st: Structure, lanes: int) -> Structure:
    """The structure of R disjoint copies of the city (the structure itself when R = 1).

    ``covers`` and ``jurisdiction`` ([N, G]) stay the city's own: read them with
    :meth:`Structure.covers_at`, which maps stacked units and regions back to the city's.
    """
    if lanes == 1:
        return st
    n = st.n_units
    fields = {name: tile_rows(getattr(st, name), lanes) for name in _UNIT_TILED}
    fields.update({n_: shift_units(getattr(st, n_), lanes, n) for n_ in _UNIT_VALUED_BY_UNIT})
    fields.update({n_: shift_units(getattr(st, n_), lanes, n) for n_ in _REGION_ROWS})
    fields.update({n_: shift_units(getattr(st, n_), lanes, n, axis=1) for n_ in _REGION_COLS})
    fields["population"] = tile_rows(st.population, lanes)
    ids = [f"{u}@{r}" if r else u for r in range(lanes) for u in st.ids]
    return replace(
        st,
        **fields,
        ids=ids,
        index={u: j for j, u in enumerate(ids)},
        hub=st.hub,  # lane 0's hub; the flows that name it are kept for single runs only
        lanes=lanes,
        lane_units=n,
        lane_regions=st.n_regions,
    )


class LaneView:
    """One lane of a batch, seen through the attributes the read-out uses."""

    def __init__(self, batch, lane: int) -> None:
        self._b, self._r = batch, lane
        n = batch.st0.n_units
        self._units = slice(lane * n, (lane + 1) * n)
        self.st = batch.st0
        self.scenario = batch.scenario
        self.weights = batch.weights
        self.seed = int(batch.seeds[lane])
        self.tick = batch.tick
        self.shocks = batch.shocks
        self.history = batch.histories.lane(lane)
        self.day = batch.day.lane(lane)
        self.post = batch.post[lane]
        self.post_ticks = batch.post_ticks
        self.markers = batch.markers
        self.last_day_flows = batch.last_day_flows
        self.open_tickets = int(batch.tickets.count_open_lanes()[lane])

    def unit_array(self, name: str) -> np.ndarray:
        """A per-unit array of the engine ([..., R * N]) cut to this lane's units."""
        return getattr(self._b, name)[..., self._units]

    @property
    def rank(self) -> np.ndarray:
        return self._b.scores.rank[self._units]


class Gathered:
    """The values of one group of settings for each ticket or unit of a batch whose runs
    differ: a setting that differs between runs is the value of each entry's run (an array),
    one that does not is the plain value.  Reads like the group itself (``a.hazard_base``)."""

    def __init__(self, fixed: dict, varying: dict, lane: np.ndarray) -> None:
        self._fixed, self._varying, self._lane = fixed, varying, lane

    def __getattr__(self, name: str):
        varying = self.__dict__["_varying"]
        if name in varying:
            return varying[name][self.__dict__["_lane"]]
        return self.__dict__["_fixed"][name]


class LaneConfig:
    """The assumptions and institutions of each run of a batch.

    Runs of one batch share the city (structure, demand, run length) but may differ in their
    institutions and assumptions.  ``group(name, lane)`` and ``inst(lane)`` give what the
    engine's steps read: lane 0's own objects when every run agrees, else :class:`Gathered`
    values for the entries (tickets or units) whose runs are ``lane``.
    """

    def __init__(self, views: list, insts: list) -> None:
        self.views, self.insts = views, insts
        self._groups = {g: _split([vars(getattr(v, g)) for v in views]) for g in vars(views[0])}
        fields = [{**vars(i), "duty_list": i.duty_list, "empower": i.empower} for i in insts]
        self._inst = _split(fields)
        self.uniform = all(not varying for _f, varying in self._groups.values()) and (
            not self._inst[1]
        )

    def group(self, name: str, lane=None):
        fixed, varying = self._groups[name]
        if not varying:
            return getattr(self.views[0], name)
        return Gathered(fixed, varying, _needed(lane, name))

    def inst(self, lane=None):
        fixed, varying = self._inst
        if not varying:
            return self.insts[0]
        return Gathered(fixed, varying, _needed(lane, "mechanisms"))

    def varies(self, field: str) -> bool:
        """Whether an institution field differs between the runs."""
        return field in self._inst[1]

    def per_run(self, field: str, group: str | None = None):
        """An institution field (or, with ``group``, an assumption) of every run: the plain
        value when the runs agree, else an array [R]."""
        fixed, varying = self._inst if group is None else self._groups[group]
        return varying[field] if field in varying else fixed[field]


def _split(per_lane: list[dict]) -> tuple[dict, dict]:
    """(fields equal in every lane, {field: array [R, ...] of the lanes' values})."""
    fixed, varying = {}, {}
    for key, first in per_lane[0].items():
        values = [d[key] for d in per_lane]
        if all(np.array_equal(v, first) for v in values[1:]):
            fixed[key] = first
        else:
            varying[key] = np.array(values)
    return fixed, varying


def _needed(lane, what: str):
    if lane is None:
        raise ValueError(f"the runs of this batch differ in {what}: say whose values (lanes)")
    return lane


# What every run of a batch must share (the city, its demand and the run itself).
SHARED = ("departments", "categories", "demand", "run")
SHARED_ASSUMPTIONS = ("structure",)


def check_shared(scenarios: list[dict]) -> None:
    """Refuse a batch whose runs are not the same city: they may differ in mechanisms,
    metrics and assumptions (not the structure's)."""
    first = scenarios[0]
    for r, sc in enumerate(scenarios[1:], start=1):
        for key in SHARED:
            if sc[key] != first[key]:
                raise ValueError(f"run {r} of the batch differs in {key!r}: one batch is one city")
        for g in SHARED_ASSUMPTIONS:
            if sc["assumptions"].get(g) != first["assumptions"].get(g):
                raise ValueError(f"run {r} of the batch differs in assumptions.{g}")


def like(value, arr: np.ndarray):
    """A setting as a plain number would meet ``arr``: a run's setting is a Python number,
    which numpy computes in ``arr``'s precision (float32 ticket columns stay float32); the
    per-entry values of a batch whose runs differ are cast so, to give the same numbers."""
    if np.ndim(value) == 0:
        return value
    return np.asarray(value).astype(arr.dtype)
