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
