"""How units spend their hours: overhead, casework, exceptions, whistle, decisions, deadlines.

The second half of the tick: each unit pays the hours it owes (forms, reporting, projects,
coordination, persuasion) and shares the rest among its tickets, nearer deadlines first as its
own assessment pressure demands, and slower when it is fatigued; tickets raise exceptions
(power-responsibility dilemma, M6) that go up to a decider or - if the street judges the wait
too long - sideways to the owning bureau, which joins on site (吹哨报到); at a deadline a pressed
unit may close an unresolved case as resolved (gaming).  A mixin of
:class:`model.engine.Simulation`; how a case ends is in ``model/outcomes.py``.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812
from . import rand
from .lanes import like
from .mechanisms import assessment, escalation
from .structure import TIAO, WORK_HOURS
from .tickets import DECISION, PROCESS, TRANSIT

DIRECT, COORD, REWORK, REPORT, INNOV, ESCAL, PERSUADE, PROJECT = range(8)  # metrics.HOUR_TYPES
NIGHT_CLASSES = 1  # urgency classes worked at night: urgent (2 h) and utilities (24 h)


def _shares(at, w, open_, left, n: int) -> np.ndarray:
    """Each open ticket's share of the hours ``left`` of its unit ``at``, in proportion to its
    weight ``w`` among the unit's open tickets (0 for the others: the same sums)."""
    wsum = np.bincount(at, weights=np.where(open_, w, 0.0), minlength=n)
    return np.where(open_, left[at] * w / np.maximum(wsum[at], 1e-12), 0.0)


class Casework:
    """Work, exceptions, decisions and deadlines of tickets (mixed into Simulation)."""

    def _overhead(self, t: int) -> None:
        """Form-filling, reporting and projects accrue as hours owed."""
        if t % 24 == 0:
            self._innovation_day(t)
        if not WORK_HOURS[0] <= t % 24 < WORK_HOURS[1]:
            return
        per_hour = 1.0 / assessment.WORK_HOURS_PER_WEEK
        self.owed[:, REPORT] += self.forms_week * per_hour
        if self._innov_any:
            self.owed[self.st.region_unit, INNOV] += self._innov_week * per_hour
        on = self.project_until > t
        if on.any():
            self.owed[on, PROJECT] += self.project_rate[on]
        self.project_rate[~on] = 0.0

    def _innovation_day(self, t: int) -> None:
        """Each run's innovation projects of the day, and the weekly street hours they cost
        (projects start and end only here, so the figure holds all day)."""
        weeks = []
        for r, (project, rng) in enumerate(zip(self.projects, self._proj_rngs, strict=True)):
            a = self.lane_a[r].innovation
            project.step(t, self.config.insts[r], rng, a, hours=24)
            street = project.street_hours_per_week(a.street_hours) if project.active else None
            weeks.append(street)
        self._innov_any = any(w is not None for w in weeks)
        n_regions = self.st0.n_regions
        self._innov_week = np.concatenate([np.zeros(n_regions) if w is None else w for w in weeks])

    def _update_backlog(self) -> None:
        """Each unit's queue in days of its capacity: casework, decisions it owes, overhead."""
        c, n = self.tickets.cols, self.st.n_units
        i = np.flatnonzero(c["state"] >= PROCESS)
        hours = np.where(c["state"][i] == DECISION, c["dec"][i], c["work"][i])
        out = np.bincount(c["at"][i], weights=hours, minlength=n)
        self.backlog_days = (out + self.owed.sum(axis=1)) / np.maximum(self.st.capacity, 1e-9)

    def _work(self, t: int, night: bool = False) -> None:
        """Each unit spends this hour: owed overhead first, then its tickets (weighted sharing).

        Available hours: the office hour's capacity, stretched by overtime in proportion to the
        unit's own pressure.  Progress per hour worked falls with the unit's fatigue.  Out of
        office hours a duty officer works urgent and utilities cases only.
        """
        st, c = self.st, self.tickets.cols
        units = self._of_units()
        hours_per_tick = self._hours_per_tick
        if night:
            i = np.flatnonzero((c["state"] == PROCESS) & (c["urg"] <= NIGHT_CLASSES))
            if not len(i):
                self.gave = None
                return
            left = self._A("work", units).night_duty * hours_per_tick
            by_type = np.zeros_like(self.owed)
        else:
            stretch = self._A("assessment", units).stretch_max
            avail = hours_per_tick * (1.0 + stretch * self.pressure_u)
            owed_total = self.owed.sum(axis=1)
            spend = np.minimum(owed_total, avail)
            frac = np.divide(spend, owed_total, out=np.zeros_like(spend), where=owed_total > 0)
            by_type = self.owed * frac[:, None]
            self.owed -= by_type
            left = avail - spend
            i = np.flatnonzero(c["state"] >= PROCESS)
        at = c["at"][i]
        busy = left[at] > 0  # a unit with no hour left gives its tickets nothing (exact zeros)
        i, at = i[busy], at[busy]
        lane = self._of(i)
        dec = c["state"][i] == DECISION
        need_work = np.where(dec, c["dec"][i], c["work"][i])
        loss = self._A("fatigue", lane).rate_loss
        rate = 1.0 - loss * self.fatigue[at]  # progress per hour worked
        need = need_work / np.maximum(rate, 1e-3)  # hours it takes this unit
        w = assessment.priority(
            (c["deadline"][i] - t).astype(float),
            self.pressure_u[at],
            self._I(lane),
            self._A("assessment", lane).priority_push,
        )
        together = self._A("whistle", lane).priority  # a joint action on site
        w = np.where(c["whistled"][i], together, 1.0) * w
        cap = np.where(c["urg"][i] == 0, self._A("work", lane).urgent_team, 1.0)  # per hour
        most = np.minimum(cap, need)  # hours a ticket can take this hour
        # Share the unit's hours among its unfinished tickets, then hand what the saturated
        # tickets could not take to the others.
        n = st.n_units
        give = np.maximum(np.minimum(_shares(at, w, need > 1e-7, left, n), most), 0.0)
        left = left - np.bincount(at, weights=give, minlength=n)
        more = _shares(at, w, need - give > 1e-7, left, n)
        give = give + np.maximum(np.minimum(more, most - give), 0.0)
        done = give * rate
        case = ~dec
        i_case, give_case = i[case], give[case]
        c["work"][i_case] -= done[case]
        c["dec"][i[dec]] -= done[dec]
        first = (give_case > 0) & (c["t_first"][i_case] < 0)
        c["t_first"][i_case[first]] = t
        self.gave = (i, give)
        # casework and decisions apart (the others add zeros: the same sums)
        by_type[:, DIRECT] += np.bincount(at, weights=np.where(dec, 0.0, give), minlength=n)
        by_type[:, ESCAL] += np.bincount(at, weights=np.where(dec, give, 0.0), minlength=n)
        self._account(by_type, i_case, give_case, at[case], night)

    def _account(self, by_type, i, give, at, night: bool) -> None:
        """Add this hour's work to the counters (grassroots load, professionalism, data) of
        the cases ``i`` worked on at units ``at``."""
        c, col, row = self.tickets.cols, M.COL, self.row
        g0 = col["g_direct"]
        total = by_type.sum(axis=1)
        row[:, g0 : g0 + len(M.HOUR_TYPES)] += self._lane_sum(self._grassroots, by_type)
        row[:, col["b_hours"]] += self._lane_sum(self._bureaus, total)
        if not night:  # nominal capacity counts office hours only
            row[:, col["g_cap"]] += self._cap_grassroots
            row[:, col["b_cap"]] += self._cap_bureaus
        cat = c["cat"][i]
        self._add_sums(
            i,
            {
                "work_hours": give,
                "prof_sum": give * self.prof[at, cat],
                "data_sum": give * self.access[at, cat],
            },
        )
        slot = self.tick % 24
        self.unit_hours[slot] = total
        self.unit_hidden[slot] = total - by_type[:, DIRECT]
        self.worked_today += total
        led = self.led[(self.tick // 24) % len(self.led)]  # [K, units] of today
        cell = cat.astype(np.int64) * led.shape[1] + at
        led.reshape(-1)[cell[give > 0]] = True

    def _exceptions(self, t: int) -> None:
        st, c = self.st, self.tickets.cols
        if self.gave is None:
            return
        i, give = self.gave
        most = self._A("escalation", self._of(i)).max_escalations
        live = (c["state"][i] == PROCESS) & (give > 0) & (c["escalations"][i] < most)
        i = i[live]
        if not len(i):
            return
        a = self._A("escalation", self._of(i))
        holder, cat = c["holder"][i], c["cat"][i]
        h = escalation.hazard(
            a,
            self.expertise[holder, cat],
            self.access[holder, cat],
            c["noauth"][i],
            c["co_missing"][i],
            (c["co1"][i] >= 0) | (c["co2"][i] >= 0) | (c["helper"][i] >= 0),
            c["cross"][i],
        )
        exposure = np.minimum(give[live], 1.0)  # hours of work on the case this hour
        hit = self._u(i, rand.EXCEPTION, t) < 1.0 - np.exp(-h * exposure)
        i, holder, cat = i[hit], holder[hit], cat[hit]
        if not len(i):
            return
        lane = self._of(i)
        a, inst = self._A("escalation", lane), self._I(lane)
        lateral_issue = c["noauth"][i] | c["co_missing"][i] | (c["cross"][i] < 1)
        decider = np.where(lateral_issue, st.decider_multi[holder, cat], st.decider[holder])
        decider = np.where(decider < 0, holder, decider)
        if np.any(inst.whistle):  # power or a partner missing: the street may summon the bureau
            bureau = st.owner[cat, c["region"][i]]
            can = (
                (c["noauth"][i] | c["co_missing"][i])
                & st.grassroots[holder]
                & (st.kind[bureau] == TIAO)
                & (c["helper"][i] < 0)
                & inst.whistle
            )
            wait = escalation.expected_wait_hours(
                self.backlog_days[decider], c["noauth"][i], a.reassign_delay
            )
            cost = self._A("whistle", lane).cost_hours
            w = can & escalation.whistles(wait, cost, self._u(i, rand.WHISTLE, t))
            if w.any():
                self._whistle(i[w], bureau[w], t)
                keep = ~w
                i, holder, decider = i[keep], holder[keep], decider[keep]
                a = self._A("escalation", self._of(i))
        if not len(i):
            return
        c["state"][i] = DECISION
        c["at"][i] = decider
        c["esc_time"][i] = t
        c["escalations"][i] += 1
        c["dec"][i] = a.decision_hours
        self._add("escalations", i)
        self._flow("escalation", holder, decider)

    def _whistle(self, i, bureau, t: int) -> None:
        """吹哨报到: the street summons the owning bureau, which reports within 30 minutes and
        joins the case on site with its authority; the street keeps the lead and the progress
        made, the bureau works ``whistle.bureau_share`` of what is left."""
        st, c, lane = self.st, self.tickets.cols, self._of(i)
        a, per_unit = self._A("whistle", lane), self._A("whistle", self._of_units())
        holder = c["holder"][i]
        n = st.n_units
        left = c["work"][i].astype(np.float64)
        self.owed[:, DIRECT] += np.bincount(bureau, a.bureau_share * left, n)
        self.owed[:, ESCAL] += np.bincount(bureau, minlength=n) * per_unit.bureau_hours
        self.owed[:, ESCAL] += np.bincount(holder, minlength=n) * per_unit.street_hours
        c["work"][i] = left * (1.0 - a.bureau_share)
        c["helper"][i] = bureau
        c["noauth"][i] = False
        c["co_missing"][i] = False
        c["cross"][i] = 1.0
        c["whistled"][i] = True
        c["wait"][i] += like(a.latency, c["wait"])
        rated = np.broadcast_to(self._I(lane).assess, bureau.shape)  # 双考核: streets rate
        if rated.any():  # the bureau's response
            book, b = self.scores.slot(t), bureau[rated]
            np.add.at(book[:, assessment.RATING], b, 1.0 - np.tanh(self.backlog_days[b]))
            np.add.at(book[:, assessment.RATED], b, 1.0)
        self._add("whistles", i)
        self._add("help_n", i)
        self._add("help_hours", i, scale=self.config.per_run("latency", "whistle"))
        self._flow("whistle", holder, bureau)

    def _decisions(self, t: int) -> None:
        """Superiors decide: a case without power is reassigned to the owner with power; a case
        missing a partner gets co-handlers authorised from above; any other exception is sent
        back for rework, which settles the data gap with the partners that raised it."""
        st, c = self.st, self.tickets.cols
        i = np.flatnonzero((c["state"] == DECISION) & (c["dec"] <= 1e-6))
        if not len(i):
            return
        delay = self.config.per_run("reassign_delay", "escalation")
        self._add("decisions", i)
        self._add("help_n", i)
        self._add("help_hours", i, weights=(t - c["esc_time"][i]).astype(np.float64))
        self._add("help_hours", i[c["noauth"][i]], scale=delay)
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
            c["upward"][r] = True
            c["state"][r] = TRANSIT
            late = np.round(self._A("escalation", self._of(r)).reassign_delay).astype(np.int64)
            c["ready"][r] = t + late
            c["noauth"][r] = False
            self._flow("dispatch", st.hub, new)
        m = i[missing]
        if len(m):
            self._set_partners(m, by_score=False)  # the partners the catalogue lists
            c["upward"][m] = True
            c["co_missing"][m] = False
        rw = i[~noauth & ~missing]
        share = self._A("escalation", self._of(rw)).rework_share
        kappa = c["kappa"][rw]
        np.add.at(self.owed[:, REWORK], c["holder"][rw], like(share, kappa) * kappa)

    def _timeouts(self, t: int) -> None:
        """No decision within the timeout: the holder applies a quick fix."""
        c = self.tickets.cols
        i = self.tickets.in_state(DECISION)
        timeout = self._I(self._of(i)).decision_timeout
        i = i[t - c["esc_time"][i] >= timeout]
        if len(i):
            c["at"][i] = c["holder"][i]
            self._add("help_n", i)  # help never came
            self._add("help_hours", i, scale=self.config.per_run("decision_timeout"))
            self._finish(i, t, "quickfix")

    def _completion(self, t: int) -> None:
        c = self.tickets.cols
        i = np.flatnonzero((c["state"] == PROCESS) & (c["work"] <= 1e-6))
        if len(i):
            self._finish(i, t, "resolved")

    def _deadlines(self, t: int) -> None:
        """At its deadline, a pressed unit may close an unresolved case as resolved (gaming),
        weighing its pressure against the chance of being found out it has learnt.

        Deadlines that fell due out of hours are decided the next morning.
        """
        c = self.tickets.cols
        checked, self._deadlines_checked = self._deadlines_checked, t
        if not np.any(self.config.per_run("assess")):
            return
        due = (c["deadline"] <= t) & (c["deadline"] > checked) & (c["state"] >= PROCESS)
        i = np.flatnonzero(due & ~c["gamed_once"])
        i = i[np.broadcast_to(self._I(self._of(i)).assess, i.shape)]  # runs with assessment
        if not len(i):
            return
        holder, lane = c["holder"][i], self._of(i)
        p = assessment.gaming_probability(
            self.pressure_u[holder], self.detect[holder], self._I(lane), self._A("gaming", lane)
        )
        game = self._u(i, rand.GAME) < p
        if game.any():
            c["at"][i[game]] = holder[game]
            self._finish(i[game], t, "gamed")
