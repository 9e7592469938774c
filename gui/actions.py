"""Menus, toolbars and keyboard shortcuts of the main window.

Standard actions use ``QKeySequence.StandardKey`` so that they follow each platform's habits
(Ctrl+Z / Cmd+Z, Ctrl+Shift+Z or Ctrl+Y...). Canvas-only keys (Del, F2, F to fit) act on the
structure view.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar, QToolButton

from gui import labels
from gui.about_model import show_about_model
from gui.canvas.scene import FLOW_KINDS
from gui.findings_robustness import show_findings_robustness
from gui.i18n import translate
from gui.keys import standard_keys
from gui.language import build_language_menu
from gui.structure_edits import TEMPLATE_ORDER

SK = QKeySequence.StandardKey


def _act(
    w,
    text: str,
    slot,
    shortcut=None,
    tip: str = "",
    icon=None,
    context=Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    a = QAction(text, w)
    if icon is not None:
        a.setIcon(w.style().standardIcon(icon))
    if shortcut is not None:
        a.setShortcut(
            QKeySequence(shortcut) if not isinstance(shortcut, QKeySequence) else shortcut
        )
        a.setShortcutContext(context)
    if tip:
        a.setToolTip(tip)
        a.setStatusTip(tip)
    a.triggered.connect(lambda _checked=False: slot())
    return a


def build_actions(w) -> dict[str, QAction]:
    """Create every action of window ``w``, put them in menus and toolbars, return them."""
    A: dict[str, QAction] = {}
    files, view, scene = w.files, w.view, w.scene
    canvas = Qt.ShortcutContext.WidgetWithChildrenShortcut
    SP = QStyle.StandardPixmap

    # -- File -------------------------------------------------------------------------------
    A["new"] = _act(
        w,
        translate("actions", "&New"),
        files.new,
        SK.New,
        translate("actions", "Start a new small town"),
        SP.SP_FileIcon,
    )
    A["open"] = _act(
        w,
        translate("actions", "&Open…"),
        files.open,
        SK.Open,
        translate("actions", "Open a scenario file"),
        SP.SP_DialogOpenButton,
    )
    A["save"] = _act(
        w,
        translate("actions", "&Save"),
        files.save,
        SK.Save,
        translate("actions", "Save the scenario"),
        SP.SP_DialogSaveButton,
    )
    A["save_as"] = _act(
        w,
        translate("actions", "Save &As…"),
        files.save_as,
        SK.SaveAs,
        translate("actions", "Save the scenario under a new name"),
    )
    A["export_csv"] = _act(
        w,
        translate("actions", "Time series as CSV…"),
        files.export_csv,
        None,
        translate("actions", "One row per simulated day, one column per output"),
    )
    A["quit"] = _act(w, translate("actions", "&Quit"), w.close, SK.Quit)
    m = w.menuBar().addMenu(translate("actions", "&File"))
    for k in ("new", "open"):
        m.addAction(A[k])
    presets = m.addMenu(translate("actions", "Open &Preset"))
    w.menus = {"file": m, "presets": presets}
    for name, title in files.presets():
        a = presets.addAction(labels.preset(name, title), partial(files.open_preset, name))
        a.setToolTip(name)
    recent = m.addMenu(translate("actions", "Open &Recent"))
    w.menus["recent"] = recent

    def fill_recent() -> None:
        recent.clear()
        paths = w.settings.recent_files()
        for p in paths:
            recent.addAction(p, partial(files.open, p))
        if not paths:
            recent.addAction(translate("actions", "(none)")).setEnabled(False)

    recent.aboutToShow.connect(fill_recent)
    m.addSeparator()
    m.addAction(A["save"])
    m.addAction(A["save_as"])
    m.addSeparator()
    ex = m.addMenu(translate("actions", "&Export"))
    for key in ("plane", "timeline", "components", "gaming"):
        ex.addAction(
            translate("actions", "Chart: {0}…").format(w.charts[key].title()),
            partial(w.figures.export_figure, key),
        )
    ex.addAction(
        translate("actions", "Structure canvas…"), partial(w.figures.export_figure, "canvas")
    )
    ex.addSeparator()
    ex.addAction(A["export_csv"])
    m.addSeparator()
    m.addAction(A["quit"])

    # -- Edit -------------------------------------------------------------------------------
    stack = w.doc.undo_stack
    A["undo"] = stack.createUndoAction(w, translate("actions", "&Undo"))
    A["undo"].setShortcut(SK.Undo)
    A["undo"].setIcon(w.style().standardIcon(SP.SP_ArrowBack))
    A["redo"] = stack.createRedoAction(w, translate("actions", "&Redo"))
    A["redo"].setShortcuts(standard_keys(SK.Redo, "Ctrl+Shift+Z"))
    A["redo"].setIcon(w.style().standardIcon(SP.SP_ArrowForward))
    A["cut"] = _act(
        w,
        translate("actions", "Cu&t"),
        partial(w.copy_selection, True),
        SK.Cut,
        translate("actions", "Cut the selected departments"),
        context=canvas,
    )
    A["copy"] = _act(
        w,
        translate("actions", "&Copy"),
        w.copy_selection,
        SK.Copy,
        translate("actions", "Copy the selected departments with everything below them"),
        context=canvas,
    )
    A["paste"] = _act(
        w,
        translate("actions", "&Paste"),
        w.paste,
        SK.Paste,
        translate("actions", "Paste departments (under fresh ids)"),
        context=canvas,
    )
    A["delete"] = _act(
        w,
        translate("actions", "&Delete"),
        w.delete_selection,
        SK.Delete,
        translate("actions", "Delete the selected departments"),
        SP.SP_TrashIcon,
        canvas,
    )
    A["rename"] = _act(
        w,
        translate("actions", "&Rename"),
        w.rename_selection,
        "F2",
        translate("actions", "Rename the selected department in place"),
        context=canvas,
    )
    A["select_all"] = _act(
        w,
        translate("actions", "Select &All"),
        lambda: scene.select_ids(list(scene.nodes)),
        SK.SelectAll,
        context=canvas,
    )
    m = w.menuBar().addMenu(translate("actions", "&Edit"))
    for k in ("undo", "redo", None, "cut", "copy", "paste", "delete", "rename", None, "select_all"):
        m.addSeparator() if k is None else m.addAction(A[k])
    m.addSeparator()
    cf = m.addMenu(translate("actions", "Copy &Figure"))
    for key in ("plane", "timeline", "components", "gaming"):
        cf.addAction(w.charts[key].title(), partial(w.figures.copy_figure, key))
    cf.addAction(translate("actions", "Structure canvas"), partial(w.figures.copy_figure, "canvas"))

    # -- Structure ----------------------------------------------------------------------------
    A["add"] = _act(
        w,
        translate("actions", "Add department"),
        w.add_department,
        "Ins",
        translate("actions", "Add a department below the selected one (or a street)"),
        SP.SP_FileDialogNewFolder,
    )
    A["layout"] = _act(
        w,
        translate("actions", "Auto-layout (条块)"),
        scene.editor.auto_layout,
        "Ctrl+L",
        translate("actions", "Arrange levels as rows, districts as blocks, lines as columns"),
    )
    A["problems"] = _act(
        w,
        translate("actions", "Show problems…"),
        w.show_problems,
        None,
        translate("actions", "List every rule of the organisation the structure breaks"),
    )
    A["properties"] = _act(
        w,
        translate("actions", "Properties"),
        lambda: w.insp_dock.raise_(),
        "Alt+Return",
        translate("actions", "Show the inspector"),
    )
    m = w.menuBar().addMenu(translate("actions", "&Structure"))
    add_menu = m.addMenu(translate("actions", "Add"))
    for key in TEMPLATE_ORDER:
        add_menu.addAction(labels.template(key), partial(w.add_department, key))
    for k in ("add", "layout", "properties", "problems"):
        m.addAction(A[k])

    # -- View -------------------------------------------------------------------------------
    A["zoom_in"] = _act(
        w, translate("actions", "Zoom &In"), view.zoom_in, SK.ZoomIn, context=canvas
    )
    A["zoom_out"] = _act(
        w, translate("actions", "Zoom &Out"), view.zoom_out, SK.ZoomOut, context=canvas
    )
    A["fit"] = _act(
        w,
        translate("actions", "&Fit the City"),
        view.fit,
        "F",
        translate("actions", "Show the whole structure (F)"),
        context=canvas,
    )
    A["zoom_reset"] = _act(
        w, translate("actions", "Actual Size"), view.zoom_reset, "Ctrl+0", context=canvas
    )
    m = w.menuBar().addMenu(translate("actions", "&View"))
    w.menus["view"] = m
    for k in ("zoom_in", "zoom_out", "fit", "zoom_reset"):
        m.addAction(A[k])
    m.addSeparator()
    names = m.addMenu(translate("actions", "Department names"))
    group = QActionGroup(w)
    w.names_actions = {}
    for key, text in (
        ("en", translate("actions", "English")),
        ("zh", translate("actions", "Chinese (中文)")),
        ("both", translate("actions", "Both")),
    ):
        a = names.addAction(text, partial(w.set_names, key))
        a.setCheckable(True)
        a.setChecked(w.settings.get("view/names") == key)
        group.addAction(a)
        w.names_actions[key] = a
    build_language_menu(w, m)
    flows = m.addMenu(translate("actions", "Ticket flows on the canvas"))
    shown = set(w.settings.get("view/flows"))
    for kind in FLOW_KINDS:
        a = flows.addAction(labels.flow(kind))
        a.setCheckable(True)
        a.setChecked(kind in shown)
        a.toggled.connect(lambda on, k=kind: _toggle_flow(w, k, on))
    A["thick"] = QAction(translate("actions", "Projector mode (thick lines)"), w)
    A["thick"].setCheckable(True)
    A["thick"].setChecked(w.settings.get("view/thick_lines"))
    A["thick"].toggled.connect(w.set_thick)
    m.addAction(A["thick"])
    m.addSeparator()
    m.addAction(w.mech_dock.toggleViewAction())
    m.addAction(w.insp_dock.toggleViewAction())
    m.addAction(w.help_dock.toggleViewAction())
    m.addAction(w.run_bar.toggleViewAction())

    # -- Run ---------------------------------------------------------------------------------
    m = w.menuBar().addMenu(translate("actions", "&Run"))
    for a in (w.run_bar.run_action, w.run_bar.step_action, w.run_bar.reset_action):
        m.addAction(a)

    # -- Help --------------------------------------------------------------------------------
    m = w.menuBar().addMenu(translate("actions", "&Help"))
    w.menus["help"] = m
    help_toggle = w.help_dock.toggleViewAction()
    help_toggle.setShortcut(SK.HelpContents)
    help_toggle.toggled.connect(lambda on: on and w.help_dock.raise_())
    m.addAction(help_toggle)
    m.addAction(translate("actions", "About the &Model…"), partial(show_about_model, w))
    robust = m.addAction(
        translate("actions", "&Robustness of the Model's Findings…"),
        partial(show_findings_robustness, w),
    )
    robust.setStatusTip(
        translate("actions", "Do the findings keep their sign with each assumption 30 % off?")
    )
    m.addSeparator()
    m.addAction(translate("actions", "&About GovFlex"), lambda: _about(w))

    # -- toolbar for editing -------------------------------------------------------------------
    bar = QToolBar(translate("actions", "Edit"), w)
    bar.setObjectName("editBar")
    for k in ("new", "open", "save"):
        bar.addAction(A[k])
    bar.addSeparator()
    bar.addAction(A["undo"])
    bar.addAction(A["redo"])
    bar.addSeparator()
    add_button = QToolButton()
    add_button.setDefaultAction(A["add"])
    add_button.setMenu(add_menu)
    add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addWidget(add_button)
    bar.addAction(A["delete"])
    bar.addAction(A["layout"])
    bar.addAction(A["fit"])
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    w.insertToolBar(w.run_bar, bar)
    for a in A.values():  # canvas-scoped shortcuts need the view as their widget
        if a.shortcutContext() == canvas:
            view.addAction(a)
    scene.extra_actions = [A["copy"], A["paste"], A["layout"], A["fit"]]
    return A


def _toggle_flow(w, kind: str, on: bool) -> None:
    kinds = set(w.scene.visible_flows)
    kinds.add(kind) if on else kinds.discard(kind)
    w.scene.set_visible_flows(sorted(kinds))
    w.settings.set("view/flows", sorted(kinds))


def _about(w) -> None:
    from gui.version import version

    QMessageBox.about(
        w,
        translate("actions", "About GovFlex"),
        translate("actions", "<h3>GovFlex {0}</h3>").format(version())
        + translate(
            "actions",
            "<p>A workbench for digital governance: draw a city's bureaus "
            "(条) and territorial governments (块), switch platform institutions on and off, "
            "and watch flexibility against grassroots load.</p><p>The model "
            "<i>operationalises the mechanisms</i> argued in Song Kaiye, “Manufacturing "
            "Flexibility: The Organizational Ecology and Institutional Environment of Digital "
            "Governance” (<i>Public Administration and Policy Review</i> 2024, 13(4): 39–55), "
            "with magnitudes from published 12345-hotline practice. It does not reproduce the "
            "paper's data.</p>",
        ),
    )
