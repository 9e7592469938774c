"""Offscreen screenshots of the workbench for the documentation: ``python -m gui.screenshots``.

Opens the default preset, runs it for a few simulated weeks with assessment pressure switched
on half-way (so the charts show a story), and saves the main window in English, in Chinese and
in presenter mode into ``docs/screenshots/``. The tests call :func:`render` with a temporary
folder, so the pictures can always be made again.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1600, 1000)


def run_days(window, days: int) -> None:
    """Advance the simulation ``days`` days at once and redraw the charts."""
    for _ in range(days):
        window.runner.step_day()
    window.live.refresh(force=True)


def render(folder: Path, window=None, days: int = 40) -> dict[str, Path]:
    """Save workbench-en.png, workbench-zh.png and workbench-presenter.png into ``folder``."""
    from PySide6.QtWidgets import QApplication

    from gui.language import set_language

    folder.mkdir(parents=True, exist_ok=True)
    own = window is None
    if own:
        window = _window()
    run_days(window, days // 2)
    window.doc.apply_value("mechanisms.assessment.enabled", True)
    run_days(window, days - days // 2)
    out = {}
    for lang, name in (("en", "workbench-en"), ("zh_CN", "workbench-zh")):
        set_language(window, lang)
        QApplication.processEvents()
        out[name] = folder / f"{name}.png"
        window.grab().save(str(out[name]))
    set_language(window, "en")
    presenter = getattr(window, "presenter", None)
    if presenter is not None:  # on a 1920 x 1080 projector, as in a classroom
        size = window.size()
        window.resize(1920, 1080)
        presenter.set_on(True, full_screen=False)
        QApplication.processEvents()
        out["workbench-presenter"] = folder / "workbench-presenter.png"
        window.grab().save(str(out["workbench-presenter"]))
        presenter.set_on(False)
        window.resize(size)
    if own:
        window.doc.undo_stack.setClean()
        window.close()
    return out


def _window():
    from gui.app import make_app, open_initial

    make_app([])
    from gui.main_window import MainWindow

    w = MainWindow()
    open_initial(w, [])
    w.resize(*SIZE)
    w.show()
    return w


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GOVFLEX_CONFIG_DIR", tempfile.mkdtemp(prefix="govflex-shots-"))
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS).values():
        print(path)
