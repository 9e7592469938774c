"""The stylised facts of the specification (§7), each as paired runs over five seeds.

Each test compares two institutional settings on the same seeds (the same citizens: common
random numbers) and asserts the sign of the mean difference; on failure it prints the table.
"""

import numpy as np
import pytest
from paired import arm, diff, report

M0 = "bureaucracy"
PLATFORM = "algorithmic-dispatch"  # M1 + M2 + M3, shared data, no assessment
NO_BACKLOG = ("mechanisms.dispatch.weights.backlog", 0.0)
PURE_LB = (
    ("mechanisms.dispatch.weights.expertise", 0.0),
    ("mechanisms.dispatch.weights.authority", 0.0),
)
BLOCKS = ("mechanisms.data.regime", "blocks")
WHISTLE = ("mechanisms.escalation.whistle", True)
DUTY_LIST = (
    ("mechanisms.data_asset_design.enabled", True),
    ("mechanisms.data_asset_design.shared_asset", False),
    ("mechanisms.data_asset_design.one_form", False),
    ("mechanisms.data_asset_design.duty_list", True),
    ("mechanisms.data_asset_design.arbitration", False),
    ("mechanisms.data_asset_design.assessment_redesign", False),
)


def _check(a, b, up=(), down=()):
    table = report(a, b, tuple(up) + tuple(down))
    for key in up:
        assert diff(a, b, key)[0] > 0, f"{key} should rise\n{table}"
    for key in down:
        assert diff(a, b, key)[0] < 0, f"{key} should fall\n{table}"


def test_sf1_platform_beats_bureaucracy():
    """SF1: entrance + catalogue + algorithm raise flexibility, match and first-dispatch
    accuracy and cut hops, returns and median resolution time."""
    _check(
        arm(M0),
        arm(PLATFORM),
        up=("flexibility", "flex_match", "first_dispatch_accuracy"),
        down=("hops_per_100", "returns_per_100", "median_resolution_hours"),
    )


def test_sf1_backlog_term_speeds_shock_recovery():
    """SF1: after the day-60 flood, mobility recovers faster with the backlog term."""
    _check(arm(PLATFORM, NO_BACKLOG), arm(PLATFORM), down=("shock_recovery_days",))


def test_sf2_composite_keeps_professionalism_while_flexibility_rises():
    """SF2: with expertise and authority in the score, professionalism stays near M0 (within
    0.1) while flexibility rises well above it."""
    m0, plat = arm(M0), arm(PLATFORM)
    table = report(m0, plat, ("professionalism", "flexibility"))
    assert abs(diff(m0, plat, "professionalism")[0]) < 0.1, table
    assert diff(m0, plat, "flexibility")[0] > 0.2, table


def test_sf2_pure_load_balancing_lowers_professionalism_and_quality():
    """SF2: pure load balancing (wE = wA = 0) lowers professionalism and true quality."""
    _check(arm(PLATFORM), arm(PLATFORM, *PURE_LB), down=("professionalism", "resolution_true"))


@pytest.mark.xfail(
    strict=True,
    reason="SF2's mobility gain is not reproduced: without the "
    "expertise and authority terms the jurisdiction term sends more work to the "
    "streets, whose backlog doubles (docs/MODEL.md, section 8.2)",
)
def test_sf2_pure_load_balancing_raises_mobility():
    """SF2: pure load balancing raises mobility (a known gap of this model, kept visible)."""
    _check(arm(PLATFORM), arm(PLATFORM, *PURE_LB), up=("flex_mobility",))


def test_sf3_data_blocks_fragment_and_load_the_grassroots():
    """SF3: data in blocks vs shared: lateral and range down; fragmentation, coordination
    work and grassroots form-filling up."""
    _check(
        arm(PLATFORM),
        arm(PLATFORM, BLOCKS),
        up=("fragmentation", "load_coord", "load_report"),
        down=("flex_lateral", "flex_range"),
    )


def test_sf4_enforce_cases_at_streets_climb_the_hierarchy():
    """SF4: without a duty list (enforce cases reach streets) escalations, decision backlog
    and quick fixes rise and lateral solutions fall."""
    _check(
        arm("typical-platform", *DUTY_LIST),
        arm("typical-platform"),
        up=("escalations_per_100", "decision_backlog", "quick_fixes_per_100"),
        down=("flex_lateral",),
    )


def test_sf4_whistle_cuts_latency_and_loads_bureaus():
    """SF4: whistle-blowing brings help sooner and raises the bureaus' load."""
    _check(
        arm("typical-platform"),
        arm("typical-platform", WHISTLE),
        up=("bureau_load",),
        down=("help_latency_hours",),
    )


def test_sf5_pressure_raises_reported_performance_and_load():
    """SF5: raising assessment pressure raises on-time and reported resolution, grassroots
    load and the gaming gap."""
    low = arm("typical-platform", ("mechanisms.assessment.pressure", 0.1))
    high = arm("typical-platform", ("mechanisms.assessment.pressure", 0.9))
    _check(low, high, up=("on_time_rate", "resolution_reported", "load", "gaming_gap"))


def test_sf5_true_performance_is_not_monotone_in_pressure():
    """SF5: true performance (truly resolved on time) first rises with pressure, while true
    resolution falls: what pressure buys in speed it loses in substance."""
    p0 = arm("typical-platform", ("mechanisms.assessment.pressure", 0.0))
    p5 = arm("typical-platform", ("mechanisms.assessment.pressure", 0.5))
    p10 = arm("typical-platform", ("mechanisms.assessment.pressure", 1.0))
    _check(p0, p5, up=("true_on_time_rate",))
    _check(p5, p10, down=("resolution_true",))


def test_sf5_waits_explode_above_ninety_percent_utilisation():
    """SF5: as demand pushes grassroots utilisation past 0.9, backlog grows faster than
    linearly (waits grow like rho / (1 - rho))."""
    runs = [arm(PLATFORM, ("demand.tickets_per_day", n)) for n in (150, 210, 270)]
    load = [np.mean([r["load"] for r in a]) for a in runs]
    backlog = [np.mean([r["backlog_days"] for r in a]) for a in runs]
    msg = f"load {np.round(load, 3)} backlog {np.round(backlog, 3)}"
    assert load[-1] > 0.9 > load[0], msg
    assert backlog[2] - backlog[1] > backlog[1] - backlog[0] > 0, msg


def test_sf6_tensions_shrink_flexibility_and_raise_load():
    """SF6: blocks + power mismatch + high pressure pull flexibility back toward M0 while
    load rises."""
    _check(arm(PLATFORM), arm("tensions"), up=("load",), down=("flexibility",))


def test_sf7_institutional_design_reopens_the_flexibility_space():
    """SF7: M7 (all levers) recovers flexibility to at least the M1-M3 level, brings load
    under 0.85 and shrinks the gaming gap."""
    plat, tens, design = arm(PLATFORM), arm("tensions"), arm("institutional-design")
    table = report(tens, design, ("flexibility", "load", "gaming_gap"))
    assert np.mean([r["flexibility"] for r in design]) >= np.mean(
        [r["flexibility"] for r in plat]
    ), table
    assert np.mean([r["load"] for r in design]) < 0.85, table
    assert diff(tens, design, "gaming_gap")[0] < 0, table


def test_sf8_catalogue_granularity_has_an_interior_optimum():
    """SF8: quality x match is higher at a middle granularity than at either extreme."""

    def score(g):
        runs = arm("unified-entrance", ("mechanisms.interface.granularity", g))
        return np.array([r["resolution_true"] * r["flex_match"] for r in runs])

    coarse, middle, fine = score(0.0), score(0.6), score(1.0)
    msg = f"coarse {coarse.mean():.4f} middle {middle.mean():.4f} fine {fine.mean():.4f}"
    assert (middle - coarse).mean() > 0, msg
    assert (middle - fine).mean() > 0, msg
