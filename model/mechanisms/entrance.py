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

_EXACT_LOAD = 5_000.0  # Erlangs; above this the closed-form approximation is used


def erlang_c_wait_hours(arrivals_per_hour: float, handle_hours: float, seats: int) -> float:
    """Mean wait in queue (hours) of an M/M/c hub; a saturated hub waits up to a day."""
    a = arrivals_per_hour * handle_hours  # offered load in Erlangs
    c = max(int(seats), 1)
    if a <= 0:
        return 0.0
    if a >= c:
        return 24.0
    if a > _EXACT_LOAD:  # a city-sized hub: the recursion would take a step per seat
        return min(24.0, _halfin_whitt(a, c) * handle_hours / (c - a))
    b = 1.0  # Erlang B by its stable recursion, then Erlang C from it
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
        if k > a and b < 1e-15:  # B only falls from here on: nobody waits (any number of seats)
            return 0.0
    p_wait = c * b / (c - a * (1.0 - b))
    return min(24.0, p_wait * handle_hours / (c - a))


def _halfin_whitt(a: float, c: int) -> float:
    """Probability of waiting in a large M/M/c queue (Halfin & Whitt 1981), accurate when
    the offered load is in the thousands; it needs no loop, whatever the number of seats."""
    beta = (c - a) / math.sqrt(a)
    phi = math.exp(-0.5 * beta * beta) / math.sqrt(2 * math.pi)
    if phi == 0.0:
        return 0.0
    big_phi = 0.5 * (1 + math.erf(beta / math.sqrt(2)))
    return 1.0 / (1.0 + beta * big_phi / phi)


def raw_contacts(dispatched: float, direct_share: float) -> float:
    """Contacts the hub receives for a given number of dispatched tickets."""
    return dispatched / max(1e-9, 1.0 - direct_share)


def hub_hours(dispatched: float, direct_share: float, handle_hours: float) -> float:
    """Operator hours: each contact is handled once, dispatched or answered directly."""
    return (
        raw_contacts(dispatched, direct_share) * handle_hours if math.isfinite(dispatched) else 0.0
    )
