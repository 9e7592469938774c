"""Presenter mode on a classroom projector: the city's labels can be read from the back.

At 1280 × 720, 1366 × 768 and 1920 × 1080, in English and in Chinese, presenter mode at "fit"
shows the whole city with every unit labelled: at least 14 px on screen, inside the unit's box
(a shorter form of the name where the full one does not fit), no two labels overlapping.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from gui.presenter import CANVAS_LABEL_PX

SCREENS = [(1280, 720), (1366, 768), (1920, 1080)]


def settle(qtbot) -> None:
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(10)


def label_rects(window) -> dict[str, tuple[QRectF, QRectF, int, list[str]]]:
    """Each unit's (label rect, box rect) in viewport pixels, label pixel size, lines."""
    view = window.view
    scale = view.transform().m11()
    out = {}
    for node in window.scene.nodes.values():
        fitted = node.label_font(scale)
        assert fitted is not None, f"{node.dept_id} has no label at scale {scale:.3f}"
        font, lines = fitted
        fm = QFontMetricsF(font)
        ink = [fm.tightBoundingRect(t) for t in lines]
        width = max(fm.horizontalAdvance(t) for t in lines)
        if len(lines) == 1:  # one line is centred in the box: its ink is what must fit
            height = ink[0].height()
        else:
            height = len(lines) * fm.lineSpacing()
        centre = view.mapFromScene(node.pos())
        c = QPointF(centre.x(), centre.y())
        label = QRectF(0, 0, width * scale, height * scale)
        label.moveCenter(c)
        box = QRectF(0, 0, node.w * scale, node.h * scale)
        box.moveCenter(c)
        out[node.dept_id] = (label, box, font.pixelSize() * scale, lines)
    return out


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_presenter_labels_are_legible_at_fit(window, qtbot, size, lang):
    """Every label >= 14 px on screen, inside its box, no overlaps, the whole city in view."""
    from gui.language import set_language

    set_language(window, lang)
    window.resize(*size)
    settle(qtbot)
    window.presenter.set_on(True, full_screen=False)
    try:
        settle(qtbot)
        window.view.fit()
        rects = label_rects(window)
        for dept_id, (label, box, px, lines) in rects.items():
            assert px >= CANVAS_LABEL_PX - 0.5, (dept_id, px)
            assert box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(label), (dept_id, lines)
            assert all(t and "…" not in t for t in lines), (dept_id, lines)
        ids = list(rects)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                assert not rects[a][0].intersects(rects[b][0]), (a, b)
        vp = QRectF(window.view.viewport().rect())
        city = window.view.mapFromScene(window.view.content_rect()).boundingRect()
        assert vp.adjusted(-2, -2, 2, 2).contains(QRectF(city)), (city, vp)
        shown = [c for c in window.charts.values() if c.isVisible()]
        for chart in shown:  # the charts keep a readable size and nothing of theirs is cut
            assert chart.height() >= 160, (chart.name, chart.height())
            assert chart.ci.geometry().width() <= chart.viewport().width() + 0.5, chart.name
        boxes = [QRectF(c.mapTo(window, c.rect().topLeft()), c.size().toSizeF()) for c in shown]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (a, b)
    finally:
        window.presenter.set_on(False, full_screen=False)
        set_language(window, "en")
    assert window.scene.min_label_px == 0


def test_leaving_presenter_mode_gives_the_canvas_its_height_back(window, qtbot):
    """The canvas grows for its labels in presenter mode and shrinks back after it."""
    window.resize(1280, 720)
    settle(qtbot)
    before = window.centre.sizes()
    window.presenter.set_on(True, full_screen=False)
    settle(qtbot)
    assert window.centre.sizes()[0] > before[0]
    window.presenter.set_on(False, full_screen=False)
    settle(qtbot)
    assert window.centre.sizes() == before
