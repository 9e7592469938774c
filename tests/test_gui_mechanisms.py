"""Mechanisms switch live: no reset, the charts change, a marker shows when, undo works."""

from __future__ import annotations

import numpy as np
import pytest

from gui.charts.series import EVERY_HOURS, KEYS, SeriesBuffer
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
    days, values = sim.series(every=EVERY_HOURS, since=buf.last_tick)
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
    cut = np.searchsorted(buf.t, BEFORE, side="right")  # the points up to the switch
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
        assert chart._marker_lines and chart._marker_lines[0][1].value() == pytest.approx(1.0)
        assert [b.tag for b in chart._badge_sources["markers"]] == ["1"]
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


# -- the levers of model v2 ------------------------------------------------------------------
# path -> (new value, settings that make it matter); each is edited through its widget
V2_LEVERS = {
    "mechanisms.entrance_control.callback_share": (
        0.2,
        {"mechanisms.assessment.enabled": True, "mechanisms.assessment.pressure": 0.9},
    ),
    "mechanisms.dispatch.levels": ("community", {}),
    # unfounded requests are rare at the default; a city whose units push work away often
    "mechanisms.dispatch.review_strictness": (1.0, {"assumptions.returns.strategic_request": 0.5}),
    "mechanisms.data_asset_design.enforce_rule": (
        "empower_streets",
        {"mechanisms.data_asset_design.enabled": True},
    ),
}
SLOW_LEVERS = {  # effects that need weeks (catalogue learning, monthly governance themes)
    "mechanisms.interface.learning": True,
    "mechanisms.data_asset_design.proactive": False,
}


def _edit(editor, value) -> None:
    """Change a lever the way a user does: a click, a choice or a typed value."""
    if editor.check is not None:
        if editor.check.isChecked() != bool(value):
            editor.check.click()
    elif editor.combo is not None:
        i = editor.combo.findData(value)
        editor.combo.setCurrentIndex(i)
        editor.combo.activated.emit(i)
    else:
        editor.spin.setValue(editor._to_spin(value))


def _editor(window, path):
    from gui.mechanism_specs import GROUP_OF

    return window.mechanisms.groups[GROUP_OF[path].key].editors[path]


@pytest.mark.parametrize("path", list(V2_LEVERS), ids=[p.rsplit(".", 1)[-1] for p in V2_LEVERS])
def test_each_v2_lever_changes_the_running_city_and_the_charts(window, path):
    """Editing a new lever mid-run changes the running scenario (no reset), marks the charts,
    changes what they draw from then on, and Undo puts it back."""
    value, setup = V2_LEVERS[path]
    for p, v in setup.items():
        window.doc.apply_value(p, v)
    ref = reference(window)
    old = window.doc.value(path)
    assert old != value
    for _ in range(BEFORE):
        window.runner.step_day()
    _edit(_editor(window, path), value)
    assert window.doc.value(path) == value
    assert get_path(window.runner.sim.scenario, path) == value
    assert window.runner.tick == 24 * BEFORE
    assert window.runner.markers[-1][0] == 24 * BEFORE
    for _ in range(AFTER):
        window.runner.step_day()
    buf = window.live.buf
    cut = np.searchsorted(buf.t, BEFORE, side="right")  # the points up to the switch
    changed = [k for k in KEYS if not np.allclose(buf[k][cut:], ref[k][cut:], equal_nan=True)]
    assert changed, f"{path}: charts did not change"
    window.doc.undo_stack.undo()
    assert window.doc.value(path) == old
    assert get_path(window.runner.sim.scenario, path) == old


@pytest.mark.parametrize("path", list(SLOW_LEVERS), ids=[p.rsplit(".", 1)[-1] for p in SLOW_LEVERS])
def test_slow_v2_levers_reach_the_running_city_and_undo(window, path):
    """Levers whose effect takes weeks still reach the running simulation at once and undo."""
    window.doc.apply_value("mechanisms.data_asset_design.enabled", True)
    window.runner.step_day()
    old = window.doc.value(path)
    _edit(_editor(window, path), SLOW_LEVERS[path])
    assert get_path(window.runner.sim.scenario, path) == SLOW_LEVERS[path] != old
    window.doc.undo_stack.undo()
    assert get_path(window.runner.sim.scenario, path) == old
    assert _editor(window, path).check.isChecked() == bool(old)


def test_enforce_rule_is_a_choice_and_v1_duty_list_is_gone():
    """M7's enforcement rule offers the model's three values; no control edits v1's switch."""
    from gui.mechanism_specs import PARAMS
    from model.scenario import SCHEMA

    assert not [p for p in PARAMS if p.endswith("duty_list")]
    rule = PARAMS["mechanisms.data_asset_design.enforce_rule"]
    assert rule.kind == "choice"
    allowed = SCHEMA["scenario"]["mechanisms"]["data_asset_design"]["enforce_rule"].choices
    assert {k for k, _w in rule.choices} == set(allowed)


def test_every_v2_lever_explains_the_paper_and_the_model(window):
    """Each new lever's tooltip says what the paper claims and what the model does."""
    for path in [*V2_LEVERS, *SLOW_LEVERS]:
        tip = _editor(window, path).toolTip()
        assert "The paper" in tip and "The model" in tip, path


def test_load_parts_show_persuasion_projects_failure_demand_and_fatigue(window):
    """Under high pressure the components chart draws persuasion and governance-project hours
    in the load stack, and failure demand and fatigue below it, all with data."""
    from gui.charts.components import LOAD_PARTS, STRAIN

    window.doc.apply_value("mechanisms.assessment.enabled", True)
    window.doc.apply_value("mechanisms.assessment.pressure", 0.9)
    for _ in range(6):
        window.runner.step_day()
    chart = window.components
    keys = [k for k, _c in LOAD_PARTS]
    assert "load_persuade" in keys and "load_project" in keys
    assert len(chart.stack) == len(LOAD_PARTS)
    assert {k for k, _c, _d in STRAIN} == {"failure_demand_share", "fatigue"}
    buf = window.live.buf
    for key in ("load_persuade", "failure_demand_share", "fatigue"):
        assert np.nanmax(buf[key]) > 0, key
    for key in ("failure_demand_share", "fatigue"):
        x, y = chart.strain[key].getData()
        assert len(x) == buf.n and np.isfinite(y).any(), key
    persuade = keys.index("load_persuade")
    below, top = chart.stack[persuade - 1].getData()[1], chart.stack[persuade].getData()[1]
    assert np.nanmax(top - below) > 0  # the persuasion band has a thickness


def test_gaming_chart_speaks_of_callback_records(window):
    """The performance chart compares true with callback-recorded rates."""
    assert "recorded" in window.gaming.title() and "回访" in window.gaming.toolTip()
    window.doc.apply_value("mechanisms.assessment.enabled", True)
    window.doc.apply_value("mechanisms.assessment.pressure", 0.9)
    for _ in range(8):
        window.runner.step_day()
    rr, rt = window.gaming.res_rep.getData()[1], window.gaming.res_true.getData()[1]
    assert np.nanmean(rr[-8:]) > np.nanmean(rt[-8:])  # the gaming gap opens
