"""Comparing designs in the workbench: pins, live pair, table over seeds, structure diff,
earlier runs, attribution (issue 5)."""

from __future__ import annotations

import statistics
import time

import pytest

QUICK_DAYS = 4  # runs longer than the 2-day warm-up the tests set


@pytest.fixture
def cmp(window, qtbot):
    """The window with the comparison installed and a short warm-up (quick summaries)."""
    from gui.compare.install import install

    window.doc.apply_value("run.warmup_days", 2)
    install(window)
    c = window.compare
    c.workers = 2
    c.panel.days.setValue(QUICK_DAYS)
    c.panel.seeds.setValue(2)
    yield c
    c.pair.stop()
    for task in (c.table_task, c.panel.attribution.task):
        if task is not None:
            task.cancel()
            task.wait(10000)


def _wait_tasks(qtbot, c) -> None:
    qtbot.waitUntil(
        lambda: c.table_task is None and c.panel.attribution.task is None, timeout=120000
    )


def test_install_adds_compare_menu_before_help(cmp, window):
    """install(window) puts a Compare menu just before Help, with its actions."""
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Compare", "&Help"]
    assert window.compare_actions["pin_a"] in window.menus["compare"].actions()


def test_a_against_a_shows_zero_difference_in_the_table(cmp, qtbot):
    """A = B on shared seeds gives exactly zero in every difference and interval."""
    assert cmp.pin_a() and cmp.make_b()
    assert cmp.run_table()
    _wait_tasks(qtbot, cmp)
    assert cmp.rows and len(cmp.row_seeds) == 2
    assert all(r["diff"] == 0 and r["low"] == 0 and r["high"] == 0 for r in cmp.rows)
    table = cmp.panel.table
    assert table.rowCount() == len(cmp.rows)
    assert {table.item(r, 3).text() for r in range(table.rowCount())} == {"0"}
    # two seeds are too few for a stable mean: the line says so and suggests more
    line = cmp.panel.seed_check.line.text()
    assert cmp.panel.seed_check.isVisible() and line.startswith("2 seeds: the mean is not yet")
    assert cmp.seed_check["suggested"] > 2 and f"at least {cmp.seed_check['suggested']}" in line
    head, first = table.csv_text().splitlines()[:2]
    assert head.endswith("stable_mean,suggested_seeds") and first.startswith("flexibility,")


def test_different_designs_give_a_nonzero_difference(cmp, window, qtbot):
    """Shared data (M4) against data in blocks changes flexibility in the table."""
    cmp.pin_a()
    window.doc.apply_value("mechanisms.data.regime", "shared")
    cmp.make_b()
    cmp.run_table()
    _wait_tasks(qtbot, cmp)
    flex = next(r for r in cmp.rows if r["key"] == "flexibility")
    assert flex["diff"] != 0


def test_table_refuses_runs_shorter_than_the_warm_up(cmp):
    """A run inside the warm-up has no summary: the table says so and runs nothing."""
    cmp.pin_a()
    cmp.panel.days.setValue(2)
    assert not cmp.run_table()
    assert "warm-up" in cmp.panel.table_status.text()


def test_live_pair_steps_both_and_fills_the_difference_strip(cmp, window, qtbot):
    """Run A and B steps both cities to the same day; the B − A strip has data."""
    cmp.pin_a()
    window.doc.apply_value("mechanisms.data.regime", "shared")
    cmp.make_b()
    cmp.panel.days.setValue(3)
    assert cmp.run_live()
    qtbot.waitUntil(lambda: not cmp.pair.running, timeout=30000)
    sim_a, sim_b = cmp.pair.sims
    assert sim_a.tick == sim_b.tick == 72
    d_flex, d_load = cmp.panel.time_chart.difference()
    assert d_flex is not None and len(d_flex) > 5
    assert abs(d_flex).max() > 0 or abs(d_load).max() > 0


def test_live_pair_slices_stay_within_8_ms(cmp, qtbot):
    """Each turn of the event loop steps the pair for at most about 8 ms."""
    from gui.compare.live_pair import SLICE_SECONDS

    cmp.pin_a()
    cmp.make_b()
    cmp.panel.days.setValue(30)
    cmp.run_live()
    cmp.pair._timer.stop()  # drive the slices by hand to time them
    times = []
    for _ in range(40):
        t0 = time.perf_counter()
        cmp.pair._on_timer_timeout()
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) <= SLICE_SECONDS + 0.002


def test_structure_diff_marks_an_added_street_on_the_canvas(cmp, window):
    """A street added after pinning A is framed on the canvas and listed as added in B."""
    cmp.pin_a()
    new = window.scene.editor.add("street", None, "d2")
    assert any(item.parentItem() is window.scene.nodes[new] for item in cmp.marks.items)
    cmp.make_b()
    texts = [cmp.panel.diff_list.item(k).text() for k in range(cmp.panel.diff_list.count())]
    assert any(t.startswith("+") for t in texts)


def test_earlier_runs_can_be_overlaid_and_recalled(cmp, window, qtbot):
    """Finished runs are kept; a ticked one is drawn in grey; Recall restores its A and B."""
    cmp.pin_a()
    cmp.make_b()
    first_b = cmp.b
    cmp.panel.days.setValue(1)
    cmp.run_live()
    qtbot.waitUntil(lambda: not cmp.pair.running, timeout=30000)
    window.doc.apply_value("mechanisms.data.regime", "shared")
    cmp.make_b()
    cmp.run_live()
    qtbot.waitUntil(lambda: not cmp.pair.running, timeout=30000)
    assert cmp.panel.history.count() == 2
    from PySide6.QtCore import Qt

    cmp.panel.history.item(0).setCheckState(Qt.CheckState.Checked)
    ghosts = [g for g in cmp.panel.time_chart.ghosts if g.getData()[0] is not None]
    assert any(len(g.getData()[0]) for g in ghosts)
    assert cmp.recall(0)
    assert cmp.b == first_b


def test_attribution_of_one_mechanism_puts_everything_on_it(cmp, window, qtbot):
    """Changing only M4 gives one waterfall bar, M4, carrying the whole change."""
    cmp.pin_a()
    window.doc.apply_value("mechanisms.data.regime", "shared")
    cmp.make_b()
    assert cmp.run_attribution()
    _wait_tasks(qtbot, cmp)
    bars = cmp.panel.attribution.chart.bars["flexibility"]
    assert [b["kind"] for b in bars] == ["start", "mechanism", "other", "end"]
    start, mech, other, end = bars
    assert mech["label"] == "data"
    assert mech["value"] == pytest.approx(end["value"] - start["value"], abs=1e-12)
    assert other["value"] == pytest.approx(0.0, abs=1e-12)
