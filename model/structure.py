"""The city's organisation as arrays: categories, regions and departments.

A Chinese city government is a matrix of *vertical lines* (条, tiao: functional bureaus such as
urban management or market regulation, city bureau above district bureau) and *territorial blocks*
(块, kuai: city government -> district government -> street office -> community).  Tickets arise in
a street (a *region*); a unit "covers" the regions of its territory.  This module turns the
departments of a scenario into struct-of-arrays the engine can use without Python loops:
expertise, legal authority, local knowledge, capacity, who covers which region, the catalogue
owner of every (category, region) and who decides an escalated case.

Structure is rebuilt only when the user edits the departments; building it is cheap
(a few milliseconds for the A city, well under a second for the megacity).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .assumptions import view

KINDS = ("hub", "tiao", "kuai")
LEVELS = ("city", "district", "street", "community")
HUB, TIAO, KUAI = 0, 1, 2
CITY, DISTRICT, STREET, COMMUNITY = 0, 1, 2, 3

WORK_HOURS = (8, 18)  # office hours; the hub works around the clock


STREET_TEAMS = ("urban", "order")  # enforce categories with a street team (综合执法, 派出所)


def default_expertise(
    kind: int, level: int, own: np.ndarray, enforce: np.ndarray, team: np.ndarray, a
) -> np.ndarray:
    """Default expertise of one unit over all categories (``assumptions.structure``).

    Bureaus know their own line well (``bureau_own``) and little else (``outside``).  Street
    offices are generalists for livelihood matters (``street_livelihood``) and have
    comprehensive-enforcement teams for urban management and public order (``STREET_TEAMS``,
    ``street_team``) but no specialists for market, transport or environment (``outside``).
    Communities are closer still to residents but thinner (``community_livelihood``).
    Governments above the street coordinate (``government``) but do not handle tickets.
    """
    k = len(enforce)
    if kind == TIAO:
        return np.where(own, a.bureau_own, a.outside)
    if kind == HUB:
        return np.zeros(k)
    if level == STREET:
        return np.where(~enforce, a.street_livelihood, np.where(team, a.street_team, a.outside))
    if level == COMMUNITY:
        return np.where(~enforce, a.community_livelihood, a.outside)
    return np.full(k, a.government)


@dataclass
class Structure:
    """Departments, categories and regions of one scenario, as numpy arrays."""

    cat_ids: list[str]
    cat_names_en: list[str]
    cat_names_zh: list[str]
    enforce: np.ndarray  # [K] bool: needs legal enforcement power
    share: np.ndarray  # [K] demand mix
    ids: list[str]
    index: dict[str, int]
    kind: np.ndarray  # [N]
    level: np.ndarray  # [N]
    parent: np.ndarray  # [N] -1 for none
    territory: np.ndarray  # [N] -1 for none
    line: np.ndarray  # [N] data block: tiao line root, or kuai district tree
    capacity: np.ndarray  # [N] staff-hours per working day
    expertise: np.ndarray  # [N, K]
    authority: np.ndarray  # [N, K] bool
    local: np.ndarray  # [N] local knowledge of own regions
    region_unit: np.ndarray  # [R] the street unit of each region
    population: np.ndarray  # [R]
    covers: np.ndarray  # [N, R] bool
    jurisdiction: np.ndarray  # [N, R] 1 street/community, 0.75 district, 0.6 city, 0 outside
    candidates: np.ndarray  # [R, W] units that may handle a ticket in region r (-1 padded)
    owner: np.ndarray  # [K, R] unit with legal responsibility (bureau), or the street
    catalogue_territorial: np.ndarray  # [K, R] catalogue when enforce tickets may go to streets
    catalogue_duty: np.ndarray  # [K, R] catalogue under a duty list (enforce -> bureau)
    decider: np.ndarray  # [N] parent (or the city government) for single-line exceptions
    decider_multi: np.ndarray  # [N, K] lowest common superior with the category's owner
    depth: np.ndarray  # [N]
    path: np.ndarray  # [N, D] ancestors root-first, -1 padded
    hub: int  # index of the hub or -1
    city_gov: int
    able: float  # expertise from which a unit can lead a case (assumptions.structure)
    communities: np.ndarray  # [R, C] communities of each region's street (-1 padded)
    grassroots: np.ndarray = field(
        default_factory=lambda: np.zeros(0, bool)
    )  # [N] street|community
    lanes: int = 1  # copies of the city side by side (a batch of runs; model/lanes.py)
    lane_units: int = 0  # units and regions of one copy (0: not stacked)
    lane_regions: int = 0

    def covers_at(self, unit: np.ndarray, region: np.ndarray) -> np.ndarray:
        """Whether each unit covers each region (of the same lane, in a stacked structure)."""
        if self.lanes > 1:
            unit, region = unit % self.lane_units, region % self.lane_regions
        return self.covers[unit, region]

    @property
    def grassroots_idx(self) -> np.ndarray:
        return np.flatnonzero(self.grassroots)

    @property
    def n_units(self) -> int:
        return len(self.ids)

    @property
    def n_categories(self) -> int:
        return len(self.cat_ids)

    @property
    def n_regions(self) -> int:
        return len(self.region_unit)

    def tree_distance(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Hops between units a and b along the hierarchy (up to the common superior, then down)."""
        pa, pb = self.path[a], self.path[b]
        same = (pa == pb) & (pa >= 0)
        common = np.cumprod(same, axis=1).sum(axis=1)
        return self.depth[a] + self.depth[b] + 2 - 2 * common


def _ancestors(parent: np.ndarray, i: int) -> list[int]:
    out, seen = [], set()
    while i >= 0 and i not in seen:
        seen.add(i)
        out.append(i)
        i = int(parent[i])
    return out


def build_structure(scenario: dict) -> Structure:
    """Build the arrays of a (normalised, validated) scenario."""
    assumed = view(scenario.get("assumptions")).structure
    able = assumed.able_expertise  # below it a unit sees a case as "not ours"
    district_jurisdiction = assumed.district_jurisdiction
    cats = scenario["categories"]
    cat_ids = [c["id"] for c in cats]
    cidx = {c: i for i, c in enumerate(cat_ids)}
    k = len(cats)
    enforce = np.array([bool(c.get("enforce", False)) for c in cats])
    share = np.array([float(c["share"]) for c in cats])
    share = share / share.sum()

    deps = scenario["departments"]
    ids = [d["id"] for d in deps]
    index = {u: i for i, u in enumerate(ids)}
    n = len(deps)
    kind = np.array([KINDS.index(d["kind"]) for d in deps], dtype=np.int8)
    level = np.array([LEVELS.index(d["level"]) for d in deps], dtype=np.int8)
    parent = np.array([index.get(d.get("parent") or "", -1) for d in deps], dtype=np.int64)
    territory = np.array([index.get(d.get("territory") or "", -1) for d in deps], dtype=np.int64)
    capacity = np.array([float(d.get("capacity", 0.0)) for d in deps])

    own = np.zeros((n, k), bool)
    for i, d in enumerate(deps):
        for c in d.get("categories", []):
            if c in cidx:
                own[i, cidx[c]] = True

    expertise = np.zeros((n, k))
    team = np.isin(cat_ids, STREET_TEAMS)
    authority = np.zeros((n, k), bool)
    local = np.zeros(n)
    for i, d in enumerate(deps):
        expertise[i] = default_expertise(kind[i], level[i], own[i], enforce, team, assumed)
        if kind[i] == TIAO:
            authority[i] = own[i]
            local[i] = 0.3
        elif kind[i] == KUAI:
            authority[i] = ~enforce if level[i] >= STREET else True
            local[i] = 0.9 if level[i] >= STREET else (0.5 if level[i] == DISTRICT else 0.2)
        for c, v in (d.get("expertise") or {}).items():
            if c in cidx:
                expertise[i, cidx[c]] = float(v)
        if d.get("authority") is not None:
            authority[i] = False
            for c in d["authority"]:
                if c in cidx:
                    authority[i, cidx[c]] = True
        if d.get("local_knowledge") is not None:
            local[i] = float(d["local_knowledge"])

    paths = [list(reversed(_ancestors(parent, i))) for i in range(n)]
    dmax = max(len(p) for p in paths)
    path = np.full((n, dmax), -1, dtype=np.int64)
    for i, p in enumerate(paths):
        path[i, : len(p)] = p
    depth = np.array([len(p) - 1 for p in paths])

    # The district (kuai tree) a unit belongs to, through parent or territory.
    def district_of(i: int) -> int:
        for a in _ancestors(parent, i):
            if kind[a] == KUAI and level[a] == DISTRICT:
                return a
            if territory[a] >= 0:
                return int(territory[a])
        return -1

    district = np.array([district_of(i) for i in range(n)])
    line = np.empty(n, dtype=np.int64)
    for i in range(n):
        if kind[i] == TIAO:  # the root of a tiao line is its city-level bureau
            line[i] = [a for a in _ancestors(parent, i) if kind[a] == TIAO][-1]
        elif kind[i] == KUAI and district[i] >= 0:
            line[i] = district[i]
        else:
            line[i] = i

    streets = np.flatnonzero((kind == KUAI) & (level == STREET))
    r = len(streets)
    population = np.array([float(deps[s].get("population", 0) or 0) for s in streets])
    region_of_street = {int(s): j for j, s in enumerate(streets)}
    covers = np.zeros((n, r), bool)
    jurisdiction = np.zeros((n, r))
    region_district = np.array([district[s] for s in streets])
    for i in range(n):
        if level[i] == CITY:
            covers[i] = kind[i] != HUB
            jurisdiction[i] = assumed.city_jurisdiction * covers[i]
        elif level[i] == DISTRICT:
            covers[i] = region_district == district[i]
            jurisdiction[i] = district_jurisdiction * covers[i]
        elif level[i] == STREET and i in region_of_street:
            covers[i, region_of_street[i]] = True
            jurisdiction[i] = covers[i]
        elif level[i] == COMMUNITY and parent[i] in region_of_street:
            covers[i, region_of_street[int(parent[i])]] = True
            jurisdiction[i] = covers[i]

    handler = (kind == TIAO) | ((kind == KUAI) & (level >= STREET))
    cand_lists = [np.flatnonzero(handler & covers[:, j]) for j in range(r)]
    w = max((len(c) for c in cand_lists), default=1)
    candidates = np.full((r, max(w, 1)), -1, dtype=np.int64)
    for j, c in enumerate(cand_lists):
        candidates[j, : len(c)] = c

    # Owner: the most local bureau with authority for c, else the street itself.
    owner = np.empty((k, r), dtype=np.int64)
    for j in range(r):
        cl = cand_lists[j]
        for c in range(k):
            bureaus = cl[(kind[cl] == TIAO) & authority[cl, c]]
            if len(bureaus):
                owner[c, j] = bureaus[np.argmax(level[bureaus])]
            else:
                owner[c, j] = streets[j]
    street_exp = expertise[streets].T  # [K, R]
    territorial_ok = street_exp >= able
    catalogue_territorial = np.where(territorial_ok, streets[None, :], owner)
    has_bureau = kind[owner] == TIAO
    catalogue_duty = np.where(
        enforce[:, None] & has_bureau, owner, np.where(territorial_ok, streets[None, :], owner)
    )

    comm_lists = [np.flatnonzero((level == COMMUNITY) & (parent == s)) for s in streets]
    width = max((len(c) for c in comm_lists), default=0)
    communities = np.full((r, max(width, 1)), -1, dtype=np.int64)
    for j, c in enumerate(comm_lists):
        communities[j, : len(c)] = c

    city_gov_c = np.flatnonzero((kind == KUAI) & (level == CITY))
    city_gov = int(city_gov_c[0]) if len(city_gov_c) else -1
    hub_c = np.flatnonzero(kind == HUB)
    hub = int(hub_c[0]) if len(hub_c) else -1

    def superiors(i: int) -> list[int]:
        """Superiors of i in order: its line upwards, with dual leadership through territory."""
        out = []
        for a in _ancestors(parent, i)[1:]:
            out.append(a)
        if territory[i] >= 0:
            out = [int(territory[i])] + out
        return out

    decider = np.array([(superiors(i) or [city_gov])[0] for i in range(n)], dtype=np.int64)
    decider_multi = np.tile(decider[:, None], (1, k))
    home_region = np.full(n, -1)
    for j in range(len(streets)):
        home_region[covers[:, j] & (level >= STREET)] = j
    for i in np.flatnonzero(home_region >= 0):
        sup_i = superiors(i)
        for c in range(k):
            o = int(owner[c, home_region[i]])
            if o == i:
                continue
            sup_o = set(superiors(o)) | {o}
            common = next((a for a in sup_i if a in sup_o), city_gov)
            decider_multi[i, c] = common if common >= 0 else decider[i]

    return Structure(
        cat_ids=cat_ids,
        cat_names_en=[c.get("name_en", c["id"]) for c in cats],
        cat_names_zh=[c.get("name_zh", c["id"]) for c in cats],
        enforce=enforce,
        share=share,
        ids=ids,
        index=index,
        kind=kind,
        level=level,
        parent=parent,
        territory=territory,
        line=line,
        capacity=capacity,
        expertise=expertise,
        authority=authority,
        local=local,
        region_unit=streets,
        population=population,
        covers=covers,
        jurisdiction=jurisdiction,
        candidates=candidates,
        owner=owner,
        catalogue_territorial=catalogue_territorial,
        catalogue_duty=catalogue_duty,
        decider=decider,
        decider_multi=decider_multi,
        depth=depth,
        path=path,
        hub=hub,
        city_gov=city_gov,
        able=able,
        communities=communities,
        grassroots=(kind == KUAI) & (level >= STREET),
    )
