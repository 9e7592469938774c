"""Soak: thousands of live chart redraws without a crash.

Guards against PySide6 6.12.0 on CPython 3.11, which corrupts the reference count of ``None``
on every void Qt call and kills the interpreter (``Fatal Python error: none_dealloc``) after a
few thousand calls: a live chart would die within seconds. If an upgrade brings that back, this
test dies instead of a classroom demo.
"""

from __future__ import annotations

import sys

import numpy as np

from gui.charts.series import KEYS, SeriesBuffer
from gui.charts.timeline import TimelineChart

REDRAWS = 5000


def test_five_thousand_live_redraws(qtbot):
    """A live chart is fed and repainted 5,000 times; None's refcount stays sane."""
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    buf = SeriesBuffer()
    rng = np.random.default_rng(1)
    none_refs = sys.getrefcount(None)
    for k in range(REDRAWS):
        t = np.array([1.0 + k * 0.25])
        values = {key: rng.random(1) for key in KEYS}
        buf.extend(t, values, 23 + 6 * k)
        if buf.n > 400:  # a sliding window keeps each redraw cheap
            buf.clear()
        chart.update_data(buf)
        chart.set_x_range(float(t[-1]))
        chart.viewport().repaint()
    assert chart.flex.getData()[0] is not None
    assert sys.getrefcount(None) >= none_refs - 1000  # a leak shows as a collapse
