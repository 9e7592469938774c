"""The assumptions panel: every modelling number of the model, editable while the city runs.

Each number the model's rules rest on is a named assumption (:mod:`model.assumptions`): a
default, a plausible range, a unit and a provenance — sourced from a regulation or a study, or
a modelling choice. The panel lists them grouped by mechanism, in collapsible groups that say
in a sentence what their numbers are about. A row shows the label, the value in a field that
refuses what the scenario cannot take, and under it the default, the plausible range, the unit
and the provenance; the long texts are tooltips. A dot and bold type mark what differs from
the default, on the row and on its group; each row resets alone, "Reset all" resets every one
in one undo step. Typing in the filter box finds an assumption by its words or its path.

Every edit is an undo step like any mechanism setting (:func:`gui.panels.value_edit.push_value`)
and reaches the running simulation at once, without a reset; the values live in the scenario's
``assumptions`` section, so they are saved with it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import assumption_labels as words
from gui.document import Document
from gui.i18n import translate
from gui.panels.strict_spin import StrictDoubleSpinBox
from gui.panels.value_edit import push_value
from gui.panels.wheel_guard import guard_wheel
from model.assumptions import REGISTRY, Assumption

PREFIX = "assumptions."
NO_LIMIT = 1e6  # the field's top when the scenario sets none (hours, days, counts, factors)
CHANGED_DOT = "●"
CHANGED_COLOUR = "#1565c0"
DETAIL_STYLE = "color: #5f6368;"


def is_changed(spec: Assumption, value) -> bool:
    """Whether ``value`` differs from the assumption's default."""
    return value is not None and abs(float(value) - spec.default) > 1e-12


class AssumptionRow(QFrame):
    """One assumption: mark, label, value field and reset on one line; facts below."""

    edited = Signal(str, object, bool)  # path, value, mergeable
    reset_requested = Signal(str)
    refused = Signal(str)

    def __init__(self, group: str, name: str, spec: Assumption, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("assumptionRow")
        self.group, self.name, self.spec = group, name, spec
        self.path = f"{PREFIX}{group}.{name}"
        self.changed = False
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        self.mark = QLabel()
        self.mark.setFixedWidth(10)
        self.mark.setStyleSheet(f"color: {CHANGED_COLOUR};")
        self.title = QLabel()
        self.title.setObjectName("assumptionLabel")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.spin = StrictDoubleSpinBox()
        lo, hi = spec.valid
        self.spin.setDecimals(words.decimals(spec))
        self.spin.setRange(lo, NO_LIMIT if hi is None else hi)
        self.spin.setSingleStep(_step(spec))
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setFixedWidth(88)  # one column of values, whatever the range
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.spin.refused.connect(self.refused)
        self.reset = QToolButton()
        self.reset.setObjectName("assumptionReset")
        self.reset.setAutoRaise(True)
        self.reset.clicked.connect(lambda: self.reset_requested.emit(self.path))
        self.detail = QLabel()
        self.detail.setObjectName("assumptionDetail")
        self.detail.setWordWrap(True)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail.setStyleSheet(DETAIL_STYLE)
        small = self.detail.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.88, 7.0))
        self.detail.setFont(small)
        grid.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.spin, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.reset, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.detail, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text in the interface language."""
        s = self.spec
        label = words.label(self.path)
        self.spin.field_name = label
        self.spin.setAccessibleName(label)
        self.title.setText(label)
        unit = words.unit(s.unit)
        fmt = words.format_value
        self.detail.setText(
            translate("assumptions", "default {0} · plausible {1}–{2} {3} · {4}").format(
                fmt(s, s.default), fmt(s, s.lo), fmt(s, s.hi), unit, self._provenance_short()
            )
        )
        self.reset.setText(translate("assumptions", "Reset"))
        self.reset.setToolTip(
            translate("assumptions", "Back to the default, {0}").format(fmt(s, s.default))
        )
        tip = self.tooltip()
        for w in (self, self.title, self.detail, self.spin):
            w.setToolTip(tip)

    def _provenance_short(self) -> str:
        if self.spec.provenance == "sourced":
            return translate("assumptions", "sourced")
        return translate("assumptions", "modelling choice")

    def tooltip(self) -> str:
        """The long text: label, path, every fact and the provenance with its source."""
        s, fmt = self.spec, words.format_value
        lo, hi = s.valid
        rows = [
            f"<b>{html.escape(words.label(self.path))}</b>",
            f"<code>{html.escape(self.path)}</code>",
            html.escape(
                translate("assumptions", "Default {0}; plausible range {1}–{2} ({3}).").format(
                    fmt(s, s.default), fmt(s, s.lo), fmt(s, s.hi), words.unit(s.unit)
                )
            ),
            html.escape(
                translate("assumptions", "The scenario accepts {0} to {1}.").format(
                    fmt(s, lo),
                    fmt(s, hi) if hi is not None else translate("assumptions", "any larger value"),
                )
            ),
            html.escape(words.provenance(s)),
        ]
        return "<p>" + "<br>".join(rows) + "</p>"

    # -- model -> widgets ----------------------------------------------------------------------
    def show_value(self, value) -> None:
        value = self.spec.default if value is None else float(value)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.changed = is_changed(self.spec, value)
        self.mark.setText(CHANGED_DOT if self.changed else "")
        self.mark.setToolTip(
            translate("assumptions", "Changed from the default") if self.changed else ""
        )
        font = self.title.font()
        font.setBold(self.changed)
        self.title.setFont(font)
        self.reset.setEnabled(self.changed)

    def matches(self, needles: list[str]) -> bool:
        """Whether every word of the filter is in the label (either language) or the path."""
        hay = " ".join(
            (words.label(self.path), self.spec.text, self.path, self.spec.source)
        ).lower()
        return all(n in hay for n in needles)

    # -- widgets -> model ----------------------------------------------------------------------
    def _on_spin_value_changed(self, value: float) -> None:
        self.edited.emit(self.path, round(float(value), 6), True)


def _step(spec: Assumption) -> float:
    """A step for the arrows: about a tenth of the plausible range, a round number."""
    d = words.decimals(spec)
    if d == 0:
        return 1.0
    span = (spec.hi - spec.lo) / 10 or abs(spec.default) / 10 or 10.0**-d
    for nice in (0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50):
        if nice >= span - 1e-12 and nice >= 10.0**-d:
            return float(nice)
    return 100.0


class _ClickLabel(QLabel):
    """A label that reports a left click (a group's title opens and closes it)."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class AssumptionGroup(QFrame):
    """A collapsible group: a header with the title and how many differ, a sentence, rows."""

    def __init__(self, group: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("assumptionGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.key = group
        self.expanded = False  # the user's choice; a filter may show the group anyway
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(0)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(2)
        self.header = QToolButton()  # the arrow: open or close the group
        self.header.setObjectName("assumptionGroupHeader")
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setArrowType(Qt.ArrowType.RightArrow)
        self.header.toggled.connect(self._on_header_toggled)
        head.addWidget(self.header, 0, Qt.AlignmentFlag.AlignTop)
        self.title = _ClickLabel()  # wraps rather than widen the column
        self.title.setObjectName("assumptionGroupTitle")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.clicked.connect(self.header.toggle)
        head.addWidget(self.title, 1)
        lay.addLayout(head)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(14, 0, 0, 2)
        body.setSpacing(1)
        self.meaning = QLabel()
        self.meaning.setObjectName("assumptionGroupMeaning")
        self.meaning.setWordWrap(True)
        self.meaning.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meaning.setStyleSheet(DETAIL_STYLE)
        body.addWidget(self.meaning)
        self.rows: dict[str, AssumptionRow] = {}
        for name, spec in REGISTRY[group].items():
            row = AssumptionRow(group, name, spec)
            self.rows[row.path] = row
            body.addWidget(row)
        lay.addWidget(self.body)
        self.body.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.meaning.setText(words.group_meaning(self.key))
        self.header.setToolTip(words.group_meaning(self.key))
        self.title.setToolTip(words.group_meaning(self.key))
        for row in self.rows.values():
            row.retranslate()
        self.update_mark()

    def changed_count(self) -> int:
        return sum(r.changed for r in self.rows.values())

    def update_mark(self) -> None:
        """The header: title, number of assumptions, and how many differ from the default."""
        n = self.changed_count()
        title = words.group_title(self.key)
        text = f"{title} ({len(self.rows)})"
        if n:
            changed = translate("assumptions", "{0} changed").format(n)
            text = f"{CHANGED_DOT} {text} · {changed}"
        self.title.setText(text)
        font = self.title.font()
        font.setBold(bool(n))
        self.title.setFont(font)

    def set_expanded(self, on: bool) -> None:
        self.header.setChecked(on)

    def _on_header_toggled(self, on: bool) -> None:
        self.expanded = on
        self._show_body(on)

    def _show_body(self, on: bool) -> None:
        self.body.setVisible(on)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def apply_filter(self, needles: list[str]) -> int:
        """Show the rows that match (all when ``needles`` is empty); returns how many."""
        if not needles:
            for row in self.rows.values():
                row.setVisible(True)
            self.setVisible(True)
            self._show_body(self.expanded)
            return len(self.rows)
        in_title = all(n in f"{words.group_title(self.key)} {self.key}".lower() for n in needles)
        shown = 0
        for row in self.rows.values():
            ok = in_title or row.matches(needles)
            row.setVisible(ok)
            shown += ok
        self.setVisible(shown > 0)
        self._show_body(shown > 0)
        return shown


class AssumptionsPanel(QWidget):
    """Filter box, Reset all, and every group of assumptions in a scrollable column."""

    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.setSpacing(4)
        self.intro = QLabel()
        self.intro.setObjectName("panelIntro")
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        tools = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("assumptionFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        tools.addWidget(self.filter, 1)
        self.reset_all = QPushButton()
        self.reset_all.setObjectName("assumptionsResetAll")
        self.reset_all.clicked.connect(self.reset_everything)
        tools.addWidget(self.reset_all)
        outer.addLayout(tools)
        self.summary = QLabel()
        self.summary.setObjectName("assumptionsSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 0, 0, 6)
        lay.setSpacing(3)
        self.groups: dict[str, AssumptionGroup] = {}
        self.rows: dict[str, AssumptionRow] = {}
        for key in REGISTRY:
            g = AssumptionGroup(key)
            self.groups[key] = g
            for path, row in g.rows.items():
                self.rows[path] = row
                row.edited.connect(self._on_row_edited)
                row.reset_requested.connect(self.reset_one)
                row.refused.connect(self.message)
            lay.addWidget(g)
        lay.addStretch(1)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll, 1)
        self._wheel = guard_wheel(inner)
        doc.reset.connect(self.show_values)
        doc.value_changed.connect(self._on_doc_value_changed)
        self.refresh()

    # -- texts and values ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Every text in the interface language, and the document's values."""
        self.intro.setText(
            translate(
                "assumptions",
                "Every number the model's rules rest on. Change one while the city runs; "
                "hover for its source.",
            )
        )
        self.filter.setPlaceholderText(translate("assumptions", "Find an assumption…"))
        self.filter.setToolTip(
            translate("assumptions", "Type words of a label or a path, e.g. repeat.unresolved")
        )
        self.reset_all.setText(translate("assumptions", "Reset all"))
        self.reset_all.setToolTip(
            translate("assumptions", "Every assumption back to its default (one undo step)")
        )
        for g in self.groups.values():
            g.retranslate()
        self.show_values()
        self.apply_filter(self.filter.text())

    def show_values(self) -> None:
        for row in self.rows.values():
            row.show_value(self.doc.value(row.path))
        for g in self.groups.values():
            g.update_mark()
        self._update_summary()

    def _update_summary(self) -> None:
        n = sum(r.changed for r in self.rows.values())
        self.summary.setText(
            translate("assumptions", "{0} of {1} assumptions differ from the default.").format(
                n, len(self.rows)
            )
            if n
            else translate("assumptions", "All {0} assumptions at their defaults.").format(
                len(self.rows)
            )
        )
        self.reset_all.setEnabled(bool(n))

    def _on_doc_value_changed(self, path: str, _value) -> None:
        if path.startswith(PREFIX):
            row = self.rows.get(path)
            if row is not None:
                row.show_value(self.doc.value(path))
                self.groups[row.group].update_mark()
            else:  # a whole group or the whole section
                self.show_values()
                return
            self._update_summary()

    # -- filter --------------------------------------------------------------------------------
    def apply_filter(self, text: str) -> int:
        """Show the assumptions whose words or path contain every word typed; returns how
        many are shown."""
        needles = text.lower().split()
        shown = sum(g.apply_filter(needles) for g in self.groups.values())
        if needles and not shown:
            self.summary.setText(
                translate("assumptions", "No assumption matches “{0}”.").format(text)
            )
        elif needles:
            self.summary.setText(translate("assumptions", "{0} assumptions match.").format(shown))
        else:
            self._update_summary()
        return shown

    # -- edits ---------------------------------------------------------------------------------
    def set_value(self, path: str, value: float, mergeable: bool = False) -> bool:
        """Set one assumption as the user would (one undo step); False if refused."""
        row = self.rows[path]
        text = translate("mechanisms", "Set {0} to {1}").format(
            words.label(path), words.format_value(row.spec, value)
        )
        return push_value(self.doc, path, value, text, mergeable, self._refuse)

    def _on_row_edited(self, path: str, value, mergeable: bool) -> None:
        self.set_value(path, value, mergeable)

    def _refuse(self, reason: str) -> None:
        self.message.emit(reason)
        self.show_values()

    def reset_one(self, path: str) -> None:
        row = self.rows[path]
        text = translate("assumptions", "Reset {0} to {1}").format(
            words.label(path), words.format_value(row.spec, row.spec.default)
        )
        push_value(self.doc, path, row.spec.default, text, False, self._refuse)

    def reset_everything(self) -> None:
        """Every changed assumption back to its default, as one undo step."""
        changed = [r for r in self.rows.values() if r.changed]
        if not changed:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(translate("assumptions", "Reset all assumptions"))
        try:
            for row in changed:
                push_value(self.doc, row.path, row.spec.default, "", False, self._refuse)
        finally:
            stack.endMacro()


def add_dock(window, beside: QDockWidget) -> QDockWidget:
    """An empty dock for the panel in the workbench's left column, tabbed beside ``beside``
    (the panel itself, 116 rows, is built by :func:`build_panel` when it is first needed)."""
    dock = QDockWidget(translate("MainWindow", "Assumptions"), window)
    dock.setObjectName("assumptionsDock")
    dock.setWidget(QWidget())
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.tabifyDockWidget(beside, dock)
    return dock


def build_panel(window, dock: QDockWidget) -> AssumptionsPanel:
    """The assumptions panel of ``window``'s document, put into ``dock``."""
    panel = AssumptionsPanel(window.doc)
    width = dock.widget().minimumWidth() if dock.widget() is not None else 0
    dock.setWidget(panel)
    panel.setMinimumWidth(max(width, panel.minimumWidth()))
    return panel
