"""Hostile scenario, sweep and tour files: each refused with its place, quickly, never a crash."""

from __future__ import annotations

import copy
import json
import os
import pickle
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import jsonsafe
from model.jsonsafe import JsonFileError, loads, read_json, shown
from model.limits import MAX_DEPARTMENTS, MAX_FILE_BYTES, MAX_PROBLEMS
from model.mechanisms.entrance import erlang_c_wait_hours
from model.presets import load_preset, resolve_scenario
from model.scenario import ScenarioError, apply_overrides, load_scenario, normalize

BASE = load_preset("typical-platform")


def problems_of_file(tmp_path, raw: bytes) -> list[str]:
    path = tmp_path / "x.govflex.json"
    path.write_bytes(raw)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    return info.value.problems


def scenario_text(**changes) -> str:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return json.dumps(data)


# -- the reader ---------------------------------------------------------------------------
BAD_TEXTS = [
    ("repeated key", '{"a": 1, "a": 2}', "a: is given more than once"),
    ("repeated deep", '{"x": [0, {"b": 1, "b": 1}]}', "x[1].b: is given more than once"),
    ("deep list", "[" * 5000 + "]" * 5000, "nested 5000 levels deep"),
    ("deep object", '{"a":' * 3000 + "1" + "}" * 3000, "nested 3000 levels deep"),
    ("5000 digits", '{"n": ' + "7" * 5000 + "}", "n: 77777777777777777777... is a whole number"),
    ("1e400", '{"n": 1e400}', "n: 1e400 is a number too large"),
    ("-1e400", '{"n": [-1e400]}', "n[0]: -1e400 is a number too large"),
    ("NaN", '{"n": NaN}', "n: NaN is not a number JSON allows"),
    ("Infinity", '{"n": -Infinity}', "n: -Infinity is not a number JSON allows"),
    ("surrogate value", '{"name": "a\\ud800"}', "name: text with a lone surrogate"),
    ("surrogate key", '{"\\udfff": 1}', "a key with a lone surrogate"),
    ("syntax", '{"a": }', "JSON syntax error at line 1, column 7"),
]


@pytest.mark.parametrize("label, text, expected", BAD_TEXTS, ids=[c[0] for c in BAD_TEXTS])
def test_reader_refuses_with_the_place(label, text, expected):
    """Each hostile construct is one clear problem that names its JSON path."""
    t0 = time.perf_counter()
    with pytest.raises(JsonFileError) as info:
        loads(text)
    assert time.perf_counter() - t0 < 1
    assert any(expected in p for p in info.value.problems), info.value.problems


def test_reader_accepts_brackets_inside_text_and_bom(tmp_path):
    """Brackets inside strings do not count as nesting; a UTF-8 byte-order mark is fine."""
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"s": "[" * 100, "t": 'q"[{'}).encode())
    assert read_json(path) == {"s": "[" * 100, "t": 'q"[{'}


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b'{"name": "\xc3\x28"}', "not UTF-8 text (bad byte at position 10, line 1)"),
        (b'{"name": "\xed\xa0\x80"}', "not UTF-8"),  # an encoded surrogate
    ],
)
def test_encodings_are_named(tmp_path, raw, expected):
    """Files that are not UTF-8 are refused by name of the problem."""
    assert any(expected in p for p in problems_of_file(tmp_path, raw))


def test_size_limit_and_special_files(tmp_path, monkeypatch):
    """Too large a file, a folder and a FIFO are refused without being read."""
    monkeypatch.setattr(jsonsafe, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000 + b"{}")
    with pytest.raises(JsonFileError, match="MAX_FILE_BYTES"):
        read_json(big, limit=1000)
    with pytest.raises(JsonFileError, match="is a folder"):
        read_json(tmp_path)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    t0 = time.perf_counter()
    with pytest.raises(ScenarioError, match="not a regular file"):
        resolve_scenario(str(fifo))
    assert time.perf_counter() - t0 < 1
    with pytest.raises(ScenarioError, match="not a regular file"):
        load_scenario("/dev/zero")
    assert MAX_FILE_BYTES >= 16 * 1024 * 1024


def test_control_characters_are_escaped_in_every_message(tmp_path):
    """A file cannot write terminal escapes, new lines or direction overrides into messages."""
    evil = "x\x1b[2J\nerror: fake\u202e\x9b"
    data = copy.deepcopy(BASE)
    data["departments"][3]["parent"] = evil
    data["mechanisms"] = {evil: 1}
    problems = problems_of_file(tmp_path, json.dumps(data).encode())
    text = "\n".join(problems)
    assert len(problems) == len(text.splitlines())
    for bad in ("\x1b", "\u202e", "\x9b"):
        assert bad not in text
    assert "\\x1b[2J" in text and "\\u202e" in text
    assert shown("a\tb\x00") == "a\\x09b\\x00"


def test_repeated_key_cannot_hide_a_bad_value(tmp_path):
    """ "capacity": -5 then 40 is refused, not run with 40."""
    text = scenario_text().replace('"capacity": 50', '"capacity": -5, "capacity": 50', 1)
    assert '"capacity": -5' in text
    problems = problems_of_file(tmp_path, text.encode())
    assert any(p.endswith("capacity: is given more than once; each key may appear once per object")
               for p in problems)  # fmt: skip


# -- bounds of a city ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path, value, limit",
    [
        ("demand.tickets_per_day", 1e9, "200000, found 1000000000.0 (MAX_TICKETS_PER_DAY)"),
        ("demand.tickets_per_day", 1e14, "(MAX_TICKETS_PER_DAY)"),
        ("mechanisms.entrance_control.seats", 10**8, "found 100000000 (MAX_SEATS)"),
        ("departments.hub.seats", 10**9, "(MAX_SEATS)"),
        ("run.days", 10**15, "found 1000000000000000 (MAX_DAYS)"),
        ("run.days", 10**9, "between 1 and 36500, found 1000000000 (MAX_DAYS)"),
        ("seed", 2**64, "implausibly large"),
        ("seed", 10**13, "and 1e+12, found 10000000000000 (MAX_SEED)"),
        ("seed", -1, "between 0 and 1e+12, found -1"),
        ("demand.per_10k", 10**6, "MAX_TICKETS_PER_DAY"),
    ],
)
def test_values_beyond_a_desktop_are_refused(path, value, limit):
    """Demand, seats, days and seeds beyond the named limits are refused with their path."""
    sets = [f"{path}={json.dumps(value)}"]
    if path == "demand.per_10k":
        sets.append("demand.tickets_per_day=null")
    with pytest.raises(ScenarioError) as info:
        normalize(apply_overrides(BASE, sets))
    assert any(limit in p for p in info.value.problems), info.value.problems


def test_too_many_departments_refused_at_once():
    """200,000 departments are refused as a whole, quickly, naming MAX_DEPARTMENTS."""
    data = copy.deepcopy(BASE)
    data["departments"] = [dict(BASE["departments"][5], id=f"s{i}") for i in range(200_000)]
    t0 = time.perf_counter()
    with pytest.raises(ScenarioError) as info:
        normalize(data)
    assert time.perf_counter() - t0 < 3
    assert info.value.problems == [
        f"departments: has 200000 items; at most {MAX_DEPARTMENTS} are allowed (MAX_DEPARTMENTS)"
    ]


def test_many_bad_parents_are_checked_in_linear_time():
    """Thousands of unknown parents: a few hundred listed, the rest counted, in seconds."""
    data = copy.deepcopy(BASE)
    street = next(d for d in BASE["departments"] if d["level"] == "street")
    data["departments"] += [dict(street, id=f"x{i}", parent=f"nobody{i}") for i in range(4900)]
    t0 = time.perf_counter()
    with pytest.raises(ScenarioError) as info:
        normalize(data)
    assert time.perf_counter() - t0 < 5
    problems = info.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].startswith("... and ") and problems[-1].endswith("more problems")
    assert int(problems[-1].split()[2]) >= 4900 - MAX_PROBLEMS


def test_a_long_chain_of_superiors_is_checked_quickly():
    """A chain of 4,000 bureaus (each the parent of the next) checks in linear time."""
    data = copy.deepcopy(BASE)
    tiao = next(d for d in BASE["departments"] if d["kind"] == "tiao" and d["level"] == "city")
    chain = [dict(tiao, id=f"t{i}", parent=f"t{i + 1}" if i < 3999 else tiao["parent"])
             for i in range(4000)]  # fmt: skip
    data["departments"] = chain + data["departments"]
    t0 = time.perf_counter()
    try:
        normalize(data)
    except ScenarioError:
        pass
    assert time.perf_counter() - t0 < 5


def test_erlang_wait_never_loops_over_seats():
    """A hundred million seats (or a billion contacts) take no time; big loads stay close to
    the exact formula."""
    t0 = time.perf_counter()
    assert erlang_c_wait_hours(100, 0.1, 10**8) == 0.0
    assert erlang_c_wait_hours(1e10, 0.1, 10**8) == 24.0
    assert 0 <= erlang_c_wait_hours(0.999e9, 0.1, 10**8) <= 24
    assert time.perf_counter() - t0 < 0.1
    from model.mechanisms import entrance

    exact = entrance.erlang_c_wait_hours(98_000, 0.1, 10_000)
    saved, entrance._EXACT_LOAD = entrance._EXACT_LOAD, 1e18
    try:
        slow = entrance.erlang_c_wait_hours(98_000, 0.1, 10_000)
    finally:
        entrance._EXACT_LOAD = saved
    assert exact == pytest.approx(slow, rel=0.05)


# -- --set paths and values ------------------------------------------------------------------
@pytest.mark.parametrize(
    "assignment, expected",
    [
        ("departments.².capacity=1", "neither a list index nor the id"),
        ("departments[²].capacity=1", '["departments[²]"]: unknown key'),
        ("departments.١٢.capacity=1", "neither a list index nor the id"),
        ("layout.x=" + "[" * 5000 + "]" * 5000, "MAX_DEPTH"),
        ("seed=" + "9" * 5000, "MAX_INT_DIGITS"),
        ('name={"a": 1, "a": 2}', "more than once"),
        (".".join(["a"] * 5000) + "=1", "MAX_DEPTH"),
    ],
)
def test_hostile_overrides_are_problems(assignment, expected):
    """Digit-like characters, deep values and huge numbers in --set are reported, not raised."""
    with pytest.raises(ScenarioError) as info:
        normalize(apply_overrides(BASE, [assignment]))
    assert any(expected in p for p in info.value.problems), info.value.problems


def test_errors_survive_pickling():
    """A problem list crosses a process boundary whole (not one character per line)."""
    from gui.tour.tour_file import TourError

    for err in (ScenarioError(["a: one", "b: two"], "f.json"), JsonFileError(["a: one"]),
                TourError(["steps[0]: bad"], "t.json")):  # fmt: skip
        back = pickle.loads(pickle.dumps(err))
        assert back.problems == err.problems and str(back) == str(err)


def test_preset_name_does_not_silently_win_over_a_file(tmp_path, monkeypatch):
    """A local file named like a preset is refused as ambiguous; ./name reads the file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "megacity").write_text(json.dumps(BASE))
    with pytest.raises(ScenarioError, match="both a preset and a file"):
        resolve_scenario("megacity")
    assert resolve_scenario("./megacity")["name"] == BASE["name"]


def test_tour_files_use_the_careful_reader(tmp_path):
    """Tours refuse deep nesting, huge numbers, repeated keys and seats the GUI cannot take."""
    from gui.tour.tour_file import TourError, load_tour

    good = json.loads((jsonsafe.Path(__file__).parent.parent / "assets/tours/paper.json")
                      .read_text(encoding="utf-8"))  # fmt: skip
    cases = {
        "deep": "[" * 5000 + "]" * 5000,
        "digits": '{"format": ' + "1" * 5000 + "}",
        "bytes": b"\xff\xfe\x00",
        "repeat": '{"format": "govflex-tour", "format": "govflex-tour"}',
    }
    seats = copy.deepcopy(good)
    seats["steps"][0]["set"] = {"mechanisms.entrance_control.seats": 10**8}
    cases["seats"] = json.dumps(seats)
    for name, text in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        with pytest.raises(TourError) as info:
            load_tour(path)
        assert info.value.problems, name


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=8,
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_reader_never_raises_anything_else(value):
    """Any JSON text either loads to the same value or is a JsonFileError (never a crash)."""
    text = json.dumps(value)
    try:
        back = loads(text)
    except JsonFileError as err:
        assert err.problems and all("\n" not in p for p in err.problems)
        return
    assert json.dumps(back) == text
