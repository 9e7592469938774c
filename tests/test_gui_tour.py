"""The guided tour: the steps of the paper, forward and back, keys, and broken tour files."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from gui.tour.tour_file import DEFAULT_TOUR, check_tour, load_tour

STEP_IDS = [
    "bureaucracy",
    "platform",
    "algorithm",
    "shock",
    "blocks",
    "dilemma",
    "whistle",
    "pressure",
    "fatigue",
    "design",
    "audit",
]


def _cumulative(tour: dict, index: int) -> dict:
    wanted: dict = {}
    for step in tour["steps"][: index + 1]:
        wanted.update(step.get("set", {}))
    return wanted


def _settle(window, tour_ctl) -> None:
    """Pass a prediction step (answer it) so the step runs."""
    if tour_ctl.phase == "predict":
        tour_ctl.panel.choices["load"].buttons()[0].setChecked(True)
        tour_ctl.next()


def test_default_tour_has_the_steps_of_the_paper():
    """The bundled tour is valid and follows the paper's argument in order."""
    tour = load_tour()
    assert [s["id"] for s in tour["steps"]] == STEP_IDS
    assert all(s["caption"]["zh"] and s["caption"]["en"] for s in tour["steps"])


def test_whole_tour_forward_and_back(window, qtbot):
    """Every step, forward then back, arrives at its institutions and shows its caption."""
    ctl = window.tour
    ctl.days_override = 1
    assert ctl.start()
    tour = ctl.tour
    for i in range(len(STEP_IDS)):
        if i:
            ctl.next()
        assert ctl.index == i
        _settle(window, ctl)
        assert ctl.phase == "shown"
        assert ctl.panel.isVisible()
        assert ctl.panel.title.text() == tour["steps"][i]["title"]["en"]
        for path, value in _cumulative(tour, i).items():
            assert window.doc.value(path) == value, (i, path)
        if tour["steps"][i].get("predict") and i:
            assert "→" in ctl.panel.result.text()
    for i in reversed(range(len(STEP_IDS) - 1)):
        ctl.back()
        _settle(window, ctl)
        assert ctl.index == i
        for path, value in _cumulative(tour, i).items():
            assert window.doc.value(path) == value, (i, path)
    ctl.back()  # nothing before the first step
    assert ctl.index == 0
    ctl.leave()
    assert not ctl.active and not ctl.panel.isVisible()


def test_keys_move_and_escape_leaves(window, qtbot):
    """→ / PageDown go on, ← / PageUp go back, Esc leaves (a clicker works)."""
    ctl = window.tour
    ctl.days_override = 0
    ctl.start()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert ctl.index == 1 and ctl.phase == "predict"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert ctl.index == 1 and ctl.phase == "shown"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert ctl.index == 2
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert ctl.index == 1
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert ctl.index == 0
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not ctl.active


def test_tour_captions_follow_the_language(window):
    """The caption switches to Chinese with the interface."""
    from gui.language import set_language

    ctl = window.tour
    ctl.days_override = 0
    ctl.start()
    set_language(window, "zh_CN")
    try:
        assert ctl.panel.title.text() == ctl.tour["steps"][0]["title"]["zh"]
        assert ctl.panel.leave.text() == "退出导览（Esc）"
    finally:
        set_language(window, "en")
        ctl.leave()


def test_broken_tour_reports_its_problems(window, dialogs, tmp_path):
    """A tour with several mistakes lists each with its place in the file."""
    data = json.loads(DEFAULT_TOUR.read_text(encoding="utf-8"))
    data["steps"][1]["set"]["mechanisms.data.regime"] = "clouds"
    data["steps"][2]["days"] = -3
    data["steps"][3]["highlight"] = "moon"
    del data["steps"][4]["caption"]["zh"]
    bad = tmp_path / "bad-tour.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert not window.tour.start(bad)
    kind, _title, problems = dialogs.shown[-1]
    assert kind == "problems"
    text = "\n".join(problems)
    for where in (
        "steps[1].set.mechanisms.data.regime",
        "steps[2].days",
        "steps[3].highlight",
        "steps[4].caption.zh",
    ):
        assert where in text
    assert not window.tour.active


def test_not_json_and_wrong_shape_are_reported():
    """Garbage and a non-object are problems, not crashes."""
    assert check_tour([]) == ["(top level): a tour must be a JSON object {...}"]
    assert any(p.startswith("steps") for p in check_tour({"format": "govflex-tour"}))


def test_the_tour_gives_back_the_users_scenario_and_run(window, qtbot):
    """Esc out of the tour: the user's own scenario (title, edits) and run (day, charts)
    are back, and an export would be titled after the user's scenario."""
    from gui.commands import ValueCommand

    window.doc.push(ValueCommand(window.doc, "mechanisms.assessment.pressure", 0.9, "p"))
    for _ in range(3):
        window.runner.step_day()
    title, tick = window.doc.title, window.runner.tick
    n = window.live.buf.n
    markers = list(window.runner.markers)
    tour = window.tour
    tour.days_override = 1
    assert tour.start()
    assert window.doc.value("mechanisms.assessment.pressure") != 0.9 or window.runner.tick != tick
    tour.leave()
    assert window.doc.title == title
    assert window.doc.value("mechanisms.assessment.pressure") == 0.9
    assert window.runner.tick == tick and window.runner.markers == markers
    assert window.live.buf.n == n > 0
    assert len(window.timeline.curves[0].getData()[0]) > 0
    assert window.isWindowModified()
    window.runner.step_day()  # the very run continues
    assert window.runner.tick == tick + 24


def test_only_the_shock_step_crosses_the_presets_shock():
    """Followed forward from day 0, the steps of the bundled tour keep clear of the preset's
    scheduled shock, except the one step about it, which does meet it."""
    from gui.tour.tour_file import step_spans
    from model.presets import load_preset

    tour = load_tour()
    shocks = load_preset(tour["preset"])["demand"]["shocks"]
    assert shocks, "the tour's preset schedules a shock"
    for (a, b), step in zip(step_spans(tour["steps"]), tour["steps"], strict=True):
        crosses = any(a < s["day"] + s["days"] and s["day"] < b for s in shocks)
        assert crosses == bool(step.get("shock")), (step["id"], a, b)


def test_a_step_across_the_shock_is_refused_unless_it_is_about_it():
    """Lengthening a step so that it runs into the flood makes the file invalid; so does
    marking a step as about a shock that it never meets."""
    tour = json.loads(DEFAULT_TOUR.read_text(encoding="utf-8"))
    tour["steps"][1]["days"] = 45  # the platform step now runs days 20-65
    problems = check_tour(tour)
    assert any(p.startswith("steps[1]: runs days") and "shock" in p for p in problems)
    tour = json.loads(DEFAULT_TOUR.read_text(encoding="utf-8"))
    tour["steps"][0]["shock"] = True
    assert any(p.startswith("steps[0].shock:") for p in check_tour(tour))


def test_tour_uses_the_v2_levers_and_none_of_v1():
    """The tour sets the enforcement rule, audit and proactive governance; v1's duty_list
    switch is gone."""
    tour = load_tour()
    paths = {p for s in tour["steps"] for p in s.get("set", {})}
    assert "mechanisms.data_asset_design.enforce_rule" in paths
    assert "mechanisms.data_asset_design.proactive" in paths
    assert "mechanisms.data_asset_design.assessment_redesign" in paths
    assert "mechanisms.data_asset_design.duty_list" not in paths
