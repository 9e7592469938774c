"""Crash recovery: unsaved edits are autosaved, offered after a kill, removed on a clean exit;
a refused load leaves the current document untouched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui.commands import ValueCommand
from gui.recovery import Recovery, recovery_folder

ROOT = Path(__file__).resolve().parent.parent
EDIT_AND_WAIT = """
import sys, time
from gui.app import make_app, open_initial
app = make_app([])
from gui.main_window import MainWindow
from gui.commands import ValueCommand
w = MainWindow()
open_initial(w, [])
w.doc.push(ValueCommand(w.doc, "mechanisms.assessment.pressure", 0.91))
assert w.recovery.autosave()
print("saved", flush=True)
time.sleep(60)
"""


def test_edits_survive_kill_minus_9_and_are_offered_back(window, dialogs, tmp_path):
    """Edit, kill -9, restart: the next start offers the edit back and restores it unsaved."""
    env = dict(os.environ, GOVFLEX_CONFIG_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", EDIT_AND_WAIT], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout.readline().strip() == "saved"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    os.environ["GOVFLEX_CONFIG_DIR"], old = str(tmp_path), os.environ["GOVFLEX_CONFIG_DIR"]
    try:
        rec = Recovery(window.doc, window)
        assert len(rec.orphans()) == 1
        dialogs.question_answer = QMessageBox.StandardButton.Yes
        assert rec.offer_restore()
        assert window.doc.value("mechanisms.assessment.pressure") == 0.91
        assert not window.doc.undo_stack.isClean()
        assert rec.orphans() == []
        window.doc.undo_stack.setClean()  # saved or discarded: the file goes
        assert not rec.path.exists()
    finally:
        os.environ["GOVFLEX_CONFIG_DIR"] = old


def test_autosave_only_with_unsaved_edits_and_clean_exit_removes(window):
    """Nothing is written while the document is clean; an edit is; closing removes it."""
    rec = window.recovery
    assert recovery_folder() == Path(os.environ["GOVFLEX_CONFIG_DIR"]) / "recovery"
    assert not rec.autosave() and not rec.path.exists()
    window.doc.push(ValueCommand(window.doc, "mechanisms.assessment.pressure", 0.7))
    assert rec.autosave() and rec.path.exists()
    window.doc.undo_stack.setClean()
    window.close()
    assert not rec.path.exists()


def test_refused_file_leaves_the_document_untouched(window, dialogs, tmp_path):
    """A hostile file is refused and the current scenario, path and undo history stay."""
    window.doc.push(ValueCommand(window.doc, "mechanisms.assessment.pressure", 0.33))
    before = (window.doc.scenario, window.doc.path, window.doc.undo_stack.count())
    bad = tmp_path / "bad.govflex.json"
    bad.write_text('{"departments": [], "departments": []}' + " " * 10)
    assert not window.files.open(str(bad), ask=False)
    assert dialogs.kinds()[-1] == "problems"
    assert (window.doc.scenario, window.doc.path, window.doc.undo_stack.count()) == before
    fifo = tmp_path / "pipe.govflex.json"
    os.mkfifo(fifo)
    t0 = time.perf_counter()
    assert not window.files.open(str(fifo), ask=False)
    assert time.perf_counter() - t0 < 2
    assert window.doc.value("mechanisms.assessment.pressure") == 0.33
