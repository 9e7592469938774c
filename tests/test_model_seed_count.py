"""How many seeds: the CV over growing numbers of seeds, the stability rule, the suggestion."""

import numpy as np
import pytest

from model.seed_count import (
    check_csv,
    check_outputs,
    check_series,
    cv_curve,
    relative_changes,
    series_of,
    verdict,
)


def test_cv_of_an_alternating_series_has_its_known_value():
    """a, b, a, b ...: after 2k seeds the mean is (a + b) / 2 and the sample sd is
    |a - b| / 2 * sqrt(n / (n - 1)), so the CV is known exactly."""
    a, b = 8.0, 12.0
    x = [a, b] * 10
    cv = cv_curve(x)
    for n in range(2, 21, 2):
        expected = (abs(a - b) / 2) * np.sqrt(n / (n - 1)) / ((a + b) / 2)
        assert cv[n - 2] == pytest.approx(expected, rel=1e-12)


def test_cv_curve_matches_numpy_on_random_values():
    """Element n - 2 is the sd (n - 1 denominator) over |mean| of the first n values."""
    x = np.random.default_rng(4).normal(50.0, 3.0, 30)
    want = [np.std(x[:n], ddof=1) / abs(np.mean(x[:n])) for n in range(2, 31)]
    assert np.allclose(cv_curve(x), want, rtol=1e-10)


def test_relative_changes_treat_zero_spread_as_no_change():
    """A constant output has CV 0 and never changes; spread appearing from 0 is infinite."""
    assert list(relative_changes(np.array([0.0, 0.0, 0.5]))) == [0.0, np.inf]


def test_a_flat_curve_is_stable_and_a_late_jump_is_not():
    """A long two-valued series has settled; one outlier at the end unsettles it."""
    settled = [9.0, 11.0] * 30
    c = check_series(settled)
    assert c["stable"] and c["settled_after"] <= 20 and c["suggested"] <= 60
    c = check_series(settled + [40.0])
    assert not c["stable"] and c["suggested"] > 61


def test_five_noisy_seeds_are_not_enough():
    """Five draws of a noisy output are not stable; the suggestion asks for more."""
    x = np.random.default_rng(1).normal(10.0, 1.0, 5)
    c = check_series(x)
    assert not c["stable"] and c["settled_after"] is None
    assert 5 < c["suggested"] <= 200


def test_suggestion_never_grows_with_the_tolerance():
    """A looser tolerance can only ask for as many seeds or fewer, stable or not."""
    rng = np.random.default_rng(7)
    for n in (3, 6, 12, 30):
        x = rng.lognormal(0.0, 0.5, n)
        got = [check_series(x, tol)["suggested"] for tol in (0.005, 0.01, 0.02, 0.05, 0.1, 0.3)]
        assert got == sorted(got, reverse=True), got
        assert got[0] > got[-1]


def test_one_seed_is_too_few_to_judge():
    c = check_series([3.0])
    assert c["suggested"] is None and not c["stable"]
    assert "too few" in verdict(check_outputs({"load": [[3.0]]}))


def test_outputs_check_takes_the_worst_setting_and_says_so_in_one_line():
    """An output is stable only if it is in every setting; the verdict names the others."""
    stable = [9.0, 11.0] * 30
    noisy = list(np.random.default_rng(2).normal(10.0, 1.0, 60))
    noisy[-1] = 30.0
    check = check_outputs({"flexibility": [stable, stable], "load": [stable, noisy]})
    assert check["unstable"] == ["load"] and not check["stable"]
    assert check["outputs"]["load"]["unstable_settings"] == [1]
    line = verdict(check, {"load": "grassroots load"})
    assert line.startswith("60 seeds: not stable for grassroots load: suggest")
    ok = check_outputs({"flexibility": [stable, stable]})
    assert verdict(ok) == (
        f"60 seeds: stable mean for all outputs (CV changes < 5 % after "
        f"{ok['settled_after']} seeds)"
    )
    rows = check_csv(check).splitlines()
    assert rows[0].startswith("output,seeds,stable") and rows[2].startswith("load,60,false,")


def test_series_of_leaves_out_outputs_missing_in_some_run():
    runs = [[{"load": 1.0, "shock": None}, {"load": 2.0, "shock": 1.0}]]
    assert series_of(runs, ["load", "shock", "absent"]) == {"load": [[1.0, 2.0]]}
