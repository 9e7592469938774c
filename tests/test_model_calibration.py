"""Calibration of the `typical-platform` preset against published 12345 figures, all at once.

Pattern-oriented: every band must hold in the same runs.  Reported rates are what the hub's
callback recorded (回访), so they are compared with published (self-reported) rates; true
rates with surveys.
"""

import numpy as np
from paired import arm

BANDS = {  # key: (low, high, source)
    "on_time_rate": (0.96, 0.99, "hotline reports: on-time 96-99 %"),
    "satisfaction_reported": (0.95, 0.99, "hotline reports: satisfaction 95-99 %"),
    "resolution_true": (0.70, 0.85, "surveys: true resolution 70-85 %"),
    "redispatch_rate": (0.01, 0.05, "re-dispatch 1-5 %"),
    "territorial_share": (0.55, 0.70, "Panjin: 64.5 % of tickets to territorial units"),
    "gaming_gap": (0.15, 0.30, "reported - surveyed 15-30 points (Bevan & Hood 2006)"),
    # repeat calls (重复来电) of the same need: a plausible band for a hotline that counts them
    # separately; Seddon's 40-80 % counts every kind of failure demand in contact centres
    "failure_demand_share": (0.05, 0.20, "plausible band (modelling choice)"),
}


def _mean(key):
    return float(np.mean([r[key] for r in arm("typical-platform")]))


def test_typical_platform_within_every_band_at_once():
    """The calibration preset sits inside every band in the same runs (five seeds)."""
    out = {k: _mean(k) for k in BANDS}
    bad = {
        k: (round(v, 4), BANDS[k][:2])
        for k, v in out.items()
        if not BANDS[k][0] <= v <= BANDS[k][1]
    }
    assert not bad, f"outside the band: {bad}"


def test_reported_rates_come_from_callbacks_not_from_a_coefficient():
    """Most of the gap comes from citizens talked round before the callback and cases excluded,
    both decisions that cost staff time: persuasion hours load the grassroots."""
    assert _mean("persuaded_per_100") > 5 and _mean("load_persuade") > 0.01
    assert _mean("callback_share") > 0.99
