"""Presenter mode (F11): full screen, larger fonts and lines, high-contrast colours.

For a projector at the back of a classroom: the interface font grows by a fifth, chart axes and
titles grow, curves are drawn three times as thick and smooth, and a style sheet sets black
text on white with strong borders. The canvas's labels are at least :data:`CANVAS_LABEL_PX` on
screen whatever the zoom (shortened to fit their boxes, see :mod:`gui.canvas.label_forms`),
and on a low screen (a 1280 × 720 or 1366 × 768 projector) the canvas takes the height the
whole city needs at that size, the charts keeping :data:`CHARTS_KEEP`. Turning it off restores
the window as it was.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication

from gui.i18n import translate

SCALE = 1.3  # charts: titles, axes
FONT_SCALE = 1.2  # the interface font (more would not fit a 1600 x 1000 screen)
CANVAS_LABEL_PX = 14  # node labels on the canvas are never smaller than this on screen
CHARTS_KEEP = 240  # the charts' least height when the canvas takes more for its labels
CONTRAST = """
QWidget { color: #000000; }
QMainWindow, QDockWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: #ffffff; }
QFrame#mechanismGroup { border: 2px solid #000000; }
QLabel#mechanismState { color: #000000; }
QLabel#mechanismHint, QLabel#panelIntro { color: #111111; }
QToolBar { border-bottom: 2px solid #000000; }
QStatusBar { font-weight: bold; }
"""


class Presenter(QObject):
    """Switches the window in and out of presenter mode."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.on = False
        self._saved: dict = {}
        self.action = QAction(translate("Presenter", "&Presenter Mode"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setToolTip(
            translate("Presenter", "Full screen, large fonts and lines, high contrast (F11)")
        )
        self.action.toggled.connect(self._on_action_toggled)

    def _on_action_toggled(self, on: bool) -> None:
        self.set_on(on)

    def toggle(self) -> None:
        self.set_on(not self.on)

    def set_on(self, on: bool, full_screen: bool = True) -> None:
        if on == self.on:
            return
        self.on = on
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        app = QApplication.instance()
        if on:
            self._saved = {
                "font": QFont(app.font()),
                "style": app.styleSheet(),
                "full": self.w.isFullScreen(),
                "maximised": self.w.isMaximized(),
                "dock": self.w.mech_dock.width(),
                "centre": self.w.centre.sizes(),
            }
            font = QFont(app.font())
            font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
            app.setFont(font)
            app.setStyleSheet(self._saved["style"] + CONTRAST)
            for chart in self.w.charts.values():
                _chart_scale(chart, SCALE, pens=3.0)
            self.w.scene.set_min_label_px(CANVAS_LABEL_PX)
            self._dock_width(int(self._saved["dock"] * FONT_SCALE * 1.05))
            self.make_room_for_canvas()
            self.w.installEventFilter(self)
            if full_screen:
                self.w.showFullScreen()
        else:
            app.setFont(self._saved.get("font", app.font()))
            app.setStyleSheet(self._saved.get("style", app.styleSheet()))
            for chart in self.w.charts.values():
                _chart_scale(chart, 1.0, pens=2.0 if chart.thick else 1.0)
            self.w.removeEventFilter(self)
            self.w.scene.set_min_label_px(0)
            self._dock_width(self._saved.get("dock", 340))
            if self._saved.get("centre"):
                self.w.centre.setSizes(self._saved["centre"])
            if not self._saved.get("full"):
                if self._saved.get("maximised"):
                    self.w.showMaximized()
                else:
                    self.w.showNormal()
        self.w.fit_toolbars()  # the fonts changed: words may no longer fit one row
        self.w.chart_area.rearrange()
        if getattr(self.w, "tour", None) is not None:
            self.w.tour.refresh()

    def make_room_for_canvas(self) -> None:
        """Give the canvas the height that shows the whole city with legible labels, as far
        as the charts can spare it."""
        view, centre = self.w.view, self.w.centre
        scale = view.legible_scale()
        sizes = centre.sizes()
        if not scale or len(sizes) != 2 or not self.on:
            return
        frame = view.height() - view.viewport().height()
        need = view.height_for(scale) + frame
        total = sum(sizes)
        canvas = min(max(sizes[0], need), total - CHARTS_KEEP)
        if canvas > sizes[0]:
            centre.setSizes([canvas, total - canvas])

    def eventFilter(self, obj, event) -> bool:
        """The window was resized (full screen, a new projector): room for the canvas again,
        once the layouts have their new sizes."""
        if event.type() == QEvent.Type.Resize and self.on:
            QTimer.singleShot(0, self, self.make_room_for_canvas)
        return False

    def _dock_width(self, width: int) -> None:
        """The mechanisms panel grows with its font, so no control is cut off."""
        self.w.resizeDocks([self.w.mech_dock], [width], Qt.Orientation.Horizontal)


def _chart_scale(chart, scale: float, pens: float) -> None:
    """Axis and title sizes times ``scale``; curves ``pens`` times their base width."""
    from gui.charts.base import AXIS_PX, axis_font

    font = axis_font()
    font.setPixelSize(round(AXIS_PX * scale))
    for plot in chart.ci.items:
        if not hasattr(plot, "getAxis"):
            continue
        for side in ("left", "bottom"):
            ax = plot.getAxis(side)
            ax.setStyle(tickFont=font)
            ax.setTextPen("#000000")
            ax.setPen(pg_pen(scale))
            if ax.labelText:
                ax.setLabel(text=ax.labelText, **{"font-size": f"{round(AXIS_PX * scale)}px"})
        title = plot.titleLabel
        if title.text:
            title.setText(title.text, size=f"{round(13 * scale)}pt", color="#000000")
    for item in chart.scene().items():
        if isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                label.setText(label.text, size=f"{round(10 * min(scale, FONT_SCALE))}pt")
            item.updateSize()
    for plot in chart.ci.items:  # the ticks' room follows the text's size
        axis = plot.getAxis("left") if hasattr(plot, "getAxis") else None
        if axis is not None and hasattr(axis, "refresh_ticks"):
            axis.readable_text_px = round(AXIS_PX * scale)
            axis.refresh_ticks()
    chart.fit_legends()
    chart.ci.layout.invalidate()
    chart.ci.layout.activate()
    chart.set_pen_scale(pens, antialias=pens > 1.0)


def pg_pen(scale: float):
    return pg.mkPen("#000000" if scale > 1 else "#888888", width=2 if scale > 1 else 1)
