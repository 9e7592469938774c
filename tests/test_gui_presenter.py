"""Presenter mode and chart annotations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_presenter_mode_on_and_off(window, qtbot):
    """F11 turns on larger fonts, thicker curves and full screen; again restores them."""
    app = QApplication.instance()
    size = app.font().pointSizeF()
    style = app.styleSheet()
    width = window.timeline.flex.opts["pen"].widthF()
    title = window.timeline.plot.titleLabel.text
    window.presenter.action.trigger()
    try:
        assert window.presenter.on and window.presenter.action.isChecked()
        assert app.font().pointSizeF() > size * 1.1
        assert window.timeline.flex.opts["pen"].widthF() >= 3 * width
        assert app.styleSheet() != style
        assert window.isFullScreen()
        assert window.timeline.plot.titleLabel.text == title
    finally:
        window.presenter.action.trigger()
    assert not window.presenter.on
    assert app.font().pointSizeF() == size
    assert app.styleSheet() == style
    assert window.timeline.flex.opts["pen"].widthF() == width
    assert not window.isFullScreen()


def test_f11_is_the_shortcut(window):
    assert window.presenter.action.shortcut().toString() == "F11"
    assert window.presenter.action in window.actions()


def test_annotation_round_trips_through_save_and_load(window, dialogs, tmp_path, qtbot):
    """A pinned note is an undo step, is drawn, saved with the scenario and loaded back."""
    window.annotations.add(12.0, "ranking published")
    assert window.doc.value("annotations") == [{"day": 12.0, "text": "ranking published"}]
    assert [line.value() for _p, line in window.annotations.items][:1] == [12.0]
    words = [b.words for b in window.timeline.all_badges() if b.tag == "N1"]
    assert words and "ranking published" in words[0]
    path = tmp_path / "noted.govflex.json"
    dialogs.save_path = str(path)
    assert window.files.save_as()
    assert "ranking published" in Path(path).read_text(encoding="utf-8")
    window.doc.undo_stack.undo()
    assert window.doc.value("annotations") == []
    assert not window.annotations.items
    window.doc.undo_stack.setClean()
    assert window.files.open(str(path), ask=False)
    assert window.doc.value("annotations") == [{"day": 12.0, "text": "ranking published"}]
    assert window.annotations.items


def test_double_click_pins_a_note(window, qtbot, monkeypatch):
    """Double-clicking a time chart asks for a note and pins it at that day."""
    monkeypatch.setattr(window.annotations, "ask_text", lambda day: "flood")
    vp = window.timeline.viewport()
    qtbot.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=vp.rect().center())
    notes = window.doc.value("annotations")
    assert len(notes) == 1 and notes[0]["text"] == "flood" and notes[0]["day"] >= 0


def test_screenshots_in_both_languages_and_presenter_mode(window, tmp_path):
    """The documentation pictures render offscreen in English, Chinese and presenter mode."""
    from gui.screenshots import render

    out = render(tmp_path, window, days=4)
    assert set(out) == {"workbench-en", "workbench-zh", "workbench-presenter"}
    for path in out.values():
        assert path.stat().st_size > 20_000
    assert not window.presenter.on


def test_a_cjk_font_is_available():
    """Chinese text has a font (no boxes): the app font covers 灵活性 and 基层负荷."""
    from PySide6.QtGui import QFontMetrics

    from gui.app import app_font, make_app

    make_app([])
    metrics = QFontMetrics(app_font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "灵活性基层负荷条块接诉即办")
