"""Delivery: a ticket reaches its holder - return requests, the hub's review, passing down.

When a dispatched ticket arrives, its holder may *request* a return (首接负责制, first-receiver
responsibility: a unit cannot send a case back by itself).  The hub reviews each request after a
delay: founded requests are approved and the case goes to the next best unit (never one that
already returned it); unfounded ones are rejected with the review's strictness, and the unit
keeps the case with a mark against its response score.  A street may pass a livelihood case on
to one of its self-governing communities (居委会).  Every other ticket starts at its holder
(``Intake._start``).  A mixin of :class:`model.engine.Simulation`.
"""

from __future__ import annotations

import numpy as np

from . import rand
from .intake import COORD
from .lanes import like
from .mechanisms import assessment, dispatch
from .structure import STREET
from .tickets import TRANSIT


class Delivery:
    """Delivery of tickets to their holders (mixed into Simulation)."""

    def _deliver(self, t: int) -> None:
        c = self.tickets.cols
        i = np.flatnonzero((c["state"] == TRANSIT) & (c["ready"] <= t))
        if not len(i):
            return
        asked = c["review"][i]  # a return request waiting for the hub's review
        reviewed = i[asked]
        kept = self._review(reviewed, t) if len(reviewed) else reviewed
        fresh = i[~asked & (c["state"][i] == TRANSIT)]
        platform = self._I(self._of(fresh)).intake  # returns and passing down need the hub
        if len(fresh) and np.ndim(platform):  # runs with and without the hub
            hub = fresh[platform]
            hub = self._pass_down(self._request_returns(hub, t), t) if len(hub) else hub
            fresh = np.concatenate([hub, fresh[~platform]])
        elif len(fresh) and platform:
            fresh = self._request_returns(fresh, t)
            fresh = self._pass_down(fresh, t)
        self._start(np.concatenate([kept, fresh]), t)

    def _request_returns(self, i, t):
        """Holders decide whether to request a return; returns the tickets they keep."""
        st, c = self.st, self.tickets.cols
        settled = c["passed"][i] | c["reassigned"][i]  # passed down by a street, or a superior
        keep, i = i[settled], i[~settled]
        if not len(i):
            return keep
        lane = self._of(i)
        inst, a = self._I(lane), self._A("returns", lane)
        holder, cat, region = c["holder"][i], c["cat"][i], c["region"][i]
        founded = dispatch.founded(st, inst, self.expertise, self.authority, holder, cat, region)
        p = dispatch.request_probability(
            founded, self.backlog_days[holder], self.pressure_u[holder], a
        )
        req = (self._u(i, rand.RETURN, c["returns"][i]) < p) & (c["returns"][i] < a.max_returns)
        r = i[req]
        if len(r):
            c["review"][r] = True
            c["founded"][r] = founded[req]
            c["returns"][r] += 1
            speed = np.where(inst.arbitration, self._A("arbitration", lane).speed, 1.0)
            delay = np.maximum(1, np.round(a.review_hours * speed).astype(np.int64))
            c["ready"][r] = t + (delay[req] if np.ndim(delay) else delay)
            work = np.broadcast_to(a.review_work, req.shape)[req]
            np.add.at(self.owed[:, COORD], holder[req], work)
            self._add("hub_hours", r, scale=self.config.per_run("review_work", "returns"))
            self._add("ret_req", r)
            self._flow("return", holder[req], np.full(len(r), st.hub))
        return np.concatenate([keep, i[~req]])

    def _review(self, i, t):
        """The hub reviews return requests: founded ones are approved; an unfounded one is
        rejected with the review's strictness, and the unit keeps the case with a mark against
        its response score.  Returns the rejected tickets (back to their holder)."""
        c, lane = self.tickets.cols, self._of(i)
        inst = self._I(lane)
        c["review"][i] = False
        arbitration = self._A("arbitration", lane)
        strict = np.where(inst.arbitration, arbitration.strictness, inst.review_strictness)
        reject = ~c["founded"][i] & (self._u(i, rand.REVIEW, c["returns"][i]) < strict)
        rej = i[reject]
        if len(rej):
            self._add("ret_rej", rej)
            marks = self.scores.slot(t)[:, assessment.MARKS]
            mark = self._A("assessment", self._of(rej)).rejected_mark
            np.add.at(marks, c["holder"][rej], mark)
        self._redispatch(i[~reject], t)
        return rej

    def _redispatch(self, i, t) -> None:
        """An approved return: the hub dispatches to the next best unit, never to one that
        already returned the case (the street of the region as the last resort)."""
        if not len(i):
            return
        st, c = self.st, self.tickets.cols
        old = c["holder"][i]
        written = np.zeros(len(i), bool)
        for slot in ("ret1", "ret2", "ret3"):
            free = (c[slot][i] < 0) & ~written
            c[slot][i[free]] = old[free]
            written |= free
        c["cls"][i] = c["cat"][i]  # the returning unit explains what the case really is
        exclude = np.stack([c["ret1"][i], c["ret2"][i], c["ret3"][i]], axis=1)
        cat, region = c["cat"][i], c["region"][i]
        new = self._best(cat, region, exclude=exclude)
        street = st.region_unit[region]
        street_free = ~(exclude == street[:, None]).any(axis=1)
        new = np.where(new < 0, np.where(street_free, street, old), new)
        c["holder"][i] = new
        c["at"][i] = new
        c["ready"][i] = t + 1
        self._add("returns", i)
        self._flow("dispatch", st.hub, new)

    def _pass_down(self, i, t):
        """A street passes livelihood cases to one of its communities (居委会); returns the
        tickets that start with their holder now."""
        st, c, lane = self.st, self.tickets.cols, self._of(i)
        inst, a = self._I(lane), self._A("community", lane)
        passes = (inst.levels == "street") & (a.pass_share > 0)
        if not np.any(passes):
            return i
        holder, cat, region = c["holder"][i], c["cat"][i], c["region"][i]
        comms = st.communities[region]
        n_c = (comms >= 0).sum(axis=1)
        ok = (st.level[holder] == STREET) & ~st.enforce[cat] & (n_c > 0) & ~c["passed"][i]
        u = self._u(i, rand.COMMUNITY)
        ok &= (u < like(a.pass_share, u)) & passes
        p = i[ok]
        if not len(p):
            return i
        j = np.minimum((self._u(p, rand.WHICH_COMMUNITY) * n_c[ok]).astype(np.int64), n_c[ok] - 1)
        comm = comms[ok][np.arange(len(p)), j]
        c["holder"][p] = comm
        c["at"][p] = comm
        c["passed"][p] = True
        delay = np.maximum(1, np.round(a.delay_hours).astype(np.int64))
        c["ready"][p] = t + (delay[ok] if np.ndim(delay) else delay)
        np.add.at(self.owed[:, COORD], holder[ok], np.broadcast_to(a.street_hours, ok.shape)[ok])
        self._flow("dispatch", holder[ok], comm)
        return i[~ok]
