"""The canvas at scale: a megacity zoomed out shows district tiles with their utilisation and
counts, zooming in or double-clicking a tile opens the district, flows are those of the unit
in focus (summed onto tiles), and the key puts the grassroots load on the colour scale (the
labels in presenter mode: test_gui_presenter_labels.py)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTransform

from gui.canvas.district_tiles import OPEN_SCALE


@pytest.fixture
def mega(window):
    window.files.open_preset("megacity", ask=False)
    window.runner.step_day()
    window.live.refresh(force=True)
    window.view.fit()
    return window


def test_megacity_at_fit_shows_district_tiles(mega):
    scene = mega.scene
    assert mega.view.transform().m11() < OPEN_SCALE
    assert scene.overview and len(scene.tiles) == 16
    members = {i for t in scene.tiles.values() for i in t.members}
    assert len(members) > 1200
    assert all(not scene.nodes[i].isVisible() for i in members)
    assert all(
        e.isVisible() == (e.child.isVisible() and e.superior.isVisible()) for e in scene.edges
    )
    tile = scene.tiles["d1"]
    assert tile.isVisible() and tile.staffed > 0 and 0 < tile.util < 5
    utils = [scene.live[i][0] for i in tile.members if not math.isnan(scene.live[i][0])]
    assert tile.util == pytest.approx(sum(utils) / len(utils))
    assert tile.hot == sum(u > 1.0 for u in utils)
    words = " ".join(tile.lines())
    assert f"{tile.util:.2f}" in words and str(len(tile.members)) in words


def test_zooming_in_opens_the_districts(mega):
    mega.view.setTransform(QTransform.fromScale(1.0, 1.0))
    assert not mega.scene.overview
    assert all(n.isVisible() for n in mega.scene.nodes.values())
    assert not any(t.isVisible() for t in mega.scene.tiles.values())
    mega.view.fit()
    assert mega.scene.overview


def test_double_click_on_a_tile_opens_that_district(mega, qtbot):
    view, tile = mega.view, mega.scene.tiles["d7"]
    at = view.mapFromScene(tile.scene_rect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view.transform().m11() >= OPEN_SCALE and not mega.scene.overview
    centre = view.mapToScene(view.viewport().rect().center())
    assert tile.scene_rect().contains(centre)
    assert all(mega.scene.nodes[i].isVisible() for i in tile.members)
    assert mega.doc.undo_stack.count() == 0  # no unit was added by the double-click


def test_flows_follow_the_focused_unit_and_sum_onto_tiles(mega):
    scene = mega.scene
    assert not any(layer.flows for layer in scene.flow_layers.values())
    scene.set_hover("hub")
    flows = scene.flow_layers["dispatch"].flows
    assert flows and len(flows) <= 16 + 20  # one arrow per tile or city unit, not hundreds
    ends = [(round(p.x()), round(p.y()), round(q.x()), round(q.y())) for p, q, _w in flows]
    assert len(ends) == len(set(ends))  # summed: one arrow per pair
    scene.set_hover(None)
    assert not scene.flow_layers["dispatch"].flows
    scene.select_ids(["hub"])
    assert scene.flow_layers["dispatch"].flows  # a selected unit keeps its flows shown


def test_key_puts_the_grassroots_load_on_the_scale(mega):
    scene = mega.scene
    units = {d["id"]: d for d in mega.doc.departments()}
    work = cap = 0.0
    for i, (u, _b, _h) in scene.live.items():
        d = units[i]
        if d["level"] in ("street", "community") and d["capacity"] > 0:
            work, cap = work + u * d["capacity"], cap + d["capacity"]
    assert scene.grassroots_load() == pytest.approx(work / cap)
    assert mega.view.legend.mean == pytest.approx(round(work / cap, 2))
    assert mega.figures.legend()[2] == pytest.approx(work / cap)
