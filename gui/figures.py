"""Export and copy figures: the four charts and the canvas, from the menus or a right-click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from gui import export
from gui.export_dialog import ExportDialog
from gui.i18n import translate


class FigureController(QObject):
    """Knows the figures of the window by key ('canvas' or a chart's name)."""

    def __init__(self, window, charts: dict, scene, view, settings) -> None:
        super().__init__(window)
        self.window = window
        self.charts = charts
        self.scene = scene
        self.view = view
        self.settings = settings

    def title(self, key: str) -> str:
        return (
            translate("figures", "the structure") if key == "canvas" else self.charts[key].title()
        )

    def legend(self) -> tuple:
        return (
            self.scene._snapshot is not None,
            sorted(self.scene.visible_flows, key=_FLOW_ORDER.index),
            self.scene.grassroots_load() if self.scene._snapshot is not None else None,
        )

    def screen_size(self, key: str) -> tuple[int, int]:
        if key == "canvas":
            hint = export.canvas_size_hint(self.scene, 1800)
            return hint.width(), hint.height()
        w = self.charts[key]
        return max(w.width(), 200), max(w.height(), 150)

    def image(self, key: str, width: int, height: int, dpi: int | None = None):
        if key == "canvas":
            return export.canvas_image(self.scene, width, height, dpi, self.legend())
        return export.chart_image(self.charts[key], width, height, dpi)

    def save(
        self, key: str, path: str, fmt: str, width: int = 0, height: int = 0, dpi: int | None = None
    ) -> None:
        """Write one figure (used by the dialog flow and by tests)."""
        if key == "canvas":
            if fmt == "svg":
                export.export_canvas_svg(self.scene, path, self.legend())
            else:
                export.export_canvas_png(self.scene, path, width, height, dpi, self.legend())
        elif fmt == "svg":
            export.export_chart_svg(self.charts[key], path)
        else:
            export.export_chart_png(self.charts[key], path, width, height, dpi)

    def export_figure(self, key: str) -> bool:
        """Dialog for format and size, then a file name, then write."""
        w, h = self.screen_size(key)
        scale = max(1.0, self.settings.get("export/width") / max(w, 1))
        dlg = ExportDialog(
            self.title(key),
            int(w * scale),
            int(h * scale),
            self.settings.get("export/dpi"),
            self.window,
        )
        if not dlg.exec():
            return False
        fmt, width, height, dpi = dlg.choice()
        folder = Path(self.settings.get("export/dir") or ".")
        name = f"govflex-{key}.{fmt}"
        flt = (
            translate("figures", "PNG images (*.png)")
            if fmt == "png"
            else translate("figures", "SVG drawings (*.svg)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("figures", "Export figure"), str(folder / name), flt
        )
        if not path:
            return False
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            self.save(key, path, fmt, width, height, dpi)
        except OSError as err:
            QMessageBox.critical(self.window, translate("figures", "Export failed"), str(err))
            return False
        self.settings.set("export/dir", str(Path(path).parent))
        self.settings.set("export/width", width)
        self.settings.set("export/dpi", dpi)
        self.window.statusBar().showMessage(translate("figures", "Saved {0}").format(path), 5000)
        return True

    def show_menu(self, key: str) -> None:
        """The right-click menu of a figure: export it, or copy it to the clipboard."""
        menu = QMenu(self.window)
        menu.addAction(translate("MainWindow", "Export image…"), lambda: self.export_figure(key))
        a = menu.addAction(
            translate("MainWindow", "Copy to clipboard"), lambda: self.copy_figure(key)
        )
        a.setShortcut(QKeySequence.StandardKey.Copy)
        menu.exec(QCursor.pos())

    def copy_figure(self, key: str) -> None:
        """The figure at twice its screen size, onto the clipboard."""
        w, h = self.screen_size(key)
        export.copy_image(self.image(key, 2 * w, 2 * h, 192))
        self.window.statusBar().showMessage(
            translate("figures", "Copied {0} to the clipboard").format(self.title(key)), 4000
        )


_FLOW_ORDER = ["dispatch", "forward", "return", "escalation", "whistle"]
