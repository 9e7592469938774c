"""GovFlex entry point.

python main.py                 open the workbench with the default preset
python main.py FILE            open a scenario file in the workbench
python main.py run SCENARIO    headless run (no Qt imported), see ``model/cli.py``
python main.py presets         list the bundled scenarios
python main.py assumptions     list every modelling assumption (value, default, range, source)
python main.py sensitivity F   global sensitivity analysis (Morris or Sobol) of a sensitivity file
"""

from __future__ import annotations

import sys

HEADLESS = ("run", "presets", "assumptions", "sweep", "compare", "sensitivity", "-h", "--help")


def cli_main(argv: list[str] | None = None) -> int:
    """The headless commands. Ctrl+C or SIGTERM at any moment - while numpy is still being
    imported, during the command, or as the interpreter shuts down - ends with the one line
    ``interrupted`` and status 130, never a traceback."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, stop)
    # A signal that lands inside numpy's C start-up comes out as an ImportError, not as
    # KeyboardInterrupt: hold the signals while the model is imported, then take them.
    held = {signal.SIGINT} | ({signal.SIGTERM} if hasattr(signal, "SIGTERM") else set())
    mask = getattr(signal, "pthread_sigmask", None)
    try:
        if mask:
            mask(signal.SIG_BLOCK, held)
        try:
            from model.cli import main as headless
        finally:
            if mask:
                mask(signal.SIG_UNBLOCK, held)  # a held signal is raised here, and caught
        code = headless(argv)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        code = 130
    if argv is None:  # a real process (not a test calling in): a quiet shutdown too
        signal.signal(signal.SIGINT, _late_interrupt)
        if hasattr(signal, "SIGTERM"):
            signal.signal(signal.SIGTERM, _late_interrupt)
    return code


def _late_interrupt(signum, frame) -> None:
    """A signal after the command ended: its outputs are complete, so leave at once."""
    import os

    try:
        sys.stderr.write("interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(130)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in HEADLESS:
        return cli_main(None if argv == sys.argv[1:] else argv)
    from gui.app import run_app  # Qt is imported only here

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
