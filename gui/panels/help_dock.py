"""The help panel: the "Info" for whatever the user selects.

Clicking a mechanism group, the assumptions panel, a chart, or an entry of a chart's legend
shows its help text in this panel when it is open (F1 or Help → Help opens it, in the left
column beside the mechanisms, so it never takes the charts' room), in four sections and the
interface language; the topic box lists every mechanism, chart and output, so any metric can be
looked up. Legend entries also get the help as a tooltip.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from gui import help_texts, labels
from gui.i18n import translate
from gui.mechanism_specs import GROUPS
from gui.panels.mechanisms import LEVER_PROPERTY


class HelpDock(QDockWidget):
    """A dock with a topic box and the rendered help text."""

    def __init__(self, window) -> None:
        super().__init__(translate("HelpDock", "Help"), window)
        self.setObjectName("helpDock")
        self.window_ = window
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.topic = QComboBox()
        self.topic.setToolTip(translate("HelpDock", "Choose a mechanism, chart or output"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        lay.addWidget(self.topic)
        lay.addWidget(self.browser, 1)
        self.setWidget(body)
        self.current = ("charts", "plane")
        self._press_seen = -1  # timestamp of the last press a topic was shown for
        self.topic.activated.connect(self._on_topic_activated)
        self._watch()
        self.refresh()

    # -- topics -------------------------------------------------------------------------------
    def topics(self) -> list[tuple[str, str, str]]:
        """(kind, key, title) of every topic, in the interface language."""
        out = []
        for g in GROUPS:
            out.append(("mechanisms", g.key, translate("mechanisms", g.title)))
            out += [
                ("mechanisms", p.path, f"{g.key} · {translate('mechanisms', p.label)}")
                for p in g.params
                if help_texts.entry("mechanisms", p.path) is not None
            ]
        out.append(("panels", "assumptions", translate("MainWindow", "Assumptions")))
        out += [("charts", k, c.title()) for k, c in self.window_.charts.items()]
        out += [("outputs", k, labels.output(k)) for k in labels.OUTPUTS]
        return out

    def title_of(self, kind: str, key: str) -> str:
        return next((t for k, y, t in self.topics() if (k, y) == (kind, key)), key)

    def show_topic(self, kind: str, key: str) -> None:
        self.current = (kind, key)
        self.browser.setHtml(help_texts.as_html(kind, key, self.title_of(kind, key)))
        i = self.topic.findData(f"{kind}:{key}")
        if i >= 0:
            self.topic.setCurrentIndex(i)

    def select(self, kind: str, key: str) -> None:
        """The user picked something: its help is ready in the panel. A click never opens a
        closed panel (that would take room from the view being clicked); the status bar says
        that F1 shows it."""
        self.show_topic(kind, key)
        if not self.isVisible():
            self.window_.statusBar().showMessage(
                translate("HelpDock", "Help on “{0}”: press F1").format(self.title_of(kind, key)),
                5000,
            )

    def open(self) -> None:
        """Show the panel in front of its neighbours in the left column."""
        self.show()
        self.raise_()

    def refresh(self) -> None:
        """Rebuild the topic list and texts in the current language."""
        self.setWindowTitle(translate("HelpDock", "Help"))
        self.topic.blockSignals(True)
        self.topic.clear()
        for kind, key, title in self.topics():
            self.topic.addItem(title, f"{kind}:{key}")
        self.topic.blockSignals(False)
        self.show_topic(*self.current)
        self._legend_tooltips()

    def _on_topic_activated(self, index: int) -> None:
        kind, key = self.topic.itemData(index).split(":", 1)
        self.show_topic(kind, key)

    # -- selection ------------------------------------------------------------------------------
    def _watch(self) -> None:
        self._filters = []
        for key, group in self.window_.mechanisms.groups.items():
            for w in [group, *group.findChildren(QWidget)]:
                f = _ClickFilter(self, "mechanisms", _lever_of(w, group) or key, w)
                w.installEventFilter(f)
                self._filters.append(f)
        if getattr(self.window_, "assumptions_built", False):  # else watched once it is built
            self.watch_assumptions(self.window_.assumptions)
        for key, chart in self.window_.charts.items():
            f = _ClickFilter(self, "charts", key, chart.viewport(), chart)
            chart.viewport().installEventFilter(f)
            self._filters.append(f)

    def watch_assumptions(self, panel) -> None:
        """A click anywhere in the assumptions panel: its help."""
        for w in [panel, *panel.findChildren(QWidget)]:
            f = _ClickFilter(self, "panels", "assumptions", w)
            w.installEventFilter(f)
            self._filters.append(f)

    def _legend_output(self, chart, pos) -> str | None:
        """The output key of the legend entry under ``pos`` (view coordinates), if any."""
        for item in chart.items(pos):
            if isinstance(item, pg.LabelItem) or isinstance(item.parentItem(), pg.LabelItem):
                label = item if isinstance(item, pg.LabelItem) else item.parentItem()
                key = _output_for(label.text)
                if key:
                    return key
        return None

    def _legend_tooltips(self) -> None:
        for chart in self.window_.charts.values():
            for item in chart.scene().items():
                if isinstance(item, pg.LabelItem):
                    key = _output_for(item.text)
                    if key:
                        item.setToolTip(help_texts.tooltip("outputs", key))


def _lever_of(widget: QWidget, group: QWidget) -> str | None:
    """The lever (scenario path) a widget of a mechanism group belongs to, if it has help."""
    w = widget
    while w is not None and w is not group:
        path = w.property(LEVER_PROPERTY)
        if path:
            return path if help_texts.entry("mechanisms", path) is not None else None
        w = w.parentWidget()
    return None


def _output_for(text: str) -> str | None:
    for key in labels.OUTPUTS:
        if text in (labels.output(key), labels.short(key)):
            return key
    return None


class _ClickFilter(QObject):
    """Shows a topic when its widget is pressed; never consumes the event."""

    def __init__(self, dock: HelpDock, kind: str, key: str, watched, chart=None) -> None:
        super().__init__(watched)
        self.dock, self.kind, self.key, self.chart = dock, kind, key, chart

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and event.button() in (
            Qt.MouseButton.LeftButton,
        ):
            # a press a child did not take travels on to its parents: the innermost topic
            # (a lever inside its mechanism) keeps it
            if event.timestamp() == self.dock._press_seen:
                return False
            self.dock._press_seen = event.timestamp()
            if self.chart is not None:
                key = self.dock._legend_output(self.chart, event.position().toPoint())
                if key:
                    self.dock.select("outputs", key)
                    return False
            self.dock.select(self.kind, self.key)
        return False
