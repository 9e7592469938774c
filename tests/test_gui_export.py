"""Exports: PNG of the requested size (300 dpi), SVG that parses, CSV, clipboard."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

CHARTS = ("plane", "timeline", "components", "gaming")


@pytest.fixture
def ran(window):
    for _ in range(4):
        window.runner.step_day()
    window.live.refresh(force=True)
    return window


@pytest.mark.parametrize("key", CHARTS + ("canvas",))
def test_png_export_has_requested_size_and_dpi(ran, tmp_path, key):
    """Every figure exports to a PNG of exactly the chosen pixels, tagged 300 dpi."""
    path = tmp_path / f"{key}.png"
    ran.figures.save(key, str(path), "png", 1890, 1181, 300)
    img = QImage(str(path))
    assert (img.width(), img.height()) == (1890, 1181)
    assert round(img.dotsPerMeterX() * 0.0254) == 300
    assert img.pixelColor(0, 0).name() == "#ffffff"


@pytest.mark.parametrize("key", CHARTS + ("canvas",))
def test_svg_export_parses(ran, tmp_path, key):
    """Every figure exports to an SVG that an XML parser reads (guards PySide6 6.11)."""
    path = tmp_path / f"{key}.svg"
    ran.figures.save(key, str(path), "svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 20


def test_chart_png_is_not_blank(ran, tmp_path):
    """The exported plane actually shows the trajectory (dark pixels in the plot)."""
    img = ran.figures.image("plane", 800, 600)
    dark = sum(
        1
        for x in range(0, 800, 4)
        for y in range(0, 600, 4)
        if img.pixelColor(x, y).lightness() < 100
    )
    assert dark > 50


def test_copy_figure_puts_an_image_on_the_clipboard(ran):
    """Copy Figure places the chart's image on the clipboard."""
    QApplication.clipboard().clear()
    ran.figures.copy_figure("timeline")
    assert not QApplication.clipboard().image().isNull()


def test_export_dialog_sizes_keep_proportions(qtbot):
    """The export dialog's report preset gives 16 cm at 300 dpi in the view's proportions."""
    from gui.export_dialog import ExportDialog

    dlg = ExportDialog("x", 800, 400, 96)
    qtbot.addWidget(dlg)
    dlg._preset(1889, 300)
    fmt, w, h, dpi = dlg.choice()
    assert (fmt, w, h, dpi) == ("png", 1889, 944, 300) or (w, h) == (1889, 945)
    assert "16.0" in dlg.print_size.text()
