"""The bilingual help texts ("Info"): what each mechanism, chart, output and panel means.

The texts live in ``assets/help/{mechanisms,charts,outputs,panels}.json``: for every key, an
``en`` and a ``zh`` entry with the same four sections — *what it is*, *in the paper*, *in the model
(formula and defaults)*, *what to try*. A teacher can edit them without touching code; the tests
check every key has both languages and all four sections.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.i18n import CHINESE, Languages

HELP_DIR = Path(__file__).resolve().parent.parent / "assets" / "help"
KINDS = ("mechanisms", "charts", "outputs", "panels")
SECTIONS = {
    "what": QT_TRANSLATE_NOOP("help", "What it is"),
    "paper": QT_TRANSLATE_NOOP("help", "In the paper"),
    "model": QT_TRANSLATE_NOOP("help", "In the model (formula and defaults)"),
    "try": QT_TRANSLATE_NOOP("help", "What to try"),
}


@lru_cache(maxsize=1)
def all_help() -> dict[str, dict[str, dict]]:
    """kind -> key -> language -> section -> text."""
    return {k: json.loads((HELP_DIR / f"{k}.json").read_text(encoding="utf-8")) for k in KINDS}


def _lang(language: str | None) -> str:
    return "zh" if (language or Languages.of().current) == CHINESE else "en"


def entry(kind: str, key: str, language: str | None = None) -> dict[str, str] | None:
    """The four sections of one topic in the interface (or the given) language."""
    item = all_help().get(kind, {}).get(key)
    return None if item is None else item.get(_lang(language))


def as_html(kind: str, key: str, title: str, language: str | None = None) -> str:
    """The topic as rich text for the help dock."""
    e = entry(kind, key, language)
    if e is None:
        return f"<h3>{html.escape(title)}</h3>"
    parts = [f"<h3>{html.escape(title)}</h3>"]
    for section, heading in SECTIONS.items():
        head = QCoreApplication.translate("help", heading)
        parts.append(f"<p><b>{html.escape(head)}</b><br>{html.escape(e.get(section, ''))}</p>")
    return "".join(parts)


def tooltip(kind: str, key: str, language: str | None = None) -> str:
    """A short tooltip: what it is, and what to try."""
    e = entry(kind, key, language)
    if e is None:
        return ""
    try_head = QCoreApplication.translate("help", SECTIONS["try"])
    return f"<p>{html.escape(e['what'])}</p><p><i>{html.escape(try_head)}:</i> " + (
        f"{html.escape(e['try'])}</p>"
    )
