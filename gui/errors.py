"""A safety net: an exception in any slot shows a dialog with the details; the app survives.

Qt calls our slots from C++; an exception there would otherwise only be printed (or, in some
set-ups, abort the process). :func:`install_excepthook` routes every uncaught exception to a
dialog whose *details* hold the traceback, so a teacher in front of a class can carry on and a
developer still gets the full story.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from gui.i18n import translate

_showing = False


def show_error(exc_type, exc, tb) -> None:
    """The dialog (one at a time; a second error while it is open is only printed)."""
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("errors", "GovFlex: something went wrong"))
        box.setText(
            translate(
                "errors",
                "An unexpected error happened. Your work is still open; you can "
                "save it and carry on.",
            )
        )
        box.setInformativeText(f"{exc_type.__name__}: {exc}")
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_error(exc_type, exc, tb)

    sys.excepthook = hook
