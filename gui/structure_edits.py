"""Edits of a city's organisation as plain functions on scenario dicts (no Qt).

The canvas turns gestures into these edits and wraps them in undo commands. Keeping them pure
makes them easy to test and keeps the rules of the 条块 organisation readable in one place:
a street belongs to a district government, a community to a street, a district bureau has a
city bureau above it in its line (条) and a district government as its territory (块).
"""

from __future__ import annotations

import copy
import re
import statistics

from model.scenario import SCHEMA, ScenarioError, normalize

# template -> (kind, level, (kind, level) of a natural parent, zh name stem)
TEMPLATES: dict[str, tuple[str, str, tuple[str, str] | None, str]] = {
    "street": ("kuai", "street", ("kuai", "district"), "街道"),
    "community": ("kuai", "community", ("kuai", "street"), "社区"),
    "district": ("kuai", "district", ("kuai", "city"), "区政府"),
    "district_bureau": ("tiao", "district", ("tiao", "city"), "区局"),
    "city_bureau": ("tiao", "city", ("kuai", "city"), "市局"),
    "city_government": ("kuai", "city", None, "市政府"),
    "hub": ("hub", "city", None, "12345热线"),
}
ID_STEM = {
    "street": "s",
    "community": "c",
    "district": "d",
    "district_bureau": "b",
    "city_bureau": "b",
    "city_government": "gov",
    "hub": "hub",
}
_PROBLEM_RE = re.compile(r"^(departments|layout)(?:\[(\d+)\]|\.([^.\[:]+))(?:[.\[][^:]*)?: (.*)$")


# the kinds of department a user can add, in menu order
TEMPLATE_ORDER = (
    "street",
    "community",
    "district",
    "district_bureau",
    "city_bureau",
    "city_government",
    "hub",
)


def by_id(scenario: dict) -> dict[str, dict]:
    return {d["id"]: d for d in scenario["departments"] if isinstance(d, dict) and "id" in d}


def template_for(kind: str, level: str) -> str | None:
    for name, (k, lv, _p, _z) in TEMPLATES.items():
        if (k, lv) == (kind, level):
            return name
    return None


def child_template(parent: dict) -> str | None:
    """What one naturally adds under a unit: a street under a district, a community..."""
    for name, (_k, _lv, natural, _z) in TEMPLATES.items():
        if natural == (parent["kind"], parent["level"]):
            return name
    return None


def unique_id(stem: str, taken: set[str]) -> str:
    """The first free id ``stem1``, ``stem2``... (or ``stem`` itself for single units)."""
    if stem in ("gov", "hub") and stem not in taken:
        return stem
    m = re.match(r"^(.*?)(\d+)$", stem)
    base, n = (m.group(1), int(m.group(2))) if m else (stem, 1)
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def _typical(scenario: dict, kind: str, level: str, key: str, fallback: float) -> float:
    values = [
        d.get(key)
        for d in scenario["departments"]
        if isinstance(d, dict)
        and d.get("kind") == kind
        and d.get("level") == level
        and isinstance(d.get(key), (int, float))
    ]
    return float(statistics.median(values)) if values else float(fallback)


def unique_names(
    scenario: dict, name_en: str, zh: str, suffix: str, dept_id: str
) -> tuple[str, str]:
    """English and Chinese names no other unit has ("Street 4", not a second "Street 1"):
    the id's number first, then the next free one."""
    taken = {
        d.get(k) for d in scenario.get("departments") or [] for k in ("name", "name_en", "name_zh")
    }
    n = int(suffix) if suffix else 0
    while True:
        tail = str(n) if n else ""
        en = (name_en + (f" {tail}" if tail else "")).strip() or dept_id
        cn = f"{zh}{tail}"
        if en not in taken and cn not in taken:
            return en, cn
        n += 1


def new_department(
    scenario: dict,
    template: str,
    parent: str | None = None,
    territory: str | None = None,
    name_en: str = "",
) -> dict:
    """A complete department dict for ``template``, with sensible defaults from its peers."""
    kind, level, _natural, zh = TEMPLATES[template]
    units = by_id(scenario)
    stem = ID_STEM[template]
    prefix = f"{parent}-{stem}" if parent and template in ("street", "community") else stem
    if template == "district":
        prefix = "d"
    dept_id = unique_id(prefix if prefix in ("gov", "hub") else prefix + "1", set(units))
    number = re.search(r"(\d+)$", dept_id)
    suffix = number.group(1) if number else ""
    cap_default = SCHEMA["default_capacity"].get((kind, level), 10)
    categories: list[str] = []
    if kind == "tiao":
        above = units.get(parent) if parent else None
        if above is not None and above.get("kind") == "tiao":
            categories = list(above.get("categories") or [])
        else:
            owned = {
                c
                for d in units.values()
                if d.get("kind") == "tiao"
                for c in d.get("categories") or []
            }
            cats = [c["id"] for c in scenario.get("categories") or []]
            free = [c for c in cats if c not in owned]
            categories = [(free or cats or ["other"])[0]]
    name_en, name_zh = unique_names(scenario, name_en, zh, suffix, dept_id)
    dept = {
        "id": dept_id,
        "name": name_en,
        "name_zh": name_zh,
        "name_en": name_en,
        "kind": kind,
        "level": level,
        "parent": parent,
        "territory": territory if template == "district_bureau" else None,
        "categories": categories,
        "capacity": _typical(scenario, kind, level, "capacity", cap_default),
        "population": _typical(scenario, kind, level, "population", 100000)
        if level == "street"
        else 0,
        "seats": None,
    }
    return dept


def descendants(scenario: dict, ids: list[str]) -> list[str]:
    """``ids`` and every unit below them through ``parent`` links, in file order."""
    children: dict[str, list[str]] = {}
    for d in scenario["departments"]:
        if isinstance(d.get("parent"), str):
            children.setdefault(d["parent"], []).append(d["id"])
    keep: set[str] = set()
    todo = list(ids)
    while todo:
        i = todo.pop()
        if i in keep:
            continue
        keep.add(i)
        todo.extend(children.get(i, []))
    return [d["id"] for d in scenario["departments"] if d["id"] in keep]


def delete(scenario: dict, ids: list[str]) -> tuple[list[dict], dict]:
    """Departments and layout without ``ids``; links to them become empty (and are flagged)."""
    gone = set(ids)
    depts = []
    for d in scenario["departments"]:
        if d["id"] in gone:
            continue
        d = dict(d)
        for key in ("parent", "territory"):
            if d.get(key) in gone:
                d[key] = None
        depts.append(d)
    layout = {k: list(v) for k, v in scenario.get("layout", {}).items() if k not in gone}
    return depts, layout


def copy_payload(scenario: dict, ids: list[str]) -> dict:
    """What Copy puts on the clipboard: the units, everything below them, their positions."""
    keep = descendants(scenario, ids)
    units = by_id(scenario)
    layout = scenario.get("layout", {})
    return {
        "format": "govflex-departments",
        "departments": [copy.deepcopy(units[i]) for i in keep],
        "layout": {i: list(layout[i]) for i in keep if i in layout},
    }


def paste(
    scenario: dict, payload: dict, offset: tuple[float, float] = (40, 40)
) -> tuple[list[dict], dict, list[str]]:
    """Departments and layout with ``payload`` added under fresh ids; returns the new ids.

    Links inside the pasted group follow the copies; links outside stay (a pasted street
    stays in its district).
    """
    taken = set(by_id(scenario))
    mapping: dict[str, str] = {}
    for d in payload["departments"]:
        old = d["id"]
        new = None
        for root_old, root_new in mapping.items():  # keep the family naming: d1-s4-c1
            if old.startswith(root_old + "-"):
                new = root_new + old[len(root_old) :]
                break
        if new is None or new in taken:
            new = unique_id(old if re.search(r"\d$", old) else old + "-copy1", taken)
        mapping[old] = new
        taken.add(new)
    depts = [dict(d) for d in scenario["departments"]]
    layout = {k: list(v) for k, v in scenario.get("layout", {}).items()}
    for d in payload["departments"]:
        n = copy.deepcopy(d)
        n["id"] = mapping[d["id"]]
        for key in ("parent", "territory"):
            if n.get(key) in mapping:
                n[key] = mapping[n[key]]
        depts.append(n)
        if d["id"] in payload.get("layout", {}):
            x, y = payload["layout"][d["id"]]
            layout[n["id"]] = [x + offset[0], y + offset[1]]
    return depts, layout, [mapping[d["id"]] for d in payload["departments"]]


def connect(scenario: dict, source: str, target: str) -> tuple[str, list[dict]] | None:
    """Make ``target`` the superior of ``source``; returns (field set, departments) or None.

    A district bureau dragged to a district government gets it as its *territory* (the
    dual leadership of 条块); every other link sets the *parent*.
    """
    if source == target:
        return None
    units = by_id(scenario)
    src, dst = units.get(source), units.get(target)
    if src is None or dst is None:
        return None
    key = "parent"
    if (src["kind"], src["level"]) == ("tiao", "district") and (dst["kind"], dst["level"]) == (
        "kuai",
        "district",
    ):
        key = "territory"
    if src.get(key) == target:
        return None
    depts = [dict(d, **{key: target}) if d["id"] == source else d for d in scenario["departments"]]
    return key, depts


def extra_problems(scenario: dict) -> list[str]:
    """Rules the workbench adds to the file's: every working unit needs some capacity."""
    out = []
    for i, d in enumerate(scenario["departments"]):
        if not isinstance(d, dict) or d.get("kind") == "hub":
            continue
        cap = d.get("capacity")
        if isinstance(cap, (int, float)) and cap <= 0:
            out.append(
                f"departments[{i}].capacity: a unit with no capacity (0 staff-hours a "
                "day) can never finish a ticket"
            )
    return out


def check(scenario: dict) -> tuple[dict | None, list[str]]:
    """(normalised scenario or None, every problem) for the current edit state."""
    problems: list[str] = []
    normal = None
    try:
        normal = normalize(scenario)
    except ScenarioError as err:
        problems = list(err.problems)
    extra = extra_problems(scenario)
    if extra:
        normal = None
    return normal, problems + extra


def problems_by_node(problems: list[str], scenario: dict) -> tuple[dict[str, list[str]], list[str]]:
    """Attach each problem to its department (``departments[4].parent`` -> that unit)."""
    depts = scenario["departments"]
    ids = by_id(scenario)
    nodes: dict[str, list[str]] = {}
    general: list[str] = []
    for text in problems:
        m = _PROBLEM_RE.match(text)
        target = None
        if m:
            if m.group(2) is not None and m.group(1) == "departments":
                i = int(m.group(2))
                if i < len(depts) and isinstance(depts[i], dict):
                    target = depts[i].get("id")
            elif m.group(3) in ids:
                target = m.group(3)
        if target is not None:
            nodes.setdefault(target, []).append(m.group(4))
        else:
            general.append(text)
    return nodes, general
