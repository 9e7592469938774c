"""Retranslate a live window in place when the language changes (no restart).

Most of the interface is built once, with ``translate(...)`` called at construction. Rather than
every widget keeping its source strings, the :class:`Catalogue` reads the ``.ts`` file and knows
every interface string in both languages: a text in the old language is looked up (exactly, or
through the pattern of a formatted string such as ``"Chart: {0}…"``), and the same message is
translated again into the current language. Texts that are not interface strings (department
names, numbers) match nothing and are left alone; they are refreshed by their own views.

:func:`retranslate_tree` walks a widget tree: window titles, tooltips, status tips, labels,
buttons, menus and actions, combo-box items, spin-box suffixes, and inside each graphics view
(the charts) plot titles, axis labels, legend entries and text items.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsLayout,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from gui.i18n import TS_FILE

PLACEHOLDER = re.compile(r"\{(\d+)(?::[^{}]*)?\}")
MARKER = re.compile(r"(M\d|D) (.+)", re.S)  # chart markers: "M5 on", "M5 Pressure π 0.80"


class Catalogue:
    """Every (context, source) message with its Chinese translation, searchable both ways."""

    def __init__(self, ts_path: Path = TS_FILE) -> None:
        self.messages: list[tuple[str, str, str]] = []  # (context, source, zh)
        if ts_path.is_file():
            root = ET.parse(ts_path).getroot()
            for ctx in root.iter("context"):
                name = ctx.findtext("name") or ""
                for m in ctx.iter("message"):
                    src = m.findtext("source") or ""
                    tr = m.find("translation")
                    zh = (tr.text or "") if tr is not None and tr.get("type") is None else ""
                    self.messages.append((name, src, zh or src))
        self.exact: dict[str, tuple[str, str]] = {}
        self.patterns: list[tuple[re.Pattern, str, str, list[int]]] = []
        for ctx, src, zh in self.messages:
            for text in (src, zh):
                self.exact.setdefault(text, (ctx, src))
                if PLACEHOLDER.search(text):
                    self.patterns.append((*_pattern(text), ctx, src))
        # longest templates first: the most specific pattern wins
        self.patterns = [(p, c, s, o) for p, o, c, s in self.patterns]
        self.patterns.sort(key=lambda e: -len(e[0].pattern))

    def retranslate(self, text: str, depth: int = 0) -> str | None:
        """``text`` in the current language, or None if it is not an interface string."""
        if not text or depth > 2:
            return None
        core = text.strip()
        if not core:
            return None
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        hit = self.exact.get(core)
        if hit is not None:
            return lead + QCoreApplication.translate(*hit) + trail
        for pattern, ctx, src, order in self.patterns:
            m = pattern.fullmatch(core)
            if m is None:
                continue
            args = {}
            for k, value in zip(order, m.groups(), strict=True):
                args[k] = self.retranslate(value, depth + 1) or value
            template = QCoreApplication.translate(ctx, src)
            out = PLACEHOLDER.sub(lambda p, a=args: a.get(int(p.group(1)), p.group(0)), template)
            return lead + out + trail
        m = MARKER.fullmatch(core)
        if m:
            rest = self.retranslate(m.group(2), depth + 1) or self._label_value(m.group(2), depth)
            if rest:
                return f"{lead}{m.group(1)} {rest}{trail}"
        return None

    def _label_value(self, text: str, depth: int) -> str | None:
        """'Pressure π 0.80': the label translated, the value kept."""
        head, _sep, tail = text.rpartition(" ")
        new = self.retranslate(head, depth + 1) if head else None
        return f"{new} {tail}" if new else None


def _pattern(template: str) -> tuple[re.Pattern, list[int]]:
    order: list[int] = []
    parts, last = [], 0
    for m in PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last : m.start()]))
        parts.append("(.+?)")
        order.append(int(m.group(1)))
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.S), order


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return Catalogue()


def _swap(getter, setter) -> None:
    text = getter()
    new = catalogue().retranslate(text) if isinstance(text, str) else None
    if new is not None and new != text:
        setter(new)


def retranslate_action(a: QAction) -> None:
    _swap(a.text, a.setText)
    _swap(a.toolTip, a.setToolTip)
    _swap(a.statusTip, a.setStatusTip)


def retranslate_widget(w: QWidget) -> None:
    """One widget's own texts (not its children)."""
    _swap(w.toolTip, w.setToolTip)
    _swap(w.statusTip, w.setStatusTip)
    _swap(w.windowTitle, w.setWindowTitle)
    _swap(w.accessibleName, w.setAccessibleName)
    if isinstance(w, (QLabel, QAbstractButton)):
        _swap(w.text, w.setText)
    elif isinstance(w, (QMenu, QGroupBox)):
        _swap(w.title, w.setTitle)
    elif isinstance(w, QLineEdit):
        _swap(w.placeholderText, w.setPlaceholderText)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _swap(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
    if isinstance(w, QAbstractSpinBox):
        for name in ("suffix", "prefix", "specialValueText"):
            getter = getattr(w, name, None)
            if getter is not None:
                setter = getattr(w, "set" + name[0].upper() + name[1:])
                _swap(getter, setter)
    if isinstance(w, QDockWidget):
        _swap(w.windowTitle, w.setWindowTitle)
    for a in w.actions():
        retranslate_action(a)
    if isinstance(w, QGraphicsView) and w.scene() is not None:
        retranslate_scene(w.scene())
    w.update()


def retranslate_scene(scene) -> None:
    """Titles, axis labels, legends and text items of a graphics scene (pyqtgraph or not)."""
    legends = []
    for item in scene.items():
        _swap(item.toolTip, item.setToolTip)
        if isinstance(item, pg.InfLineLabel):
            new = catalogue().retranslate(item.format)
            if new is not None:
                item.format = new
                item.valueChanged()
        elif isinstance(item, pg.TextItem):
            _swap(item.toPlainText, item.setText)
        elif isinstance(item, pg.LabelItem):
            _swap(lambda item=item: item.text, item.setText)
        elif isinstance(item, pg.AxisItem):
            _swap(lambda item=item: item.labelText, lambda t, item=item: item.setLabel(text=t))
        elif isinstance(item, pg.LegendItem):
            legends.append(item)
        elif isinstance(item, QGraphicsTextItem):
            _swap(item.toPlainText, item.setPlainText)
        elif isinstance(item, QGraphicsSimpleTextItem):
            _swap(item.text, item.setText)
    for legend in legends:  # updateSize() moves a legend to (0, 0): let its layout place it again
        legend.updateSize()
        legend.updateGeometry()
        parent = legend.parentLayoutItem()
        layout = parent if isinstance(parent, QGraphicsLayout) else getattr(parent, "layout", None)
        if isinstance(layout, QGraphicsLayout):
            layout.invalidate()
            layout.activate()
    scene.update()


def retranslate_tree(root: QWidget) -> None:
    """``root`` and every widget and action below it."""
    retranslate_widget(root)
    for w in root.findChildren(QWidget):
        retranslate_widget(w)
    for a in root.findChildren(QAction):
        retranslate_action(a)
