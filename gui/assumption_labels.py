"""The words of the assumptions panel: group titles and meanings, row labels, units, sources.

The model's registry (:mod:`model.assumptions`) names every modelling choice in English; this
table repeats those texts as ``QT_TRANSLATE_NOOP`` markers so that ``pyside6-lupdate`` collects
them for the Chinese translation, and adds what the registry does not say: a title and a
sentence of meaning for each group. The tests check that the table covers the registry exactly,
so a new assumption cannot reach the panel without words in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from model.assumptions import REGISTRY, Assumption

CTX = "assumptions"

GROUPS: dict[str, tuple[str, str]] = {
    "demand": (
        QT_TRANSLATE_NOOP("assumptions", "Demand"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "What the cases are like: how many offices a case needs, how much work it takes, "
            "and how many are urgent, utility or complex cases.",
        ),
    ),
    "bureaucracy": (
        QT_TRANSLATE_NOOP("assumptions", "The bureaucracy without a hotline"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How citizens find an office when no hub dispatches: the chance of the right "
            "door, and the delay, work and lost citizens of every forward.",
        ),
    ),
    "structure": (
        QT_TRANSLATE_NOOP("assumptions", "Expertise and jurisdiction of units"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How much each kind of unit knows of its own and of other fields, and how much "
            "local standing districts and the city have.",
        ),
    ),
    "deadlines": (
        QT_TRANSLATE_NOOP("assumptions", "Deadlines"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "The time limits of the Beijing regulations for urgent, utility, general and "
            "complex cases.",
        ),
    ),
    "hub": (
        QT_TRANSLATE_NOOP("assumptions", "The hotline hub"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "The hub's own work per dispatched ticket and what counts as a timely response.",
        ),
    ),
    "returns": (
        QT_TRANSLATE_NOOP("assumptions", "Return requests"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How units ask to send a case back, how often without reason, and what the hub's "
            "review costs.",
        ),
    ),
    "arbitration": (
        QT_TRANSLATE_NOOP("assumptions", "Dispatch arbitration"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How strict and how fast an arbiter settles disputes about where a case belongs.",
        ),
    ),
    "community": (
        QT_TRANSLATE_NOOP("assumptions", "Communities"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How streets pass livelihood cases down to residents' communities, and at what "
            "delay and cost.",
        ),
    ),
    "work": (
        QT_TRANSLATE_NOOP("assumptions", "How work is done"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "Night duty, urgent teams, how much data speeds work, and the cost of working a "
            "case together.",
        ),
    ),
    "quality": (
        QT_TRANSLATE_NOOP("assumptions", "Quality of a resolution"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "What decides how well a case is settled: expertise, legal power, overload, quick"
            " fixes and a coarse catalogue.",
        ),
    ),
    "satisfaction": (
        QT_TRANSLATE_NOOP("assumptions", "Citizen satisfaction"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "The logistic model of whether a citizen is satisfied: quality raises it; "
            "lateness, forwards and repeat calls lower it.",
        ),
    ),
    "repeat": (
        QT_TRANSLATE_NOOP("assumptions", "Repeat calls (failure demand)"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How often a citizen whose need was not met calls again, and when.",
        ),
    ),
    "data": (
        QT_TRANSLATE_NOOP("assumptions", "Data access"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How much of the data a case needs each unit can see under silos, blocks and "
            "shared data, and the forms streets fill in.",
        ),
    ),
    "assessment": (
        QT_TRANSLATE_NOOP("assumptions", "Performance assessment"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How scoring and ranking press units: reporting, overtime, care, deadline-first "
            "work and the marks they lose.",
        ),
    ),
    "gaming": (
        QT_TRANSLATE_NOOP("assumptions", "Gaming the numbers"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How often a pressed unit closes an unsolved case at its deadline, and how "
            "detection deters it.",
        ),
    ),
    "persuasion": (
        QT_TRANSLATE_NOOP("assumptions", "Persuading citizens"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How often pressed units talk unhappy citizens round, with what success and at "
            "what cost.",
        ),
    ),
    "exclusion": (
        QT_TRANSLATE_NOOP("assumptions", "Excluding cases from the score"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How often units ask to have cases excluded as unreasonable and how often the hub"
            " agrees.",
        ),
    ),
    "fatigue": (
        QT_TRANSLATE_NOOP("assumptions", "Fatigue"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How overtime tires units and what tiredness costs in speed and quality.",
        ),
    ),
    "innovation": (
        QT_TRANSLATE_NOOP("assumptions", "Innovation projects"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How many projects assessed units launch and how many street hours each costs.",
        ),
    ),
    "escalation": (
        QT_TRANSLATE_NOOP("assumptions", "Escalation to superiors"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How often a unit without expertise, data, power or partner raises an exception, "
            "and what a superior's decision costs.",
        ),
    ),
    "whistle": (
        QT_TRANSLATE_NOOP("assumptions", "The whistle (吹哨报到)"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How a street summons a bureau to the site, what it costs both, and when the "
            "street decides to whistle.",
        ),
    ),
    "design": (
        QT_TRANSLATE_NOOP("assumptions", "Data-asset institutional design"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "What the unified form, empowered streets, on-site audits and a learning "
            "catalogue change.",
        ),
    ),
    "proactive": (
        QT_TRANSLATE_NOOP("assumptions", "Proactive governance"),
        QT_TRANSLATE_NOOP(
            "assumptions",
            "How monthly governance themes prevent demand and what a project costs.",
        ),
    ),
}

LABELS: dict[str, str] = {
    "demand.extra_mean": QT_TRANSLATE_NOOP(
        "assumptions", "Poisson mean of extra departments a case needs"
    ),
    "demand.work_median": QT_TRANSLATE_NOOP(
        "assumptions", "median standard work of a case (lognormal)"
    ),
    "demand.work_sigma": QT_TRANSLATE_NOOP("assumptions", "log-sd of standard work"),
    "demand.urgent_share": QT_TRANSLATE_NOOP("assumptions", "share of urgent cases (2 h deadline)"),
    "demand.utilities_share": QT_TRANSLATE_NOOP("assumptions", "share of 24 h cases"),
    "demand.complex_share": QT_TRANSLATE_NOOP("assumptions", "share of complex cases (15 days)"),
    "bureaucracy.citizen_right": QT_TRANSLATE_NOOP(
        "assumptions", "a citizen finds the right office unaided"
    ),
    "bureaucracy.hop_hours": QT_TRANSLATE_NOOP(
        "assumptions", "delay of one forward between offices"
    ),
    "bureaucracy.hop_work": QT_TRANSLATE_NOOP(
        "assumptions", "work of a wrong office to forward a case"
    ),
    "bureaucracy.hop_loss": QT_TRANSLATE_NOOP("assumptions", "a citizen gives up at each forward"),
    "bureaucracy.informal_coordination": QT_TRANSLATE_NOOP(
        "assumptions", "a unit asks the other office itself for a multi-department case"
    ),
    "structure.able_expertise": QT_TRANSLATE_NOOP(
        "assumptions", "expertise below which a case is 'not ours'"
    ),
    "structure.district_jurisdiction": QT_TRANSLATE_NOOP(
        "assumptions", "local standing of district units"
    ),
    "structure.city_jurisdiction": QT_TRANSLATE_NOOP("assumptions", "local standing of city units"),
    "structure.bureau_own": QT_TRANSLATE_NOOP(
        "assumptions", "a bureau's expertise in its own line"
    ),
    "structure.outside": QT_TRANSLATE_NOOP("assumptions", "expertise outside one's field"),
    "structure.street_livelihood": QT_TRANSLATE_NOOP(
        "assumptions", "a street's expertise in livelihood cases"
    ),
    "structure.street_team": QT_TRANSLATE_NOOP(
        "assumptions", "a street enforcement team's expertise"
    ),
    "structure.community_livelihood": QT_TRANSLATE_NOOP(
        "assumptions", "a community's livelihood expertise"
    ),
    "structure.government": QT_TRANSLATE_NOOP(
        "assumptions", "expertise of governments above the street"
    ),
    "deadlines.urgent": QT_TRANSLATE_NOOP("assumptions", "deadline of an urgent case"),
    "deadlines.utilities": QT_TRANSLATE_NOOP(
        "assumptions", "deadline of a water, power, gas, heat case"
    ),
    "deadlines.general": QT_TRANSLATE_NOOP("assumptions", "deadline of a general case (7 days)"),
    "deadlines.complex": QT_TRANSLATE_NOOP("assumptions", "deadline of a complex case (15 days)"),
    "hub.operator_hours": QT_TRANSLATE_NOOP("assumptions", "manual dispatch"),
    "hub.response_hours": QT_TRANSLATE_NOOP(
        "assumptions", "contact deadline counted as a response"
    ),
    "returns.founded_request": QT_TRANSLATE_NOOP("assumptions", "a unit requests a founded return"),
    "returns.strategic_request": QT_TRANSLATE_NOOP(
        "assumptions", "top rate of unfounded (strategic) return requests"
    ),
    "returns.review_hours": QT_TRANSLATE_NOOP(
        "assumptions", "the hub's review of a return request"
    ),
    "returns.review_work": QT_TRANSLATE_NOOP("assumptions", "hub and unit time per return request"),
    "returns.max_returns": QT_TRANSLATE_NOOP("assumptions", "return requests a case may see"),
    "arbitration.strictness": QT_TRANSLATE_NOOP(
        "assumptions", "M7 arbitration rejects an unfounded request"
    ),
    "arbitration.speed": QT_TRANSLATE_NOOP("assumptions", "M7 arbitration: review delay factor"),
    "community.pass_share": QT_TRANSLATE_NOOP(
        "assumptions", "a street passes a livelihood case down"
    ),
    "community.delay_hours": QT_TRANSLATE_NOOP(
        "assumptions", "delay of passing a case to a community"
    ),
    "community.street_hours": QT_TRANSLATE_NOOP("assumptions", "street time to pass a case on"),
    "work.night_duty": QT_TRANSLATE_NOOP("assumptions", "capacity on duty out of office hours"),
    "work.urgent_team": QT_TRANSLATE_NOOP("assumptions", "staff who work an urgent case at once"),
    "work.data_speed": QT_TRANSLATE_NOOP("assumptions", "share of work speed that depends on data"),
    "work.history_rate": QT_TRANSLATE_NOOP("assumptions", "learning rate of a unit's track record"),
    "work.co_share": QT_TRANSLATE_NOOP("assumptions", "a co-handler's work, share of the case's"),
    "work.coord_hours": QT_TRANSLATE_NOOP(
        "assumptions", "coordination per co-handler without data"
    ),
    "quality.base": QT_TRANSLATE_NOOP("assumptions", "quality of a case handled with no expertise"),
    "quality.no_power_factor": QT_TRANSLATE_NOOP(
        "assumptions", "expertise that counts without legal power"
    ),
    "quality.overload_from": QT_TRANSLATE_NOOP(
        "assumptions", "utilisation above which quality suffers"
    ),
    "quality.overload_loss": QT_TRANSLATE_NOOP("assumptions", "quality lost per unit of overload"),
    "quality.quick_fix": QT_TRANSLATE_NOOP("assumptions", "quality factor of a quick fix"),
    "quality.abstraction_loss": QT_TRANSLATE_NOOP(
        "assumptions", "nuance lost by a coarse catalogue"
    ),
    "satisfaction.base": QT_TRANSLATE_NOOP("assumptions", "citizen satisfaction: intercept"),
    "satisfaction.quality": QT_TRANSLATE_NOOP(
        "assumptions", "satisfaction: weight of a resolved case's quality"
    ),
    "satisfaction.late": QT_TRANSLATE_NOOP(
        "assumptions", "satisfaction: cost per day late (up to 10)"
    ),
    "satisfaction.hop": QT_TRANSLATE_NOOP(
        "assumptions", "satisfaction: cost per forward between offices"
    ),
    "satisfaction.multi": QT_TRANSLATE_NOOP(
        "assumptions", "satisfaction: cost of a multi-department case"
    ),
    "satisfaction.repeat": QT_TRANSLATE_NOOP(
        "assumptions", "satisfaction: cost per earlier call of the same need"
    ),
    "repeat.unresolved": QT_TRANSLATE_NOOP("assumptions", "an unresolved citizen calls again"),
    "repeat.unsatisfied": QT_TRANSLATE_NOOP(
        "assumptions", "a resolved, unsatisfied citizen calls again"
    ),
    "repeat.delay_days": QT_TRANSLATE_NOOP(
        "assumptions", "mean delay of a repeat call (exponential)"
    ),
    "repeat.max_repeats": QT_TRANSLATE_NOOP("assumptions", "repeat calls of one need at most"),
    "data.silo_own": QT_TRANSLATE_NOOP("assumptions", "silo: access to one's own records"),
    "data.outside": QT_TRANSLATE_NOOP("assumptions", "access to another block's data"),
    "data.shared_across": QT_TRANSLATE_NOOP("assumptions", "shared regime: access across blocks"),
    "data.asset_floor": QT_TRANSLATE_NOOP("assumptions", "M7 data asset: access of every role"),
    "data.asset_grassroots": QT_TRANSLATE_NOOP(
        "assumptions", "M7 data asset: data back to streets"
    ),
    "data.forms_per_week": QT_TRANSLATE_NOOP(
        "assumptions", "forms each line asks of a street weekly"
    ),
    "data.form_hours": QT_TRANSLATE_NOOP("assumptions", "hours of a form without data access"),
    "data.visible_access": QT_TRANSLATE_NOOP("assumptions", "access needed to serve a category"),
    "assessment.report_hours": QT_TRANSLATE_NOOP("assumptions", "reporting per assessed ticket"),
    "assessment.rank_spread": QT_TRANSLATE_NOOP(
        "assumptions", "how much more pressure the bottom ranks feel"
    ),
    "assessment.stretch_max": QT_TRANSLATE_NOOP("assumptions", "overtime at full pressure"),
    "assessment.effort_quality": QT_TRANSLATE_NOOP(
        "assumptions", "quality gained by care at full pressure"
    ),
    "assessment.effort_hours": QT_TRANSLATE_NOOP(
        "assumptions", "extra hours a case takes with that care"
    ),
    "assessment.priority_push": QT_TRANSLATE_NOOP(
        "assumptions", "deadline-first weight at full pressure"
    ),
    "assessment.score_days": QT_TRANSLATE_NOOP("assumptions", "scoring window"),
    "assessment.first_score_day": QT_TRANSLATE_NOOP(
        "assumptions", "day of the first scoring (then every window)"
    ),
    "assessment.rejected_mark": QT_TRANSLATE_NOOP(
        "assumptions", "response score lost per rejected return"
    ),
    "assessment.detected_mark": QT_TRANSLATE_NOOP(
        "assumptions", "score lost per detected gamed case"
    ),
    "gaming.propensity": QT_TRANSLATE_NOOP(
        "assumptions", "closing an open case at its deadline, full pressure"
    ),
    "gaming.deterrence": QT_TRANSLATE_NOOP(
        "assumptions", "how strongly the chance of detection deters"
    ),
    "gaming.learning": QT_TRANSLATE_NOOP(
        "assumptions", "how fast a unit learns its chance of detection"
    ),
    "gaming.reopen_share": QT_TRANSLATE_NOOP(
        "assumptions", "work a reopened gamed case needs at least"
    ),
    "persuasion.eagerness": QT_TRANSLATE_NOOP(
        "assumptions", "persuasion attempts per unit of own pressure"
    ),
    "persuasion.success": QT_TRANSLATE_NOOP("assumptions", "a citizen is talked round (做工作)"),
    "persuasion.hours": QT_TRANSLATE_NOOP("assumptions", "staff time of one persuasion"),
    "exclusion.eagerness": QT_TRANSLATE_NOOP(
        "assumptions", "exclusion requests per unit of own pressure"
    ),
    "exclusion.approval": QT_TRANSLATE_NOOP(
        "assumptions", "the hub excludes a case as unreasonable (剔除)"
    ),
    "fatigue.days": QT_TRANSLATE_NOOP("assumptions", "memory of a unit's fatigue (moving average)"),
    "fatigue.rate_loss": QT_TRANSLATE_NOOP("assumptions", "work rate lost per unit of fatigue"),
    "fatigue.quality_loss": QT_TRANSLATE_NOOP("assumptions", "quality lost per unit of fatigue"),
    "innovation.per_month": QT_TRANSLATE_NOOP(
        "assumptions", "projects per assessed unit a month at pi = 1"
    ),
    "innovation.project_days": QT_TRANSLATE_NOOP("assumptions", "life of an innovation project"),
    "innovation.street_hours": QT_TRANSLATE_NOOP(
        "assumptions", "weekly street hours per project in scope"
    ),
    "innovation.redesign_factor": QT_TRANSLATE_NOOP(
        "assumptions", "M7 redesign: projects launched"
    ),
    "escalation.hazard_base": QT_TRANSLATE_NOOP(
        "assumptions", "exception hazard: expertise x data gap"
    ),
    "escalation.hazard_power": QT_TRANSLATE_NOOP("assumptions", "exception hazard: no legal power"),
    "escalation.hazard_partner": QT_TRANSLATE_NOOP(
        "assumptions", "exception hazard: partner missing"
    ),
    "escalation.decision_hours": QT_TRANSLATE_NOOP("assumptions", "a superior's time per decision"),
    "escalation.reassign_delay": QT_TRANSLATE_NOOP("assumptions", "delay of a reassigned case"),
    "escalation.rework_share": QT_TRANSLATE_NOOP(
        "assumptions", "rework a superior orders, share of the case"
    ),
    "escalation.max_escalations": QT_TRANSLATE_NOOP(
        "assumptions", "escalations of one case at most"
    ),
    "whistle.latency": QT_TRANSLATE_NOOP("assumptions", "the bureau reports within 30 minutes"),
    "whistle.street_hours": QT_TRANSLATE_NOOP("assumptions", "street time to summon a bureau"),
    "whistle.bureau_hours": QT_TRANSLATE_NOOP("assumptions", "bureau time to report on site"),
    "whistle.bureau_share": QT_TRANSLATE_NOOP(
        "assumptions", "share of the case the bureau works on site"
    ),
    "whistle.cost_hours": QT_TRANSLATE_NOOP(
        "assumptions", "waiting the street accepts before it whistles"
    ),
    "whistle.priority": QT_TRANSLATE_NOOP(
        "assumptions", "weight of a summoned case in the street's hours"
    ),
    "whistle.rating_weight": QT_TRANSLATE_NOOP(
        "assumptions", "streets' rating in a bureau's score"
    ),
    "design.forms_factor": QT_TRANSLATE_NOOP("assumptions", "one form: form work"),
    "design.reporting_factor": QT_TRANSLATE_NOOP("assumptions", "one form: reporting"),
    "design.empowered_expertise": QT_TRANSLATE_NOOP(
        "assumptions", "street enforcement expertise, grown"
    ),
    "design.empowerment_days": QT_TRANSLATE_NOOP(
        "assumptions", "time constant of empowered expertise"
    ),
    "design.audit_share": QT_TRANSLATE_NOOP("assumptions", "closures the hub verifies on site"),
    "design.learning_cases": QT_TRANSLATE_NOOP(
        "assumptions", "consistent resolutions before the catalogue moves"
    ),
    "proactive.cells_per_month": QT_TRANSLATE_NOOP("assumptions", "themes a month"),
    "proactive.months": QT_TRANSLATE_NOOP(
        "assumptions", "months a governance project lowers demand"
    ),
    "proactive.max_reduction": QT_TRANSLATE_NOOP(
        "assumptions", "demand prevented with full data access"
    ),
    "proactive.hours": QT_TRANSLATE_NOOP(
        "assumptions", "staff time of a project, bureau and district each"
    ),
}

UNITS: dict[str, str] = {
    "probability": QT_TRANSLATE_NOOP("assumptions", "probability"),
    "share": QT_TRANSLATE_NOOP("assumptions", "share"),
    "count": QT_TRANSLATE_NOOP("assumptions", "count"),
    "hours": QT_TRANSLATE_NOOP("assumptions", "h"),
    "days": QT_TRANSLATE_NOOP("assumptions", "days"),
    "factor": QT_TRANSLATE_NOOP("assumptions", "factor"),
    "weight": QT_TRANSLATE_NOOP("assumptions", "weight"),
    "logit coefficient": QT_TRANSLATE_NOOP("assumptions", "logit"),
}

SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("assumptions", "12345 hotline reports"),
    QT_TRANSLATE_NOOP("assumptions", "Beijing monthly ranking"),
    QT_TRANSLATE_NOOP("assumptions", "Beijing 接诉即办 regulations (2021)"),
    QT_TRANSLATE_NOOP(
        "assumptions",
        "Seddon 2003, 2008 (failure demand 40-80 % in public-service contact centres)",
    ),
    QT_TRANSLATE_NOOP("assumptions", "一表通 pilots"),
    QT_TRANSLATE_NOOP("assumptions", "每月一题 (Beijing, 2021-)"),
)


def tr(text: str) -> str:
    """``text`` (a source string of this table) in the interface language."""
    return QCoreApplication.translate(CTX, text)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_title(group: str) -> str:
    """The title of a group of assumptions ("Repeat calls (failure demand)")."""
    return tr(GROUPS[group][0]) if group in GROUPS else group


def group_meaning(group: str) -> str:
    """One sentence on what the group's assumptions are about."""
    return tr(GROUPS[group][1]) if group in GROUPS else ""


def label(key: str) -> str:
    """The words for an assumption (``group.name`` or ``assumptions.group.name``)."""
    key = key.removeprefix("assumptions.")
    text = LABELS.get(key)
    return _first_upper(tr(text)) if text else key


def unit(name: str) -> str:
    """A registry unit as the panel shows it (h, days, probability...)."""
    return tr(UNITS[name]) if name in UNITS else name


def source(text: str) -> str:
    """A registry source in the interface language (unchanged if it has no translation)."""
    return tr(text) if text in SOURCES else text


def provenance(spec: Assumption) -> str:
    """Sourced (with the source) or a modelling choice, in words."""
    if spec.provenance == "sourced":
        return tr(QT_TRANSLATE_NOOP("assumptions", "Sourced: {0}")).format(source(spec.source))
    if spec.source:
        return tr(QT_TRANSLATE_NOOP("assumptions", "Modelling choice, bounded by {0}")).format(
            source(spec.source)
        )
    return tr(QT_TRANSLATE_NOOP("assumptions", "Modelling choice"))


def spec_of(key: str) -> Assumption:
    """The registry entry of ``group.name`` (or ``assumptions.group.name``)."""
    group, name = key.removeprefix("assumptions.").split(".")
    return REGISTRY[group][name]


def decimals(spec: Assumption) -> int:
    """Decimals that show the default and the plausible range exactly (2 to 4; whole counts,
    days and hours with fewer)."""
    values = (spec.default, spec.lo, spec.hi)
    if all(float(v).is_integer() for v in values):
        return 1 if spec.unit == "hours" else (0 if spec.unit in ("count", "days") else 2)
    needed = max(len(f"{float(v):.6f}".rstrip("0").split(".")[1]) for v in values)
    return min(max(needed, 2), 4)


def format_value(spec: Assumption, value: float) -> str:
    """A value with the assumption's decimals ("0.30", "24.0", "3")."""
    return f"{float(value):.{decimals(spec)}f}"


def marker_label(path: str, value=None) -> str:
    """Words for a chart marker of a changed assumption: 'Assumption “…” = 0.30'."""
    shown = "" if value is None else format_value(spec_of(path), value)
    return tr(QT_TRANSLATE_NOOP("assumptions", "Assumption “{0}” = {1}")).format(label(path), shown)
