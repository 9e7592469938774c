"""M4 Data regime, and how data as an asset (M7a) changes it.

C4: at the bureaucratic end, *departmental integration* (部门统合) leaves data unable to flow by
demand: it is cut into blocks inside each vertical line (条) and territorial tree (块).

Every unit u has an access level S[u, c] in [0, 1] to the data a case of category c needs:

* ``silo``   - a unit sees only its own records (0.7 for categories it is responsible for,
  0.15 otherwise);
* ``blocks`` - full access (1.0) inside its own line or tree, 0.15 across blocks;
* ``shared`` - full access inside, 0.6 across;
* M7a shared asset - at least 0.85 for every unit with a role in the category, and data flows back
  to streets and communities (at least 0.8).

Data access speeds work (rate x (0.6 + 0.4 S)), protects quality against abstraction loss, lowers
coordination work with co-handlers (1.0 h x (1 - cross access)) and drives grassroots
form-filling: each vertical line asks every street for 2 forms a week, 1.5 h each x (1 - S).
"""

from __future__ import annotations

import numpy as np

from ..structure import KUAI, RETURN_EXPERTISE, STREET, TIAO, Structure

OUTSIDE = 0.15
WITHIN = {"silo": 0.7, "blocks": 1.0, "shared": 1.0}
ACROSS = {"silo": OUTSIDE, "blocks": OUTSIDE, "shared": 0.6}
FORMS_PER_WEEK = 2.0
FORM_HOURS = 1.5


def line_owns(st: Structure) -> np.ndarray:
    """[N, K] whether the category's data lives in the unit's own line or tree."""
    n, k = st.n_units, st.n_categories
    owns = np.zeros((n, k), bool)
    for ln in np.unique(st.line):
        members = st.line == ln
        owns[members] = st.authority[members].any(axis=0) & (
            (st.kind[members] == TIAO).any() | ~st.enforce
        )
    return owns


def access(st: Structure, regime: str, shared_asset: bool) -> np.ndarray:
    """S[u, c]: how much of the data a case of category c needs that unit u can see."""
    if regime == "silo":
        s = np.where(st.authority, WITHIN["silo"], OUTSIDE)
    else:
        s = np.where(line_owns(st), WITHIN[regime], ACROSS[regime])
    if shared_asset:
        role = (st.expertise >= RETURN_EXPERTISE) | st.authority
        s = np.where(role, np.maximum(s, 0.85), s)
        s[st.grassroots] = np.maximum(s[st.grassroots], 0.8)
    return s


def cross_access(st: Structure, regime: str, shared_asset: bool, a, b) -> np.ndarray:
    """Access between two units that must work one case together (lead and co-handler)."""
    same = st.line[a] == st.line[b]
    across = 0.85 if shared_asset else ACROSS[regime]
    return np.where(same, WITHIN[regime], across)


def forms_hours_per_week(st: Structure, s: np.ndarray, forms_factor: float) -> np.ndarray:
    """[N] weekly form-filling hours each street owes the vertical lines (0 for other units)."""
    out = np.zeros(st.n_units)
    streets = (st.kind == KUAI) & (st.level == STREET)
    lines = np.unique(st.line[st.kind == TIAO])
    if not len(lines) or not streets.any():
        return out
    # A line's data is the data of the categories its bureaus own.
    line_cats = np.array([st.authority[st.line == ln].any(axis=0) for ln in lines])  # [L, K]
    s_street = s[streets]  # [S, K]
    mean_access = (s_street @ line_cats.T) / np.maximum(line_cats.sum(axis=1), 1)  # [S, L]
    out[streets] = (FORMS_PER_WEEK * FORM_HOURS * (1.0 - mean_access)).sum(axis=1) * forms_factor
    return out
