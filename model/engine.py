"""The simulation: one hour per tick, in the order of the spec.

    arrivals -> route (classify, dispatch) -> deliver (returns) -> overhead -> work
             -> exceptions (whistle, escalation) -> decisions -> completion -> deadlines -> record

Every step works on whole arrays of tickets and units at once (no Python loop over tickets or
departments inside a tick).  Randomness comes from one seeded ``SeedSequence``: a *demand* stream
draws each ticket and the uniforms that decide its fate at creation, a *process* stream draws
events along the way.  Two runs with the same seed but different institutions therefore face the
very same citizens (common random numbers), so their difference is the institutions' doing.

Public API for the GUI and the command line: :class:`Simulation` (``step``, ``run_days``,
``snapshot``, ``daily``, ``summary``, ``set_parameter``, ``inject_shock``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from . import metrics as M  # noqa: N812 (M for metrics, read like a namespace)
from . import readout
from .flexrange import structural_range
from .mechanisms import assessment, data, dispatch, entrance, escalation, interface
from .mechanisms.design import effective
from .scenario import get_path, normalize, set_path
from .structure import TIAO, WORK_HOURS, build_structure
from .tickets import DECISION, PENDING, PROCESS, TRANSIT, UNIFORMS, TicketStore

DEADLINE_HOURS = np.array([2, 24, 7 * 24, 15 * 24])  # urgent, utilities, general, complex (S)
URGENCY_MIX = np.array([0.03, 0.12, 0.70, 0.15])
DIURNAL = np.array(
    [
        0.2,
        0.1,
        0.1,
        0.1,
        0.1,
        0.2,
        0.5,
        1.0,
        1.6,
        1.9,
        1.9,
        1.8,
        1.5,
        1.6,
        1.7,
        1.7,
        1.6,
        1.4,
        1.2,
        1.0,
        0.9,
        0.7,
        0.5,
        0.3,
    ]
)
DIURNAL = DIURNAL / DIURNAL.mean()
EXTRA_MEAN = 0.25  # Poisson mean of extra departments a ticket needs
HISTORY_RATE = 0.05  # EWMA step of a unit's resolution quality per category
DIRECT, COORD, REWORK, REPORT, INNOV, ESCAL = range(6)
RANGE_EVERY_DAYS = 7  # structural range is recomputed weekly (and when institutions change)
NIGHT_DUTY = 0.25  # share of an office hour's capacity on duty at night
NIGHT_CLASSES = 1  # urgency classes worked at night: urgent (2 h) and utilities (24 h)
QUALITY_BASE = 0.6  # quality of a case handled with no expertise at all (P)
FATIGUE_FROM = 0.9  # utilisation above which quality suffers (burnout band)
FLOW_KINDS = ("dispatch", "forward", "return", "escalation", "whistle")


class Simulation:
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

    # -- arrivals and routing ----------------------------------------------------------
    def _book(self, t0: int, t1: int) -> None:
        """Draw the citizens who will call in hours [t0, t1) (one batch, booked as PENDING).

        Drawing a day at once keeps the demand stream independent of the institutions (common
        random numbers) and costs a handful of numpy calls a day instead of dozens an hour.
        """
        st, rng = self.st, self.demand_rng
        hours = np.arange(t0, t1)
        lam = self.tickets_per_day * self.diurnal[hours % 24] / 24.0
        per_hour = rng.poisson(lam)
        n = int(per_hour.sum())
        if n == 0:
            return
        created = np.repeat(hours, per_hour)
        k = st.n_categories
        mix = np.array([self.mix(h / 24) for h in hours])  # [H, K]
        cum = np.cumsum(mix, axis=1)[np.repeat(np.arange(len(hours)), per_hour)]
        cat = np.minimum((rng.random(n)[:, None] > cum).sum(axis=1), k - 1).astype(np.int16)
        region = rng.choice(st.n_regions, size=n, p=self.region_p).astype(np.int32)
        kappa = rng.lognormal(np.log(2.0), 0.8, n)
        nu = rng.beta(2, 5, n)
        urg = rng.choice(4, size=n, p=URGENCY_MIX)
        n_extra = np.minimum(rng.poisson(EXTRA_MEAN, n), 2)
        ex = (cat[:, None] + 1 + (rng.random((n, 2)) * (k - 1)).astype(int)) % k
        u = rng.random((n, len(UNIFORMS))).astype(np.float32)
        i = self.tickets.alloc(n)
        c = self.tickets.cols
        extra1 = np.where(n_extra >= 1, ex[:, 0], -1)
        extra2 = np.where((n_extra >= 2) & (ex[:, 1] != ex[:, 0]), ex[:, 1], -1)
        values = {
            "cat": cat,
            "cls": cat,
            "region": region,
            "kappa": kappa,
            "work": kappa,
            "nu": nu,
            "urg": urg,
            "extra1": extra1,
            "extra2": extra2,
            "n_extra": (extra1 >= 0).astype(int) + (extra2 >= 0),
            "created": created,
            "deadline": created + DEADLINE_HOURS[urg],
            "ready": created,
            "hops": 0,
            "returns": 0,
            "escalations": 0,
            "noauth": False,
            "co_missing": False,
            "co_done": False,
            "whistled": False,
            "reassigned": False,
            "co1": -1,
            "co2": -1,
            "wait": 0.0,
            "cross": 1.0,
            "dec": 0.0,
            "state": PENDING,
        }
        for name, v in values.items():
            c[name][i] = v
        for j, name in enumerate(UNIFORMS):
            c[name][i] = u[:, j]
        bounds = np.r_[0, np.cumsum(per_hour)]
        for h, a, b in zip(hours, bounds[:-1], bounds[1:], strict=True):
            if b > a:
                self._pending[int(h)] = i[a:b]

    def _rebook(self) -> None:
        """Demand changed mid-day (live shock, new rate): redraw the rest of today."""
        t = self.tick
        later = [h for h in self._pending if h >= t]
        for h in later:
            self.tickets.free(self._pending.pop(h))
        self._book(t, (t // 24 + 1) * 24)

    def _arrivals(self, t: int) -> None:
        """Booked citizens call in: count them, then route them (hub, or on their own)."""
        if t % 24 == 0:
            self._book(t, (t // 24 + 1) * 24)
        i = self._pending.pop(t, None)
        n = 0 if i is None else len(i)
        self.row[M.COL["created"]] += n
        inst = self.inst
        if inst.intake:
            contacts = entrance.raw_contacts(n, inst.direct_share)
            self.row[M.COL["contacts"]] += contacts
            self.row[M.COL["hub_hours"]] += contacts * inst.handle_hours
        if n == 0:
            return
        self.tickets.cols["state"][i] = TRANSIT
        if inst.intake:
            self._route_platform(i, n, t)
        else:
            self._route_citizen(i, t)

    def _route_platform(self, i, n, t) -> None:
        """Hub classification and dispatch (manual catalogue or algorithm)."""
        st, inst, c = self.st, self.inst, self.tickets.cols
        acc = (
            interface.accuracy(inst.granularity) if inst.interface else interface.FREE_TEXT_ACCURACY
        )
        covered = c["u_cov"][i] < inst.coverage
        acc = np.where(covered, inst.algorithm_accuracy, acc)
        cls = interface.classify(c["cat"][i], c["u_acc"][i], c["u_side"][i], acc, st.n_categories)
        c["cls"][i] = cls
        region = c["region"][i]
        holder = self.catalogue[cls, region]
        wrong = c["u_man"][i] >= np.where(covered, inst.algorithm_accuracy, inst.manual_accuracy)
        if covered.any():
            holder[covered] = self._best(cls[covered], region[covered])
        if wrong.any():  # a plausible slip: the runner-up for the category, not the listed unit
            holder[wrong] = self._best(cls[wrong], region[wrong], exclude=holder[wrong])
        rnd = dispatch.random_candidate(st, region, c["u_pick"][i])
        holder = np.where(holder < 0, rnd, holder)
        c["holder"][i] = holder
        c["first_holder"][i] = holder
        c["at"][i] = holder
        hours = dispatch.OPERATOR_HOURS * (~covered).sum()
        self.row[M.COL["hub_hours"]] += hours
        wait = self._intake_wait[t % 24]
        c["wait"][i] = wait % 1.0
        c["ready"][i] = t + int(wait)
        self._count_dispatch(holder)
        self._flow("dispatch", st.hub, holder)

    def _route_citizen(self, i, t) -> None:
        """M0: the citizen picks an office; wrong ones forward along the hierarchy."""
        st, c = self.st, self.tickets.cols
        cat, region = c["cat"][i], c["region"][i]
        c["cls"][i] = cat
        right = self.catalogue[cat, region]
        pick = dispatch.random_candidate(st, region, c["u_pick"][i])
        wrong = (c["u_man"][i] >= dispatch.CITIZEN_RIGHT) & (pick != right)
        hops = np.where(wrong, np.maximum(st.tree_distance(pick, right), 1), 0)
        c["hops"][i] = hops
        c["returns"][i] = wrong
        c["holder"][i] = right
        c["first_holder"][i] = np.where(wrong, pick, right)
        c["at"][i] = right
        c["ready"][i] = t + dispatch.HOP_HOURS * hops
        np.add.at(self.owed[:, COORD], pick[wrong], dispatch.HOP_WORK * hops[wrong])
        self.row[M.COL["hops"]] += hops.sum()
        self.row[M.COL["returns"]] += wrong.sum()  # the wrong office declines (推诿)
        self._flow("forward", pick[wrong], right[wrong])
        self._count_dispatch(right)
        lost = c["u_cov"][i] > (1 - dispatch.HOP_LOSS) ** hops
        if lost.any():
            self._finish(i[lost], t, "lost")

    def _best(self, cat, region, exclude=None) -> np.ndarray:
        """The top-scoring unit for each ticket (M3 score; -1 where no unit may lead)."""
        cands, u = dispatch.scores(
            self.st,
            self.static_u,
            self.backlog_days,
            self.history_q,
            self.inst.weights,
            cat,
            region,
            exclude,
        )
        return dispatch.best(cands, u)

    def _count_dispatch(self, holder) -> None:
        self.row[M.COL["dispatched"]] += len(holder)
        self.row[M.COL["dispatched_kuai"]] += self.st.grassroots[holder].sum()

    # -- delivery, returns, start of work ------------------------------------------------
    def _deliver(self, t: int) -> None:
        st, inst, c = self.st, self.inst, self.tickets.cols
        i = np.flatnonzero((c["state"] == TRANSIT) & (c["ready"] <= t))
        if not len(i):
            return
        if inst.intake:
            holder, cat, region = c["holder"][i], c["cat"][i], c["region"][i]
            elig = dispatch.return_eligible(st, inst, holder, cat, region)
            if inst.arbitration:
                elig &= c["returns"][i] == 0
            u = np.where(c["returns"][i] == 0, c["u_ret"][i], self.rng.random(len(i)))
            back = elig & (u < dispatch.return_probability(inst)) & (c["returns"][i] < 3)
            if back.any():
                self._return(i[back], t)
                i = i[~back]
        self._start(i)

    def _return(self, i, t) -> None:
        """退单: the holder sends the ticket back; the hub re-dispatches it."""
        st, inst, c = self.st, self.inst, self.tickets.cols
        old = c["holder"][i]
        c["returns"][i] += 1
        c["cls"][i] = c["cat"][i]  # the returning unit explains what the case really is
        np.add.at(self.owed[:, COORD], old, dispatch.RETURN_WORK)
        self.row[M.COL["hub_hours"]] += dispatch.RETURN_WORK * len(i)
        self.row[M.COL["returns"]] += len(i)
        self._flow("return", old, np.full(len(i), st.hub))
        cat, region = c["cat"][i], c["region"][i]
        new = self._best(cat, region, exclude=old)
        down = dispatch.push_down(st, inst, cat, self.rng.random(len(i)))
        new = np.where(down | (new < 0), st.region_unit[region], new)
        c["holder"][i] = new
        c["at"][i] = new
        c["ready"][i] = t + int(round(inst.return_delay))
        self._flow("dispatch", st.hub, new)

    def _start(self, i) -> None:
        """A delivered ticket enters its holder's queue; co-handlers join if the platform can."""
        if not len(i):
            return
        st, inst, c = self.st, self.inst, self.tickets.cols
        holder, cat = c["holder"][i], c["cat"][i]
        s = self.access[holder, cat]
        c["work"][i] = c["kappa"][i] / (0.6 + 0.4 * s)
        c["noauth"][i] = st.enforce[cat] & ~st.authority[holder, cat]
        c["state"][i] = PROCESS
        c["at"][i] = holder
        multi = (c["n_extra"][i] > 0) & (c["co1"][i] < 0) & ~c["co_done"][i]
        if inst.mode == "algorithmic":
            self._assign_co(i[multi])
        else:
            c["co_missing"][i[multi]] = True

    def _assign_co(self, i) -> None:
        """Choose co-handlers (协办) for the extra categories by the dispatch score."""
        if not len(i):
            return
        st, inst, c = self.st, self.inst, self.tickets.cols
        ex = np.concatenate([c["extra1"][i], c["extra2"][i]])
        pos = np.tile(np.arange(len(i)), 2)
        slot = np.repeat([0, 1], len(i))
        has = ex >= 0
        ex, pos, slot = ex[has], pos[has], slot[has]
        holder = c["holder"][i][pos]
        co = self._best(ex, c["region"][i][pos], exclude=holder)
        ok = co >= 0
        pos, slot, co, holder = pos[ok], slot[ok], co[ok], holder[ok]
        c["co1"][i[pos[slot == 0]]] = co[slot == 0]
        c["co2"][i[pos[slot == 1]]] = co[slot == 1]
        cross = data.cross_access(st, inst.regime, inst.shared_asset, holder, co)
        n = st.n_units
        coord = np.bincount(holder, 1.0 - cross, n) + np.bincount(co, 1.0 - cross, n)
        self.owed[:, COORD] += coord
        self.owed[:, DIRECT] += np.bincount(co, 0.5 * c["kappa"][i[pos]], n)
        n_co = np.bincount(pos, minlength=len(i))
        cross_sum = np.bincount(pos, cross, len(i))
        got = n_co > 0
        c["cross"][i] = np.where(got, cross_sum / np.maximum(n_co, 1), 1.0)
        c["co_done"][i] = got
        c["co_missing"][i] = ~got
        self._flow("dispatch", st.hub, co)

    # -- overhead and work ---------------------------------------------------------------
    def _overhead(self, t: int) -> None:
        """Form-filling, reporting and innovation projects accrue as hours owed."""
        if t % 24 == 0:
            self.projects.step(t, self.inst, self._proj_rng, hours=24)
        if not WORK_HOURS[0] <= t % 24 < WORK_HOURS[1]:
            return
        per_hour = 1.0 / assessment.WORK_HOURS_PER_WEEK
        self.owed[:, REPORT] += self.forms_week * per_hour
        if self.projects.active:
            self.owed[self.st.region_unit, INNOV] += (
                self.projects.street_hours_per_week() * per_hour
            )

    def _update_backlog(self) -> None:
        c, n = self.tickets.cols, self.st.n_units
        active = c["state"] == PROCESS
        out = np.bincount(c["at"][active], weights=c["work"][active], minlength=n)
        self.backlog_days = (out + self.owed.sum(axis=1)) / np.maximum(self.st.capacity, 1e-9)

    def _work(self, t: int, night: bool = False) -> None:
        """Each unit spends this hour: owed overhead first, then its tickets (weighted sharing).

        Out of office hours a duty officer (20 % of an hour's capacity) works urgent and
        utilities cases only.
        """
        st, inst, c = self.st, self.inst, self.tickets.cols
        hours_per_tick = self._hours_per_tick
        if night:
            i = np.flatnonzero((c["state"] == PROCESS) & (c["urg"] <= NIGHT_CLASSES))
            if not len(i):
                self.gave = None
                return
            left = NIGHT_DUTY * hours_per_tick
            by_type = np.zeros_like(self.owed)
        else:
            avail = hours_per_tick * assessment.stretch(inst)
            owed_total = self.owed.sum(axis=1)
            spend = np.minimum(owed_total, avail)
            frac = np.divide(spend, owed_total, out=np.zeros_like(spend), where=owed_total > 0)
            by_type = self.owed * frac[:, None]
            self.owed -= by_type
            left = avail - spend
            i = np.flatnonzero(c["state"] >= PROCESS)
        at = c["at"][i]
        dec = c["state"][i] == DECISION
        need = np.where(dec, c["dec"][i], c["work"][i])
        w = assessment.priority((c["deadline"][i] - t).astype(float), inst)
        w = np.where(c["whistled"][i], escalation.WHISTLE_PRIORITY, 1.0) * w  # 30-minute rule
        give = np.zeros(len(i))
        for _ in range(2):  # share, then hand what saturated tickets left to the others
            open_ = need - give > 1e-9
            wsum = np.bincount(at[open_], weights=w[open_], minlength=st.n_units)
            share = np.where(open_, left[at] * w / np.maximum(wsum[at], 1e-12), 0.0)
            add = np.minimum(share, np.minimum(1.0, need) - give)
            add = np.maximum(add, 0.0)
            give += add
            left = left - np.bincount(at, weights=add, minlength=st.n_units)
        c["work"][i[~dec]] -= give[~dec]
        c["dec"][i[dec]] -= give[dec]
        self.gave = (i, give)
        ticket_hours = np.bincount(at[~dec], weights=give[~dec], minlength=st.n_units)
        dec_hours = np.bincount(at[dec], weights=give[dec], minlength=st.n_units)
        by_type[:, DIRECT] += ticket_hours
        by_type[:, ESCAL] += dec_hours
        self._account(by_type, i[~dec], give[~dec], night)

    def _account(self, by_type, i, give, night: bool) -> None:
        """Add this hour's work to the counters (grassroots load, professionalism, data)."""
        st, c, col, row = self.st, self.tickets.cols, M.COL, self.row
        g0 = col["g_direct"]
        row[g0 : g0 + 6] += by_type[self._grassroots].sum(axis=0)  # g_direct .. g_escal in order
        row[col["b_hours"]] += by_type[self._bureaus].sum()
        if not night:  # nominal capacity counts office hours only
            row[col["g_cap"]] += self._cap_grassroots
            row[col["b_cap"]] += self._cap_bureaus
        at, cat = c["at"][i], c["cat"][i]
        row[col["work_hours"]] += give.sum()
        row[col["prof_sum"]] += (give * self.prof[at, cat]).sum()
        row[col["data_sum"]] += (give * self.access[at, cat]).sum()
        slot = self.tick % 24
        self.cat_hours[slot] = np.bincount(cat, weights=give, minlength=st.n_categories)
        total = by_type.sum(axis=1)
        self.unit_hours[slot] = total
        self.unit_hidden[slot] = total - by_type[:, DIRECT]

    # -- exceptions, decisions, completion ---------------------------------------------------
    def _exceptions(self, t: int) -> None:
        st, inst, c = self.st, self.inst, self.tickets.cols
        if self.gave is None:
            return
        i, give = self.gave
        live = (
            (c["state"][i] == PROCESS)
            & (give > 0)
            & (c["escalations"][i] < escalation.MAX_ESCALATIONS)
        )
        i = i[live]
        if not len(i):
            return
        holder, cat = c["holder"][i], c["cat"][i]
        h = escalation.hazard(
            st.expertise[holder, cat],
            self.access[holder, cat],
            c["noauth"][i],
            c["co_missing"][i],
            c["co1"][i] >= 0,
            c["cross"][i],
        )
        hit = self.rng.random(len(i)) < 1.0 - np.exp(-h)
        i, holder, cat = i[hit], holder[hit], cat[hit]
        if not len(i):
            return
        lateral_issue = c["noauth"][i] | c["co_missing"][i] | (c["cross"][i] < 1)
        if inst.whistle:  # power or missing partner: the street may summon the bureau itself
            w = (c["noauth"][i] | c["co_missing"][i]) & st.grassroots[holder]
            if w.any():
                self._whistle(i[w])
                i, holder, cat, lateral_issue = i[~w], holder[~w], cat[~w], lateral_issue[~w]
        if not len(i):
            return
        decider = np.where(lateral_issue, st.decider_multi[holder, cat], st.decider[holder])
        decider = np.where(decider < 0, holder, decider)
        c["state"][i] = DECISION
        c["at"][i] = decider
        c["esc_time"][i] = t
        c["escalations"][i] += 1
        c["dec"][i] = escalation.DECISION_HOURS
        self.row[M.COL["escalations"]] += len(i)
        self._flow("escalation", holder, decider)

    def _whistle(self, i) -> None:
        """吹哨报到: the street summons the owning bureau, which reports within 30 minutes.

        A case that needs legal power passes to the bureau at once (no decision queue); a case
        that lacked a partner gets its co-handlers.  Either way it is solved sideways.
        """
        st, c = self.st, self.tickets.cols
        holder = c["holder"][i]
        bureau = st.owner[c["cat"][i], c["region"][i]]
        n = st.n_units
        self.owed[:, ESCAL] += np.bincount(bureau, minlength=n) * escalation.WHISTLE_BUREAU_HOURS
        self.owed[:, ESCAL] += np.bincount(holder, minlength=n) * escalation.WHISTLE_STREET_HOURS
        c["wait"][i] += escalation.WHISTLE_LATENCY
        power = c["noauth"][i]
        p = i[power]
        if len(p):
            new = bureau[power]
            c["holder"][p] = new
            c["at"][p] = new
            c["work"][p] = c["kappa"][p] / (0.6 + 0.4 * self.access[new, c["cat"][p]])
            c["noauth"][p] = False
        m = i[~power & c["co_missing"][i]]
        self._assign_co(m)
        c["cross"][i] = 1.0
        c["whistled"][i] = True
        self.row[M.COL["whistles"]] += len(i)
        self.row[M.COL["help_n"]] += len(i)
        self.row[M.COL["help_hours"]] += escalation.WHISTLE_LATENCY * len(i)
        self._flow("whistle", holder, bureau)

    def _decisions(self, t: int) -> None:
        """Superiors decide: reassign to an owner with power, authorise co-handling, or rework."""
        st, c = self.st, self.tickets.cols
        i = np.flatnonzero((c["state"] == DECISION) & (c["dec"] <= 1e-9))
        if not len(i):
            return
        self.row[M.COL["decisions"]] += len(i)
        self.row[M.COL["help_n"]] += len(i)
        self.row[M.COL["help_hours"]] += (t - c["esc_time"][i]).sum() + (
            escalation.REASSIGN_DELAY * c["noauth"][i].sum()
        )
        noauth, missing = c["noauth"][i], c["co_missing"][i] & ~c["noauth"][i]
        c["state"][i] = PROCESS
        c["at"][i] = c["holder"][i]
        c["cross"][i] = 1.0
        r = i[noauth]
        if len(r):
            new = st.owner[c["cat"][r], c["region"][r]]
            c["holder"][r] = new
            c["at"][r] = new
            c["reassigned"][r] = True
            c["state"][r] = TRANSIT
            c["ready"][r] = t + escalation.REASSIGN_DELAY
            c["noauth"][r] = False
            self._flow("dispatch", st.hub, new)
        m = i[missing]
        if len(m):
            self._assign_co(m)
            c["co_done"][m] = False  # authorised from above: not a sideways solution
            c["co_missing"][m] = False
        rw = i[~noauth & ~missing]
        np.add.at(self.owed[:, REWORK], c["holder"][rw], 0.5 * c["kappa"][rw])

    def _timeouts(self, t: int) -> None:
        """No decision within the timeout: the holder applies a quick fix."""
        c = self.tickets.cols
        i = np.flatnonzero(
            (c["state"] == DECISION) & (t - c["esc_time"] >= self.inst.decision_timeout)
        )
        if len(i):
            c["at"][i] = c["holder"][i]
            self.row[M.COL["help_n"]] += len(i)  # help never came
            self.row[M.COL["help_hours"]] += self.inst.decision_timeout * len(i)
            self._finish(i, t, "quickfix")

    def _completion(self, t: int) -> None:
        c = self.tickets.cols
        i = np.flatnonzero((c["state"] == PROCESS) & (c["work"] <= 1e-6))
        if len(i):
            self._finish(i, t, "resolved")

    def _deadlines(self, t: int) -> None:
        """Under assessment, an unresolved ticket may be 'closed' at its deadline (gaming).

        Deadlines that fell due out of hours are closed the next morning (still 'on time').
        """
        p = assessment.gaming_probability(self.inst)
        if p <= 0:
            self._deadlines_checked = t
            return
        c = self.tickets.cols
        due = (c["deadline"] <= t) & (c["deadline"] > self._deadlines_checked)
        self._deadlines_checked = t
        i = np.flatnonzero(due & (c["state"] > 0) & (c["u_game"] < p))
        if len(i):
            self._finish(i, t, "gamed")

    # -- finishing a ticket ---------------------------------------------------------------
    def _finish(self, i, t: int, how: str) -> None:
        """Record the outcome of finished tickets and free their rows."""
        st, inst, c, row, col = self.st, self.inst, self.tickets.cols, self.row, M.COL
        holder, cat, region = c["holder"][i], c["cat"][i], c["region"][i]
        n = len(i)
        resolved = how in ("resolved", "quickfix")
        if resolved:
            know = np.maximum(
                st.local[holder] * st.covers[holder, region], self.access[holder, cat]
            )
            q = QUALITY_BASE + (1 - QUALITY_BASE) * self.eff_exp[holder, cat]
            if inst.interface:
                q = q * interface.abstraction_factor(c["nu"][i], inst.granularity, know)
            if how == "quickfix":
                q = q * escalation.QUICK_FIX_QUALITY
            util = self.unit_hours.sum(axis=0)[holder] / np.maximum(st.capacity[holder], 1e-9)
            q = q * (1.0 - 0.5 * np.clip(util - FATIGUE_FROM, 0.0, 0.6))  # overload costs quality
        else:
            q = np.zeros(n)
        true_ok = c["u_true"][i] < q
        hours = t - c["created"][i] + c["wait"][i]
        late_days = np.maximum(0, t - c["deadline"][i]) / 24.0
        multi = c["n_extra"][i] > 0
        x = (
            -2.5
            + 5.0 * q * true_ok
            - 0.4 * np.minimum(late_days, 10)
            - 0.3 * c["hops"][i]
            - 0.3 * multi
        )
        sat_true = c["u_sat"][i] < 1.0 / (1.0 + np.exp(-x))
        persuaded = inst.assess & (c["u_rep"][i] < assessment.persuasion(inst)) & (how != "lost")
        closed = how in ("gamed", "quickfix")  # reported resolved whatever the truth
        sat_rep = sat_true | (how == "gamed") | persuaded
        row[col["finished"]] += n
        row[col[how]] += n
        row[col["resolved_true"]] += true_ok.sum()
        dilemma = (c["escalations"][i] > 0) | c["whistled"][i]
        row[col["dilemma_n"]] += dilemma.sum()
        row[col["dilemma_hours"]] += hours[dilemma].sum()
        row[col["true_on_time"]] += (true_ok & (t <= c["deadline"][i])).sum()
        row[col["resolved_rep"]] += (true_ok | closed | persuaded).sum()
        row[col["redispatched"]] += (c["returns"][i] > 0).sum()
        row[col["sat_true"]] += sat_true.sum()
        row[col["sat_rep"]] += sat_rep.sum()
        urg = c["urg"][i]
        ontime = (how == "gamed") | ((how != "lost") & (t <= c["deadline"][i]))
        nc = M.N_CLASSES
        row[col["ontime_0"] : col["ontime_0"] + nc] += np.bincount(urg, ontime, nc)
        row[col["due_0"] : col["due_0"] + nc] += np.bincount(urg, minlength=nc)
        if resolved:
            b = np.searchsorted(M.RES_BINS, hours.astype(np.float64), side="right") - 1
            b = np.clip(b, 0, M.N_BINS - 1)
            row[col["res_bin_0"] : col["res_bin_0"] + M.N_BINS] += np.bincount(
                b, minlength=M.N_BINS
            )
            row[col["match_sum"]] += (self.eff_exp[holder, cat] / self.best_exp[cat, region]).sum()
            row[col["match_n"]] += n
            first = (c["returns"][i] == 0) & (c["hops"][i] == 0) & ~c["reassigned"][i]
            row[col["first_ok"]] += first.sum()
            lateral = (
                (how == "resolved")
                & (c["escalations"][i] == 0)
                & (c["co_done"][i] | c["whistled"][i])
            )
            row[col["multi_resolved"]] += multi.sum()
            row[col["lateral"]] += (lateral & multi).sum()
            np.add.at(
                self.history_q,
                (holder, cat),
                HISTORY_RATE * (q * true_ok - self.history_q[holder, cat]),
            )
            if inst.assess:
                self.owed[:, REPORT] += np.bincount(holder, minlength=st.n_units) * (
                    assessment.REPORT_HOURS * inst.reporting_factor
                )
        self.tickets.free(i)

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
