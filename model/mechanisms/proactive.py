"""M7f Proactive governance (未诉先办, 每月一题): using hotline data to prevent demand.

Data as an asset pays off mainly by *preventing* demand.  Each month the platform picks the
hottest (category, district) cells of the last month's calls - Beijing's monthly governance
themes - and the owning bureau and the district government run a governance project on each
(``assumptions.proactive.hours`` of staff time each, spread over the first month).  For
``proactive.months`` the cell's new demand falls by

    reduction = max_reduction x mean(data access of the bureau, of the district) to the category

so a project works only as well as the data of those who analyse and act on it: under silos
or blocks the district government sees little of a bureau's category data and the project
prevents less.  Prevented calls never become tickets (counted as demand prevented).
"""

from __future__ import annotations

import numpy as np

from ..structure import DISTRICT, KUAI, Structure


class Proactive:
    """Active governance projects per (category, district) cell, for each run of a batch
    (``lanes``; district d of lane r is column r x D + d, units and regions are stacked)."""

    def __init__(self, st: Structure, lanes: int = 1) -> None:
        keys, region_district = np.unique(st.line[st.region_unit], return_inverse=True)
        region_district = region_district.ravel()
        d_n, n, g = len(keys), st.n_units, st.n_regions
        gov = np.full(d_n, -1)
        for d, key in enumerate(keys):
            hit = np.flatnonzero((st.kind == KUAI) & (st.level == DISTRICT) & (st.line == key))
            gov[d] = hit[0] if len(hit) else -1
        first = np.array([np.flatnonzero(region_district == d)[0] for d in range(d_n)])
        r = np.arange(lanes)
        self.n_districts, self.lanes = d_n, lanes
        self.region_district = (region_district[None, :] + d_n * r[:, None]).ravel()
        self.district_gov = np.where(gov >= 0, gov[None, :] + n * r[:, None], -1).ravel()
        self.first_region = (first[None, :] + g * r[:, None]).ravel()
        k = st.n_categories
        self.calls = np.zeros((k, lanes * d_n))  # fresh calls per cell since the last choice
        self.reduction = np.zeros((k, lanes * d_n))
        self.until = np.zeros((k, lanes * d_n), dtype=np.int64)

    def count(self, cat, region) -> None:
        np.add.at(self.calls, (cat, self.region_district[region]), 1.0)

    def prevented_share(self, cat, region, tick: int) -> np.ndarray:
        """Share of new calls of each ticket's cell that projects prevent now."""
        d = self.region_district[region]
        return np.where(self.until[cat, d] > tick, self.reduction[cat, d], 0.0)

    def choose(
        self, st: Structure, tick: int, access, lane_a: list, lanes: list[int]
    ) -> list[tuple[int, int, int, int, float]]:
        """Pick this month's themes in the given lanes (runs with proactive governance;
        ``lane_a[r]``: run r's ``assumptions.proactive``); returns (lane, bureau, district gov,
        category, hours each).  Every run's calls since the last choice are cleared."""
        hot = self.calls.copy()
        hot[self.until > tick] = -1.0  # a cell already under a project is not picked again
        self.calls[:] = 0.0
        out = []
        d_n = self.n_districts
        for lane in lanes:
            a = lane_a[lane]
            n = int(round(a.cells_per_month))
            mine = hot[:, lane * d_n : (lane + 1) * d_n]
            for flat in np.argsort(-mine, axis=None, kind="stable")[:n]:
                c, d = np.unravel_index(flat, mine.shape)
                if mine[c, d] <= 0:
                    break
                d = lane * d_n + d
                owner = int(st.owner[c, self.first_region[d]])
                gov = int(self.district_gov[d])
                seen = [access[owner, c]] + ([access[gov, c]] if gov >= 0 else [])
                self.reduction[c, d] = a.max_reduction * float(np.mean(seen))
                self.until[c, d] = tick + int(a.months * 30 * 24)
                out.append((lane, owner, gov, int(c), a.hours))
        return out

    def active(self, tick: int) -> int:
        return int((self.until > tick).sum())
