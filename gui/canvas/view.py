"""The view onto the structure: zoom with the wheel or Ctrl +/−, F to fit, rubber-band select.

Until the user zooms, the view keeps the whole city fitted to the window (so a projector shows
everything); after a manual zoom it stays put until F is pressed again. The key to shapes,
lines and the utilisation scale is pinned to the bottom-left corner.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView

from gui.canvas.district_tiles import OPEN_SCALE
from gui.canvas.legend import LegendOverlay
from gui.canvas.node_item import LINE_FILL
from gui.canvas.scene import StructureScene

ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.02, 6.0


class StructureView(QGraphicsView):
    """A zoomable, pannable view with rubber-band selection and a pinned legend."""

    def __init__(self, scene: StructureScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.auto_fit = True
        self._pan = None
        self.legend = LegendOverlay(self)
        self.legend.show()
        scene.doc.reset.connect(self._on_doc_reset)
        scene.live_changed.connect(self._on_scene_live_changed)
        scene.district_opened.connect(self.open_district)

    # -- zoom --------------------------------------------------------------------------------
    def setTransform(self, matrix, combine: bool = False) -> None:
        super().setTransform(matrix, combine)
        self._follow_zoom()

    def scale(self, sx: float, sy: float) -> None:
        super().scale(sx, sy)
        self._follow_zoom()

    def _follow_zoom(self) -> None:
        """A big city zoomed out shows its districts as tiles (semantic zoom)."""
        self.scene().set_overview(self.transform().m11() < OPEN_SCALE)

    def open_district(self, dept_id: str) -> None:
        """Zoom onto one district's units (a double-clicked tile)."""
        tile = self.scene().tiles.get(dept_id)
        if tile is None:
            return
        rect = tile.scene_rect()
        vp = self.viewport().rect()
        s = min(vp.width() / rect.width(), vp.height() / rect.height(), MAX_SCALE)
        self.setTransform(QTransform.fromScale(max(s, OPEN_SCALE), max(s, OPEN_SCALE)))
        self.centerOn(rect.center())
        self.auto_fit = False

    def zoom(self, factor: float) -> None:
        s = self.transform().m11()
        factor = max(MIN_SCALE / s, min(MAX_SCALE / s, factor))
        self.scale(factor, factor)
        self.auto_fit = False

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.resetTransform()
        self.auto_fit = False

    def fit(self) -> None:
        """Show the whole city above the key (and keep it so when the window is resized).

        In presenter mode the scale never drops below :meth:`legible_scale`: where the whole
        city would be smaller than that, the view shows it from its top-left corner at a scale
        whose labels can be read, and the rest is a pan away."""
        rect = self.content_rect()
        vp = self.viewport().rect()
        if rect.isEmpty() or vp.width() < 10 or vp.height() < 10:
            return
        avail = max(vp.height() - self.legend.height() - 10, vp.height() * 0.4)
        s = min((vp.width() - 16) / rect.width(), (avail - 12) / rect.height(), MAX_SCALE)
        s = max(s, self.legible_scale())
        self.setTransform(QTransform.fromScale(s, s))
        x, y = rect.center().x(), rect.center().y() + (vp.height() - avail) / 2 / s
        if rect.width() * s > vp.width() - 16:  # wider than the view: from the left edge
            x = rect.left() + (vp.width() / 2 - 8) / s
        if rect.height() * s > avail - 12:  # taller than the room above the key: from the top
            y = rect.top() + (vp.height() / 2 - 6) / s
        self.centerOn(x, y)
        self.auto_fit = True

    def legible_scale(self) -> float:
        """The smallest scale at which every unit's label is the scene's ``min_label_px`` on
        screen inside its box (0 outside presenter mode, and for a big city, whose zoomed-out
        view shows district tiles with words of their own)."""
        scene = self.scene()
        least = getattr(scene, "min_label_px", 0)
        if not least or scene.tiles or not scene.nodes:
            return 0.0
        lowest = min(node.h for node in scene.nodes.values())
        return least * LINE_FILL / lowest

    def height_for(self, scale: float) -> int:
        """The viewport height that shows the whole city at ``scale`` above the key."""
        rect = self.content_rect()
        if rect.isEmpty():
            return 0
        self.legend.reposition()
        return int(math.ceil(rect.height() * scale + 12 + self.legend.height() + 10))

    def show_node(self, dept_id: str) -> None:
        """Bring a unit into view (a new department must not appear off-screen)."""
        node = self.scene().nodes.get(dept_id)
        if node is None:
            return
        if self.auto_fit:
            self.fit()
        else:
            self.ensureVisible(node.sceneBoundingRect(), 40, 40)

    def content_rect(self) -> QRectF:
        rect = QRectF()
        for node in self.scene().nodes.values():
            rect = rect.united(node.scene_rect())
        return rect.adjusted(-24, -24, 24, 24) if not rect.isEmpty() else rect

    def _on_scene_live_changed(self, heat: bool) -> None:
        self.set_legend(heat, self.scene().legend_flows() if heat else [])

    def set_legend(self, heat: bool, flows: list[str]) -> None:
        """Show the utilisation scale (with the grassroots load on it) and the flow key while
        a simulation has data."""
        before = self.legend.height()
        self.legend.set_mode(heat, flows, self.scene().grassroots_load() if heat else None)
        if self.auto_fit and self.legend.height() != before:
            self.fit()

    def _on_doc_reset(self) -> None:
        self.auto_fit = True
        self.fit()

    # -- events ------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom(ZOOM_STEP ** (delta / 120))
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.legend.reposition()
        if self.auto_fit:
            self.fit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan is not None:
            d = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(d.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(d.y()))
            self.auto_fit = False
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan is not None:
            self._pan = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
