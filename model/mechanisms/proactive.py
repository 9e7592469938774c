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
    """Active governance projects per (category, district) cell."""

    def __init__(self, st: Structure) -> None:
        keys, self.region_district = np.unique(st.line[st.region_unit], return_inverse=True)
        self.region_district = self.region_district.ravel()
        self.n_districts = len(keys)
        gov = np.full(len(keys), -1)
        for d, key in enumerate(keys):
            hit = np.flatnonzero((st.kind == KUAI) & (st.level == DISTRICT) & (st.line == key))
            gov[d] = hit[0] if len(hit) else -1
        self.district_gov = gov
        self.first_region = np.array(
            [np.flatnonzero(self.region_district == d)[0] for d in range(len(keys))]
        )
        k = st.n_categories
        self.calls = np.zeros((k, len(keys)))  # fresh calls per cell since the last choice
        self.reduction = np.zeros((k, len(keys)))
        self.until = np.zeros((k, len(keys)), dtype=np.int64)
        self.launched = 0

    def count(self, cat, region) -> None:
        np.add.at(self.calls, (cat, self.region_district[region]), 1.0)

    def prevented_share(self, cat, region, tick: int) -> np.ndarray:
        """Share of new calls of each ticket's cell that projects prevent now."""
        d = self.region_district[region]
        return np.where(self.until[cat, d] > tick, self.reduction[cat, d], 0.0)

    def choose(self, st: Structure, tick: int, access, a) -> list[tuple[int, int, int, float]]:
        """Pick this month's themes; returns (bureau, district gov, category, hours each)."""
        hot = self.calls.copy()
        hot[self.until > tick] = -1.0  # a cell already under a project is not picked again
        self.calls[:] = 0.0
        out = []
        n = int(round(a.cells_per_month))
        for flat in np.argsort(-hot, axis=None, kind="stable")[:n]:
            c, d = np.unravel_index(flat, hot.shape)
            if hot[c, d] <= 0:
                break
            owner = int(st.owner[c, self.first_region[d]])
            gov = int(self.district_gov[d])
            seen = [access[owner, c]] + ([access[gov, c]] if gov >= 0 else [])
            self.reduction[c, d] = a.max_reduction * float(np.mean(seen))
            self.until[c, d] = tick + int(a.months * 30 * 24)
            self.launched += 1
            out.append((owner, gov, int(c), a.hours))
        return out

    def active(self, tick: int) -> int:
        return int((self.until > tick).sum())
