"""Shared set-up for the GUI tests: offscreen Qt, private settings, no real dialogs.

``QT_QPA_PLATFORM`` must be set before Qt is imported anywhere, hence at the top of this file.
Every test gets a fresh settings file, and every modal dialog (message boxes, file dialogs,
the problems list) is replaced by a recorder, so no test can hang waiting for a click.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GOVFLEX_CONFIG_DIR", tempfile.mkdtemp(prefix="govflex-test-settings-"))

import pytest  # noqa: E402


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """After pytest-qt has closed a test's widgets, delete them for real.

    pytest-qt calls ``deleteLater`` and then ``processEvents``, which does not run deferred
    deletions outside an event loop, so every test's main window stayed alive to the end of
    the session. Each restyle of the application (presenter mode, language) then walked
    thousands of dead windows' widgets, and the GUI tests slowed down as they went.
    """
    result = yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


class Dialogs:
    """What the code under test tried to show, and what the fake dialogs answer."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, object]] = []  # (kind, title, payload)
        self.question_answer = None  # a QMessageBox.StandardButton
        self.save_path = ""
        self.open_path = ""

    def kinds(self) -> list[str]:
        return [k for k, _t, _p in self.shown]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, request):
    """Replace every modal dialog for GUI tests (model tests never import Qt)."""
    if not request.node.fspath.basename.startswith("test_gui_"):
        yield None
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    from gui import errors, problems_dialog

    rec = Dialogs()
    rec.question_answer = QMessageBox.StandardButton.Discard

    def box(kind):
        def show(parent, title, text="", *args, **kwargs):
            rec.shown.append((kind, title, text))
            if kind == "question":
                return rec.question_answer
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(
        QMessageBox,
        "about",
        staticmethod(lambda parent, title, text: rec.shown.append(("about", title, text))),
    )
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: rec.shown.append(("messagebox", self.windowTitle(), self.text())) or 0,
    )
    monkeypatch.setattr(
        QDialog, "exec", lambda self: rec.shown.append(("dialog", self.windowTitle(), None)) or 0
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (rec.save_path, ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (rec.open_path, ""))
    )
    monkeypatch.setattr(
        problems_dialog,
        "show_problems",
        lambda parent, title, intro, problems: rec.shown.append(
            ("problems", title, list(problems))
        ),
    )
    monkeypatch.setattr(errors, "_showing", False)
    yield rec


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "govflex.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """The main window with the default preset, shown offscreen at projector size."""
    from gui.app import make_app, open_initial

    make_app([])
    from gui.main_window import MainWindow

    settings.set("view/language", "en")  # the tests read English words, whatever the locale
    w = MainWindow(settings)
    qtbot.addWidget(w)
    open_initial(w, [])
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.pause()
    w.doc.undo_stack.setClean()
