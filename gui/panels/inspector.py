"""The inspector: the selected department's names, kind, level, links, capacity and powers.

What a unit *owns* (its categories) decides where tickets can go; its legal *authority* decides
whether it can settle an enforcement case or must escalate (the power–responsibility dilemma);
its *capacity* in staff-hours per day decides when it turns red. Every edit here is an undo
step; numbers typed in quick succession merge into one.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.commands import FieldsCommand
from gui.document import ABSENT, Document
from gui.i18n import translate
from gui.panels.strict_spin import StrictDoubleSpinBox, StrictSpinBox
from gui.panels.wheel_guard import guard_wheel

KINDS = ("hub", "tiao", "kuai")
LEVELS = ("city", "district", "street", "community")


class Inspector(QScrollArea):
    """Edits one selected department; shows a count for several."""

    refused = Signal(str)  # a typed value was not accepted, and why

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.dept_id: str | None = None
        self.names = "en"
        self.setWidgetResizable(True)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        self.header = QLabel(
            translate("Inspector", "Select a department on the canvas to edit it.")
        )
        self.header.setWordWrap(True)
        self.header.setObjectName("inspectorHeader")
        outer.addWidget(self.header)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_en = QLineEdit()
        self.name_en.setToolTip(translate("Inspector", "The name shown in English."))
        self.name_zh = QLineEdit()
        self.name_zh.setToolTip(translate("Inspector", "The name shown in Chinese (中文名称)."))
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(labels.kind(k), k)
        self.kind.setToolTip(
            translate(
                "Inspector",
                "Hub: the 12345 hotline. Bureau (条): a functional line. "
                "Territorial (块): city, district, street or community "
                "government.",
            )
        )
        self.level = QComboBox()
        for lv in LEVELS:
            self.level.addItem(labels.level(lv), lv)
        self.parent_box = QComboBox()
        self.parent_box.setToolTip(
            translate(
                "Inspector",
                "The superior in its own line. You can also drag from "
                "the handle on top of a node to its superior.",
            )
        )
        self.territory = QComboBox()
        self.territory.setToolTip(
            translate(
                "Inspector",
                "For a district bureau: the district government it also "
                "answers to (dual leadership, 条块).",
            )
        )
        self.capacity = StrictDoubleSpinBox(field_name=translate("Inspector", "Capacity"))
        self.capacity.setRange(0, 100000)
        self.capacity.setDecimals(1)
        self.capacity.setSuffix(" " + labels.unit("hours_day"))
        self.capacity.setKeyboardTracking(False)
        self.capacity.setToolTip(translate("Inspector", "Staff-hours of work per working day."))
        self.population = StrictSpinBox(field_name=translate("Inspector", "Residents"))
        self.population.setRange(0, 50_000_000)
        self.population.setSingleStep(5000)
        self.population.setGroupSeparatorShown(True)
        self.population.setKeyboardTracking(False)
        self.population.setToolTip(
            translate("Inspector", "Residents of a street: tickets arise in proportion.")
        )
        self.categories = QListWidget()
        self.categories.setToolTip(
            translate(
                "Inspector",
                "Categories this unit owns: tickets of these kinds can be dispatched to it.",
            )
        )
        self.custom_authority = QCheckBox(translate("Inspector", "Set legal authority by hand"))
        self.custom_authority.setToolTip(
            translate(
                "Inspector",
                "Off: authority follows the unit's kind and "
                "categories (a street has no enforcement power).",
            )
        )
        self.authority = QListWidget()
        self.authority.setToolTip(
            translate("Inspector", "Categories in which this unit may enforce the law.")
        )
        form.addRow(translate("Inspector", "Name"), self.name_en)
        form.addRow(translate("Inspector", "Name (中文)"), self.name_zh)
        form.addRow(translate("Inspector", "Kind"), self.kind)
        form.addRow(translate("Inspector", "Level"), self.level)
        form.addRow(translate("Inspector", "Superior"), self.parent_box)
        form.addRow(translate("Inspector", "Territory"), self.territory)
        form.addRow(translate("Inspector", "Capacity"), self.capacity)
        form.addRow(translate("Inspector", "Residents"), self.population)
        form.addRow(translate("Inspector", "Owns"), self.categories)
        form.addRow(self.custom_authority)
        form.addRow(translate("Inspector", "Authority"), self.authority)
        outer.addWidget(self.form_box)
        self.live = QLabel()
        self.live.setObjectName("inspectorLive")
        self.live.setWordWrap(True)
        outer.addWidget(self.live)
        outer.addStretch(1)
        self.setWidget(inner)
        self.name_en.editingFinished.connect(lambda: self._set_name("name_en", self.name_en))
        self.name_zh.editingFinished.connect(lambda: self._set_name("name_zh", self.name_zh))
        self.kind.activated.connect(lambda i: self._set({"kind": self.kind.itemData(i)}))
        self.level.activated.connect(lambda i: self._set({"level": self.level.itemData(i)}))
        self.parent_box.activated.connect(
            lambda i: self._set({"parent": self.parent_box.itemData(i)})
        )
        self.territory.activated.connect(
            lambda i: self._set({"territory": self.territory.itemData(i)})
        )
        self.capacity.valueChanged.connect(
            lambda v: self._set({"capacity": round(float(v), 1)}, True)
        )
        self.population.valueChanged.connect(lambda v: self._set({"population": int(v)}, True))
        self.categories.itemChanged.connect(self._on_categories_changed)
        self.authority.itemChanged.connect(self._on_authority_changed)
        self.custom_authority.toggled.connect(self._on_custom_authority_toggled)
        for sig in (doc.reset, doc.structure_changed):
            sig.connect(self.refresh)
        doc.departments_renamed.connect(self._on_doc_departments_renamed)
        for spin in (self.capacity, self.population):
            spin.refused.connect(self.refused)
        self._wheel = guard_wheel(inner)
        self.show_ids([])

    def _on_doc_departments_renamed(self, _ids: list) -> None:
        self.refresh()

    # -- selection ----------------------------------------------------------------------------
    def show_ids(self, ids: list[str]) -> None:
        self.dept_id = ids[0] if len(ids) == 1 else None
        self._count = len(ids)
        self.refresh()

    def refresh(self) -> None:
        d = self.doc.department(self.dept_id) if self.dept_id else None
        self.form_box.setVisible(d is not None)
        if d is None:
            if getattr(self, "_count", 0) > 1:
                self.header.setText(
                    translate("Inspector", "{0} departments selected.").format(self._count)
                )
            else:
                self.header.setText(
                    translate("Inspector", "Select a department on the canvas to edit it.")
                )
            self.dept_id = None
            self.live.clear()
            return
        widgets = (
            self.name_en,
            self.name_zh,
            self.kind,
            self.level,
            self.parent_box,
            self.territory,
            self.capacity,
            self.population,
            self.categories,
            self.authority,
            self.custom_authority,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self._fill(d)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _fill(self, d: dict) -> None:
        problems = self.doc.node_problems.get(d["id"], [])
        head = f"<b>{html.escape(labels.dept_name(d, self.names))}</b><br><small>"
        head += translate("Inspector", "id: {0}").format(html.escape(d["id"])) + "</small>"
        for p in problems:
            head += f"<br><span style='color:#d0021b'>⚠ {html.escape(p)}</span>"
        self.header.setText(head)
        self.name_en.setText(d.get("name_en") or d.get("name") or "")
        self.name_zh.setText(d.get("name_zh") or "")
        self.kind.setCurrentIndex(max(self.kind.findData(d.get("kind")), 0))
        self.level.setCurrentIndex(max(self.level.findData(d.get("level")), 0))
        others = [u for u in self.doc.departments() if u["id"] != d["id"]]
        self._fill_refs(self.parent_box, others, d.get("parent"))
        districts = [u for u in others if (u.get("kind"), u.get("level")) == ("kuai", "district")]
        self._fill_refs(self.territory, districts, d.get("territory"))
        self.territory.setEnabled((d.get("kind"), d.get("level")) == ("tiao", "district"))
        self.capacity.setValue(float(d.get("capacity") or 0))
        self.population.setValue(int(d.get("population") or 0))
        self.population.setEnabled(d.get("level") == "street")
        cats = self.doc.categories()
        self._fill_checks(self.categories, cats, d.get("categories") or [])
        custom = "authority" in d
        self.custom_authority.setChecked(custom)
        self._fill_checks(self.authority, cats, d.get("authority") or [])
        self.authority.setEnabled(custom)

    def _fill_refs(self, box: QComboBox, units: list[dict], current) -> None:
        box.clear()
        box.addItem(translate("Inspector", "(none)"), None)
        for u in units:
            box.addItem(f"{labels.dept_name(u, self.names)}  [{u['id']}]", u["id"])
        box.setCurrentIndex(max(box.findData(current), 0) if current else 0)

    def _fill_checks(self, lst: QListWidget, cats: list[dict], on: list[str]) -> None:
        """Tick the categories in ``on`` (the items are rebuilt only when categories change)."""
        ids = [c["id"] for c in cats]
        current = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
        if current != ids:
            lst.clear()
            for c in cats:
                item = QListWidgetItem(labels.category_name(c, self.names))
                item.setData(Qt.ItemDataRole.UserRole, c["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                lst.addItem(item)
            lst.setMaximumHeight(min(22 * len(cats) + 6, 200))
        for i, cid in enumerate(ids):
            lst.item(i).setCheckState(
                Qt.CheckState.Checked if cid in on else Qt.CheckState.Unchecked
            )

    # -- live numbers ----------------------------------------------------------------------------
    def show_live(self, live: dict) -> None:
        """Utilisation, backlog and hidden work of the selected unit (from the canvas)."""
        if self.dept_id is None or self.dept_id not in live:
            self.live.clear()
            return
        u, b, h = live[self.dept_id]
        if math.isnan(u):
            self.live.clear()
            return
        self.live.setText(
            translate(
                "Inspector",
                "<b>Now:</b> utilisation {0:.0%}, backlog {1:.1f} days, hidden work {2:.0%}",
            ).format(u, b, h)
        )

    # -- edits ------------------------------------------------------------------------------------
    def _set(self, values: dict, mergeable: bool = False) -> None:
        if self.dept_id is None:
            return
        d = self.doc.department(self.dept_id) or {}
        if all(d.get(k, ABSENT) == v for k, v in values.items()):
            return
        self.doc.push(
            FieldsCommand(
                self.doc,
                self.dept_id,
                values,
                translate("Inspector", "Edit {0}").format(self._shown_name()),
                mergeable,
            )
        )

    def _shown_name(self) -> str:
        """The department's name as the canvas shows it (for undo texts)."""
        d = self.doc.department(self.dept_id) if self.dept_id else None
        return labels.dept_name(d, self.names) if d else ""

    def _set_name(self, field: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        d = self.doc.department(self.dept_id) if self.dept_id else None
        if d is None or not text or d.get(field) == text:
            return
        values = {field: text}
        if field == "name_en" and d.get("name") in (d.get("name_en"), d["id"]):
            values["name"] = text
        self._set(values)

    def _checked(self, lst: QListWidget) -> list[str]:
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_categories_changed(self, _item) -> None:
        self._set({"categories": self._checked(self.categories)})

    def _on_authority_changed(self, _item) -> None:
        self._set({"authority": self._checked(self.authority)})

    def _on_custom_authority_toggled(self, on: bool) -> None:
        d = self.doc.department(self.dept_id) if self.dept_id else None
        if d is None:
            return
        self._set({"authority": list(d.get("categories") or []) if on else ABSENT})

    def set_names(self, names: str) -> None:
        self.names = names
        for lst in (self.categories, self.authority):
            lst.clear()
        self.refresh()
