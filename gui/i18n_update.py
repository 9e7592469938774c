"""Refresh the translation files: ``python -m gui.i18n_update``.

Runs ``pyside6-lupdate`` over the GUI sources (new strings appear in
``assets/i18n/govflex_zh_CN.ts`` as unfinished, translations already made are kept), then
``pyside6-lrelease`` to build the ``.qm`` the application loads. Translate the unfinished
entries (Qt Linguist, or any editor) and run it again; ``tests/test_gui_translation.py`` fails
while any string lacks a translation or the ``.qm`` is older than the ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from gui.i18n import QM_FILE, TS_FILE

GUI = Path(__file__).resolve().parent
EXCLUDED: tuple[str, ...] = ()  # sub-packages left out of the translation (none)


def source_files() -> list[Path]:
    """The GUI modules whose strings the Chinese translation covers."""
    return sorted(
        p for p in GUI.rglob("*.py") if not any(part in EXCLUDED for part in p.parts[-2:-1])
    )


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise FileNotFoundError(name)
    return found


def lupdate(ts: Path = TS_FILE, extra: tuple[str, ...] = ("-no-obsolete",)) -> None:
    files = [str(p) for p in source_files()]
    cmd = [tool("pyside6-lupdate"), *extra, *files, "-ts", str(ts)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def lrelease(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    cmd = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


if __name__ == "__main__":
    lupdate()
    lrelease()
    print(f"updated {TS_FILE.name} and {QM_FILE.name}")
