"""Batches: R runs advanced together give exactly the runs done one at a time.

A consistency check of the engine's design (``model/lanes.py``), not a finding: the copies of
the city in a batch never interact, and every sum over a lane is taken in the order the run
alone would take it, so summaries and hourly histories must be bit-identical.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

import model.engine as engine
from model import readout
from model.engine import Simulation
from model.experiment import Job, batch_groups, run_batch, run_one, run_serial
from model.limits import BATCH_BYTES, BATCH_RUNS, run_cost
from model.presets import load_preset
from model.tickets import FREE, TicketStore


def _same(single: Simulation, lane) -> list[str]:
    """What differs between a run alone and its lane of a batch (empty when identical)."""
    a, b = single.summary(), lane
    bad = [k for k in a if json.dumps(a[k]) != json.dumps(b[k])]
    return bad


@pytest.mark.parametrize(("preset", "days"), [("tensions", 65), ("bureaucracy", 20)])
def test_batch_is_bit_identical_to_single_runs(preset, days):
    sc = load_preset(preset)
    seeds = [5, 1, 9]
    batch = Simulation(sc, seeds=seeds)
    batch.run_days(days)
    summaries = batch.summaries()
    for r, seed in enumerate(seeds):
        alone = Simulation(sc, seed=seed)
        alone.run_days(days)
        assert _same(alone, summaries[r]) == [], (preset, seed)
        hist_alone = alone.history.ordered()[1]
        hist_lane = batch.lane(r).history.ordered()[1]
        assert np.array_equal(hist_alone, hist_lane), (preset, seed)
        lane = readout.snapshot(batch.lane(r))
        own = alone.snapshot()
        for key in ("utilisation", "backlog_days", "pressure", "rank", "hidden_share"):
            assert np.array_equal(own[key], lane[key]), key


def test_lanes_really_differ():
    """The lanes are different runs (a batch that copied lane 0 would pass the test above
    only if every seed gave the same run)."""
    batch = Simulation(load_preset("typical-platform"), seeds=[1, 2])
    batch.run_days(batch.scenario["run"]["warmup_days"] + 3)
    a, b = batch.summaries()
    assert a["tickets_created"] != b["tickets_created"]
    assert a["seed"] == 1 and b["seed"] == 2


def test_batch_identical_when_the_ticket_store_grows(monkeypatch):
    """Lanes outgrow their rows at different times; the store re-lays every lane's rows and
    the booked calls must follow them."""
    monkeypatch.setattr(engine, "INITIAL_ROWS", 8)
    sc = load_preset("unified-entrance")
    batch = Simulation(sc, seeds=[3, 4])
    batch.run_days(6)
    assert batch.tickets.capacity > 8
    for r, seed in enumerate([3, 4]):
        alone = Simulation(sc, seed=seed)
        alone.run_days(6)
        assert _same(alone, batch.summaries()[r]) == []


def test_store_allocates_each_lane_its_own_lowest_rows():
    store = TicketStore(4, lanes=3)
    rows = store.alloc_lanes(np.array([2, 0, 2, 2]))
    assert rows.tolist() == [8, 0, 9, 10]  # lane r owns rows [4r, 4r + 4)
    store.cols["state"][rows] = 1
    store.free(np.array([9]))
    assert store.alloc_lanes(np.array([2])).tolist() == [9]
    store.cols["state"][9] = 1
    old = store.capacity
    grown = store.alloc_lanes(np.array([2, 2]))  # lane 2 needs 5 rows: every segment doubles
    assert store.capacity == 8
    assert store.remap(np.array([8, 0]), old).tolist() == [16, 0]
    assert grown.tolist() == [19, 20]
    assert (store.cols["state"][16:19] == 1).all() and store.cols["state"][0] == 1
    assert store.cols["state"][4] == FREE
    assert store.n_open_lane.tolist() == [1, 0, 5]


def test_lowest_free_rows_match_a_search_of_every_row():
    """The prefix search of the free rows finds what a look at every row finds, also when the
    count of busy rows it relies on is off (it then searches the whole segments)."""
    rng = np.random.default_rng(5)
    store = TicketStore(64, lanes=4)
    busy = rng.random(store.capacity * 4) < 0.6
    store.cols["state"][busy] = 2
    store.n_open_lane = busy.reshape(4, -1).sum(axis=1)
    lane = np.array([3, 0, 3, 1, 3, 0])

    def every_row():
        free = [np.flatnonzero(~busy.reshape(4, -1)[r]) + 64 * r for r in range(4)]
        taken = [0] * 4
        out = []
        for r in lane:
            out.append(free[r][taken[r]])
            taken[r] += 1
        return out

    need = np.bincount(lane, minlength=4)
    assert store._lowest_free(lane, need).tolist() == every_row()
    store.n_open_lane[:] = 0  # a wrong count: the prefix holds too few free rows
    assert store._lowest_free(lane, need).tolist() == every_row()


def test_batch_sizes_share_the_runs_evenly_and_fit_in_memory():
    """640 runs on 2 workers go in 4 batches of 160, not 256 + 256 + 128 (one worker would
    run twice as long); a megacity's runs need more memory, so its batches are smaller."""
    assert [len(g) for g in batch_groups(["a"] * 640, workers=2, most=256)] == [160] * 4
    assert [len(g) for g in batch_groups(["a"] * 4608, workers=2, most=256)] == [256] * 18
    city, megacity = run_cost(150, 40, 90), run_cost(30_000, 300, 90)
    assert city.batch_runs() == BATCH_RUNS
    assert 1 <= megacity.batch_runs() < BATCH_RUNS
    assert megacity.batch_runs() * (megacity.bytes - run_cost(0, 0, 0).bytes) <= BATCH_BYTES


def test_batch_groups_keep_order_and_feed_every_worker():
    assert batch_groups(["a"] * 10, workers=2) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
    assert batch_groups(["a", "b", "a", "b"], workers=1) == [[0, 2], [1, 3]]
    assert batch_groups(list("abc"), workers=2) == [[0], [1], [2]]
    assert batch_groups(["a"] * 5, workers=1, most=2) == [[0, 1], [2, 3], [4]]


def test_serial_runs_are_batched_and_equal_to_single_runs():
    a, b = load_preset("bureaucracy"), load_preset("unified-entrance")
    runs = [(a, Job(0, (), 1)), (b, Job(1, (), 1)), (a, Job(0, (), 2))]
    out = run_serial(runs, 8)
    assert out[0] == run_one(a, (), 1, 8)
    assert out[2] == run_batch(a, (), [2], 8)[0]
    assert out[1]["seed"] == 1 and out[1] != out[0]


def _varied_lanes(n: int, seed: int) -> list[dict]:
    """Configurations of one city that differ in many mechanisms and assumptions."""
    from model.assumptions import flat
    from model.scenario import normalize, set_path

    rng = np.random.default_rng(seed)
    base = normalize(load_preset("institutional-design"))
    switches = [
        ("mechanisms.data_asset_design.enforce_rule", ["none", "duty_list", "empower_streets"]),
        ("mechanisms.dispatch.levels", ["street", "community"]),
        ("mechanisms.data.regime", ["silo", "blocks", "shared"]),
        ("mechanisms.escalation.whistle", [True, False]),
        ("mechanisms.assessment.enabled", [True, False]),
        ("mechanisms.interface.enabled", [True, False]),
        ("mechanisms.interface.learning", [True, False]),
        ("mechanisms.entrance_control.enabled", [True, True, False]),
        ("mechanisms.data_asset_design.proactive", [True, False]),
        ("mechanisms.dispatch.mode", ["manual", "algorithmic"]),
        ("mechanisms.entrance_control.seats", [4, 12, 30]),
        ("mechanisms.dispatch.weights.backlog", [0.0, 0.5, 2.0]),
    ]
    out = []
    for _ in range(n):
        sc = base
        for path, options in switches:
            sc = set_path(sc, path, options[rng.integers(len(options))])
        for path, spec in flat():
            if path.startswith("structure.") or spec.lo == spec.hi or rng.random() > 0.3:
                continue
            value = rng.uniform(spec.lo, spec.hi)
            if float(spec.default).is_integer() and spec.default > 1:
                value = round(value)
            sc = set_path(sc, "assumptions." + path, value)
        out.append(normalize(sc))
    return out


def test_runs_that_differ_in_configuration_are_bit_identical_in_a_batch():
    """Mechanisms switched on and off, other dispatch weights and hubs, assumptions anywhere
    in their ranges: every run of the batch equals the same run alone."""
    lanes = _varied_lanes(5, seed=4)
    seeds = [3, 8, 3, 21, 5]
    batch = Simulation(lanes[0], seeds=seeds, scenarios=lanes)
    batch.run_days(40)
    for r, (sc, seed) in enumerate(zip(lanes, seeds, strict=True)):
        alone = Simulation(sc, seed=seed)
        alone.run_days(40)
        assert _same(alone, batch.summaries()[r]) == [], r
        assert np.array_equal(alone.history.ordered()[1], batch.lane(r).history.ordered()[1])


def test_a_batch_is_one_city():
    sc = load_preset("typical-platform")
    other = json.loads(json.dumps(sc))
    other["demand"]["tickets_per_day"] = 2 * (sc["demand"].get("tickets_per_day") or 150)
    with pytest.raises(ValueError, match="demand"):
        Simulation(sc, seeds=[1, 2], scenarios=[sc, other])


def test_jobs_of_different_configurations_share_batches_and_keep_their_results():
    from model.sweep import run_jobs

    base = load_preset("typical-platform")
    jobs = [
        Job(0, (), 1),
        Job(1, (("mechanisms.escalation.whistle", True),), 1),
        Job(2, (("assumptions.repeat.unresolved", 0.2),), 2),
        Job(0, (), 2),
    ]
    out = run_jobs(base, jobs, 16, workers=1)
    assert [j for j, _ in out] == jobs
    for job, summary in out:
        assert summary == run_one(base, job.sets, job.seed, 16), job


def test_a_wide_batch_keeps_its_last_run_apart():
    """64 runs side by side: unit, region and cell numbers of the last run are large enough
    to overflow small integer types; its day must still be the run's own."""
    sc = load_preset("typical-platform")
    batch = Simulation(sc, seeds=list(range(64)), history_days=3)
    batch.run_days(2)
    alone = Simulation(sc, seed=63, history_days=3)
    alone.run_days(2)
    assert np.array_equal(alone.history.ordered()[1], batch.lane(63).history.ordered()[1])
