"""How tickets arrive and find a handler: demand, the hub, dispatch, returns, co-handlers.

The first half of the tick: citizens booked for the day (and citizens calling again about a need
that was not met) call in; with the unified entrance (M1) the hub classifies them through the
catalogue (M2) and dispatches them by the catalogue table or the algorithm (M3); without it,
citizens find an office themselves (M0).  A delivered ticket (``model/delivery.py``: return
requests and the hub's review, streets passing cases to communities) enters its handler's
queue, with co-handlers (协办) for the other departments it needs, chosen by whatever routed it.
A mixin of :class:`model.engine.Simulation`.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812
from . import rand
from .lanes import like
from .mechanisms import data, dispatch, entrance, interface
from .tickets import KEY_COLUMNS, ONCE_COLUMNS, PENDING, PROCESS, TRANSIT

DIURNAL = np.array(
    [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 1.9, 1.9, 1.8]
    + [1.5, 1.6, 1.7, 1.7, 1.6, 1.4, 1.2, 1.0, 0.9, 0.7, 0.5, 0.3]
)
DIURNAL = DIURNAL / DIURNAL.mean()  # hourly profile of calls (12345 reports, S)
COORD = 1  # hour type of coordination (index in metrics.HOUR_TYPES)
DIRECT = 0
REPEAT_UID = 1 << 40  # a repeat call's ticket id: the first call's id + n << 40


def choice_cdf(p: np.ndarray) -> np.ndarray:
    """The cumulative shares that a draw of one of ``len(p)`` outcomes searches, as numpy's
    ``Generator.choice`` builds them: searching them for uniforms gives its very draws."""
    cdf = np.cumsum(p)
    return cdf / cdf[-1]


class Intake:
    """Arrivals, routing and delivery of tickets (mixed into Simulation)."""

    def _u(self, i, event: int, step=None) -> np.ndarray:
        """Counter-based uniforms of tickets i for one event (model/rand.py); once-per-ticket
        events read the numbers stored at creation, repeated events hash (event, step)."""
        c = self.tickets.cols
        if step is None:
            return c[f"u{event}"][i]
        if event in rand.KEYED:
            return rand.uniform_at(c[f"k{event}"][i], step)
        return rand.uniform(self._seeds_of(i), c["uid"][i], event, step)

    def _seeds_of(self, i):
        """The run's seed for tickets i (one per ticket in a batch of runs)."""
        return self.seed if self.R == 1 else self.seeds[self.tickets.lane(i)]

    def _deadline_hours(self, urg, lane) -> np.ndarray:
        """Deadline hours of tickets by urgency class (urgent, utilities, general, complex)
        and run."""
        table = self._deadline_table  # [1 or R, 4], set with the configuration
        return table[0][urg] if len(table) == 1 else table[lane, urg]

    def _urgency_mix(self, a) -> np.ndarray:
        """Shares of the urgency classes (a: a run's ``assumptions.demand``)."""
        general = max(0.0, 1.0 - a.urgent_share - a.utilities_share - a.complex_share)
        p = np.array([a.urgent_share, a.utilities_share, general, a.complex_share])
        return p / p.sum()

    def _book(self, t0: int, t1: int) -> None:
        """Draw the citizens who will call in hours [t0, t1) (one batch, booked as PENDING).

        Drawing a day at once keeps the demand stream independent of the institutions (common
        random numbers).  Calls that proactive governance prevents are drawn too, then dropped.
        Each run of a batch draws from its own demand stream.
        """
        hours = np.arange(t0, t1)
        cum_mix = np.cumsum([self.mix(h / 24) for h in hours], axis=1)  # [H, K]
        lam = self.tickets_per_day * self.diurnal[hours % 24] / 24.0  # calls expected an hour
        drawn = [self._draw(r, hours, lam, cum_mix) for r in range(self.R)]
        drawn = [d for d in drawn if d is not None]
        if not drawn:
            return
        values = {k: np.concatenate([d[k] for d in drawn]) for k in drawn[0]}
        lane = values.pop("lane")
        share = self.proactive.prevented_share(values["cat"], values["region"], t0)
        seeds = self.seed if self.R == 1 else self.seeds[lane]
        keep = rand.uniform(seeds, values["uid"], rand.PREVENT) >= share
        self.row[:, M.COL["prevented"]] += np.bincount(lane[~keep], minlength=self.R)
        self.proactive.count(values["cat"][keep], values["region"][keep])
        values = {k_: v[keep] for k_, v in values.items()}
        values["repeat"] = np.zeros(len(lane[keep]), dtype=np.int8)
        self._add_tickets(values, lane[keep])

    def _draw(self, r: int, hours: np.ndarray, lam: np.ndarray, cum_mix: np.ndarray):
        """Lane r's citizens of the given hours, from its demand stream (regions of lane r):
        ``lam`` calls expected in each hour, ``cum_mix`` its cumulative category mix."""
        st, rng, a = self.st0, self.demand_rngs[r], self.lane_a[r].demand
        per_hour = rng.poisson(lam)
        n = int(per_hour.sum())
        if n == 0:
            return None
        created = np.repeat(hours, per_hour)
        k = st.n_categories
        cum = cum_mix[np.repeat(np.arange(len(hours)), per_hour)]
        cat = np.minimum((rng.random(n)[:, None] > cum).sum(axis=1), k - 1).astype(np.int16)
        region = self.region_cdf.searchsorted(rng.random(n), side="right").astype(np.int32)
        kappa = rng.lognormal(np.log(a.work_median), a.work_sigma, n)
        nu = rng.beta(2, 5, n)
        urg = choice_cdf(self._urgency_mix(a)).searchsorted(rng.random(n), side="right")
        n_extra = np.minimum(rng.poisson(a.extra_mean, n), 2)
        ex = (cat[:, None] + 1 + (rng.random((n, 2)) * (k - 1)).astype(int)) % k
        uid = self._next_uid[r] + np.arange(n, dtype=np.int64)
        self._next_uid[r] += n
        extra1 = np.where(n_extra >= 1, ex[:, 0], -1)
        extra2 = np.where((n_extra >= 2) & (ex[:, 1] != ex[:, 0]), ex[:, 1], -1)
        return {
            "uid": uid,
            "cat": cat,
            "region": region + r * st.n_regions,
            "kappa": kappa,
            "nu": nu,
            "urg": urg,
            "extra1": extra1,
            "extra2": extra2,
            "created": created,
            "lane": np.full(n, r, dtype=np.int64),
        }

    def _add_tickets(self, values: dict, lane: np.ndarray) -> None:
        """Store new callers of the given lanes as PENDING rows, booked for the hour they
        call in."""
        n = len(values["uid"])
        if n == 0:
            return
        store = self.tickets
        old_capacity = store.capacity
        i = store.alloc_lanes(lane)
        if store.capacity != old_capacity:  # the store grew: booked rows moved
            self._pending = {
                h: store.remap(rows, old_capacity) for h, rows in self._pending.items()
            }
        c = self.tickets.cols
        for name, v in values.items():
            c[name][i] = v
        cat, urg, created = values["cat"], values["urg"], values["created"]
        extra1, extra2 = c["extra1"][i], c["extra2"][i]
        fill = {
            "cls": cat,
            "work": values["kappa"],
            "n_extra": (extra1 >= 0).astype(int) + (extra2 >= 0),
            "deadline": created + self._deadline_hours(urg, lane),
            "ready": created,
            "t_at": created,
            "t_first": -1,
        }
        for name, v in fill.items():
            c[name][i] = v
        for name in ("hops", "returns", "escalations"):
            c[name][i] = 0
        for name in ("noauth", "co_missing", "co_done", "whistled", "reassigned", "algo"):
            c[name][i] = False
        for name in ("passed", "review", "founded", "gamed_once", "upward"):
            c[name][i] = False
        for name in ("co1", "co2", "helper", "ret1", "ret2", "ret3"):
            c[name][i] = -1
        for name in ("wait", "dec"):
            c[name][i] = 0.0
        c["cross"][i] = 1.0
        u, keys = rand.at_creation(self.seed if self.R == 1 else self.seeds[lane], values["uid"])
        for j, name in enumerate(ONCE_COLUMNS):
            c[name][i] = u[:, j]
        for j, name in enumerate(KEY_COLUMNS):
            c[name][i] = keys[:, j]
        c["state"][i] = PENDING
        for h in np.unique(created):
            rows = i[created == h]
            old = self._pending.get(int(h))
            self._pending[int(h)] = rows if old is None else np.concatenate([old, rows])

    def _rebook(self) -> None:
        """Demand changed mid-day (live shock, new rate): redraw the rest of today's first
        calls (repeat calls already booked stay)."""
        t, c = self.tick, self.tickets.cols
        for h in [h for h in self._pending if h >= t]:
            rows = self._pending.pop(h)
            first = rows[c["repeat"][rows] == 0]
            self.tickets.free(first)
            rest = rows[c["repeat"][rows] > 0]
            if len(rest):
                self._pending[h] = rest
        self._book(t, (t // 24 + 1) * 24)

    def _arrivals(self, t: int) -> None:
        """Booked citizens call in: count them, then route them (hub, or on their own)."""
        if t % 24 == 0:
            self._book(t, (t // 24 + 1) * 24)
        i = self._pending.pop(t, None)
        if i is None:
            i = np.zeros(0, dtype=np.int64)
        n = np.bincount(self.tickets.lane(i), minlength=self.R)  # calls of each lane
        self.row[:, M.COL["created"]] += n
        per_run = self.config.per_run
        intake = per_run("intake")
        if self.config.uniform:
            if intake:
                contacts = entrance.raw_contacts(n, self.inst.direct_share)
                self.row[:, M.COL["contacts"]] += contacts
                self.row[:, M.COL["hub_hours"]] += contacts * self.inst.handle_hours
        else:  # the same sums, each run with its own hub
            on = np.flatnonzero(np.broadcast_to(intake, (self.R,)))
            direct = np.broadcast_to(per_run("direct_share"), (self.R,))[on]
            handle = np.broadcast_to(per_run("handle_hours"), (self.R,))[on]
            contacts = n[on] / np.maximum(1e-9, 1.0 - direct)
            self.row[on, M.COL["contacts"]] += contacts
            self.row[on, M.COL["hub_hours"]] += contacts * handle
        if not len(i):
            return
        c = self.tickets.cols
        self._add("created_repeat", i[c["repeat"][i] > 0])
        self.day.arrive(self.tickets.lane(i), c["cat"][i], c["kappa"][i].astype(np.float64))
        c["state"][i] = TRANSIT
        if np.ndim(intake) == 0:
            (self._route_platform if intake else self._route_citizen)(i, t)
        else:
            platform = intake[self.tickets.lane(i)]
            self._route_platform(i[platform], t)
            self._route_citizen(i[~platform], t)

    def _route_platform(self, i, t) -> None:
        """Hub classification and dispatch (the catalogue, or the algorithm where it covers)."""
        if not len(i):
            return
        st, c, lane = self.st, self.tickets.cols, self._of(i)
        inst = self._I(lane)
        acc = np.where(
            inst.interface, interface.accuracy(inst.granularity), interface.FREE_TEXT_ACCURACY
        )
        u_cov = self._u(i, rand.COV)
        covered = u_cov < like(inst.coverage, u_cov)
        acc = np.where(covered, inst.algorithm_accuracy, acc)
        cls = interface.classify(
            c["cat"][i], self._u(i, rand.ACC), self._u(i, rand.SIDE), acc, st.n_categories
        )
        c["cls"][i] = cls
        region = c["region"][i]
        holder = self.catalogue[cls, region]
        slip = self._u(i, rand.MAN) >= np.where(
            covered, inst.algorithm_accuracy, inst.manual_accuracy
        )
        if covered.any():
            holder[covered] = self._best(cls[covered], region[covered])
        if slip.any():  # a plausible slip: the runner-up for the category, not the listed unit
            holder[slip] = self._best(cls[slip], region[slip], exclude=holder[slip])
        rnd = dispatch.random_candidate(st, region, self._u(i, rand.PICK))
        holder = np.where(holder < 0, rnd, holder)
        c["holder"][i] = holder
        c["first_holder"][i] = holder
        c["at"][i] = holder
        c["algo"][i] = covered
        self._add("hub_hours", i[~covered], scale=self.config.per_run("operator_hours", "hub"))
        if self._intake_wait.ndim == 1:
            wait = self._intake_wait[t % 24]
            c["wait"][i] = wait % 1.0
            c["ready"][i] = t + int(wait)
        else:  # each run's hub has its own seats and rate
            wait = self._intake_wait[self.tickets.lane(i), t % 24]
            c["wait"][i] = wait % 1.0
            c["ready"][i] = t + wait.astype(np.int64)
        self._count_dispatch(i, holder)
        self._flow("dispatch", st.hub, holder)

    def _route_citizen(self, i, t) -> None:
        """M0: the citizen picks an office; wrong ones forward along the hierarchy."""
        if not len(i):
            return
        st, c = self.st, self.tickets.cols
        a = self._A("bureaucracy", self._of(i))
        cat, region = c["cat"][i], c["region"][i]
        c["cls"][i] = cat
        right = self.catalogue[cat, region]
        pick = dispatch.random_candidate(st, region, self._u(i, rand.PICK))
        u_man = self._u(i, rand.MAN)
        wrong = (u_man >= like(a.citizen_right, u_man)) & (pick != right)
        hops = np.where(wrong, np.maximum(st.tree_distance(pick, right), 1), 0)
        c["hops"][i] = hops
        c["holder"][i] = right
        c["first_holder"][i] = np.where(wrong, pick, right)
        c["at"][i] = right
        c["ready"][i] = t + (a.hop_hours * hops).astype(np.int64)
        np.add.at(self.owed[:, COORD], pick[wrong], (a.hop_work * hops)[wrong])
        self._add("hops", i, weights=hops)
        self._add("returns", i[wrong])  # the wrong office declines (推诿)
        self._flow("forward", pick[wrong], right[wrong])
        self._count_dispatch(i, right)
        lost = self._u(i, rand.COV) > (1 - a.hop_loss) ** hops
        if lost.any():
            self._finish(i[lost], t, "lost")

    def _best(self, cat, region, exclude=None) -> np.ndarray:
        """The top-scoring unit for each ticket (M3 score; -1 where no unit may lead)."""
        cands, u = dispatch.scores(
            self.st,
            self.static_u,
            self.backlog_days,
            self.history_q,
            self._dispatch_weights(region),
            cat,
            region,
            exclude,
        )
        return dispatch.best(cands, u)

    def _dispatch_weights(self, region) -> np.ndarray:
        """The dispatch score's weights [7], or each ticket's run's [n, 7]."""
        w = self._lane_dispatch_w
        return w[0] if len(w) == 1 else w[region // self.st0.n_regions]

    def _count_dispatch(self, i, holder) -> None:
        self._add("dispatched", i)
        self._add("dispatched_kuai", i[self.st.grassroots[holder]])

    def _start(self, i, t) -> None:
        """A delivered ticket enters its holder's queue; co-handlers join for extra needs."""
        if not len(i):
            return
        st, c, lane = self.st, self.tickets.cols, self._of(i)
        a = self._A("work", lane)
        holder, cat = c["holder"][i], c["cat"][i]
        s = self.access[holder, cat]
        effort = self._A("assessment", lane).effort_hours
        care = 1.0 + effort * self.pressure_u[holder]  # pressed: more care
        c["work"][i] = care * c["kappa"][i] / (1 - a.data_speed + a.data_speed * s)
        c["noauth"][i] = st.enforce[cat] & ~self.authority[holder, cat]
        c["state"][i] = PROCESS
        c["at"][i] = holder
        c["t_at"][i] = t
        c["t_first"][i] = -1
        multi = (c["n_extra"][i] > 0) & (c["co1"][i] < 0) & (c["co2"][i] < 0) & ~c["co_done"][i]
        self._assign_partners(i[multi])

    def _assign_partners(self, i) -> None:
        """Co-handlers chosen by whatever routed the ticket: the algorithm by its score, the
        catalogue (manual dispatch) by listing each extra category's unit; in M0 the holder
        asks the other office itself with ``bureaucracy.informal_coordination``."""
        if not len(i):
            return
        c, lane = self.tickets.cols, self._of(i)
        algo = c["algo"][i]
        platform = self._I(lane).intake
        if np.ndim(platform) == 0 and platform:
            listed = i[~algo]
        else:  # without the platform the holder asks; with it the catalogue lists
            informal = self._A("bureaucracy", lane).informal_coordination
            u_co = self._u(i, rand.CO)
            asks = u_co < like(informal, u_co)
            listed = i[np.where(platform, ~algo, asks)]
            c["co_missing"][i[np.logical_not(platform) & ~asks]] = True
        self._set_partners(i[algo], by_score=True)
        self._set_partners(listed, by_score=False)

    def _set_partners(self, i, by_score: bool) -> None:
        """Give tickets their co-handlers and book the co-work and its coordination."""
        if not len(i):
            return
        st, c = self.st, self.tickets.cols
        ex = np.concatenate([c["extra1"][i], c["extra2"][i]])
        pos = np.tile(np.arange(len(i)), 2)
        slot = np.repeat([0, 1], len(i))
        has = ex >= 0
        ex, pos, slot = ex[has], pos[has], slot[has]
        holder = c["holder"][i][pos]
        region = c["region"][i][pos]
        if by_score:
            co = self._best(ex, region, exclude=holder)
        else:
            co = self.catalogue[ex, region]
            co = np.where(co == holder, st.owner[ex, region], co)
            co = np.where(co == holder, -1, co)
        ok = co >= 0
        pos, slot, co, holder = pos[ok], slot[ok], co[ok], holder[ok]
        c["co1"][i[pos[slot == 0]]] = co[slot == 0]
        c["co2"][i[pos[slot == 1]]] = co[slot == 1]
        within, across = self._cross_levels
        if np.ndim(within):  # each pair's run's data regime
            pair_lane = self.tickets.lane(i[pos])
            within, across = within[pair_lane], across[pair_lane]
        cross = data.cross_access(st, holder, co, within, across)
        n = st.n_units
        coord = np.bincount(holder, 1.0 - cross, n) + np.bincount(co, 1.0 - cross, n)
        self.owed[:, COORD] += coord * self._A("work", self._of_units()).coord_hours
        co_share = self._A("work", self._of(i[pos])).co_share
        kappa = c["kappa"][i[pos]]
        self.owed[:, DIRECT] += np.bincount(co, like(co_share, kappa) * kappa, n)
        n_co = np.bincount(pos, minlength=len(i))
        cross_sum = np.bincount(pos, cross, len(i))
        got = n_co > 0
        c["cross"][i] = np.where(got, cross_sum / np.maximum(n_co, 1), 1.0)
        c["co_done"][i] = got
        c["co_missing"][i] = ~got
        self._flow("dispatch", st.hub, co)
