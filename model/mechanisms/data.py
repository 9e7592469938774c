"""M4 Data regime, and how data as an asset (M7a) changes it.

C4: at the bureaucratic end, *departmental integration* (部门统合) leaves data unable to flow by
demand: it is cut into blocks inside each vertical line (条) and territorial tree (块).

Every unit u has an access level S[u, c] in [0, 1] to the data a case of category c needs
(levels are ``assumptions.data``):

* ``silo``   - a unit sees only its own records (``silo_own`` for categories it is responsible
  for, ``outside`` otherwise);
* ``blocks`` - full access (1.0) inside its own line or tree, ``outside`` across blocks;
* ``shared`` - full access inside, ``shared_across`` across;
* M7a shared asset - at least ``asset_floor`` for every unit with a role in the category, and
  data flows back to streets and communities (at least ``asset_grassroots``).

Data access speeds work, protects quality against abstraction loss, lowers coordination work
with co-handlers and drives grassroots form-filling: each vertical line asks every street for
``forms_per_week`` forms a week, ``form_hours`` each x (1 - S).
"""

from __future__ import annotations

import numpy as np

from ..structure import KUAI, STREET, TIAO, Structure


def _within(regime: str, a) -> float:
    return a.silo_own if regime == "silo" else 1.0


def _across(regime: str, a) -> float:
    return a.shared_across if regime == "shared" else a.outside


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


def access(st: Structure, regime: str, shared_asset: bool, a, able: float) -> np.ndarray:
    """S[u, c]: how much of the data a case of category c needs that unit u can see.

    ``a`` are ``assumptions.data``; ``able`` the expertise at which a unit has a role.
    """
    if regime == "silo":
        s = np.where(st.authority, a.silo_own, a.outside)
    else:
        s = np.where(line_owns(st), _within(regime, a), _across(regime, a))
    if shared_asset:
        role = (st.expertise >= able) | st.authority
        s = np.where(role, np.maximum(s, a.asset_floor), s)
        s[st.grassroots] = np.maximum(s[st.grassroots], a.asset_grassroots)
    return s


def cross_levels(regime: str, shared_asset: bool, a) -> tuple[float, float]:
    """(within, across): the access between two units that must work one case together
    (lead and co-handler), in the same data block or in different ones."""
    return _within(regime, a), (a.asset_floor if shared_asset else _across(regime, a))


def cross_access(st: Structure, u, v, within, across) -> np.ndarray:
    """Access between lead u and co-handler v (``within``/``across`` from ``cross_levels``,
    plain numbers or one per pair)."""
    return np.where(st.line[u] == st.line[v], within, across)


def forms_hours_per_week(st: Structure, s: np.ndarray, forms_factor: float, a) -> np.ndarray:
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
    out[streets] = (a.forms_per_week * a.form_hours * (1.0 - mean_access)).sum(
        axis=1
    ) * forms_factor
    return out
