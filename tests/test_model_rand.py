"""Counter-based random numbers: each draw is a pure function of (seed, ticket, event, step).

The hash is checked against an independent SplitMix64 written with Python integers, and the
event keys a ticket stores at creation must give the draws a hash from scratch gives, for the
tickets still open late in a batch (rows that moved when the store grew included).
"""

from __future__ import annotations

import numpy as np

from model import rand
from model.engine import Simulation
from model.presets import load_preset
from model.tickets import PROCESS

MASK = (1 << 64) - 1


def _mix(x: int) -> int:
    """SplitMix64's finaliser (Steele, Lea & Flood 2014), on Python integers."""
    x = (x + 0x9E3779B97F4A7C15) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def _uniform(seed: int, uid: int, event: int, step: int) -> float:
    x = (uid * 0x100000001B3) & MASK
    x = _mix(x ^ (((seed & 0xFFFFFFFFFFFF) * 0x9E3779B97F4A7C15) & MASK))
    x = _mix(x ^ ((event * 0x94D049BB133111EB) & MASK))
    x = _mix(x ^ step)
    return (x >> 11) / float(1 << 53)


def test_uniform_is_splitmix_of_seed_ticket_event_and_step():
    uids = [0, 1, 7, 123_456_789, (3 << 40) + 5]
    for seed, event, step in [(1, rand.EXCEPTION, 0), (42, rand.TRUE, 17), (9, rand.REVIEW, 3)]:
        got = rand.uniform(seed, np.array(uids), event, step)
        want = [_uniform(seed, u, event, step) for u in uids]
        assert got.tolist() == want


def test_stored_event_keys_give_the_draws_of_a_fresh_hash():
    sim = Simulation(load_preset("typical-platform"), seeds=[3, 8])
    sim.run_days(12)  # long enough for the store to grow past its first rows
    c = sim.tickets.cols
    i = np.flatnonzero(c["state"] >= PROCESS)
    assert len(i) > 100
    seeds = np.array(sim.seeds)[sim.tickets.lane(i)]
    for event in rand.KEYED:
        stored = rand.uniform_at(c[f"k{event}"][i], sim.tick)
        pairs = zip(seeds.tolist(), c["uid"][i].tolist(), strict=True)
        fresh = np.array([_uniform(s, u, event, sim.tick) for s, u in pairs])
        np.testing.assert_array_equal(stored, fresh)
