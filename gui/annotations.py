"""Notes pinned on the charts at a time point: ``annotations`` [{day, text}] in the scenario.

Double-click a time chart to pin a note at that day (a teacher marks "ranking published" for the
class). Each note is an undo step, is saved with the scenario, and is drawn on every time chart
as a vertical line with a badge N1, N2, ... whose words are in the marker key — so it also
appears in exported figures.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QInputDialog

from gui.charts.marker_badges import Badge
from gui.commands import ValueCommand
from gui.i18n import translate

NOTE_COLOUR = "#0b3d91"


class Annotations(QObject):
    """Draws the document's notes on the time charts and adds new ones on double-click."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.items: list = []
        self.time_charts = [c for c in window.charts.values() if c.time_plots]
        for chart in self.time_charts:
            chart.viewport().installEventFilter(self)
        window.doc.reset.connect(self.redraw)
        window.doc.value_changed.connect(self._on_doc_value_changed)
        self.redraw()

    def notes(self) -> list[dict]:
        return list(self.w.doc.value("annotations") or [])

    def add(self, day: float, text: str) -> None:
        """Pin ``text`` at ``day`` (one undo step)."""
        text = text.strip()
        if not text:
            return
        notes = [*self.notes(), {"day": round(max(0.0, float(day)), 1), "text": text}]
        notes.sort(key=lambda n: n["day"])
        self.w.doc.push(
            ValueCommand(
                self.w.doc, "annotations", notes, translate("Annotations", "Pin a note"), False
            )
        )

    def clear(self) -> None:
        if self.notes():
            self.w.doc.push(
                ValueCommand(
                    self.w.doc, "annotations", [], translate("Annotations", "Remove notes"), False
                )
            )

    def _on_doc_value_changed(self, path: str, _value) -> None:
        if path == "annotations":
            self.redraw()

    def redraw(self) -> None:
        for plot, item in self.items:
            plot.removeItem(item)
        self.items = []
        notes = self.notes()
        badges = [
            Badge(
                float(n["day"]),
                translate("Annotations", "N{0}").format(k + 1),
                NOTE_COLOUR,
                translate("Annotations", "day {0:.0f}: {1}").format(float(n["day"]), n["text"]),
            )
            for k, n in enumerate(notes)
        ]
        for chart in self.time_charts:
            for plot in chart.time_plots:
                for note in notes:
                    line = pg.InfiniteLine(
                        pos=float(note["day"]),
                        angle=90,
                        movable=False,
                        pen=pg.mkPen(NOTE_COLOUR, width=2),
                    )
                    line.setZValue(5)
                    plot.addItem(line, ignoreBounds=True)
                    self.items.append((plot, line))
            chart.set_badges("notes", badges)

    def ask_text(self, day: float) -> str:
        text, ok = QInputDialog.getText(
            self.w,
            translate("Annotations", "Pin a note"),
            translate("Annotations", "Note at day {0:.0f}:").format(day),
        )
        return text if ok else ""

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonDblClick
            and event.button() == Qt.MouseButton.LeftButton
        ):
            chart = next((c for c in self.time_charts if c.viewport() is obj), None)
            if chart is not None:
                scene_pos = chart.mapToScene(event.position().toPoint())
                plot = chart.time_plots[0]
                day = plot.getViewBox().mapSceneToView(scene_pos).x()
                text = self.ask_text(day)
                if text:
                    self.add(day, text)
                return True
        return False
