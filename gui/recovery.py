"""Autosave and crash recovery: unsaved edits survive a crash, a kill or a power cut.

While the scenario has unsaved changes, a copy is written every minute (and only then) to a
recovery file in Qt's application-data folder (``QStandardPaths.AppDataLocation``; the
folder named by ``GOVFLEX_CONFIG_DIR`` when that is set, as in the tests). Saving the scenario
or leaving GovFlex normally removes the file. A recovery file that is still there at the next
start belongs to a session that ended without saving - GovFlex then offers to restore it.

Each session writes its own file (``recovery-<process id>.json``), so two open windows never
take each other's edits; only files of processes that no longer run are offered.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.document import Document
from gui.i18n import translate
from model.jsonsafe import JsonFileError, read_json
from model.safe_write import WriteError, atomic_write, pid_alive

AUTOSAVE_MS = 60_000
FORMAT = "govflex-recovery"


def recovery_folder() -> Path:
    """Where recovery files live (created on first use)."""
    folder = os.environ.get("GOVFLEX_CONFIG_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation
    )
    return Path(folder) / "recovery"


class Recovery(QObject):
    """Writes the document's unsaved state every minute and offers it back after a crash."""

    def __init__(self, doc: Document, window: QWidget, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(window)
        self.doc, self.window = doc, window
        self.path = recovery_folder() / f"recovery-{os.getpid()}.json"
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        doc.undo_stack.cleanChanged.connect(self._on_undo_clean_changed)

    def _on_undo_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def autosave(self) -> bool:
        """Write the recovery file if there are unsaved edits; True when written."""
        if self.doc.undo_stack.isClean():
            return False
        record = {
            "format": FORMAT,
            "path": str(self.doc.path) if self.doc.path else None,
            "preset": self.doc.preset,
            "scenario": self.doc.scenario,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(record, ensure_ascii=False, allow_nan=False))
        except (OSError, WriteError, ValueError, TypeError):
            return False  # autosave is a safety net; a failure must never disturb the user
        return True

    def discard(self) -> None:
        """Remove this session's recovery file (saved, or a clean exit)."""
        self.path.unlink(missing_ok=True)

    def orphans(self) -> list[Path]:
        """Recovery files left by sessions that no longer run, newest first."""
        folder = self.path.parent
        if not folder.is_dir():
            return []
        found = []
        for p in folder.glob("recovery-*.json"):
            pid = p.stem.split("-", 1)[1]
            if pid.isascii() and pid.isdigit() and not pid_alive(int(pid)):
                found.append(p)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def offer_restore(self) -> bool:
        """Ask whether to restore the newest orphaned recovery file; True when restored."""
        files = self.orphans()
        if not files:
            return False
        answer = QMessageBox.question(
            self.window,
            translate("recovery", "Restore unsaved changes?"),
            translate(
                "recovery",
                "GovFlex did not close normally last time. Restore the unsaved changes it kept?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        restored = False
        if answer == QMessageBox.StandardButton.Yes:
            restored = self.restore(files[0])
        for p in files:
            p.unlink(missing_ok=True)
        return restored

    def restore(self, path: Path) -> bool:
        """Load a recovery file as an unsaved document (the current one stays on failure)."""
        try:
            record = read_json(path)
        except JsonFileError:
            return False
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            return False
        scenario = record.get("scenario")
        if not isinstance(scenario, dict) or not isinstance(scenario.get("departments"), list):
            return False
        where = record.get("path")
        self.doc.load(scenario, Path(where) if isinstance(where, str) else None)
        self.doc.undo_stack.resetClean()  # unsaved: Save asks where and the title shows [*]
        self.autosave()
        return True
