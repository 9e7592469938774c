"""What a sensitivity analysis can vary, and the words for it.

The factors are the model's assumptions (``model.assumptions``: each with its plausible range
from the registry) and a few numeric mechanism parameters whose range is the span an official
could actually choose. The default selection is a screen of eight assumptions, one from each
decision the units take (calling again, gaming, fatigue, persuasion, stretch, co-handling,
escalation, the size of the work), so a first Morris run answers "which behaviour matters here?".
"""

from __future__ import annotations

from gui import assumption_labels, labels
from gui.mechanism_specs import setting_name

# (path, low, high): mechanism parameters an analysis may vary, with the range offered.
MECHANISM_FACTORS = (
    ("mechanisms.assessment.pressure", 0.0, 1.0),
    ("mechanisms.dispatch.coverage", 0.0, 1.0),
    ("mechanisms.dispatch.review_strictness", 0.0, 1.0),
    ("mechanisms.interface.granularity", 0.0, 1.0),
    ("mechanisms.entrance_control.direct_share", 0.0, 0.9),
    ("mechanisms.entrance_control.callback_share", 0.5, 1.0),
    ("mechanisms.dispatch.weights.backlog", 0.0, 2.0),
    ("mechanisms.escalation.decision_timeout_hours", 12.0, 96.0),
)

DEFAULT_FACTORS = (
    "assumptions.repeat.unresolved",
    "assumptions.gaming.propensity",
    "assumptions.fatigue.rate_loss",
    "assumptions.persuasion.eagerness",
    "assumptions.assessment.stretch_max",
    "assumptions.work.co_share",
    "assumptions.escalation.hazard_base",
    "assumptions.demand.work_median",
)

DEFAULT_OUTPUTS = ("flexibility", "load")


def factor_name(path: str) -> str:
    """Words for a factor: an assumption's label or a mechanism setting's name."""
    if path.startswith("assumptions."):
        return assumption_labels.label(path)
    return setting_name(path)


def output_name(key: str) -> str:
    return labels.output(key)
