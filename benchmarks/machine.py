"""A line that says how fast this machine is, printed at the top of every benchmark table.

The same code has timed up to 3x apart on machines of one kind (shared hosts), and the speed
of one machine drifts within minutes. The line gives the cost of one small numpy operation,
which the engine pays several hundred times per simulated hour, of a numpy pass over a
large array (memory-bound, like the batched engine's work per ticket) and of a plain Python
loop step. It is an indicator, not a conversion factor: a simulated A-city year took 12.6 s
on a machine whose small operation cost 0.69 us, twice the 6.5 s of an earlier machine whose
small operation was thought to cost about as much. Ratios are read within one run only.
"""

from __future__ import annotations

import timeit

import numpy as np


def _best(fn, number: int) -> float:
    """Best seconds per call over five repeats."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number


def machine_line(when: str = "") -> str:
    """'machine: small numpy op 0.67 us, 1M-element pass 0.9 ms, Python 15 ns per loop step';
    ``when`` ("at the end") goes after 'machine', for the line printed under a long table: the
    two lines together show how much the machine drifted while the table was measured."""
    small, large = np.zeros(100), np.zeros(1_000_000)
    small_us = _best(lambda: small + 1.0, 20_000) * 1e6
    large_ms = _best(lambda: large + 1.0, 50) * 1e3
    python_ns = _best("for i in range(1000): pass", 200) / 1000 * 1e9
    name = f"machine {when}" if when else "machine"
    return (
        f"{name}: small numpy op {small_us:.2f} us, 1M-element pass {large_ms:.2f} ms, "
        f"Python {python_ns:.0f} ns per loop step"
    )


if __name__ == "__main__":
    print(machine_line())
