"""Mechanisms switch live: no reset, the charts change, a marker shows when, undo works."""

from __future__ import annotations

import numpy as np
import pytest

from gui.charts.series import KEYS, SeriesBuffer
from gui.mechanism_specs import GROUPS
from model.engine import Simulation
from model.scenario import get_path

SWITCHED = [g for g in GROUPS if g.switch]
BEFORE, AFTER = 3, 4  # days before and after the toggle


def reference(window) -> SeriesBuffer:
    """The same scenario and seed run without touching anything."""
    sim = Simulation(window.doc.normalized)
    sim.run_days(BEFORE + AFTER)
    buf = SeriesBuffer()
    days, values = sim.series(since=buf.last_tick)
    buf.extend(days, values, sim.tick - 1)
    return buf


@pytest.mark.parametrize("group", SWITCHED, ids=[g.key for g in SWITCHED])
def test_toggle_each_mechanism_live_changes_charts(window, group):
    """Flipping a mechanism's switch mid-run changes what the charts draw from then on."""
    ref = reference(window)
    for _ in range(BEFORE):
        window.runner.step_day()
    widget = window.mechanisms.groups[group.key]
    was = widget.switch.isChecked()
    old = get_path(window.runner.sim.scenario, group.switch)
    widget.switch.click()
    assert widget.switch.isChecked() != was
    assert window.runner.tick == 24 * BEFORE  # live: no reset
    assert get_path(window.runner.sim.scenario, group.switch) != old
    assert window.runner.markers and window.runner.markers[-1][0] == 24 * BEFORE
    for _ in range(AFTER):
        window.runner.step_day()
    buf = window.live.buf
    assert buf.n == ref.n
    cut = np.searchsorted(buf.t, BEFORE + 0.25)
    for k in KEYS:  # identical before the switch (same seed)
        assert np.allclose(buf[k][:cut], ref[k][:cut])
    changed = any(not np.allclose(buf[k][cut:], ref[k][cut:]) for k in KEYS)
    assert changed, f"{group.key}: charts did not change after the toggle"


def test_toggle_leaves_marker_line_on_time_charts(window):
    """A toggle draws a dashed vertical line at that day on every time chart."""
    window.runner.step_day()
    window.mechanisms.groups["M5"].switch.click()
    window.live.refresh(force=True)
    for chart in (window.timeline, window.components, window.gaming):
        assert chart._markers and chart._markers[0][0].value() == pytest.approx(1.0)
    assert window.plane._plane_markers


def test_undo_of_toggle_applies_live(window):
    """Undoing a switch puts the running simulation back, again without reset."""
    window.runner.step_day()
    window.mechanisms.groups["M5"].switch.click()
    assert window.runner.sim.scenario["mechanisms"]["assessment"]["enabled"] is False
    window.runner.step_day()
    window.doc.undo_stack.undo()
    assert window.runner.sim.scenario["mechanisms"]["assessment"]["enabled"] is True
    assert window.runner.tick == 48
    assert len(window.runner.markers) == 2
    assert window.mechanisms.groups["M5"].switch.isChecked()


def test_spin_box_steps_merge_into_one_undo_step(window):
    """Clicking a parameter's spin box up three times is one undo step."""
    editor = window.mechanisms.groups["M5"].editors["mechanisms.assessment.pressure"]
    for _ in range(3):
        editor.spin.stepUp()
    assert window.doc.value("mechanisms.assessment.pressure") == pytest.approx(0.65)
    assert window.runner.sim.scenario["mechanisms"]["assessment"]["pressure"] == pytest.approx(0.65)
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.value("mechanisms.assessment.pressure") == pytest.approx(0.5)


def test_slider_release_sets_value(window):
    """Moving a slider (released) sets the value shown in its spin box."""
    editor = window.mechanisms.groups["M2"].editors["mechanisms.interface.granularity"]
    editor.slider.setValue(250)
    assert window.doc.value("mechanisms.interface.granularity") == pytest.approx(0.25)
    assert editor.spin.value() == pytest.approx(0.25)


def test_choice_switch_remembers_mode(window):
    """Dispatch off sets mode 'none'; on again restores the chosen mode."""
    m3 = window.mechanisms.groups["M3"]
    m3.switch.click()
    assert window.doc.value("mechanisms.dispatch.mode") == "none"
    m3.switch.click()
    assert window.doc.value("mechanisms.dispatch.mode") == "algorithmic"


def test_panel_follows_undo(window):
    """Undo updates the widgets (the model drives the view)."""
    m4 = window.mechanisms.groups["M4"]
    m4.switch.click()
    assert not m4.switch.isChecked()
    window.doc.undo_stack.undo()
    assert m4.switch.isChecked()


def test_inject_shock_marks_charts(window):
    """Inject shock starts a shock now and marks it on the charts."""
    window.runner.step_day()
    shock = window.mechanisms.shock
    shock.category.setCurrentIndex(shock.category.findData("health"))
    shock.button.click()
    assert window.runner.sim.shocks[-1]["category"] == "health"
    assert window.runner.markers[-1][2] == "shock"


def test_every_group_has_a_plain_language_tooltip(window):
    """Each mechanism explains what the paper says and what the model does."""
    for key, widget in window.mechanisms.groups.items():
        if key.startswith("M"):
            assert "The paper" in widget.toolTip() and "The model" in widget.toolTip()
