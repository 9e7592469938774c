"""Problem messages name the department, not its place in the file, in both languages."""

from __future__ import annotations

import json

from gui.problem_words import named_problems

SCENARIO = {
    "departments": [
        {"id": "hub", "name_en": "12345 Hotline", "name_zh": "12345热线"},
        {"id": "s", "name_en": "Lakeside Street", "name_zh": "湖畔街道", "capacity": -5},
    ]
}


def test_paths_become_names_in_english_and_chinese():
    problems = ["departments[1].capacity: must be at least 0", "seed: must be a whole number"]
    en = named_problems(problems, SCENARIO, "en")
    assert en == ["Lakeside Street, Capacity: must be at least 0", problems[1]]
    zh = named_problems(problems, SCENARIO, "zh")
    assert zh[0].startswith("湖畔街道") and "departments" not in zh[0]


def test_the_dotted_form_and_a_path_without_a_field():
    out = named_problems(["departments.0: appears twice"], SCENARIO, "en")
    assert out == ["12345 Hotline: appears twice"]


def test_a_path_with_no_such_department_stays_as_it_is():
    assert named_problems(["departments[9].parent: unknown"], SCENARIO, "en") == [
        "departments[9].parent: unknown"
    ]
    assert named_problems(["departments[0].x: y"], None, "en") == ["departments[0].x: y"]


def test_open_shows_the_department_names(window, tmp_path, dialogs):
    """A file whose street names an unknown superior: the dialog names the street."""
    bad = {
        "departments": [
            {
                "id": "s",
                "name_en": "Riverside",
                "kind": "kuai",
                "level": "street",
                "parent": "nowhere",
            },
        ]
    }
    path = tmp_path / "bad.govflex.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert not window.files.open(str(path))
    kind, _title, problems = dialogs.shown[-1]
    assert kind == "problems"
    assert any(p.startswith("Riverside") for p in problems), problems
    assert not any("departments[" in p for p in problems), problems


def test_the_structure_problems_dialog_names_the_unit(window, dialogs):
    """A street turned into a bureau: the problem list names the street, in Chinese too."""
    from gui.language import set_language

    window.scene.select_ids(["d4-s1"])
    insp = window.inspector
    insp.kind.activated.emit(insp.kind.findData("tiao"))
    window.show_problems()
    problems = dialogs.shown[-1][2]
    assert problems and not any("departments[" in p for p in problems), problems
    set_language(window, "zh_CN")
    try:
        window.show_problems()
        zh = dialogs.shown[-1][2]
        assert not any("departments[" in p for p in zh), zh
        name = window.doc.department("d4-s1")["name_zh"]
        assert any(name in p for p in zh), zh
    finally:
        set_language(window, "en")
