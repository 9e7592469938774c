"""Persistent user preferences (QSettings) with typed defaults.

One small class, in the spirit of MNELAB's settings module: every key has a default and a type,
so the rest of the GUI never handles ``None`` or strings where it expects numbers. Set the
environment variable ``GOVFLEX_CONFIG_DIR`` to keep the settings in an INI file in that folder
(the tests do this so they never touch a user's real preferences).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "GovFlex"
APPLICATION = "GovFlex"
MAX_RECENT = 8

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitters": [],
    "files/recent": [],
    "files/last_dir": "",
    "run/speed_index": 3,  # see gui.panels.run_bar.SPEEDS
    "view/names": "en",  # en | zh | both: which names the canvas shows
    "view/language": "",  # "" follows the system locale; else "en" or "zh_CN"
    "view/thick_lines": False,  # projector mode: 2-px curves
    "view/flows": ["dispatch", "forward", "return", "escalation", "whistle"],
    "export/width": 1800,
    "export/height": 1200,
    "export/dpi": 300,
    "export/dir": "",
}


def _qsettings() -> QSettings:
    folder = os.environ.get("GOVFLEX_CONFIG_DIR")
    if folder:
        path = os.path.join(folder, "govflex.ini")
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


class Settings:
    """Typed access to the user's preferences; unknown keys are a programming error."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else _qsettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.store.value(key, default)
        return _coerce(value, default)

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()

    # -- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return [p for p in self.get("files/recent") if p]

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        files = [p for p in self.recent_files() if os.path.abspath(p) != path]
        self.set("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.set("files/recent", [p for p in self.recent_files() if p != path])


def _coerce(value: Any, default: Any) -> Any:
    """QSettings (INI files especially) return strings; give back the default's type."""
    if value is None:
        return default
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if isinstance(value, str):
            return [value] if value else []
        return list(value) if isinstance(value, (list, tuple)) else default
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else default
    return value if isinstance(value, type(default)) else default
