"""Opening files without freezing: a worker thread, progress and Cancel, refused and failed
loads that leave the document untouched, drops and recent files on the same path, runs and
tour steps over the budget."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from gui import files as files_mod
from gui import loading
from gui.commands import ValueCommand
from gui.tour.tour_file import check_tour
from model.presets import load_preset
from model.scenario import save_scenario, set_path

HUGE_RUN = {"demand.tickets_per_day": 200_000, "run.days": 36_500}  # about 6 h, over 4 h


def _state(window):
    doc = window.doc
    return (doc.scenario, doc.path, doc.undo_stack.count(), doc.undo_stack.isClean())


def _edited(window):
    """The default preset with one unsaved edit, and its state."""
    window.doc.push(ValueCommand(window.doc, "mechanisms.assessment.pressure", 0.37))
    return _state(window)


def _file(tmp_path, name="city.govflex.json", **values) -> Path:
    sc = load_preset("typical-platform")
    for path, value in values.items():
        sc = set_path(sc, path, value)
    out = tmp_path / name
    save_scenario(sc, out)
    return out


def _blocking_reader(monkeypatch):
    """read_for_document waits for the returned event (a large file, without the time)."""
    release = threading.Event()
    entered = threading.Event()
    real = files_mod.read_for_document

    def slow(path):
        entered.set()
        release.wait(30)
        return real(path)

    monkeypatch.setattr(files_mod, "read_for_document", slow)
    return release, entered


def _when_dialog(action):
    """Call ``action(dialog)`` as soon as the loading dialog is on screen (polled from the
    event loop, which is proof in itself that the window is not frozen)."""
    seen: list = []

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.objectName() == "loadingDialog":
                if w.isVisible():
                    timer.stop()
                    seen.append(w.labelText())
                    action(w)
                    return

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    return seen, timer


def test_cancel_leaves_the_document_untouched_even_when_the_load_ends_later(
    window, tmp_path, dialogs, monkeypatch, qtbot
):
    """A long load shows progress; Cancel returns at once, and the file read afterwards is
    thrown away: the current scenario, its path and its undo history stay."""
    before = _edited(window)
    path = _file(tmp_path)
    monkeypatch.setattr(loading, "SHOW_AFTER_MS", 0)
    release, entered = _blocking_reader(monkeypatch)
    seen, _timer = _when_dialog(lambda d: d.findChild(QPushButton).click())
    assert not window.files.open(str(path), ask=False)
    assert entered.is_set() and seen and "city.govflex.json" in seen[0]
    assert _state(window) == before
    assert loading.abandoned() == 1
    release.set()  # the worker now finishes its read...
    qtbot.waitUntil(lambda: loading.abandoned() == 0, timeout=20000)
    qtbot.wait(50)  # ...and its late result has nowhere to go
    assert _state(window) == before
    assert dialogs.shown == []  # nothing to report: the user chose to stop
    assert window.doc.value("mechanisms.assessment.pressure") == 0.37


def test_a_slow_load_that_finishes_opens_the_file(window, tmp_path, monkeypatch):
    """The dialog goes away by itself when the worker ends; the file is then the document."""
    path = _file(tmp_path, **{"mechanisms.assessment.pressure": 0.66})
    monkeypatch.setattr(loading, "SHOW_AFTER_MS", 0)
    release, _entered = _blocking_reader(monkeypatch)
    seen, _timer = _when_dialog(lambda d: release.set())
    assert window.files.open(str(path), ask=False)
    assert seen
    assert window.doc.path == path
    assert window.doc.value("mechanisms.assessment.pressure") == 0.66
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_a_quick_load_shows_no_dialog(window, tmp_path, monkeypatch):
    """Under the delay, no progress dialog appears at all."""
    made: list = []

    class Recording(QProgressDialog):
        def __init__(self, *args):
            made.append(self)
            super().__init__(*args)

    monkeypatch.setattr(loading, "QProgressDialog", Recording)
    monkeypatch.setattr(loading, "SHOW_AFTER_MS", 10**7)
    assert window.files.open(str(_file(tmp_path)), ask=False)
    assert made == []


def test_a_crash_in_the_reader_is_a_problem_list_not_a_changed_document(
    window, tmp_path, dialogs, monkeypatch
):
    """Any failure in the worker (here out of memory) is shown as the list of problems."""
    before = _edited(window)

    def broken(path):
        raise MemoryError("no room")

    monkeypatch.setattr(files_mod, "read_for_document", broken)
    assert not window.files.open(str(_file(tmp_path)), ask=False)
    kind, title, problems = dialogs.shown[-1]
    assert kind == "problems" and "city.govflex.json" in title
    assert problems == ["(file): could not be opened (MemoryError: no room)"]
    assert _state(window) == before


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_special_files_are_refused_at_once(window, tmp_path, dialogs, kind):
    """A folder, a FIFO (reading would wait forever) or a device (never ends) is refused."""
    before = _edited(window)
    if kind == "folder":
        path = tmp_path / "dir.govflex.json"
        path.mkdir()
    elif kind == "fifo":
        path = tmp_path / "pipe.govflex.json"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero on this platform")
    assert not window.files.open(str(path), ask=False)
    kind_, _title, problems = dialogs.shown[-1]
    assert kind_ == "problems" and len(problems) == 1
    assert problems[0].startswith("(file): is a ")
    assert _state(window) == before


def _drop(window, mime: QMimeData) -> bool:
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        QPoint(int(pos.x()), int(pos.y())),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted() and drop.isAccepted()


def test_a_dropped_file_opens_through_the_same_path(window, tmp_path, dialogs, qtbot):
    """Dropping a scenario file opens it; a dropped broken file is refused with its problems
    and changes nothing; dropped text is not taken."""
    good = _file(tmp_path, **{"mechanisms.assessment.pressure": 0.55})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    assert _drop(window, mime)
    qtbot.waitUntil(lambda: window.doc.path == good, timeout=10000)
    assert window.doc.value("mechanisms.assessment.pressure") == 0.55

    before = _edited(window)
    bad = tmp_path / "bad.govflex.json"
    bad.write_text('{"departments": [], "departments": []}', encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    assert _drop(window, mime)
    qtbot.waitUntil(lambda: dialogs.kinds()[-1:] == ["problems"], timeout=10000)
    assert _state(window) == before

    text = QMimeData()
    text.setText(str(good))
    assert not _drop(window, text)


def test_recent_files_open_through_the_worker(window, tmp_path, settings, monkeypatch):
    """The recent-files menu uses the same reader as Open (and the same refusals)."""
    path = _file(tmp_path)
    settings.add_recent(str(path))
    calls: list = []
    real = files_mod.read_for_document
    monkeypatch.setattr(files_mod, "read_for_document", lambda p: calls.append(p) or real(p))
    menu = window.menus["recent"]
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == str(path))
    action.trigger()
    assert calls == [str(path)] and window.doc.path == path


def _answer_budget(monkeypatch, go: bool, asked: list) -> None:
    """Answer the over-budget question: the first (go) or the Cancel button."""

    def answer(box):
        asked.append(box.text())
        buttons = {box.buttonRole(b): b for b in box.buttons()}
        role = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
        buttons[role].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_an_over_budget_file_asks_before_opening(window, tmp_path, monkeypatch):
    """Cancel keeps the current scenario; Open anyway opens it and the run does not ask
    again."""
    path = _file(tmp_path, **HUGE_RUN)
    before = _edited(window)
    asked: list = []
    _answer_budget(monkeypatch, False, asked)
    assert not window.files.open(str(path), ask=False)
    assert len(asked) == 1 and "MAX_RUN_SECONDS" in asked[0]
    assert _state(window) == before
    _answer_budget(monkeypatch, True, asked)
    assert window.files.open(str(path), ask=False)
    assert window.doc.path == path and len(asked) == 2
    assert window.runner.run() and len(asked) == 2
    window.runner.pause()


def test_an_over_budget_run_asks_before_it_starts(window, monkeypatch):
    """Raising demand and length past the budget: Run asks; Cancel stays paused, Run anyway
    runs, and the same estimate is not asked about twice."""
    asked: list = []
    assert window.runner.run() and asked == []  # the preset is inside the budget
    window.runner.pause()
    for path, value in HUGE_RUN.items():
        window.doc.push(ValueCommand(window.doc, path, value))
    _answer_budget(monkeypatch, False, asked)
    assert not window.runner.run() and not window.runner.running
    assert len(asked) == 1 and "estimated time" in asked[0]
    _answer_budget(monkeypatch, True, asked)
    assert window.runner.run() and len(asked) == 2
    window.runner.pause()
    assert window.runner.run() and len(asked) == 2
    window.runner.pause()


def test_budget_dialog_renders(window, tmp_path, monkeypatch):
    """The question itself, rendered offscreen for a look (tmp_path/budget.png)."""
    shots: list = []

    def grab(box):
        box.show()
        QApplication.processEvents()
        shots.append(box.grab())
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", grab)
    reason = loading.over_budget(
        load_preset("typical-platform")
        | {"demand": {**load_preset("typical-platform")["demand"], "tickets_per_day": 200_000}}
        | {"run": {**load_preset("typical-platform")["run"], "days": 36_500}}
    )
    assert reason
    assert not loading.ask_over_budget(window, reason, "run")
    out = Path(os.environ.get("GOVFLEX_SHOTS", tmp_path)) / "budget.png"
    assert shots and shots[0].save(str(out)) and out.stat().st_size > 0


def _tour(preset: str, step: dict) -> dict:
    both = {"en": "x", "zh": "x"}
    return {
        "format": "govflex-tour",
        "version": 1,
        "preset": preset,
        "title": both,
        "steps": [{"id": "s", "title": both, "caption": both, **step}],
    }


def test_a_tour_step_the_window_cannot_survive_is_refused():
    """A year of the megacity at the largest demand would keep the window busy for minutes:
    the tour is refused naming the step and the limit; a modest step passes."""
    heavy = _tour("megacity", {"set": {"demand.tickets_per_day": 200_000}, "days": 365})
    problems = check_tour(heavy)
    assert len(problems) == 1
    assert problems[0].startswith("steps[0].days: 365 days")
    assert "MAX_GUI_STEP_SECONDS" in problems[0]
    assert check_tour(_tour("megacity", {"days": 10})) == []
    too_much = _tour("typical-platform", {"set": {"demand.tickets_per_day": 10**9}, "days": 1})
    assert any("MAX_TICKETS_PER_DAY" in p for p in check_tour(too_much))
    seats = _tour("typical-platform", {"set": {"mechanisms.entrance_control.seats": 10**8}})
    assert any("MAX_SEATS" in p for p in check_tour(seats))


def test_the_tour_refuses_such_a_file_without_touching_the_document(window, tmp_path, dialogs):
    before = _edited(window)
    path = tmp_path / "heavy.json"
    heavy = _tour("megacity", {"set": {"demand.tickets_per_day": 200_000}, "days": 365})
    path.write_text(json.dumps(heavy), encoding="utf-8")
    assert not window.tour.start(path)
    assert dialogs.kinds()[-1] == "problems"
    assert _state(window) == before
