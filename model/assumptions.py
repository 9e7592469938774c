"""Every modelling choice of the simulation as a named, ranged assumption.

An agent-based model is only as credible as the numbers its rules rest on.  Each number here is
an *assumption*: it has a default, a plausible range (the span a sensitivity analysis or the
robustness screen explores), a unit, and a provenance - ``sourced`` when a published rule or
report gives it (with the source), ``choice`` when it is a modelling choice the literature only
bounds.  The scenario file's ``assumptions`` section holds the values in force (defaults filled
in), so a teacher can change any of them in the GUI, an analyst with
``--set assumptions.repeat.unresolved=0.3``, and a sweep or a sensitivity analysis over ranges.
The engine reads them only through :func:`view`; no rule of the model hides a constant of its
own (the output *definitions* in ``model/metrics.py`` are measurement conventions, not
assumptions about behaviour).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

PROB, HOURS, DAYS, COUNT, SHARE, WEIGHT, FACTOR, LOGIT = (
    "probability",
    "hours",
    "days",
    "count",
    "share",
    "weight",
    "factor",
    "logit coefficient",
)


@dataclass(frozen=True)
class Assumption:
    """One modelling number: default, plausible range, unit and where it comes from."""

    default: float
    lo: float
    hi: float
    unit: str
    provenance: str  # "sourced" or "choice"
    source: str
    text: str

    @property
    def valid(self) -> tuple[float, float | None]:
        """The values the scenario file accepts (wider than the plausible range)."""
        if self.unit in (PROB, SHARE):
            return 0.0, 1.0
        if self.unit == LOGIT:
            return -50.0, 50.0
        return 0.0, None


def _s(default, lo, hi, unit, source, text):  # sourced
    return Assumption(default, lo, hi, unit, "sourced", source, text)


def _c(default, lo, hi, unit, text, source=""):  # modelling choice
    return Assumption(default, lo, hi, unit, "choice", source, text)


BEIJING = "Beijing 接诉即办 regulations (2021)"
SEDDON = "Seddon 2003, 2008 (failure demand 40-80 % in public-service contact centres)"
BEVAN = "Bevan & Hood 2006 (targets and gaming)"

# group -> name -> Assumption.  Group names follow the mechanism (or the part of the city) they
# describe; the order here is the order of the scenario file and the documentation.
REGISTRY: dict[str, dict[str, Assumption]] = {
    "demand": {
        "extra_mean": _c(0.25, 0.1, 0.5, COUNT, "Poisson mean of extra departments a case needs"),
        "work_median": _c(2.0, 1.0, 4.0, HOURS, "median standard work of a case (lognormal)"),
        "work_sigma": _c(0.8, 0.5, 1.1, FACTOR, "log-sd of standard work"),
        "urgent_share": _c(0.03, 0.01, 0.06, SHARE, "share of urgent cases (2 h deadline)"),
        "utilities_share": _c(0.12, 0.06, 0.2, SHARE, "share of 24 h cases"),
        "complex_share": _c(0.15, 0.08, 0.25, SHARE, "share of complex cases (15 days)"),
    },
    "bureaucracy": {
        "citizen_right": _c(0.5, 0.3, 0.7, PROB, "a citizen finds the right office unaided"),
        "hop_hours": _c(24, 8, 48, HOURS, "delay of one forward between offices"),
        "hop_work": _c(0.25, 0.1, 0.5, HOURS, "work of a wrong office to forward a case"),
        "hop_loss": _c(0.05, 0.02, 0.1, PROB, "a citizen gives up at each forward"),
        "informal_coordination": _c(
            0.3, 0.1, 0.5, PROB, "a unit asks the other office itself for a multi-department case"
        ),
    },
    "structure": {
        "able_expertise": _c(0.3, 0.2, 0.4, SHARE, "expertise below which a case is 'not ours'"),
        "district_jurisdiction": _c(0.5, 0.35, 0.65, SHARE, "local standing of district units"),
        "city_jurisdiction": _c(0.6, 0.4, 0.8, SHARE, "local standing of city units"),
        "bureau_own": _c(0.85, 0.7, 0.95, SHARE, "a bureau's expertise in its own line"),
        "outside": _c(0.1, 0.05, 0.2, SHARE, "expertise outside one's field"),
        "street_livelihood": _c(0.45, 0.35, 0.6, SHARE, "a street's expertise in livelihood cases"),
        "street_team": _c(0.4, 0.3, 0.5, SHARE, "a street enforcement team's expertise"),
        "community_livelihood": _c(0.35, 0.25, 0.45, SHARE, "a community's livelihood expertise"),
        "government": _c(0.3, 0.2, 0.4, SHARE, "expertise of governments above the street"),
    },
    "deadlines": {
        "urgent": _s(2, 2, 2, HOURS, BEIJING, "deadline of an urgent case"),
        "utilities": _s(24, 24, 24, HOURS, BEIJING, "deadline of a water, power, gas, heat case"),
        "general": _s(168, 168, 168, HOURS, BEIJING, "deadline of a general case (7 days)"),
        "complex": _s(360, 360, 360, HOURS, BEIJING, "deadline of a complex case (15 days)"),
    },
    "hub": {
        "operator_hours": _s(0.1, 0.05, 0.2, HOURS, "12345 hotline reports", "manual dispatch"),
        "response_hours": _c(24, 12, 48, HOURS, "contact deadline counted as a response"),
    },
    "returns": {
        "founded_request": _c(0.9, 0.7, 1.0, PROB, "a unit requests a founded return"),
        "strategic_request": _c(
            0.02, 0.01, 0.04, PROB, "top rate of unfounded (strategic) return requests"
        ),
        "review_hours": _c(8, 2, 24, HOURS, "the hub's review of a return request"),
        "review_work": _c(0.25, 0.1, 0.5, HOURS, "hub and unit time per return request"),
        "max_returns": _c(3, 2, 4, COUNT, "return requests a case may see"),
    },
    "arbitration": {
        "strictness": _c(0.95, 0.8, 1.0, PROB, "M7 arbitration rejects an unfounded request"),
        "speed": _c(0.25, 0.1, 0.5, FACTOR, "M7 arbitration: review delay factor"),
    },
    "community": {
        "pass_share": _c(0.3, 0.15, 0.5, PROB, "a street passes a livelihood case down"),
        "delay_hours": _c(2, 1, 4, HOURS, "delay of passing a case to a community"),
        "street_hours": _c(0.2, 0.1, 0.4, HOURS, "street time to pass a case on"),
    },
    "work": {
        "night_duty": _c(0.25, 0.15, 0.4, SHARE, "capacity on duty out of office hours"),
        "urgent_team": _c(3, 2, 4, COUNT, "staff who work an urgent case at once"),
        "data_speed": _c(0.4, 0.2, 0.6, SHARE, "share of work speed that depends on data"),
        "history_rate": _c(0.05, 0.02, 0.1, FACTOR, "learning rate of a unit's track record"),
        "co_share": _c(0.5, 0.3, 0.7, SHARE, "a co-handler's work, share of the case's"),
        "coord_hours": _c(1.0, 0.5, 1.5, HOURS, "coordination per co-handler without data"),
    },
    "quality": {
        "base": _c(0.6, 0.5, 0.7, SHARE, "quality of a case handled with no expertise"),
        "no_power_factor": _c(0.5, 0.3, 0.7, FACTOR, "expertise that counts without legal power"),
        "overload_from": _c(0.9, 0.85, 0.95, SHARE, "utilisation above which quality suffers"),
        "overload_loss": _c(0.5, 0.3, 0.7, FACTOR, "quality lost per unit of overload"),
        "quick_fix": _c(0.5, 0.3, 0.7, FACTOR, "quality factor of a quick fix"),
        "abstraction_loss": _c(0.5, 0.3, 0.7, FACTOR, "nuance lost by a coarse catalogue"),
    },
    "satisfaction": {
        "base": _c(-2.0, -3.0, -1.4, LOGIT, "citizen satisfaction: intercept"),
        "quality": _c(5.0, 3.5, 6.5, LOGIT, "satisfaction: weight of a resolved case's quality"),
        "late": _c(0.4, 0.25, 0.55, LOGIT, "satisfaction: cost per day late (up to 10)"),
        "hop": _c(0.3, 0.2, 0.4, LOGIT, "satisfaction: cost per forward between offices"),
        "multi": _c(0.3, 0.2, 0.4, LOGIT, "satisfaction: cost of a multi-department case"),
        "repeat": _c(0.5, 0.3, 0.7, LOGIT, "satisfaction: cost per earlier call of the same need"),
    },
    "repeat": {
        "unresolved": _c(0.4, 0.25, 0.55, PROB, "an unresolved citizen calls again", SEDDON),
        "unsatisfied": _c(0.15, 0.08, 0.25, PROB, "a resolved, unsatisfied citizen calls again"),
        "delay_days": _c(4, 2, 8, DAYS, "mean delay of a repeat call (exponential)"),
        "max_repeats": _c(3, 2, 4, COUNT, "repeat calls of one need at most"),
    },
    "data": {
        "silo_own": _c(0.7, 0.5, 0.85, SHARE, "silo: access to one's own records"),
        "outside": _c(0.15, 0.05, 0.3, SHARE, "access to another block's data"),
        "shared_across": _c(0.6, 0.45, 0.75, SHARE, "shared regime: access across blocks"),
        "asset_floor": _c(0.85, 0.75, 0.95, SHARE, "M7 data asset: access of every role"),
        "asset_grassroots": _c(0.8, 0.7, 0.9, SHARE, "M7 data asset: data back to streets"),
        "forms_per_week": _c(2, 1, 3, COUNT, "forms each line asks of a street weekly"),
        "form_hours": _c(1.5, 1.0, 2.0, HOURS, "hours of a form without data access"),
        "visible_access": _c(0.3, 0.2, 0.4, SHARE, "access needed to serve a category"),
    },
    "assessment": {
        "report_hours": _c(0.3, 0.15, 0.45, HOURS, "reporting per assessed ticket"),
        "rank_spread": _c(1.0, 0.5, 1.5, FACTOR, "how much more pressure the bottom ranks feel"),
        "stretch_max": _c(0.25, 0.15, 0.35, SHARE, "overtime at full pressure"),
        "effort_quality": _c(0.15, 0.08, 0.25, SHARE, "quality gained by care at full pressure"),
        "effort_hours": _c(0.1, 0.05, 0.2, SHARE, "extra hours a case takes with that care"),
        "priority_push": _c(4.0, 2.0, 6.0, FACTOR, "deadline-first weight at full pressure"),
        "score_days": _s(30, 30, 30, DAYS, "Beijing monthly ranking", "scoring window"),
        "first_score_day": _c(7, 7, 14, DAYS, "day of the first scoring (then every window)"),
        "rejected_mark": _c(0.02, 0.01, 0.04, SHARE, "response score lost per rejected return"),
        "detected_mark": _c(0.03, 0.015, 0.05, SHARE, "score lost per detected gamed case"),
    },
    "gaming": {
        "propensity": _c(
            0.5, 0.3, 0.7, PROB, "closing an open case at its deadline, full pressure"
        ),
        "deterrence": _c(1.0, 0.6, 1.4, FACTOR, "how strongly the chance of detection deters"),
        "learning": _c(0.1, 0.05, 0.2, FACTOR, "how fast a unit learns its chance of detection"),
        "reopen_share": _c(0.25, 0.1, 0.4, SHARE, "work a reopened gamed case needs at least"),
    },
    "persuasion": {
        "eagerness": _c(3.0, 1.5, 4.5, FACTOR, "persuasion attempts per unit of own pressure"),
        "success": _c(0.8, 0.65, 0.9, PROB, "a citizen is talked round (做工作)"),
        "hours": _c(0.5, 0.25, 1.0, HOURS, "staff time of one persuasion"),
    },
    "exclusion": {
        "eagerness": _c(2.0, 1.0, 3.0, FACTOR, "exclusion requests per unit of own pressure"),
        "approval": _c(0.5, 0.3, 0.7, PROB, "the hub excludes a case as unreasonable (剔除)"),
    },
    "fatigue": {
        "days": _c(28, 14, 42, DAYS, "memory of a unit's fatigue (moving average)"),
        "rate_loss": _c(0.5, 0.3, 0.7, FACTOR, "work rate lost per unit of fatigue"),
        "quality_loss": _c(0.5, 0.3, 0.7, FACTOR, "quality lost per unit of fatigue"),
    },
    "innovation": {
        "per_month": _c(0.5, 0.25, 0.75, COUNT, "projects per assessed unit a month at pi = 1"),
        "project_days": _c(90, 60, 120, DAYS, "life of an innovation project"),
        "street_hours": _c(2.0, 1.0, 3.0, HOURS, "weekly street hours per project in scope"),
        "redesign_factor": _c(0.3, 0.15, 0.5, FACTOR, "M7 redesign: projects launched"),
    },
    "escalation": {
        "hazard_base": _c(0.05, 0.03, 0.07, FACTOR, "exception hazard: expertise x data gap"),
        "hazard_power": _c(0.25, 0.15, 0.35, FACTOR, "exception hazard: no legal power"),
        "hazard_partner": _c(0.15, 0.1, 0.2, FACTOR, "exception hazard: partner missing"),
        "decision_hours": _c(0.5, 0.25, 1.0, HOURS, "a superior's time per decision"),
        "reassign_delay": _c(4, 2, 8, HOURS, "delay of a reassigned case"),
        "rework_share": _c(0.5, 0.3, 0.7, SHARE, "rework a superior orders, share of the case"),
        "max_escalations": _c(3, 2, 4, COUNT, "escalations of one case at most"),
    },
    "whistle": {
        "latency": _s(0.5, 0.5, 0.5, HOURS, BEIJING, "the bureau reports within 30 minutes"),
        "street_hours": _c(1.0, 0.5, 1.5, HOURS, "street time to summon a bureau"),
        "bureau_hours": _c(2.0, 1.0, 3.0, HOURS, "bureau time to report on site"),
        "bureau_share": _c(0.5, 0.3, 0.7, SHARE, "share of the case the bureau works on site"),
        "cost_hours": _c(4, 2, 8, HOURS, "waiting the street accepts before it whistles"),
        "priority": _c(4.0, 2.0, 6.0, FACTOR, "weight of a summoned case in the street's hours"),
        "rating_weight": _c(0.1, 0.05, 0.2, WEIGHT, "streets' rating in a bureau's score"),
    },
    "design": {
        "forms_factor": _s(0.35, 0.25, 0.5, FACTOR, "一表通 pilots", "one form: form work"),
        "reporting_factor": _c(0.5, 0.35, 0.7, FACTOR, "one form: reporting"),
        "empowered_expertise": _c(0.7, 0.55, 0.85, SHARE, "street enforcement expertise, grown"),
        "empowerment_days": _c(180, 90, 270, DAYS, "time constant of empowered expertise"),
        "audit_share": _c(0.2, 0.1, 0.3, SHARE, "closures the hub verifies on site"),
        "learning_cases": _c(3, 2, 5, COUNT, "consistent resolutions before the catalogue moves"),
    },
    "proactive": {
        "cells_per_month": _s(2, 1, 3, COUNT, "每月一题 (Beijing, 2021-)", "themes a month"),
        "months": _c(3, 2, 4, COUNT, "months a governance project lowers demand"),
        "max_reduction": _c(0.4, 0.25, 0.55, SHARE, "demand prevented with full data access"),
        "hours": _c(40, 20, 60, HOURS, "staff time of a project, bureau and district each"),
    },
}


def defaults() -> dict[str, dict[str, float]]:
    """The ``assumptions`` section with every default (a new dict)."""
    return {g: {n: a.default for n, a in items.items()} for g, items in REGISTRY.items()}


def view(section: dict | None) -> SimpleNamespace:
    """The values in force as attributes (``a.repeat.unresolved``), defaults filled in."""
    section = section or {}
    groups = {}
    for g, items in REGISTRY.items():
        given = section.get(g) or {}
        groups[g] = SimpleNamespace(**{n: float(given.get(n, a.default)) for n, a in items.items()})
    return SimpleNamespace(**groups)


def flat() -> list[tuple[str, Assumption]]:
    """Every assumption as (``group.name``, Assumption), in registry order."""
    return [(f"{g}.{n}", a) for g, items in REGISTRY.items() for n, a in items.items()]


def table(section: dict | None = None) -> list[dict]:
    """Rows for the ``assumptions`` command and the GUI: value, default, range, provenance."""
    a = view(section)
    rows = []
    for path, spec in flat():
        g, n = path.split(".")
        rows.append(
            {
                "path": "assumptions." + path,
                "value": getattr(getattr(a, g), n),
                "default": spec.default,
                "range": (spec.lo, spec.hi),
                "unit": spec.unit,
                "provenance": spec.provenance,
                "source": spec.source,
                "text": spec.text,
            }
        )
    return rows
