"""The scenario being edited: one source of truth for the canvas, the panels and the runner.

Every change goes through an undo command (``gui.commands``) that calls one of the ``apply_*``
methods below; those change the dict and announce what changed, so each view updates only
what it shows. After a change to the organisation the scenario is checked again
(``model.scenario.normalize`` plus the workbench's own rules) and each problem is attached to
the department it concerns, for the red marks on the canvas.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui import structure_edits as edits
from model.scenario import get_path, set_path

# Department fields that do not change what the simulation computes.
COSMETIC_FIELDS = frozenset({"name", "name_zh", "name_en"})


@dataclass(frozen=True)
class Prepared:
    """A scenario checked off the event loop, not yet the document's."""

    scenario: dict
    normalized: dict | None
    problems: list[str]
    node_problems: dict[str, list[str]]
    general_problems: list[str]


class Document(QObject):
    """A scenario dict, its file, its undo stack and its current problems."""

    reset = Signal()  # a whole new scenario (New, Open, preset)
    structure_changed = Signal()  # units added, removed, re-linked or re-sized
    departments_renamed = Signal(list)  # ids whose names changed
    positions_changed = Signal(dict)  # id -> (x, y)
    value_changed = Signal(str, object)  # path outside departments (mechanisms, demand, seed)
    problems_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.scenario: dict = {"departments": [], "layout": {}}
        self.normalized: dict | None = None
        self.problems: list[str] = []
        self.node_problems: dict[str, list[str]] = {}
        self.general_problems: list[str] = []
        self.path: Path | None = None
        self.preset: str | None = None
        self.accepted_cost = ""  # an over-budget estimate the user agreed to (gui.loading)

    # -- whole scenario ------------------------------------------------------------------------
    @staticmethod
    def prepare(scenario: dict) -> Prepared:
        """The scenario copied and checked, ready for :meth:`install`.

        Pure work on plain dicts (no Qt), so a large file can be prepared in a worker thread
        while the window stays responsive; nothing of the current document changes.
        """
        new = copy.deepcopy(scenario)
        new.setdefault("layout", {})
        normalized, problems = edits.check(new)
        by_node, general = edits.problems_by_node(problems, new)
        return Prepared(new, normalized, problems, by_node, general)

    def load(self, scenario: dict, path: Path | None = None, preset: str | None = None) -> None:
        """Replace everything (the undo history too).

        The new scenario is copied and checked before anything changes, so a load that fails
        leaves the current document as it was.
        """
        self.install(self.prepare(scenario), path, preset)

    def install(self, ready: Prepared, path: Path | None = None, preset: str | None = None) -> None:
        """Make a prepared scenario the document (see :meth:`prepare`)."""
        self.undo_stack.clear()
        self.scenario = ready.scenario
        self.path = Path(path) if path else None
        self.preset = preset
        self.accepted_cost = ""
        self.normalized, self.problems = ready.normalized, ready.problems
        self.node_problems, self.general_problems = ready.node_problems, ready.general_problems
        self.problems_changed.emit()
        self.reset.emit()
        self.undo_stack.setClean()

    @property
    def valid(self) -> bool:
        return self.normalized is not None

    @property
    def title(self) -> str:
        if self.path is not None:
            return self.path.name
        return str(self.scenario.get("name") or self.preset or "")

    def push(self, command) -> None:
        self.undo_stack.push(command)

    # -- reading ---------------------------------------------------------------------------------
    def departments(self) -> list[dict]:
        return self.scenario["departments"]

    def department(self, dept_id: str) -> dict | None:
        for d in self.scenario["departments"]:
            if d.get("id") == dept_id:
                return d
        return None

    def position(self, dept_id: str) -> tuple[float, float] | None:
        p = self.scenario["layout"].get(dept_id)
        return (float(p[0]), float(p[1])) if p else None

    def value(self, path: str):
        try:
            return get_path(self.normalized or self.scenario, path)
        except Exception:  # noqa: BLE001 - a missing key reads as None
            return None

    def categories(self) -> list[dict]:
        return list((self.normalized or self.scenario).get("categories") or [])

    # -- changing (called by undo commands only) --------------------------------------------
    def apply_structure(self, departments: list[dict], layout: dict) -> None:
        self.scenario["departments"] = copy.deepcopy(departments)
        self.scenario["layout"] = copy.deepcopy(layout)
        self._check()
        self.structure_changed.emit()

    def apply_positions(self, positions: dict[str, tuple[float, float]]) -> None:
        layout = self.scenario["layout"]
        for k, (x, y) in positions.items():
            layout[k] = [round(float(x), 1), round(float(y), 1)]
        self.positions_changed.emit(dict(positions))

    def apply_fields(self, dept_id: str, values: dict) -> None:
        d = self.department(dept_id)
        if d is None:
            return
        for k, v in values.items():
            if v is _ABSENT:
                d.pop(k, None)
            else:
                d[k] = copy.deepcopy(v)
        if set(values) <= COSMETIC_FIELDS:
            if self.normalized is not None:  # keep the checked copy in step
                nd = next((x for x in self.normalized["departments"] if x["id"] == dept_id), None)
                if nd is not None:
                    nd.update({k: v for k, v in values.items() if v is not _ABSENT})
            self.departments_renamed.emit([dept_id])
        else:
            self._check()
            self.structure_changed.emit()

    def apply_value(self, path: str, value) -> None:
        self.scenario = set_path(self.scenario, path, copy.deepcopy(value))
        if self.normalized is not None:
            try:
                self.normalized = set_path(self.normalized, path, copy.deepcopy(value))
            except Exception:  # noqa: BLE001
                self._check()
        self.value_changed.emit(path, value)

    # -- problems --------------------------------------------------------------------------------
    def _check(self) -> None:
        self.normalized, self.problems = edits.check(self.scenario)
        self.node_problems, self.general_problems = edits.problems_by_node(
            self.problems, self.scenario
        )
        self.problems_changed.emit()


class _Absent:
    """Marks a key that a department does not have (optional overrides)."""

    def __repr__(self) -> str:
        return "ABSENT"

    def __copy__(self):  # one marker: copies are the marker itself
        return self

    def __deepcopy__(self, memo):
        return self


_ABSENT = _Absent()
ABSENT = _ABSENT


def value_problems(doc: Document, path: str, value) -> list[str]:
    """Problems that setting ``path`` to ``value`` would cause (empty: fine)."""
    from model.scenario import ScenarioError, normalize

    try:
        normalize(set_path(doc.normalized or doc.scenario, path, value))
    except ScenarioError as err:
        mine = [p for p in err.problems if p.startswith(path)]
        return mine if (mine or doc.normalized is None) else list(err.problems)
    return []
