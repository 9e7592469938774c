"""The flexibility range's max flow: the min cut over all sets of categories and the
augmenting-path search must give the same flow (two ways to one number: a consistency check)."""

from __future__ import annotations

import numpy as np
import pytest

from model.flexrange import _max_flow, min_cut_flows


@pytest.mark.parametrize("seed", range(6))
def test_min_cut_equals_augmenting_paths(seed):
    rng = np.random.default_rng(seed)
    for _ in range(40):
        k, p = int(rng.integers(1, 11)), int(rng.integers(1, 25))
        adj = rng.random((k, p)) < rng.uniform(0.05, 0.6)
        demand = rng.random((6, k)) * rng.uniform(1, 200)
        cap = rng.random(p) * rng.uniform(1, 80)
        paths = np.array([_max_flow(d, cap, adj) for d in demand])
        np.testing.assert_allclose(min_cut_flows(demand, cap, adj), paths, rtol=1e-12, atol=1e-9)


def test_flow_is_bounded_by_demand_and_capacity():
    """A dedicated chain: each category reaches only its own pool."""
    adj = np.eye(3, dtype=bool)
    demand = np.array([[5.0, 1.0, 9.0]])
    cap = np.array([2.0, 4.0, 9.0])
    assert min_cut_flows(demand, cap, adj)[0] == pytest.approx(2.0 + 1.0 + 9.0)
    full = np.ones((3, 3), bool)  # a complete graph pools all capacity
    assert min_cut_flows(demand, cap, full)[0] == pytest.approx(15.0)
