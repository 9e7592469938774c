"""The user's work, put aside while the guided tour borrows the window, and given back.

The tour opens its own preset and runs it. Before it does, :func:`keep` takes the user's
scenario (with its file, preset name and whether it had unsaved edits), the running
simulation, its markers and the charts' history; :func:`give_back` loads the scenario again and
puts the very same simulation back, so the user returns to the day they left, with the same
charts — and the next export is titled after their scenario, not the tour's.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass


@dataclass
class KeptWork:
    scenario: dict
    path: object
    preset: str | None
    modified: bool
    run: object  # gui.runner.RunState
    history: object  # gui.charts.series.SeriesBuffer


def keep(window) -> KeptWork:
    """Everything :func:`give_back` needs to restore the window as it is now."""
    window.runner.pause()
    doc = window.doc
    return KeptWork(
        scenario=copy.deepcopy(doc.scenario),
        path=doc.path,
        preset=doc.preset,
        modified=not doc.undo_stack.isClean(),
        run=window.runner.save_run(),
        history=window.live.buf.copy(),
    )


def give_back(window, kept: KeptWork) -> None:
    """The user's scenario, simulation and charts as they were before the tour."""
    window.runner.pause()
    window.doc.load(kept.scenario, kept.path, kept.preset)
    if kept.modified:  # unsaved edits stay unsaved: the window still asks before closing
        window.doc.undo_stack.resetClean()
    window.runner.restore_run(kept.run)
    window.live.adopt(kept.history)
    window.update_title()
