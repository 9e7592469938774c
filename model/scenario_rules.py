"""The rules of the 条块 (tiao–kuai) organisation that a scenario must respect.

Chinese city administration has two kinds of line. The *kuai* (块, blocks) are territorial
governments nested city → district → street (街道, subdistrict) → community (社区). The *tiao*
(条, strips) are functional bureaus, a city bureau with district bureaus below it; a district
bureau also answers to its district government (dual leadership, so it has a ``territory``).
The 12345 hub sits beside both. Tickets arise where people live, in streets.

:func:`check_structure` reports every department that breaks these rules, with its JSON path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.scenario_check import join, valid_id

if TYPE_CHECKING:
    from model.scenario_check import Checker

_PARENT_RULES = {  # (kind, level) -> (level its kuai parent must have, what is wrong)
    ("kuai", "street"): (
        "district",
        "a street with no district: its parent must be a district government "
        "(kind 'kuai', level 'district')",
    ),
    ("kuai", "community"): (
        "street",
        "a community must belong to a street (parent of kind 'kuai', level 'street')",
    ),
    ("kuai", "district"): (
        "city",
        "a district government must report to the city government "
        "(parent of kind 'kuai', level 'city')",
    ),
}
_NO_TERRITORY = (
    "a district bureau needs a district government (kind 'kuai', level 'district') as its territory"
)
_NO_STREET = (
    "no street (kind 'kuai', level 'street'); tickets arise in streets, "
    "so a scenario needs at least one"
)


def check_structure(ck: Checker, depts: list[dict | None], path: str) -> None:
    """Check unique ids, known references, no cycles and the nesting of levels.

    ``depts`` are the departments with defaults filled (None where an item was not an object).
    Sets ``ck.department_ids`` and ``ck.hub_count`` for the checks that follow.
    """
    index: dict[str, int] = {}
    for i, d in enumerate(depts):
        if d is None or not valid_id(d["id"]):
            continue
        if d["id"] in index:
            first = join(path, index[d["id"]])
            ck.add(join(join(path, i), "id"), f"'{d['id']}' is already used by {first}")
        else:
            index[d["id"]] = i
    ck.department_ids = set(index)
    by_id = {k: depts[i] for k, i in index.items()}
    for i, d in enumerate(depts):
        for key in ("parent", "territory"):
            ref = d[key] if d is not None else None
            if isinstance(ref, str) and ref not in by_id:
                msg = f"unknown department '{ref}'" + ck.suggest(ref, index)
                ck.add(join(join(path, i), key), msg)
    _check_cycles(ck, by_id, index, path)
    streets = 0
    for i, d in enumerate(depts):
        if d is not None:
            streets += d["kind"] == "kuai" and d["level"] == "street"
            _check_department(ck, d, by_id, join(path, i))
    if streets == 0:
        ck.add(path, _NO_STREET)


def _check_department(ck: Checker, d: dict, by_id: dict, here: str) -> None:
    """The rules for one unit, given its kind and level."""
    kind, level = d["kind"], d["level"]
    if kind == "hub":
        ck.hub_count += 1
        if ck.hub_count == 2:
            ck.add(join(here, "kind"), "a second hub; a city has one 12345 hotline hub")
        if level != "city":
            ck.add(join(here, "level"), "the 12345 hub works at city level")
    if kind == "tiao":
        if level in ("street", "community"):
            ck.add(join(here, "level"), "a functional bureau (tiao) sits at city or district level")
        if not d["categories"]:
            msg = "a functional bureau (tiao) needs at least one category"
            ck.add(join(here, "categories"), msg)
        terr = d["territory"]
        unknown = isinstance(terr, str) and terr not in by_id  # reported already
        if level == "district" and not unknown and not _is(_get(by_id, terr), "kuai", "district"):
            ck.add(join(here, "territory"), _NO_TERRITORY + _was(d["territory"]))
    rule = _PARENT_RULES.get((kind, level))
    unknown = isinstance(d["parent"], str) and d["parent"] not in by_id  # reported already
    if rule and not unknown and not _is(_get(by_id, d["parent"]), "kuai", rule[0]):
        ck.add(join(here, "parent"), rule[1] + _was(d["parent"]))


def _check_cycles(ck: Checker, by_id: dict, index: dict, path: str) -> None:
    """Report every loop in the chain of superiors once, naming its members in order."""
    done: set[str] = set()
    for start in index:
        chain: list[str] = []
        on_chain: set[str] = set()  # the chain as a set: a chain of 30,000 stays linear
        node = start
        while isinstance(node, str) and node in by_id and node not in done and node not in on_chain:
            chain.append(node)
            on_chain.add(node)
            node = by_id[node]["parent"]
        if isinstance(node, str) and node in on_chain:
            loop = chain[chain.index(node) :]
            k = loop.index(min(loop, key=index.__getitem__))
            loop = loop[k:] + loop[:k]
            ring = " → ".join([*loop, loop[0]])
            msg = f"the chain of superiors goes round in a circle: {ring}"
            ck.add(join(join(path, index[loop[0]]), "parent"), msg)
        done.update(chain)


def _get(by_id: dict, ref: object) -> dict | None:
    return by_id.get(ref) if isinstance(ref, str) else None


def _is(dept: dict | None, kind: str, level: str) -> bool:
    return dept is not None and dept["kind"] == kind and dept["level"] == level


def _was(ref: object) -> str:
    return " (it has none)" if ref is None else f" (found '{ref}')"
