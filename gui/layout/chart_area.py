"""The live charts' area: as many charts side by side as the space allows, never slivers.

Three arrangements, chosen from the area's size every time it changes:

* **grid** (room for three columns and two rows): the flexibility–load plane, flexibility and
  load over time above true-against-reported performance, and the parts of both;
* **split** (room for two columns only): the plane beside tabs for the other three;
* **tabs** (a narrow or low area): one chart at a time, a tab each.

The thresholds keep every visible chart at least :data:`MIN_CHART` tall and wide enough for its
axis labels; a small margin between switching up and down keeps the arrangement from flickering
while a splitter is dragged. The charts are the same widgets in every arrangement (moved, not
rebuilt), so their history, markers and zoom stay.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from gui.i18n import translate

MIN_CHART = QSize(260, 170)  # a chart smaller than this cannot show its axes and legend
GRID_CHART = QSize(300, 250)  # in the grid, two stacked charts each keep a readable plot
TAB_BAR = 34  # room for the tab bar
HYSTERESIS = 24


def tab_title(chart) -> str:
    """A tab's short name for a chart (the full title is on the chart itself)."""
    words = {
        "plane": translate("charts", "Plane"),
        "timeline": translate("charts", "Over time"),
        "gaming": translate("charts", "True vs reported"),
        "components": translate("charts", "Parts"),
    }
    return words.get(chart.name, chart.title())


def arrangement(size: QSize, current: str = "", tabs_min: int = 0) -> str:
    """The arrangement for an area of ``size`` ('grid', 'split' or 'tabs'); ``tabs_min`` is
    the narrowest the tab widget can be (its tab bar grows with the font)."""
    slack = HYSTERESIS if current else 0

    def fits(cell: QSize, cols: int, rows: int, tabs: bool, mode: str) -> bool:
        extra = 0 if current == mode else slack
        w = cols * cell.width() + (cols - 1) * 6 + extra
        h = rows * cell.height() + (rows - 1) * 6 + (TAB_BAR if tabs else 0) + extra
        return size.width() >= w and size.height() >= h

    if fits(GRID_CHART, 3, 2, False, "grid"):
        return "grid"
    if fits(MIN_CHART, 2, 1, True, "split") and (
        size.width() >= MIN_CHART.width() + max(tabs_min, MIN_CHART.width()) + 6
    ):
        return "split"
    return "tabs"


class ChartArea(QWidget):
    """Holds the four workbench charts and rearranges them to fit."""

    arranged = Signal(str)

    def __init__(self, plane, timeline, gaming, components, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chartArea")
        self.plane, self.timeline, self.gaming, self.components = (
            plane,
            timeline,
            gaming,
            components,
        )
        self.order = [plane, timeline, gaming, components]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.setObjectName("chartsSplitter")
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        for s in (self.bottom, self.middle):
            s.setChildrenCollapsible(False)
        lay.addWidget(self.bottom)
        lay.addWidget(self.tabs)
        # the smallest arrangement decides how small the area may get
        self.setMinimumSize(MIN_CHART.width(), MIN_CHART.height() + TAB_BAR)
        self.mode = ""
        self._grid_sizes: list[int] = [460, 420, 420]
        self.set_mode("grid")

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()

    def sizeHint(self) -> QSize:
        return QSize(1200, 520)

    def set_mode(self, mode: str) -> None:
        """Put the charts into ``mode`` ('grid', 'split' or 'tabs')."""
        if mode == self.mode:
            return
        if self.mode == "grid" and self.bottom.count() == 3:
            self._grid_sizes = self.bottom.sizes()
        current = self.tabs.currentWidget()
        self.tabs.clear()
        if self.tabs.parent() is not self:  # back from the split's right-hand side
            self.layout().addWidget(self.tabs)
        if mode == "grid":
            self.bottom.addWidget(self.plane)
            self.middle.addWidget(self.timeline)
            self.middle.addWidget(self.gaming)
            self.bottom.addWidget(self.middle)
            self.bottom.addWidget(self.components)
            self.bottom.setSizes(self._grid_sizes)
        elif mode == "split":
            self.bottom.addWidget(self.plane)
            self.bottom.addWidget(self.tabs)
            for chart in self.order[1:]:
                self.tabs.addTab(chart, tab_title(chart))
            weights = [0] * self.bottom.count()  # the hidden middle column counts too
            weights[self.bottom.indexOf(self.plane)] = 2000  # the plane: two fifths
            weights[self.bottom.indexOf(self.tabs)] = 3000
            self.bottom.setSizes(weights)
        else:
            for chart in self.order:
                self.tabs.addTab(chart, tab_title(chart))
        in_splitters = {"grid": self.order, "split": [self.plane]}.get(mode, [])
        for chart in in_splitters:  # a former tab page may have been left hidden
            chart.show()
        self.middle.setVisible(mode == "grid")
        self.bottom.setVisible(mode != "tabs")
        self.tabs.setVisible(mode != "grid")
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.mode = mode
        self.arranged.emit(mode)

    def show_chart(self, chart) -> None:
        """Make ``chart`` visible (its tab comes to the front in the tabbed arrangements)."""
        if self.tabs.indexOf(chart) >= 0:
            self.tabs.setCurrentWidget(chart)

    def retitle(self) -> None:
        """Tab titles in the current language."""
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, tab_title(self.tabs.widget(i)))

    def save_state(self) -> bytes:
        if self.mode == "grid":
            self._grid_sizes = self.bottom.sizes()
        return ",".join(str(s) for s in self._grid_sizes).encode()

    def restore_state(self, state) -> None:
        try:
            sizes = [int(x) for x in bytes(state).decode().split(",")]
        except (TypeError, ValueError):
            return
        if len(sizes) == 3 and all(s > 0 for s in sizes):
            self._grid_sizes = sizes
            if self.mode == "grid":
                self.bottom.setSizes(sizes)

    def rearrange(self) -> None:
        """Choose the arrangement again (the size or the fonts changed)."""
        tabs_min = max(
            self.tabs.tabBar().sizeHint().width() + 8,
            self.tabs.minimumSizeHint().width(),
        )
        mode = arrangement(self.size(), self.mode, tabs_min)
        need = {c.name: c.needed_width() for c in self.order}  # titles whole
        if mode == "grid":
            cols = need["plane"] + max(need["timeline"], need["gaming"]) + need["components"]
            if self.width() < cols + 12:
                mode = "split"
        if mode == "split":
            others = max(need[c.name] for c in self.order[1:])
            if self.width() < need["plane"] + max(tabs_min, others) + 12:
                mode = "tabs"
        self.set_mode(mode)
        if self.mode == "split" and self.bottom.minimumSizeHint().width() > self.width():
            self.set_mode("tabs")  # what the split really needs did not fit after all

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.rearrange()
