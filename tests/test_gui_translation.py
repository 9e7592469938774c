"""Chinese and English: complete translations, built in step, switched at runtime."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from gui.i18n import QM_FILE, TS_FILE


def _messages(path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> finished translation (None when unfinished)."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            done = tr is not None and tr.get("type") is None and bool(tr.text)
            out[(name, m.findtext("source"))] = tr.text if done else None
    return out


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    from gui.i18n_update import lupdate

    ts = tmp_path_factory.mktemp("ts") / "fresh.ts"
    try:
        lupdate(ts)
    except FileNotFoundError:
        pytest.skip("pyside6-lupdate not installed")
    return ts


def test_every_source_string_has_a_chinese_translation(fresh_ts):
    """Every string lupdate finds in the GUI is in the committed .ts, translated."""
    committed = _messages(TS_FILE)
    missing = [f"{c}: {s!r}" for c, s in _messages(fresh_ts) if not committed.get((c, s))]
    assert not missing, "untranslated (run python -m gui.i18n_update):\n" + "\n".join(missing)


def test_no_stale_translations(fresh_ts):
    """The .ts holds no string the sources no longer use."""
    stale = set(_messages(TS_FILE)) - set(_messages(fresh_ts))
    assert not stale, sorted(stale)


def test_qm_is_built_from_the_current_ts(tmp_path):
    """lrelease of the committed .ts gives exactly the committed .qm."""
    from gui.i18n_update import lrelease

    qm = tmp_path / "check.qm"
    try:
        lrelease(TS_FILE, qm)
    except FileNotFoundError:
        pytest.skip("pyside6-lrelease not installed")
    assert qm.read_bytes() == QM_FILE.read_bytes(), "stale .qm: run python -m gui.i18n_update"


def test_translations_keep_placeholders_and_are_one_to_one():
    """{0}-style fields survive translation; no two English texts share one Chinese text
    (the runtime switch maps Chinese back to English)."""
    field = re.compile(r"\{\d+(?::[^{}]*)?\}")
    back: dict[str, str] = {}
    for (_ctx, src), zh in _messages(TS_FILE).items():
        assert sorted(field.findall(src)) == sorted(field.findall(zh or "")), src
        assert back.setdefault(zh, src) == src, (zh, src, back[zh])


def _menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def _mechanism_titles(w) -> list[str]:
    return [lbl.text() for lbl in w.mechanisms.findChildren(QLabel, "mechanismTitle")]


def test_language_switches_at_runtime_and_back(window, qtbot):
    """Menus, chart titles, legends and the mechanism panel turn Chinese, then English again."""
    from gui.language import set_language

    english_menus = _menu_titles(window)
    assert "&File" in english_menus
    window.doc.apply_value("mechanisms.assessment.enabled", True)  # a marker "M5 on"
    set_language(window, "zh_CN")
    qtbot.wait(10)
    assert window.runner.markers[-1][1] == "M5 开"
    assert "文件(&F)" in _menu_titles(window)
    assert window.timeline.plot.titleLabel.text == "灵活性与基层负荷"
    assert window.plane.plot.getAxis("left").labelText == "灵活性指数"
    assert any(t.startswith("M1  入口控制") for t in _mechanism_titles(window))
    legend_texts = [label.text for _s, label in window.timeline.legend.items]
    assert "基层负荷" in legend_texts
    assert window.mech_dock.windowTitle() == "机制"
    assert window.settings.get("view/language") == "zh_CN"
    assert window.scene.names == "zh"
    set_language(window, "en")
    qtbot.wait(10)
    assert _menu_titles(window) == english_menus
    assert window.timeline.plot.titleLabel.text == "Flexibility and grassroots load"
    assert any(t.startswith("M1  Entrance control") for t in _mechanism_titles(window))
    assert window.mech_dock.windowTitle() == "Mechanisms"
    assert window.scene.names == "en"
    assert window.runner.markers[-1][1] == "M5 on"


def test_qt_standard_dialogs_are_translated(window):
    """qtbase_zh_CN is installed with the Chinese interface (Qt's own buttons)."""
    from gui.language import set_language

    set_language(window, "zh_CN")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        set_language(window, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_first_start_follows_the_system_locale(qtbot, settings, monkeypatch):
    """With no saved choice the system locale decides; a saved choice wins afterwards."""
    from gui import language
    from gui.i18n import Languages

    monkeypatch.setattr(language, "system_language", lambda: "zh_CN")
    assert language.install_saved_language(settings) == "zh_CN"
    settings.set("view/language", "en")
    assert language.install_saved_language(settings) == "en"
    assert Languages.of().current == "en"
