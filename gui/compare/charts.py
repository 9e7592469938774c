"""The pictures of a comparison: A and B over time, their B − A strip, and the plane.

Design A is drawn in blue, design B in orange, everywhere. Both cities face the very same
citizens (one seed, common random numbers), so where the lines part, the institutions parted
them. The strip under the time series is the difference B − A itself: above zero, B has more
flexibility (good) or more grassroots load (bad). In the flexibility–load plane each design
leaves a trail; a design that moves the trail up and left buys flexibility without burning out
the streets. Earlier runs, when overlaid, are light grey.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui import labels
from gui.charts.base import BLUE, EMPTY, GREEN, ORANGE, PURPLE, ChartWidget, thin
from gui.charts.plane import smooth
from gui.i18n import translate

GHOST = (150, 150, 150, 110)


def _ghost_curve(chart: ChartWidget, plot: pg.PlotItem) -> pg.PlotCurveItem:
    item = chart.curve(plot, "#999999")
    item.setPen(pg.mkPen(*GHOST, width=1))
    item.setZValue(-2)
    return item


class PairTimeChart(ChartWidget):
    """Flexibility and load of A and B against days, with the B − A strip underneath."""

    name = "compare_timeline"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "compare",
                "A (blue) and B (orange) run on the same seed: the same citizens call in both "
                "cities, so where the lines part, the institutions parted them. The strip "
                "shows B − A: above zero B is more flexible, or its streets carry more load.",
            )
        )
        self.flex_plot = self.add_plot(1, labels.output("flexibility"))
        self.load_plot = self.add_plot(2, labels.output("load"))
        self.diff_plot = self.add_plot(
            3, translate("compare", "Difference B − A"), "", translate("charts", "day")
        )
        for p in (self.flex_plot, self.load_plot):
            p.setXLink(self.diff_plot)
            p.getAxis("bottom").setStyle(showValues=False)
        self.time_plots = [self.flex_plot, self.load_plot, self.diff_plot]
        self.flex_plot.setYRange(0, 1.0, padding=0)
        self.load_plot.setYRange(0, 1.2, padding=0)
        self.guides(self.flex_plot, (0.2, 0.4, 0.6, 0.8))
        self.guides(self.load_plot, (0.2, 0.4, 0.6, 0.8, 1.0))
        self.load_bands(self.load_plot, text=False)
        self.guides(self.diff_plot, (0.0,))
        zero = pg.InfiniteLine(pos=0.0, angle=0, movable=False, pen=pg.mkPen("#444444"))
        self.diff_plot.addItem(zero, ignoreBounds=True)
        self.flex_a = self.curve(self.flex_plot, BLUE, width=1.5)
        self.flex_b = self.curve(self.flex_plot, ORANGE, width=1.5)
        self.load_a = self.curve(self.load_plot, BLUE, width=1.5)
        self.load_b = self.curve(self.load_plot, ORANGE, width=1.5)
        self.d_flex = self.curve(self.diff_plot, GREEN, width=1.5)
        self.d_load = self.curve(self.diff_plot, PURPLE, width=1.5)
        legend = pg.LegendItem(colCount=4, labelTextSize="10pt", horSpacing=14, verSpacing=-4)
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.ci.addItem(legend, row=0, col=0)
        legend.addItem(self.flex_a, translate("compare", "A"))
        legend.addItem(self.flex_b, translate("compare", "B"))
        legend.addItem(self.d_flex, translate("compare", "Δ flexibility"))
        legend.addItem(self.d_load, translate("compare", "Δ load"))
        self.legend = legend
        layout = self.ci.layout
        for row, stretch in ((1, 3), (2, 3), (3, 2)):
            layout.setRowStretchFactor(row, stretch)
        self.ghosts: list[pg.PlotCurveItem] = []
        self.set_days(30)

    def title(self) -> str:
        return translate("compare", "A and B over time, and the difference B − A")

    def set_days(self, days: float) -> None:
        self.diff_plot.setXRange(0, max(1.0, float(days)), padding=0)

    def show_pair(self, t: np.ndarray, a: dict, b: dict) -> None:
        """Draw both runs (arrays of equal length over the days ``t``)."""
        t, fa, fb, la, lb = thin(t, a["flexibility"], b["flexibility"], a["load"], b["load"])
        self.flex_a.setData(t, fa)
        self.flex_b.setData(t, fb)
        self.load_a.setData(t, la)
        self.load_b.setData(t, lb)
        df, dl = fb - fa, lb - la
        self.d_flex.setData(t, df)
        self.d_load.setData(t, dl)
        if len(t):
            self.grow_y(self.load_plot, float(np.nanmax(np.r_[la, lb])), 1.2)
            top = float(np.nanmax(np.abs(np.r_[df, dl]))) if len(df) else 0.0
            half = max(0.05, np.ceil(top * 1.15 * 20) / 20)
            if abs(self.diff_plot.viewRange()[1][1] - half) > 1e-9:
                self.diff_plot.setYRange(-half, half, padding=0)

    def difference(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn B − A strip (flexibility, load), for tests and captions."""
        return self.d_flex.getData()[1], self.d_load.getData()[1]

    def set_ghosts(self, runs: list[dict]) -> None:
        """Earlier runs in light grey (B − A in the strip, both arms above)."""
        want = 6 * len(runs)
        while len(self.ghosts) < want:
            for p in (self.flex_plot, self.flex_plot, self.load_plot, self.load_plot):
                self.ghosts.append(_ghost_curve(self, p))
            for _ in range(2):
                self.ghosts.append(_ghost_curve(self, self.diff_plot))
        for g in self.ghosts:
            g.setData(x=EMPTY, y=EMPTY)
        for k, run in enumerate(runs):
            t, a, b = run["t"], run["a"], run["b"]
            items = self.ghosts[6 * k : 6 * k + 6]
            values = (
                a["flexibility"],
                b["flexibility"],
                a["load"],
                b["load"],
                b["flexibility"] - a["flexibility"],
                b["load"] - a["load"],
            )
            for item, y in zip(items, values, strict=True):
                item.setData(t, y)

    def clear_data(self) -> None:
        for c in self.curves:
            c.setData(x=EMPTY, y=EMPTY)


class PairPlaneChart(ChartWidget):
    """The two trajectories in the flexibility–load plane."""

    name = "compare_plane"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "compare",
                "Each design's trail in the flexibility–load plane (two-day averages). Up is "
                "more flexible, right is more load on the streets: a better design moves the "
                "trail up and to the left. Circles mark day 1, dots the last day.",
            )
        )
        self.plot = self.add_plot(
            0,
            translate("compare", "A and B in the flexibility–load plane"),
            translate("charts", "flexibility"),
            translate("charts", "grassroots load (utilisation)"),
        )
        self.plane_axes(self.plot)
        self.trail_a = self.curve(self.plot, BLUE, width=2.0)
        self.trail_b = self.curve(self.plot, ORANGE, width=2.0)
        self.starts = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#ffffff"))
        self.ends = pg.ScatterPlotItem(size=16, pen=pg.mkPen("#111111", width=1.5))
        for s in (self.starts, self.ends):
            s.setZValue(10)
            self.plot.addItem(s)
        self.end_text = [
            pg.TextItem(
                "", color=c, anchor=(-0.35, 0.5), fill=pg.mkBrush(255, 255, 255, 220), border=c
            )
            for c in (BLUE, ORANGE)
        ]
        names = (translate("compare", "A"), translate("compare", "B"))
        for item, words in zip(self.end_text, names, strict=True):
            item.setText(words)
            item.setZValue(11)
            self.plot.addItem(item)
        legend = self.add_legend(1, cols=2)
        legend.addItem(self.trail_a, translate("compare", "A (pinned design)"))
        legend.addItem(self.trail_b, translate("compare", "B (variant)"))
        self.legend = legend
        self.ghosts: list[pg.PlotCurveItem] = []

    def title(self) -> str:
        return translate("compare", "A and B in the flexibility–load plane")

    def show_pair(self, t: np.ndarray, a: dict, b: dict) -> None:
        if not len(t):
            return
        xa, ya = smooth(a["load"]), smooth(a["flexibility"])
        xb, yb = smooth(b["load"]), smooth(b["flexibility"])
        self.trail_a.setData(xa, ya)
        self.trail_b.setData(xb, yb)
        pens = [pg.mkPen(BLUE, width=1.5), pg.mkPen(ORANGE, width=1.5)]
        self.starts.setData([xa[0], xb[0]], [ya[0], yb[0]], pen=pens)
        self.ends.setData([xa[-1], xb[-1]], [ya[-1], yb[-1]], brush=[BLUE, ORANGE])
        for item, x, y in zip(self.end_text, (xa[-1], xb[-1]), (ya[-1], yb[-1]), strict=True):
            item.setPos(float(x), float(y))
        xs = np.r_[xa, xb]
        lo = min(0.4, float(np.floor(np.nanmin(xs) * 10) / 10))
        hi = max(1.2, float(np.ceil(np.nanmax(xs) * 10) / 10))
        if (lo, hi) != tuple(round(v, 6) for v in self.plot.viewRange()[0]):
            self.plot.setXRange(lo, hi, padding=0)

    def set_ghosts(self, runs: list[dict]) -> None:
        while len(self.ghosts) < 2 * len(runs):
            self.ghosts.append(_ghost_curve(self, self.plot))
        for g in self.ghosts:
            g.setData(x=EMPTY, y=EMPTY)
        for k, run in enumerate(runs):
            for j, arm in enumerate(("a", "b")):
                s = run[arm]
                self.ghosts[2 * k + j].setData(smooth(s["load"]), smooth(s["flexibility"]))

    def clear_data(self) -> None:
        for c in self.curves:
            c.setData(x=EMPTY, y=EMPTY)
        self.starts.setData([], [])
        self.ends.setData([], [])
        for item in self.end_text:
            item.setPos(-10, -10)
