"""M2 Interface / dispatch catalogue (界面).

The platform abstracts and simplifies complex needs (C1): an operator files each call under a
catalogue entry.  A finer catalogue (granularity g in [0, 1]) routes more precisely, up to a point
where operators confuse its many entries; a coarse one drops the nuance of a case (nu), which the
handler can recover only if it knows the place (local knowledge) or has the data.

Classification accuracy a(g) = 0.75 + 0.22 g - 0.12 g^2 (the specification's curve: 0.75 from
free text, 0.85 at g = 1).  Whatever trade-off between routing and nuance follows is shown as a
curve, not claimed as a finding.  Without a catalogue (M2 off) operators work from free text:
a(0), and no abstraction loss.  A misfiled ticket goes to a neighbouring category.

With ``interface.learning`` the catalogue adjusts: when the cases of one (category, region) cell
that came back through approved returns are resolved by the same unit several times in a row
(``assumptions.design.learning_cases``), the cell is listed under that unit.
"""

from __future__ import annotations

import numpy as np

from ..lanes import like

FREE_TEXT_ACCURACY = 0.75


def accuracy(g: float) -> float:
    """Share of tickets an operator files under the right category."""
    return 0.75 + 0.22 * g - 0.12 * g * g


def classify(cat: np.ndarray, u_acc: np.ndarray, u_side: np.ndarray, acc, k: int):
    """Classified category: the true one with probability acc, else a neighbour."""
    side = np.where(u_side < 0.5, -1, 1)
    wrong = (cat + side) % k
    return np.where(u_acc < acc, cat, wrong).astype(cat.dtype)


def abstraction_factor(nu, g: float, knowledge, loss: float) -> np.ndarray:
    """Quality kept after the catalogue drops nuance: 1 - loss nu (1 - g)(1 - knowledge)."""
    lost = like(loss, nu) * nu
    return 1.0 - lost * like(1.0 - g, lost) * (1.0 - knowledge)
