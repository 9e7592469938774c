"""Explanations: bilingual help for every mechanism, chart and output, in the help panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui import help_texts, labels
from gui.mechanism_specs import GROUPS

CHARTS = ("timeline", "plane", "components", "gaming")


def test_every_topic_has_both_languages_and_all_four_sections():
    """Every mechanism group, chart and output key: en and zh, four non-empty sections."""
    wanted = {
        "mechanisms": [g.key for g in GROUPS],
        "charts": list(CHARTS),
        "outputs": list(labels.OUTPUTS),
    }
    data = help_texts.all_help()
    bad = []
    for kind, keys in wanted.items():
        for key in keys:
            for lang in ("en", "zh"):
                entry = data[kind].get(key, {}).get(lang, {})
                bad += [f"{kind}/{key}/{lang}/{s}" for s in help_texts.SECTIONS if not entry.get(s)]
    assert not bad, bad


def test_clicking_a_mechanism_shows_its_help(window, qtbot):
    """A click on the M5 group's title shows assessment in the open help panel."""
    window.help_dock.toggleViewAction().trigger()
    title = window.mechanisms.groups["M5"].findChild(QLabel, "mechanismTitle")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert window.help_dock.isVisible()
    assert window.help_dock.current == ("mechanisms", "M5")
    text = window.help_dock.browser.toPlainText()
    assert "In the paper" in text and "What to try" in text


def test_a_click_does_not_force_the_help_open(window, qtbot):
    """With the help panel closed, a click on a control leaves it closed and the charts'
    room as it was; the status bar says how to open it."""
    assert not window.help_dock.isVisible()
    width = window.chart_area.width()
    title = window.mechanisms.groups["M5"].findChild(QLabel, "mechanismTitle")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    assert not window.help_dock.isVisible()
    assert window.help_dock.current == ("mechanisms", "M5")
    assert "F1" in window.statusBar().currentMessage()
    assert window.chart_area.width() == width


def test_help_opens_beside_the_mechanisms_not_over_the_charts(window, qtbot):
    """F1's panel opens in the left column: the chart area keeps its width."""
    width = window.chart_area.width()
    window.help_dock.toggleViewAction().trigger()
    qtbot.waitUntil(window.help_dock.isVisible)
    area = window.dockWidgetArea(window.help_dock)
    assert area == window.dockWidgetArea(window.mech_dock)
    assert window.chart_area.width() == width


def test_clicking_a_chart_shows_its_help(window, qtbot):
    """A click in a chart shows that chart's help."""
    qtbot.mouseClick(window.gaming.viewport(), Qt.MouseButton.LeftButton)
    assert window.help_dock.current == ("charts", "gaming")


def test_help_follows_the_language(window, qtbot):
    """The help panel and its topic list turn Chinese with the interface."""
    from gui.language import set_language

    window.help_dock.select("outputs", "load")
    set_language(window, "zh_CN")
    try:
        text = window.help_dock.browser.toPlainText()
        assert "论文中" in text and "基层负荷" in text
        assert window.help_dock.topic.currentText() == "基层负荷"
    finally:
        set_language(window, "en")
    assert "In the model" in window.help_dock.browser.toPlainText()


def test_about_the_model_is_short_with_a_link_to_model_md(window, dialogs):
    """Help → About the model: a short explanation with the reference and the data caveat,
    and a link that opens the full MODEL.md."""
    from PySide6.QtCore import QUrl

    from gui.about_model import FULL_LINK, AboutModelDialog

    action = next(a for a in window.menus["help"].actions() if "Model" in a.text())
    action.trigger()
    assert ("dialog", "About the model", None) in dialogs.shown
    dialog = AboutModelDialog(window)
    text = dialog.browser.toPlainText()
    assert "does not reproduce the paper's data" in text
    assert "Public Administration and Policy Review" in text
    assert "The GovFlex model" not in text and len(text) < 4000
    dialog.browser.anchorClicked.emit(QUrl(FULL_LINK))
    assert "The GovFlex model" in dialog.browser.toPlainText()


def test_about_the_model_speaks_chinese(window):
    """In Chinese the short explanation is Chinese."""
    from gui.about_model import AboutModelDialog
    from gui.language import set_language

    set_language(window, "zh_CN")
    try:
        text = AboutModelDialog(window).browser.toPlainText()
        assert "灵活性" in text and "随机种子" in text
    finally:
        set_language(window, "en")


V2_LEVERS = (
    "mechanisms.entrance_control.callback_share",
    "mechanisms.interface.learning",
    "mechanisms.dispatch.levels",
    "mechanisms.dispatch.review_strictness",
    "mechanisms.data_asset_design.enforce_rule",
    "mechanisms.data_asset_design.proactive",
)
V2_OUTPUTS = (
    "failure_demand_share",
    "repeat_calls_per_100",
    "gaming_detected_per_100",
    "returns_requested_per_100",
    "returns_rejected_per_100",
    "excluded_per_100",
    "persuaded_per_100",
    "fatigue",
    "shock_absorption",
    "proactive_projects",
    "demand_prevented_share",
    "load_persuade",
    "load_project",
    "satisfaction_gap",
    "callback_share",
)


def test_every_v2_lever_and_output_has_help_in_both_languages():
    """The levers and outputs of model v2: words, and help with all four sections in English
    and Chinese; the outputs are keys the model's summary really has."""
    from model.metrics import window_outputs

    data = help_texts.all_help()
    bad = []
    for kind, keys in (("mechanisms", V2_LEVERS), ("outputs", V2_OUTPUTS)):
        for key in keys:
            for lang in ("en", "zh"):
                entry = data[kind].get(key, {}).get(lang, {})
                bad += [f"{kind}/{key}/{lang}/{s}" for s in help_texts.SECTIONS if not entry.get(s)]
    assert not bad, bad
    assert all(k in labels.OUTPUTS for k in V2_OUTPUTS)
    model_keys = set(window_outputs([], [0.25] * 4)) | {"shock_absorption"}  # + whole run
    assert not [k for k in V2_OUTPUTS if k not in model_keys], "not an output of the model"


def test_clicking_a_v2_lever_shows_its_own_help(window, qtbot):
    """A click on the callback lever's label shows the callback's help, not M1's."""
    window.help_dock.toggleViewAction().trigger()
    path = "mechanisms.entrance_control.callback_share"
    group = window.mechanisms.groups["M1"]
    label = next(w for w in group.findChildren(QLabel) if w.property("leverPath") == path)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.help_dock.current == ("mechanisms", path)
    assert "回访" in window.help_dock.browser.toPlainText()
    assert window.help_dock.topic.findData(f"mechanisms:{path}") >= 0
