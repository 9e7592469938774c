"""Calibration of the `typical-platform` preset against published 12345 figures (spec §7).

Official rates are self-reported, so they are compared with the model's *reported* figures.
"""

import numpy as np
from paired import arm

BANDS = {  # key: (low, high, source)
    "on_time_rate": (0.96, 0.99, "hotline reports: on-time 96-99 %"),
    "satisfaction_reported": (0.95, 0.99, "hotline reports: satisfaction 95-99 %"),
    "resolution_true": (0.70, 0.85, "surveys: true resolution 70-85 %"),
    "redispatch_rate": (0.01, 0.05, "re-dispatch 1-5 %"),
}
# Panjin sends 64.5 % of tickets to territorial units; the model's algorithm pulls livelihood
# cases to district bureaus and lands lower (documented in docs/MODEL.md): a wider band.
TERRITORIAL = (0.55, 0.70)


def _mean(key):
    return float(np.mean([r[key] for r in arm("typical-platform")]))


def test_typical_platform_within_published_bands():
    """The calibration preset's reported rates sit inside the published bands."""
    out = {k: _mean(k) for k in BANDS}
    bad = {
        k: (round(v, 4), BANDS[k][:2])
        for k, v in out.items()
        if not BANDS[k][0] <= v <= BANDS[k][1]
    }
    assert not bad, f"outside the band: {bad}"


def test_typical_platform_sends_a_large_share_to_territorial_units():
    """A large share of tickets goes to streets and communities (块)."""
    share = _mean("territorial_share")
    assert TERRITORIAL[0] <= share <= TERRITORIAL[1], share


def test_reported_rates_exceed_true_rates_under_assessment():
    """Under assessment the reported resolution overstates the true one (the gaming gap)."""
    assert _mean("resolution_reported") > _mean("resolution_true") + 0.05
