"""The Sensitivity page: set-up, a tiny analysis end to end in the background, cancel, the
results views, save/load and the figure pack's dossier."""

from __future__ import annotations

import numpy as np
import pytest
from pools import workers

FACTORS = ("assumptions.repeat.unresolved", "mechanisms.assessment.pressure")


@pytest.fixture
def page(window, qtbot):
    """The Sensitivity page of a workbench with a short warm-up, two workers, two factors."""
    from gui.compare.install import install, open_sensitivity

    window.doc.apply_value("run.warmup_days", 2)
    install(window)
    window.compare.workers = 2
    p = open_sensitivity(window)
    qtbot.waitExposed(p)
    p.setup.set_checked(FACTORS)
    p.setup.set_checked_outputs(("flexibility", "load"))
    p.setup.days.setValue(5)
    p.setup.size.setValue(2)  # 2 trajectories x 3 points
    yield p
    if p.task is not None:
        p.task.cancel()
        p.task.wait(10000)


def _finish(page, qtbot):
    assert page.start()
    qtbot.waitUntil(lambda: page.task is None, timeout=120000)


def test_the_form_writes_the_file_the_model_checks(page, window):
    from model.sensitivity_spec import plan

    spec = page.setup.spec(page.base_scenario(), "x")
    assert sorted(f["path"] for f in spec["factors"]) == sorted(FACTORS)
    p = plan(spec)
    assert p.method == "morris" and p.points == 2 * 3 and p.runs == 6
    assert "6 runs" in page.setup.estimate.text()
    page.setup.method.setCurrentIndex(1)  # Sobol: n (k + 2) points
    assert page.setup.points() == 64 * 4


def test_a_bad_range_is_refused_with_the_factor_named(page, dialogs):
    item = next(i for i in page.setup.factor_items() if i.data(0, 256) == FACTORS[1])
    item.setText(2, "lots")
    assert not page.start()
    kind, _title, payload = dialogs.shown[-1]
    where = [f["path"] for f in page.setup.factors()].index(FACTORS[1])
    assert f"factors[{where}].range" in str(payload), payload
    assert page.task is None


def test_a_tiny_morris_runs_in_the_background_and_fills_the_views(page, qtbot, window):
    _finish(page, qtbot)
    r = page.result
    assert r is not None and r.method == "morris", page.status.text()
    assert page.results.table.rowCount() == len(FACTORS)
    mu = r.indices["flexibility"]["mu_star"]
    top = page.results.table.item(0, 1).text()
    from gui.sensitivity.choices import factor_name

    assert top == factor_name(r.factors[int(np.nanargmax(mu))]["path"])
    # a row click shows the output at every sample point against that factor
    page.results.table.selectRow(1)
    j = page.results.rows[1]
    xs, ys = page.results.scatter.dots.getData()
    assert np.allclose(xs, r.X[:, j]) and np.allclose(ys, r.Y[:, 0])
    # the figure pack's dossier carries the analysis
    from gui.compare.figure_pack import analyses

    titles = [t for t, _md in analyses(window, window.compare)]
    assert any(t.startswith("Global sensitivity analysis") for t in titles)


def test_cancel_stops_the_analysis_and_leaves_no_process(page, qtbot):
    page.setup.size.setValue(40)
    page.setup.days.setValue(30)
    assert page.start()
    qtbot.waitUntil(lambda: len(workers()) > 0, timeout=30000)
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    assert "Cancelled" in page.status.text()
    assert workers() == []


def test_results_round_trip_through_save_and_load(page, qtbot, tmp_path):
    _finish(page, qtbot)
    before = page.result
    assert page.save_to(tmp_path)
    page.result = None
    assert page.load_from(tmp_path)
    assert page.result == before
    assert page.results.table.rowCount() == len(FACTORS)


def test_morris_names_the_most_influential_points_without_stacking_labels():
    """A cluster of points near the origin gets one name, not a pile of overlapping ones."""
    from gui.sensitivity.charts import LABELLED, label_order

    x = np.array([0.9, 0.05, 0.06, 0.055, 0.5, 0.07])
    y = np.array([0.5, 0.02, 0.03, 0.025, 0.9, 0.021])
    order = label_order(x, y)
    assert order[:2] == [0, 4]  # largest effects first
    assert len([j for j in order if x[j] < 0.1]) == 1  # one name for the cluster
    many = np.linspace(1, 0, 30)
    assert len(label_order(many, many)) == LABELLED


def test_the_page_follows_the_language(page, window, qtbot):
    from gui.language import set_language
    from gui.sensitivity.choices import factor_name

    item = next(i for i in page.setup.factor_items() if i.data(0, 256) == FACTORS[0])
    english = item.text(0)
    set_language(window, "zh_CN")
    try:
        qtbot.waitUntil(lambda: item.text(0) != english, timeout=3000)
        assert item.text(0) == factor_name(FACTORS[0]) != english
    finally:
        set_language(window, "en")
    qtbot.waitUntil(lambda: item.text(0) == english, timeout=3000)


def test_before_any_result_the_page_says_what_to_do_instead_of_empty_charts(page):
    assert page.results.pages.currentWidget() is page.results.hint
    assert "Run analysis" in page.results.hint.text()


def test_groups_without_a_factor_to_vary_are_not_listed(page):
    from model.assumptions import REGISTRY

    tree = page.setup.tree
    groups = {tree.topLevelItem(i).data(0, 256) for i in range(tree.topLevelItemCount())}
    fixed = {g for g, items in REGISTRY.items() if all(a.lo == a.hi for a in items.values())}
    assert fixed and not fixed & groups  # the deadlines are fixed by the regulations
    assert all(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))


def test_the_estimate_follows_the_language(page, window, qtbot):
    from gui.language import set_language

    page.refresh_base()
    english = page.setup.estimate.text()
    assert "factors" in english
    set_language(window, "zh_CN")
    try:
        qtbot.waitUntil(lambda: "个因素" in page.setup.estimate.text(), timeout=3000)
        assert "factors" not in page.setup.estimate.text()
    finally:
        set_language(window, "en")
    qtbot.waitUntil(lambda: page.setup.estimate.text() == english, timeout=3000)
