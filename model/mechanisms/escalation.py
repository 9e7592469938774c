"""M6 Exceptions and escalation: the power-responsibility dilemma (权责困境), and whistle-blowing.

C5: at the digital end, a unit that is given a task without matching power must seek help from
higher-level departments.  Following the Virtual Design Team (Jin & Levitt 1996), a ticket in
process raises an *exception* each working hour with hazard

    h = 0.05 (1 - expertise)(1 - S) + 0.25 [no authority on an enforce category]
        + 0.15 [co-work needed but missing]   (x (1 - cross access) / 2 when co-handlers exist)

An exception goes to the decision queue of the superior (a multi-line issue climbs to the lowest
common superior, through dual leadership of district bureaus).  Each decision costs 0.5 h; the
superior reassigns to an owner with authority, authorises co-handling, or orders rework.  With no
decision in 48 h the holder applies a *quick fix* (quality x 0.5, reported resolved).

Whistle-blowing (吹哨报到, Beijing): a street summons the owning bureau directly; the bureau must
report within 30 minutes (S), costing it 2 h and the street 1 h; a case needing legal power
passes to the bureau at once, a case missing a partner gets its co-handlers: solved sideways,
without the decision queue.
"""

from __future__ import annotations

import numpy as np

DECISION_HOURS = 0.5
REASSIGN_DELAY = 4
MAX_ESCALATIONS = 3
WHISTLE_BUREAU_HOURS = 2.0
WHISTLE_STREET_HOURS = 1.0
WHISTLE_LATENCY = 0.5
WHISTLE_PRIORITY = 4.0  # a summoned bureau puts the case ahead of its routine queue
QUICK_FIX_QUALITY = 0.5


def hazard(expertise, access, noauth, co_missing, has_co, cross) -> np.ndarray:
    """Exception hazard per working hour of a ticket in process."""
    co_gap = np.where(co_missing, 1.0, np.where(has_co, 0.5 * (1.0 - cross), 0.0))
    return 0.05 * (1 - expertise) * (1 - access) + 0.25 * noauth + 0.15 * co_gap
