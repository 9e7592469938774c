"""M5 Performance assessment (考核), by unit: scores, ranks, pressure, fatigue, innovation.

C6: vertical lines and territorial blocks *create innovation performance* around digital
governance, and that strengthens the grassroots load.  In the model the city sets a pressure
pi in [0, 1] and weights on the response, resolution and satisfaction rates; what a unit does
follows from *its own* situation:

* **Scores**: every month (``assumptions.assessment.score_days``) each unit that handled cases
  gets a score from its *recorded* rates of the last window - response (first contact within
  ``hub.response_hours``), resolution and satisfaction as the hub's callback recorded them -
  weighted, minus marks for rejected return requests and detected gaming; bureaus also carry
  the streets' rating of their whistle responses (双考核).
* **Rank and pressure**: with ranking on, units are ranked within their peer group (streets,
  communities, district bureaus, city bureaus, district governments); a unit's own pressure is
  p_u = pi x h(rank), h = 1 + spread x (rank percentile - 1/2), highest at the bottom (Beijing
  names the bottom of its monthly ranking of streets publicly).  Without ranking p_u = pi.
* **Decisions driven by p_u** (in the engine): deadline-first priority, overtime (stretch),
  gaming at the deadline weighed against the chance of being found out, persuading unhappy
  citizens before the callback, asking to exclude "unreasonable" cases, strategic return
  requests.
* **Fatigue**: a unit's fatigue is a moving average of its overtime over about four weeks;
  it lowers the unit's work rate and quality, so sustained stretch pays at first and costs later.
* **Innovation projects**: every assessed city- or district-level unit launches
  ``innovation.per_month`` x pi projects a month; each lives ``project_days`` and costs every
  street in its scope ``street_hours`` a week.  The run starts with the steady-state number.
"""

from __future__ import annotations

import numpy as np

from ..structure import CITY, DISTRICT, HUB, Structure
from .design import Institutions

WORK_HOURS_PER_WEEK = 70.0  # 7 days x 10 office hours: the hotline never closes
RESPONSE, RESOLVED, SATISFIED, RECORDED, MARKS, RATING, RATED = range(7)


def priority(deadline_left: np.ndarray, pressure: np.ndarray, inst: Institutions, push: float):
    """Weight of each open ticket in its unit's hours: 1, plus urgency as the deadline nears,
    in proportion to the unit's own pressure and the weight of the response rate."""
    k = push * pressure * inst.w_response / 0.2
    return 1.0 + k * 12.0 / (2.0 + np.maximum(deadline_left, 0.0))


def peer_groups(st: Structure) -> np.ndarray:
    """[N] peer group of every unit (kind x level), -1 for the hub (never ranked)."""
    g = st.kind.astype(np.int64) * 4 + st.level
    return np.where(st.kind == HUB, -1, g)


class Scores:
    """Each unit's recorded rates over the scoring window, its score, rank and pressure."""

    def __init__(self, st: Structure, days: int) -> None:
        self.days = max(int(days), 1)
        self.book = np.zeros((self.days, st.n_units, 7))  # one slot per day, a ring
        group = peer_groups(st)
        if st.lanes > 1:  # runs of a batch: peers are ranked within their own run
            lane = np.arange(st.n_units) // st.lane_units
            group = np.where(group >= 0, group + lane * (int(group.max()) + 1), -1)
        self.group = group
        self.score = np.full(st.n_units, np.nan)
        self.rank = np.full(st.n_units, 0.5)  # percentile in its group, 0 top .. 1 bottom

    def slot(self, tick: int) -> np.ndarray:
        return self.book[(tick // 24) % self.days]

    def clear_day(self, tick: int) -> None:
        self.book[(tick // 24) % self.days] = 0.0

    def update(self, inst: Institutions, rating_weight: float, units: slice = slice(None)) -> None:
        """Monthly scoring and ranking from the window's records (of the given units: one run
        of a batch whose runs differ)."""
        s = self.book[:, units].sum(axis=0)
        n = s[:, RECORDED]
        has = n > 0
        rate = np.divide(s[:, :3], n[:, None], out=np.zeros((len(n), 3)), where=has[:, None])
        w = np.array([inst.w_response, inst.w_resolution, inst.w_satisfaction])
        score = (rate * w).sum(axis=1) / max(w.sum(), 1e-12) - s[:, MARKS] / np.maximum(n, 1)
        rated = s[:, RATED] > 0
        rating = np.divide(s[:, RATING], s[:, RATED], out=np.zeros(len(n)), where=rated)
        score = np.where(rated, (1 - rating_weight) * score + rating_weight * rating, score)
        score = np.where(has, score, np.nan)
        self.score[units] = score
        group = self.group[units]
        rank = np.full(len(n), 0.5)
        for g in np.unique(group[group >= 0]):
            members = np.flatnonzero((group == g) & has)
            if len(members) > 1:
                order = np.argsort(-score[members], kind="stable")
                pct = np.empty(len(members))
                pct[order] = np.arange(len(members)) / (len(members) - 1)
                rank[members] = pct
        self.rank[units] = rank

    def pressure(self, inst: Institutions, spread: float) -> np.ndarray:
        """[N] each unit's own pressure p_u."""
        return pressure(self.rank, inst, spread)


def pressure(rank: np.ndarray, inst: Institutions, spread: float) -> np.ndarray:
    """Each unit's own pressure p_u from its rank percentile (0 top .. 1 bottom)."""
    if not inst.assess:
        return np.zeros(len(rank))
    if not inst.ranking:
        return np.full(len(rank), inst.pressure)
    return np.clip(inst.pressure * (1.0 + spread * (rank - 0.5)), 0.0, 1.0)


def gaming_probability(pressure, detect, inst: Institutions, a) -> np.ndarray:
    """Probability that a unit closes an unresolved case at its deadline as resolved.

    It rises with the unit's pressure and the weight of the resolution rate and falls with the
    chance of being found out that the unit has learnt (a: assumptions.gaming).
    """
    p = a.propensity * pressure * inst.w_resolution / 0.4 * (1.0 - a.deterrence * detect)
    return np.clip(p, 0.0, 1.0)


def fatigue_step(fatigue, overtime_ratio, day: int, memory_days: float) -> np.ndarray:
    """Moving average of daily overtime with a memory of ``memory_days``.

    For the first days it is the plain mean of the days so far, so the run does not begin
    with a transient from zero that a summary would average over.
    """
    alpha = 1.0 / np.minimum(memory_days, day + 1.0)
    return fatigue + alpha * (overtime_ratio - fatigue)


class InnovationProjects:
    """Innovation projects launched by assessed units and the street hours they cost."""

    def __init__(self, st: Structure) -> None:
        self.launchers = np.flatnonzero(
            (st.kind != HUB) & ((st.level == CITY) | (st.level == DISTRICT))
        )
        # scope: -1 city-wide, else the district tree (line) whose streets carry the project
        lau = self.launchers
        home = np.where(st.territory[lau] >= 0, st.territory[lau], lau)  # a district bureau's
        self.scope = np.where(st.level[lau] == CITY, -1, st.line[home])  # district is its own
        self.street_line = st.line[st.region_unit]
        self.streets = st.region_unit
        self.end = np.zeros(0, dtype=np.int64)
        self.where = np.zeros(0, dtype=np.int64)
        self.started = False

    def _rate(self, inst: Institutions, a) -> float:
        """Projects per launcher per hour."""
        if not inst.innovation or inst.pressure <= 0:
            return 0.0
        factor = a.redesign_factor if inst.audit else 1.0
        return a.per_month * inst.pressure * factor / (30 * 24)

    def step(self, tick: int, inst: Institutions, rng, a, hours: int = 1) -> None:
        """Launch the projects of the next ``hours`` and retire finished ones.

        The first call starts from the steady state: Poisson(rate x life) projects per
        launcher, with uniformly spread remaining lives.
        """
        if len(self.end):
            keep = self.end > tick
            self.end, self.where = self.end[keep], self.where[keep]
        rate = self._rate(inst, a)
        life = int(a.project_days * 24)
        if not self.started:
            self.started = True
            if rate > 0 and len(self.launchers):
                n = rng.poisson(rate * life, len(self.launchers))
                where = np.repeat(self.scope, n)
                self.where = where
                self.end = tick + rng.integers(1, life + 1, len(where))
        if rate <= 0 or not len(self.launchers):
            return
        n = rng.poisson(rate * hours, len(self.launchers))
        if n.any():
            where = np.repeat(self.scope, n)
            self.where = np.concatenate([self.where, where])
            self.end = np.concatenate([self.end, np.full(len(where), tick + life)])

    @property
    def active(self) -> int:
        return len(self.end)

    def street_hours_per_week(self, hours_per_project: float) -> np.ndarray:
        """[R] weekly hours each street spends on the projects active in its scope."""
        city = (self.where == -1).sum()
        local = (self.where[None, :] == self.street_line[:, None]).sum(axis=1)
        return hours_per_project * (city + local)
