"""Figures for reports and slides: any chart or the canvas as PNG (any size, 300 dpi) or SVG,
and to the clipboard.

A PNG is rendered at exactly the requested size: the chart is scaled to fit and centred on a
white page, fonts grow with it, and live curves are drawn thicker and smooth so that a 300-dpi
figure does not show hair-thin lines. Chart SVGs come from pyqtgraph's exporter (the one that
PySide6 6.11 breaks, hence the version pin and a test); the canvas SVG from Qt's generator.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from gui.canvas.legend import legend_height, paint_legend

INCH = 0.0254


def _blank(width: int, height: int, dpi: int | None) -> QImage:
    img = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    img.fill(QColor("#ffffff"))
    if dpi:
        dpm = int(round(dpi / INCH))
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
    return img


def _fit(source: QRectF, width: float, height: float) -> QRectF:
    """``source``'s aspect ratio, as large as fits in width x height, centred."""
    s = min(width / source.width(), height / source.height())
    w, h = source.width() * s, source.height() * s
    return QRectF((width - w) / 2, (height - h) / 2, w, h)


# -- charts ---------------------------------------------------------------------------------
@contextmanager
def _pens_for(chart, scale: float):
    """Thicker, smooth curves, and the marker key under the chart whenever it has badges."""
    was = chart.thick
    chart.set_pen_scale(max(1.0, 1.4 * scale) * (2.0 if was else 1.0), antialias=True)
    key = getattr(chart, "key_for_export", None)
    if key is not None:
        key(True)
    try:
        yield
    finally:
        chart.set_thick(was)
        if key is not None:
            key(False)


def chart_image(chart, width: int, height: int, dpi: int | None = None) -> QImage:
    """The chart rendered into an image of exactly ``width`` x ``height`` pixels.

    pyqtgraph's own image exporter draws the chart (it knows how to scale axes and text);
    the result is centred on a white page of the requested size.
    """
    import pyqtgraph.exporters as pgx  # imported late: only needed for export

    img = _blank(width, height, dpi)
    exporter = pgx.ImageExporter(chart.export_item())
    with _pens_for(chart, 1.0):  # the figure's own size: with the marker key under it
        source = exporter.getSourceRect()
    target = _fit(source, width, height)
    with _pens_for(chart, target.width() / max(source.width(), 1.0)):
        exporter.parameters()["antialias"] = True
        exporter.parameters()["background"] = QColor("#ffffff")
        exporter.parameters()["width"] = max(1, int(target.width()))
        rendered = exporter.export(toBytes=True)
    p = QPainter(img)
    p.drawImage(QPointF((width - rendered.width()) / 2, (height - rendered.height()) / 2), rendered)
    p.end()
    return img


def export_chart_png(
    chart, path: str | Path, width: int, height: int, dpi: int | None = None
) -> None:
    if not chart_image(chart, width, height, dpi).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def export_chart_svg(chart, path: str | Path) -> None:
    import pyqtgraph.exporters as pgx  # imported late: only needed for export

    with _pens_for(chart, 1.5):
        pgx.SVGExporter(chart.export_item()).export(str(path))


# -- the canvas -----------------------------------------------------------------------------
@contextmanager
def _clean_canvas(scene):
    """No selection outlines or hover handles in a figure."""
    selected = scene.selected_ids()
    hovered = [n for n in scene.nodes.values() if n.hovered]
    for n in hovered:
        n.hovered = False
    scene.blockSignals(True)
    scene.clearSelection()
    try:
        yield
    finally:
        for n in hovered:
            n.hovered = True
        scene.select_ids(selected)
        scene.blockSignals(False)


def _canvas_source(scene) -> QRectF:
    rect = QRectF()
    for node in scene.nodes.values():
        rect = rect.united(node.scene_rect())
    for layer in scene.flow_layers.values():
        if layer.isVisible():
            rect = rect.united(layer.boundingRect())
    return rect.adjusted(-20, -20, 20, 20) if not rect.isEmpty() else QRectF(0, 0, 100, 100)


def _paint_canvas(scene, painter: QPainter, width: float, height: float, legend: tuple) -> None:
    heat, flows, mean = (*legend, None)[:3]
    s = max(width / 1400.0, 1.0)  # the key grows with the picture
    lh = legend_height(width / s, heat, flows, mean) * s
    source = _canvas_source(scene)
    target = _fit(source, width, max(height - lh - 10 * s, height * 0.5))
    target.moveTop(0)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.save()
    painter.translate(0, height - lh)
    painter.scale(s, s)
    paint_legend(painter, QRectF(0, 0, width / s - 1, lh / s - 1), heat, flows, mean)
    painter.restore()


def canvas_image(
    scene, width: int, height: int, dpi: int | None = None, legend: tuple = (False, [])
) -> QImage:
    img = _blank(width, height, dpi)
    with _clean_canvas(scene):
        p = QPainter(img)
        _paint_canvas(scene, p, width, height, legend)
        p.end()
    return img


def canvas_size_hint(scene, width: int) -> QSize:
    """A height that suits the canvas at ``width`` (room for the key below)."""
    src = _canvas_source(scene)
    return QSize(width, int(width * src.height() / max(src.width(), 1.0)) + 90)


def export_canvas_png(
    scene, path, width: int, height: int, dpi: int | None = None, legend: tuple = (False, [])
) -> None:
    if not canvas_image(scene, width, height, dpi, legend).save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def export_canvas_svg(scene, path, legend: tuple = (False, [])) -> None:
    hint = canvas_size_hint(scene, 1600)
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(hint)
    gen.setViewBox(QRectF(0, 0, hint.width(), hint.height()))
    gen.setTitle(QCoreApplication.translate("export", "GovFlex: the structure of the city"))
    with _clean_canvas(scene):
        p = QPainter(gen)
        p.fillRect(QRectF(0, 0, hint.width(), hint.height()), QColor("#ffffff"))
        _paint_canvas(scene, p, hint.width(), hint.height(), legend)
        p.end()


def copy_image(image: QImage) -> None:
    QApplication.clipboard().setImage(image)
