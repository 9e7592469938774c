"""M3 Dispatch (派单) and return requests (退单) under first-receiver responsibility; M0 routing.

C2: through data and algorithms the platform lets vertical lines and territorial blocks divide
work flexibly around issues.  Three ways a ticket finds its handler:

* ``none`` (the bureaucracy, M0): the citizen picks an office and is right with probability
  ``assumptions.bureaucracy.citizen_right``; a wrong office forwards the case along the
  hierarchy (up to the common superior, then down) and the citizen may give up on the way.
* ``manual``: an operator looks up the catalogue table (category x region -> unit) and lists a
  co-handler for every other department the case needs (that category's catalogue unit).
* ``algorithmic``: on the covered share of tickets every candidate unit able to take the
  category gets a score
  U = wE expertise + wA authority + wJ jurisdiction + wL local + wS data - wB tanh(backlog days)
      + wH history,
  and the algorithm chooses the lead and the co-handlers by it.  The backlog term lets work
  spill to the next qualified unit when demand shifts (flexibility); expertise and authority
  keep professionalism (the *composite architecture*, C3).  Tickets the algorithm does not
  cover are routed exactly as under manual dispatch, so coverage 0 *is* manual dispatch.

With ``dispatch.levels = "street"`` (default) the hub dispatches to bureaus and streets; a street
passes livelihood cases on to its self-governing communities (居委会).  With ``"community"`` the
hub dispatches to communities directly.

Returns (首接负责制, first-receiver responsibility): a unit does not send a ticket back by itself,
it *requests* a return.  A request is *founded* when the unit lacks the expertise, the
jurisdiction, or (a bureau) the legal power the case needs; territorial units must handle
cases in their territory for lack of power alone (属地兜底) and show that dilemma as escalation.
Unfounded requests are a choice - pushing work away - that rises with the unit's backlog and
its assessment pressure.  The hub reviews each request: founded ones are approved, unfounded
ones rejected with the review's strictness (the unit keeps the case and a mark against its
response score).
"""

from __future__ import annotations

import numpy as np

from ..structure import COMMUNITY, Structure
from .design import Institutions


def static_scores(st: Structure, inst: Institutions, s, expertise, authority) -> np.ndarray:
    """[K, R, W] the part of U that changes only with structure and institutions.

    wE expertise + wA authority + wJ jurisdiction + wL local + wS data for every category,
    region and candidate; -inf where a candidate may not lead (unable; communities when the
    hub dispatches to streets; under a duty list, grassroots units on enforce categories).
    """
    cands = st.candidates  # [R, W]
    valid = cands >= 0
    cc = np.where(valid, cands, 0)
    w = inst.weights
    e = expertise[cc].transpose(2, 0, 1)  # [K, R, W]
    a = authority[cc].transpose(2, 0, 1)
    sd = s[cc].transpose(2, 0, 1)
    j = st.jurisdiction[cc, np.arange(st.n_regions)[:, None]]  # [R, W]
    u = w[0] * e + w[1] * a + w[2] * j[None] + w[3] * st.local[cc][None] + w[4] * sd
    allowed = valid[None] & (e >= st.able)
    if inst.levels == "street":
        allowed &= (st.level[cc] != COMMUNITY)[None]
    if inst.duty_list:  # enforce items may not be led by the grassroots
        allowed &= ~(st.enforce[:, None, None] & st.grassroots[cc][None])
    return np.where(allowed, u, -np.inf)


def scores(st, static, backlog_days, history, w, cat, region, exclude=None):
    """Candidates [n, W] and their dispatch scores U [n, W] (-inf where not allowed):
    the static part plus - wB tanh(backlog days) + wH history.  ``exclude`` is [n] or [n, E]
    (units that may not get the ticket, -1 for none)."""
    cands = st.candidates[region]
    cc = np.maximum(cands, 0)
    if np.ndim(w) == 2:  # one row of weights per ticket (runs of a batch that differ)
        w = w.T[:, :, None]
    u = static[cat, region] - w[5] * np.tanh(backlog_days[cc]) + w[6] * history[cc, cat[:, None]]
    if exclude is not None:
        ex = np.asarray(exclude).reshape(len(cat), -1)
        u[(cc[:, :, None] == ex[:, None, :]).any(axis=2)] = -np.inf
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


def founded(st, inst, expertise, authority, holder, cat, region) -> np.ndarray:
    """Whether the holder has a founded reason to request a return."""
    no_power = st.enforce[cat] & ~authority[holder, cat] & ~st.grassroots[holder]
    no_power &= np.logical_not(inst.duty_list)
    return (expertise[holder, cat] < st.able) | ~st.covers_at(holder, region) | no_power


def request_probability(founded_, backlog_days, pressure, a) -> np.ndarray:
    """Probability that the holder requests a return (a: assumptions.returns).

    Founded: ``founded_request``.  Unfounded: ``strategic_request`` x tanh(backlog days) x
    (0.5 + own pressure) - a loaded, pressed unit pushes work away more often.
    """
    strategic = a.strategic_request * np.tanh(backlog_days) * (0.5 + pressure)
    return np.where(founded_, a.founded_request, np.minimum(strategic, 1.0))
