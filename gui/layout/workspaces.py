"""Workspaces: one task owns the whole window, switching is instant and keeps state.

In the spirit of Qt Creator's modes, the window's centre is a stack of pages — the
**workbench** (canvas, charts and the mechanism docks), **Compare** (A against B) and
**Sweeps** — switched from the workspace bar or with Ctrl+1, Ctrl+2, Ctrl+3. Each page keeps its
widgets alive while hidden, so a comparison or a sweep carries on in the background and is
there as it was when the user comes back. The workbench's docks belong to the workbench: they
are hidden on the other pages and come back as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate


class Workspaces(QObject):
    """The pages of the window's centre and the bar that switches between them."""

    changed = Signal(str)  # the key of the page now shown

    def __init__(self, window, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.w = window
        self.stack = QStackedWidget()
        self.stack.setObjectName("workspaces")
        self.docks = docks  # the workbench's own docks
        self._dock_shown: dict[QDockWidget, bool] = {}
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.content: dict[str, QWidget] = {}
        self.actions: dict[str, QAction] = {}
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.bar = QToolBar(translate("workspaces", "Workspaces"), window)
        self.bar.setObjectName("workspaceBar")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.current = ""

    def add(self, key: str, text: str, tip: str, page: QWidget | Callable[[], QWidget]) -> None:
        """A page (or a function that builds it the first time it is shown).

        Pages after the first scroll when the window is smaller than they would like, so no
        page forces the window to grow beyond the screen."""
        if self.pages:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
        else:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        holder.setObjectName(f"workspace_{key}")
        self.pages[key] = holder
        if isinstance(page, QWidget):
            self._put(key, page)
        else:
            self._factories[key] = page
        self.stack.addWidget(holder)
        a = QAction(text, self.w)
        a.setCheckable(True)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.setShortcut(QKeySequence(f"Ctrl+{len(self.actions) + 1}"))
        a.triggered.connect(lambda _checked=False, k=key: self.show(k))
        self.group.addAction(a)
        self.bar.addAction(a)
        self.w.addAction(a)
        self.actions[key] = a
        if not self.current:
            self.current = key
            a.setChecked(True)

    def page(self, key: str) -> QWidget:
        """The content of page ``key``, built now if it was not yet."""
        if key not in self.content:
            self._put(key, self._factories.pop(key)())
        return self.content[key]

    def _put(self, key: str, widget: QWidget) -> None:
        holder = self.pages[key]
        if isinstance(holder, QScrollArea):
            holder.setWidget(widget)
        else:
            holder.layout().addWidget(widget)
        self.content[key] = widget

    def show(self, key: str) -> QWidget:
        """Bring page ``key`` to the front; returns its content."""
        widget = self.page(key)
        if key != self.current:
            first = next(iter(self.pages))
            if self.current == first:  # leaving the workbench: its docks go with it
                self._dock_shown = {d: d.isVisible() for d in self.docks}
                for d in self.docks:
                    d.hide()
            elif key == first:
                for d, shown in self._dock_shown.items():
                    d.setVisible(shown)
            self.current = key
            self.stack.setCurrentWidget(self.pages[key])
            self.changed.emit(key)
        self.actions[key].setChecked(True)
        return widget

    @property
    def on_workbench(self) -> bool:
        return self.current == next(iter(self.pages))
