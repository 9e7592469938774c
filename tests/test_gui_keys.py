"""Keyboard: one binding per key, under the platform's own key bindings.

Standard actions take their keys from the platform (``QKeySequence.StandardKey``), and on X11
Redo is already Ctrl+Shift+Z: adding it again by hand made the key ambiguous, so Qt ran
neither binding. These tests read every action's real shortcuts in the running application.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest

from gui.commands import ValueCommand


def bindings(window) -> dict[str, list[str]]:
    """Key -> the actions (by text) bound to it in the window."""
    out: dict[str, list[str]] = defaultdict(list)
    seen = set()
    for a in window.findChildren(QAction):
        if id(a) in seen:
            continue
        seen.add(id(a))
        for seq in a.shortcuts():
            if not seq.isEmpty():
                out[seq.toString(QKeySequence.SequenceFormat.PortableText)].append(a.text())
    for sc in window.findChildren(QShortcut):
        if sc.isEnabled() and not sc.key().isEmpty():
            out[sc.key().toString(QKeySequence.SequenceFormat.PortableText)].append("shortcut")
    return out


def test_no_key_is_bound_twice(window):
    """Every key sequence belongs to one action (the platform's standard keys included)."""
    twice = {k: v for k, v in bindings(window).items() if len(v) > 1}
    assert not twice, twice


def test_no_action_lists_a_key_twice(window):
    """No action carries the same sequence twice (Redo's own list included)."""
    for a in window.findChildren(QAction):
        keys = [s.toString() for s in a.shortcuts() if not s.isEmpty()]
        assert len(keys) == len(set(keys)), (a.text(), keys)


X11_REDO = [QKeySequence("Ctrl+Shift+Z")]  # what the xcb platform theme lists for Redo


def seed_edit_undone(window, seed: int) -> None:
    window.doc.push(ValueCommand(window.doc, "seed", seed, "seed"))
    window.doc.undo_stack.undo()
    assert window.doc.value("seed") != seed


def press(window, seq: QKeySequence) -> None:
    window.activateWindow()
    window.view.setFocus()
    combo = seq[0]
    QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())


def test_redo_by_keyboard(window, qtbot):
    """Each of Redo's platform keys redoes an undone edit."""
    redo_keys = window.actions_["redo"].shortcuts()
    assert redo_keys
    for k, seq in enumerate(redo_keys):
        if seq[0].key() == Qt.Key.Key_Redo:  # a keyboard's own Redo key: no modifier to send
            continue
        seed_edit_undone(window, 70 + k)
        press(window, seq)
        assert window.doc.value("seed") == 70 + k, seq.toString()


def test_redo_under_x11_bindings(qtbot, settings, monkeypatch):
    """With X11's bindings (Redo is Ctrl+Shift+Z already), every key is still bound once
    and Ctrl+Shift+Z redoes."""
    from gui import keys
    from gui.app import open_initial
    from gui.main_window import MainWindow

    real = keys.platform_keys
    monkeypatch.setattr(
        keys,
        "platform_keys",
        lambda std: list(X11_REDO) if std == QKeySequence.StandardKey.Redo else real(std),
    )
    settings.set("view/language", "en")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    open_initial(w, [])
    w.show()
    qtbot.waitExposed(w)
    assert [s.toString() for s in w.actions_["redo"].shortcuts()] == ["Ctrl+Shift+Z"]
    twice = {k: v for k, v in bindings(w).items() if len(v) > 1}
    assert not twice, twice
    seed_edit_undone(w, 77)
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    press(w, X11_REDO[0])
    assert w.doc.value("seed") == 77
    w.doc.undo_stack.setClean()


def test_redo_includes_ctrl_shift_z(window):
    """Ctrl+Shift+Z redoes on every platform (the habit of most editors)."""
    keys = [s.toString() for s in window.actions_["redo"].shortcuts()]
    assert QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z).toString() in keys
