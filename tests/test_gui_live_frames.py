"""What a running city costs the window: only charts on screen are drawn, the detail charts
less often than the main ones, and panels nobody has opened are not built at start-up."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication


def settle(qtbot, window, size) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def drawn(chart) -> int:
    """How many points the chart's first curve holds."""
    x = chart.curves[0].getData()[0]
    return 0 if x is None else len(x)


def test_a_chart_behind_a_tab_is_drawn_when_shown(window, qtbot):
    """On a laptop the charts share tabs: a hidden one waits, then shows every point."""
    settle(qtbot, window, (1280, 720))
    area = window.chart_area
    assert area.mode in ("split", "tabs")
    area.show_chart(window.timeline)
    assert not window.gaming.isVisible()
    before = drawn(window.gaming)
    for _ in range(3):
        window.runner.step_day()
    window.live.refresh(force=True)
    assert drawn(window.gaming) == before  # hidden: nothing drawn
    area.show_chart(window.gaming)
    QApplication.processEvents()
    assert window.gaming.isVisible()
    assert drawn(window.gaming) == window.live.buf.n > before


def test_an_export_of_a_hidden_chart_has_all_its_data(window, qtbot, tmp_path):
    """Exporting a chart behind a tab draws what it missed first."""
    from gui.export import chart_image

    settle(qtbot, window, (1280, 720))
    window.chart_area.show_chart(window.timeline)
    for _ in range(2):
        window.runner.step_day()
    window.live.refresh(force=True)
    assert drawn(window.components) < window.live.buf.n
    chart_image(window.components, 600, 400)
    assert drawn(window.components) == window.live.buf.n


def test_detail_charts_catch_up_when_the_run_pauses(window):
    """While running, a frame may skip the detail charts; a pause draws them up to date."""
    live = window.live
    window.runner.step_day()
    live.refresh(force=True)
    n = drawn(window.components)
    live._details_at = time.perf_counter() + 3600  # as if they were drawn a moment ago
    window.runner.sim.step(24)
    assert live.refresh()  # a frame: the main charts move on
    assert drawn(window.timeline) == live.buf.n > n
    assert drawn(window.components) == n  # the details wait
    live.refresh(force=True)  # what a pause or a single step does
    assert drawn(window.components) == live.buf.n


def test_panels_nobody_opened_are_not_built(qtbot, settings):
    """The assumptions panel and the Compare page are built when first shown."""
    from gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitExposed(w)
    assert not w.assumptions_built
    assert w.compare._panel is None
    w.assumptions_dock.raise_()
    QApplication.processEvents()
    assert w.assumptions_built and w.assumptions_dock.widget() is w.assumptions
    page = w.workspaces.show("compare")
    assert w.compare._panel is not None and page is w.compare.panel
    w.doc.undo_stack.setClean()


def test_the_window_is_shown_before_the_scenario_opens(qtbot, monkeypatch, tmp_path):
    """`python main.py`: the window is on screen first; the city follows its first paint."""
    from gui.app import make_app, start_window

    monkeypatch.setenv("GOVFLEX_CONFIG_DIR", str(tmp_path))
    make_app([])
    opened = []
    w = start_window([], preset="typical-platform", then=opened.append)
    qtbot.addWidget(w)
    assert w.isVisible() and not w.doc.departments() and not opened
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [w] and len(w.doc.departments()) == 72
    w.doc.undo_stack.setClean()


def test_a_window_never_painted_still_gets_its_scenario(qtbot):
    """A window started minimised is never painted: the scenario opens all the same."""
    from PySide6.QtWidgets import QWidget

    from gui.app import FirstPaint

    hidden = QWidget()
    qtbot.addWidget(hidden)
    called = []
    FirstPaint(hidden, lambda: called.append(1))
    qtbot.waitUntil(lambda: bool(called), timeout=3 * FirstPaint.LATEST_MS)
    assert called == [1]
