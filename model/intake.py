"""How tickets arrive and find a handler: demand, the hub, dispatch, returns, co-handlers.

The first half of the tick (spec §2-§5): citizens booked for the day call in; with the unified
entrance (M1) the hub classifies them through the catalogue (M2) and dispatches them by the
catalogue table or the algorithm (M3); without it, citizens find an office themselves (M0).
A delivered ticket may be returned (退单) and re-dispatched, or it enters its handler's queue,
with co-handlers (协办) for the other departments it needs.  A mixin of
:class:`model.engine.Simulation`.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812
from .casework import COORD, DIRECT
from .mechanisms import data, dispatch, entrance, interface
from .tickets import PENDING, PROCESS, TRANSIT, UNIFORMS

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


class Intake:
    """Arrivals, routing and delivery of tickets (mixed into Simulation)."""

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
        street = st.region_unit[region]
        down &= street != old  # never straight back to the street that just returned it
        new = np.where(down | (new < 0), street, new)
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
