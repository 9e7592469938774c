"""The institutions M1–M7 as the GUI presents them: switches, parameters, plain-language help.

Each :class:`Group` is one mechanism of the model specification (§5). Its tooltip says, in
plain words, what the paper claims and what the model does with it, because a class learns the
argument by switching these on and off and watching the flexibility–load picture move. Each
:class:`Param` names one scenario path (the same paths as ``--set`` on the command line), its
range and unit. Texts are ``QT_TRANSLATE_NOOP`` markers, translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "mechanisms"


@dataclass(frozen=True)
class Param:
    """One adjustable value: ``kind`` is share (0–1 shown in %), number, int, bool or choice."""

    path: str
    label: str
    kind: str
    lo: float = 0.0
    hi: float = 1.0
    step: float = 0.01
    decimals: int = 2
    unit: str = ""
    tip: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    advanced: bool = False
    nullable: bool = False  # the minimum of the spin box stands for null ("automatic")
    null_text: str = ""
    log: bool = False  # the slider moves on a logarithmic scale


@dataclass(frozen=True)
class Group:
    """One mechanism: an on/off switch (a bool path, or a choice path with an 'off' value)."""

    key: str
    title: str
    tip: str
    switch: str | None = None
    switch_label: str = ""
    off_value: object = False  # value of ``switch`` when off; on is True or ``on_param``'s value
    on_param: str | None = None  # choice param whose value the switch sets when turned on
    dim_when_off: bool = True  # parameters only matter while the mechanism is on
    params: tuple[Param, ...] = field(default_factory=tuple)


def _index():
    """The table (in ``gui.mechanism_table``) indexed by parameter and switch path."""
    from gui.mechanism_table import GROUPS  # the table imports the types above

    params = {p.path: p for g in GROUPS for p in g.params}
    group_of: dict[str, Group] = {}
    for g in GROUPS:
        for p in g.params:
            group_of[p.path] = g
        if g.switch:
            group_of[g.switch] = g
    return GROUPS, params, group_of


GROUPS, PARAMS, GROUP_OF = _index()


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def setting_name(path: str) -> str:
    """The words users see for a scenario path: its parameter label, or for a switch the
    mechanism's key and title ("M5 Performance assessment"); the path's last part otherwise."""
    p = PARAMS.get(path)
    group = GROUP_OF.get(path)
    if p is not None:
        return f"{group.key} {tr(p.label)}" if group is not None else tr(p.label)
    if group is not None and group.switch == path:
        return f"{group.key} {tr(group.title)}"
    return path.rsplit(".", 1)[-1]


def format_value(path: str, value) -> str:
    """A value as the panel shows it (percent for shares, the choice's words...)."""
    p = PARAMS.get(path)
    if isinstance(value, bool):
        return (
            tr(QT_TRANSLATE_NOOP("mechanisms", "on"))
            if value
            else tr(QT_TRANSLATE_NOOP("mechanisms", "off"))
        )
    if p is not None and p.kind == "choice" and value in dict(p.choices):
        return tr(dict(p.choices)[value])  # a choice's own words ("No rule: ..."), even "none"
    if value == "none" or value == "silo":
        return tr(QT_TRANSLATE_NOOP("mechanisms", "off"))
    if p is not None and p.kind == "share" and isinstance(value, (int, float)):
        return f"{100 * value:.0f} %"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


def marker_label(path: str, value=None) -> str:
    """Short words for a chart marker: 'M5 Pressure π 0.8', 'Shock: utilities'."""
    if path.startswith("shock:"):
        return tr(QT_TRANSLATE_NOOP("mechanisms", "Shock: {0}")).format(path[6:])
    if path.startswith("assumptions."):
        from gui.assumption_labels import marker_label as assumption_marker

        return assumption_marker(path, value)
    group = GROUP_OF.get(path)
    if group is None:
        return path.rsplit(".", 1)[-1] + ("" if value is None else f" {value}")
    if group.switch == path:
        words = group.key + " " + (format_value(path, value) if value is not None else "")
        if group.on_param == path and value not in (group.off_value, None):
            words = f"{group.key} {format_value(path, value)}"
        return words.strip()
    p = PARAMS[path]
    shown = "" if value is None else " " + format_value(path, value)
    return f"{group.key} {tr(p.label)}{shown}"
