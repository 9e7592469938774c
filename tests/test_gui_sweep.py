"""The sweeps window: background runs with cancel, results views, save/load, loading a
configuration into the workbench (issue 5)."""

from __future__ import annotations

import time

import numpy as np
import pytest
from pools import workers as _children
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog


@pytest.fixture
def sweeps(window, qtbot):
    """The sweeps window of a workbench with a short warm-up, two workers."""
    from gui.compare.install import install, open_sweeps

    window.doc.apply_value("run.warmup_days", 2)
    install(window)
    window.compare.workers = 2
    dlg = open_sweeps(window)
    qtbot.waitExposed(dlg)
    dlg.setup.days.setValue(4)
    dlg.setup.seeds.setValue(1)
    yield dlg
    if dlg.task is not None:
        dlg.task.cancel()
        dlg.task.wait(10000)


def _record(window, spec_extra: dict, days: float = 4, seeds=(1,)) -> dict:
    """A results record computed in this process (quick; the views are under test)."""
    from model.experiment import Job, run_job
    from model.sweep import expand, results_record

    spec = {"scenario": window.doc.normalized, "days": days, "seeds": list(seeds), **spec_extra}
    base, configs, labels, seeds, days = expand(spec)
    runs = [run_job(base, Job(c, s, seed), days) for c, s in enumerate(configs) for seed in seeds]
    return results_record(spec, configs, labels, runs, 0.1)


def test_sweep_runs_in_background_while_the_window_responds(sweeps, qtbot):
    """A real sweep runs in worker processes; the event loop keeps turning meanwhile."""
    sweeps.setup.first.set_range("mechanisms.assessment.pressure", 0.0, 1.0, 2)
    t0 = time.perf_counter()
    assert sweeps.start()
    assert time.perf_counter() - t0 < 0.5  # start() hands the work over and returns
    turns = []
    deadline = time.perf_counter() + 60
    while sweeps.task is not None and time.perf_counter() < deadline:
        QApplication.processEvents()  # each turn must come back quickly
        turns.append(time.perf_counter())
        time.sleep(0.005)
    assert sweeps.record is not None and len(sweeps.record["rows"]) == 2
    assert len(turns) > 20
    assert max(np.diff(turns)) < 0.25  # no turn of the event loop is held up


def test_sweep_cancel_stops_at_once_and_leaves_no_processes(sweeps, qtbot):
    """Cancel during a sweep stops it within seconds and leaves no worker process."""
    sweeps.setup.days.setValue(40)
    sweeps.setup.seeds.setValue(4)
    sweeps.setup.first.set_range("mechanisms.assessment.pressure", 0.0, 1.0, 5)
    assert sweeps.start()
    qtbot.waitUntil(lambda: len(_children()) > 0, timeout=30000)
    assert sweeps.task_bar.isVisible()
    t0 = time.perf_counter()
    qtbot.mouseClick(sweeps.task_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sweeps.task is None, timeout=30000)
    # the whole sweep (20 runs of 40 days) takes far longer than this on 2 cores
    assert time.perf_counter() - t0 < 15.0
    assert sweeps.record is None
    assert "Cancelled" in sweeps.status.text()
    assert _children() == []


def test_one_parameter_sweep_shows_a_line_with_interval(sweeps, window):
    """A 1-D sweep draws the mean line over the swept values with its band."""
    values = [0.0, 0.5, 1.0]
    rec = _record(
        window,
        {"parameters": [{"path": "mechanisms.assessment.pressure", "values": values}]},
        seeds=(1, 2),
    )
    sweeps.show_record(rec)
    assert sweeps.results.effect.kind == "line"
    x, y = sweeps.results.effect.curves[0].getData()
    assert list(x) == values and len(y) == 3


def test_sweep_results_say_whether_the_seeds_give_a_stable_mean(sweeps, window, qtbot):
    """One line above the charts judges the seeds; the CV chart has a curve per configuration
    from n = 2 seeds, drawn red where the mean is not yet stable."""
    rec = _record(
        window,
        {"parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.0, 0.5, 1.0]}]},
        seeds=(1, 2, 3),
    )
    sweeps.show_record(rec)
    view = sweeps.results.seed_check
    assert view.isVisible() and not view.chart.isVisible()
    assert view.line.text().startswith("3 seeds: the mean is not yet stable for ")
    assert "use at least" in view.line.text() and "Lee et al. 2015" in view.line.toolTip()
    qtbot.mouseClick(view.chart_button, Qt.MouseButton.LeftButton)
    assert view.chart.isVisible() and len(view.chart.items) == 3
    x, y = view.chart.items[0].getData()
    assert list(x) == [2, 3] and np.isfinite(y).all()
    one = {"parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.5]}]}
    sweeps.show_record(_record(window, one, seeds=(1,)))
    assert view.line.text().startswith("1 seed(s): too few")
    from gui.language import set_language

    set_language(window, "zh_CN")
    qtbot.waitUntil(lambda: view.line.text().startswith("1 个随机种子：太少"), timeout=5000)
    set_language(window, "en")
    qtbot.waitUntil(lambda: view.line.text().startswith("1 seed(s)"), timeout=5000)


def test_two_parameter_sweep_shows_a_heat_map(sweeps, window):
    """A 2-D sweep fills a heat map with one cell per pair of values."""
    rec = _record(
        window,
        {
            "parameters": [
                {"path": "mechanisms.assessment.pressure", "values": [0.0, 1.0]},
                {"path": "mechanisms.dispatch.coverage", "values": [0.2, 0.5, 0.8]},
            ]
        },
    )
    sweeps.show_record(rec)
    effect = sweeps.results.effect
    assert effect.kind == "heat" and effect.matrix.shape == (3, 2)
    assert np.isfinite(effect.matrix).all()


def test_mechanism_sweep_shows_the_interaction_heat_map(sweeps, window):
    """A 2^k sweep shows main effects on the diagonal and interactions off it."""
    rec = _record(window, {"mechanisms": ["dispatch", "data"]})
    sweeps.show_record(rec)
    effect = sweeps.results.effect
    assert effect.kind == "interaction" and effect.matrix.shape == (2, 2)
    m = effect.matrix
    assert m[0, 1] == pytest.approx(m[1, 0])  # an interaction is mutual


def test_results_round_trip_through_save_and_load(sweeps, window, qtbot, tmp_path, monkeypatch):
    """Save results writes CSV and JSON; Load results shows the same record again."""
    rec = _record(
        window, {"parameters": [{"path": "mechanisms.dispatch.coverage", "values": [0.1, 0.9]}]}
    )
    sweeps.show_record(rec)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    qtbot.mouseClick(sweeps.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "results.csv").is_file() and (tmp_path / "results.json").is_file()
    shown = sweeps.results.effect.curves[0].getData()[1].copy()
    sweeps.record = None
    sweeps.results.effect.curves[0].setData([], [])
    qtbot.mouseClick(sweeps.load_button, Qt.MouseButton.LeftButton)
    assert sweeps.record["rows"] == rec["rows"]
    assert len(sweeps.record["csv_rows"]) == len(rec["rows"])
    assert np.allclose(sweeps.results.effect.curves[0].getData()[1], shown)


def test_clicking_a_point_loads_that_configuration(sweeps, window, qtbot):
    """A click on a configuration's point in the plane opens it in the workbench."""
    rec = _record(
        window, {"parameters": [{"path": "mechanisms.assessment.pressure", "values": [0.1, 0.9]}]}
    )
    sweeps.show_record(rec)
    plane = sweeps.results.plane
    qtbot.wait(50)
    stats = rec["configs"][1]["stats"]
    point = QPointF(stats["load"]["mean"], stats["flexibility"]["mean"])
    widget_pos = plane.mapFromScene(plane.plot.getViewBox().mapViewToScene(point))
    qtbot.mouseClick(plane.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert window.doc.value("mechanisms.assessment.pressure") == pytest.approx(0.9)
    assert "sweep" in window.doc.title


def test_sweep_axis_uses_the_parameter_label_in_the_current_language(sweeps, window):
    """The swept parameter is named as the mechanisms panel names it, never by its path."""
    from gui.language import set_language
    from gui.mechanism_specs import setting_name

    path = "mechanisms.entrance_control.direct_share"
    rec = _record(window, {"parameters": [{"path": path, "values": [0.3, 0.6]}]})
    sweeps.show_record(rec)
    axis = sweeps.results.effect.plot.getAxis("bottom").labelText
    assert "direct_share" not in axis and axis == setting_name(path)
    set_language(window, "zh_CN")
    try:
        sweeps.show_record(rec)
        axis = sweeps.results.effect.plot.getAxis("bottom").labelText
        assert "direct_share" not in axis and axis == setting_name(path)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in axis)  # in Chinese
    finally:
        set_language(window, "en")
