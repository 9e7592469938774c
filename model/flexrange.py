"""Flexibility range: how much of a random demand the links the city *really used* can serve.

Process flexibility (Jordan & Graves 1995; Chou, Teo & Zheng): a system where every plant builds
only its own product serves far less of a random demand than one where plants are *chained*; a
few well-placed extra links recover almost all of a complete graph's performance.  Here the
"products" are ticket categories and the "plants" are units.  A link c -> u is *realised* when
u carried lead work on a case of category c in the last 28 days - whoever routed it there
(catalogue, algorithm, a return, a whistle, a superior's reassignment).  The measure therefore
follows what happened to tickets, never which dispatch mode is switched on.

Range = mean over random demand vectors of the demand the realised graph serves / the demand
the complete graph serves with nominal capacity.  Units serve with the capacity hidden work
leaves them, so forms, reporting and projects shrink the range too.  Computed weekly (max flow
on pooled units, a few milliseconds).
"""

from __future__ import annotations

import functools
from collections import deque

import numpy as np

from .structure import Structure

SAMPLES = 24
CONCENTRATION = 8.0  # Dirichlet concentration of the random demand mixes
UTILISATION = 0.95
MIN_CUT_MAX_CATEGORIES = 14  # up to 2^14 sets: the min cut; beyond, augmenting paths


def _max_flow(demand: np.ndarray, cap: np.ndarray, adj: np.ndarray) -> float:
    """Max flow of a bipartite graph source->categories->pools->sink (augmenting paths).

    The graph is small (categories x pools of units), so the search runs on plain Python
    lists: numpy's per-call cost would dominate arrays of a dozen entries.
    """
    k, p = adj.shape
    links = [np.flatnonzero(adj[c]).tolist() for c in range(k)]  # pools of each category
    flow = [[0.0] * p for _ in range(k)]
    d_left, c_left = demand.tolist(), cap.tolist()
    # greedy first pass: dedicated links where only one pool serves a category
    for c in np.argsort(adj.sum(axis=1)).tolist():
        for j in links[c]:
            x = min(d_left[c], c_left[j])
            if x > 0:
                flow[c][j] += x
                d_left[c] -= x
                c_left[j] -= x
    # augmenting paths category -> pool (-> back to category over a used link) -> pool
    improved = True
    while improved:
        improved = False
        for c0 in [c for c in range(k) if d_left[c] > 1e-9]:
            found = _augmenting_path(c0, links, flow, c_left)
            if found is None:
                continue
            end, path = found
            x = min(d_left[c0], c_left[end])
            for a, b in path:
                if a[0] == "p":  # backward edge: b is a category using pool a
                    x = min(x, flow[b[1]][a[1]])
            for a, b in path:
                if a[0] == "c":
                    flow[a[1]][b[1]] += x
                else:
                    flow[b[1]][a[1]] -= x
            d_left[c0] -= x
            c_left[end] -= x
            improved = True
    return float(np.asarray(flow).sum())


def _augmenting_path(c0: int, links, flow, c_left):
    """Breadth-first search from category c0 to a pool with capacity left, over links and
    back along used links: (the pool, the path's edges from the pool back to c0), or None."""
    parent = {("c", c0): None}
    queue = deque([("c", c0)])
    found = None
    while queue and found is None:
        node = queue.popleft()
        if node[0] == "c":
            for j in links[node[1]]:
                nxt = ("p", j)
                if nxt not in parent:
                    parent[nxt] = node
                    if c_left[j] > 1e-9:
                        found = nxt
                        break
                    queue.append(nxt)
        else:
            j = node[1]
            for c in range(len(flow)):
                if flow[c][j] > 1e-9:
                    nxt = ("c", c)
                    if nxt not in parent:
                        parent[nxt] = node
                        queue.append(nxt)
    if found is None:
        return None
    path, node = [], found
    while parent[node] is not None:
        path.append((parent[node], node))
        node = parent[node]
    return found[1], path


def realised_range(st: Structure, adj: np.ndarray, spare: np.ndarray, seed: int = 7) -> float:
    """Served share of random demand over the realised links ``adj`` [K, N], relative to a
    complete graph of nominal capacity (0-1); ``spare`` is each unit's capacity left once
    hidden work is paid."""
    handler = np.isin(np.arange(st.n_units), st.candidates[st.candidates >= 0])
    nominal = np.where(handler, st.capacity, 0.0)
    cap = np.clip(np.where(handler, spare, 0.0), 0.0, None)
    used = adj.any(axis=0) & (cap > 0)
    if not used.any():
        return 0.0
    # pool units with identical link columns (keeps the megacity graph small)
    cols = adj[:, used].T
    keys, inv = np.unique(cols, axis=0, return_inverse=True)
    pool_cap = np.bincount(inv.ravel(), weights=cap[used], minlength=len(keys))
    pool_adj = keys.T.astype(bool)
    total = nominal.sum() * UTILISATION
    demand = _demand_sample(tuple(st.share.tolist()), float(total), seed)
    full = np.minimum(demand.sum(axis=1), nominal.sum())
    if len(pool_adj) <= MIN_CUT_MAX_CATEGORIES:
        flows = min_cut_flows(demand, pool_cap, pool_adj)
    else:
        flows = np.array([_max_flow(d, pool_cap, pool_adj) for d in demand])
    served = np.divide(flows, full, out=np.zeros(SAMPLES), where=full > 0)
    return float(np.mean(served))


@functools.lru_cache(maxsize=64)
def _demand_sample(share: tuple, total: float, seed: int) -> np.ndarray:
    """[SAMPLES, K] the random demand mixes (Dirichlet around the catalogue's shares, scaled
    to ``total``). The same for every day and every run of a city with the same capacity, so
    drawn once (read-only: callers must not change it)."""
    rng = np.random.default_rng(seed)
    share_arr = np.asarray(share)
    demand = np.array(
        [rng.dirichlet(share_arr * CONCENTRATION + 1e-3) * total for _ in range(SAMPLES)]
    )
    demand.flags.writeable = False
    return demand


def min_cut_flows(demand: np.ndarray, cap: np.ndarray, adj: np.ndarray) -> np.ndarray:
    """Max flow of the same bipartite graph for many demand vectors [S, K] at once, as its
    min cut: the least over sets A of categories of (demand outside A) + (capacity of the
    pools linked to A).  2^K sets: for the few categories of a city's catalogue this is a
    handful of array operations instead of a search per demand vector."""
    sets = _all_sets(adj.shape[0])
    linked = (sets @ adj.astype(np.float64)) > 0  # [2^K, P]: pools linked to a category of A
    cut = (linked @ cap)[:, None] + (1.0 - sets) @ demand.T  # [2^K, S]
    return cut.min(axis=0)


@functools.cache
def _all_sets(k: int) -> np.ndarray:
    """[2^K, K] every set of K categories as 0/1 rows."""
    return ((np.arange(1 << k)[:, None] >> np.arange(k)[None, :]) & 1).astype(np.float64)
