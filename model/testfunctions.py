"""Functions with published sensitivity indices: a check of the analysis, not of the city.

Before a sensitivity analysis is trusted to say which assumptions drive the city's flexibility
and load, its plumbing - the spec, the sample, the evaluation, the estimators and the results
files - should reproduce a table someone else has published. A sensitivity file can name one
of these functions (``"model": "ishigami"``) instead of a scenario; it then goes through the
same spec -> sample -> evaluate -> analyse -> results path, only the evaluation of a sample
point is a formula instead of a simulated city.

The Ishigami function (Ishigami & Homma 1990; Saltelli et al. 2008, *Global Sensitivity
Analysis: The Primer*, §4.7), with a = 7 and b = 0.1 and every input uniform on [-π, π]::

    y = sin x1 + a sin² x2 + b x3⁴ sin x1

is the field's standard test: x2 acts alone (S1 = ST = 0.442), x1 acts alone and together with
x3 (S1 = 0.314, ST = 0.558), and x3 acts *only* through x1 (S1 = 0, ST = 0.244) - an input a
one-at-a-time screen around the centre would call irrelevant. Inputs a spec does not list stay
at their nominal value (0, the centre of the domain).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

ISHIGAMI_A, ISHIGAMI_B = 7.0, 0.1


def ishigami(x1: np.ndarray, x2: np.ndarray, x3: np.ndarray) -> dict[str, np.ndarray]:
    """y = sin x1 + a sin² x2 + b x3⁴ sin x1 (a = 7, b = 0.1), elementwise."""
    s1 = np.sin(x1)
    return {"y": s1 + ISHIGAMI_A * np.sin(x2) ** 2 + ISHIGAMI_B * x3**4 * s1}


@dataclass(frozen=True)
class TestFunction:
    """A formula with named inputs (each with its domain and nominal value) and outputs."""

    __test__ = False  # not a pytest test class, despite the name

    formula: Callable[..., dict[str, np.ndarray]]
    inputs: tuple[str, ...]
    bounds: tuple[tuple[float, float], ...]
    nominal: tuple[float, ...]
    outputs: tuple[str, ...]
    text: str

    def evaluate(self, values: dict[str, np.ndarray], points: int) -> dict[str, np.ndarray]:
        """The outputs at ``points`` sample points; ``values`` maps some inputs to arrays of
        that length, and every other input is held at its nominal value."""
        args = [
            np.asarray(values[k], float) if k in values else np.full(points, x0)
            for k, x0 in zip(self.inputs, self.nominal, strict=True)
        ]
        return self.formula(*args)


def ishigami_indices(a: float = ISHIGAMI_A, b: float = ISHIGAMI_B) -> dict[str, list[float]]:
    """The analytic first-order (S1) and total (ST) Sobol indices of x1, x2, x3."""
    pi4 = math.pi**4
    v1 = 0.5 * (1 + b * pi4 / 5) ** 2
    v2 = a**2 / 8
    v13 = b**2 * pi4**2 * (1 / 18 - 1 / 50)
    v = v1 + v2 + v13
    return {"S1": [v1 / v, v2 / v, 0.0], "ST": [(v1 + v13) / v, v2 / v, v13 / v]}


TEST_FUNCTIONS: dict[str, TestFunction] = {
    "ishigami": TestFunction(
        formula=ishigami,
        inputs=("x1", "x2", "x3"),
        bounds=((-math.pi, math.pi),) * 3,
        nominal=(0.0, 0.0, 0.0),
        outputs=("y",),
        text="Ishigami function, a = 7, b = 0.1 (Saltelli et al. 2008)",
    ),
}
