"""How units spend their hours and how cases end: work, exceptions, decisions, outcomes.

The second half of the tick: each unit pays the hours it owes (forms, reporting, innovation
projects, coordination) and shares the rest among its tickets; tickets raise exceptions
(power-responsibility dilemma, M6) that go up to a decider or, with whistle-blowing, sideways
to the owning bureau; finished tickets are scored for quality, satisfaction, lateness and
(under assessment) gamed at their deadline.  A mixin of :class:`model.engine.Simulation`.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812
from .mechanisms import assessment, escalation, interface
from .structure import WORK_HOURS
from .tickets import DECISION, PROCESS, TRANSIT

HISTORY_RATE = 0.05  # EWMA step of a unit's resolution quality per category
DIRECT, COORD, REWORK, REPORT, INNOV, ESCAL = range(6)
NIGHT_DUTY = 0.25  # share of an office hour's capacity on duty at night
NIGHT_CLASSES = 1  # urgency classes worked at night: urgent (2 h) and utilities (24 h)
URGENT_TEAM = 3.0  # an urgent case gets a team of three; others one person at a time (P)
QUALITY_BASE = 0.6  # quality of a case handled with no expertise at all (P)
FATIGUE_FROM = 0.9  # utilisation above which quality suffers (burnout band)


class Casework:
    """Work, exceptions, decisions and outcomes of tickets (mixed into Simulation)."""

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

        Out of office hours a duty officer (25 % of an hour's capacity) works urgent and
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
        cap = np.where(c["urg"][i] == 0, URGENT_TEAM, 1.0)  # staff-hours a case absorbs per hour
        for _ in range(2):  # share, then hand what saturated tickets left to the others
            open_ = need - give > 1e-9
            wsum = np.bincount(at[open_], weights=w[open_], minlength=st.n_units)
            share = np.where(open_, left[at] * w / np.maximum(wsum[at], 1e-12), 0.0)
            add = np.minimum(share, np.minimum(cap, need) - give)
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
        sat_true = (c["u_sat"][i] < 1.0 / (1.0 + np.exp(-x))) & (how != "lost")  # gave up
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
