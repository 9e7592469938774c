"""GovFlex entry point.

python main.py                 open the workbench with the default preset
python main.py FILE            open a scenario file in the workbench
python main.py run SCENARIO    headless run (no Qt imported), see ``model/cli.py``
python main.py presets         list the bundled scenarios
python main.py assumptions     list every modelling assumption (value, default, range, source)
"""

from __future__ import annotations

import sys

HEADLESS = ("run", "presets", "assumptions", "sweep", "compare", "-h", "--help")


def cli_main(argv: list[str] | None = None) -> int:
    from model.cli import main as headless

    return headless(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in HEADLESS:
        return cli_main(argv)
    from gui.app import run_app  # Qt is imported only here

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
