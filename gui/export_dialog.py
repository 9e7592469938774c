"""The export dialog: format, size in pixels, resolution — with presets for slides and print."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate

INCH_CM = 2.54


class ExportDialog(QDialog):
    """Choose PNG or SVG, width x height and dpi (the PNG is exactly that many pixels)."""

    def __init__(
        self, what: str, width: int, height: int, dpi: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export {0}").format(what))
        self.aspect = height / max(width, 1)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.addItem(translate("ExportDialog", "PNG image"), "png")
        self.format.addItem(translate("ExportDialog", "SVG vector drawing"), "svg")
        self.format.setToolTip(
            translate(
                "ExportDialog", "PNG for slides and documents; SVG to edit or scale without loss"
            )
        )
        self.width = QSpinBox()
        self.height = QSpinBox()
        for s in (self.width, self.height):
            s.setRange(100, 12000)
            s.setSuffix(" px")
            s.setSingleStep(50)
        self.width.setValue(width)
        self.height.setValue(height)
        self.keep = QCheckBox(translate("ExportDialog", "Keep the proportions of the view"))
        self.keep.setChecked(True)
        self.dpi = QComboBox()
        for d in (96, 150, 300, 600):
            self.dpi.addItem(f"{d} dpi", d)
        self.dpi.setCurrentIndex(max(self.dpi.findData(dpi), 0))
        self.print_size = QLabel()
        form.addRow(translate("ExportDialog", "Format"), self.format)
        form.addRow(translate("ExportDialog", "Width"), self.width)
        form.addRow(translate("ExportDialog", "Height"), self.height)
        form.addRow("", self.keep)
        form.addRow(translate("ExportDialog", "Resolution"), self.dpi)
        form.addRow(translate("ExportDialog", "Printed size"), self.print_size)
        lay.addLayout(form)
        presets = QHBoxLayout()
        for text, tip, w, d in (
            (
                translate("ExportDialog", "Slide"),
                translate("ExportDialog", "1920 pixels wide, for a projector"),
                1920,
                96,
            ),
            (
                translate("ExportDialog", "Report, 300 dpi"),
                translate("ExportDialog", "16 cm wide at 300 dpi"),
                int(16 / INCH_CM * 300),
                300,
            ),
            (
                translate("ExportDialog", "Poster, 300 dpi"),
                translate("ExportDialog", "30 cm wide at 300 dpi"),
                int(30 / INCH_CM * 300),
                300,
            ),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, w=w, d=d: self._preset(w, d))
            presets.addWidget(b)
        lay.addLayout(presets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.width.valueChanged.connect(self._on_width_changed)
        self.height.valueChanged.connect(self._on_height_changed)
        self.dpi.currentIndexChanged.connect(self._show_print_size)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self._show_print_size()

    def _preset(self, width: int, dpi: int) -> None:
        self.keep.setChecked(True)
        self.dpi.setCurrentIndex(max(self.dpi.findData(dpi), 0))
        self.width.setValue(width)

    def _on_width_changed(self, w: int) -> None:
        if self.keep.isChecked():
            self.height.blockSignals(True)
            self.height.setValue(int(round(w * self.aspect)))
            self.height.blockSignals(False)
        self._show_print_size()

    def _on_height_changed(self, h: int) -> None:
        if self.keep.isChecked():
            self.width.blockSignals(True)
            self.width.setValue(int(round(h / self.aspect)))
            self.width.blockSignals(False)
        self._show_print_size()

    def _on_format_changed(self) -> None:
        png = self.format.currentData() == "png"
        for w in (self.width, self.height, self.keep, self.dpi):
            w.setEnabled(png)

    def _show_print_size(self) -> None:
        d = self.dpi.currentData() or 96
        self.print_size.setText(
            translate("ExportDialog", "{0:.1f} × {1:.1f} cm").format(
                self.width.value() / d * INCH_CM, self.height.value() / d * INCH_CM
            )
        )

    def choice(self) -> tuple[str, int, int, int]:
        return (
            self.format.currentData(),
            self.width.value(),
            self.height.value(),
            int(self.dpi.currentData()),
        )
