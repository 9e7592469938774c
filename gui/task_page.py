"""What the Sweeps and Sensitivity pages share: one background task at a time, results in a folder.

Both pages check a file of many runs, start it on a :class:`gui.compare.tasks.Task` thread
(spawned worker processes; progress, time left and Cancel in a :class:`TaskBar`), show the result
when it comes back, and save it to (or load it from) a folder the user picks. The page keeps
its own words (a sweep speaks of configurations, an analysis of sample points); this class keeps
the mechanics, so a fix to either page's cancel or save path is a fix to both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from gui import problems_dialog
from gui.compare.tasks import Task, TaskBar
from gui.i18n import translate
from gui.problem_words import named_problems


class TaskPage(QWidget):
    """A page with ``run_button``, ``task_bar``, ``status`` and ``save_button`` (made here)."""

    def __init__(self, window, workers: int | None = None) -> None:
        super().__init__()
        self.window_ = window
        self.workers = workers
        self.task: Task | None = None
        self.task_bar = TaskBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.load_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button.clicked.connect(self._on_load_clicked)

    # -- running ---------------------------------------------------------------------------
    def refuse(self, title: str, count_text: str, problems: list[str], base: dict) -> bool:
        """Show every problem of a file that cannot run, named in the user's words."""
        problems_dialog.show_problems(self, title, count_text, named_problems(problems, base))
        return False

    def start_task(self, work: Callable, total: int, running_text: str) -> bool:
        """Run ``work(progress, cancel)`` in the background; the page's ``on_*`` get the end."""
        if self.task is not None:
            return False
        self.task = Task(work, self)
        self.task.succeeded.connect(self.on_succeeded)
        self.task.cancelled.connect(self.on_cancelled)
        self.task.failed.connect(self.on_failed)
        self.task.finished.connect(self._on_task_finished)
        self.task_bar.follow(self.task, total)
        self.run_button.setEnabled(False)
        self.status.setText(running_text)
        self.task.start()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def on_succeeded(self, result) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def on_cancelled(self) -> None:
        self.status.setText(translate("tasks", "Cancelled: every worker process was stopped."))

    def on_failed(self, message: str) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _on_task_finished(self) -> None:
        self.run_button.setEnabled(True)
        if self.task is not None:
            self.task.deleteLater()
        self.task = None

    # -- files -----------------------------------------------------------------------------
    def ask_folder(self, title: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, title, self.window_.settings.get("export/dir") or ""
        )

    def folder_titles(self) -> tuple[str, str]:  # pragma: no cover - every page overrides it
        """(title of the save dialog, title of the load dialog), in the page's words."""
        raise NotImplementedError

    def _on_save_clicked(self) -> None:
        folder = self.ask_folder(self.folder_titles()[0])
        if folder:
            self.save_to(folder)

    def _on_load_clicked(self) -> None:
        folder = self.ask_folder(self.folder_titles()[1])
        if folder:
            self.load_from(folder)

    def save_with(self, write: Callable, folder, saved_text: str) -> bool:
        """``write(folder)``; the status line says where, or why not."""
        try:
            write(folder)
        except OSError as err:
            self.status.setText(translate("tasks", "Could not save: {0}").format(err))
            return False
        self.status.setText(saved_text.format(folder))
        return True

    def load_with(self, read: Callable, show: Callable, folder) -> bool:
        """``show(read(folder))``; a folder that holds no readable result says why."""
        try:
            result = read(folder)
        except (OSError, ValueError, KeyError, TypeError) as err:
            self.status.setText(translate("tasks", "Could not load: {0}").format(err))
            return False
        show(result)
        self.status.setText(translate("tasks", "Loaded {0}").format(folder))
        return True
