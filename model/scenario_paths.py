"""Change one value of a scenario by its path: the CLI's ``--set`` and live GUI changes.

A path names a place in the scenario file with dots: ``mechanisms.assessment.pressure``.
Lists are entered by index (``departments.3.capacity``, or ``departments[3].capacity`` as in
error messages) or by the ``id`` of an item (``departments.d1-s1.capacity``,
``categories.utilities.share``). Setting a value creates missing object keys, so a teacher
can switch on a lever that the file does not mention yet. These functions do not validate:
normalise the result (``model.scenario.normalize``) before using it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from model.jsonsafe import JsonFileError, JsonSyntaxError, loads
from model.limits import MAX_DEPTH
from model.scenario_check import ScenarioError, describe

_INDEX_RE = re.compile(r"\[([0-9]+)\]")  # ASCII digits only: '²'.isdigit() is True


def _segments(path: str) -> list[str]:
    """'departments[3].capacity' or 'departments.3.capacity' -> ['departments', '3', 'capacity']."""
    parts = _INDEX_RE.sub(r".\1", path.strip()).split(".")
    if any(p == "" for p in parts):
        raise LookupError("not a valid path (use names joined by dots, like run.days)")
    if len(parts) > MAX_DEPTH:
        raise LookupError(f"a path of {len(parts)} parts; at most {MAX_DEPTH} (MAX_DEPTH)")
    return parts


def _step(node: Any, seg: str, create: bool) -> tuple[Any, Any]:
    """Find the child of ``node`` named by ``seg``; return (container, key)."""
    if isinstance(node, dict):
        if seg not in node and not create:
            raise LookupError(f"there is no '{seg}' here")
        return node, seg
    if isinstance(node, list):
        if seg.isascii() and seg.isdigit():
            if int(seg) >= len(node):
                raise LookupError(f"index {seg} is out of range (the list has {len(node)} items)")
            return node, int(seg)
        for i, item in enumerate(node):
            if isinstance(item, dict) and item.get("id") == seg:
                return node, i
        raise LookupError(f"'{seg}' is neither a list index nor the id of an item in the list")
    raise LookupError(f"cannot look up '{seg}' inside {describe(node)}")


def _set_in_place(data: dict, path: str, value: Any) -> None:
    parts = _segments(path)
    node: Any = data
    for seg in parts[:-1]:
        container, key = _step(node, seg, create=True)
        if isinstance(container, dict) and key not in container:
            container[key] = {}
        node = container[key]
    container, key = _step(node, parts[-1], create=True)
    container[key] = value


def set_path(data: dict, path: str, value: Any) -> dict:
    """A copy of ``data`` with the value at ``path`` replaced (missing keys are created).

    Raises ScenarioError when the path cannot be followed (bad index, unknown id).
    """
    out = copy.deepcopy(data)
    try:
        _set_in_place(out, path, value)
    except LookupError as exc:
        raise ScenarioError([f"{path}: {exc.args[0]}"]) from None
    return out


def set_paths(data: dict, pairs) -> dict:
    """A copy of ``data`` with every ``(path, value)`` of ``pairs`` set in order (one copy for
    all of them: a sample point of a sensitivity analysis sets many)."""
    out = copy.deepcopy(data)
    for path, value in pairs:
        try:
            _set_in_place(out, path, value)
        except LookupError as exc:
            raise ScenarioError([f"{path}: {exc.args[0]}"]) from None
    return out


def get_path(data: dict, path: str) -> Any:
    """The value at ``path``; ScenarioError if there is none."""
    try:
        node: Any = data
        for seg in _segments(path):
            container, key = _step(node, seg, create=False)
            node = container[key]
    except LookupError as exc:
        raise ScenarioError([f"{path}: {exc.args[0]}"]) from None
    return node


def apply_overrides(data: dict, assignments: list[str]) -> dict:
    """Apply ``PATH=VALUE`` assignments (the CLI's ``--set``) to a copy of ``data``.

    VALUE is read as JSON (``0.8``, ``true``, ``"x"``, ``[1, 2]``) by the careful reader of
    :mod:`model.jsonsafe` (a 5,000-deep list is refused), otherwise kept as text,
    so ``mechanisms.dispatch.mode=manual`` works without quotes. Every malformed assignment is
    reported at once, each with its text; the caller normalises the result.
    """
    out = copy.deepcopy(data)
    problems = []
    for text in assignments:
        path, eq, raw = str(text).partition("=")
        if not eq or not path.strip():
            problems.append(f"{text}: an override needs the form PATH=VALUE")
            continue
        try:  # depth, number size and repeated keys are checked as in files
            value = loads(raw, what="value")
        except JsonSyntaxError:
            value = raw
        except JsonFileError as exc:
            problems += [f"{text[:60]}: {p}" for p in exc.problems]
            continue
        try:
            _set_in_place(out, path, value)
        except LookupError as exc:
            problems.append(f"{text}: {exc.args[0]}")
    if problems:
        raise ScenarioError(problems, "--set")
    return out
