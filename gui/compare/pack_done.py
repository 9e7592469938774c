"""The confirmation after a figure pack was written: which files, in which folder, and a
button that opens the folder in the system's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from gui.i18n import translate


def open_folder(folder) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def pack_written_box(parent, folder, files: list[Path]) -> QMessageBox:
    """A message naming the folder and listing every file written, with "Open folder"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("compare", "Figure pack written"))
    box.setText(
        translate("compare", "Wrote {0} files into the folder\n{1}").format(len(files), folder)
    )
    box.setInformativeText("\n".join(Path(f).name for f in files))
    box.open_button = box.addButton(
        translate("compare", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.open_button.clicked.connect(lambda: open_folder(folder))
    return box


def confirm_pack(parent, folder, files: list[Path]) -> QMessageBox:
    box = pack_written_box(parent, folder, files)
    box.exec()
    return box
