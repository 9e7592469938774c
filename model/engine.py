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
callback, detection, repeat calls) and ``model/configuration.py`` (what the institutions in
force imply: data access, catalogue, dispatch scores, capabilities, pressure).  A simulation is
a batch of one or more runs of one city side by side (``model/lanes.py``).  This file holds the
tick order, the daily and monthly updates, recording and the public API for the GUI and the
command line: :class:`Simulation` (``step``, ``run_days``, ``snapshot``, ``series``,
``daily``, ``summary``, ``summaries``, ``lane``, ``set_parameter``, ``inject_shock``).
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812 (M for metrics, read like a namespace)
from . import readout
from .assumptions import view
from .casework import Casework
from .configuration import Configuration
from .daybook import DayBook
from .delivery import Delivery
from .flexrange import realised_range
from .intake import Intake
from .lanes import LaneView, check_shared
from .mechanisms import assessment
from .mechanisms.proactive import Proactive
from .outcomes import Outcomes
from .scenario import get_path, normalize, set_path
from .structure import WORK_HOURS
from .tickets import DECISION, TicketStore

FLOW_KINDS = ("dispatch", "forward", "return", "escalation", "whistle")
RANGE_EVERY_DAYS = 7  # the range of realised links is recomputed weekly
LINK_DAYS = 28  # a (category, unit) link is realised if it carried lead work in these days
INITIAL_ROWS = 256  # ticket rows per run at the start (the store doubles when it must)


class Simulation(Configuration, Intake, Delivery, Casework, Outcomes):
    """A running city: build from a scenario and a seed, then ``step``.

    With ``seeds`` it is a *batch*: one run per seed, advanced together (``model/lanes.py``);
    with ``scenarios`` too, run r is ``scenarios[r]`` on ``seeds[r]`` - configurations of the
    same city that differ in mechanisms, metrics or assumptions.  ``lane(r)`` reads run r.  A
    single run is a batch of one.
    """

    def __init__(
        self,
        scenario: dict,
        seed: int | None = None,
        history_days: int = 400,
        seeds: list[int] | None = None,
        scenarios: list[dict] | None = None,
        normalized: bool = False,
    ):
        self.scenario = normalize(scenario)
        if seeds is None:
            seeds = [self.scenario["seed"] if seed is None else seed]
        self.seeds = np.array([int(s) for s in seeds], dtype=np.int64)
        self.seed = int(self.seeds[0])
        self.R = lanes = len(self.seeds)
        if scenarios is None:
            self.lane_scenarios = [self.scenario] * lanes
        else:
            if len(scenarios) != lanes:
                raise ValueError(f"{len(scenarios)} scenarios for {lanes} seeds")
            # scenarios that come from model.experiment.configure are normalised already
            self.lane_scenarios = scenarios if normalized else [normalize(s) for s in scenarios]
            check_shared(self.lane_scenarios)
            self.scenario = self.lane_scenarios[0]
        self.lane_a = [view(sc["assumptions"]) for sc in self.lane_scenarios]
        self.a = self.lane_a[0]
        self._build_structure()
        streams = [np.random.SeedSequence(int(s)).spawn(2) for s in self.seeds]
        self.demand_rngs = [np.random.default_rng(d) for d, _ in streams]
        self._proj_rngs = [np.random.default_rng(p) for _, p in streams]
        self.projects = [assessment.InnovationProjects(self.st0) for _ in range(lanes)]
        self.tickets = TicketStore(INITIAL_ROWS, lanes)
        self._pending: dict[int, np.ndarray] = {}  # hour -> rows of citizens booked to call
        self._next_uid = np.zeros(lanes, dtype=np.int64)
        self._deadlines_checked = -1
        self.tick = 0
        self.row = np.zeros((lanes, len(M.COLUMNS)))  # this hour's counters, per lane
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
        self.proactive = Proactive(self.st0, lanes)
        self.day = DayBook(k, lanes)
        self.led = np.zeros((LINK_DAYS, k, n), bool)  # (category, unit) led work, by day (ring)
        self.learn_unit = np.full((k, st.n_regions), -1)
        self.learn_count = np.zeros((k, st.n_regions), dtype=np.int64)
        self.unit_hours = np.zeros((24, n))
        self.unit_hidden = np.zeros((24, n))
        self.worked_today = np.zeros(n)
        self._innov_week = np.zeros(self.st.n_regions)  # streets' project hours a week
        self._innov_any = False
        self.shocks = [dict(s) for s in self.scenario["demand"]["shocks"]]
        self.histories = M.History(history_days * 24, lanes)
        self.history = self.histories.lane(0)  # the (first) run's hourly rows
        self.post = np.zeros((lanes, len(M.COLUMNS)))  # sums after warm-up (summary)
        self.post_ticks = 0
        self._states = np.zeros((lanes, len(M.STATES)))  # last state values, in STATES order
        self._track_flows = lanes == 1  # the flows between units are shown for single runs
        self._flows_today: dict[str, list] = {f: [] for f in FLOW_KINDS}
        self.last_day_flows: dict[str, np.ndarray] = {f: np.zeros((0, 3), int) for f in FLOW_KINDS}
        self.markers: list[tuple[int, str]] = []
        self.empowered_since = np.full(lanes, -1, dtype=np.int64)
        self._apply_institutions()
        self._apply_demand()
        self._update_pressure()

    # ------------------------------------------------------------------ live changes
    def set_parameter(self, path: str, value) -> None:
        """Change any scenario field; mechanisms and demand take effect from the next tick.

        Structure changes (departments, categories) need a new Simulation.
        """
        if self.R > 1:
            raise ValueError("a batch of runs keeps its configurations: build a new batch")
        new = normalize(set_path(self.scenario, path, value))
        top = path.split(".")[0]
        if top in ("departments", "categories"):
            raise ValueError(f"{path}: structure changes need a new simulation (rebuild)")
        self.scenario = new
        self.lane_scenarios = [new]
        if top == "assumptions":
            self.a = view(new["assumptions"])
            self.lane_a = [self.a]
            if path.startswith("assumptions.structure"):
                self._build_structure()
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
        if category not in self.st0.cat_ids:
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
        p = self.st0.share.copy()
        for s in self.shocks:
            if s["day"] <= day < s["day"] + s["days"]:
                e = np.zeros_like(p)
                e[self.st0.cat_ids.index(s["category"])] = 1.0
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
        self.row = np.zeros((self.R, len(M.COLUMNS)))
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
        day = t // 24
        self.scores.clear_day(t)
        n, scored = self.st0.n_units, False
        for r, (a, inst) in enumerate(zip(self.lane_a, self.config.insts, strict=True)):
            window = int(a.assessment.score_days)
            first = int(a.assessment.first_score_day)
            if inst.assess and (day == first or (day > 0 and day % window == 0)):
                units = slice(0, None) if self.config.uniform else slice(r * n, (r + 1) * n)
                self.scores.update(inst, a.whistle.rating_weight, units)
                scored = True
            if self.config.uniform:
                break  # one update scores every run alike
        if scored:
            self._update_pressure()
        self.project_rate[self.project_until <= t] = 0.0  # finished governance projects
        proactive = [r for r, i in enumerate(self.config.insts) if i.proactive]
        if proactive and day > 0 and day % 30 == 0:
            for lane, bureau, gov, _c, hours in self.proactive.choose(
                self.st,
                t,
                self.access,
                [self.lane_a[r].proactive for r in range(self.R)],
                proactive,
            ):
                rate = hours / (30 * (WORK_HOURS[1] - WORK_HOURS[0]))
                for u in (bureau, gov):
                    if u >= 0:
                        self.project_rate[u] += rate
                        self.project_until[u] = max(self.project_until[u], t + 30 * 24)
                self.row[lane, M.COL["proactive_launched"]] += 1
        if any(i.empower for i in self.config.insts):
            self._update_capabilities()
            self._update_scores_static()

    # -- recording --------------------------------------------------------------------------
    def _flow(self, kind: str, src, dst) -> None:
        """Remember today's movements between units (src may be one unit for all); kept for
        single runs, whose flows the workbench draws."""
        if self._track_flows and len(dst):
            self._flows_today[kind].append((src, dst))

    def _add(self, name: str, i, weights=None, scale: float = 1.0) -> None:
        """Add to this hour's counter ``name`` of each lane: the number of tickets ``i`` (times
        ``scale``), or the sum of ``weights`` over them, taken in ticket order."""
        col = M.COL[name]
        if weights is None and self.R == 1:
            self.row[0, col] += len(i) * scale
            return
        lane = self.tickets.lane(i)
        if weights is None:
            self.row[:, col] += np.bincount(lane, minlength=self.R) * scale
        else:
            self.row[:, col] += np.bincount(lane, weights=weights, minlength=self.R)

    def _add_counts(self, i, masks: dict[str, np.ndarray]) -> None:
        """Add to each counter the number of tickets ``i`` for which its mask holds (one pass
        for many counters)."""
        if self.R == 1:
            self.row[0, [M.COL[name] for name in masks]] += np.stack(list(masks.values())).sum(1)
        else:  # counts: exact in any order
            self._add_sums(i, masks)

    def _add_sums(self, i, sums: dict[str, np.ndarray]) -> None:
        """Add to each counter the sum of its values over the tickets ``i`` of each lane, in
        ticket order (one ``bincount`` per counter)."""
        lane = self.tickets.lane(i)
        for name, values in sums.items():  # each lane's sum in ticket order
            self.row[:, M.COL[name]] += np.bincount(lane, values, minlength=self.R)

    def _lane_sum(self, units: np.ndarray, values: np.ndarray) -> np.ndarray:
        """[R, ...] the sum of per-unit ``values`` over the given units (of one lane's
        numbering) in every lane, added in unit order."""
        if not len(units):
            return np.zeros((self.R, *values.shape[1:]))
        n = self.st0.n_units
        rows = units[None, :] + n * np.arange(self.R)[:, None]  # [R, units]
        return values[rows].cumsum(axis=1)[:, -1]  # a running sum: one term after the other

    def _record(self, t: int, working: bool) -> None:
        row = self.row
        if not working and self.gave is None:
            self.unit_hours[t % 24] = 0
            self.unit_hidden[t % 24] = 0
        if working or t % 24 == 0:
            g = self._grassroots
            if len(g):
                self._states[:, 1] = self._lane_sum(g, self.backlog_days) / len(g)
                self._states[:, 6] = self._lane_sum(g, self.fatigue) / len(g)
            self._states[:, 4] = self.tickets.count_lanes(DECISION)
            self._states[:, 5] = [p.active for p in self.projects]
        self._states[:, 2] = self.tickets.count_open_lanes()
        row[:, M.COL["mobility"] :] = self._states  # states change little out of hours
        self.histories.write(t, row)
        if t >= self.warmup_ticks:
            self.post += row
            self.post_ticks += 1
        if t % 24 == 23:
            self._close_day(t)

    def _close_day(self, t: int) -> None:
        """End of a day: mobility, fatigue, realised links and range, today's flows."""
        st = self.st
        self._states[:, 0] = self.day.close()
        cap = np.maximum(st.capacity, 1e-9)
        overtime = np.where(st.capacity > 0, np.maximum(self.worked_today - cap, 0.0) / cap, 0.0)
        memory = self._A("fatigue", self._of_units()).days
        self.fatigue = assessment.fatigue_step(self.fatigue, overtime, t // 24, memory)
        self.worked_today[:] = 0.0
        day = t // 24
        if day < RANGE_EVERY_DAYS or day % RANGE_EVERY_DAYS == RANGE_EVERY_DAYS - 1:
            self._update_range()
        self.led[(day + 1) % LINK_DAYS] = False
        if self._track_flows:
            self._close_flows()

    def _close_flows(self) -> None:
        """Today's flows between units, counted per (source, destination) pair."""
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

    def _update_range(self) -> None:
        """Range of the realised links of the last 28 days, with the capacity that yesterday's
        hidden work left for casework (overtime is no flexibility space)."""
        links = self.led.any(axis=0)  # [K, R x N]
        spare = self.st.capacity - self.unit_hidden.sum(axis=0)
        n = self.st0.n_units
        for r in range(self.R):
            units = slice(r * n, (r + 1) * n)
            self._states[r, 3] = realised_range(self.st0, links[:, units], spare[units])

    @property
    def warmup_ticks(self) -> int:
        return int(self.scenario["run"]["warmup_days"] * 24)

    # ------------------------------------------------------------------ reading out
    def lane(self, r: int = 0) -> LaneView:
        """Run r of the batch, as the read-out sees it."""
        return LaneView(self, r)

    def snapshot(self) -> dict:
        """Live outputs (last 24 h and 7 days), per-unit load and the last day's flows."""
        return readout.snapshot(self.lane(0))

    def daily(self, days_window: int = 1):
        """(day numbers, {output: array}) for every complete day kept in the history."""
        return readout.daily(self.lane(0), days_window)

    def series(self, window: int = 24, every: int = 6, since: int = -1):
        """Rolling-window outputs every ``every`` hours after tick ``since`` (live charts)."""
        return readout.series(self.lane(0), window, every, since)

    def summary(self) -> dict:
        """Run summary over everything after the warm-up (spec §9 keys and more)."""
        return readout.summary(self.lane(0))

    def summaries(self) -> list[dict]:
        """The summary of every run of the batch, in the order of ``seeds``."""
        return [readout.summary(self.lane(r)) for r in range(self.R)]

    def run(self, days: float | None = None) -> dict:
        """Run the scenario's length (or ``days``) from now and return the summary."""
        self.run_days(self.scenario["run"]["days"] if days is None else days)
        return self.summary()
