"""The workbench on the screens people have: geometry checks at each size and language.

Each case resizes the offscreen window to a real screen's available size and checks what a
user would see: every chart that is shown is big enough to read, the run bar's day counter
and seed are on screen (never in a toolbar's overflow menu), the mechanisms panel is not cut,
and the chart area picked an arrangement in which nothing is a sliver.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton

from gui.layout import screen_fit
from gui.layout.chart_area import GRID_CHART, MIN_CHART, arrangement

SCREENS = [(1280, 720), (1366, 768), (1600, 1000), (1920, 1080), (3840, 2160)]


def settle(qtbot, window, size) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def shown_charts(window):
    return [c for c in window.charts.values() if c.isVisible()]


def overflowing(window) -> list[str]:
    """Toolbars whose overflow (») button is showing."""
    out = []
    for bar in window.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and ext is not None and ext.isVisible():
            out.append(bar.objectName())
    return out


def check_value_axis(name, plot) -> None:
    """The left axis's labels are at least two text heights apart."""
    axis, vb = plot.getAxis("left"), plot.getViewBox()
    lo, hi = vb.viewRange()[1]
    height = vb.height()
    text = axis.style["tickFont"].pixelSize() if axis.style.get("tickFont") else 13
    for spacing, values in axis.tickValues(lo, hi, height):
        shown = [v for v in values if lo - 1e-9 <= v <= hi + 1e-9]
        if len(shown) > 1 and axis.style["maxTickLevel"] >= 0:
            gap = spacing / (hi - lo) * height
            assert gap >= 2 * text, (name, plot.titleLabel.text, spacing, round(gap), height)
        break  # the first level carries the labels


def check_screen(window) -> None:
    charts = shown_charts(window)
    assert charts, "no chart is shown"
    for c in charts:
        assert c.height() >= 160 and c.width() >= 220, (c.name, c.size())
        assert c.width() >= c.needed_width() - 1, ("title cut", c.name, c.width())
        # not cut by its parents: the whole widget is inside the window's centre
        top_left = c.mapTo(window, c.rect().topLeft())
        inside = window.centralWidget().geometry()
        assert inside.contains(QRect(top_left, c.size())), (c.name, top_left, c.size())
        # the chart's own layout is no wider than the widget (nothing cut at its right edge)
        assert c.ci.geometry().width() <= c.viewport().width() + 0.5, (c.name, c.ci.geometry())
        for plot in c.ci.items:
            if hasattr(plot, "getAxis") and plot.isVisible():
                check_value_axis(c.name, plot)
    rects = {c.name: QRect(c.mapTo(window, c.rect().topLeft()), c.size()) for c in charts}
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not rects[a].intersects(rects[b]), (a, rects[a], b, rects[b])
    tabs = window.chart_area.tabs
    if tabs.isVisible():
        assert tabs.width() >= tabs.tabBar().sizeHint().width() - 2, "tabs cut"
    bar = window.run_bar
    assert not overflowing(window), overflowing(window)
    for w in (bar.day, bar.seed, bar.speed):
        assert w.isVisible()
        assert bar.rect().contains(w.geometry()), w.objectName()
    text = bar.day.text()
    assert bar.day.fontMetrics().horizontalAdvance(text) <= bar.day.contentsRect().width()
    dock = window.mech_dock
    assert dock.width() >= screen_fit.usable_width(window.mechanisms) - 1
    assert window.width() <= 3840 and window.height() <= 2160


@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_workbench_fits_the_screen(window, qtbot, size):
    """Charts readable, day and seed visible, no toolbar overflow, panel whole."""
    settle(qtbot, window, size)
    for _ in range(3):
        window.runner.step_day()
    window.runner.run()  # the Pause text must not push the seed out either
    qtbot.wait(60)
    window.runner.pause()
    check_screen(window)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_workbench_fits_in_chinese(window, qtbot, size):
    """The same checks with the interface in Chinese (other word lengths)."""
    from gui.language import set_language

    set_language(window, "zh_CN")
    try:
        settle(qtbot, window, size)
        check_screen(window)
    finally:
        set_language(window, "en")


def test_presenter_mode_on_a_projector(window, qtbot):
    """Presenter mode at 1024 x 768: larger fonts, and still nothing cut or hidden."""
    settle(qtbot, window, (1024, 768))
    window.presenter.set_on(True, full_screen=False)  # fonts grow in a window of that size
    try:
        settle(qtbot, window, (1024, 768))
        check_screen(window)
    finally:
        window.presenter.set_on(False)


def test_chart_area_arrangement_follows_its_size(window, qtbot):
    """Large screens get the grid, a laptop the plane beside tabs, a small area tabs."""
    settle(qtbot, window, (1920, 1080))
    assert window.chart_area.mode == "grid"
    assert len(shown_charts(window)) == 4
    for c in (window.timeline, window.gaming):
        assert c.height() >= GRID_CHART.height() - 10
    settle(qtbot, window, (1280, 720))
    assert window.chart_area.mode == "split"
    assert [c.name for c in shown_charts(window)] == ["timeline", "plane"] or {
        c.name for c in shown_charts(window)
    } == {"plane", "timeline"}
    assert arrangement(QSize(400, 300)) == "tabs"
    assert arrangement(QSize(2 * MIN_CHART.width() + 10, 400)) == "split"


def test_charts_keep_their_history_when_rearranged(window, qtbot):
    """Moving from grid to tabs and back keeps the curves (the same widgets move)."""
    for _ in range(3):
        window.runner.step_day()
    window.live.refresh(force=True)
    n = len(window.timeline.curves[0].getData()[0])
    settle(qtbot, window, (1280, 720))
    settle(qtbot, window, (1920, 1080))
    assert window.chart_area.mode == "grid"
    assert len(window.timeline.curves[0].getData()[0]) == n > 0


def test_first_start_fits_the_available_screen():
    """Every first start opens maximised; un-maximised, a small screen's window is the whole
    available screen, a big one's is centred with a margin on every side."""
    small = QRect(0, 0, 1280, 680)
    rect, maximised = screen_fit.first_geometry(small)
    assert maximised and rect == small
    for big in (QRect(0, 0, 1920, 1080), QRect(0, 0, 3840, 2100)):
        rect, maximised = screen_fit.first_geometry(big)
        assert maximised and big.contains(rect) and rect.center() == big.center()
        margin = round(big.width() * screen_fit.MARGIN)
        assert rect.left() - big.left() == margin and big.right() - rect.right() == margin


def test_restored_geometry_is_pulled_inside_the_screen():
    """A window saved on a 1920 x 1080 screen comes back inside a 1280 x 720 one."""
    avail = QRect(0, 0, 1280, 690)
    fitted = screen_fit.fit_inside(QRect(400, 300, 1600, 1000), avail)
    assert avail.contains(fitted) and fitted.size() == QSize(1280, 690)


def test_first_window_is_sized_to_the_screen(qtbot, settings):
    """No saved geometry: the window opens within the available screen."""
    from gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    avail = screen_fit.available(w)
    assert w.width() <= avail.width() and w.height() <= avail.height()
    w.doc.undo_stack.setClean()


def test_a_narrow_dock_is_not_restored(window, qtbot, settings):
    """A state saved with the mechanisms panel 120 px wide comes back usable."""
    from gui.main_window import MainWindow

    window.mechanisms.setMinimumWidth(0)
    window.mechanisms.widget().setMinimumWidth(0)
    window.mech_dock.setMinimumWidth(0)
    window.resizeDocks([window.mech_dock], [120], window.centre.orientation().Horizontal)
    QApplication.processEvents()
    window.save_settings()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1600, 1000)
    again.show()
    qtbot.waitExposed(again)
    assert again.mech_dock.width() >= screen_fit.usable_width(again.mechanisms) - 1
    again.doc.undo_stack.setClean()


def test_labels_of_the_run_bar_fit(window, qtbot):
    """Every label in the run bar shows its whole text."""
    settle(qtbot, window, (1280, 720))
    for label in window.run_bar.findChildren(QLabel):
        if label.isVisible() and label.text():
            need = label.fontMetrics().horizontalAdvance(label.text())
            assert need <= label.contentsRect().width() + 1, label.text()
