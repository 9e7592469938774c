"""Start the GovFlex workbench: ``run_app(argv)`` is what ``python main.py`` calls.

Sets up the QApplication (names for QSettings, a font with a Chinese fallback so 条块 and
department names render everywhere, the exception safety net), shows the main window, and opens
the default preset — or the scenario file given on the command line — right after the window's
first paint, ready to run.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from gui.errors import install_excepthook
from gui.settings import APPLICATION, ORGANISATION

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)
ICON = Path(__file__).resolve().parent.parent / "assets" / "icons" / "govflex.svg"
STYLE = """
QLabel#mechanismTitle { font-weight: bold; }
QLabel#mechanismState { color: #757575; font-weight: bold; }
QLabel#mechanismState[on="true"] { color: #2e7d32; }
QLabel#mechanismHint, QLabel#panelIntro { color: #555555; }
QFrame#mechanismGroup { background: #ffffff; border: 1px solid #d6d6d6; border-radius: 6px; }
QLabel#dayCounter { font-size: 16px; font-weight: bold; padding: 0 8px; }
QToolButton#problemsButton { color: #b00020; font-weight: bold; }
"""


def app_font(size_pt: float = 10.0) -> QFont:
    """The UI font with CJK fallbacks (Qt 6 takes a list of families)."""
    families = [QFont().defaultFamily()]
    available = set(QFontDatabase.families())
    families += [f for f in CJK_FAMILIES if f in available]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(size_pt)
    return font


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(["govflex", *(argv or [])])
    if not app.property("govflex_ready"):  # once: both re-polish every existing widget
        app.setFont(app_font())
        app.setStyleSheet(STYLE)
        if ICON.is_file():
            app.setWindowIcon(QIcon(str(ICON)))
        app.setProperty("govflex_ready", True)
    return app


def open_initial(window, argv: list[str]) -> None:
    """The file named on the command line, else the default preset."""
    from model.presets import DEFAULT_PRESET

    files = [a for a in argv if not a.startswith("-")]
    if files and window.files.open(files[0], ask=False):
        return
    window.files.open_preset(DEFAULT_PRESET, ask=False)


class FirstPaint(QObject):
    """Calls ``then`` once, in the turn of the event loop after ``window`` was first painted
    (or after ``LATEST_MS`` at the latest: a window started minimised is never painted)."""

    LATEST_MS = 2000

    def __init__(self, window, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._call)

    def eventFilter(self, obj, event) -> bool:
        if self.then is not None and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()


def start_window(argv: list[str], preset: str | None = None, then=None):
    """The workbench window, shown at once; the scenario (the file in ``argv``, ``preset``,
    or the default preset) is opened right after the window's first paint, so the window is
    on screen while a big city is still being read and laid out. ``then`` is called when the
    scenario is open."""
    from gui.main_window import MainWindow  # after the app exists: pyqtgraph needs it

    window = MainWindow()
    window.show_fitted()

    def open_scenario() -> None:
        if preset is not None:
            window.files.open_preset(preset, ask=False)
        else:
            open_initial(window, argv)
        window.recovery.offer_restore()  # after a crash: the unsaved edits kept by autosave
        if then is not None:
            then(window)

    FirstPaint(window, open_scenario)
    return window


def run_app(argv: list[str]) -> int:
    """Open the workbench (``argv`` may hold a scenario file) and run the event loop."""
    started = time.perf_counter()
    app = make_app(argv)
    install_excepthook()
    quit_after = os.environ.get("GOVFLEX_QUIT_AFTER_MS")  # smoke tests of `python main.py`

    def opened(window) -> None:
        if os.environ.get("GOVFLEX_STARTUP_TIME"):
            print(f"scenario open after {time.perf_counter() - started:.2f} s", file=sys.stderr)
        if quit_after:
            QTimer.singleShot(int(quit_after), lambda: leave(window))

    def leave(window) -> None:
        window.doc.undo_stack.setClean()
        print(
            f"govflex: {window.doc.title} with {len(window.doc.departments())} "
            f"departments, run ready: {window.runner.sim is not None}"
        )
        window.close()
        app.quit()

    start_window(argv, then=opened)
    if os.environ.get("GOVFLEX_STARTUP_TIME"):
        print(f"window shown after {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return app.exec()
