"""Builds the bundled cities and writes the preset files.

"A city" is a generic Chinese city of about one million residents, organised in 条块:

* the 12345 hub and the city government (市政府);
* eight city bureaus (条, functional lines), e.g. the urban management commission, which in
  Beijing also looks after water, power, gas and heat; category "other" has no bureau;
* four districts (块), each with a government, four district bureaus (dual leadership: the
  city bureau of the line *and* the district government), three streets (街道) and two or
  three communities (社区) per street.

"Megacity" repeats the pattern at Beijing scale: 16 districts, 300 streets, 900 communities
and 30,000 dispatched tickets a day. Everything here is a pure function returning scenario
dicts; ``python -m model.citygen [FOLDER]`` (re)writes ``assets/scenarios/*.govflex.json``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

from model.presets import PRESET_NAMES, SUFFIX, preset_dir
from model.scenario import default_categories, normalize, save_scenario

# Staff-hours per working day by (kind, level) in A city. Tune capacities here: the megacity
# scales these by its load ratios (see megacity()).
A_CITY_CAPACITY: dict[tuple, float] = {
    ("hub", "city"): 0,  # the hub works by seats (mechanisms.entrance_control.seats)
    ("kuai", "city"): 6,  # governments decide escalated cases; they handle no tickets
    ("kuai", "district"): 3,
    ("kuai", "street"): 27,
    ("kuai", "community"): 5,
    ("tiao", "city"): 6,  # a city bureau whose district branches do the casework
    ("tiao", "district"): 12,
    # lines without district branches work every case of the city themselves
    ("tiao", "city", "transport"): 50,
    ("tiao", "city", "env"): 40,
    ("tiao", "city", "order"): 30,
    ("tiao", "city", "health"): 30,
    # the district urban-management bureau carries urban and utilities cases (28 % of demand)
    ("tiao", "district", "urban"): 26,
    ("tiao", "district", "market"): 12,
    ("tiao", "district", "civil"): 8,
}
# First calls a day: with repeat calls (failure demand, about 13 %) the hotline dispatches about
# 150 tickets a day, 1.5 per 10,000 residents x 1 million.
A_CITY_TICKETS_PER_DAY = 130
A_CITY_SHOCK = {"day": 60, "category": "utilities", "strength": 0.3, "days": 14}  # a flood

CITY_BUREAUS = (  # id, categories, 中文, English
    ("b-urban", ["urban", "utilities"], "城市管理委员会", "urban management commission"),
    ("b-housing", ["housing"], "住房和城乡建设委员会", "housing and construction commission"),
    ("b-market", ["market"], "市场监督管理局", "market regulation bureau"),
    ("b-transport", ["transport"], "交通委员会", "transport commission"),
    ("b-env", ["environment"], "生态环境局", "ecology and environment bureau"),
    ("b-civil", ["civil"], "民政局", "civil affairs bureau"),
    ("b-health", ["health"], "卫生健康委员会", "health commission"),
    ("b-order", ["order"], "公安局", "public security bureau"),
)
DISTRICT_LINES = ("urban", "housing", "market", "civil")  # district bureaus of b-<line>
A_CITY_STREETS = (  # per district: (population, communities) of its three streets
    ((110000, 3), (95000, 2), (80000, 3)),
    ((90000, 2), (70000, 3), (105000, 2)),
    ((60000, 3), (85000, 3), (75000, 2)),
    ((100000, 2), (65000, 2), (65000, 3)),
)
MEGACITY_STREETS = (22, 20, 18, 16, 19, 21, 17, 22, 16, 20, 18, 19, 21, 17, 16, 18)  # = 300
MEGACITY_TICKETS_PER_DAY = 26000  # first calls: about 30,000 tickets a day with repeats
_ZH_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """1..99 in Chinese numerals (一, 十二, 二十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + (_ZH_DIGITS[ones] if ones else "")


def _unit(uid: str, kind: str, level: str, zh: str, en: str, **extra: object) -> dict:
    unit = {"id": uid, "name": en, "name_zh": zh, "name_en": en, "kind": kind, "level": level}
    return unit | extra


def _city_top(capacity: dict) -> list[dict]:
    """The hub, the city government and the eight city bureaus."""
    units = [
        _unit("hub", "hub", "city", "12345市民服务热线", "12345 citizen hotline", capacity=0),
        _unit(
            "gov",
            "kuai",
            "city",
            "市人民政府",
            "City government",
            capacity=capacity[("kuai", "city")],
        ),
    ]
    for uid, cats, zh, en in CITY_BUREAUS:
        units.append(
            _unit(
                uid,
                "tiao",
                "city",
                "市" + zh,
                "City " + en,
                parent="gov",
                categories=list(cats),
                capacity=capacity.get(("tiao", "city", uid[2:]), capacity[("tiao", "city")]),
            )
        )
    return units


def _district(d: int, streets: list[tuple[int, int]], capacity: dict) -> list[dict]:
    """One district: its government, four district bureaus, streets and communities."""
    did, dzh, den = f"d{d}", zh_number(d) + "区", f"District {d}"
    units = [
        _unit(
            did,
            "kuai",
            "district",
            dzh + "人民政府",
            den + " government",
            parent="gov",
            capacity=capacity[("kuai", "district")],
        )
    ]
    bureaus = {uid: (cats, zh, en) for uid, cats, zh, en in CITY_BUREAUS}
    for line in DISTRICT_LINES:
        cats, zh, en = bureaus[f"b-{line}"]
        units.append(
            _unit(
                f"{did}-{line}",
                "tiao",
                "district",
                dzh + zh,
                f"{den} {en}",
                parent=f"b-{line}",
                territory=did,
                categories=list(cats),
                capacity=capacity.get(("tiao", "district", line), capacity[("tiao", "district")]),
            )
        )
    for s, (population, n_communities) in enumerate(streets, start=1):
        sid, szh, sen = f"{did}-s{s}", f"{dzh}第{zh_number(s)}街道", f"{den} Street {s}"
        units.append(
            _unit(
                sid,
                "kuai",
                "street",
                szh,
                sen,
                parent=did,
                population=population,
                capacity=capacity[("kuai", "street")],
            )
        )
        for c in range(1, n_communities + 1):
            units.append(
                _unit(
                    f"{sid}-c{c}",
                    "kuai",
                    "community",
                    f"{szh}第{zh_number(c)}社区",
                    f"{sen} Community {c}",
                    parent=sid,
                    capacity=capacity[("kuai", "community")],
                )
            )
    return units


def a_city_layout(units: list[dict]) -> dict[str, list[int]]:
    """条块 arrangement: levels as rows, districts as blocks, each tiao line a column."""
    slot, row, block = 110, 140, 6  # pixels between columns and rows; block width in slots
    layout: dict[str, list[int]] = {"hub": [0, 0], "gov": [2 * slot, 0]}
    for k, (uid, *_rest) in enumerate(CITY_BUREAUS):
        layout[uid] = [round((4 + k * 18 / 7) * slot), 0]
    for u in units:
        if u["level"] in ("city", "community"):
            continue
        d = int(u["id"].split("-")[0][1:])
        x0 = (d - 1) * block * slot
        if u["level"] == "district":
            col = 0 if u["kind"] == "kuai" else 1 + DISTRICT_LINES.index(u["id"].split("-")[1])
            layout[u["id"]] = [x0 + col * slot, row]
        else:  # street: spread under the block; its communities hang below it
            s = int(u["id"].split("-s")[1])
            layout[u["id"]] = [x0 + (s - 1) * 2 * slot, 2 * row]
    for u in units:
        if u["level"] == "community":
            x, _ = layout[u["parent"]]
            c = int(u["id"].rsplit("-c", 1)[1])
            layout[u["id"]] = [x, 3 * row + (c - 1) * row // 2]
    return layout


def a_city(name: str = "A city", description: str = "") -> dict:
    """A city: one million residents, 72 units, 150 dispatched tickets a day, one flood."""
    units = _city_top(A_CITY_CAPACITY)
    for d, streets in enumerate(A_CITY_STREETS, start=1):
        units += _district(d, list(streets), A_CITY_CAPACITY)
    return {
        "format": "govflex-scenario",
        "schema_version": 2,
        "name": name,
        "description": description,
        "seed": 1,
        "run": {"days": 120, "warmup_days": 14},
        "categories": default_categories(),
        "departments": units,
        "demand": {"tickets_per_day": A_CITY_TICKETS_PER_DAY, "shocks": [dict(A_CITY_SHOCK)]},
        "mechanisms": {},
        "layout": a_city_layout(units),
    }


def megacity_capacity() -> dict[tuple[str, str], float]:
    """A city's capacities scaled so that each unit carries the load of its A-city peer.

    Streets and communities scale with the tickets per street, district units with the
    tickets per district, city units with the city's total.
    """
    a_streets = sum(len(s) for s in A_CITY_STREETS)
    m_streets = sum(MEGACITY_STREETS)
    total = MEGACITY_TICKETS_PER_DAY / A_CITY_TICKETS_PER_DAY
    per_street = total * a_streets / m_streets
    per_district = total * len(A_CITY_STREETS) / len(MEGACITY_STREETS)
    ratio = {"city": total, "district": per_district, "street": per_street}
    ratio["community"] = per_street
    return {key: round(cap * ratio[key[1]]) for key, cap in A_CITY_CAPACITY.items()}


def megacity(name: str = "Megacity", description: str = "") -> dict:
    """Beijing scale: 16 districts, 300 streets with 3 communities each, 30,000 tickets/day."""
    capacity = megacity_capacity()
    units = _city_top(capacity)
    units[0]["seats"] = 12 * MEGACITY_TICKETS_PER_DAY // A_CITY_TICKETS_PER_DAY
    i = 0
    for d, n_streets in enumerate(MEGACITY_STREETS, start=1):
        streets = []
        for _ in range(n_streets):
            streets.append((40000 + (i * 37 % 61) * 1000, 3))  # 40,000-100,000 residents
            i += 1
        units += _district(d, streets, capacity)
    return {
        "format": "govflex-scenario",
        "schema_version": 2,
        "name": name,
        "description": description,
        "seed": 1,
        "run": {"days": 30, "warmup_days": 7},
        "categories": default_categories(),
        "departments": units,
        "demand": {"tickets_per_day": MEGACITY_TICKETS_PER_DAY, "shocks": []},
        "mechanisms": {},
        "layout": megacity_layout(units),
    }


def megacity_layout(units: list[dict]) -> dict[str, list[int]]:
    """Compact: districts on a 4 x 4 grid; in each, a header row and streets in two columns,
    each street followed by its communities on the same row."""
    s = 40
    layout: dict[str, list[int]] = {"hub": [0, 0], "gov": [2 * s, 0]}
    for k, (uid, *_rest) in enumerate(CITY_BUREAUS):
        layout[uid] = [(4 + 2 * k) * s, 0]
    for u in units:
        if u["level"] == "city":
            continue
        d = int(u["id"].split("-")[0][1:]) - 1
        x0, y0 = (d % 4) * 10 * s, 2 * s + (d // 4) * 14 * s
        if u["level"] == "district":
            col = 0 if u["kind"] == "kuai" else 1 + DISTRICT_LINES.index(u["id"].split("-")[1])
            layout[u["id"]] = [x0 + col * s, y0]
        elif u["level"] == "street":
            n = int(u["id"].split("-s")[1]) - 1
            layout[u["id"]] = [x0 + (n % 2) * 4 * s, y0 + (1 + n // 2) * s]
        else:
            x, y = layout[u["parent"]]
            layout[u["id"]] = [x + int(u["id"].rsplit("-c", 1)[1]) * s, y]
    return layout


# -- the presets (spec §10) -------------------------------------------------------------------
_ON = {"enabled": True}
_PLATFORM = {  # M1 + M2 + M3: the 12345 hotline, a dispatch catalogue, algorithmic dispatch
    "entrance_control": _ON,
    "interface": {"enabled": True, "granularity": 0.6},
    "dispatch": {"mode": "algorithmic", "coverage": 0.5},
}
_TYPICAL = _PLATFORM | {
    "data": {"regime": "blocks"},
    "assessment": {"enabled": True, "pressure": 0.5, "ranking": True},
    "escalation": {"whistle": False},
    "data_asset_design": {"enabled": False},
}
_TENSIONS = _TYPICAL | {
    "assessment": {"enabled": True, "pressure": 0.9, "ranking": True, "innovation": True},
}
_ALL_LEVERS = ("shared_asset", "one_form", "arbitration", "assessment_redesign", "proactive")

# fmt: off
PRESETS: dict[str, tuple[str, dict, str]] = {  # name -> (title, mechanisms, description)
    "bureaucracy": ("A city before the platform (bureaucracy)", {
        "dispatch": {"mode": "none"}, "data": {"regime": "silo"},
    }, "The baseline. There is no 12345 hotline: citizens must guess which office is "
       "responsible, and half of them guess wrong. A wrong office forwards the ticket up the "
       "hierarchy and down again, a day per hop, and some citizens give up on the way. Each "
       "bureau sees only its own data, and nobody can be assessed because no ticket is "
       "recorded. On day 60 a flood shifts 30 % of demand to water, power, gas and heat for "
       "two weeks."),
    "unified-entrance": ("Unified entrance (12345 hotline, manual dispatch)", {
        "entrance_control": _ON, "interface": {"enabled": True, "granularity": 0.6},
        "dispatch": {"mode": "manual"}, "data": {"regime": "blocks"},
    }, "The city opens one hotline, 12345. Operators answer many calls directly, record every "
       "ticket and send it to the responsible unit from a catalogue of categories (the "
       "interface): tickets are no longer lost, but a catalogue simplifies what citizens say. "
       "Data now flows inside each bureau line and each district, but not across them."),
    "algorithmic-dispatch": ("Algorithmic dispatch (the flexibility regime)", _PLATFORM | {
        "data": {"regime": "shared"}, "assessment": {"enabled": False},
    }, "Half of the tickets are now dispatched by an algorithm that scores every unit on "
       "expertise, legal authority, jurisdiction, local knowledge, data and current backlog. "
       "Work can move sideways between bureaus (条) and territorial governments (块) as demand "
       "shifts, while expertise keeps it with professionals. Data is shared across lines and "
       "there is no performance assessment: this is the flexibility the platform promises."),
    "typical-platform": ("Typical platform (calibration)", _TYPICAL, "The platform as most "
       "cities run it: hotline, catalogue and algorithmic dispatch, but data cut into blocks "
       "inside each bureau line and district, and a performance assessment of moderate "
       "pressure with public rankings of response, resolution and satisfaction. Tickets that "
       "need enforcement powers may still be sent down to streets. Its reported figures are "
       "calibrated to published hotline statistics."),
    "tensions": ("Tensions: blocks, mismatch and high pressure", _TENSIONS, "The paper's three "
       "tensions at once. Data stays in blocks (departmental integration), streets receive "
       "tasks they have no power to settle (the power-responsibility dilemma), and assessment "
       "pressure is high, so bureaus and districts launch innovation projects that each cost "
       "the streets hours of work. Watch whether flexibility shrinks while the grassroots "
       "load grows, and how far reported resolution drifts from true resolution."),
    "institutional-design": ("Institutional design around data as an asset", _TENSIONS | {
        "data_asset_design": {
            "enabled": True, "enforce_rule": "duty_list", **dict.fromkeys(_ALL_LEVERS, True),
        },
    }, "The same tensions, with the paper's way out: institutions built around the platform "
       "and around data as a public asset. Data is shared and flows back to streets, one "
       "unified form replaces repeated reporting, a duty list keeps enforcement tickets with "
       "the bureaus, an arbiter settles dispatch disputes, and assessment audits true "
       "resolution instead of reported figures."),
    "megacity": ("Megacity (Beijing scale)", _TYPICAL, "The typical platform at the scale of "
       "Beijing: 16 districts, 300 streets, 900 communities and about 30,000 dispatched "
       "tickets a day. Each unit carries about the load of its peer in A city. The run is "
       "30 days long, which already takes a while; use it to see that the same institutions "
       "behave the same way at scale."),
}
# fmt: on


def _merge(base: dict, delta: dict) -> dict:
    """``base`` updated by ``delta``, recursively (a new dict)."""
    out = copy.deepcopy(base)
    for key, value in delta.items():
        both = isinstance(value, dict) and isinstance(out.get(key), dict)
        out[key] = _merge(out[key], value) if both else copy.deepcopy(value)
    return out


def build_preset(name: str) -> dict:
    """One bundled preset as a normalised scenario."""
    title, mechanisms, description = PRESETS[name]
    city = megacity if name == "megacity" else a_city
    scenario = city(name=title, description=description)
    scenario["mechanisms"] = _merge({}, mechanisms)
    return normalize(scenario, name)


def build_presets() -> dict[str, dict]:
    """Every bundled preset, in teaching order."""
    assert tuple(PRESETS) == PRESET_NAMES, "model.presets.PRESET_NAMES and PRESETS differ"
    return {name: build_preset(name) for name in PRESET_NAMES}


def write_presets(folder: str | Path | None = None) -> list[Path]:
    """(Re)write every preset file into ``folder`` (default: the bundled assets folder)."""
    target = Path(folder) if folder is not None else preset_dir()
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, scenario in build_presets().items():
        path = target / f"{name}{SUFFIX}"
        save_scenario(scenario, path)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m model.citygen [FOLDER]``."""
    parser = argparse.ArgumentParser(prog="python -m model.citygen", description=__doc__)
    parser.add_argument("folder", nargs="?", help="where to write (default: assets/scenarios)")
    args = parser.parse_args(argv)
    for path in write_presets(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
