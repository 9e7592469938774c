"""The simulation: one hour per tick, in the order of the specification.

    arrivals (booked citizens and repeat calls) -> route (classify, dispatch, co-handlers)
      -> deliver (return requests, the hub's review, streets passing cases to communities)
      -> overhead -> work -> exceptions (whistle or escalation) -> decisions -> completion
      -> deadlines (gaming) -> record

Every step works on whole arrays of tickets and units at once (no Python loop over tickets or
departments inside a tick).  The work done in hour t is finished *at* t: a case whose last hour
of work falls in hour t is completed with time stamp t.

Randomness: a *demand* stream (one seeded generator) draws each day's citizens - their hour,
category, region, work and urgency - so two runs with the same seed but different institutions
face the very same citizens.  Every chance a ticket meets along the way (classification, a slip,
a return request, an exception, a callback, a repeat call...) is a counter-based uniform of
(seed, ticket, event, step) from ``model/rand.py``: a ticket meets the same luck whatever the
other tickets do (common random numbers for process events too).

The steps live in mixins named after their job: ``model/intake.py`` (arrivals, routing,
co-handlers), ``model/delivery.py`` (return requests and their review, passing down),
``model/casework.py`` (hours, exceptions, whistle, decisions, deadlines) and
``model/outcomes.py`` (how a case ends: quality, the citizen's view, persuasion, the hub's
callback, detection, repeat calls).  This file holds the configuration, the tick
order, the daily and monthly updates, recording and the public API for the GUI and the command
line: :class:`Simulation` (``step``, ``run_days``, ``snapshot``, ``series``, ``daily``,
``summary``, ``set_parameter``, ``inject_shock``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from . import metrics as M  # noqa: N812 (M for metrics, read like a namespace)
from . import readout
from .assumptions import view
from .casework import Casework
from .daybook import DayBook
from .delivery import Delivery
from .flexrange import realised_range
from .intake import DIURNAL, Intake
from .mechanisms import assessment, data, dispatch, entrance
from .mechanisms.design import effective
from .mechanisms.proactive import Proactive
from .outcomes import Outcomes
from .scenario import get_path, normalize, set_path
from .structure import STREET, TIAO, WORK_HOURS, build_structure
from .tickets import DECISION, TicketStore

FLOW_KINDS = ("dispatch", "forward", "return", "escalation", "whistle")
RANGE_EVERY_DAYS = 7  # the range of realised links is recomputed weekly
LINK_DAYS = 28  # a (category, unit) link is realised if it carried lead work this long ago


class Simulation(Intake, Delivery, Casework, Outcomes):
    """A running city: build from a scenario and a seed, then ``step``."""

    def __init__(self, scenario: dict, seed: int | None = None, history_days: int = 400):
        self.scenario = normalize(scenario)
        self.seed = int(self.scenario["seed"] if seed is None else seed)
        self.a = view(self.scenario["assumptions"])
        self.st = build_structure(self.scenario)
        self._precompute_capacity()
        ss = np.random.SeedSequence(self.seed)
        self.demand_rng, proj = (np.random.default_rng(s) for s in ss.spawn(2))
        self.projects = assessment.InnovationProjects(self.st)
        self._proj_rng = proj
        self.tickets = TicketStore(1024)
        self._pending: dict[int, np.ndarray] = {}  # hour -> rows of citizens booked to call
        self._next_uid = 0
        self._deadlines_checked = -1
        self.tick = 0
        self.row = np.zeros(len(M.COLUMNS))  # this hour's counters
        st = self.st
        n, k = st.n_units, st.n_categories
        self.owed = np.zeros((n, len(M.HOUR_TYPES)))
        self.project_rate = np.zeros(n)  # governance-project hours owed per office hour
        self.project_until = np.zeros(n, dtype=np.int64)
        self.history_q = 0.4 + 0.6 * st.expertise
        self.backlog_days = np.zeros(n)
        self.fatigue = np.zeros(n)
        self.detect = np.full(n, np.nan)  # each unit's learnt chance that gaming is found out
        self.scores = assessment.Scores(st, int(self.a.assessment.score_days))
        self.proactive = Proactive(st)
        self.day = DayBook(k)
        self.lead_work = np.zeros((LINK_DAYS, k, n))  # lead work per day, ring of 28 days
        self.learn_unit = np.full((k, st.n_regions), -1)
        self.learn_count = np.zeros((k, st.n_regions), dtype=np.int64)
        self.cat_hours = np.zeros((24, k))
        self.unit_hours = np.zeros((24, n))
        self.unit_hidden = np.zeros((24, n))
        self.worked_today = np.zeros(n)
        self.shocks = [dict(s) for s in self.scenario["demand"]["shocks"]]
        self.history = M.History(history_days * 24)
        self.post = np.zeros(len(M.COLUMNS))  # sums after warm-up (summary)
        self.post_ticks = 0
        self._states = np.zeros(len(M.STATES))  # last state values, in STATES order
        self._flows_today: dict[str, list] = {f: [] for f in FLOW_KINDS}
        self.last_day_flows: dict[str, np.ndarray] = {f: np.zeros((0, 3), int) for f in FLOW_KINDS}
        self.markers: list[tuple[int, str]] = []
        self.empowered_since = -1
        self._apply_institutions()
        self._apply_demand()
        self.pressure_u = self.scores.pressure(self.inst, self.a.assessment.rank_spread)

    # ------------------------------------------------------------------ configuration
    def _apply_institutions(self) -> None:
        st, a = self.st, self.a
        inst = effective(self.scenario["mechanisms"])
        hub_seats = self.scenario["departments"][st.hub].get("seats") if st.hub >= 0 else None
        if hub_seats:  # a hub's own number of seats wins over the mechanism default
            inst = replace(inst, seats=int(hub_seats))
        self.inst = inst
        if inst.empower and self.empowered_since < 0:
            self.empowered_since = self.tick
        elif not inst.empower:
            self.empowered_since = -1
        if hasattr(self, "diurnal"):
            self._update_intake_wait()
        self._update_capabilities()
        self.access = data.access(st, inst.regime, inst.shared_asset, a.data, st.able)
        forms = a.design.forms_factor if inst.one_form else 1.0
        self.forms_week = data.forms_hours_per_week(st, self.access, forms, a.data)
        self.catalogue = dispatch.catalogue(st, inst)
        self._update_scores_static()
        # a unit's first belief about being found out is what the institutions imply: the
        # citizen refuses at the callback unless persuaded, or an audit checks the closure
        prior = inst.callback_share * (1.0 - a.persuasion.success)
        prior = prior + (1.0 - prior) * (a.design.audit_share if inst.audit else 0.0)
        self.detect = np.where(np.isnan(self.detect), prior, self.detect)
        if hasattr(self, "pressure_u"):
            self.pressure_u = self.scores.pressure(inst, a.assessment.rank_spread)
        self.weights = np.array(
            [
                self.scenario["metrics"]["flex_weights"][k]
                for k in ("mobility", "lateral", "match", "range")
            ],
            float,
        )

    def _update_capabilities(self) -> None:
        """Expertise and legal authority in force: streets empowered on enforce categories
        (赋权街道) gain the power at once and grow the expertise over time."""
        st, a = self.st, self.a.design
        self.expertise, self.authority = st.expertise, st.authority
        if self.inst.empower:
            streets = (st.level == STREET) & st.grassroots
            cell = streets[:, None] & st.enforce[None, :]
            grown = 1.0 - np.exp(-(self.tick - self.empowered_since) / (24 * a.empowerment_days))
            target = np.maximum(st.expertise, a.empowered_expertise)
            self.expertise = np.where(
                cell, st.expertise + (target - st.expertise) * grown, st.expertise
            )
            self.authority = st.authority | cell

    def _update_scores_static(self) -> None:
        st = self.st
        self.static_u = dispatch.static_scores(
            st, self.inst, self.access, self.expertise, self.authority
        )
        no_power = self.a.quality.no_power_factor  # expertise that counts without legal power
        self.eff_exp = self.expertise * np.where(st.enforce & ~self.authority, no_power, 1.0)
        best = np.zeros((st.n_categories, st.n_regions))
        cands = st.candidates
        for c in range(st.n_categories):
            e = np.where(cands >= 0, self.eff_exp[np.maximum(cands, 0), c], 0.0)
            best[c] = e.max(axis=1)
        self.best_exp = np.maximum(best, 1e-9)
        self.prof = self.expertise * self.authority

    def _precompute_capacity(self) -> None:
        """Hourly capacity per unit and the nominal totals of grassroots units and bureaus."""
        st = self.st
        self._hours_per_tick = st.capacity / (WORK_HOURS[1] - WORK_HOURS[0])
        self._grassroots = st.grassroots_idx
        self._bureaus = np.flatnonzero(st.kind == TIAO)
        self._cap_grassroots = self._hours_per_tick[self._grassroots].sum()
        self._cap_bureaus = self._hours_per_tick[self._bureaus].sum()

    def _update_intake_wait(self) -> None:
        """Erlang C wait at the hub for each hour of the day (depends on rate and seats)."""
        inst = self.inst
        rate = self.tickets_per_day * self.diurnal / 24 / max(1e-9, 1 - inst.direct_share)
        self._intake_wait = np.array(
            [entrance.erlang_c_wait_hours(r, inst.handle_hours, inst.seats) for r in rate]
        )

    def _apply_demand(self) -> None:
        d, st = self.scenario["demand"], self.st
        tpd = d.get("tickets_per_day")
        if tpd is None:
            tpd = st.population.sum() * d.get("per_10k", 1.5) / 10_000
        self.tickets_per_day = float(tpd)
        self.region_p = (
            st.population / st.population.sum()
            if st.population.sum() > 0
            else (np.full(st.n_regions, 1.0 / max(st.n_regions, 1)))
        )
        self.diurnal = DIURNAL if d.get("diurnal", True) else np.ones(24)
        self._update_intake_wait()

    def set_parameter(self, path: str, value) -> None:
        """Change any scenario field; mechanisms and demand take effect from the next tick.

        Structure changes (departments, categories) need a new Simulation.
        """
        new = normalize(set_path(self.scenario, path, value))
        top = path.split(".")[0]
        if top in ("departments", "categories"):
            raise ValueError(f"{path}: structure changes need a new simulation (rebuild)")
        self.scenario = new
        if top == "assumptions":
            self.a = view(new["assumptions"])
            if path.startswith("assumptions.structure"):
                self.st = build_structure(new)
            self._apply_institutions()
            self._apply_demand()
            self.markers.append((self.tick, path))
        elif top == "mechanisms":
            self._apply_institutions()
            self.markers.append((self.tick, path))
        elif top == "demand":
            self._apply_demand()
            self.shocks = [dict(s) for s in new["demand"]["shocks"]]
            self._rebook()
        elif top == "metrics":
            self._apply_institutions()

    def get_parameter(self, path: str):
        return get_path(self.scenario, path)

    def inject_shock(self, category: str, strength: float = 0.3, days: int = 14) -> None:
        """A demand shock from now on: the mix shifts towards ``category`` (flood, epidemic)."""
        if category not in self.st.cat_ids:
            raise ValueError(f"unknown category {category!r}")
        self.shocks.append(
            {
                "day": self.tick / 24,
                "category": category,
                "strength": float(strength),
                "days": float(days),
            }
        )
        self.markers.append((self.tick, f"shock:{category}"))
        self._rebook()

    def mix(self, day: float) -> np.ndarray:
        """Category mix on a given day, with active shocks: p <- (1 - m) p + m e_c."""
        p = self.st.share.copy()
        for s in self.shocks:
            if s["day"] <= day < s["day"] + s["days"]:
                e = np.zeros_like(p)
                e[self.st.cat_ids.index(s["category"])] = 1.0
                p = (1 - s["strength"]) * p + s["strength"] * e
        return p

    # ------------------------------------------------------------------ the tick
    def step(self, n_ticks: int = 1) -> None:
        """Advance the simulation by n hours."""
        for _ in range(int(n_ticks)):
            self._tick()

    def run_days(self, days: float) -> None:
        self.step(int(round(days * 24)))

    def _tick(self) -> None:
        t = self.tick
        self.row = np.zeros(len(M.COLUMNS))
        self.gave = None
        working = WORK_HOURS[0] <= t % 24 < WORK_HOURS[1]
        if t % 24 == 0:
            self._start_day(t)
        if working:  # at night the backlog barely moves: dispatch uses the evening's figure
            self._update_backlog()
        self._arrivals(t)
        self._deliver(t)
        self._overhead(t)
        if working:
            self._work(t)
            self._exceptions(t)
            self._decisions(t)
            self._completion(t)
            self._timeouts(t)
            self._deadlines(t)
        else:  # duty officers handle urgent cases out of hours
            self._work(t, night=True)
            self._completion(t)
        self._record(t, working)
        self.tick += 1

    def _start_day(self, t: int) -> None:
        """Daily and monthly updates: scores and ranks, governance themes, empowerment."""
        a, inst = self.a, self.inst
        day = t // 24
        self.scores.clear_day(t)
        window = int(a.assessment.score_days)
        first = int(a.assessment.first_score_day)
        if inst.assess and (day == first or (day > 0 and day % window == 0)):
            self.scores.update(inst, a.whistle.rating_weight)
            self.pressure_u = self.scores.pressure(inst, a.assessment.rank_spread)
        self.project_rate[self.project_until <= t] = 0.0  # finished governance projects
        if inst.proactive and day > 0 and day % 30 == 0:
            for bureau, gov, _c, hours in self.proactive.choose(
                self.st, t, self.access, a.proactive
            ):
                rate = hours / (30 * (WORK_HOURS[1] - WORK_HOURS[0]))
                for u in (bureau, gov):
                    if u >= 0:
                        self.project_rate[u] += rate
                        self.project_until[u] = max(self.project_until[u], t + 30 * 24)
                self.row[M.COL["proactive_launched"]] += 1
        if inst.empower:
            self._update_capabilities()
            self._update_scores_static()

    # -- recording --------------------------------------------------------------------------
    def _flow(self, kind: str, src, dst) -> None:
        """Remember today's movements between units (src may be one unit for all)."""
        if len(dst):
            self._flows_today[kind].append((src, dst))

    def _record(self, t: int, working: bool) -> None:
        st, row = self.st, self.row
        if not working and self.gave is None:
            self.cat_hours[t % 24] = 0
            self.unit_hours[t % 24] = 0
            self.unit_hidden[t % 24] = 0
        if working or t % 24 == 0:
            g = st.grassroots_idx
            self._states[1] = self.backlog_days[g].mean() if len(g) else 0.0
            self._states[4] = (self.tickets.cols["state"] == DECISION).sum()
            self._states[5] = self.projects.active
            self._states[6] = self.fatigue[g].mean() if len(g) else 0.0
        self._states[2] = self.tickets.count_open()
        row[M.COL["mobility"] :] = self._states  # states change little out of hours
        self.history.write(t, row)
        if t >= self.warmup_ticks:
            self.post += row
            self.post_ticks += 1
        if t % 24 == 23:
            self._close_day(t)

    def _close_day(self, t: int) -> None:
        """End of a day: mobility, fatigue, realised links and range, today's flows."""
        st, a = self.st, self.a
        self._states[0] = self.day.close()
        cap = np.maximum(st.capacity, 1e-9)
        overtime = np.where(st.capacity > 0, np.maximum(self.worked_today - cap, 0.0) / cap, 0.0)
        self.fatigue = assessment.fatigue_step(self.fatigue, overtime, t // 24, a.fatigue.days)
        self.worked_today[:] = 0.0
        day = t // 24
        if day < RANGE_EVERY_DAYS or day % RANGE_EVERY_DAYS == RANGE_EVERY_DAYS - 1:
            self._update_range()
        self.lead_work[(day + 1) % LINK_DAYS] = 0.0
        n = st.n_units
        for kind, parts in self._flows_today.items():
            if parts:
                dst = np.concatenate([np.asarray(d, dtype=np.int64) for _, d in parts])
                src = np.concatenate(
                    [
                        np.broadcast_to(np.asarray(s_, dtype=np.int64), np.shape(d))
                        for s_, d in parts
                    ]
                )
                ok = (src >= 0) & (dst >= 0)
                key, cnt = np.unique(src[ok] * n + dst[ok], return_counts=True)
                self.last_day_flows[kind] = np.stack([key // n, key % n, cnt], axis=1)
            else:
                self.last_day_flows[kind] = np.zeros((0, 3), int)
            parts.clear()

    def _update_range(self) -> None:
        """Range of the realised links of the last 28 days, with the capacity that yesterday's
        hidden work left for casework (overtime is no flexibility space)."""
        links = self.lead_work.sum(axis=0) > 0  # [K, N]
        spare = self.st.capacity - self.unit_hidden.sum(axis=0)
        self._states[3] = realised_range(self.st, links, spare)

    @property
    def warmup_ticks(self) -> int:
        return int(self.scenario["run"]["warmup_days"] * 24)

    # ------------------------------------------------------------------ reading out
    def snapshot(self) -> dict:
        """Live outputs (last 24 h and 7 days), per-unit load and the last day's flows."""
        return readout.snapshot(self)

    def daily(self, days_window: int = 1):
        """(day numbers, {output: array}) for every complete day kept in the history."""
        return readout.daily(self, days_window)

    def series(self, window: int = 24, every: int = 6, since: int = -1):
        """Rolling-window outputs every ``every`` hours after tick ``since`` (live charts)."""
        return readout.series(self, window, every, since)

    def summary(self) -> dict:
        """Run summary over everything after the warm-up (spec §9 keys and more)."""
        return readout.summary(self)

    def run(self, days: float | None = None) -> dict:
        """Run the scenario's length (or ``days``) from now and return the summary."""
        self.run_days(self.scenario["run"]["days"] if days is None else days)
        return self.summary()
