"""Chart 1: flexibility and grassroots load over time.

The two lines of the paper's argument on one time axis. Flexibility (0–1) is how well the
organisation bends around demand; load is the utilisation of street and community staff, with
the 0.85 (sustainable) and 0.90 (burnout) lines. Dashed vertical lines mark the moments when a
mechanism was switched or a shock began; shaded spans are the shocks written in the scenario.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui import labels
from gui.charts.base import BLUE, PURPLE, VERMILION, ChartWidget, thin
from gui.charts.marker_badges import Badge
from gui.charts.series import SeriesBuffer
from gui.i18n import translate


class TimelineChart(ChartWidget):
    """Flexibility and load against days."""

    name = "timeline"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "charts",
                "Flexibility (how well the organisation bends around demand) and grassroots "
                "load (street and community staff utilisation) over time. Above 0.90, waiting "
                "times explode. Dashed vertical lines: a mechanism changed or a shock began.",
            )
        )
        self.plot = self.add_time_plot(0, translate("charts", "Flexibility and grassroots load"))
        self.plot.setYRange(0, 1.2, padding=0)
        self.guides(self.plot, (0.2, 0.4, 0.6, 0.8, 1.0))
        bands = self.load_bands(self.plot)
        self.flex = self.curve(self.plot, BLUE, width=1.0)
        self.load = self.curve(self.plot, VERMILION, width=1.0)
        legend = self.add_legend(1, cols=2)
        legend.addItem(self.flex, labels.output("flexibility"))
        legend.addItem(self.load, labels.output("load"))
        for band in bands:
            legend.addItem(band, band.legend_words)
        self.legend = legend
        self._shocks: list = []

    def title(self) -> str:
        return translate("charts", "Flexibility and grassroots load")

    def set_scenario_shocks(self, shocks: list[dict], categories: dict[str, str]) -> None:
        """Shade the shocks the scenario schedules (day, days, category)."""
        for item in self._shocks:
            self.plot.removeItem(item)
        self._shocks = []
        for s in shocks:
            region = pg.LinearRegionItem(
                values=(s["day"], s["day"] + s["days"]),
                movable=False,
                brush=pg.mkBrush(204, 121, 167, 30),
                pen=pg.mkPen(None),
            )
            region.setZValue(-30)
            self.plot.addItem(region, ignoreBounds=True)
            self._shocks.append(region)
        self.set_badges(
            "shocks",
            [
                Badge(
                    float(s["day"]),
                    translate("charts", "S{0}").format(k + 1),
                    PURPLE,
                    translate("charts", "shock: {0}, days {1:.0f}–{2:.0f}").format(
                        categories.get(s["category"], s["category"]),
                        s["day"],
                        s["day"] + s["days"],
                    ),
                )
                for k, s in enumerate(shocks)
            ],
        )

    def update_data(self, buf: SeriesBuffer) -> None:
        t, flex, load = thin(buf.t, buf["flexibility"], buf["load"])
        self.flex.setData(t, flex)
        self.load.setData(t, load)
        if len(load):
            self.grow_y(self.plot, float(np.nanmax(load)), 1.2)
