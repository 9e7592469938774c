"""The configuration in force for each run: institutions, capabilities, data and dispatch.

When a run starts (and when the workbench changes a mechanism or an assumption live), the
engine works out what the institutions imply before any ticket moves: who may see which data
(M4, M7a), the forms the lines ask of the streets, the catalogue table, the static part of the
dispatch score, the expertise and legal power in force (empowered streets grow theirs over
time), each unit's first belief about being found out, the hub's wait by hour, and each unit's
assessment pressure from its rank.  In a batch whose runs differ (``model/lanes.py``) each
run's arrays are worked out from its own settings and joined; when the runs agree, the first
run's arrays are repeated for every lane.  The steps read settings through ``_A`` and ``_I``,
which give each ticket or unit its own run's values.  A mixin of
:class:`model.engine.Simulation`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .intake import DIURNAL, choice_cdf
from .lanes import LaneConfig, stack_structure, tile_rows
from .mechanisms import assessment, data, dispatch, entrance
from .mechanisms.design import effective
from .structure import STREET, TIAO, WORK_HOURS, build_structure


class Configuration:
    """The configuration arrays of every run (mixed into Simulation)."""

    def _build_structure(self) -> None:
        """The city's structure (``st0``) and its stacked copies, one per lane (``st``)."""
        self.st0 = build_structure(self.scenario)
        self.st = stack_structure(self.st0, self.R)
        self._precompute_capacity()

    def _per_lane(self, per_unit: np.ndarray, axis: int = 0) -> np.ndarray:
        """A per-unit array of the city repeated for every lane (itself for a single run)."""
        return per_unit if self.R == 1 else tile_rows(per_unit, self.R, axis)

    def _institutions(self, scenario: dict):
        """A run's institutions in force (a hub's own number of seats wins)."""
        inst = effective(scenario["mechanisms"])
        hub = self.st0.hub
        hub_seats = scenario["departments"][hub].get("seats") if hub >= 0 else None
        return replace(inst, seats=int(hub_seats)) if hub_seats else inst

    def _lanes_to_compute(self) -> range:
        """Whose configuration arrays are worked out: every run's when runs differ, else the
        first's, repeated for every lane."""
        return range(1) if self.config.uniform else range(self.R)

    def _stack(self, parts: list, axis: int = 0) -> np.ndarray:
        """Per-lane arrays joined along ``axis`` (one part: repeated for every lane)."""
        if len(parts) == 1:
            return self._per_lane(parts[0], axis)
        return np.concatenate(parts, axis=axis)

    def _apply_institutions(self) -> None:
        insts = [self._institutions(sc) for sc in self.lane_scenarios]
        self.inst = insts[0]
        self.config = LaneConfig(self.lane_a, insts)
        for r, inst in enumerate(insts):  # each run's clock of empowered streets
            if inst.empower and self.empowered_since[r] < 0:
                self.empowered_since[r] = self.tick
            elif not inst.empower:
                self.empowered_since[r] = -1
        if hasattr(self, "diurnal"):
            self._update_intake_wait()
        self._update_capabilities()
        st, lanes = self.st0, self._lanes_to_compute()
        access, forms, prior = [], [], []
        for r in lanes:
            a, inst = self.lane_a[r], insts[r]
            s = data.access(st, inst.regime, inst.shared_asset, a.data, st.able)
            factor = a.design.forms_factor if inst.one_form else 1.0
            access.append(s)
            forms.append(data.forms_hours_per_week(st, s, factor, a.data))
            # a unit's first belief about being found out is what the institutions imply: the
            # citizen refuses at the callback unless persuaded, or an audit checks the closure
            p = inst.callback_share * (1.0 - a.persuasion.success)
            p = p + (1.0 - p) * (a.design.audit_share if inst.audit else 0.0)
            prior.append(np.full(st.n_units, p))
        self.access = self._stack(access)
        self.forms_week = self._stack(forms)
        deadlines = [self.lane_a[r].deadlines for r in lanes]  # hours by urgency class
        self._deadline_table = np.array(
            [[d.urgent, d.utilities, d.general, d.complex] for d in deadlines]
        ).astype(np.int64)
        levels = np.array(
            [data.cross_levels(i.regime, i.shared_asset, a.data)
             for i, a in zip(insts, self.lane_a, strict=True)]
        )  # fmt: skip
        same = (levels == levels[0]).all()
        self._cross_levels = tuple(levels[0]) if same else (levels[:, 0], levels[:, 1])
        # the catalogue table in force: under a duty list enforce items go to bureaus
        duty = np.repeat([i.duty_list for i in insts], st.n_regions)  # per stacked region
        stacked = self.st
        self.catalogue = np.where(
            duty[None, :], stacked.catalogue_duty, stacked.catalogue_territorial
        ).copy()
        self._update_scores_static()
        self.detect = np.where(np.isnan(self.detect), self._stack(prior), self.detect)
        if hasattr(self, "pressure_u"):
            self._update_pressure()
        self.lane_weights = np.array(
            [
                [
                    sc["metrics"]["flex_weights"][k]
                    for k in ("mobility", "lateral", "match", "range")
                ]
                for sc in self.lane_scenarios
            ],
            float,
        )
        self.weights = self.lane_weights[0]

    def _update_pressure(self) -> None:
        """Each unit's own assessment pressure, from its run's institutions and its rank."""
        if self.config.uniform:
            spread = self.a.assessment.rank_spread
            self.pressure_u = assessment.pressure(self.scores.rank, self.inst, spread)
            return
        n = self.st0.n_units
        self.pressure_u = np.concatenate(
            [
                assessment.pressure(
                    self.scores.rank[r * n : (r + 1) * n],
                    self.config.insts[r],
                    self.lane_a[r].assessment.rank_spread,
                )
                for r in range(self.R)
            ]
        )

    def _update_capabilities(self) -> None:
        """Expertise and legal authority in force: streets empowered on enforce categories
        (赋权街道) gain the power at once and grow the expertise over time."""
        st = self.st0
        exp, auth = [], []
        for r in self._lanes_to_compute():
            e, au = st.expertise, st.authority
            if self.config.insts[r].empower:
                a = self.lane_a[r].design
                streets = (st.level == STREET) & st.grassroots
                cell = streets[:, None] & st.enforce[None, :]
                age = self.tick - self.empowered_since[r]
                grown = 1.0 - np.exp(-age / (24 * a.empowerment_days))
                target = np.maximum(st.expertise, a.empowered_expertise)
                e = np.where(cell, st.expertise + (target - st.expertise) * grown, st.expertise)
                au = st.authority | cell
            exp.append(e)
            auth.append(au)
        self._capabilities = list(zip(exp, auth, strict=True))
        self.expertise = self._stack(exp)
        self.authority = self._stack(auth)

    def _update_scores_static(self) -> None:
        """The parts of dispatch scores and of match that change only with the institutions
        and the capabilities in force (worked out on the city for each run's configuration)."""
        st, n = self.st0, self.st0.n_units
        static, eff, best_all, prof = [], [], [], []
        for r, (expertise, authority) in zip(
            self._lanes_to_compute(), self._capabilities, strict=True
        ):
            access = self.access[r * n : (r + 1) * n]
            inst = self.config.insts[r]
            static.append(dispatch.static_scores(st, inst, access, expertise, authority))
            no_power = self.lane_a[r].quality.no_power_factor  # expertise without legal power
            eff_exp = expertise * np.where(st.enforce & ~authority, no_power, 1.0)
            best = np.zeros((st.n_categories, st.n_regions))
            cands = st.candidates
            for c in range(st.n_categories):
                e = np.where(cands >= 0, eff_exp[np.maximum(cands, 0), c], 0.0)
                best[c] = e.max(axis=1)
            eff.append(eff_exp)
            best_all.append(np.maximum(best, 1e-9))
            prof.append(expertise * authority)
        self.static_u = self._stack(static, axis=1)  # [K, R x G, W]
        self.eff_exp = self._stack(eff)
        self.best_exp = self._stack(best_all, axis=1)
        self.prof = self._stack(prof)
        insts = self.config.insts if self.config.varies("weights") else self.config.insts[:1]
        self._lane_dispatch_w = np.array([i.weights for i in insts])  # [1 or R, 7]

    def _precompute_capacity(self) -> None:
        """Hourly capacity per unit and the nominal totals of grassroots units and bureaus."""
        st, n = self.st0, self.st0.n_units
        hours = st.capacity / (WORK_HOURS[1] - WORK_HOURS[0])
        self._hours_per_tick = self._per_lane(hours)
        self._grassroots = st.grassroots_idx  # of one lane (the city's own indices)
        self._bureaus = np.flatnonzero(st.kind == TIAO)
        self._cap_grassroots = hours[self._grassroots].sum()
        self._cap_bureaus = hours[self._bureaus].sum()
        self._unit_lane = np.arange(n * self.R) // n

    def _update_intake_wait(self) -> None:
        """Erlang C wait at the hub for each hour of the day (depends on rate and seats):
        [24], or [R, 24] when the runs' hubs differ."""
        waits = []
        for r in self._lanes_to_compute():
            inst = self.config.insts[r]
            rate = self.tickets_per_day * self.diurnal / 24 / max(1e-9, 1 - inst.direct_share)
            waits.append(
                [entrance.erlang_c_wait_hours(x, inst.handle_hours, inst.seats) for x in rate]
            )
        self._intake_wait = np.array(waits[0]) if len(waits) == 1 else np.array(waits)

    def _apply_demand(self) -> None:
        d, st = self.scenario["demand"], self.st0
        tpd = d.get("tickets_per_day")
        if tpd is None:
            tpd = st.population.sum() * d.get("per_10k", 1.5) / 10_000
        self.tickets_per_day = float(tpd)
        self.region_p = (
            st.population / st.population.sum()
            if st.population.sum() > 0
            else (np.full(st.n_regions, 1.0 / max(st.n_regions, 1)))
        )
        self.region_cdf = choice_cdf(self.region_p)
        self.diurnal = DIURNAL if d.get("diurnal", True) else np.ones(24)
        self._update_intake_wait()

    # -- whose settings -----------------------------------------------------------------------
    def _of_units(self):
        """The run of every stacked unit, or None when every run has the same settings."""
        return None if self.config.uniform else self._unit_lane

    def _of(self, i):
        """The run of tickets i, or None when every run has the same settings."""
        return None if self.config.uniform else self.tickets.lane(i)

    def _A(self, group: str, lane=None):
        """An assumptions group as the entries of ``lane`` see it (``model/lanes.py``)."""
        return self.config.group(group, lane)

    def _I(self, lane=None):
        """The institutions as the entries of ``lane`` see them."""
        return self.config.inst(lane)
