"""Counter-based random numbers: a uniform computed from (seed, ticket, event, step).

A sequential random stream hands out numbers in the order they are asked for, so a ticket's luck
depends on how many other tickets asked before it: change one institution and every later draw
shifts.  Here each draw is a pure function of *who* draws it and *what for* - the run's seed,
the ticket's id, an event code and a step (an hour, a repeat number) - hashed by SplitMix64.
A ticket therefore meets the same luck whatever the other tickets do, two designs compared on
one seed face the same citizens *and* the same chances along the way (common random numbers),
and a run gives the same history alone or in a batch.
"""

from __future__ import annotations

import numpy as np

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLD = np.uint64(0x9E3779B97F4A7C15)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)
_TO_UNIT = 1.0 / float(1 << 53)

# Event codes: one per kind of decision or chance a ticket meets.
(
    TRUE,  # whether a handled case is truly resolved (against its quality)
    SAT,  # whether the citizen is satisfied
    ACC,  # operator classification
    SIDE,  # neighbour category of a misfiled case
    COV,  # algorithm coverage; in M0 giving up on the way
    MAN,  # routing slip; in M0 whether the citizen guessed right
    PICK,  # which office a citizen or a slip picks
    RETURN,  # whether the holder requests a return
    REVIEW,  # the hub's review of a return request
    CO,  # informal coordination (M0)
    COMMUNITY,  # a street passes a case to a community
    WHICH_COMMUNITY,
    EXCEPTION,  # exception in an hour of work
    GAME,  # gaming at the deadline
    PERSUADE,  # persuasion attempt
    PERSUADED,  # persuasion success
    EXCLUDE,  # exclusion request
    APPROVE,  # exclusion approved
    CALLBACK,  # the hub calls back
    AUDIT,  # the hub audits the closure on site
    REPEAT,  # the citizen calls again
    REPEAT_DELAY,
    PREVENT,  # a call prevented by proactive governance
    WHISTLE,  # the cost a street weighs before it whistles
) = range(24)

# Events a ticket meets at every hour of work: the key of each is stored with the ticket when it
# is created (:func:`event_key`), so an hour's draw hashes only its step.
KEYED = (EXCEPTION,)


# Events met at most once per ticket: drawn together when the ticket is created and stored
# with it (the same numbers a later call would compute; one vectorised hash instead of many).
ONCE = (
    TRUE, SAT, ACC, SIDE, COV, MAN, PICK, CO, COMMUNITY, WHICH_COMMUNITY, GAME,
    PERSUADE, PERSUADED, EXCLUDE, APPROVE, CALLBACK, AUDIT, REPEAT, REPEAT_DELAY, PREVENT,
)  # fmt: skip


def _splitmix(x: np.ndarray) -> np.ndarray:
    x = x + _GOLD
    x = (x ^ (x >> _S30)) * _M1
    x = (x ^ (x >> _S27)) * _M2
    return x ^ (x >> _S31)


def at_creation(seed, uid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What a ticket stores when it is created: [n, len(ONCE)] the uniforms of every
    once-per-ticket event (float32) and [n, len(KEYED)] the keys of the hourly events (uint64),
    from one hash per (ticket, event); ``seed`` is the run's seed, or one per ticket (tickets
    of a batch of runs)."""
    uid = np.asarray(uid, dtype=np.int64)
    events = np.asarray(ONCE + KEYED, dtype=np.int64)
    if np.ndim(seed):
        seed = np.asarray(seed)[:, None]
    keys = event_key(seed, uid[:, None], events[None, :])
    return uniform_at(keys[:, : len(ONCE)]).astype(np.float32), keys[:, len(ONCE) :]


def _seed_key(seed) -> np.ndarray:
    """The seed's 48 low bits times the golden ratio constant (scalar, or one per ticket)."""
    if np.ndim(seed):
        return (np.asarray(seed, dtype=np.int64) & 0xFFFFFFFFFFFF).astype(np.uint64) * _GOLD
    return np.uint64(seed & 0xFFFFFFFFFFFF) * _GOLD


def event_key(seed, uid: np.ndarray, event) -> np.ndarray:
    """The hash of (seed, ticket id, event code) that every step of the event starts from
    (uint64): a ticket that meets an event hour after hour stores it once."""
    with np.errstate(over="ignore"):
        x = np.asarray(uid, dtype=np.uint64) * np.uint64(0x100000001B3)
        x = _splitmix(x ^ _seed_key(seed))
        return _splitmix(x ^ np.asarray(event, dtype=np.int64).astype(np.uint64) * _M2)


def uniform_at(key: np.ndarray, step=0) -> np.ndarray:
    """Uniforms in [0, 1) of an event's step, from the event's keys (:func:`event_key`)."""
    with np.errstate(over="ignore"):
        x = _splitmix(key ^ np.asarray(step, dtype=np.int64).astype(np.uint64))
    return (x >> np.uint64(11)).astype(np.float64) * _TO_UNIT


def uniform(seed, uid: np.ndarray, event, step=0) -> np.ndarray:
    """Uniforms in [0, 1), one per ticket id, for one event code and step (array or scalar);
    ``seed`` is the run's seed or an array of seeds broadcast against ``uid``."""
    return uniform_at(event_key(seed, uid, event), step)
