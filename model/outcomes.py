"""How a case ends: quality, the citizen's own view, persuasion, the hub's callback, repeat calls.

When a unit closes a case (resolved, a quick fix, or - gaming - closed unresolved at its
deadline), the model decides in order:

1. **The truth.**  Quality q from the expertise brought to the case (the holder's, or the
   summoned bureau's on site), nuance lost by the catalogue, overload and fatigue; the case is
   truly resolved with probability q (a gamed or lost case: never).  The citizen is truly
   satisfied with a logistic probability of quality, lateness, forwards, several departments and
   earlier calls of the same need.
2. **The unit's moves under assessment** (its own pressure p_u): persuading an unhappy citizen
   before the callback (做工作: costs staff time, succeeds with a probability), and, failing
   that, asking the hub to exclude the case as an unreasonable demand (申诉剔除).
3. **The record.**  The hub calls the citizen back (回访, ``entrance_control.callback_share``)
   and records *resolved?* and *satisfied?* as the citizen answers - the truth, unless
   persuaded; where no callback is made the unit's own closure report stands.  Under the
   assessment redesign the hub also audits a sample of closures on site, which records the true
   resolution.  Without the platform (M0) there is no record but the citizens' own view.
4. **Found out.**  A gamed case is detected when the called-back citizen says it is not
   resolved, or when it is audited: it counts against the unit's score and *reopens*; every unit
   learns from its own gamed cases how likely it is to be found out.
5. **Failure demand.**  A citizen whose need was not met calls again after a while (重复来电),
   as a new ticket of the same need, less patient than before.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812
from . import rand
from .casework import PERSUADE, REPORT
from .intake import REPEAT_UID
from .lanes import like
from .mechanisms import assessment, interface
from .tickets import PROCESS


class Outcomes:
    """The end of a case and what the record makes of it (mixed into Simulation)."""

    def _quality(self, i, how: str) -> np.ndarray:
        st, c, lane = self.st, self.tickets.cols, self._of(i)
        inst, a = self._I(lane), self._A("quality", lane)
        holder, cat, region, helper = c["holder"][i], c["cat"][i], c["region"][i], c["helper"][i]
        know = np.maximum(st.local[holder] * st.covers_at(holder, region), self.access[holder, cat])
        e = self.eff_exp[holder, cat]
        e = np.where(helper >= 0, np.maximum(e, self.eff_exp[np.maximum(helper, 0), cat]), e)
        q = a.base + (1 - a.base) * e
        if np.any(inst.interface):
            kept = q * interface.abstraction_factor(
                c["nu"][i], inst.granularity, know, a.abstraction_loss
            )
            q = np.where(inst.interface, kept, q) if np.ndim(inst.interface) else kept
        if how == "quickfix":
            q = q * a.quick_fix
        care = 1.0 + self._A("assessment", lane).effort_quality * self.pressure_u[holder]
        q = np.minimum(q * care, 1.0)  # a pressed unit takes more care (and more hours)
        util = self.unit_hours.sum(axis=0)[holder] / np.maximum(st.capacity[holder], 1e-9)
        q = q * (1.0 - a.overload_loss * np.clip(util - a.overload_from, 0.0, 0.6))
        return q * (1.0 - self._A("fatigue", lane).quality_loss * self.fatigue[holder])

    def _finish(self, i, t: int, how: str) -> None:
        """Record the outcome of closed tickets; reopen the gamed ones found out."""
        c, lane = self.tickets.cols, self._of(i)
        inst = self._I(lane)
        holder = c["holder"][i]
        n = len(i)
        lost = how == "lost"
        q = self._quality(i, how) if how in ("resolved", "quickfix") else np.zeros(n)
        true_ok = self._u(i, rand.TRUE) < q
        late_days = np.maximum(0, t - c["deadline"][i]) / 24.0
        multi = c["n_extra"][i] > 0
        sa = self._A("satisfaction", lane)
        x = (
            sa.base
            + sa.quality * q * true_ok
            - sa.late * np.minimum(late_days, 10)
            - sa.hop * c["hops"][i]
            - sa.multi * multi
            - sa.repeat * c["repeat"][i]
        )
        sat_true = (self._u(i, rand.SAT) < 1.0 / (1.0 + np.exp(-x))) & (not lost)
        # -- the unit's moves before the callback ------------------------------------------
        p_u = np.where(inst.assess, self.pressure_u[holder], 0.0)
        unhappy = ~(true_ok & sat_true) & (not lost)
        # talking a citizen round on an unresolved case is a claim only an on-site audit can
        # expose: the unit weighs it against the audit's chance of finding it out
        design, persuasion = self._A("design", lane), self._A("persuasion", lane)
        exclusion = self._A("exclusion", lane)
        audit = np.where(inst.audit, design.audit_share, 0.0)  # only an audit exposes it
        deter = np.where(true_ok, 1.0, 1.0 - self._A("gaming", lane).deterrence * audit)
        eager = persuasion.eagerness * p_u * np.clip(deter, 0.0, 1.0)
        attempt = unhappy & (self._u(i, rand.PERSUADE) < eager)
        if attempt.any():
            hours = np.broadcast_to(persuasion.hours, attempt.shape)[attempt]
            np.add.at(self.owed[:, PERSUADE], holder[attempt], hours)
        u = self._u(i, rand.PERSUADED)
        persuaded = attempt & (u < like(persuasion.success, u))
        ask = unhappy & ~persuaded & (self._u(i, rand.EXCLUDE) < exclusion.eagerness * p_u)
        u = self._u(i, rand.APPROVE)
        excluded = ask & (u < like(exclusion.approval, u))
        # -- the record ---------------------------------------------------------------------
        platform = inst.intake
        if np.any(platform):
            u, u_audit = self._u(i, rand.CALLBACK), self._u(i, rand.AUDIT)
            called = u < like(inst.callback_share, u)
            audited = inst.audit & (u_audit < like(design.audit_share, u_audit))
            rec_res = np.where(called, true_ok | persuaded, True)  # else: the unit's report
            rec_sat = np.where(called, sat_true | persuaded, True)
            rec_res = np.where(audited, true_ok, rec_res)
            detected = (how == "gamed") & ((called & ~persuaded) | audited)
            if np.ndim(platform):  # runs without the hub: no record but the citizens' view
                called, audited, detected = (
                    called & platform,
                    audited & platform,
                    detected & platform,
                )
                rec_res = np.where(platform, rec_res, true_ok)
                rec_sat = np.where(platform, rec_sat, sat_true)
        else:  # no hub, no record: the citizens' own view
            called = audited = detected = np.zeros(n, bool)
            rec_res, rec_sat = true_ok, sat_true
        if how == "gamed":
            self._learn_detection(i, holder, detected, t)
        if detected.any():
            self._reopen(i[detected])
            keep = ~detected
            i, holder, q, true_ok, sat_true = (
                i[keep],
                holder[keep],
                q[keep],
                true_ok[keep],
                sat_true[keep],
            )
            multi, called, persuaded, excluded = (
                multi[keep],
                called[keep],
                persuaded[keep],
                excluded[keep],
            )
            rec_res, rec_sat = rec_res[keep], rec_sat[keep]
            n = len(i)
            if not n:
                return
        self._count(
            i, t, how, q, true_ok, sat_true, multi, called, persuaded, excluded, rec_res, rec_sat
        )
        self._repeat_calls(i, t, true_ok, sat_true)

    def _learn_detection(self, i, holder, detected, t: int) -> None:
        """Each unit's learnt chance of being found out moves towards what it just saw."""
        n = self.st.n_units
        cnt = np.bincount(holder, minlength=n)
        hit = np.bincount(holder, weights=detected.astype(float), minlength=n)
        seen = cnt > 0
        rate = 1.0 - (1.0 - self._A("gaming", self._of_units()).learning) ** cnt
        self.detect = np.where(
            seen, self.detect + rate * (hit / np.maximum(cnt, 1) - self.detect), self.detect
        )
        if detected.any():
            self._add("gamed_detected", i[detected])
            lane = self._of(i)
            marked = detected & self._I(lane).assess
            if marked.any():
                marks = self.scores.slot(t)[:, assessment.MARKS]
                mark = self._A("assessment", lane).detected_mark
                np.add.at(marks, holder[marked], np.broadcast_to(mark, marked.shape)[marked])

    def _reopen(self, i) -> None:
        """A gamed case found out goes back to its holder with the work it still needs."""
        c = self.tickets.cols
        c["state"][i] = PROCESS
        c["at"][i] = c["holder"][i]
        c["gamed_once"][i] = True
        share = self._A("gaming", self._of(i)).reopen_share
        kappa = c["kappa"][i]
        c["work"][i] = np.maximum(c["work"][i], like(share, kappa) * kappa)

    def _count(
        self, i, t, how, q, true_ok, sat_true, multi, called, persuaded, excluded, rec_res, rec_sat
    ):
        c, row, col = self.tickets.cols, self.row, M.COL
        inst = self._I(self._of(i))
        holder, cat, region = c["holder"][i], c["cat"][i], c["region"][i]
        n = len(i)
        resolved = how in ("resolved", "quickfix")
        hours = t - c["created"][i] + c["wait"][i]
        recorded = ~excluded
        dilemma = (c["escalations"][i] > 0) | c["whistled"][i]
        everyone = np.ones(n, bool)
        # lateral: how the extra needs of multi-department cases were met, from their history
        sideways = (how == "resolved") & (c["co_done"][i] | c["whistled"][i]) & ~c["upward"][i]
        counts = {
            "finished": everyone,
            how: everyone,
            "resolved_true": true_ok,
            "recorded": recorded,
            "resolved_rep": rec_res & recorded,
            "sat_rep": rec_sat & recorded,
            "sat_true": sat_true,
            "excluded": excluded,
            "callbacks": called,
            "persuaded": persuaded,
            "dilemma_n": dilemma,
            "true_on_time": true_ok & (t <= c["deadline"][i]),
            "redispatched": c["ret1"][i] >= 0,
            "multi_n": multi,
            "lateral": sideways & multi,
            "upward": c["upward"][i] & multi,
            "multi_quickfix": multi & (how == "quickfix"),
        }
        if resolved:
            counts["match_n"] = everyone
            counts["first_ok"] = (c["ret1"][i] < 0) & (c["hops"][i] == 0) & ~c["reassigned"][i]
        self._add_counts(i, counts)
        self._add("dilemma_hours", i[dilemma], weights=hours[dilemma])
        lane = self.tickets.lane(i)
        urg = c["urg"][i]
        ontime = (how == "gamed") | ((how != "lost") & (t <= c["deadline"][i]))
        nc = M.N_CLASSES
        by_class = lane * nc + urg
        row[:, col["ontime_0"] : col["ontime_0"] + nc] += np.bincount(
            by_class, ontime, self.R * nc
        ).reshape(self.R, nc)
        row[:, col["due_0"] : col["due_0"] + nc] += np.bincount(
            by_class, minlength=self.R * nc
        ).reshape(self.R, nc)
        if resolved:
            b = np.searchsorted(M.RES_BINS, hours.astype(np.float64), side="right") - 1
            b = np.clip(b, 0, M.N_BINS - 1)
            nb = M.N_BINS
            row[:, col["res_bin_0"] : col["res_bin_0"] + nb] += np.bincount(
                lane * nb + b, minlength=self.R * nb
            ).reshape(self.R, nb)
            match = self.eff_exp[holder, cat] / self.best_exp[cat, region]
            self._add("match_sum", i, weights=match)
            learn = self._A("work", self._of(i)).history_rate
            np.add.at(
                self.history_q,
                (holder, cat),
                learn * (q * true_ok - self.history_q[holder, cat]),
            )
            owner = self.catalogue[cat, region]
            self.day.done(lane, cat, c["kappa"][i].astype(np.float64), holder == owner)
            if np.any(inst.learning):
                self._learn_catalogue(i[(c["ret1"][i] >= 0) & inst.learning])
        if np.any(inst.assess):
            self._assessed(i, t, holder, recorded, rec_res, rec_sat, inst.assess)

    def _assessed(self, i, t, holder, recorded, rec_res, rec_sat, assess) -> None:
        """What assessment makes of finished cases: the closure report each costs its unit,
        and the records of response, resolution and satisfaction the scores are made of
        (``assess``: whether each case's run assesses)."""
        c, st, n = self.tickets.cols, self.st, len(i)
        units = self._of_units()
        on = self._I(units)
        factor = np.where(on.one_form, self._A("design", units).reporting_factor, 1.0)
        reported = holder if not np.ndim(assess) else holder[assess]
        self.owed[:, REPORT] += np.bincount(reported, minlength=st.n_units) * (
            self._A("assessment", units).report_hours * factor
        )
        response = self._A("hub", self._of(i)).response_hours
        responded = (c["t_first"][i] >= 0) & (c["t_first"][i] - c["t_at"][i] <= response)
        book = self.scores.slot(t)
        rows = recorded & assess
        for j, v in (
            (assessment.RESPONSE, responded),
            (assessment.RESOLVED, rec_res),
            (assessment.SATISFIED, rec_sat),
            (assessment.RECORDED, np.ones(n, bool)),
        ):
            np.add.at(book[:, j], holder[rows], v[rows].astype(float))

    def _learn_catalogue(self, i) -> None:
        """The catalogue follows the unit that keeps resolving a cell's returned cases."""
        if not len(i):
            return
        c = self.tickets.cols
        need = np.broadcast_to(self._A("design", self._of(i)).learning_cases, i.shape)
        for j, k in zip(i, need, strict=True):  # returned-and-resolved cases are few: a loop
            cat, reg, u = int(c["cat"][j]), int(c["region"][j]), int(c["holder"][j])
            if self.learn_unit[cat, reg] == u:
                self.learn_count[cat, reg] += 1
            else:
                self.learn_unit[cat, reg], self.learn_count[cat, reg] = u, 1
            if self.learn_count[cat, reg] >= k:
                self.catalogue[cat, reg] = u

    def _repeat_calls(self, i, t: int, true_ok, sat_true) -> None:
        """Citizens whose need was not met call again (failure demand)."""
        c, a = self.tickets.cols, self._A("repeat", self._of(i))
        p = np.where(~true_ok, a.unresolved, np.where(~sat_true, a.unsatisfied, 0.0))
        again = (self._u(i, rand.REPEAT) < p) & (c["repeat"][i] < a.max_repeats)
        r = i[again]
        days = a.delay_days if not np.ndim(a.delay_days) else a.delay_days[again]
        if not len(r):
            self.tickets.free(i)
            return
        delay = -np.log1p(-self._u(r, rand.REPEAT_DELAY).astype(np.float64)) * days * 24.0
        uid = c["uid"][r] % REPEAT_UID + (c["repeat"][r].astype(np.int64) + 1) * REPEAT_UID
        values = {
            "uid": uid,
            "repeat": c["repeat"][r] + 1,
            "created": t + 1 + np.floor(delay).astype(np.int64),
        }
        for name in ("cat", "region", "kappa", "nu", "urg", "extra1", "extra2"):
            values[name] = c[name][r].copy()
        lane = self.tickets.lane(r)
        self.tickets.free(i)  # the finished cases' rows are free for the calls to come
        self._add_tickets(values, lane)
