"""The checker behind :func:`model.scenario.normalize`.

A scenario is written by hand or by the GUI, so it can be wrong in many ways at once. The
checker walks the whole file against the declarative table in ``model/scenario.py``, fills
every default, and *collects* problems instead of stopping at the first. Each problem names
its place as a JSON path (``departments[4].parent``) followed by a plain-English sentence.

The rules of the organisation itself (the 条块 structure) are in ``model/scenario_rules.py``.
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from model.jsonsafe import cap_problems, join_path, shown
from model.limits import (
    MAX_ANNOTATIONS,
    MAX_CATEGORIES,
    MAX_DEPARTMENTS,
    MAX_HINTS,
    MAX_NUMBER,
    MAX_SHOCKS,
)

KINDS = ("hub", "tiao", "kuai")
LEVELS = ("city", "district", "street", "community")
ROOT = "(top level)"
SHARE_TOLERANCE = 1e-3
_HUGE = MAX_NUMBER  # larger numbers are certainly typing mistakes
_HINT_MAX_LENGTH = 100  # longer words get no suggestion (comparing them costs length squared)


class ScenarioError(ValueError):
    """Every problem found, each 'json.path: what is wrong'.

    Control characters in the problems and the source are shown escaped, and a long list is
    cut after the first few hundred with a count of the rest.
    """

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = cap_problems([shown(p) for p in problems])
        self.source = shown(source)
        prefix = f"{self.source}: " if self.source else ""
        super().__init__("\n".join(prefix + p for p in self.problems))

    def __reduce__(self):  # the list survives pickling (worker processes), not its text
        return (type(self), (self.problems, self.source))


class _Marker:
    """A named placeholder in the schema table (missing value, derived default...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ABSENT = _Marker("ABSENT")  # the key is not in the file
REQUIRED = _Marker("REQUIRED")  # no default: the file must give it
OMIT = _Marker("OMIT")  # optional override: stays absent when not given
FROM_ID = _Marker("FROM_ID")  # defaults to the item's id
FROM_NAME = _Marker("FROM_NAME")  # defaults to the item's name
BY_KIND_LEVEL = _Marker("BY_KIND_LEVEL")  # capacity: from DEFAULT_CAPACITY
BY_LEVEL = _Marker("BY_LEVEL")  # population: streets only


@dataclass(frozen=True)
class Field:
    """One leaf of the schema: its default and the values it accepts.

    ``kind`` is one of num, int, bool, str, choice, const, id, ref (a department id or
    null), catref (a category id), catlist (list of category ids), catmap ({category: 0..1}).
    """

    default: Any
    kind: str
    lo: float | None = None
    hi: float | None = None
    lo_open: bool = False
    hi_open: bool = False
    choices: tuple[str, ...] = ()
    nullable: bool = False
    limit: str = ""  # the name of the bound in model/limits.py, shown with a refusal


@dataclass(frozen=True)
class Special:
    """A part of the file with its own handler (lists of items, the layout)."""

    handler: str


join = join_path  # extend a JSON path by a key or a list index


def describe(value: object) -> str:
    """Say in words what a JSON value is, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {json.dumps(text, ensure_ascii=False)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (int, float)):
        return repr(value)
    return type(value).__name__


def hint(word: object, known: list[str] | tuple[str, ...]) -> str:
    """A "did you mean" suffix when a known name is close to ``word``."""
    if len(str(word)) > _HINT_MAX_LENGTH:
        return ""
    close = difflib.get_close_matches(str(word), list(known), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def valid_id(value: object) -> bool:
    """An id usable in --set paths: non-empty text without '.' or '='."""
    return isinstance(value, str) and value != "" and not set(value) & {".", "="}


class Checker:
    """Walks a scenario against the schema table, filling defaults and collecting problems."""

    def __init__(
        self,
        schema: dict[str, Any],
        default_categories: list[dict],
        structure_check: Callable[[Checker, list, str], None],
    ) -> None:
        self.schema = schema
        self.default_categories = default_categories
        self.structure_check = structure_check
        self.problems: list[str] = []
        self.category_ids: set[str] | None = None  # None: unknown, skip reference checks
        self.department_ids: set[str] | None = None
        self.hub_count = 0
        self.hints_left = MAX_HINTS

    def add(self, path: str, message: str) -> None:
        self.problems.append(f"{path or ROOT}: {message}")

    def suggest(self, word: object, known: Iterable[str]) -> str:
        """:func:`hint` for the first MAX_HINTS problems of a check, then nothing.

        Each suggestion compares the word with every known name, so a file with twenty
        thousand bad references would otherwise take minutes to check.
        """
        if self.hints_left <= 0:
            return ""
        self.hints_left -= 1
        return hint(word, sorted(known))

    # -- objects -------------------------------------------------------------------------
    def obj(self, value: Any, schema: dict[str, Any], path: str) -> dict | None:
        """Check an object against its schema; returns it with every default filled."""
        if value is ABSENT:
            value = {}
        elif not isinstance(value, dict):
            self.add(path, f"must be an object {{...}}, found {describe(value)}")
            return None
        self.unknown_keys(value, tuple(schema), path)
        out: dict[str, Any] = {}
        for key, spec in schema.items():
            item = value.get(key, ABSENT)
            here = join(path, key)
            if isinstance(spec, dict):
                out[key] = self.obj(item, spec, here)
            elif isinstance(spec, Special):
                out[key] = getattr(self, spec.handler)(item, here)
            else:
                result = self.leaf(item, spec, here)
                if result is not OMIT:
                    out[key] = result
        return out

    def unknown_keys(self, value: dict, known: tuple[str, ...], path: str) -> None:
        for key in value:
            if key not in known:
                extra = self.suggest(key, known) or f" (expected here: {', '.join(known)})"
                self.add(join(path, key), "unknown key" + extra)

    def items(
        self, value: Any, schema: dict[str, Any], path: str, limit: tuple[int, str] | None = None
    ) -> list | None:
        """Check a list of objects (categories, departments, shocks, annotations).

        ``limit`` is (most items, name of the limit): a longer list is refused as a whole,
        before its items are checked, so the cost of a check stays bounded.
        """
        if not isinstance(value, list):
            self.add(path, f"must be a list [...], found {describe(value)}")
            return None
        if limit is not None and len(value) > limit[0]:
            msg = f"has {len(value)} items; at most {limit[0]} are allowed ({limit[1]})"
            self.add(path, msg)
            return None
        return [self.obj(item, schema, join(path, i)) for i, item in enumerate(value)]

    # -- leaves --------------------------------------------------------------------------
    def leaf(self, value: Any, f: Field, path: str) -> Any:
        """Check one value; on a problem, report it and return the default."""
        if value is ABSENT:
            if f.default is REQUIRED:
                extra = f" (one of {_quoted(f.choices)})" if f.choices else ""
                self.add(path, f"required but missing{extra}")
            return f.default
        if value is None and (f.nullable or f.default is None):
            return None
        check = getattr(self, f"_{f.kind}")
        return check(value, f, path)

    def _num(self, value: Any, f: Field, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.add(path, f"must be a number, found {describe(value)}")
            return f.default
        if isinstance(value, float) and not math.isfinite(value):
            self.add(path, f"must be a finite number, found {value}")
            return f.default
        if abs(value) > _HUGE:
            size = f"{value:.3g}" if isinstance(value, float) else "a number"
            self.add(path, f"{size} is implausibly large (more than 10^15)")
            return f.default
        if f.kind == "int":
            if isinstance(value, float) and not value.is_integer():
                self.add(path, f"must be a whole number, found {value}")
                return f.default
            value = int(value)
        too_low = f.lo is not None and (value <= f.lo if f.lo_open else value < f.lo)
        too_high = f.hi is not None and (value >= f.hi if f.hi_open else value > f.hi)
        if too_low or too_high:
            named = f" ({f.limit})" if f.limit and too_high else ""
            self.add(path, f"must be {_range(f)}, found {value}{named}")
            return f.default
        return value

    _int = _num

    def _bool(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, bool):
            self.add(path, f"must be true or false, found {describe(value)}")
            return f.default
        return value

    def _str(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, str):
            self.add(path, f"must be text, found {describe(value)}")
            return f.default if isinstance(f.default, str) else ""
        return value

    def _choice(self, value: Any, f: Field, path: str) -> Any:
        if value not in f.choices or not isinstance(value, str):
            found = describe(value) + self.suggest(value, f.choices)
            self.add(path, f"must be one of {_quoted(f.choices)}, found {found}")
            return f.default
        return value

    def _const(self, value: Any, f: Field, path: str) -> Any:
        if value != f.default or not isinstance(value, str):
            found = describe(value)
            self.add(path, f"not a GovFlex scenario (expected '{f.default}', found {found})")
        return f.default

    def _id(self, value: Any, f: Field, path: str) -> Any:
        if not valid_id(value):
            self.add(path, f"must be a non-empty text without '.' or '=', found {describe(value)}")
        return value if isinstance(value, str) else ""

    def _ref(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, str):  # unknown ids are checked with the structure
            self.add(path, f"must be a department id or null, found {describe(value)}")
            return None
        return value

    def _catref(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, str):
            self.add(path, f"must be a category id, found {describe(value)}")
        elif self.category_ids is not None and value not in self.category_ids:
            hint_ = self.suggest(value, self.category_ids)
            self.add(path, f"unknown category '{value}'" + hint_)
        return value

    def _catlist(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, list):
            self.add(path, f"must be a list of category ids, found {describe(value)}")
            return []
        seen: set[str] = set()
        for i, cat in enumerate(value):
            self._catref(cat, f, join(path, i))
            if isinstance(cat, str) and cat in seen:
                self.add(join(path, i), f"category '{cat}' is listed twice")
            if isinstance(cat, str):
                seen.add(cat)
        return list(value)

    def _catmap(self, value: Any, f: Field, path: str) -> Any:
        if not isinstance(value, dict):
            self.add(path, f"must be an object {{category: 0..1}}, found {describe(value)}")
            return {}
        share = Field(0.0, "num", 0.0, 1.0)
        for cat, level in value.items():
            self._catref(cat, f, join(path, cat))
            self._num(level, share, join(path, cat))
        return dict(value)

    # -- special parts -------------------------------------------------------------------
    def categories(self, value: Any, path: str) -> list | None:
        if value is ABSENT:
            cats = [dict(c) for c in self.default_categories]
            self.category_ids = {c["id"] for c in cats}
            return cats
        limit = (MAX_CATEGORIES, "MAX_CATEGORIES")
        cats = self.items(value, self.schema["category"], path, limit)
        if cats is None:
            return None
        if not cats:
            self.add(path, "is empty; a scenario needs at least one category")
        seen: dict[str, int] = {}
        for i, cat in enumerate(cats):
            if cat is None:
                continue
            for key in ("name_zh", "name_en"):
                if cat[key] is FROM_ID:
                    cat[key] = cat["id"]
            if valid_id(cat["id"]) and cat["id"] in seen:
                first = join(path, seen[cat["id"]])
                self.add(join(join(path, i), "id"), f"'{cat['id']}' is already used by {first}")
            seen.setdefault(cat["id"], i)
        self.category_ids = {k for k in seen if valid_id(k)}
        shares = [c["share"] for c in cats if c is not None]
        if cats and len(shares) == len(cats) and all(_finite(s) for s in shares):
            total = sum(shares)
            if abs(total - 1.0) > SHARE_TOLERANCE:
                msg = f"the category shares add up to {total:.4g}; they must add up to 1"
                self.add(path, msg + " (they are the demand mix)")
        return cats

    def departments(self, value: Any, path: str) -> list | None:
        if value is ABSENT:
            self.add(path, "required but missing; a scenario needs its departments")
            return None
        depts = self.items(
            value, self.schema["department"], path, (MAX_DEPARTMENTS, "MAX_DEPARTMENTS")
        )
        if depts is not None and not depts:
            self.add(path, "is empty; a scenario needs at least one street")
        if depts:
            for i, dept in enumerate(depts):
                if dept is not None:
                    self._department_defaults(dept, value[i], join(path, i))
            self.structure_check(self, depts, path)
        return depts

    def _department_defaults(self, dept: dict, raw: dict, path: str) -> None:
        kind, level = dept["kind"], dept["level"]
        if dept["name"] is FROM_ID:
            dept["name"] = dept["id"]
        for key in ("name_zh", "name_en"):
            if dept[key] is FROM_NAME:
                dept[key] = dept["name"]
        if dept["capacity"] is BY_KIND_LEVEL:
            dept["capacity"] = self.schema["default_capacity"].get((kind, level), 0)
        if dept["population"] is BY_LEVEL:
            dept["population"] = self.schema["default_population"].get(level, 0)
        if kind != "hub":
            if raw.get("seats") is not None:
                self.add(join(path, "seats"), "only the 12345 hub (kind 'hub') has seats")
            dept.pop("seats", None)

    def layout(self, value: Any, path: str) -> dict | None:
        if value is ABSENT:
            return {}
        if not isinstance(value, dict):
            self.add(path, f"must be an object {{department id: [x, y]}}, found {describe(value)}")
            return None
        out = {}
        for key, pos in value.items():
            here = join(path, key)
            ids = self.department_ids
            if ids is not None and key not in ids:
                self.add(here, f"'{key}' is not a department id" + self.suggest(key, ids))
            ok = isinstance(pos, (list, tuple)) and len(pos) == 2
            if ok and all(_finite(x) for x in pos):
                out[key] = list(pos)
            else:
                self.add(here, f"must be a position [x, y] of two numbers, found {describe(pos)}")
        return out

    def shocks(self, value: Any, path: str) -> list | None:
        limit = (MAX_SHOCKS, "MAX_SHOCKS")
        return [] if value is ABSENT else self.items(value, self.schema["shock"], path, limit)

    def annotations(self, value: Any, path: str) -> list | None:
        limit = (MAX_ANNOTATIONS, "MAX_ANNOTATIONS")
        return [] if value is ABSENT else self.items(value, self.schema["annotation"], path, limit)


def _finite(x: object) -> bool:
    ok = isinstance(x, (int, float)) and not isinstance(x, bool)
    return ok and (isinstance(x, int) or math.isfinite(x)) and abs(x) <= _HUGE


def _quoted(options: tuple[str, ...]) -> str:
    return ", ".join(f"'{o}'" for o in options)


def _range(f: Field) -> str:
    if f.lo is not None and f.lo == f.hi:
        return f"{f.lo:g}"
    lo = f.lo is not None and (f"greater than {f.lo:g}" if f.lo_open else f"at least {f.lo:g}")
    hi = f.hi is not None and (f"below {f.hi:g}" if f.hi_open else f"at most {f.hi:g}")
    if lo and hi and not f.lo_open and not f.hi_open:
        return f"between {f.lo:g} and {f.hi:g}"
    return " and ".join(x for x in (lo, hi) if x)
