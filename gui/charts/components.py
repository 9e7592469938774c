"""Chart 3: what flexibility and load are made of.

Top: the four parts of flexibility — *mobility* (effort follows demand), *lateral* (multi-
department cases solved side by side rather than escalated), *match* (the right unit got the
case) and *range* (room in the structure to shift work). Middle: grassroots load stacked by
kind of work, casework at the bottom and the hidden work on top of it — coordination, rework,
reporting and forms, innovation projects, escalation, persuading citizens (做工作) and governance
projects (未诉先办). Bottom: failure demand (the share of tickets that are repeat calls about a
case not truly solved) and the grassroots units' fatigue from sustained overtime. When
assessment pressure rises, watch the hidden layers, fatigue and later the repeat calls grow.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from gui import labels
from gui.charts.bands import Bands
from gui.charts.base import (
    BLUE,
    GREEN,
    ORANGE,
    PURPLE,
    VERMILION,
    ChartWidget,
    thin,
)
from gui.charts.series import SeriesBuffer
from gui.i18n import translate

FLEX_PARTS = (
    ("flex_mobility", BLUE),
    ("flex_lateral", ORANGE),
    ("flex_match", GREEN),
    ("flex_range", PURPLE),
)
LOAD_PARTS = (
    ("load_direct", "#a9c4da"),
    ("load_coord", "#f2c45a"),
    ("load_rework", "#d9cb5b"),
    ("load_report", "#e8824a"),
    ("load_innov", "#d79ec0"),
    ("load_escal", "#6b6b6b"),
    ("load_persuade", "#b07aa1"),
    ("load_project", "#7fb37f"),
)
STRAIN = (  # the bottom plot: what the load does to the city later
    ("failure_demand_share", VERMILION, False),
    ("fatigue", "#222222", True),
)


class ComponentsChart(ChartWidget):
    """Flexibility parts (lines), load parts (stacked areas), failure demand and fatigue."""

    name = "components"
    detail = True  # redrawn less often than the main charts while the city runs (gui.live)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "charts",
                "Top: the four parts of flexibility. Middle: grassroots load by kind of work — "
                "casework at the bottom, hidden work (coordination, rework, reporting, "
                "innovation projects, escalation, persuading citizens, governance projects) "
                "stacked on top. Bottom: failure demand (repeat calls about cases not truly "
                "solved) and the grassroots units' fatigue.",
            )
        )
        self.flex_plot = self.add_time_plot(0, translate("charts", "Parts of flexibility"))
        self.flex_plot.setYRange(0, 1.05, padding=0)
        self.guides(self.flex_plot, (0.2, 0.4, 0.6, 0.8, 1.0))
        self.parts = {}
        legend = self.add_legend(1, cols=2)
        for key, colour in FLEX_PARTS:
            self.parts[key] = self.curve(self.flex_plot, colour)
            legend.addItem(self.parts[key], labels.short(key))
        self.load_plot = self.add_time_plot(
            2, translate("charts", "Grassroots load by kind of work")
        )
        self.load_plot.setYRange(0, 1.2, padding=0)
        self.load_bands(self.load_plot, text=False)
        legend2 = self.add_legend(3, cols=3)
        # Stacked areas: one filled band between each two running totals (each pixel painted
        # once), the totals themselves drawn as the bands' edges.
        self.bands = Bands([colour for _key, colour in LOAD_PARTS])
        self.bands.setZValue(-13)
        self.load_plot.addItem(self.bands)
        self.stack = []
        for key, colour in LOAD_PARTS:
            edge = QColor(colour).darker(135).name()
            item = self.curve(self.load_plot, edge)
            item.setZValue(-12)
            self.stack.append(item)
            proxy = pg.BarGraphItem(
                x=[0], height=[0], width=1, brush=pg.mkBrush(colour), pen=pg.mkPen(edge)
            )
            legend2.addItem(proxy, labels.short(key))
        self.guides(self.load_plot, (0.5, 1.0))
        self.strain_plot = self.add_time_plot(4, translate("charts", "Failure demand and fatigue"))
        self.strain_plot.setYRange(0, 0.3, padding=0)
        self.guides(self.strain_plot, (0.1, 0.2))
        legend3 = self.add_legend(5, cols=2)
        self.strain = {}
        for key, colour, dashed in STRAIN:
            self.strain[key] = self.curve(self.strain_plot, colour, dashed=dashed, width=1.5)
            legend3.addItem(self.strain[key], labels.short(key))
        self.legends = (legend, legend2, legend3)
        self.load_plot.setXLink(self.flex_plot)
        self.strain_plot.setXLink(self.flex_plot)
        for plot in (self.flex_plot, self.load_plot):  # one "day" label, under the last plot
            plot.setLabel("bottom", "")

    def title(self) -> str:
        return translate("charts", "Parts of flexibility and load")

    def update_data(self, buf: SeriesBuffer) -> None:
        keys = [k for k, _c in FLEX_PARTS] + [k for k, _c in LOAD_PARTS]
        keys += [k for k, _c, _d in STRAIN]
        t, *cols = thin(buf.t, *(buf[k] for k in keys))
        nf, nl = len(FLEX_PARTS), len(LOAD_PARTS)
        for (key, _c), y in zip(FLEX_PARTS, cols[:nf], strict=True):
            self.parts[key].setData(t, y)
        total = np.zeros(len(t))
        totals = []
        for item, y in zip(self.stack, cols[nf : nf + nl], strict=True):
            total = total + np.nan_to_num(y)
            totals.append(total)
            item.setData(t, total)
        self.bands.set_data(t, totals)
        if len(total):
            self.grow_y(self.load_plot, float(total.max()), 1.2)
        top = 0.0
        for (key, _c, _d), y in zip(STRAIN, cols[nf + nl :], strict=True):
            self.strain[key].setData(t, y)
            if len(y) and np.isfinite(y).any():
                top = max(top, float(np.nanmax(y)))
        self.grow_y(self.strain_plot, top, 0.3)
