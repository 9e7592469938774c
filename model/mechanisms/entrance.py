"""M1 Entrance control: the unified 12345 intake (入口).

In the bureaucracy a citizen must guess which of dozens of offices is responsible.  The paper's
first claim (C1) is that the platform *controls the entrance*: one number, one hub, every demand
recorded as a ticket.  That record makes each ticket trackable (none is lost on the way),
assessable, and visible to a dispatcher who sees the whole demand mix at once.

The hub answers a share of contacts directly (default 0.55; hotline reports give 0.50-0.79, S),
so raw contacts arrive at lambda / (1 - beta).  Operators need about 6 minutes per dispatched
ticket (S); the wait for a free seat follows the Erlang C formula.
"""

from __future__ import annotations

import math


def erlang_c_wait_hours(arrivals_per_hour: float, handle_hours: float, seats: int) -> float:
    """Mean wait in queue (hours) of an M/M/c hub; a saturated hub waits up to a day."""
    a = arrivals_per_hour * handle_hours  # offered load in Erlangs
    c = max(int(seats), 1)
    if a <= 0:
        return 0.0
    if a >= c:
        return 24.0
    b = 1.0  # Erlang B by its stable recursion, then Erlang C from it
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    p_wait = c * b / (c - a * (1.0 - b))
    return min(24.0, p_wait * handle_hours / (c - a))


def raw_contacts(dispatched: float, direct_share: float) -> float:
    """Contacts the hub receives for a given number of dispatched tickets."""
    return dispatched / max(1e-9, 1.0 - direct_share)


def hub_hours(dispatched: float, direct_share: float, handle_hours: float) -> float:
    """Operator hours: each contact is handled once, dispatched or answered directly."""
    return (
        raw_contacts(dispatched, direct_share) * handle_hours if math.isfinite(dispatched) else 0.0
    )
