"""Why did it move? The change from A to B split among the mechanisms, as waterfall charts.

When B changes several mechanisms at once, the change in flexibility is not simply the sum of
their separate effects: institutions interact (algorithmic dispatch helps more when data are
shared). ``model.attribution.shapley`` shares the total change fairly — each mechanism gets its
extra effect averaged over every order in which the changes could have been made (the Shapley
value of cooperative game theory) — and the shares add up exactly to the total. A waterfall
starts from A's value, climbs or falls by each mechanism's share, adds what B changed outside
the mechanisms (structure, demand: "other changes") and ends at B's value.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont

from gui import labels
from gui.charts.base import GREY, ChartWidget
from gui.i18n import translate

MECHANISM_WORDS = {  # model mechanism key -> short words for an axis
    "entrance_control": QT_TRANSLATE_NOOP("attribution", "M1\nentrance"),
    "interface": QT_TRANSLATE_NOOP("attribution", "M2\ninterface"),
    "dispatch": QT_TRANSLATE_NOOP("attribution", "M3\ndispatch"),
    "data": QT_TRANSLATE_NOOP("attribution", "M4\ndata"),
    "assessment": QT_TRANSLATE_NOOP("attribution", "M5\nassessment"),
    "escalation": QT_TRANSLATE_NOOP("attribution", "M6\nescalation"),
    "data_asset_design": QT_TRANSLATE_NOOP("attribution", "M7\ndata design"),
}
BETTER, WORSE, OTHER, END = "#1b8a3a", "#c0392b", "#b8b8b8", "#4d4d4d"
KEYS = ("flexibility", "load")


def tick_font() -> QFont:
    f = QFont()
    f.setPixelSize(11)
    return f


def mechanism_words(key: str) -> str:
    text = MECHANISM_WORDS.get(key)
    return QCoreApplication.translate("attribution", text) if text else key


def waterfall_bars(result: dict, key: str) -> list[dict]:
    """The bars of one output: A, one per changed mechanism, other changes, B.

    Each bar: {"kind", "label", "bottom", "top", "value"}; floating bars go from the running
    total before to the running total after (``value`` = their signed share).
    """
    start = result["start"][key]
    bars = [{"kind": "start", "label": "A", "bottom": None, "top": start, "value": start}]
    level = start
    for m in result["mechanisms"]:
        phi = result["phi"][key][m]
        bars.append(
            {"kind": "mechanism", "label": m, "bottom": level, "top": level + phi, "value": phi}
        )
        level += phi
    res = result["residual"][key]
    bars.append(
        {"kind": "other", "label": "other", "bottom": level, "top": level + res, "value": res}
    )
    bars.append(
        {
            "kind": "end",
            "label": "B",
            "bottom": None,
            "top": result["b"][key],
            "value": result["b"][key],
        }
    )
    return bars


class WaterfallChart(ChartWidget):
    """Two waterfalls, one above the other: flexibility (up is better) and load (down is better)."""

    name = "attribution"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "attribution",
                "From A's value (left) to B's value (right): each bar is one mechanism's fair "
                "share of the change. Green helps the city (more flexibility, less load), red "
                "hurts it. The axis does not start at zero, so small shares stay visible.",
            )
        )
        self.plots = {}
        for col, key in enumerate(KEYS):
            plot = self.ci.addPlot(row=col, col=0)
            plot.setTitle(labels.output(key), size="13pt", color="#222222")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            for side in ("left", "bottom"):
                ax = plot.getAxis(side)
                ax.setTextPen("#222222")
                ax.setPen("#888888")
                ax.setStyle(tickFont=tick_font())
            plot.getAxis("bottom").setHeight(40)
            self.plots[key] = plot
        self.bars: dict[str, list[dict]] = {k: [] for k in KEYS}
        self._items: list = []
        self.result: dict | None = None

    def title(self) -> str:
        return translate("attribution", "Why did it move? Shares of the change from A to B")

    def show_result(self, result: dict) -> None:
        """Draw the waterfalls of a ``model.attribution.shapley`` result."""
        self.result = result
        for item in self._items:
            item.getViewBox() and item.getViewBox().removeItem(item)
        self._items = []
        for key in KEYS:
            self.bars[key] = waterfall_bars(result, key)
            self._draw(key, self.plots[key], self.bars[key])

    def _draw(self, key: str, plot: pg.PlotItem, bars: list[dict]) -> None:
        levels = [b["top"] for b in bars] + [b["bottom"] for b in bars if b["bottom"] is not None]
        lo, hi = min(levels), max(levels)
        pad = max((hi - lo) * 0.3, 0.02 * max(abs(hi), 1e-3), 1e-3)
        base = lo - pad
        good_up = key != "load"
        for x, bar in enumerate(bars):
            bottom = base if bar["bottom"] is None else bar["bottom"]
            top = bar["top"]
            if bar["kind"] in ("start", "end"):
                colour = END if bar["kind"] == "end" else GREY
            elif bar["kind"] == "other":
                colour = OTHER
            else:
                colour = BETTER if (bar["value"] > 0) == good_up else WORSE
            item = pg.BarGraphItem(
                x=[x],
                y0=[min(bottom, top)],
                y1=[max(bottom, top)],
                width=0.6,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen("#333333", width=0.8),
            )
            plot.addItem(item)
            self._items.append(item)
            sign = "" if bar["kind"] in ("start", "end") or bar["value"] < 0 else "+"
            text = pg.TextItem(f"{sign}{bar['value']:.3f}", color="#222222", anchor=(0.5, 1.0))
            text.setPos(x, max(bottom, top))
            plot.addItem(text)
            self._items.append(text)
            if x < len(bars) - 1:
                link = pg.PlotCurveItem(
                    [x + 0.3, x + 0.7],
                    [top, top],
                    pen=pg.mkPen("#777777", width=1, style=pg.QtCore.Qt.PenStyle.DotLine),
                )
                plot.addItem(link)
                self._items.append(link)
        ticks = []
        for x, bar in enumerate(bars):
            if bar["kind"] == "mechanism":
                ticks.append((x, mechanism_words(bar["label"])))
            elif bar["kind"] == "other":
                ticks.append((x, translate("attribution", "other\nchanges")))
            elif bar["kind"] == "start":
                ticks.append((x, translate("attribution", "A")))
            else:
                ticks.append((x, translate("attribution", "B")))
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(bars) - 0.4, padding=0)
        plot.setYRange(base, hi + pad * 1.2, padding=0)
