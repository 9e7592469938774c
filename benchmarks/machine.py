"""A line that says how fast this machine is, printed at the top of every benchmark table.

Absolute seconds from the same code have differed by 3x between machines of the same kind
(shared hosts), so a table is read against this line: the cost of one small numpy operation,
which the engine pays several hundred times per simulated hour, and of plain Python work.
The reference is the machine of the earlier tables in the notes (about 0.6 us, estimated
from the same run timed on both machines).
"""

from __future__ import annotations

import timeit

import numpy as np

REFERENCE_NUMPY_US = 0.6  # the machine of the earlier tables (estimated)


def machine_line() -> str:
    """'machine: small numpy op 1.29 us (2.2x the reference), Python 41 ns per loop step'."""
    a = np.zeros(100)
    numpy_us = min(timeit.repeat(lambda: a + 1.0, number=20_000, repeat=5)) / 20_000 * 1e6
    python_ns = min(timeit.repeat("for i in range(1000): pass", number=200, repeat=5)) / 200e3
    python_ns *= 1e9
    ratio = numpy_us / REFERENCE_NUMPY_US
    return (
        f"machine: small numpy op {numpy_us:.2f} us ({ratio:.1f}x the reference machine's "
        f"{REFERENCE_NUMPY_US} us), Python {python_ns:.0f} ns per loop step"
    )


if __name__ == "__main__":
    print(machine_line())
