"""M3 Dispatch (派单) and returns (退单); M0 citizen self-routing.

C2: through data and algorithms the platform lets vertical lines and territorial blocks divide
work flexibly around issues.  Three ways a ticket finds its handler:

* ``none`` (the bureaucracy, M0): the citizen picks an office and is right half the time; a wrong
  office forwards the case along the hierarchy (up to the common superior, then down), 24 h and
  0.25 h of work per hop, and the citizen gives up with probability 0.05 per hop.
* ``manual``: an operator looks up the catalogue table (category x region -> unit), accuracy
  0.88 (S-derived), 6 minutes per ticket.
* ``algorithmic``: on the covered share (default 0.5; Liuzhou 99.6 % accuracy on 48.6 % of
  volume, S) every candidate unit able to take the category (expertise >= 0.3 in it, covering
  the region) gets a score
  U = wE expertise + wA authority + wJ jurisdiction + wL local + wS data - wB tanh(backlog days)
      + wH history.
  The backlog term lets work spill to the next qualified unit when demand shifts (flexibility);
  expertise and authority keep professionalism (the *composite architecture*, C3).
  Multi-department tickets also get co-handlers (协办) chosen by the same score.

A unit that sees a ticket as not its own (expertise < 0.3, no jurisdiction, or no legal power on
an enforce category unless a duty list settles it) returns it with probability 0.5 + 0.3 pi.
Territorial units cannot return a case in their own territory for lack of power alone (the
territorial catch-all rule, 属地兜底, modelling choice P): their dilemma shows as escalation.
The algorithm also classifies the tickets it covers (text classification, accuracy 0.99).
"""

from __future__ import annotations

import numpy as np

from ..structure import RETURN_EXPERTISE, TIAO, Structure
from .design import Institutions

CITIZEN_RIGHT = 0.5
HOP_HOURS = 24
HOP_WORK = 0.25
HOP_LOSS = 0.05
RETURN_WORK = 0.25
OPERATOR_HOURS = 0.1


def static_scores(st: Structure, inst: Institutions, s: np.ndarray) -> np.ndarray:
    """[K, R, W] the part of U that changes only with structure and institutions.

    wE expertise + wA authority + wJ jurisdiction + wL local + wS data for every category,
    region and candidate; -inf where a candidate may not lead (unable: expertise < 0.3; under a
    duty list, grassroots units on enforce categories; padding).
    """
    cands = st.candidates  # [R, W]
    valid = cands >= 0
    cc = np.where(valid, cands, 0)
    w = inst.weights
    k = st.n_categories
    e = st.expertise[cc].transpose(2, 0, 1)  # [K, R, W]
    a = st.authority[cc].transpose(2, 0, 1)
    sd = s[cc].transpose(2, 0, 1)
    j = st.jurisdiction[cc, np.arange(st.n_regions)[:, None]]  # [R, W]
    u = w[0] * e + w[1] * a + w[2] * j[None] + w[3] * st.local[cc][None] + w[4] * sd
    allowed = valid[None] & (e >= RETURN_EXPERTISE)
    if inst.duty_list:  # enforce items may not be led by the grassroots
        allowed &= ~(st.enforce[:, None, None] & st.grassroots[cc][None])
    out = np.where(allowed, u, -np.inf)
    assert out.shape == (k, st.n_regions, cands.shape[1])
    return out


def scores(st, static, backlog_days, history, w, cat, region, exclude=None):
    """Candidates [n, W] and their dispatch scores U [n, W] (-inf where not allowed):
    the static part plus - wB tanh(backlog days) + wH history."""
    cands = st.candidates[region]
    cc = np.maximum(cands, 0)
    u = static[cat, region] - w[5] * np.tanh(backlog_days[cc]) + w[6] * history[cc, cat[:, None]]
    if exclude is not None:
        u[cc == exclude[:, None]] = -np.inf
    return cc, u


def best(cands: np.ndarray, u: np.ndarray) -> np.ndarray:
    """The top-scoring candidate of each row (-1 if none is allowed)."""
    j = np.argmax(u, axis=1)
    top = cands[np.arange(len(j)), j]
    return np.where(np.isfinite(u[np.arange(len(j)), j]), top, -1)


def random_candidate(st: Structure, region: np.ndarray, u: np.ndarray) -> np.ndarray:
    """A uniformly random handler among those covering the region (u in [0, 1))."""
    cands = st.candidates[region]
    n_valid = (cands >= 0).sum(axis=1)
    j = np.minimum((u * n_valid).astype(np.int64), n_valid - 1)
    return cands[np.arange(len(region)), j]


def catalogue(st: Structure, inst: Institutions) -> np.ndarray:
    """The catalogue table in force: with a duty list enforce items go to bureaus."""
    return st.catalogue_duty if inst.duty_list else st.catalogue_territorial


def return_eligible(st, inst, holder, cat, region) -> np.ndarray:
    """Whether the holder sees the ticket as not its own (it may return it)."""
    # A territorial unit may not send back a case in its own territory for lack of power
    # (属地兜底): it must handle it or ask upwards (escalation, M6).
    no_power = st.enforce[cat] & ~st.authority[holder, cat] & ~st.grassroots[holder]
    no_power &= not inst.duty_list
    return (st.expertise[holder, cat] < RETURN_EXPERTISE) | ~st.covers[holder, region] | no_power


def return_probability(inst: Institutions) -> float:
    """Probability that an eligible holder really returns a ticket (pressure pushes it up)."""
    return min(1.0, (0.5 + 0.3 * inst.pressure) * inst.return_factor)


def push_down(st, inst, cat, u) -> np.ndarray:
    """Under assessment, a returned ticket is pushed down to the territorial unit (属地兜底)."""
    ok = ~(inst.duty_list & st.enforce[cat])
    return ok & (u < 0.5 * inst.pressure)


def is_bureau(st: Structure, units: np.ndarray) -> np.ndarray:
    return st.kind[units] == TIAO
