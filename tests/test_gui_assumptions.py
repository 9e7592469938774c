"""The assumptions panel: every named assumption, edited live and undoably, saved, bilingual."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from gui import assumption_labels as words
from gui import help_texts
from model.assumptions import REGISTRY, flat

PATH = "assumptions.repeat.unresolved"


def _row(window, path=PATH):
    return window.assumptions.rows[path]


def _type(qtbot, row, text: str) -> None:
    """Type ``text`` into a row's field and press Enter, as a user would."""
    spin = row.spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_every_registry_assumption_has_a_row_in_its_group(window):
    panel = window.assumptions
    assert set(panel.rows) == {f"assumptions.{p}" for p, _a in flat()}
    assert list(panel.groups) == list(REGISTRY)
    for g, items in REGISTRY.items():
        assert set(panel.groups[g].rows) == {f"assumptions.{g}.{n}" for n in items}
    row = _row(window)
    assert row.title.text() == "An unresolved citizen calls again"
    assert "0.40" in row.detail.text() and "0.25–0.55" in row.detail.text()
    assert "Seddon" in row.toolTip()  # the source, in the long text


def test_the_table_of_words_covers_the_registry_exactly():
    """A new assumption cannot reach the panel without words to translate."""
    assert {p: a.text for p, a in flat()} == words.LABELS
    assert set(words.GROUPS) == set(REGISTRY)
    assert {a.unit for _p, a in flat()} <= set(words.UNITS)
    assert {a.source for _p, a in flat() if a.source} <= set(words.SOURCES)


def test_typed_value_changes_the_running_city_live_and_undo_restores(window, qtbot):
    window.runner.step_day()
    sim = window.runner.sim
    assert sim.a.repeat.unresolved == pytest.approx(0.4)
    _type(qtbot, _row(window), "0.3")
    assert window.runner.sim is sim  # no reset: the same simulation goes on
    assert sim.tick == 24
    assert sim.a.repeat.unresolved == pytest.approx(0.3)
    assert window.doc.undo_stack.undoText() == "Set An unresolved citizen calls again to 0.30"
    assert any("unresolved citizen" in text for _t, text, _k in window.runner.markers)
    window.doc.undo_stack.undo()
    assert window.runner.sim is sim
    assert sim.a.repeat.unresolved == pytest.approx(0.4)
    assert _row(window).spin.value() == pytest.approx(0.4)


def test_spin_steps_merge_into_one_undo_step(window):
    stack = window.doc.undo_stack
    before = stack.count()
    spin = _row(window, "assumptions.demand.work_median").spin
    for _ in range(3):
        spin.stepUp()
    assert stack.count() == before + 1
    assert window.runner.sim.a.demand.work_median == pytest.approx(2.0 + 3 * spin.singleStep())
    stack.undo()
    assert window.runner.sim.a.demand.work_median == pytest.approx(2.0)


def test_out_of_range_input_is_refused_with_a_reason(window, qtbot):
    row = _row(window)
    with qtbot.waitSignal(window.assumptions.message, timeout=2000) as blocker:
        _type(qtbot, row, "1.5")
    reason = blocker.args[0]
    assert "between 0 and 1" in reason and "1.5" in reason
    assert "unresolved citizen" in reason.lower()  # the field is named
    assert row.spin.value() == pytest.approx(0.4)
    assert window.runner.sim.a.repeat.unresolved == pytest.approx(0.4)
    assert window.doc.value(PATH) == pytest.approx(0.4)


def test_changed_marks_appear_and_reset_clears_them(window):
    panel = window.assumptions
    row, group = _row(window), panel.groups["repeat"]
    assert not row.mark.text() and not row.title.font().bold()
    assert not panel.reset_all.isEnabled()
    panel.set_value(PATH, 0.3)
    panel.set_value("assumptions.demand.work_median", 3.0)
    assert row.mark.text() and row.title.font().bold()
    assert group.title.font().bold() and "1 changed" in group.title.text()
    assert panel.reset_all.isEnabled() and "2 of 116" in panel.summary.text()
    row.reset.click()
    assert not row.mark.text() and not group.title.font().bold()
    assert window.runner.sim.a.repeat.unresolved == pytest.approx(0.4)
    panel.set_value(PATH, 0.5)
    count = window.doc.undo_stack.count()
    panel.reset_all.click()
    assert window.doc.undo_stack.count() == count + 1  # Reset all is one undo step
    assert not any(r.changed for r in panel.rows.values())
    assert window.runner.sim.a.demand.work_median == pytest.approx(2.0)
    window.doc.undo_stack.undo()
    assert window.runner.sim.a.repeat.unresolved == pytest.approx(0.5)
    assert window.runner.sim.a.demand.work_median == pytest.approx(3.0)


def test_save_and_reopen_keep_the_changed_value(window, tmp_path):
    window.assumptions.set_value(PATH, 0.3)
    path = tmp_path / "changed.govflex.json"
    assert window.files.save_as(str(path))
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["assumptions"]["repeat"]["unresolved"] == pytest.approx(0.3)
    window.files.new()
    assert window.doc.value(PATH) == pytest.approx(0.4)
    assert window.files.open(str(path))
    assert window.doc.value(PATH) == pytest.approx(0.3)
    assert _row(window).changed and _row(window).spin.value() == pytest.approx(0.3)
    assert window.runner.sim.a.repeat.unresolved == pytest.approx(0.3)


def test_the_filter_finds_a_row_by_words_or_path(window):
    panel = window.assumptions

    def shown(text: str) -> list[str]:
        panel.filter.setText(text)  # as typed: the filter follows every keystroke
        return [p for p, r in panel.rows.items() if r.isVisibleTo(panel)]

    assert shown("calls again unresolved") == [PATH]
    assert panel.groups["repeat"].body.isVisibleTo(panel)
    assert not panel.groups["demand"].isVisibleTo(panel)
    assert shown("whistle.latency") == ["assumptions.whistle.latency"]
    assert shown("no such words anywhere") == []
    assert "No assumption matches" in panel.summary.text()
    panel.filter.clear()
    assert all(g.isVisibleTo(panel) for g in panel.groups.values())
    assert not panel.groups["repeat"].body.isVisibleTo(panel)  # collapsed again, as it was


def test_chinese_labels_exist_for_every_row(window):
    from gui.language import set_language

    set_language(window, "zh_CN")
    try:
        panel = window.assumptions
        untranslated = [
            p
            for p, row in panel.rows.items()
            if row.title.text().lower() == row.spec.text.lower() or not row.title.text()
        ]
        assert not untranslated, untranslated
        groups = [g for g, w in panel.groups.items() if words.group_title(g) == g]
        assert not groups
        for g in REGISTRY:
            assert (
                QCoreApplication.translate("assumptions", words.GROUPS[g][0])
                != (words.GROUPS[g][0])
            ), g
        assert _row(window).title.text() == "诉求未解决的市民再次来电"
        assert panel.reset_all.text() == "全部重置"
        assert window.assumptions_dock.windowTitle() == "模型假设"
    finally:
        set_language(window, "en")
    assert _row(window).title.text() == "An unresolved citizen calls again"


def test_the_panel_has_help_in_both_languages_and_a_click_shows_it(window, qtbot):
    for lang in ("en", "zh"):
        entry = help_texts.all_help()["panels"]["assumptions"][lang]
        assert all(entry.get(s) for s in help_texts.SECTIONS), lang
    window.assumptions_dock.raise_()
    qtbot.mouseClick(window.assumptions.intro, Qt.MouseButton.LeftButton)
    assert window.help_dock.current == ("panels", "assumptions")


def test_a_click_on_a_group_title_opens_and_closes_it(window, qtbot):
    window.assumptions_dock.raise_()
    group = window.assumptions.groups["repeat"]
    assert not group.body.isVisibleTo(group)
    qtbot.mouseClick(group.title, Qt.MouseButton.LeftButton)
    assert group.body.isVisibleTo(group) and group.header.isChecked()
    qtbot.mouseClick(group.title, Qt.MouseButton.LeftButton)
    assert not group.body.isVisibleTo(group)
