"""Files: New, Open, Save, Save As, presets, recent files, CSV export, and the unsaved prompt.

A scenario file (``*.govflex.json``) holds the whole scenario including the canvas layout, and
is written atomically by the model (a temporary file, then a rename), so a crash never leaves a
half-written file. Opening (the Open dialog, the recent files, a file dropped on the window, the
command line) reads and checks the file in a worker thread (:mod:`gui.loading`): the window never
freezes, a long load shows progress and can be cancelled, and a file that is refused, fails or is
cancelled opens nothing and leaves the current scenario as it was; every problem is shown at
once. A scenario whose run is over the time or memory budget opens, or runs, only after asking.
Presets open with the 条块 auto-layout; files keep the positions they were saved with.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSaveFile, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui import loading, problems_dialog
from gui.canvas.layout import place_new, tiao_kuai_layout
from gui.document import Document, Prepared
from gui.i18n import translate
from gui.problem_words import named_problems
from gui.settings import Settings
from model.cli import csv_text
from model.jsonsafe import read_json, shown
from model.presets import list_presets, load_preset
from model.scenario import ScenarioError, load_scenario, normalize, save_scenario

SUFFIX = ".govflex.json"


def file_filter() -> str:
    return translate(
        "files", "GovFlex scenarios (*.govflex.json);;JSON files (*.json);;All files (*)"
    )


def new_scenario() -> dict:
    """A small town to start from: hub, city government, one bureau, one district with a
    bureau, one street with one community — every kind of unit once."""
    depts = [
        {
            "id": "hub",
            "kind": "hub",
            "level": "city",
            "name_en": "12345 hotline",
            "name_zh": "12345热线",
        },
        {
            "id": "gov",
            "kind": "kuai",
            "level": "city",
            "name_en": "Town government",
            "name_zh": "市政府",
        },
        {
            "id": "b-urban",
            "kind": "tiao",
            "level": "city",
            "parent": "gov",
            "name_en": "Urban management bureau",
            "name_zh": "城管局",
            "categories": ["urban", "utilities"],
        },
        {
            "id": "d1",
            "kind": "kuai",
            "level": "district",
            "parent": "gov",
            "name_en": "District 1 government",
            "name_zh": "一区政府",
        },
        {
            "id": "d1-urban",
            "kind": "tiao",
            "level": "district",
            "parent": "b-urban",
            "territory": "d1",
            "name_en": "District 1 urban management bureau",
            "name_zh": "一区城管局",
            "categories": ["urban", "utilities"],
        },
        {
            "id": "d1-s1",
            "kind": "kuai",
            "level": "street",
            "parent": "d1",
            "name_en": "District 1 Street 1",
            "name_zh": "一区第一街道",
            "population": 80000,
        },
        {
            "id": "d1-s1-c1",
            "kind": "kuai",
            "level": "community",
            "parent": "d1-s1",
            "name_en": "District 1 Street 1 Community 1",
            "name_zh": "一区第一街道第一社区",
        },
    ]
    for d in depts:
        d["name"] = d["name_en"]
    sc = normalize({"name": "Untitled", "departments": depts, "demand": {"tickets_per_day": 20}})
    sc["layout"] = {k: list(v) for k, v in tiao_kuai_layout(sc["departments"]).items()}
    return sc


def with_layout(scenario: dict, fresh: bool) -> dict:
    """The scenario with every department placed (all anew for presets, else only gaps)."""
    sc = dict(scenario)
    auto = tiao_kuai_layout(sc["departments"])
    if fresh:
        sc["layout"] = {k: [round(x, 1), round(y, 1)] for k, (x, y) in auto.items()}
    else:
        sc["layout"] = place_new(sc.get("layout") or {}, auto, sc["departments"])
    return sc


def read_for_document(path: str) -> tuple[Prepared, str]:
    """Read, check and lay out a scenario file, and say whether its run is over the budget.

    Plain data only, no Qt: this runs in a worker thread (:func:`gui.loading.run_off_loop`).
    Raises :class:`ScenarioError` listing every problem of a file that cannot be opened.
    """
    ready = Document.prepare(with_layout(load_scenario(path), fresh=False))
    return ready, loading.over_budget(ready.normalized)


def dropped_file(mime) -> str:
    """The one local file a drag carries ('' for anything else: text, links, many files)."""
    if mime is None or not mime.hasUrls():
        return ""
    urls = [u for u in mime.urls() if u.isLocalFile()]
    return urls[0].toLocalFile() if len(urls) == 1 else ""


class FileController(QObject):
    """The File menu's work, with its dialogs."""

    def __init__(self, doc: Document, settings: Settings, window: QWidget, runner) -> None:
        super().__init__(window)
        self.doc = doc
        self.settings = settings
        self.window = window
        self.runner = runner
        self._loading = False
        runner.confirm_run = self.confirm_run  # a run over the budget asks first
        window.setAcceptDrops(True)  # a scenario file dropped on the window opens
        window.installEventFilter(self)

    # -- opening --------------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.doc.load(new_scenario())
        return True

    def open_preset(self, name: str, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            sc = load_preset(name)
        except ScenarioError as err:
            self._show_problems(name, err.problems)
            return False
        self.doc.load(with_layout(sc, fresh=True), None, preset=name)
        return True

    def open(self, path: str | None = None, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("files", "Open scenario"),
                self.settings.get("files/last_dir"),
                file_filter(),
            )
            if not path:
                return False
        if self._loading:  # one file at a time (a second request waits for none)
            return False
        self._loading = True
        try:
            outcome = loading.run_off_loop(
                self.window,
                partial(read_for_document, str(path)),
                translate("files", "Opening {0}…").format(shown(Path(path).name)),
            )
        finally:
            self._loading = False
        if outcome.cancelled:  # the current document stays exactly as it was
            return False
        if outcome.status == "failed":
            err = outcome.error
            problems = (
                list(err.problems)
                if isinstance(err, ScenarioError)
                else [f"(file): could not be opened ({type(err).__name__}: {shown(err)})"]
            )
            self._show_problems(shown(Path(path).name), problems, path)
            if "(file): no such file" in problems:
                self.settings.remove_recent(str(path))
            return False
        ready, reason = outcome.value
        if reason and not loading.ask_over_budget(self.window, reason, "open"):
            return False
        self.doc.install(ready, Path(path))
        self.doc.accepted_cost = reason  # asked once: the run does not ask again
        self.settings.add_recent(str(path))
        self.settings.set("files/last_dir", str(Path(path).parent))
        return True

    def confirm_run(self) -> bool:
        """Before a run starts: ask when its estimated cost is over the budget (once per
        scenario and cost; an "Open anyway" counts)."""
        reason = loading.over_budget(self.doc.normalized)
        if not reason or reason == self.doc.accepted_cost:
            return True
        if not loading.ask_over_budget(self.window, reason, "run"):
            return False
        self.doc.accepted_cost = reason
        return True

    # -- drag and drop ----------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if obj is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_file(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif obj is self.window and kind == QEvent.Type.Drop:
            path = dropped_file(event.mimeData())
            if path:
                event.acceptProposedAction()
                # after the drop has returned: the file manager is not kept waiting
                QTimer.singleShot(0, partial(self.open, path))
                return True
        return super().eventFilter(obj, event)

    def _show_problems(self, name: str, problems: list[str], path=None) -> None:
        try:  # the file as written, to name its departments (it may not be JSON at all)
            raw = read_json(path) if path is not None else None
        except Exception:  # noqa: BLE001 - any unreadable file: the paths stay as they are
            raw = None
        problems_dialog.show_problems(
            self.window,
            translate("files", "Cannot open {0}").format(name),
            translate(
                "files",
                "The file was not opened because it has {0} problem(s). Each line names the "
                "place in the file and what is wrong:",
            ).format(len(problems)),
            named_problems(problems, raw),
        )

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._write(self.doc.path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            start = str(
                self.doc.path
                or Path(self.settings.get("files/last_dir") or ".")
                / ((self.doc.preset or "scenario") + SUFFIX)
            )
            path, _ = QFileDialog.getSaveFileName(
                self.window, translate("files", "Save scenario as"), start, file_filter()
            )
            if not path:
                return False
        if not str(path).endswith(".json"):
            path = str(path) + SUFFIX
        return self._write(Path(path))

    def _write(self, path: Path) -> bool:
        if self.doc.normalized is None:
            problems_dialog.show_problems(
                self.window,
                translate("files", "Cannot save yet"),
                translate(
                    "files",
                    "The structure breaks {0} rule(s) of the organisation. Fix them first "
                    "(they are marked in red on the canvas):",
                ).format(len(self.doc.problems)),
                self.doc.problems,
            )
            return False
        try:
            save_scenario(self.doc.scenario, path)
        except (OSError, ScenarioError) as err:
            QMessageBox.critical(
                self.window,
                translate("files", "Save failed"),
                translate("files", "Could not write {0}:\n{1}").format(path, err),
            )
            return False
        self.doc.path = Path(path)
        self.doc.preset = None
        self.doc.undo_stack.setClean()
        self.settings.add_recent(str(path))
        self.settings.set("files/last_dir", str(Path(path).parent))
        self.window.update_title()
        return True

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means 'stay'."""
        if self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            translate("files", "Unsaved changes"),
            translate("files", "{0} has unsaved changes. Save them first?").format(
                self.doc.title or translate("files", "The scenario")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- exporting ------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> bool:
        """The per-day time series of the current run (one row per day)."""
        sim = self.runner.sim
        if sim is None or sim.tick < 24:
            QMessageBox.information(
                self.window,
                translate("files", "Nothing to export yet"),
                translate("files", "Run the simulation for at least one day first."),
            )
            return False
        if path is None:
            start = Path(self.settings.get("export/dir") or ".") / (
                (self.doc.preset or (self.doc.path.stem if self.doc.path else "run")).replace(
                    ".govflex", ""
                )
                + ".csv"
            )
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("files", "Export time series"),
                str(start),
                translate("files", "CSV files (*.csv)"),
            )
            if not path:
                return False
        f = QSaveFile(str(path))
        if not f.open(QSaveFile.OpenModeFlag.WriteOnly):
            QMessageBox.critical(self.window, translate("files", "Export failed"), f.errorString())
            return False
        f.write(csv_text(sim).encode("utf-8"))
        if not f.commit():
            QMessageBox.critical(self.window, translate("files", "Export failed"), f.errorString())
            return False
        self.settings.set("export/dir", str(Path(path).parent))
        return True

    @staticmethod
    def presets() -> list[tuple[str, str]]:
        return list_presets()
