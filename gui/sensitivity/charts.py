"""The pictures of a sensitivity analysis.

* :class:`MorrisChart` — every factor as a point at (μ*, σ): μ* (the mean absolute elementary
  effect) says how much the output moves when the factor moves across its range; σ (their
  spread) says whether it moves differently depending on the other factors (interactions) or
  non-linearly. Factors near the origin can be fixed at their defaults; far right, they carry
  the conclusion. The horizontal bars are μ*'s bootstrap confidence intervals.
* :class:`SobolChart` — per factor, the first-order index S1 (its share of the output's variance
  alone) and the total index ST (with every interaction it takes part in), with their
  confidence intervals; ST much larger than S1 means the factor works through interactions.
* :class:`FactorScatter` — the output at every sample point against one factor: what the
  indices summarise, to be looked at before being believed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui.charts.base import BLUE, ChartWidget, axis_font
from gui.i18n import translate
from gui.sensitivity.choices import factor_name, output_name

ORANGE = "#d55e00"
LABELLED = 8  # the most influential factors get a name beside their point


def _short(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def label_order(x: np.ndarray, y: np.ndarray, gap_x: float = 0.3, gap_y: float = 0.07) -> list[int]:
    """The points to name, most influential (largest x) first, skipping a point whose label
    would sit on one already placed (positions as shares of the axes); at most LABELLED."""
    placed: list[int] = []
    for j in np.argsort(-np.nan_to_num(x, nan=-1.0)):
        if len(placed) == LABELLED or not np.isfinite(x[j]):
            break
        if all(abs(x[j] - x[k]) > gap_x or abs(y[j] - y[k]) > gap_y for k in placed):
            placed.append(int(j))
    return placed


class _IndexChart(ChartWidget):
    """A chart of one output's indices; subclasses draw the items."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self._title = title
        self.plot = self.add_plot(0, title)
        self.items: list = []
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)

    def title(self) -> str:
        return self._title

    def _add(self, item) -> None:
        self.plot.addItem(item)
        self.items.append(item)

    def _clear(self) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []


class MorrisChart(_IndexChart):
    """μ* against σ, one point per factor, the most influential ones named."""

    name = "sensitivity_morris"

    def __init__(self, parent=None) -> None:
        super().__init__(translate("sensitivity", "Morris screening: effect (μ*) and spread (σ)"))
        self.plot.setLabel("bottom", translate("sensitivity", "μ*: how much the output moves"))
        self.plot.setLabel("left", translate("sensitivity", "σ: interactions or non-linearity"))
        self.points = pg.ScatterPlotItem(size=11, pen=pg.mkPen("#222222"), brush=pg.mkBrush(BLUE))
        self.plot.addItem(self.points)
        self.labels: list[pg.TextItem] = []

    def show_indices(self, paths: list[str], ind: dict, output: str) -> None:
        self._clear()
        mu, sigma = np.asarray(ind["mu_star"], float), np.asarray(ind["sigma"], float)
        conf = np.nan_to_num(np.asarray(ind["mu_star_conf"], float))
        self._title = translate("sensitivity", "Morris screening of {0}").format(
            output_name(output)
        )
        self.plot.setTitle(self._title, color="#222222")
        self.points.setData(mu, sigma, data=list(range(len(paths))))
        bars = pg.ErrorBarItem(
            x=mu, y=sigma, left=conf, right=conf, beam=0.0, pen=pg.mkPen("#666666", width=1.2)
        )
        self._add(bars)
        top = max(float(np.nanmax(mu + conf)) if len(mu) else 0.0, 1e-9)
        high = max(float(np.nanmax(sigma)) if len(sigma) else 0.0, 1e-9)
        for j in label_order(mu / (top * 1.35), sigma / (high * 1.2)):
            label = pg.TextItem(_short(factor_name(paths[j])), color="#222222", anchor=(-0.05, 1.1))
            label.setFont(axis_font())
            label.setPos(float(mu[j]), float(sigma[j]))
            self._add(label)
        self.plot.setXRange(0, top * 1.35, padding=0)
        self.plot.setYRange(0, high * 1.2, padding=0)


class SobolChart(_IndexChart):
    """S1 and ST bars per factor, with their confidence intervals, most influential first."""

    name = "sensitivity_sobol"

    def __init__(self, parent=None) -> None:
        super().__init__(translate("sensitivity", "Sobol indices"))
        self.plot.setLabel("left", translate("sensitivity", "share of the output's variance"))
        self.legend = self.add_legend(1, cols=2)
        self.order: list[int] = []

    def show_indices(self, paths: list[str], ind: dict, output: str) -> None:
        self._clear()
        self.legend.clear()
        s1, st = np.asarray(ind["S1"], float), np.asarray(ind["ST"], float)
        c1 = np.nan_to_num(np.asarray(ind["S1_conf"], float))
        ct = np.nan_to_num(np.asarray(ind["ST_conf"], float))
        self.order = [int(j) for j in np.argsort(-np.nan_to_num(st, nan=-1))]
        x = np.arange(len(self.order), dtype=float)
        self._title = translate("sensitivity", "Sobol indices of {0}").format(output_name(output))
        self.plot.setTitle(self._title, color="#222222")
        a = pg.BarGraphItem(x=x - 0.18, height=s1[self.order], width=0.34, brush=BLUE, pen=None)
        b = pg.BarGraphItem(x=x + 0.18, height=st[self.order], width=0.34, brush=ORANGE, pen=None)
        pen = pg.mkPen("#222222", width=1.2)
        e1 = pg.ErrorBarItem(x=x - 0.18, y=s1[self.order], height=2 * c1[self.order], pen=pen)
        et = pg.ErrorBarItem(x=x + 0.18, y=st[self.order], height=2 * ct[self.order], pen=pen)
        for item in (a, b, e1, et):
            self._add(item)
        self.legend.addItem(a, translate("sensitivity", "S1: alone"))
        self.legend.addItem(b, translate("sensitivity", "ST: with its interactions"))
        ticks = [(float(i), _short(factor_name(paths[j]), 18)) for i, j in enumerate(self.order)]
        axis = self.plot.getAxis("bottom")
        axis.setTicks([ticks])
        axis.setStyle(tickFont=axis_font())
        self.plot.setXRange(-0.6, len(x) - 0.4, padding=0)
        top = np.nanmax(np.r_[st + ct, s1 + c1, [0.1]])
        self.plot.setYRange(min(0.0, float(np.nanmin(np.r_[s1 - c1, [0.0]]))), float(top) * 1.1)


class FactorScatter(_IndexChart):
    """The output at every sample point against one factor."""

    name = "sensitivity_scatter"

    def __init__(self, parent=None) -> None:
        super().__init__(translate("sensitivity", "The output against one factor"))
        self.dots = pg.ScatterPlotItem(
            size=6, pen=pg.mkPen(None), brush=pg.mkBrush(0, 114, 178, 110)
        )
        self.plot.addItem(self.dots)

    def show_factor(self, x: np.ndarray, y: np.ndarray, path: str, output: str) -> None:
        self._title = translate("sensitivity", "{0} at every sample point").format(
            output_name(output)
        )
        self.plot.setTitle(self._title, color="#222222")
        self.plot.setLabel("bottom", _short(factor_name(path), 40))
        self.setToolTip(f"{factor_name(path)}\n{path}")
        self.plot.setLabel("left", output_name(output))
        self.dots.setData(np.asarray(x, float), np.asarray(y, float))
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.06)
