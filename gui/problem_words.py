"""Problem messages in the words users see: ``departments[15].capacity: ...`` becomes
``Street 3, capacity: ...`` (the department's name in the current naming, the field as the
inspector calls it). The model reports JSON paths so that a file can be fixed by hand; the
problems dialog shows the name first and keeps the path only where no department matches."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui import labels
from gui.i18n import Languages, names_for, translate

_DEPT_PATH = re.compile(r"\bdepartments(?:\[(\d+)\]|\.(\d+))((?:\.[A-Za-z_]\w*|\[\d+\])*)")

FIELDS = {  # a department's fields in the inspector's words (the same translations)
    "capacity": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Capacity")),
    "parent": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Superior")),
    "territory": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Territory")),
    "kind": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Kind")),
    "level": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Level")),
    "name_en": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Name")),
    "name_zh": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Name (中文)")),
    "authority": ("Inspector", QT_TRANSLATE_NOOP("Inspector", "Authority")),
    "id": ("problems", QT_TRANSLATE_NOOP("problems", "identifier")),
    "categories": ("problems", QT_TRANSLATE_NOOP("problems", "categories")),
}


def _field_words(rest: str) -> str:
    parts = [p for p in re.split(r"[.\[\]]+", rest) if p]
    if not parts:
        return ""
    head = FIELDS.get(parts[0])
    words = translate(*head) if head else parts[0]
    return " ".join([words, *parts[1:]])


def named_problems(problems: list[str], scenario, names: str | None = None) -> list[str]:
    """``problems`` with every department path replaced by that department's name (in the
    interface's language unless ``names`` says "en" or "zh")."""
    if names not in ("en", "zh"):
        names = names_for(Languages.of().current)
    depts = scenario.get("departments") if isinstance(scenario, dict) else None
    if not isinstance(depts, list):
        return list(problems)

    def name_of(m: re.Match) -> str:
        i = int(m.group(1) or m.group(2))
        d = depts[i] if i < len(depts) else None
        if not isinstance(d, dict):
            return m.group(0)
        name = labels.dept_name(d, names) or str(d.get("id") or m.group(0))
        field = _field_words(m.group(3))
        if field:
            return translate("problems", "{0}, {1}").format(name, field)
        return name

    return [_DEPT_PATH.sub(name_of, p) for p in problems]
