"""Value-axis tick steps that leave room for their labels."""

from __future__ import annotations

import math

import pytest

from gui.charts.ticks import ROOM, tick_step


@pytest.mark.parametrize(
    ("span", "pixels", "step"),
    [(1.05, 50, 1.0), (1.2, 150, 0.5), (1.0, 500, 0.2), (0.3, 60, 0.2), (100, 300, 20.0)],
)
def test_step_follows_the_pixels(span, pixels, step):
    """A short axis gets few round labels, a tall one more."""
    assert tick_step(span, pixels, 13) == pytest.approx(step)


@pytest.mark.parametrize("pixels", [20, 45, 80, 160, 333, 700, 1400])
@pytest.mark.parametrize("span", [0.3, 1.0, 1.05, 1.2, 7.0, 250.0])
def test_labels_never_crowd(span, pixels):
    """Between two labels there are ROOM text heights, unless only two labels are left."""
    step = tick_step(span, pixels, 13)
    labels = math.floor(span / step + 1e-9) + 1
    assert labels >= 1
    if labels > 2:
        assert step / span * pixels >= ROOM * 13 - 1e-6
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert any(math.isclose(mantissa, m) for m in (1.0, 2.0, 2.5, 5.0))
