"""Rename a department in place (F2 or double-click), like a file in a file manager."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem


class RenameEditor(QGraphicsTextItem):
    """An editable text box over a node: Enter commits, Escape cancels, leaving commits."""

    def __init__(self, node, text: str, done: Callable[[str, str | None], None]) -> None:
        super().__init__(text)
        self.node = node
        self._done = done
        self._finished = False
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(max(node.w + 40, 160))
        opt = self.document().defaultTextOption()
        opt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(opt)
        f = self.font()
        f.setPixelSize(13)
        self.setFont(f)
        r = self.boundingRect()
        self.setPos(node.pos().x() - r.width() / 2, node.pos().y() - r.height() / 2)
        self.setZValue(100)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#1a73e8"), 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(self.boundingRect()).adjusted(1, 1, -1, -1))
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        self._done(self.node.dept_id, text or None)
