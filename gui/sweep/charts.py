"""The pictures of a sweep's results.

* :class:`EffectChart` — how one output moves with the knobs: for one parameter a line of the
  mean over seeds with its 95 % interval as a band; for two parameters a heat map; for a
  mechanism sweep an *interaction* heat map. Its diagonal says what switching each mechanism
  on changes on average; the cell (row i, column j) says how much more mechanism i changes
  when j is on than when j is off. A large cell at (dispatch, data) is the paper's claim in
  numbers: algorithmic dispatch helps only when data are shared.
* :class:`SweepPlaneChart` — every run as a point in the flexibility–load plane, the mean of
  each configuration as a larger point, and the frontier: the best flexibility reachable at
  each level of load. Click a point to load that configuration into the workbench.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal

from gui import labels
from gui.charts.base import BLUE, GREEN, ChartWidget, axis_font
from gui.compare.table import BAD_UP
from gui.compare.waterfall import mechanism_words
from gui.i18n import translate
from gui.mechanism_specs import setting_name


def _value_text(v) -> str:
    if isinstance(v, bool):
        return translate("sweep", "on") if v else translate("sweep", "off")
    if isinstance(v, float):
        return f"{v:.3g}"
    return str(v)


def axes_of(record: dict) -> list[tuple[str, list]]:
    """The swept labels and their values in order of first appearance."""
    configs = record["configs"]
    if not configs:
        return []
    out = []
    for name in configs[0]["labels"]:
        vals = []
        for c in configs:
            if c["labels"][name] not in vals:
                vals.append(c["labels"][name])
        out.append((name, vals))
    return out


def interaction_matrix(record: dict, key: str) -> tuple[list[str], np.ndarray]:
    """Main effects (diagonal) and pairwise interactions (off it) of a mechanism sweep."""
    names = list(record["configs"][0]["labels"]) if record["configs"] else []
    on = np.array([[bool(c["labels"][n]) for n in names] for c in record["configs"]])
    y = np.array([c["stats"][key]["mean"] for c in record["configs"]], float)
    k = len(names)
    m = np.full((k, k), np.nan)

    def mean(mask) -> float:
        return float(y[mask].mean()) if mask.any() else np.nan

    for i in range(k):
        m[i, i] = mean(on[:, i]) - mean(~on[:, i])
        for j in range(k):
            if i != j:
                with_j = mean(on[:, i] & on[:, j]) - mean(~on[:, i] & on[:, j])
                without = mean(on[:, i] & ~on[:, j]) - mean(~on[:, i] & ~on[:, j])
                m[i, j] = with_j - without
    return names, m


def _axis_name(name: str) -> str:
    """A swept mechanism's words, or a swept parameter's label as the panel shows it."""
    words = mechanism_words(name)
    return words.replace("\n", " ") if words != name else setting_name(name)


class EffectChart(ChartWidget):
    """Line with interval band (1-D), heat map (2-D) or interaction heat map (2^k)."""

    name = "sweep_effect"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.add_plot(0, "")
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self._items: list = []
        self.bar: pg.ColorBarItem | None = None
        self.kind = ""
        self.matrix: np.ndarray | None = None
        self._title = ""

    def title(self) -> str:
        return self._title

    def _clear(self) -> None:
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        if self.bar is not None:
            self.ci.removeItem(self.bar)
            self.bar = None
        self.curves = []
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTicks(None)
        self.plot.setLabel("left", "")
        self.plot.setLabel("bottom", "")
        self.plot.invertY(False)
        self.matrix = None

    def _add(self, item) -> None:
        self.plot.addItem(item)
        self._items.append(item)

    def show_record(self, record: dict, key: str) -> None:
        self._clear()
        axes = axes_of(record)
        word = labels.output(key)
        if "mechanisms" in record["spec"]:
            self._interactions(record, key)
            self._title = translate("sweep", "{0}: effects and interactions").format(word)
        elif len(axes) == 1:
            self._line(record, key, axes[0])
            self._title = translate("sweep", "{0} against {1}").format(word, _axis_name(axes[0][0]))
        elif len(axes) == 2:
            self._heat(record, key, axes)
            self._title = word
        self.plot.setTitle(self._title, size="13pt", color="#222222")

    def _line(self, record: dict, key: str, axis) -> None:
        self.kind = "line"
        name, vals = axis
        numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals)
        xs = np.array(vals, float) if numeric else np.arange(len(vals), dtype=float)
        st = [c["stats"][key] for c in record["configs"]]
        mean = np.array([s["mean"] for s in st])
        lo, hi = np.array([s["low"] for s in st]), np.array([s["high"] for s in st])
        order = np.argsort(xs)
        xs, mean, lo, hi = xs[order], mean[order], lo[order], hi[order]
        low = pg.PlotCurveItem(xs, lo, pen=pg.mkPen(None))
        high = pg.PlotCurveItem(xs, hi, pen=pg.mkPen(None))
        band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(0, 114, 178, 50))
        for item in (low, high, band):
            self._add(item)
        line = self.curve(self.plot, BLUE, width=2.0)
        self._items.append(line)
        line.setData(xs, mean)
        dots = pg.ScatterPlotItem(xs, mean, size=8, brush=pg.mkBrush(BLUE), pen=pg.mkPen("w"))
        self._add(dots)
        if not numeric:
            self.plot.getAxis("bottom").setTicks(
                [[(i, _value_text(v)) for i, v in enumerate(vals)]]
            )
        self.plot.setLabel("bottom", _axis_name(name))
        self.plot.setLabel("left", labels.output(key))
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.06)

    def _image(self, m: np.ndarray, cmap, levels) -> None:
        img = pg.ImageItem(m.T)  # ImageItem is indexed [x, y]
        img.setColorMap(cmap)
        img.setLevels(levels)
        img.setRect(QRectF(-0.5, -0.5, m.shape[1], m.shape[0]))
        self._add(img)
        self.bar = pg.ColorBarItem(values=levels, colorMap=cmap, interactive=False, width=14)
        self.bar.getAxis("right").setStyle(tickFont=axis_font())
        self.ci.addItem(self.bar, row=0, col=1)
        if m.size <= 144:
            for i in range(m.shape[0]):
                for j in range(m.shape[1]):
                    if m[i, j] == m[i, j]:
                        frac = (m[i, j] - levels[0]) / max(levels[1] - levels[0], 1e-12)
                        dark = cmap.name == "viridis" and frac < 0.6
                        t = pg.TextItem(
                            f"{m[i, j]:+.3f}" if cmap.name != "viridis" else f"{m[i, j]:.3f}",
                            color="#ffffff" if dark else "#111111",
                            anchor=(0.5, 0.5),
                        )
                        t.setPos(j, i)
                        self._add(t)
        self.plot.setXRange(-0.5, m.shape[1] - 0.5, padding=0)
        self.plot.setYRange(-0.5, m.shape[0] - 0.5, padding=0)
        self.plot.invertY(True)

    def _heat(self, record: dict, key: str, axes) -> None:
        self.kind = "heat"
        (nx, vx), (ny, vy) = axes
        m = np.full((len(vy), len(vx)), np.nan)
        for c in record["configs"]:
            m[vy.index(c["labels"][ny]), vx.index(c["labels"][nx])] = c["stats"][key]["mean"]
        self.matrix = m
        finite = m[np.isfinite(m)]
        levels = (float(finite.min()), float(finite.max()) + 1e-9) if finite.size else (0, 1)
        self._image(m, pg.colormap.get("viridis"), levels)
        self.plot.invertY(False)  # larger values of the second knob upwards
        self.plot.getAxis("bottom").setTicks([[(i, _value_text(v)) for i, v in enumerate(vx)]])
        self.plot.getAxis("left").setTicks([[(i, _value_text(v)) for i, v in enumerate(vy)]])
        self.plot.setLabel("bottom", _axis_name(nx))
        self.plot.setLabel("left", _axis_name(ny))

    def _interactions(self, record: dict, key: str) -> None:
        self.kind = "interaction"
        names, m = interaction_matrix(record, key)
        self.matrix = m
        top = float(np.nanmax(np.abs(m))) if np.isfinite(m).any() else 1.0
        good, bad = (GREEN, "#c0392b") if key not in BAD_UP else ("#c0392b", GREEN)
        cmap = pg.ColorMap([0.0, 0.5, 1.0], [bad, "#f7f7f7", good], name="diverging")
        self._image(m, cmap, (-max(top, 1e-9), max(top, 1e-9)))
        ticks = [(i, mechanism_words(n).split("\n")[0]) for i, n in enumerate(names)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.setLabel("bottom", translate("sweep", "… when this mechanism is on"))
        self.plot.setLabel("left", translate("sweep", "effect of this mechanism"))


class SweepPlaneChart(ChartWidget):
    """Every run in the flexibility–load plane, configuration means and the frontier."""

    name = "sweep_plane"
    config_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.add_plot(
            0,
            translate("sweep", "Every run in the flexibility–load plane"),
            translate("charts", "flexibility"),
            translate("charts", "grassroots load (utilisation)"),
        )
        self.load_bands(self.plot, vertical=True, text=False)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.runs = pg.ScatterPlotItem(
            size=6, pen=pg.mkPen(None), brush=pg.mkBrush(0, 114, 178, 90)
        )
        self.means = pg.ScatterPlotItem(
            size=11, pen=pg.mkPen("#222222"), brush=pg.mkBrush("#ffffff")
        )
        self.front = self.curve(self.plot, GREEN, width=2.0)
        self.front_pts = pg.ScatterPlotItem(
            size=12, pen=pg.mkPen("#222222"), brush=pg.mkBrush(GREEN)
        )
        for s in (self.runs, self.means, self.front_pts):
            self.plot.addItem(s)
            s.sigClicked.connect(self._on_points_clicked)
        self.means.setZValue(5)
        self.front_pts.setZValue(6)
        legend = self.add_legend(1, cols=3)
        legend.addItem(self.runs, translate("sweep", "one run"))
        legend.addItem(self.means, translate("sweep", "mean of a configuration"))
        legend.addItem(self.front, translate("sweep", "frontier"))
        self.setToolTip(
            translate(
                "sweep",
                "Click a point to load its configuration into the workbench. The green "
                "frontier joins the configurations with the best flexibility reachable at "
                "each level of grassroots load.",
            )
        )

    def title(self) -> str:
        return translate("sweep", "Every run in the flexibility–load plane")

    def show_record(self, record: dict) -> None:
        rows = record["rows"]
        self.runs.setData(
            [r["load"] for r in rows],
            [r["flexibility"] for r in rows],
            data=[r["config"] for r in rows],
        )
        cs = record["configs"]
        lx = [c["stats"]["load"]["mean"] for c in cs]
        fy = [c["stats"]["flexibility"]["mean"] for c in cs]
        self.means.setData(lx, fy, data=[c["config"] for c in cs])
        front = sorted(record["frontier"], key=lambda c: cs[c]["stats"]["load"]["mean"])
        xs, ys = [], []
        for c in front:
            x, y = cs[c]["stats"]["load"]["mean"], cs[c]["stats"]["flexibility"]["mean"]
            if ys:
                xs.append(x)
                ys.append(ys[-1])
            xs.append(x)
            ys.append(y)
        if xs:  # the best flexibility stays reachable at any higher load
            xs.append(max(lx))
            ys.append(ys[-1])
        self.front.setData(xs, ys)
        self.front_pts.setData(
            [cs[c]["stats"]["load"]["mean"] for c in front],
            [cs[c]["stats"]["flexibility"]["mean"] for c in front],
            data=front,
        )
        self.plot.enableAutoRange()
        self.plot.autoRange(padding=0.08)

    def _on_points_clicked(self, _item, points, _ev=None) -> None:
        if len(points):
            self.config_clicked.emit(int(points[0].data()))
