"""What every GovFlex chart shares: a light theme legible on a projector and in print,
a shared time axis in days, marker lines where a mechanism changed, and export.

Colours are the Okabe–Ito palette (safe for colour-blind viewers and in grey print).
Live curves use thin cosmetic pens without antialiasing (fast); exports and the projector mode
draw them thicker and smooth.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont

from gui import labels
from gui.charts.marker_badges import Badge, BadgeLayer, MarkerKey
from gui.charts.series import SeriesBuffer
from gui.charts.ticks import keep_readable
from gui.i18n import translate

pg.setConfigOptions(antialias=False, background="w", foreground="#222222")

BLUE, ORANGE, SKY, GREEN = "#0072B2", "#E69F00", "#56B4E9", "#009E73"
YELLOW, VERMILION, PURPLE, GREY = "#F0E442", "#D55E00", "#CC79A7", "#555555"
BAND_SUSTAINABLE, BAND_BURNOUT = 0.85, 0.90
AXIS_PX, TITLE_PT = 13, "13pt"
EMPTY = np.zeros(0)
MARKER_COLOURS = {"shock": PURPLE, "mechanism": "#444444", "break": "#000000"}
MAX_POINTS = 1500  # longer histories are thinned before drawing (about two per pixel)


def thin(t: np.ndarray, *ys: np.ndarray):
    """Every k-th point (always keeping the last) when a history gets long."""
    n = len(t)
    if n <= MAX_POINTS:
        return (t, *ys)
    k = int(np.ceil(n / MAX_POINTS))
    idx = np.r_[np.arange(0, n - 1, k), n - 1]
    return (t[idx], *(y[idx] for y in ys))


def marker_badges(markers: list[tuple[int, str, str]]) -> list[Badge]:
    """Numbered badges 1, 2, ... for the runner's markers (tick, words, kind)."""
    return [
        Badge(
            tick / 24.0,
            str(k + 1),
            MARKER_COLOURS.get(kind, "#444444"),
            translate("charts", "day {0:.0f}: {1}").format(tick / 24.0, text),
        )
        for k, (tick, text, kind) in enumerate(markers)
    ]


class QuietSample(pg.ItemSample):
    """A legend sample that does not hide its curve when clicked (live charts stay whole)."""

    def mouseClickEvent(self, event) -> None:
        event.accept()


def axis_font() -> QFont:
    f = QFont()
    f.setPixelSize(AXIS_PX)
    return f


class ChartWidget(pg.GraphicsLayoutWidget):
    """A chart: one or more plots in a layout, fed from the shared :class:`SeriesBuffer`."""

    name = "chart"  # file-name stem for exports

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.ci.setContentsMargins(4, 4, 8, 4)
        self.ci.setSpacing(2)
        self.curves: list[pg.PlotDataItem] = []
        self.time_plots: list[pg.PlotItem] = []
        self._marker_lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        self._badge_sources: dict[str, list[Badge]] = {}
        self.badge_layer: BadgeLayer | None = None
        self.marker_key = MarkerKey()
        self.key_in_app = False
        self._key_row: int | None = None
        self.thick = False
        self.legends_: list[tuple[pg.LegendItem, int]] = []  # each legend, its most columns
        self._pending: SeriesBuffer | None = None  # data that came while hidden
        self.setMinimumSize(220, 160)

    # -- building ------------------------------------------------------------------------------
    def add_plot(self, row: int, title: str, y_label: str = "", x_label: str = "") -> pg.PlotItem:
        plot = self.ci.addPlot(row=row, col=0)
        plot.setTitle(title, size=TITLE_PT, color="#222222")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        # no axis grid: pyqtgraph draws it as long axis ticks, so every curve update would
        # repaint both axes; static reference lines (see ``guides``) cost almost nothing
        for side in ("left", "bottom"):
            ax = plot.getAxis(side)
            ax.setStyle(tickFont=axis_font(), tickTextOffset=4)
            ax.setTextPen("#222222")
            ax.setPen("#888888")
        if y_label:
            plot.setLabel("left", y_label, **{"font-size": f"{AXIS_PX}px"})
        if x_label:
            plot.setLabel("bottom", x_label, **{"font-size": f"{AXIS_PX}px"})
        plot.getViewBox().setDefaultPadding(0.0)
        keep_readable(plot, AXIS_PX)
        return plot

    def guides(self, plot: pg.PlotItem, values, vertical: bool = False) -> None:
        """Light static reference lines (a cheap grid)."""
        for v in values:
            line = pg.InfiniteLine(
                pos=v,
                angle=90 if vertical else 0,
                movable=False,
                pen=pg.mkPen(0, 0, 0, 28, width=1),
            )
            line.setZValue(-25)
            plot.addItem(line, ignoreBounds=True)

    def add_time_plot(self, row: int, title: str, y_label: str = "") -> pg.PlotItem:
        plot = self.add_plot(row, title, y_label, translate("charts", "day"))
        plot.setXRange(0, 10, padding=0)
        if not self.time_plots:
            self.badge_layer = BadgeLayer(plot)
        self.time_plots.append(plot)
        return plot

    def add_legend(self, row: int, cols: int = 3) -> pg.LegendItem:
        legend = pg.LegendItem(
            colCount=cols,
            sampleType=QuietSample,
            labelTextSize="10pt",
            horSpacing=14,
            verSpacing=-4,
        )
        # pyqtgraph keeps legends at screen size (they usually float over a zoomable plot);
        # ours sit in the layout, so let them scale with the figure in exports
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.ci.addItem(legend, row=row, col=0)
        self.legends_.append((legend, cols))
        return legend

    def fit_legends(self, width: float | None = None) -> None:
        """As many legend columns (up to each legend's own) as fit the chart's width, so a
        narrow chart's legend wraps onto more rows instead of pushing the plots out of the
        widget. Called on resize and when fonts or words change."""
        width = self.viewport().width() if width is None else width
        room = width - 14  # the layout's margins
        least = Qt.SizeHint.MinimumSize
        for legend, most in self.legends_:
            if not legend.items:
                continue
            for cols in range(most, 0, -1):  # the most columns whose width fits
                if cols != legend.columnCount:
                    legend.setColumnCount(cols)
                legend.layout.invalidate()
                if legend.layout.effectiveSizeHint(least).width() <= room:
                    break
            legend.updateSize()

    def resizeEvent(self, event) -> None:
        if event is not None and hasattr(self, "legends_"):  # (pyqtgraph calls it with None)
            self.fit_legends(event.size().width())
        super().resizeEvent(event)

    def curve(
        self,
        plot: pg.PlotItem,
        colour: str,
        dashed: bool = False,
        width: float = 1.0,
        fill: str | None = None,
    ) -> pg.PlotCurveItem:
        """A live curve: a bare PlotCurveItem (the lightest), thin cosmetic pen, no
        antialiasing; ``fill`` paints the area down to 0 (for stacked areas)."""
        pen = pg.mkPen(colour, width=width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        item = pg.PlotCurveItem(pen=pen, antialias=False, skipFiniteCheck=True)
        if fill is not None:
            item.setFillLevel(0.0)
            item.setBrush(pg.mkBrush(fill))
        item.base_width = width
        plot.addItem(item)
        self.curves.append(item)
        return item

    def plane_axes(self, plot) -> None:
        """Axes of a flexibility-load plane: fixed ranges, guide lines, the 0.85/0.90 bands."""
        plot.setXRange(0.4, 1.2, padding=0)
        plot.setYRange(0.0, 1.0, padding=0)
        self.guides(plot, (0.2, 0.4, 0.6, 0.8))
        self.guides(plot, (0.5, 0.6, 0.7, 0.8, 1.0, 1.1), vertical=True)
        self.load_bands(plot, vertical=True)

    def load_bands(self, plot: pg.PlotItem, vertical: bool = False, text: bool = True) -> list:
        """Lines at 0.85 (sustainable) and 0.90 (burnout) and a tint above 0.90.

        On the plane (vertical lines) the words sit at the foot of the lines; on time charts
        they go in the legend (returned lines), so they never collide with curves or markers.
        """
        angle = 90 if vertical else 0
        region = pg.LinearRegionItem(
            values=(BAND_BURNOUT, 5.0),
            movable=False,
            orientation="vertical" if vertical else "horizontal",
            brush=pg.mkBrush(213, 94, 0, 22),
            pen=pg.mkPen(None),
        )
        region.setZValue(-20)
        plot.addItem(region, ignoreBounds=True)
        axis = 0 if vertical else 1

        def fit_region(_vb=None, ranges=None) -> None:  # ends at the edge: SVG has no clipping
            top = plot.getViewBox().viewRange()[axis][1]
            region.setRegion((BAND_BURNOUT, max(top, BAND_BURNOUT)))

        plot.getViewBox().sigRangeChanged.connect(fit_region)
        fit_region()
        lines = []
        for v, colour, words, side in (
            (BAND_SUSTAINABLE, ORANGE, translate("charts", "0.85 sustainable"), 0),
            (BAND_BURNOUT, VERMILION, translate("charts", "0.90 burnout"), 1),
        ):
            anchor = (1.0 - side, 1.0)  # 0.85 left of its line, 0.90 right of it
            opts = {"position": 0.01, "color": colour, "anchors": [anchor, anchor]}
            pen = pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(
                pos=v,
                angle=angle,
                movable=False,
                pen=pen,
                label=words if (text and vertical) else None,
                labelOpts=opts,
            )
            line.setZValue(-10)
            plot.addItem(line, ignoreBounds=True)
            sample = pg.PlotCurveItem(pen=pen)  # a legend entry for the line
            sample.legend_words = words
            lines.append(sample)
        return lines

    # -- feeding --------------------------------------------------------------------------------
    def update_data(self, buf: SeriesBuffer) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def feed(self, buf: SeriesBuffer) -> None:
        """New data from the live view: drawn now if the chart is on screen, else when it is
        shown (a chart behind another tab costs a running city nothing)."""
        if self.isVisible():
            self._pending = None
            self.update_data(buf)
        else:
            self._pending = buf

    def flush(self) -> None:
        """Draw data that arrived while the chart was hidden."""
        pending, self._pending = getattr(self, "_pending", None), None
        if pending is not None:
            self.update_data(pending)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.flush()

    def clear_data(self) -> None:
        self._pending = None
        for c in self.curves:
            c.setData(x=EMPTY, y=EMPTY)
        self.set_markers([])

    # -- markers --------------------------------------------------------------------------------
    def set_markers(self, markers: list[tuple[int, str, str]], labelled: bool = False) -> None:
        """A vertical line on every time plot where a mechanism changed, a shock began or the
        structure was edited, and a numbered badge for each; ``labelled``: the marker key
        (the numbers with their words) is shown under this chart, not only in exports."""
        for plot, line in self._marker_lines:
            plot.removeItem(line)
        self._marker_lines = []
        for tick, _text, kind in markers:
            for plot in self.time_plots:
                line = pg.InfiniteLine(
                    pos=tick / 24.0,
                    angle=90,
                    movable=False,
                    pen=pg.mkPen(
                        MARKER_COLOURS.get(kind, "#444444"),
                        width=2 if kind == "break" else 1,
                        style=Qt.PenStyle.SolidLine if kind == "break" else Qt.PenStyle.DashLine,
                    ),
                )
                line.setZValue(-5)
                plot.addItem(line, ignoreBounds=True)
                self._marker_lines.append((plot, line))
        self.key_in_app = labelled
        self.set_badges("markers", marker_badges(markers))

    def set_badges(self, source: str, badges: list[Badge]) -> None:
        """The badges of one source (markers, scheduled shocks, notes), then all redrawn."""
        self._badge_sources[source] = list(badges)
        every = self.all_badges()
        if self.badge_layer is not None:
            self.badge_layer.set_badges(every)
        self.marker_key.set_badges(every)
        self.show_key(self.key_in_app and bool(every))

    def all_badges(self) -> list[Badge]:
        """Every badge, in order of day (the key reads as a chronology)."""
        every = [b for badges in self._badge_sources.values() for b in badges]
        return sorted(every, key=lambda b: b.day)

    def key_for_export(self, exporting: bool) -> None:
        """While exporting: the whole marker key under the chart whenever there are badges,
        the figure growing by the key's height (the plots keep theirs); afterwards, the app's
        (short, or none)."""
        self.marker_key.max_lines = None if exporting else MarkerKey.APP_LINES
        self.marker_key.reflow(self.viewport().width() - 16)
        self.show_key(bool(self.all_badges()) and (exporting or self.key_in_app), exporting)

    def show_key(self, shown: bool, grow: bool = False) -> None:
        """The marker key as the last row of the chart (or not at all)."""
        if shown != (self.marker_key in self.ci.items):
            if shown:
                if self._key_row is None:
                    self._key_row = self.ci.layout.rowCount()
                self.ci.addItem(self.marker_key, row=self._key_row, col=0)
                self.marker_key.reflow(self.viewport().width() - 16)
            else:
                self.ci.removeItem(self.marker_key)
        extra = self.marker_key.minimumHeight() + 2 if (shown and grow) else 0.0
        size = self.viewport().size()
        self.ci.setGeometry(QRectF(0, 0, size.width(), size.height() + extra))
        self.ci.layout.activate()

    def set_x_range(self, last_day: float) -> None:
        """Days 0 to a round number ahead of now: the axis changes only now and then
        (every change repaints every linked axis)."""
        if not self.time_plots:
            return
        step = 10.0 if last_day < 60 else 30.0 if last_day < 240 else 100.0
        right = max(10.0, math.ceil((last_day + 0.5) / step) * step)
        if self.time_plots[0].getViewBox().viewRange()[0][1] != right:
            self.time_plots[0].setXRange(0, right, padding=0)

    def grow_y(self, plot: pg.PlotItem, top: float, floor: float) -> None:
        """Keep the y axis from 0 to at least ``floor``, growing in steps when data climb."""
        current = plot.getViewBox().viewRange()[1][1]
        want = max(floor, top * 1.08)
        if want > current + 1e-9 or (want < current - 0.25 and current > floor):
            plot.setYRange(0, round(want * 10 + 0.5) / 10, padding=0)

    # -- looks ----------------------------------------------------------------------------------
    def set_thick(self, thick: bool) -> None:
        """Projector mode: thicker, smooth curves."""
        self.thick = thick
        self.set_pen_scale(2.0 if thick else 1.0, antialias=thick)

    def set_pen_scale(self, factor: float, antialias: bool) -> None:
        for c in self.curves:
            pen = pg.mkPen(c.opts["pen"])
            pen.setWidthF(c.base_width * factor)
            c.opts["antialias"] = antialias or getattr(c, "smooth", False)
            c.setPen(pen)
            c.update()

    def needed_width(self) -> int:
        """The narrowest this chart can be with its titles whole and its plots, axes and
        legends (at one column) inside the widget — they all grow in presenter mode."""
        least = Qt.SizeHint.MinimumSize
        widths = [self.minimumWidth()]
        for item in self.ci.items:
            if hasattr(item, "titleLabel") and item.titleLabel.text:
                widths.append(item.titleLabel.item.boundingRect().width() + 24)
            if isinstance(item, pg.LegendItem):
                entries = [s.width() + lab.item.boundingRect().width() for s, lab in item.items]
                widths.append(max(entries, default=0) + 40)
            elif item is not self.marker_key:
                widths.append(item.effectiveSizeHint(least).width() + 14)
        return int(max(widths))

    def minimumSizeHint(self) -> QSize:
        """Splitters never make the chart narrower than its contents (they would be cut)."""
        return QSize(self.needed_width(), self.minimumHeight())

    def export_item(self):
        """The graphics item an exporter renders (the whole layout), with all data drawn."""
        self.flush()
        return self.ci

    def title(self) -> str:
        return labels.output(self.name)
