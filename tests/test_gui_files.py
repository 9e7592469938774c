"""Files: save and reopen, broken files, the unsaved-changes prompt, recent files, CSV."""

from __future__ import annotations

import csv
import json

from PySide6.QtWidgets import QMessageBox

from model.scenario import load_scenario, normalize


def test_save_then_reopen_gives_the_same_scenario(window, tmp_path):
    """Save As writes the whole scenario (layout too); opening it gives it back."""
    window.scene.editor.add("street", None, "d2")
    window.mechanisms.groups["M6"].switch.click()
    path = tmp_path / "city.govflex.json"
    assert window.files.save_as(str(path))
    saved = normalize(window.doc.scenario)
    assert window.doc.undo_stack.isClean() and not window.isWindowModified()
    window.files.open_preset("bureaucracy")
    assert window.files.open(str(path))
    assert normalize(window.doc.scenario) == saved
    assert load_scenario(path)["layout"] == saved["layout"]


def test_save_adds_suffix_and_recent(window, tmp_path, settings):
    """A name without the suffix gets `.govflex.json`; the file joins the recent list."""
    assert window.files.save_as(str(tmp_path / "plain"))
    assert (tmp_path / "plain.govflex.json").is_file()
    assert settings.recent_files()[0].endswith("plain.govflex.json")


def test_broken_file_opens_nothing_and_lists_every_problem(window, tmp_path, dialogs):
    """A file with several mistakes shows them all in one dialog and keeps the old scenario."""
    bad = {
        "departments": [
            {"id": "s", "kind": "kuai", "level": "street", "parent": "nowhere"},
            {"id": "b", "kind": "tiao", "level": "street"},
        ],
        "mechanisms": {"assessment": {"presure": 0.9}},
    }
    path = tmp_path / "bad.govflex.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    before = window.doc.scenario
    assert not window.files.open(str(path))
    assert window.doc.scenario is before
    kind, _title, problems = dialogs.shown[-1]
    assert kind == "problems" and len(problems) >= 3
    assert any("presure" in p for p in problems)


def test_not_json_is_reported(window, tmp_path, dialogs):
    """A file that is not JSON at all is reported, not a crash."""
    path = tmp_path / "junk.govflex.json"
    path.write_text("this is not json", encoding="utf-8")
    assert not window.files.open(str(path))
    assert "JSON" in dialogs.shown[-1][2][0]


def test_unsaved_changes_prompt_can_cancel(window, dialogs):
    """With unsaved edits, New asks first; Cancel keeps everything."""
    window.scene.editor.delete(["d1-s1-c1"])
    assert window.isWindowModified()
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    assert not window.files.new()
    assert window.doc.department("d1-s1") is not None
    assert dialogs.kinds()[-1] == "question"


def test_unsaved_changes_prompt_can_discard(window, dialogs):
    """Discard lets New replace the scenario with a small town."""
    window.scene.editor.delete(["d1-s1-c1"])
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    assert window.files.new()
    assert len(window.doc.departments()) == 7 and window.doc.valid


def test_cannot_save_broken_structure(window, tmp_path, dialogs):
    """Saving a structure that breaks the rules is refused with the list of problems."""
    window.scene.editor.delete(["d1"])
    assert not window.files.save_as(str(tmp_path / "broken.govflex.json"))
    assert not (tmp_path / "broken.govflex.json").exists()
    assert dialogs.kinds()[-1] == "problems"


def test_export_csv_writes_a_row_per_day(window, tmp_path):
    """Time series as CSV has a header and one row per complete day."""
    for _ in range(3):
        window.runner.step_day()
    path = tmp_path / "run.csv"
    assert window.files.export_csv(str(path))
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert rows[0][0] == "day" and "flexibility" in rows[0]
    assert len(rows) == 4


def test_preset_menu_lists_every_preset(window):
    """File > Open Preset offers the seven bundled presets."""
    from model.presets import PRESET_NAMES

    assert len(window.menus["presets"].actions()) == len(PRESET_NAMES)


def test_recent_files_menu_opens_a_file(window, tmp_path):
    """A saved file appears under Open Recent and opens from there."""
    path = tmp_path / "recent.govflex.json"
    window.files.save_as(str(path))
    window.files.open_preset("bureaucracy")
    recent = window.menus["recent"]
    recent.aboutToShow.emit()
    recent.actions()[0].trigger()
    assert window.doc.path == path
