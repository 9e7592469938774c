"""Value-axis ticks that can be read: never more labels than the axis has room for.

pyqtgraph picks tick spacing from the data range and always draws its first level of labels, so
a short plot (the parts of flexibility in a grid cell, a chart in presenter mode) gets "0, 0.2,
0.4, 0.6, 0.8, 1.0" stacked into fifty pixels. Here the spacing follows the pixels: labels are
at least :data:`ROOM` text heights apart, and the step is the smallest round number (1, 2, 2.5
or 5 times a power of ten) that leaves that room — "0, 1" on a plot fifty pixels high, "0, 0.5,
1" on one of 150, steps of 0.2 on one of 500. The step is set again only when
the plot's height or range changes it, so a live chart does not repaint its axis every frame.
"""

from __future__ import annotations

import math

ROOM = 4.5  # from one label to the next, in text heights
NICE = (1.0, 2.0, 2.5, 5.0)


def tick_step(span: float, pixels: float, text_px: float) -> float:
    """The smallest round step whose labels over ``span`` data units on an axis of
    ``pixels`` are at least ``ROOM`` × ``text_px`` apart — or that leaves only two labels."""
    if span <= 0 or pixels <= 0:
        return 1.0
    gap = ROOM * text_px
    power = 10.0 ** math.floor(math.log10(span * gap / pixels))
    for scale in (power / 10, power, power * 10, power * 100):
        for nice in NICE:
            step = nice * scale
            if step / span * pixels >= gap or math.floor(span / step + 1e-9) + 1 <= 2:
                return step
    return 1000.0 * power  # pragma: no cover - a step of a hundred powers always fits


def keep_readable(plot, text_px: float) -> None:
    """Keep ``plot``'s left axis at a readable tick spacing from now on."""
    vb = plot.getViewBox()
    axis = plot.getAxis("left")
    axis.readable_text_px = text_px

    def refresh(*_args) -> None:
        lo, hi = vb.viewRange()[1]
        step = tick_step(hi - lo, vb.height(), axis.readable_text_px)
        if getattr(axis, "readable_step", None) != step:
            axis.readable_step = step
            axis.setTickSpacing(levels=[(step, 0.0)])

    vb.sigResized.connect(refresh)
    vb.sigYRangeChanged.connect(refresh)
    axis.refresh_ticks = refresh
    refresh()
