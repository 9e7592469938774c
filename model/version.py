"""The version of GovFlex, for About, the exported records and every results file.

A figure, a sweep or a sensitivity analysis is only reproducible with the model that made it,
so every record names the version next to its seeds. Read from the installed package's
metadata (a wheel or an editable install); a bare source checkout falls back to
``pyproject.toml``.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def govflex_version() -> str:
    """The installed package's version, else the one in pyproject.toml, else 'unknown'."""
    try:
        return metadata.version("govflex")
    except metadata.PackageNotFoundError:
        pass
    if PYPROJECT.is_file():
        m = re.search(r'^version\s*=\s*"([^"]+)"', PYPROJECT.read_text("utf-8"), re.M)
        if m:
            return m.group(1)
    return "unknown"
