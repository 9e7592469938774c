"""Work on a file without freezing the window: a worker thread, a progress dialog, Cancel.

Opening a scenario reads, checks and lays out the whole file. For a bundled city that takes a
blink; for a 16 MB file of five thousand units it takes seconds, and done on the event loop it
would freeze the window. :func:`run_off_loop` runs such work in a :class:`QThread` while the
window keeps painting. If the work takes longer than :data:`SHOW_AFTER_MS` a progress dialog
appears with a Cancel button; Cancel gives control back at once and the result, when the
worker finishes, is thrown away, so the current document is never touched by a cancelled load.
Until the dialog appears, clicks and keys wait (they are delivered afterwards), so nothing can
change the document while it is being replaced.

:func:`over_budget` and :func:`ask_over_budget` are the workbench's side of the named limits of
:mod:`model.limits`: a scenario whose estimated run is over the time or memory budget is opened
or run only after the user says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gui.i18n import translate
from model.limits import scenario_cost

SHOW_AFTER_MS = 300  # a load shorter than this shows no dialog at all
_POLL_MS = 20

# Workers whose result nobody waits for any more (cancelled): kept alive until they end.
_abandoned: set[QThread] = set()


class _Worker(QThread):
    """Calls ``fn()`` in its own thread and keeps what it returned or raised."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.fn()
        except BaseException as err:  # noqa: BLE001 - handed to the event loop's side
            self.error = err


@dataclass
class Outcome:
    """How work run by :func:`run_off_loop` ended: ``done``, ``failed`` or ``cancelled``."""

    status: str
    value: Any = None
    error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


def run_off_loop(
    parent: QWidget | None,
    fn: Callable[[], Any],
    label: str,
    show_after_ms: int | None = None,
) -> Outcome:
    """Run ``fn`` in a worker thread; the window stays responsive, Cancel gives up waiting.

    Returns when the work has finished or the user pressed Cancel. ``fn`` must not touch Qt
    widgets (it runs outside the GUI thread); it should work on plain data only.
    """
    delay = SHOW_AFTER_MS if show_after_ms is None else show_after_ms
    worker = _Worker(fn)
    worker.start()
    started = time.perf_counter()
    # Until the dialog shows, keep painting but hold user input back (delivered afterwards).
    while not worker.isFinished() and (time.perf_counter() - started) * 1000 < delay:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        worker.wait(_POLL_MS)
    cancelled = False
    if not worker.isFinished():
        dialog = QProgressDialog(label, translate("loading", "Cancel"), 0, 0, parent)
        dialog.setObjectName("loadingDialog")
        dialog.setWindowTitle(translate("loading", "Opening"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        state = {"cancelled": False}

        def on_cancel() -> None:
            state["cancelled"] = True
            loop.quit()

        dialog.canceled.connect(on_cancel)
        worker.finished.connect(loop.quit)
        check = QTimer()  # in case it finished between the test above and exec()
        check.setInterval(100)
        check.timeout.connect(
            lambda: (dialog.wasCanceled() and on_cancel()) or (worker.isFinished() and loop.quit())
        )
        check.start()
        dialog.show()
        if not worker.isFinished():
            loop.exec()
        check.stop()
        worker.finished.disconnect(loop.quit)
        cancelled = state["cancelled"] and not worker.isFinished()
        dialog.hide()
        dialog.deleteLater()
    if cancelled:
        _abandoned.add(worker)
        worker.finished.connect(lambda w=worker: _abandoned.discard(w))
        return Outcome("cancelled")
    worker.wait()
    if worker.error is not None:
        return Outcome("failed", error=worker.error)
    return Outcome("done", value=worker.value)


def abandoned() -> int:
    """How many cancelled workers are still finishing (for tests and clean exits)."""
    return sum(1 for w in _abandoned if not w.isFinished())


# -- the budget ----------------------------------------------------------------------------------
def over_budget(normalized: dict | None) -> str:
    """Why a run of this scenario is over the budget of :mod:`model.limits` ('' when not)."""
    if normalized is None:
        return ""
    try:
        return scenario_cost(normalized).over_budget()
    except (KeyError, TypeError, ValueError):
        return ""


def ask_over_budget(parent: QWidget | None, reason: str, what: str) -> bool:
    """Ask before work over the budget; True means 'go ahead'. ``what`` is 'open' or 'run'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("loading", "A very large run"))
    box.setText(
        translate(
            "loading",
            "This scenario is over what the computer is expected to handle comfortably: {0}.",
        ).format(reason)
    )
    box.setInformativeText(
        translate(
            "loading",
            "The window stays responsive and you can pause at any time, but the run will be "
            "slow and may use much memory. Lower the demand or the length of the run to stay "
            "inside the budget.",
        )
    )
    go_text = (
        translate("loading", "Open anyway")
        if what == "open"
        else translate("loading", "Run anyway")
    )
    go = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
