"""Background work for comparisons, attribution and sweeps: never on the window's thread.

Many runs of a city take seconds to minutes. They go to worker *processes* started with
``spawn`` (never forked from a Qt process) by ``model.sweep.run_jobs``; a :class:`Task` thread
waits for them, so the window keeps drawing. The thread reports progress as signals (Qt
queues them to the window's thread) and stops at once when :meth:`Task.cancel` sets the event:
``run_jobs`` then terminates its workers, so no process is left behind.

:func:`pooled_run_many` lets ``model.compare.compare`` and ``model.attribution.shapley`` —
which ask for a ``run_many(batch, days)`` callable — use that cancellable pool with progress:
each scenario of the batch is expressed as the first one plus the top-level parts that differ
(``mechanisms``, ``departments`` ...), followed by the job's own overrides (a perturbed
assumption), which is exactly what ``run_jobs`` runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from model.experiment import Job
from model.sweep import SweepCancelled, run_jobs


def _sets_from(base: dict, scenario: dict) -> tuple:
    """Overrides that turn ``base`` into ``scenario`` (whole top-level parts)."""
    return tuple((k, scenario[k]) for k in scenario if base.get(k) != scenario[k])


def pooled_run_many(progress=None, cancel=None, workers: int | None = None) -> Callable:
    """A ``run_many(batch, days)`` for the model's comparisons, with progress and cancel."""

    def run_many(batch: list, days) -> list:
        if not batch:
            return []
        base = batch[0][0]
        cache: dict[int, tuple] = {}
        jobs = []
        for i, (scenario, job) in enumerate(batch):
            sets = cache.get(id(scenario))
            if sets is None:
                sets = cache[id(scenario)] = _sets_from(base, scenario)
            jobs.append(Job(i, sets + tuple(job.sets), job.seed))  # then the job's own
        out = run_jobs(base, jobs, days, workers, progress, cancel)
        return [summary for _job, summary in out]

    return run_many


class Task(QThread):
    """Runs ``work(progress, cancel)`` on a worker thread and reports back by signals.

    ``progressed(done, total, seconds_left)`` after every finished run; then exactly one of
    ``succeeded(result)``, ``cancelled()`` or ``failed(message)``.
    """

    progressed = Signal(int, int, float)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, work: Callable, parent=None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancel_event = threading.Event()
        self.result = None
        self.outcome = ""  # "done", "cancelled" or "failed" once finished
        self._t0 = 0.0

    def _progress(self, done: int, total: int) -> None:
        elapsed = time.perf_counter() - self._t0
        left = elapsed / done * (total - done) if done else float("nan")
        self.progressed.emit(done, total, left)

    def run(self) -> None:  # on the worker thread
        self._t0 = time.perf_counter()
        try:
            self.result = self.work(self._progress, self.cancel_event)
        except SweepCancelled:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except Exception as err:  # noqa: BLE001 - reported to the user, not swallowed
            self.outcome = "failed"
            self.failed.emit(f"{type(err).__name__}: {err}")
        else:
            self.outcome = "done"
            self.succeeded.emit(self.result)

    def cancel(self) -> None:
        """Stop now: the pool's workers are terminated within a fraction of a second."""
        self.cancel_event.set()


def progress_text(done: int, total: int, seconds_left: float) -> str:
    """'12 / 40 runs, about 8 s left' (time left once a first run has finished)."""
    if done == 0 or seconds_left != seconds_left:
        return QCoreApplication.translate("tasks", "{0} / {1} runs, starting…").format(done, total)
    if seconds_left >= 90:
        return QCoreApplication.translate("tasks", "{0} / {1} runs, about {2:.0f} min left").format(
            done, total, seconds_left / 60
        )
    return QCoreApplication.translate("tasks", "{0} / {1} runs, about {2:.0f} s left").format(
        done, total, seconds_left
    )


class TaskBar(QWidget):
    """A progress bar with the time remaining and a Cancel button, following one Task."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.text = QLabel()
        self.cancel_button = QPushButton(QCoreApplication.translate("tasks", "Cancel"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate("tasks", "Stop now; the runs finished so far are dropped")
        )
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.text)
        lay.addWidget(self.cancel_button)
        self.task: Task | None = None
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.setVisible(False)

    def follow(self, task: Task, total: int) -> None:
        self.task = task
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.text.setText(progress_text(0, total, float("nan")))
        task.progressed.connect(self._on_task_progressed)
        task.finished.connect(self._on_task_finished)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def _on_task_progressed(self, done: int, total: int, left: float) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.text.setText(progress_text(done, total, left))

    def _on_task_finished(self) -> None:
        self.setVisible(False)
        self.task = None

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.text.setText(QCoreApplication.translate("tasks", "Stopping…"))
