"""The mechanisms panel: one group per institution M1–M7, switched on and off live.

Each group has a switch, its parameters and a tooltip that says what the paper claims and
what the model does. Every change is an undo step (:class:`gui.commands.ValueCommand`); the
runner applies it to the running simulation at once, without a reset, and the charts get a
marker line at that moment, so a class sees exactly when assessment was switched on and what
followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.document import Document
from gui.i18n import translate
from gui.mechanism_specs import GROUP_OF, GROUPS, Group, format_value, setting_name
from gui.panels.shock import ShockControl
from gui.panels.value_edit import push_value
from gui.panels.wheel_guard import guard_wheel
from gui.panels.widgets import ParamEditor, ToggleSwitch

LEVER_PROPERTY = "leverPath"  # on a lever's editor and label: its scenario path


class MechanismGroup(QFrame):
    """One mechanism: header with switch and title, parameter rows, optional 'more' rows."""

    edited = Signal(str, object, bool)
    refused = Signal(str)  # a typed value was not accepted, and why

    def __init__(self, group: Group, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setObjectName("mechanismGroup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.switch: ToggleSwitch | None = None
        if group.switch:
            self.switch = ToggleSwitch()
            self.switch.setToolTip(translate("mechanisms", group.tip))
            self.switch.setAccessibleName(translate("mechanisms", group.title))
            self.switch.toggled.connect(self._on_switch_toggled)
            head.addWidget(self.switch)
        title = QLabel(translate("mechanisms", group.title))
        title.setObjectName("mechanismTitle")
        title.setToolTip(translate("mechanisms", group.tip))
        title.setWordWrap(True)
        head.addWidget(title, 1)
        outer.addLayout(head)
        if group.switch_label:
            hint = QLabel(
                translate("mechanisms", "Switch: {0}").format(
                    translate("mechanisms", group.switch_label)
                )
            )
            hint.setObjectName("mechanismHint")
            outer.addWidget(hint)
        self.setToolTip(translate("mechanisms", group.tip))
        self.editors: dict[str, ParamEditor] = {}
        basic = [p for p in group.params if not p.advanced]
        advanced = [p for p in group.params if p.advanced]
        self.body = self._rows(basic)
        outer.addWidget(self.body)
        self.more: QWidget | None = None
        if advanced:
            button = QToolButton()
            button.setText(translate("mechanisms", "More settings"))
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setArrowType(Qt.ArrowType.RightArrow)
            button.setAutoRaise(True)
            self.more = self._rows(advanced)
            self.more.setVisible(False)

            def toggle(on: bool) -> None:
                self.more.setVisible(on)
                button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

            button.toggled.connect(toggle)
            outer.addWidget(button)
            outer.addWidget(self.more)

    def _rows(self, params) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for r, p in enumerate(params):
            editor = ParamEditor(p)
            editor.setProperty(LEVER_PROPERTY, p.path)  # the help panel shows the lever's help
            editor.edited.connect(self._on_param_edited)
            editor.refused.connect(self.refused)
            self.editors[p.path] = editor
            if p.kind == "bool":
                grid.addWidget(editor, r, 0, 1, 2)
            else:
                label = QLabel(translate("mechanisms", p.label))
                label.setProperty(LEVER_PROPERTY, p.path)
                label.setToolTip(editor.toolTip())
                grid.addWidget(label, r, 0)
                grid.addWidget(editor, r, 1)
        grid.setColumnStretch(1, 1)
        return box

    # -- model -> widgets ------------------------------------------------------------------
    def show_values(self, value_of) -> None:
        g = self.group
        on = True
        if g.switch:
            raw = value_of(g.switch)
            on = bool(raw) if g.on_param is None else raw not in (g.off_value, None)
            self.switch.blockSignals(True)
            self.switch.setChecked(on)
            self.switch.blockSignals(False)
            self.switch.setToolTip(
                translate("mechanisms", "On: click to switch off")
                if on
                else translate("mechanisms", "Off: click to switch on")
            )
        for path, editor in self.editors.items():
            value = value_of(path)
            if path == g.on_param and value == g.off_value:
                continue  # keep showing the last 'on' choice
            editor.set_value(value)
        dim = g.dim_when_off and not on
        self.body.setEnabled(not dim or g.on_param is not None)
        if self.more is not None:
            self.more.setEnabled(not dim)

    # -- widgets -> model ------------------------------------------------------------------
    def _on_switch_toggled(self, on: bool) -> None:
        g = self.group
        if g.on_param is None:
            self.edited.emit(g.switch, bool(on), False)
        else:
            choice = self.editors[g.on_param].current_choice()
            self.edited.emit(g.switch, choice if on else g.off_value, False)

    def _on_param_edited(self, path: str, value, mergeable: bool) -> None:
        self.edited.emit(path, value, mergeable)


class MechanismsPanel(QScrollArea):
    """All mechanism groups and the shock control, in a scrollable column."""

    message = Signal(str)

    def __init__(self, doc: Document, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        intro = QLabel(
            translate(
                "mechanisms",
                "Switch institutions on and off while the city runs. Hover over "
                "a title for what the paper says and what the model does.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("panelIntro")
        lay.addWidget(intro)
        self.groups: dict[str, MechanismGroup] = {}
        for g in GROUPS:
            w = MechanismGroup(g)
            w.edited.connect(self._on_group_edited)
            w.refused.connect(self.message)
            self.groups[g.key] = w
            lay.addWidget(w)
        self.shock = ShockControl(doc, runner)
        lay.addWidget(self.shock)
        lay.addStretch(1)
        self.setWidget(inner)
        self._wheel = guard_wheel(inner)
        doc.reset.connect(self.refresh)
        doc.value_changed.connect(self._on_doc_value_changed)
        self.refresh()

    def refresh(self) -> None:
        for w in self.groups.values():
            w.show_values(self.doc.value)

    def _on_doc_value_changed(self, path: str, value) -> None:
        group = GROUP_OF.get(path)
        if group is not None:
            self.groups[group.key].show_values(self.doc.value)

    def _on_group_edited(self, path: str, value, mergeable: bool) -> None:
        text = translate("mechanisms", "Set {0} to {1}").format(
            setting_name(path), format_value(path, value)
        )
        push_value(self.doc, path, value, text, mergeable, self._refuse)

    def _refuse(self, reason: str) -> None:
        self.message.emit(reason)
        self.refresh()
