"""M6 Exceptions and escalation: the power-responsibility dilemma (权责困境), and whistle-blowing.

C5: at the digital end, a unit that is given a task without matching power must seek help from
higher-level departments.  Following the Virtual Design Team (Jin & Levitt 1996), a ticket in
process raises an *exception* at a rate per hour of work on it (hazard x hours worked, at most 1)

    h = b (1 - expertise)(1 - S) + p [no legal power on an enforce category]
        + c [a partner is needed but missing]   (x (1 - cross access) / 2 when partners exist)

(b, p, c: ``assumptions.escalation.hazard_*``).  An exception goes to the decision queue of
the superior (a multi-line issue climbs to the lowest common superior, through dual leadership
of district bureaus).  Each decision costs ``decision_hours``; the superior reassigns a case
that lacks power to the owner with power, authorises co-handling for a missing partner, or
orders rework (which settles the data gap with the partner that raised the exception).  With
no decision within the timeout the holder applies a *quick fix*.

Whistle-blowing (吹哨报到, Beijing): a street whose case needs a bureau's power or partnership
*decides* to summon the owning bureau when its expected wait for a superior's decision exceeds
what a summons costs it.  The bureau reports within 30 minutes and joins the case on site with
its authority; the street keeps the lead and the progress made, the bureau works a share of
what is left, and the joint action on site takes precedence in the street's hours
(``assumptions.whistle.priority``).
"""

from __future__ import annotations

import numpy as np

from ..lanes import like


def hazard(a, expertise, access, noauth, co_missing, has_co, cross) -> np.ndarray:
    """Exception hazard per working hour of a ticket in process (a: assumptions.escalation)."""
    co_gap = np.where(co_missing, 1.0, np.where(has_co, 0.5 * (1.0 - cross), 0.0))
    return (
        a.hazard_base * (1 - expertise) * (1 - access)
        + a.hazard_power * noauth
        + like(a.hazard_partner, co_gap) * co_gap
    )


def expected_wait_hours(decider_backlog_days, noauth, reassign_delay) -> np.ndarray:
    """What a street expects to wait for a superior's decision: the decider's backlog in
    calendar hours, plus the reassignment when the case lacks power."""
    return 24.0 * decider_backlog_days + reassign_delay * noauth


def whistles(expected_wait, cost_hours: float, u) -> np.ndarray:
    """The street summons the bureau when waiting would cost more than a summons.

    The cost a street weighs varies between cases (u uniform in [0, 1): cost x (0.5 + u)).
    """
    return expected_wait > cost_hours * (0.5 + u)
