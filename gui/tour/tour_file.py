"""Tour files (``assets/tours/*.json``): load and check them like scenarios.

A tour is a JSON object::

    {"format": "govflex-tour", "version": 1, "preset": "bureaucracy",
     "title": {"en": "...", "zh": "..."},
     "steps": [{"id": "entrance", "title": {...}, "caption": {...},
                "set": {"mechanisms.entrance_control.enabled": true},
                "days": 20, "highlight": "plane", "predict": true}, ...]}

Each step sets mechanism values (scenario paths), runs the simulation ``days`` more days,
highlights a part of the window and shows its caption in both languages; ``predict`` first asks
the class which way flexibility and load will move. A preset may schedule a demand shock (the
A-city presets flood utilities from day 60 for 14 days): a step whose days cross it must be the
step about the shock (``"shock": true``), so no other step's result is the shock's.
:func:`load_tour` reports *every* problem, each with its place in the file
(``steps[3].set.mechanisms.data.regime: ...``), and checks the settings against the scenario
schema by applying them, step by step, to the tour's preset. A step runs its days at once, so
a step whose estimated time (:func:`model.limits.scenario_cost`) is over
:data:`model.limits.MAX_GUI_STEP_SECONDS` is refused rather than freezing the window.
"""

from __future__ import annotations

from pathlib import Path

from model.jsonsafe import JsonFileError, cap_problems, read_json, shown
from model.limits import MAX_GUI_STEP_SECONDS, scenario_cost
from model.presets import list_presets, load_preset
from model.scenario import normalize
from model.scenario_check import ScenarioError
from model.scenario_paths import set_path

TOURS_DIR = Path(__file__).resolve().parent.parent.parent / "assets" / "tours"
DEFAULT_TOUR = TOURS_DIR / "paper.json"
HIGHLIGHTS = ("canvas", "plane", "timeline", "components", "gaming", "mechanisms")
LANGS = ("en", "zh")
MAX_DAYS = 365


class TourError(ValueError):
    """Every problem of a tour file, each 'path: what is wrong'."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = cap_problems([shown(p) for p in problems])
        self.source = shown(source)
        super().__init__("\n".join(f"{self.source}: {p}" for p in self.problems))

    def __reduce__(self):  # the list survives pickling, not its joined text
        return (type(self), (self.problems, self.source))


def load_tour(path: str | Path = DEFAULT_TOUR) -> dict:
    """The checked tour; raises :class:`TourError` listing every problem."""
    try:  # size, encoding, depth, numbers and repeated keys, as for scenarios
        data = read_json(path)
    except JsonFileError as err:
        raise TourError(err.problems, path) from None
    problems = check_tour(data)
    if problems:
        raise TourError(problems, path)
    return data


def check_tour(data) -> list[str]:
    """Every problem of a tour object (empty when it is sound)."""
    if not isinstance(data, dict):
        return ["(top level): a tour must be a JSON object {...}"]
    out: list[str] = []
    if data.get("format") != "govflex-tour":
        out.append('format: must be "govflex-tour"')
    if data.get("version") != 1:
        out.append("version: must be 1")
    _bilingual(data.get("title"), "title", out)
    preset = data.get("preset")
    names = [name for name, _title in list_presets()]
    if preset not in names:
        out.append(f"preset: unknown preset {preset!r}; one of {', '.join(names)}")
        preset = None
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        out.append("steps: must be a non-empty list of steps")
        return out
    scenario = load_preset(preset) if preset else None
    for i, step in enumerate(steps):
        where = f"steps[{i}]"
        if not isinstance(step, dict):
            out.append(f"{where}: must be an object {{...}}")
            continue
        unknown = set(step) - {"id", "title", "caption", "set", "days", "highlight", "predict"}
        unknown -= {"shock"}
        out += [f"{where}.{k}: unknown field" for k in sorted(unknown)]
        if not isinstance(step.get("id"), str) or not step.get("id"):
            out.append(f"{where}.id: must be a non-empty text")
        _bilingual(step.get("title"), f"{where}.title", out)
        _bilingual(step.get("caption"), f"{where}.caption", out)
        days = step.get("days", 0)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            out.append(f"{where}.days: must be a whole number of days from 0 to {MAX_DAYS}")
        if step.get("highlight") not in (None, *HIGHLIGHTS):
            out.append(f"{where}.highlight: must be one of {', '.join(HIGHLIGHTS)}")
        if not isinstance(step.get("predict", False), bool):
            out.append(f"{where}.predict: must be true or false")
        if not isinstance(step.get("shock", False), bool):
            out.append(f"{where}.shock: must be true or false")
        settings = step.get("set", {})
        if not isinstance(settings, dict):
            out.append(f"{where}.set: must be an object of scenario paths and values")
            continue
        for key, value in settings.items():
            if not key.startswith(("mechanisms.", "demand.")):
                out.append(f"{where}.set.{key}: only mechanisms.* and demand.* can be set")
                continue
            if scenario is None:
                continue
            try:
                trial = set_path(scenario, key, value)
                normalize(trial)
                scenario = trial
            except (ScenarioError, KeyError, TypeError, ValueError) as err:
                detail = "; ".join(getattr(err, "problems", [str(err)]))
                out.append(f"{where}.set.{key}: {detail}")
        if scenario is not None and isinstance(days, int) and 0 < days <= MAX_DAYS:
            out += step_cost_problems(scenario, days, where)
    if scenario is not None and not out:
        out += shock_problems(steps, scenario["demand"].get("shocks", []))
    return out


def step_cost_problems(scenario: dict, days: int, where: str) -> list[str]:
    """A step runs its days at once, without returning to the window: refuse a step whose
    estimated time is over :data:`model.limits.MAX_GUI_STEP_SECONDS` (too much demand or too
    large a city for that many days)."""
    try:
        cost = scenario_cost(scenario, days)
    except (KeyError, TypeError, ValueError):
        return []
    if cost.seconds <= MAX_GUI_STEP_SECONDS:
        return []
    tpd = scenario["demand"].get("tickets_per_day")
    demand = f"{tpd:,.0f} tickets a day" if isinstance(tpd, (int, float)) else "this demand"
    return [
        f"{where}.days: {days} days of this city at {demand} would keep the window busy for "
        f"about {cost.seconds:.0f} s, over the limit of {MAX_GUI_STEP_SECONDS:.0f} s a step "
        "(MAX_GUI_STEP_SECONDS); use fewer days or less demand"
    ]


def step_spans(steps: list[dict]) -> list[tuple[float, float]]:
    """(first day, last day) each step runs when the tour is followed forward from day 0."""
    spans, day = [], 0.0
    for step in steps:
        days = float(step.get("days", 0))
        spans.append((day, day + days))
        day += days
    return spans


def shock_problems(steps: list[dict], shocks: list[dict]) -> list[str]:
    """Steps whose days cross a scheduled shock without being the step about it, and steps
    marked as about a shock that none of their days meets."""
    out = []
    for i, ((a, b), step) in enumerate(zip(step_spans(steps), steps, strict=True)):
        hit = [s for s in shocks if a < s["day"] + s["days"] and s["day"] < b]
        if hit and not step.get("shock"):
            s = hit[0]
            out.append(
                f"steps[{i}]: runs days {a:g}-{b:g} across the {s['category']} shock "
                f"(day {s['day']:g}, {s['days']:g} days); "
                'move it, or make it the step about the shock ("shock": true)'
            )
        if step.get("shock") and not hit:
            out.append(f"steps[{i}].shock: days {a:g}-{b:g} meet no scheduled shock")
    return out


def _bilingual(value, where: str, out: list[str]) -> None:
    if not isinstance(value, dict):
        out.append(f"{where}: must be an object with en and zh texts")
        return
    for lang in LANGS:
        if not isinstance(value.get(lang), str) or not value.get(lang).strip():
            out.append(f"{where}.{lang}: missing text")


def text(value: dict, language: str) -> str:
    """The text of a bilingual field in 'en' or 'zh' (falls back to English)."""
    return value.get(language) or value.get("en", "")
