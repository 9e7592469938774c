"""Child processes of the test process, for the checks that Cancel leaves none behind."""

import psutil


def workers() -> list:
    """Child processes, leaving out multiprocessing's one shared resource tracker."""
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]
