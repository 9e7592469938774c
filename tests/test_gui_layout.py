"""The 条块 auto-layout and the pure structure edits (no window needed)."""

from __future__ import annotations

import numpy as np
import pytest

from gui import structure_edits as edits
from gui.canvas.layout import tiao_kuai_layout
from gui.canvas.style import node_size
from model.presets import load_preset


@pytest.fixture(scope="module")
def city() -> dict:
    return load_preset("typical-platform")


def test_levels_are_rows(city):
    """Every unit of a level sits in that level's row (bureau grids inside the district band)."""
    pos = tiao_kuai_layout(city["departments"])
    by_level: dict[str, list[float]] = {}
    for d in city["departments"]:
        if d["kind"] != "tiao":
            by_level.setdefault(d["level"], []).append(pos[d["id"]][1])
    assert len(set(by_level["city"])) == 1 and len(set(by_level["district"])) == 1
    assert len(set(by_level["street"])) == 1
    assert (
        max(by_level["city"])
        < min(by_level["district"])
        < min(by_level["street"])
        < min(by_level["community"])
    )


def test_districts_are_blocks(city):
    """A district's streets and communities lie within its block, blocks do not overlap."""
    pos = tiao_kuai_layout(city["departments"])
    spans = []
    for k in range(1, 5):
        xs = [
            pos[d["id"]][0]
            for d in city["departments"]
            if d["id"] == f"d{k}" or d["id"].startswith(f"d{k}-")
        ]
        spans.append((min(xs), max(xs)))
    for (_a0, a1), (b0, _b1) in zip(spans, spans[1:], strict=False):
        assert a1 < b0


def test_each_line_keeps_its_place_in_every_block(city):
    """A bureau line has the same offset from its district government in each block."""
    pos = tiao_kuai_layout(city["departments"])
    offsets = {tuple(np.subtract(pos[f"d{k}-urban"], pos[f"d{k}"])) for k in range(1, 5)}
    assert len(offsets) == 1


def test_no_two_nodes_overlap(city):
    """Nodes are laid out without overlapping rectangles."""
    pos = tiao_kuai_layout(city["departments"])
    rects = []
    for d in city["departments"]:
        w, h = node_size(d["level"])
        x, y = pos[d["id"]]
        rects.append((x - w / 2, y - h / 2, x + w / 2, y + h / 2))
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_hub_sits_in_the_middle_of_the_city_row(city):
    """The 12345 hub is central, so dispatch arrows fan out both ways."""
    pos = tiao_kuai_layout(city["departments"])
    xs = sorted(x for x, y in pos.values() if y == pos["hub"][1])
    assert xs[len(xs) // 3] <= pos["hub"][0] <= xs[2 * len(xs) // 3]


def test_loose_units_are_placed_too():
    """Units that belong to no district still get a position."""
    depts = [
        {"id": "s", "kind": "kuai", "level": "street", "parent": None},
        {"id": "c", "kind": "kuai", "level": "community", "parent": "s"},
        {"id": "x", "kind": "tiao", "level": "street", "categories": ["urban"]},
    ]
    assert set(tiao_kuai_layout(depts)) == {"s", "c", "x"}


def test_new_street_under_district_gets_next_id(city):
    """A new street under d1 is d1-s4, with its peers' typical capacity and population."""
    d = edits.new_department(city, "street", "d1", name_en="Street")
    assert d["id"] == "d1-s4" and d["parent"] == "d1"
    peers = [
        x["capacity"]
        for x in city["departments"]
        if x.get("parent") == "d1" and x["level"] == "street"
    ]
    assert d["capacity"] == pytest.approx(peers[0]) and d["population"] > 0


def test_new_district_bureau_inherits_line_categories(city):
    """A district bureau added under a city bureau owns that line's categories."""
    d = edits.new_department(city, "district_bureau", "b-civil", territory="d2")
    assert d["categories"] == ["civil"] and d["territory"] == "d2"


def test_problems_map_to_nodes(city):
    """'departments[i].field: ...' problems attach to the i-th department."""
    nodes, general = edits.problems_by_node(
        ["departments[3].parent: bad", "layout.d1: odd", "departments: no street"], city
    )
    assert nodes == {city["departments"][3]["id"]: ["bad"], "d1": ["odd"]}
    assert general == ["departments: no street"]


def test_cycle_is_reported_on_a_node(city):
    """A chain of superiors that goes round is marked on one of its members."""
    depts = [dict(d) for d in city["departments"]]
    for d in depts:
        if d["id"] == "d1":
            d["parent"] = "d1-s1"
    sc = dict(city, departments=depts)
    normal, problems = edits.check(sc)
    nodes, _ = edits.problems_by_node(problems, sc)
    assert normal is None and any("circle" in " ".join(p) for p in nodes.values())


def test_paste_keeps_family_ids(city):
    """Pasting a copied street renames its communities after it."""
    payload = edits.copy_payload(city, ["d2-s2"])
    depts, layout, new = edits.paste(city, payload)
    assert new[0] == "d2-s4" and all(n.startswith("d2-s4-c") for n in new[1:])
    assert all(n in layout for n in new)
