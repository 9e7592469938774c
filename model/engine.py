"""The simulation: one hour per tick, in the order of the spec.

    arrivals -> route (classify, dispatch) -> deliver (returns) -> overhead -> work
             -> exceptions (whistle, escalation) -> decisions -> completion -> deadlines -> record

Every step works on whole arrays of tickets and units at once (no Python loop over tickets or
departments inside a tick).  Randomness comes from one seeded ``SeedSequence``: a *demand* stream
draws each ticket and the uniforms that decide its fate at creation, a *process* stream draws
events along the way.  Two runs with the same seed but different institutions therefore face the
very same citizens (common random numbers), so their difference is the institutions' doing.

The steps live in two mixins named after their job: ``model/intake.py`` (arrivals, routing,
delivery, returns, co-handlers) and ``model/casework.py`` (hours, exceptions, decisions,
outcomes).  This file holds the configuration, the tick order, recording and the public API
for the GUI and the command line: :class:`Simulation` (``step``, ``run_days``, ``snapshot``,
``series``, ``daily``, ``summary``, ``set_parameter``, ``inject_shock``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from . import metrics as M  # noqa: N812 (M for metrics, read like a namespace)
from . import readout
from .casework import Casework
from .flexrange import structural_range
from .intake import DIURNAL, Intake
from .mechanisms import assessment, data, dispatch, entrance
from .mechanisms.design import effective
from .scenario import get_path, normalize, set_path
from .structure import TIAO, WORK_HOURS, build_structure
from .tickets import DECISION, TicketStore

FLOW_KINDS = ("dispatch", "forward", "return", "escalation", "whistle")
RANGE_EVERY_DAYS = 7  # structural range is recomputed weekly (and when institutions change)


class Simulation(Intake, Casework):
    """A running city: build from a scenario and a seed, then ``step``."""

    def __init__(self, scenario: dict, seed: int | None = None, history_days: int = 400):
        self.scenario = normalize(scenario)
        self.seed = int(self.scenario["seed"] if seed is None else seed)
        self.st = build_structure(self.scenario)
        self._precompute_capacity()
        ss = np.random.SeedSequence(self.seed)
        self.demand_rng, self.rng, proj = (np.random.default_rng(s) for s in ss.spawn(3))
        self.projects = assessment.InnovationProjects(self.st)
        self._proj_rng = proj
        self.tickets = TicketStore(1024)
        self._pending: dict[int, np.ndarray] = {}  # hour -> rows of citizens booked to call
        self._deadlines_checked = -1
        self.tick = 0
        n, k = self.st.n_units, self.st.n_categories
        self.owed = np.zeros((n, 6))
        self.history_q = np.tile(0.4 + 0.6 * self.st.expertise, 1)
        self.backlog_days = np.zeros(n)
        self.cat_hours = np.zeros((24, k))
        self.unit_hours = np.zeros((24, n))
        self.unit_hidden = np.zeros((24, n))
        self.shocks = [dict(s) for s in self.scenario["demand"]["shocks"]]
        self.history = M.History(history_days * 24)
        self.post = np.zeros(len(M.COLUMNS))  # sums after warm-up (summary)
        self.post_ticks = 0
        self._states = np.zeros(len(M.STATES))  # last state values, in STATES order
        self._flows_today: dict[str, list] = {f: [] for f in FLOW_KINDS}
        self.last_day_flows: dict[str, np.ndarray] = {f: np.zeros((0, 3), int) for f in FLOW_KINDS}
        self.markers: list[tuple[int, str]] = []
        self._apply_institutions()
        self._apply_demand()

    # ------------------------------------------------------------------ configuration
    def _apply_institutions(self) -> None:
        st = self.st
        inst = effective(self.scenario["mechanisms"])
        hub_seats = self.scenario["departments"][st.hub].get("seats") if st.hub >= 0 else None
        if hub_seats:  # a hub's own number of seats wins over the mechanism default
            inst = replace(inst, seats=int(hub_seats))
        self.inst = inst
        if hasattr(self, "diurnal"):
            self._update_intake_wait()
        self.access = data.access(st, inst.regime, inst.shared_asset)
        self.forms_week = data.forms_hours_per_week(st, self.access, inst.forms_factor)
        self._update_range()
        self.catalogue = dispatch.catalogue(st, inst)
        self.static_u = dispatch.static_scores(st, inst, self.access)
        self.eff_exp = st.expertise * np.where(st.enforce & ~st.authority, 0.5, 1.0)
        best = np.zeros((st.n_categories, st.n_regions))
        cands = st.candidates
        for c in range(st.n_categories):
            e = np.where(cands >= 0, self.eff_exp[np.maximum(cands, 0), c], 0.0)
            best[c] = e.max(axis=1)
        self.best_exp = np.maximum(best, 1e-9)
        self.prof = st.expertise * st.authority
        self.weights = np.array(
            [
                self.scenario["metrics"]["flex_weights"][k]
                for k in ("mobility", "lateral", "match", "range")
            ],
            float,
        )

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

    def _update_range(self) -> None:
        """Structural range with the capacity that yesterday's hidden work left for casework."""
        hidden = self.unit_hidden.sum(axis=0) if hasattr(self, "unit_hidden") else 0.0
        spare = self.st.capacity - hidden  # overtime is no flexibility space
        self.range = structural_range(self.st, self.inst, self.access, spare)

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
        if top == "mechanisms":
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

    # -- delivery, returns, start of work ------------------------------------------------

    # -- exceptions, decisions, completion ---------------------------------------------------

    # -- recording --------------------------------------------------------------------------
    def _flow(self, kind: str, src, dst) -> None:
        """Remember today's movements between units (src may be one unit for all)."""
        if len(dst):
            self._flows_today[kind].append((src, dst))

    def _record(self, t: int, working: bool) -> None:
        st, c, col, row = self.st, self.tickets.cols, M.COL, self.row
        if not working and self.gave is None:
            self.cat_hours[t % 24] = 0
            self.unit_hours[t % 24] = 0
            self.unit_hidden[t % 24] = 0
        if working or t % 24 == 0:
            need = self.mix(t / 24)
            applied = self.cat_hours.sum(axis=0)
            if applied.sum() > 0:
                self._states[0] = 0.5 * np.abs(need - applied / applied.sum()).sum()
            g = st.grassroots_idx
            self._states[1] = self.backlog_days[g].mean() if len(g) else 0.0
            self._states[3] = self.range
            self._states[4] = (c["state"] == DECISION).sum()
            self._states[5] = self.projects.active
        self._states[2] = self.tickets.count_open()
        row[col["mismatch"] :] = self._states  # states change little out of hours
        self.history.write(t, row)
        if t >= self.warmup_ticks:
            self.post += row
            self.post_ticks += 1
        if t % 24 == 23:
            self._close_day()
            if (t // 24) % RANGE_EVERY_DAYS == RANGE_EVERY_DAYS - 1:
                self._update_range()

    def _close_day(self) -> None:
        n = self.st.n_units
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
