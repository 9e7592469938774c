"""Filled bands between curves, each band one closed path painted once.

The parts of the grassroots load are a stack — casework at the bottom, then coordination,
rework, reporting… Filling every running total down to zero (the easy way) paints the lowest
pixels eight times over; on a live chart that fill was two thirds of the chart's drawing
time. pyqtgraph's ``FillBetweenItem`` (the gaming gap between true and recorded resolution)
rebuilds its path point by point in Python on every frame. Here each band is one closed path,
built by pyqtgraph's array-to-path routine, from its upper curve back along the lower one, so a
frame costs one vectorised path per band and every pixel is painted once. The curves
themselves stay ordinary curves on top.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt


class Bands(pg.GraphicsObject):
    """Filled bands between consecutive curves, in data coordinates of a plot."""

    def __init__(self, brushes: list) -> None:
        super().__init__()
        self.brushes = [pg.mkBrush(b) for b in brushes]
        self.paths: list = []
        self._rect = QRectF()

    def set_data(self, x: np.ndarray, tops: list[np.ndarray], base: np.ndarray | None = None):
        """Band k lies between ``tops[k - 1]`` (``base``, or zero, for the first) and
        ``tops[k]``; NaNs should be filled in by the caller."""
        self.prepareGeometryChange()
        self.paths = []
        if len(x) < 2 or not tops:
            self._rect = QRectF()
            self.update()
            return
        back = x[::-1]
        lower = np.zeros(len(x)) if base is None else base
        low = high = None
        for upper in tops:
            path = pg.arrayToQPath(np.r_[x, back], np.r_[upper, lower[::-1]], connect="all")
            path.closeSubpath()
            self.paths.append(path)
            edges = (np.nanmin(lower), np.nanmax(upper))
            low = edges[0] if low is None else min(low, edges[0])
            high = edges[1] if high is None else max(high, edges[1])
            lower = upper
        self._rect = QRectF(float(x[0]), float(low), float(x[-1] - x[0]), float(high - low))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, painter, *args) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for path, brush in zip(self.paths, self.brushes, strict=False):
            painter.fillPath(path, brush)
