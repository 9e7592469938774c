"""The 条块 (tiao–kuai) auto-layout: levels as rows, districts as blocks, lines as columns.

A Chinese city reads naturally as a matrix. Rows are the levels of government: city, district,
street, community. Each district is a *block* (块): its government, its district bureaus, its
streets and, under each street, its communities. Each functional line (条: a city bureau and its
district bureaus) keeps one fixed place inside every block, so the eye finds "the urban
management bureau of District 3" where it found it in District 1. City-level units (the hub,
the city government, the city bureaus) share the top row.

Pure geometry on department dicts: no Qt, easy to test. Returns node centres.
"""

from __future__ import annotations

import math

from gui.canvas.style import NODE_SIZE

GAP_X = 14.0  # between nodes in a row
BLOCK_GAP = 44.0  # between district blocks
ROW_GAP = 46.0  # between levels
CELL_GAP_Y = 12.0  # between rows of a bureau grid or a stack of communities
TARGET_ASPECT = 3.0  # width : height the blocks aim for (the canvas is wide and low)


def _w(level: str) -> float:
    return NODE_SIZE[level][0]


def _h(level: str) -> float:
    return NODE_SIZE[level][1]


def _line_of(dept: dict, units: dict[str, dict]) -> str:
    """The top of a bureau's line: follow tiao parents up to the city bureau."""
    seen = {dept["id"]}
    node = dept
    while True:
        up = units.get(node.get("parent")) if isinstance(node.get("parent"), str) else None
        if up is None or up.get("kind") != "tiao" or up["id"] in seen:
            return node["id"]
        seen.add(up["id"])
        node = up


def _block_rows(widths: list[float], block_h: float, top: float) -> int:
    """How many rows of district blocks give the picture the shape closest to a screen."""
    best, best_err = 1, math.inf
    for rows in range(1, max(len(widths), 1) + 1):
        per = math.ceil(len(widths) / rows)
        w = (
            max(
                sum(widths[i : i + per]) + (per - 1) * BLOCK_GAP for i in range(0, len(widths), per)
            )
            if widths
            else 0.0
        )
        h = top + rows * block_h
        err = abs(math.log(max(w, 1.0) / max(h, 1.0) / TARGET_ASPECT))
        if err < best_err - 0.15:  # fewer rows unless clearly better
            best, best_err = rows, err
    return best


def tiao_kuai_layout(departments: list[dict]) -> dict[str, tuple[float, float]]:
    """Centres (x, y) for every department, in the 条块 arrangement."""
    depts = [d for d in departments if isinstance(d, dict) and isinstance(d.get("id"), str)]
    units = {d["id"]: d for d in depts}

    def is_(d: dict, kind: str, level: str) -> bool:
        return d.get("kind") == kind and d.get("level") == level

    districts = [d for d in depts if is_(d, "kuai", "district")]
    district_ids = {d["id"] for d in districts}
    d_bureaus = [d for d in depts if is_(d, "tiao", "district")]
    streets = [d for d in depts if is_(d, "kuai", "street")]
    communities = [d for d in depts if is_(d, "kuai", "community")]
    city = [d for d in depts if d.get("level") == "city"]

    # the lines that reach into districts, in the order of their city bureaus
    order = {d["id"]: i for i, d in enumerate(depts)}
    lines = sorted({_line_of(b, units) for b in d_bureaus}, key=lambda i: order.get(i, 0))
    slot = {line: i for i, line in enumerate(lines)}

    # blocks: one per district, plus one for units that belong to none
    blocks: dict[str | None, dict] = {
        d["id"]: {"gov": d, "bureaus": [], "streets": []} for d in districts
    }
    loose: dict = {"gov": None, "bureaus": [], "streets": []}
    for b in d_bureaus:
        blocks.get(b.get("territory"), loose)["bureaus"].append(b)
    street_ids = set()
    for s in streets:
        blocks.get(s.get("parent") if s.get("parent") in district_ids else None, loose)[
            "streets"
        ].append(s)
        street_ids.add(s["id"])
    under: dict[str, list[dict]] = {}
    orphans = []
    for c in communities:
        if c.get("parent") in street_ids:
            under.setdefault(c["parent"], []).append(c)
        else:
            orphans.append(c)
    placed_other = {d["id"] for d in districts + d_bureaus + streets + communities + city}
    others = [d for d in depts if d["id"] not in placed_other]
    if loose["bureaus"] or loose["streets"] or orphans:
        blocks[None] = loose

    n_slots = max(len(lines), 1)
    grid_cols = n_slots if n_slots <= 2 else math.ceil(n_slots / 2)
    grid_rows = math.ceil(n_slots / grid_cols)
    cells: dict[str, int] = {}
    for blk in blocks.values():  # a block with two bureaus of one line needs more rows
        taken: set[int] = set()
        for b in blk["bureaus"]:
            cell = slot.get(_line_of(b, units), 0)
            while cell in taken:
                cell += 1
            taken.add(cell)
            cells[b["id"]] = cell
        if taken:
            grid_rows = max(grid_rows, max(taken) // grid_cols + 1)

    wd, hd = _w("district"), _h("district")
    ws, hs = _w("street"), _h("street")
    wc, hc = _w("community"), _h("community")
    col_w = max(ws, wc) + GAP_X
    y_city = 0.0
    y_district = y_city + _h("city") / 2 + ROW_GAP + hd / 2
    y_street = y_district + (grid_rows - 1) * (hd + CELL_GAP_Y) + hd / 2 + ROW_GAP + hs / 2
    y_comm = y_street + hs / 2 + ROW_GAP * 0.6 + hc / 2

    # each block's width, then blocks in rows of blocks when there are many (a megacity),
    # so the whole picture keeps a screen-like shape
    widths = []
    for blk in blocks.values():
        grid_w = grid_cols * (wd + GAP_X)
        top_w = wd + GAP_X + grid_w if blk["bureaus"] or blk["gov"] else 0.0
        n_cols = len(blk["streets"]) + (len(orphans) if blk is loose else 0)
        widths.append(max(top_w, n_cols * col_w, wd + GAP_X))
    most = max([len(under.get(s["id"], [])) for s in streets] + [1])
    block_h = (y_comm - y_district) + (most - 1) * (hc + CELL_GAP_Y) + hc / 2 + hd / 2 + ROW_GAP
    n_rows = _block_rows(widths, block_h, y_district - hd / 2)
    per_row = math.ceil(len(widths) / n_rows) if widths else 1

    pos: dict[str, tuple[float, float]] = {}
    x, dy, total = 0.0, 0.0, 0.0
    for k, (blk, width) in enumerate(zip(blocks.values(), widths, strict=True)):
        if k and k % per_row == 0:  # next row of blocks
            x, dy = 0.0, dy + block_h
        if blk["gov"] is not None:
            pos[blk["gov"]["id"]] = (x + wd / 2, y_district + dy)
        gx = x + wd + GAP_X
        for b in blk["bureaus"]:
            r, c = divmod(cells[b["id"]], grid_cols)
            pos[b["id"]] = (gx + c * (wd + GAP_X) + wd / 2, y_district + dy + r * (hd + CELL_GAP_Y))
        n_cols = len(blk["streets"]) + (len(orphans) if blk is loose else 0)
        sx = x + (width - n_cols * col_w) / 2 + col_w / 2
        for st in blk["streets"]:
            pos[st["id"]] = (sx, y_street + dy)
            for j, c in enumerate(under.get(st["id"], [])):
                pos[c["id"]] = (sx, y_comm + dy + j * (hc + CELL_GAP_Y))
            sx += col_w
        if blk is loose:
            for c in orphans:
                pos[c["id"]] = (sx, y_comm + dy)
                sx += col_w
        x += width + BLOCK_GAP
        total = max(total, x - BLOCK_GAP)

    # the city row: hub, city government, then the city bureaus in line order
    def city_key(d: dict) -> tuple:
        rank = {"hub": 0, "kuai": 1, "tiao": 2}.get(d.get("kind"), 3)
        return (rank, slot.get(d["id"], len(slot)), order[d["id"]])

    city.sort(key=city_key)
    # the hub and the city government in the middle of the row, bureaus on both sides
    heads = [d for d in city if d.get("kind") != "tiao"]
    lines_ = [d for d in city if d.get("kind") == "tiao"]
    half = (len(lines_) + 1) // 2
    city = lines_[:half] + heads + lines_[half:]
    wcity = _w("city")
    natural = len(city) * wcity + max(len(city) - 1, 0) * GAP_X
    gap = GAP_X
    if len(city) > 1 and total > natural:
        gap = min(GAP_X + (total - natural) / (len(city) - 1), wcity * 0.9)
    row_w = len(city) * wcity + max(len(city) - 1, 0) * gap
    cx = (total - row_w) / 2 + wcity / 2 if total > row_w else wcity / 2
    for d in city:
        pos[d["id"]] = (cx, y_city)
        cx += wcity + gap

    # anything that fits no row (a bureau at street level...) goes in a column on the right
    ox = max(total, row_w) + BLOCK_GAP + ws / 2
    for k, d in enumerate(others):
        pos[d["id"]] = (ox, y_city + k * (hd + CELL_GAP_Y))
    return pos


def place_new(
    layout: dict, positions: dict[str, tuple[float, float]], departments: list[dict]
) -> dict:
    """Fill in missing positions with the auto-layout's, keeping every position already set."""
    out = {k: list(v) for k, v in layout.items()}
    for d in departments:
        if d["id"] not in out and d["id"] in positions:
            out[d["id"]] = list(positions[d["id"]])
    return out
