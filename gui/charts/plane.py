"""Chart 2: the flexibility–load plane — the picture of the paper's argument.

Each point is the city at one moment: across, the grassroots load; up, the flexibility the
platform creates. The trail shows where it has been, fading with age; the big dot is now.
Platform mechanisms (one entrance, a catalogue, algorithmic dispatch, shared data) move the
point *up*. The tensions the paper names — data cut into blocks, power without responsibility,
assessment and innovation pressure — push it *right and down*: flexibility shrinks while the
streets burn out. Institutional design around data as an asset should bring it back up-left.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from gui.canvas.style import util_colour
from gui.charts.base import EMPTY, ChartWidget, marker_badges, thin
from gui.charts.marker_badges import BadgeLayer
from gui.charts.marker_layout import beside
from gui.charts.series import POINTS_PER_DAY, SeriesBuffer
from gui.i18n import translate

AGES = (2.0, 7.0, 15.0, 30.0, 60.0, 1e9)  # days: trail segments from new to old
TRAIL_ALPHA = (255, 200, 150, 105, 70, 45)
TRAIL_WIDTH = (3.0, 2.5, 2.0, 1.6, 1.3, 1.0)
SMOOTH_POINTS = 2 * POINTS_PER_DAY  # the trail is a trailing mean over 2 days


def smooth(values: np.ndarray, k: int = SMOOTH_POINTS) -> np.ndarray:
    """Trailing moving average (shorter at the start), NaN-safe."""
    if len(values) == 0:
        return values
    v = np.nan_to_num(values, nan=0.0)
    c = np.cumsum(np.r_[0.0, v])
    idx = np.arange(1, len(v) + 1)
    lo = np.maximum(idx - k, 0)
    return (c[idx] - c[lo]) / (idx - lo)


class PlaneChart(ChartWidget):
    """(load, flexibility) trajectory with the current point highlighted."""

    name = "plane"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "charts",
                "The paper's argument in one picture: each point is the city at a moment. "
                "Platform mechanisms move it up (more flexible); the tensions — data in blocks, "
                "power without responsibility, assessment and innovation pressure — push it "
                "right (overloaded streets) and down. The trail fades with age.",
            )
        )
        self.plot = self.add_plot(
            0,
            translate("charts", "Flexibility against grassroots load"),
            translate("charts", "flexibility"),
            translate("charts", "grassroots load (utilisation)"),
        )
        self.plane_axes(self.plot)
        self.trail = []
        for alpha, width in zip(TRAIL_ALPHA, TRAIL_WIDTH, strict=True):
            item = self.curve(self.plot, "#0b3d91", width=width)
            pen = pg.mkPen(11, 61, 145, alpha, width=width)
            item.setPen(pen)
            item.opts["antialias"] = width >= 2.0  # smooth for the recent, bold part only
            item.smooth = width >= 2.0
            self.trail.append(item)
        self.start = pg.ScatterPlotItem(
            size=9, pen=pg.mkPen("#0b3d91", width=1.5), brush=pg.mkBrush(255, 255, 255)
        )
        self.plot.addItem(self.start)
        self.marks = pg.ScatterPlotItem(
            size=10, symbol="d", pen=pg.mkPen("#222222"), brush=pg.mkBrush("#ffffff")
        )
        self.plot.addItem(self.marks)
        self.now = pg.ScatterPlotItem(size=20, pen=pg.mkPen("#111111", width=2.5))
        self.now.setZValue(10)
        self.plot.addItem(self.now)
        self.now_text = pg.TextItem("", color="#111111", anchor=(-0.15, 1.1))
        self.now_text.setZValue(10)
        self.plot.addItem(self.now_text)
        hint = pg.TextItem(
            translate("charts", "↑ mechanisms make the city more flexible"),
            color="#2e6b3a",
            anchor=(0, 0),
        )
        hint.setPos(0.41, 0.995)
        self.plot.addItem(hint, ignoreBounds=True)
        hint2 = pg.TextItem(
            translate("charts", "tensions push it\nright and down ↘"),
            color="#a33a00",
            anchor=(1, 0.5),
        )
        hint2.setPos(1.19, 0.45)
        self.plot.addItem(hint2, ignoreBounds=True)
        self.hints = (hint, hint2)
        self.plot.getViewBox().sigResized.connect(self._place_now_label)  # before the badges
        self.badge_layer = BadgeLayer(self.plot, "near", keep_clear=(hint, hint2, self.now_text))
        self._plane_markers: list = []
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._t = np.zeros(0)
        self._start: tuple | None = None
        self._mark_points: list = []

    def title(self) -> str:
        return translate("charts", "Flexibility against grassroots load")

    def clear_data(self) -> None:
        super().clear_data()
        for s in (self.start, self.marks, self.now):
            s.setData([], [])
        self.now_text.setText("")
        self._start, self._mark_points = None, []
        self._plane_markers = []
        self._x = self._y = self._t = np.zeros(0)

    def update_data(self, buf: SeriesBuffer) -> None:
        t = buf.t
        if len(t) == 0:
            return
        x, y = smooth(buf["load"]), smooth(buf["flexibility"])
        self._x, self._y, self._t = x, y, t
        age = t[-1] - t
        hi = len(t)
        for k, limit in enumerate(AGES):  # newest segment first; each overlaps the next by 1
            lo = int(np.searchsorted(-age, -limit, side="left"))
            seg = slice(max(lo - 1, 0), hi)
            _t, sx, sy = thin(t[seg], x[seg], y[seg])  # a long old tail: every k-th point
            self.trail[k].setData(sx, sy)
            hi = max(lo, 1)
            if lo == 0:
                for item in self.trail[k + 1 :]:
                    item.setData(x=EMPTY, y=EMPTY)
                break
        start = (float(x[0]), float(y[0]))
        if start != self._start:  # (scatter items are slow to set: only what changed)
            self._start = start
            self.start.setData([start[0]], [start[1]])
        colour = util_colour(float(x[-1]))
        self.now.setData([x[-1]], [y[-1]], brush=pg.mkBrush(colour))
        words = translate("charts", "day {0:.0f}").format(t[-1])
        if words != self.now_text.textItem.toPlainText():
            self.now_text.setText(words)
        self.now_text.setPos(float(x[-1]), float(y[-1]))
        self._place_now_label()
        lo_x = min(0.4, float(np.floor(np.nanmin(x) * 10) / 10))
        hi_x = max(1.2, float(np.ceil(np.nanmax(x) * 10) / 10))
        if (lo_x, hi_x) != tuple(round(v, 6) for v in self.plot.viewRange()[0]):
            self.plot.setXRange(lo_x, hi_x, padding=0)
            self.hints[1].setPos(hi_x - 0.01, 0.45)
            self.hints[0].setPos(lo_x + 0.01, 0.995)
        self._place_marks()

    def _place_now_label(self, *_args) -> None:
        """ "day 40" beside the current point, on whichever side keeps it inside the plot."""
        if not len(self._x):
            return
        vb = self.plot.getViewBox()
        at = vb.mapFromView(QPointF(float(self._x[-1]), float(self._y[-1])))
        text = self.now_text.textItem.boundingRect()
        b = vb.boundingRect().adjusted(2, 2, -2, -2)
        anchor = beside(
            (at.x(), at.y()),
            (text.width(), text.height()),
            (b.left(), b.top(), b.width(), b.height()),
        )
        if tuple(self.now_text.anchor) != anchor:
            self.now_text.setAnchor(anchor)

    def set_markers(self, markers, labelled: bool = False) -> None:
        """Mechanism changes as small diamonds on the trail, each with its numbered badge
        (the same numbers as on the time charts)."""
        self._plane_markers = list(markers)
        self.key_in_app = labelled
        self._place_marks()

    def _place_marks(self) -> None:
        pts, badges = [], []
        for badge in marker_badges(self._plane_markers):
            i = int(np.searchsorted(self._t, badge.day))
            if i < len(self._t):
                pts.append((self._x[i], self._y[i]))
                badges.append(replace(badge, point=pts[-1]))
        if pts != self._mark_points:
            self._mark_points = pts
            self.marks.setData([p[0] for p in pts], [p[1] for p in pts])
        if badges != self._badge_sources.get("markers"):
            self.set_badges("markers", badges)
        elif badges:  # the "day" label moved with the city: keep badges clear of it
            self.badge_layer.relayout()
