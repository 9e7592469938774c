"""The robustness of a comparison (the "Robust?" tab) and of the model's findings (Help)."""

from __future__ import annotations

import psutil
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from model import compare_robustness as cr


@pytest.fixture
def cmp(window):
    """A comparison of data in blocks (A) against shared data (B), 4-day runs, 2 seeds."""
    from gui.compare.install import install

    window.doc.apply_value("run.warmup_days", 2)
    install(window)
    c = window.compare
    c.workers = 2
    c.panel.days.setValue(4)
    c.panel.seeds.setValue(2)
    c.panel.robustness.listed = ["demand.work_median"]
    assert c.pin_a()
    window.doc.apply_value("mechanisms.data.regime", "shared")
    assert c.make_b()
    yield c
    task = c.panel.robustness.task
    if task is not None:
        task.cancel()
        task.wait(10000)


def _children() -> list:
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]


def test_the_tab_offers_three_sets_with_their_cost(cmp):
    """Every assumption, those of the switched-on mechanisms, or the listed ones; the estimate
    counts the unmoved pair and every move for both designs on every seed."""
    view = cmp.panel.robustness
    texts = [view.subset.itemText(k) for k in range(view.subset.count())]
    assert texts[0] == "Every assumption (232 moves)"
    assert texts[2] == "The assumptions that flip one of the model's findings (2 moves)"
    view.subset.setCurrentIndex(2)
    assert view.runs() == 2 * (1 + 2) * 2 == 12
    assert view.estimate.text().startswith("12 runs: the unmoved pair and 2 moves")
    assert "first guess" in view.estimate.text()


def test_button_runs_a_tiny_screen_and_says_how_many_moves_keep_the_sign(cmp, qtbot, window):
    """Clicking the button runs the screen off the window's thread; one line per output says
    how many of the moves keep the sign of B − A, as the model's verdict counts them."""
    from gui.compare.figure_pack import _record

    view = cmp.panel.robustness
    view.subset.setCurrentIndex(2)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.task is not None and view.task_bar.isVisible()
    qtbot.waitUntil(lambda: view.task is None, timeout=180000)
    result = view.result
    assert result is not None and [p["label"] for p in result["perturbations"]] == [
        "demand.work_median x0.7",
        "demand.work_median x1.3",
    ]
    lines = view.verdicts.text().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Flexibility: B − A = ")
    for line, key in zip(lines, cr.KEYS, strict=True):
        v = cr.verdict(result, key)
        if v["flips"]:
            assert f"keeps its sign in {v['kept']} of 2 moves" in line
        else:
            assert "keeps its sign in all 2 moves" in line
    assert view.flips.isVisible() == any(cr.verdict(result, k)["flips"] for k in cr.KEYS)
    assert "robustness" in _record(window, cmp, [])  # the figure pack keeps it
    title, body = cmp.panel.dossier_section()  # a section of the credibility dossier
    assert title == "Robustness of the comparison A vs B"
    assert "flexibility: B - A = " in body and "paired over seeds 1, 2, 4 days" in body
    assert cmp.robust.per_run_day is not None  # the next estimate uses this machine's speed


def test_a_long_screen_asks_first_and_cancel_leaves_no_process(cmp, qtbot, dialogs):
    """A screen estimated over two minutes starts only after the user agrees; Cancel stops it
    within seconds and no worker process is left."""
    view = cmp.panel.robustness
    cmp.panel.days.setValue(40)
    cmp.robust.per_run_day = 1.0  # as if a run took a second per simulated day here
    cmp.robust.refresh()
    view.subset.setCurrentIndex(0)
    dialogs.question_answer = QMessageBox.StandardButton.No
    assert not cmp.robust.run()
    assert dialogs.kinds() == ["question"] and view.task is None
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    assert cmp.robust.run()
    qtbot.waitUntil(lambda: len(_children()) > 0, timeout=30000)
    qtbot.mouseClick(view.task_bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30000)
    assert view.status.text() == "Cancelled: every worker process was stopped."
    assert view.result is None and _children() == []


def test_help_shows_the_robustness_table_of_the_findings(window, dialogs):
    """Help → Robustness of the model's findings shows the table of docs/MODEL.md with the
    sentence on how it was measured and the findings' titles."""
    from gui.findings_robustness import FindingsRobustnessDialog, flipping_assumptions

    action = next(
        a for a in window.menus["help"].actions() if "Robustness of the Model" in a.text()
    )
    action.trigger()
    assert ("dialog", "Robustness of the model's findings", None) in dialogs.shown
    text = FindingsRobustnessDialog(window).browser.toPlainText()
    assert "How it was measured." in text and "right sign in every claim" in text
    assert "F8 — Gaming today is load tomorrow" in text
    assert "demand.work_median" in flipping_assumptions()


def test_verdicts_follow_the_language(cmp, qtbot, window):
    """The verdict lines, made from numbers, turn Chinese with the interface and back."""
    from gui.language import set_language

    view = cmp.panel.robustness
    v = {"key": "load", "diff": -0.05, "low": -0.06, "high": -0.04, "total": 2, "kept": 2}
    row = {"load": {k: v[k] for k in ("diff", "low", "high")}}
    view.show_result(
        {
            "keys": ["load"],
            "baseline": row,
            "perturbations": [{"label": "x", "rows": row}, {"label": "y", "rows": row}],
            "seeds": [1, 2],
            "days": 4,
        }
    )
    assert view.verdicts.text().startswith("Grassroots load: B − A = -0.05 keeps its sign in all")
    set_language(window, "zh_CN")
    qtbot.waitUntil(lambda: view.verdicts.text().startswith("基层负荷："), timeout=5000)
    assert view.subset.itemText(0) == "全部假设（232 次调整）"
    set_language(window, "en")
    qtbot.waitUntil(lambda: view.verdicts.text().startswith("Grassroots load:"), timeout=5000)
