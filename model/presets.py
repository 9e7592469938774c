"""The bundled scenarios (spec §10): one city seen under seven institutional settings.

The first six presets share one structure, "A city" (about 1 million residents, 72 units), and
differ only in the mechanisms switched on, so a class can compare them side by side: from the
bureaucracy before the platform, through the 12345 hotline and algorithmic dispatch, to the
tensions the paper describes and the institutional design it proposes. The seventh runs the
typical platform at Beijing scale. The files live in ``assets/scenarios`` and are generated
by ``python -m model.citygen``.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from model.scenario import ScenarioError, load_scenario

PRESET_NAMES: tuple[str, ...] = (
    "bureaucracy",
    "unified-entrance",
    "algorithmic-dispatch",
    "typical-platform",
    "tensions",
    "institutional-design",
    "megacity",
)
DEFAULT_PRESET = "typical-platform"
SUFFIX = ".govflex.json"


def preset_dir() -> Path:
    """The folder of the bundled scenarios (a source checkout or an installed package)."""
    here = Path(__file__).resolve().parent.parent / "assets" / "scenarios"
    if here.is_dir():
        return here
    try:  # installed: ``assets`` is a package next to ``model``
        return Path(str(resources.files("assets").joinpath("scenarios")))
    except (ModuleNotFoundError, TypeError):
        return here


def preset_path(name: str) -> Path:
    """The file of one preset (whether or not it exists)."""
    return preset_dir() / f"{name}{SUFFIX}"


def list_presets() -> list[tuple[str, str]]:
    """(name, title) of every bundled preset, in teaching order."""
    out = []
    for name in PRESET_NAMES:
        try:
            with preset_path(name).open(encoding="utf-8") as fh:
                title = json.load(fh).get("name", name)
        except (OSError, ValueError, AttributeError):
            title = name
        out.append((name, str(title)))
    return out


def load_preset(name: str) -> dict:
    """A bundled preset, normalised; an unknown name lists the known ones."""
    if name not in PRESET_NAMES:
        known = ", ".join(PRESET_NAMES)
        raise ScenarioError([f"(preset): unknown preset '{name}'; the presets are: {known}"])
    return load_scenario(preset_path(name))


def resolve_scenario(name_or_path: str) -> dict:
    """A preset name or the path of a scenario file, loaded and normalised."""
    text = str(name_or_path)
    path = Path(text)
    if text in PRESET_NAMES:
        if path.exists():  # never let one silently win over the other
            msg = f"(file): '{text}' is both a preset and a file here; write ./{text} for the file"
            raise ScenarioError([msg])
        return load_preset(text)
    if path.exists():
        return load_scenario(path)  # refuses folders, devices and FIFOs with their own message
    known = ", ".join(PRESET_NAMES)
    msg = f"(file): '{text}' is neither an existing file nor a preset ({known})"
    raise ScenarioError([msg])
