"""The inspector edits a department; labels and settings behave."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui import labels
from gui.mechanism_specs import GROUPS, marker_label


def test_inspector_shows_and_edits_capacity(window):
    """Selecting a street shows its fields; a new capacity is one undo step."""
    window.scene.select_ids(["d2-s3"])
    insp = window.inspector
    assert insp.name_en.text() == "District 2 Street 3"
    insp.capacity.setValue(25)
    insp.capacity.setValue(30)
    assert window.doc.department("d2-s3")["capacity"] == 30
    assert window.doc.undo_stack.count() == 1
    assert window.runner.sim is not None and window.runner.tick == 0


def test_inspector_rename_updates_canvas(window):
    """Editing the English name relabels the node."""
    window.scene.select_ids(["d2-s3"])
    window.inspector.name_en.setText("Lakeside")
    window.inspector.name_en.editingFinished.emit()
    assert window.scene.nodes["d2-s3"].label == "Lakeside"


def test_inspector_categories_and_authority(window):
    """Ticking a category adds it; custom authority stores an explicit list."""
    window.scene.select_ids(["d1-urban"])
    insp = window.inspector
    item = insp.categories.item(1)
    cat = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)
    assert cat in window.doc.department("d1-urban")["categories"]
    insp.custom_authority.setChecked(True)
    assert "authority" in window.doc.department("d1-urban")
    window.doc.undo_stack.undo()
    assert "authority" not in window.doc.department("d1-urban")


def test_inspector_kind_change_flags_problem(window):
    """Turning a street into a bureau is allowed but marked as a problem."""
    window.scene.select_ids(["d4-s1"])
    insp = window.inspector
    insp.kind.activated.emit(insp.kind.findData("tiao"))
    assert window.scene.nodes["d4-s1"].problems


def test_names_switch_to_chinese(window):
    """View > Department names > Chinese shows the zh names on the canvas."""
    window.set_names("zh")
    assert window.scene.nodes["d1-s1"].label == "第一街道"
    window.set_names("en")
    assert window.scene.nodes["d1-s1"].label == "Street 1"


def test_compact_names_drop_the_superiors_prefix():
    """'District 1 Street 1 Community 2' under 'District 1 Street 1' reads 'Community 2'."""
    assert (
        labels.compact_name("District 1 Street 1 Community 2", ["District 1 Street 1"])
        == "Community 2"
    )
    assert labels.compact_name("一区城市管理委员会", ["一区人民政府"]) == "城市管理委员会"
    assert labels.compact_name("Harbour", ["District 1 government"]) == "Harbour"


def test_marker_words():
    """Markers read like 'M5 off' or 'M5 Pressure π 0.8'."""
    assert marker_label("mechanisms.assessment.enabled", False) == "M5 off"
    assert marker_label("mechanisms.assessment.pressure", 0.8) == "M5 Pressure π 0.8"
    assert marker_label("mechanisms.dispatch.mode", "manual").startswith("M3 Operators")
    assert marker_label("shock:health") == "Shock: health"


def test_every_parameter_path_exists_in_the_schema():
    """The panel only offers paths the scenario schema knows."""
    from model.presets import load_preset
    from model.scenario import get_path

    sc = load_preset("typical-platform")
    for g in GROUPS:
        for p in g.params:
            get_path(sc, p.path)
        if g.switch:
            get_path(sc, g.switch)


def test_settings_round_trip(settings):
    """Typed settings come back with their types; recent files stay unique and short."""
    settings.set("run/speed_index", 5)
    settings.set("view/thick_lines", True)
    for k in range(12):
        settings.add_recent(f"/tmp/f{k}.govflex.json")
    settings.add_recent("/tmp/f11.govflex.json")
    settings.sync()
    assert settings.get("run/speed_index") == 5 and settings.get("view/thick_lines") is True
    recent = settings.recent_files()
    assert len(recent) == 8 and recent[0] == "/tmp/f11.govflex.json"
