"""One call adds comparisons, sweeps, attribution and the figure pack to the workbench.

``install(window)`` — called once by ``MainWindow.__init__`` after its own menus exist —
creates the comparison controller (``window.compare``), the Compare and Sweeps workspaces
(pages of the window, see :mod:`gui.layout.workspaces`) and a **Compare** menu
before Help: pin A, make B, run them side by side, the table over seeds, "Why did it move?",
"Is B − A robust?", the sweeps window and "Export figure pack". Nothing else in the window changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.compare.controller import CompareController
from gui.compare.pack_done import confirm_pack
from gui.i18n import translate


def _action(window, text: str, slot, tip: str = "") -> QAction:
    a = QAction(text, window)
    if tip:
        a.setToolTip(tip)
        a.setStatusTip(tip)
    a.triggered.connect(lambda _checked=False: slot())
    return a


def _build_sweeps(window):
    from gui.sweep.dialog import SweepDialog

    window.sweeps = SweepDialog(window, window.compare.workers)
    return window.sweeps


def _build_sensitivity(window):
    from gui.sensitivity.dialog import SensitivityPage

    window.sensitivity_view = SensitivityPage(window, window.compare.workers)
    return window.sensitivity_view


def open_sensitivity(window):
    """The (one) Sensitivity page of ``window``, brought to the front."""
    return window.workspaces.show("sensitivity")


def open_sweeps(window):
    """The (one) Sweeps page of ``window``, brought to the front."""
    return window.workspaces.show("sweeps")


def export_figure_pack(window, folder: str | None = None, pdf: bool = False) -> list[Path]:
    """Ask for a folder (unless given) and write the figure pack into it."""
    from gui.compare.figure_pack import write_figure_pack

    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            window,
            translate("compare", "Export figure pack into a folder"),
            window.settings.get("export/dir") or "",
        )
        if not folder:
            return []
    try:
        files = write_figure_pack(window, folder, window.compare, pdf=pdf)
    except OSError as err:
        QMessageBox.critical(window, translate("compare", "Export failed"), str(err))
        return []
    window.settings.set("export/dir", str(folder))
    window.statusBar().showMessage(
        translate("compare", "Wrote {0} files into {1}").format(len(files), folder), 8000
    )
    confirm_pack(window, folder, files)
    return files


def install(window) -> None:
    """Add the Compare menu and the Compare and Sweeps pages to a workbench ``window``."""
    if getattr(window, "compare", None) is not None:
        return
    c = window.compare = CompareController(window)
    window.sweeps = None
    window.sensitivity_view = None
    spaces = window.workspaces
    spaces.add(
        "compare",
        translate("compare", "Compare"),
        translate("compare", "Design A against design B on the same citizens"),
        lambda: c.panel,
    )
    spaces.add(
        "sweeps",
        translate("compare", "Sweeps"),
        translate("compare", "Turn one or two knobs, or every on/off combination"),
        lambda: _build_sweeps(window),
    )
    spaces.add(
        "sensitivity",
        translate("compare", "Sensitivity"),
        translate("compare", "Which assumptions does a conclusion rest on? (Morris, Sobol)"),
        lambda: _build_sensitivity(window),
    )
    c.wanted.connect(lambda: spaces.show("compare"))
    acts = {
        "pin_a": _action(
            window,
            translate("compare", "Pin as &A"),
            c.pin_a,
            translate("compare", "The design in the workbench, as it is now, becomes A"),
        ),
        "make_b": _action(
            window,
            translate("compare", "Make variant &B"),
            c.make_b,
            translate("compare", "After editing the workbench: its design now becomes B"),
        ),
        "run": _action(
            window,
            translate("compare", "Run A and B &side by side"),
            c.run_live,
            translate("compare", "Both designs on the same seed: the same citizens in both"),
        ),
        "table": _action(
            window,
            translate("compare", "Compare over &seeds"),
            c.run_table,
            translate("compare", "The summary table with differences and 95 % intervals"),
        ),
        "attribute": _action(
            window,
            translate("compare", "&Why did it move?"),
            c.run_attribution,
            translate("compare", "Split the change from A to B among the mechanisms"),
        ),
        "robust": _action(
            window,
            translate("compare", "Is B − A &robust?…"),
            lambda: c.robust.show(),
            translate(
                "compare", "Move each assumption to ×0.7 and ×1.3: does B − A keep its sign?"
            ),
        ),
        "sweeps": _action(
            window,
            translate("compare", "S&weeps…"),
            lambda: open_sweeps(window),
            translate("compare", "Turn one or two knobs, or every on/off combination"),
        ),
        "sensitivity": _action(
            window,
            translate("compare", "Sensitivity &analysis…"),
            lambda: open_sensitivity(window),
            translate("compare", "Which assumptions does a conclusion rest on? (Morris, Sobol)"),
        ),
        "pack": _action(
            window,
            translate("compare", "Export figure &pack…"),
            lambda: export_figure_pack(window),
            translate(
                "compare",
                "Charts, canvas, CSV, JSON record, caption and credibility dossier into a folder",
            ),
        ),
        "pack_pdf": _action(
            window,
            translate("compare", "Export figure pack with PDF &report…"),
            lambda: export_figure_pack(window, pdf=True),
            translate("compare", "The figure pack and a PDF with figures and tables"),
        ),
    }
    menu = window.menuBar().addMenu(translate("compare", "&Compare"))
    bar_actions = window.menuBar().actions()
    if len(bar_actions) >= 2:  # before Help, which stays last
        window.menuBar().insertMenu(bar_actions[-2], menu)
    for key in (
        "pin_a",
        "make_b",
        None,
        "run",
        "table",
        "attribute",
        "robust",
        None,
        "sweeps",
        "sensitivity",
        None,
        "pack",
        "pack_pdf",
        None,
    ):
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(acts[key])
    menu.addAction(window.workspaces.actions["compare"])
    menu.addAction(window.workspaces.actions["sweeps"])
    window.compare_actions = acts
    window.menus["compare"] = menu
    app = QCoreApplication.instance()
    if app is not None:  # no worker thread may outlive the application
        app.aboutToQuit.connect(c.shutdown)
