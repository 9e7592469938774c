"""A line that says how fast this machine is, printed at the top of every benchmark table
(and, by :func:`run_and_close`, again under the long ones).

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
    """'machine: small numpy op 0.67 us, 1M-element pass 0.9 ms, Python 15 ns per loop step',
    with ``when`` ("at the end") after 'machine' if given."""
    small, large = np.zeros(100), np.zeros(1_000_000)
    small_us = _best(lambda: small + 1.0, 20_000) * 1e6
    large_ms = _best(lambda: large + 1.0, 50) * 1e3
    python_ns = _best("for i in range(1000): pass", 200) / 1000 * 1e9
    name = f"machine {when}" if when else "machine"
    return (
        f"{name}: small numpy op {small_us:.2f} us, 1M-element pass {large_ms:.2f} ms, "
        f"Python {python_ns:.0f} ns per loop step"
    )


def run_and_close(main) -> int:
    """Run a benchmark's ``main`` and print the machine line again under its table: with the
    line at its top, how far the machine drifted while the table was measured."""
    code = main()
    print(machine_line("at the end"))
    return code


if __name__ == "__main__":
    print(machine_line())
