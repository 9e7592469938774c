"""The model never imports Qt: a fresh interpreter imports every model module and checks."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import model

ROOT = Path(__file__).resolve().parent.parent


def test_model_package_loads_no_qt():
    """Importing every module under model/ loads no PySide6, shiboken or pyqtgraph."""
    names = [m.name for m in pkgutil.walk_packages(model.__path__, "model.")]
    assert "model.engine" in names and "model.mechanisms.dispatch" in names
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}:\n    importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'pyqtgraph'))]\n"
        "assert not bad, bad\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
