"""Words on the flexibility–load plane stay whole and inside the plot.

A city in any corner of the plane, with a marker there whose words are long (an assumption
changed): the marker's badge and the "day N" label beside the current point lie inside the
plot and apart; in an exported figure the key under the plot gives every marker's words in
full (wrapped, never cut); in the app a long entry is shortened and its tooltip has it all.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from gui.charts.marker_layout import BESIDE, beside, inside
from gui.charts.plane import PlaneChart
from gui.charts.series import KEYS, SeriesBuffer

LONG = "Assumption: how often an unresolved citizen calls again about the same case 0.30 → 0.55"
CORNERS = {"bottom-left": (0.41, 0.01), "bottom-right": (1.19, 0.01), "top-right": (1.19, 0.99)}
CORNERS["top-left"] = (0.41, 0.99)


def plane_at(qtbot, corner: tuple[float, float], width: int = 460) -> PlaneChart:
    """A plane whose city walks from the middle into ``corner`` and stays there, with a
    marker with long words on the day it arrives."""
    chart = PlaneChart()
    qtbot.addWidget(chart)
    chart.resize(width, 420)
    chart.show()
    n = 60
    days = np.arange(n) / 4 + 1
    values = {k: np.full(n, 0.5) for k in KEYS}
    values["load"] = np.r_[np.full(n // 2, 0.8), np.full(n - n // 2, corner[0])]
    values["flexibility"] = np.r_[np.full(n // 2, 0.5), np.full(n - n // 2, corner[1])]
    buf = SeriesBuffer()
    buf.extend(days, values, 10_000)
    chart.update_data(buf)
    chart.set_markers([(int(round(days[-5] * 24)), LONG, "mechanism")])
    for _ in range(3):
        QApplication.processEvents()
    return chart


def in_view(chart, item) -> QRectF:
    vb = chart.plot.getViewBox()
    return item.mapRectToItem(vb, item.boundingRect())


@pytest.mark.parametrize("corner", list(CORNERS), ids=list(CORNERS))
def test_badge_and_day_label_stay_inside_the_plot(qtbot, corner):
    """In every corner the badge and "day N" are whole, inside the plot, and apart."""
    chart = plane_at(qtbot, CORNERS[corner])
    bounds = chart.badge_layer.bounds()
    (badge,) = chart.badge_layer.rects
    assert badge is not None, "the marker's badge found no place"
    assert bounds.contains(badge), (badge, bounds)
    day = in_view(chart, chart.now_text.textItem)
    assert chart.now_text.textItem.toPlainText().startswith("day")
    assert bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(day), (day, bounds)
    assert not day.intersects(badge), (day, badge)


def test_the_exported_key_gives_long_words_whole(qtbot):
    """In an export every marker's words are in the key in full, each line inside it."""
    chart = plane_at(qtbot, CORNERS["top-right"], width=360)
    chart.key_for_export(True)
    try:
        key = chart.marker_key
        width = key.size().width()
        ((rect, badge, lines),) = key.chips
        assert " ".join(lines) == badge.words and LONG in badge.words
        assert len(lines) > 1 and not any("…" in t for t in lines)
        assert rect.right() <= width and rect.height() >= len(lines) * 10
    finally:
        chart.key_for_export(False)


def test_in_the_app_a_long_entry_is_shortened_with_a_tooltip(qtbot):
    """The app's key keeps a long entry on one line; hovering it shows all the words."""
    chart = plane_at(qtbot, CORNERS["bottom-left"], width=360)
    key = chart.marker_key
    key.reflow(340)
    ((rect, badge, lines),) = key.chips
    assert len(lines) == 1 and lines[0].endswith("…") and rect.right() <= 340

    class Hover:
        def pos(self):
            return rect.center()

    key.hoverMoveEvent(Hover())
    assert LONG in key.toolTip()


@pytest.mark.parametrize("point", [(1, 1), (99, 1), (99, 59), (1, 59), (50, 30)])
def test_beside_flips_into_the_bounds(point):
    """A 40 x 14 label beside a point anywhere in a 100 x 60 plot lies inside it."""
    bounds = (0.0, 0.0, 100.0, 60.0)
    ax, ay = beside(point, (40.0, 14.0), bounds)
    assert (ax, ay) in BESIDE
    assert inside((point[0] - ax * 40, point[1] - ay * 14, 40.0, 14.0), bounds)


def test_beside_keeps_clear_of_other_words_when_it_can():
    """With the right side taken, the label goes to the left."""
    taken = [(50.0, 0.0, 50.0, 60.0)]
    ax, _ay = beside((50.0, 30.0), (30.0, 12.0), (0.0, 0.0, 100.0, 60.0), taken)
    assert ax > 0.5
