"""Marker badges never collide: numbered flags on the time charts and badges on the plane lie
inside the plot and apart from one another, however close the days; the key lists them all,
in the app and in exported figures."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from gui.charts.marker_layout import inside, intersects, near_points, top_lanes


def _rect(r):
    return (r.left(), r.top(), r.width(), r.height())


def _assert_apart_and_inside(rects, bounds):
    shown = [r for r in rects if r is not None]
    for r in shown:
        assert inside(r, bounds), (r, bounds)
    for a, b in itertools.combinations(shown, 2):
        assert not intersects(a, b), (a, b)


def test_top_lanes_keep_close_flags_apart():
    """Forty flags on nearly the same pixel, some at the very edges, all shown, none touching."""
    anchors = [300 + 0.5 * k for k in range(30)] + [0.0, 1.0, 599.0, 600.0, 2.0] * 2
    widths = [14.0 + 6 * (k % 3) for k in range(len(anchors))]
    bounds = (0.0, 0.0, 600.0, 200.0)
    rects = top_lanes(anchors, widths, 15.0, bounds)
    assert all(r is not None for r in rects)
    _assert_apart_and_inside(rects, bounds)


def test_top_lanes_leave_out_what_cannot_fit():
    """More flags than the plot holds: those shown still never overlap or leave the plot."""
    bounds = (0.0, 0.0, 100.0, 40.0)
    rects = top_lanes([50.0] * 40, [20.0] * 40, 15.0, bounds)
    assert any(r is None for r in rects) and any(r is not None for r in rects)
    _assert_apart_and_inside(rects, bounds)


def test_plane_badges_avoid_each_other_and_the_hints():
    points = [(100 + k, 100 + k % 4) for k in range(25)] + [(0, 0), (400, 300)]
    bounds = (0.0, 0.0, 400.0, 300.0)
    hint = (90.0, 80.0, 60.0, 15.0)
    rects = near_points(points, [(18.0, 15.0)] * len(points), bounds, [hint])
    assert sum(r is not None for r in rects) == len(points)
    _assert_apart_and_inside(rects, bounds)
    assert not any(intersects(r, hint) for r in rects)


@pytest.fixture
def marked(window):
    """Twelve mechanism changes on close days, a scheduled shock and two notes."""
    window.runner.step_day()
    for k in range(12):
        window.runner.markers.append((24 + 3 * k, f"M{k % 9} change number {k}", "mechanism"))
    window.annotations.add(1.2, "ranking published")
    window.annotations.add(1.3, "new director")
    for _ in range(2):
        window.runner.step_day()
    window.live.refresh(force=True)
    return window


@pytest.mark.parametrize("name", ["timeline", "components", "gaming", "plane"])
def test_badges_on_the_charts_never_collide(marked, name):
    chart = marked.charts[name]
    layer = chart.badge_layer
    bounds = _rect(layer.vb.boundingRect())
    rects = [_rect(r) if r is not None else None for r in layer.rects]
    assert len(rects) == len(layer.badges) >= 12
    assert sum(r is not None for r in rects) >= 12
    _assert_apart_and_inside(rects, bounds)


def test_tags_are_numbers_shocks_and_notes(marked):
    tags = [b.tag for b in marked.timeline.all_badges()]
    assert [t for t in tags if t.isdigit()] == [str(k + 1) for k in range(12)]
    days = [b.day for b in marked.timeline.all_badges()]
    assert days == sorted(days)
    assert {"N1", "N2"} <= set(tags)
    assert any(t.startswith("S") for t in tags)  # the preset's scheduled shock


def test_key_under_the_timeline_and_in_every_export(marked, tmp_path):
    """The key shows under the timeline in the app; every exported time chart carries it and
    the app's layout comes back afterwards."""
    from gui.export import export_chart_png

    assert marked.timeline.marker_key in marked.timeline.ci.items
    assert marked.components.marker_key not in marked.components.ci.items
    key = marked.timeline.marker_key
    assert key.chips and key.chips[-1][1] == marked.timeline.all_badges()[-1]  # the latest
    assert key.size().height() <= 2 * 20 + 8  # two lines at most in the app
    path = tmp_path / "components.png"
    QApplication.processEvents()
    plot_height = marked.components.time_plots[0].height()
    chart, shown = marked.components, []
    original = chart.key_for_export

    def spy(exporting):
        original(exporting)
        shown.append((chart.marker_key in chart.ci.items, len(chart.marker_key.chips)))

    chart.key_for_export = spy
    export_chart_png(chart, path, 1200, 800)
    assert shown[0] == (True, len(chart.all_badges()))  # the whole key in the figure
    assert shown[-1] == (False, shown[-1][1])  # and gone from the app's chart afterwards
    assert any("ranking published" in b.words for b in marked.components.all_badges())
    assert marked.components.marker_key not in marked.components.ci.items
    QApplication.processEvents()
    assert marked.components.time_plots[0].height() == pytest.approx(plot_height)
    assert not QImage(str(path)).isNull()
