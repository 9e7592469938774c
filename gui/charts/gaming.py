"""Chart 4: true against callback-recorded resolution and satisfaction — the gaming gap.

The hotline calls citizens back after a ticket is closed (回访) and records whether it was
resolved and whether they are satisfied: these recorded rates are what units are assessed on.
Under assessment pressure, units 'close' tickets that are not truly solved and talk citizens
round before the callback (做工作). The recorded rates (dashed) then drift above the true ones
(solid); the shaded band between the resolution lines is the gaming gap.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui import labels
from gui.charts.bands import Bands
from gui.charts.base import BLUE, GREEN, ChartWidget, thin
from gui.charts.series import SeriesBuffer
from gui.i18n import translate


class GamingChart(ChartWidget):
    """Resolution and satisfaction, true (solid) and callback-recorded (dashed)."""

    name = "gaming"
    detail = True  # redrawn less often than the main charts while the city runs (gui.live)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "charts",
                "Solid: what truly happened. Dashed: what the hotline's callbacks (回访) record, "
                "the rates units are assessed on. Under assessment pressure tickets are "
                "'closed' unsolved and citizens talked round before the callback; the shaded "
                "band is the gaming gap.",
            )
        )
        self.plot = self.add_time_plot(0, translate("charts", "True against recorded performance"))
        self.plot.setYRange(0, 1.05, padding=0)
        self.guides(self.plot, (0.2, 0.4, 0.6, 0.8, 1.0))
        self.res_true = self.curve(self.plot, BLUE)
        self.res_rep = self.curve(self.plot, BLUE, dashed=True)
        self.sat_true = self.curve(self.plot, GREEN)
        self.sat_rep = self.curve(self.plot, GREEN, dashed=True)
        gap = Bands([pg.mkBrush(213, 94, 0, 45)])  # between true and recorded resolution
        gap.setZValue(-15)
        self.plot.addItem(gap)
        self.gap = gap
        legend = self.add_legend(1, cols=2)
        for item, key in (
            (self.res_true, "resolution_true"),
            (self.res_rep, "resolution_reported"),
            (self.sat_true, "satisfaction_true"),
            (self.sat_rep, "satisfaction_reported"),
        ):
            legend.addItem(item, labels.short(key))
        proxy = pg.BarGraphItem(
            x=[0], height=[0], width=1, brush=pg.mkBrush(213, 94, 0, 90), pen=pg.mkPen(None)
        )
        legend.addItem(proxy, labels.output("gaming_gap"))
        self.legend = legend

    def title(self) -> str:
        return translate("charts", "True against recorded performance")

    def update_data(self, buf: SeriesBuffer) -> None:
        t, rt, rr, st, sr = thin(
            buf.t,
            buf["resolution_true"],
            buf["resolution_reported"],
            buf["satisfaction_true"],
            buf["satisfaction_reported"],
        )
        self.res_true.setData(t, rt)
        self.res_rep.setData(t, rr)
        self.sat_true.setData(t, st)
        self.sat_rep.setData(t, sr)
        self.gap.set_data(t, [np.nan_to_num(rr)], base=np.nan_to_num(rt))
