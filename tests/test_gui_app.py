"""The workbench starts, opens every preset, runs, and survives errors."""

from __future__ import annotations

import sys

import pytest

from model.presets import DEFAULT_PRESET, PRESET_NAMES

A_CITY = [n for n in PRESET_NAMES if n != "megacity"]


def test_opens_with_default_preset_ready_to_run(window):
    """`python main.py` shows the default preset with a simulation ready at day 0."""
    assert window.doc.preset == DEFAULT_PRESET
    assert window.runner.sim is not None and window.runner.tick == 0
    assert len(window.scene.nodes) == len(window.doc.departments())
    assert "GovFlex" in window.windowTitle() and "[*]" in window.windowTitle()


@pytest.mark.parametrize("name", A_CITY)
def test_every_preset_opens_and_runs_a_few_days(window, name):
    """Each A-city preset loads, runs three days and draws chart points."""
    assert window.files.open_preset(name)
    for _ in range(3):
        window.runner.step_day()
    assert window.runner.tick == 72
    assert window.live.buf.n > 0
    assert window.timeline.flex.getData()[0] is not None


def test_megacity_loads_and_steps(window):
    """The Beijing-scale preset loads (1,290 units) and steps a few hours."""
    assert window.files.open_preset("megacity")
    assert len(window.scene.nodes) > 1000
    window.runner.sim.step(3)
    window.live.refresh(force=True)
    assert window.runner.tick == 3


def test_run_bar_runs_and_pauses(window, qtbot):
    """Run advances the simulation without blocking; Pause stops it."""
    window.run_bar.set_speed_index(7)  # as fast as possible
    window.run_bar.run_action.trigger()
    qtbot.waitUntil(lambda: window.runner.tick >= 48, timeout=10000)
    window.run_bar.run_action.trigger()
    assert not window.runner.running
    tick = window.runner.tick
    qtbot.wait(50)
    assert window.runner.tick == tick


def test_step_and_reset(window):
    """Step advances one day; Reset goes back to day 0 with empty charts."""
    window.run_bar.step_action.trigger()
    assert window.runner.tick == 24
    window.run_bar.reset_action.trigger()
    assert window.runner.tick == 0 and window.live.buf.n == 0


def test_seed_change_restarts_and_is_undoable(window):
    """A new seed restarts the run and can be undone."""
    window.runner.step_day()
    window.run_bar.seed.setValue(7)
    assert window.runner.sim.seed == 7 and window.runner.tick == 0
    window.doc.undo_stack.undo()
    assert window.runner.sim.seed == 1


def test_open_file_from_command_line(window, tmp_path):
    """`python main.py FILE` opens that file instead of the preset."""
    from gui.app import open_initial
    from model.presets import preset_path

    target = tmp_path / "mine.govflex.json"
    target.write_bytes(preset_path("tensions").read_bytes())
    open_initial(window, [str(target)])
    assert window.doc.path == target
    assert window.windowTitle().startswith("mine.govflex.json")


def test_slot_exception_shows_details_and_app_survives(window, monkeypatch, dialogs):
    """An exception in a slot goes to a dialog with the traceback; the window lives on."""
    from PySide6.QtCore import QTimer

    from gui import errors

    errors.install_excepthook()
    try:

        def boom():
            raise RuntimeError("deliberate test failure")

        try:
            boom()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert any(k == "messagebox" for k in dialogs.kinds())
    assert window.isVisible()
    QTimer.singleShot(0, window.runner.step_day)


def test_window_geometry_persists(window, settings):
    """Closing saves geometry and dock state; a new window restores them."""
    from gui.main_window import MainWindow

    window.resize(800, 590)  # the offscreen screen is 800 x 600: stay inside it
    window.insp_dock.hide()
    window.close()
    again = MainWindow(settings)
    assert again.size().height() == 590 and not settings.get("window/geometry").isEmpty()
    assert again.insp_dock.isHidden()
    again.doc.undo_stack.setClean()
    again.close()


def test_about_mentions_the_paper(window, dialogs):
    """Help > About says the model operationalises the paper, not its data."""
    from gui.actions import _about

    _about(window)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "about" and "does not reproduce" in text


def test_about_shows_the_version(window, dialogs):
    """Help > About GovFlex names the installed version."""
    from gui.actions import _about
    from gui.version import version

    _about(window)
    assert version() != "unknown" and f"GovFlex {version()}" in dialogs.shown[-1][2]


def test_main_py_opens_the_default_preset(tmp_path):
    """`python main.py` in a fresh process opens the workbench with the default preset."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        GOVFLEX_QUIT_AFTER_MS="300",
        GOVFLEX_CONFIG_DIR=str(tmp_path),
    )
    out = subprocess.run(
        [sys.executable, str(root / "main.py")],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "72 departments, run ready: True" in out.stdout


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_real_slot_is_caught(window, qtbot, dialogs):
    """A slot that raises, called by Qt, ends in the error dialog and the app carries on."""
    from PySide6.QtCore import QTimer

    from gui import errors

    errors.install_excepthook()
    try:

        def broken_slot():
            raise ValueError("slot failure for the test")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: "messagebox" in dialogs.kinds(), timeout=3000)
    finally:
        sys.excepthook = sys.__excepthook__
    window.runner.step_day()
    assert window.runner.tick == 24
