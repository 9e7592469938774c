"""M5 Performance assessment (考核) and innovation performance.

C6: vertical lines and territorial blocks *create innovation performance* around digital
governance, and that strengthens the grassroots load.  Assessment pressure pi in [0, 1] with
weights on response, resolution and satisfaction rates (default 0.2 / 0.4 / 0.4) and optional
public ranking (ranking off scales pi by 0.8).  Effects in the model:

* deadline-first priority: tickets near their deadline get more of a unit's hours;
* effort stretch: available hours x (1 + 0.25 pi), counted as overtime load;
* 0.3 h of reporting per handled ticket;
* returns are pushed down to the territorial unit (see dispatch);
* gaming: at its deadline an unresolved ticket is "closed" with probability 0.6 pi (reported
  resolved and satisfied, truly unresolved; Bevan & Hood 2006: reported 90-96 % vs surveyed
  69-77 %);
* persuasion: citizens are talked into a satisfied rating with probability min(0.95, 1.8 pi);
* innovation projects: every assessed city- or district-level unit launches 0.5 pi projects a
  month; each lives 90 days and costs every street in its scope 2 h a week.
"""

from __future__ import annotations

import numpy as np

from ..structure import CITY, DISTRICT, HUB, Structure
from .design import Institutions

REPORT_HOURS = 0.3
PROJECT_DAYS = 90
PROJECT_HOURS_PER_WEEK = 2.0
WORK_HOURS_PER_WEEK = 70.0  # 7 days x 10 office hours: the hotline never closes


def stretch(inst: Institutions) -> float:
    return 1.0 + 0.25 * inst.pressure


def priority(deadline_left: np.ndarray, inst: Institutions) -> np.ndarray:
    """Weight of each open ticket in its unit's hours: 1, plus urgency as the deadline nears."""
    if inst.pressure <= 0:
        return np.ones(len(deadline_left))
    push = 4.0 * inst.pressure * inst.w_response / 0.2
    return 1.0 + push * 12.0 / (2.0 + np.maximum(deadline_left, 0.0))


def gaming_probability(inst: Institutions) -> float:
    return float(np.clip(0.6 * inst.pressure * inst.w_resolution / 0.4 * inst.gaming_factor, 0, 1))


def persuasion(inst: Institutions) -> float:
    p = min(0.95, 1.8 * inst.pressure * inst.w_satisfaction / 0.4)
    return p * (0.5 if inst.redesign else 1.0)


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

    def step(self, tick: int, inst: Institutions, rng: np.random.Generator, hours: int = 1) -> None:
        """Launch the projects of the next ``hours`` and retire finished ones."""
        if len(self.end):
            keep = self.end > tick
            self.end, self.where = self.end[keep], self.where[keep]
        if not inst.innovation or inst.pressure <= 0 or not len(self.launchers):
            return
        rate = 0.5 * inst.pressure * inst.innovation_factor / (30 * 24) * hours
        n = rng.poisson(rate, len(self.launchers))
        if n.any():
            where = np.repeat(self.scope, n)
            self.where = np.concatenate([self.where, where])
            self.end = np.concatenate([self.end, np.full(len(where), tick + PROJECT_DAYS * 24)])

    @property
    def active(self) -> int:
        return len(self.end)

    def street_hours_per_week(self) -> np.ndarray:
        """[R] weekly hours each street spends on the projects active in its scope."""
        city = (self.where == -1).sum()
        local = (self.where[None, :] == self.street_line[:, None]).sum(axis=1)
        return PROJECT_HOURS_PER_WEEK * (city + local)
