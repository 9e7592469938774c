"""Words for the model's keys, in one place.

The model speaks in keys (``flex_lateral``, ``kuai``, ``escalation``); the GUI turns them into
words here and nowhere else, through Qt's translation system, so that a later Chinese
translation only needs a ``.qm`` file. The tables hold ``QT_TRANSLATE_NOOP`` markers (found by
``pyside6-lupdate``); the functions translate at the moment of use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "labels"

OUTPUTS = {
    "flexibility": QT_TRANSLATE_NOOP("labels", "Flexibility"),
    "flex_mobility": QT_TRANSLATE_NOOP("labels", "Mobility: effort follows demand"),
    "flex_lateral": QT_TRANSLATE_NOOP("labels", "Lateral: solved side by side"),
    "flex_match": QT_TRANSLATE_NOOP("labels", "Match: the right unit"),
    "flex_range": QT_TRANSLATE_NOOP("labels", "Range: room in the structure"),
    "load": QT_TRANSLATE_NOOP("labels", "Grassroots load"),
    "load_direct": QT_TRANSLATE_NOOP("labels", "Casework"),
    "load_coord": QT_TRANSLATE_NOOP("labels", "Coordination"),
    "load_rework": QT_TRANSLATE_NOOP("labels", "Rework"),
    "load_report": QT_TRANSLATE_NOOP("labels", "Reporting and forms"),
    "load_innov": QT_TRANSLATE_NOOP("labels", "Innovation projects"),
    "load_escal": QT_TRANSLATE_NOOP("labels", "Escalation"),
    "load_persuade": QT_TRANSLATE_NOOP("labels", "Persuading citizens (做工作)"),
    "load_project": QT_TRANSLATE_NOOP("labels", "Governance projects (未诉先办)"),
    "fatigue": QT_TRANSLATE_NOOP("labels", "Fatigue"),
    "failure_demand_share": QT_TRANSLATE_NOOP("labels", "Failure demand (repeat calls share)"),
    "repeat_calls_per_100": QT_TRANSLATE_NOOP("labels", "Repeat calls per 100 tickets"),
    "hidden_work_share": QT_TRANSLATE_NOOP("labels", "Hidden work share"),
    "backlog_days": QT_TRANSLATE_NOOP("labels", "Grassroots backlog (days)"),
    "escalations_per_100": QT_TRANSLATE_NOOP("labels", "Escalations per 100 tickets"),
    "returns_per_100": QT_TRANSLATE_NOOP("labels", "Returns per 100 tickets"),
    "returns_requested_per_100": QT_TRANSLATE_NOOP("labels", "Return requests per 100 tickets"),
    "returns_rejected_per_100": QT_TRANSLATE_NOOP(
        "labels", "Return requests rejected per 100 tickets"
    ),
    "excluded_per_100": QT_TRANSLATE_NOOP("labels", "Excluded as unreasonable per 100 tickets"),
    "persuaded_per_100": QT_TRANSLATE_NOOP("labels", "Citizens persuaded per 100 tickets"),
    "gaming_detected_per_100": QT_TRANSLATE_NOOP("labels", "Gaming detected per 100 tickets"),
    "first_dispatch_accuracy": QT_TRANSLATE_NOOP("labels", "First-dispatch accuracy"),
    "professionalism": QT_TRANSLATE_NOOP("labels", "Professionalism"),
    "on_time_rate": QT_TRANSLATE_NOOP("labels", "On time"),
    "median_resolution_hours": QT_TRANSLATE_NOOP("labels", "Median resolution (hours)"),
    "resolution_true": QT_TRANSLATE_NOOP("labels", "Resolved (true)"),
    "resolution_reported": QT_TRANSLATE_NOOP("labels", "Resolved (callback-recorded)"),
    "gaming_gap": QT_TRANSLATE_NOOP("labels", "Gaming gap"),
    "satisfaction_true": QT_TRANSLATE_NOOP("labels", "Satisfied (true)"),
    "satisfaction_reported": QT_TRANSLATE_NOOP("labels", "Satisfied (callback-recorded)"),
    "satisfaction_gap": QT_TRANSLATE_NOOP("labels", "Satisfaction gap"),
    "callback_share": QT_TRANSLATE_NOOP("labels", "Callback share (回访)"),
    "fragmentation": QT_TRANSLATE_NOOP("labels", "Data fragmentation"),
    "territorial_share": QT_TRANSLATE_NOOP("labels", "Share sent to territorial units"),
    "bureau_load": QT_TRANSLATE_NOOP("labels", "Bureau load"),
    "decision_backlog": QT_TRANSLATE_NOOP("labels", "Decisions waiting"),
    "tickets_open": QT_TRANSLATE_NOOP("labels", "Open tickets"),
    "help_latency_hours": QT_TRANSLATE_NOOP("labels", "Wait for help (hours)"),
    "shock_absorption": QT_TRANSLATE_NOOP("labels", "Shock absorption"),
    "proactive_projects": QT_TRANSLATE_NOOP("labels", "Governance themes launched"),
    "demand_prevented_share": QT_TRANSLATE_NOOP("labels", "Demand prevented"),
}

KINDS = {
    "hub": QT_TRANSLATE_NOOP("labels", "12345 hub"),
    "tiao": QT_TRANSLATE_NOOP("labels", "Functional bureau (条 tiao)"),
    "kuai": QT_TRANSLATE_NOOP("labels", "Territorial government (块 kuai)"),
}

LEVELS = {
    "city": QT_TRANSLATE_NOOP("labels", "City"),
    "district": QT_TRANSLATE_NOOP("labels", "District"),
    "street": QT_TRANSLATE_NOOP("labels", "Street (街道)"),
    "community": QT_TRANSLATE_NOOP("labels", "Community (社区)"),
}

FLOWS = {
    "dispatch": QT_TRANSLATE_NOOP("labels", "Dispatch"),
    "forward": QT_TRANSLATE_NOOP("labels", "Forward"),
    "return": QT_TRANSLATE_NOOP("labels", "Return"),
    "escalation": QT_TRANSLATE_NOOP("labels", "Escalation"),
    "whistle": QT_TRANSLATE_NOOP("labels", "Whistle"),
}

SHORT = {  # legend entries, where space is tight
    "flex_mobility": QT_TRANSLATE_NOOP("labels", "Mobility"),
    "flex_lateral": QT_TRANSLATE_NOOP("labels", "Lateral"),
    "flex_match": QT_TRANSLATE_NOOP("labels", "Match"),
    "flex_range": QT_TRANSLATE_NOOP("labels", "Range"),
    "load_report": QT_TRANSLATE_NOOP("labels", "Reporting"),
    "load_innov": QT_TRANSLATE_NOOP("labels", "Innovation"),
    "resolution_true": QT_TRANSLATE_NOOP("labels", "Resolved, true"),
    "resolution_reported": QT_TRANSLATE_NOOP("labels", "Resolved, recorded"),
    "satisfaction_true": QT_TRANSLATE_NOOP("labels", "Satisfied, true"),
    "satisfaction_reported": QT_TRANSLATE_NOOP("labels", "Satisfied, recorded"),
    "load_persuade": QT_TRANSLATE_NOOP("labels", "Persuasion"),
    "load_project": QT_TRANSLATE_NOOP("labels", "Governance"),
    "failure_demand_share": QT_TRANSLATE_NOOP("labels", "Failure demand"),
}

UNITS = {
    "share": QT_TRANSLATE_NOOP("labels", "%"),
    "hours": QT_TRANSLATE_NOOP("labels", "h"),
    "minutes": QT_TRANSLATE_NOOP("labels", "min"),
    "seats": QT_TRANSLATE_NOOP("labels", "seats"),
    "hours_day": QT_TRANSLATE_NOOP("labels", "staff-h/day"),
    "residents": QT_TRANSLATE_NOOP("labels", "residents"),
    "per_10k": QT_TRANSLATE_NOOP("labels", "per 10k/day"),
    "days": QT_TRANSLATE_NOOP("labels", "days"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def output(key: str) -> str:
    """The words for an output key (the key itself if it has none yet)."""
    text = OUTPUTS.get(key)
    return tr(text) if text else key


def short(key: str) -> str:
    """A short name for a legend (the full one if there is no short one)."""
    return tr(SHORT[key]) if key in SHORT else output(key)


def kind(key: str) -> str:
    return tr(KINDS[key]) if key in KINDS else key


def level(key: str) -> str:
    return tr(LEVELS[key]) if key in LEVELS else key


def flow(key: str) -> str:
    return tr(FLOWS[key]) if key in FLOWS else key


def unit(key: str) -> str:
    return tr(UNITS[key]) if key in UNITS else key


def dept_name(dept: dict, names: str = "en") -> str:
    """A department's name in the chosen language ('en', 'zh' or 'both')."""
    en = dept.get("name_en") or dept.get("name") or dept.get("id", "")
    zh = dept.get("name_zh") or dept.get("name") or en
    if names == "zh":
        return zh
    if names == "both" and zh != en:
        return f"{zh}\n{en}"
    return en


def category_name(cat: dict, names: str = "en") -> str:
    """A ticket category's name (scenario data, in the chosen language)."""
    en = cat.get("name_en") or cat.get("id", "")
    zh = cat.get("name_zh") or en
    if names == "zh":
        return zh
    if names == "both" and zh != en:
        return f"{zh} {en}"
    return en


def compact_name(name: str, context: list[str]) -> str:
    """Drop what the superior's name already says: 'District 1 Street 2' under 'District 1
    government' shows as 'Street 2'; '一区第一街道第一社区' under '一区第一街道' as '第一社区'.
    """
    best = name
    for other in context:
        if not other:
            continue
        n = 0
        while n < min(len(name), len(other)) and name[n] == other[n]:
            n += 1
        if n == 0:
            continue
        ascii_text = name.isascii()
        if ascii_text:
            cut = name.rfind(" ", 0, n + 1)
            if cut <= 0:
                continue
            rest = name[cut + 1 :]
        else:
            rest = name[n:]
        if len(rest) >= 2 and len(rest) < len(best):
            best = rest[:1].upper() + rest[1:] if ascii_text else rest
    return best


TEMPLATES = {
    "street": QT_TRANSLATE_NOOP("labels", "Street"),
    "community": QT_TRANSLATE_NOOP("labels", "Community"),
    "district": QT_TRANSLATE_NOOP("labels", "District government"),
    "district_bureau": QT_TRANSLATE_NOOP("labels", "District bureau"),
    "city_bureau": QT_TRANSLATE_NOOP("labels", "City bureau"),
    "city_government": QT_TRANSLATE_NOOP("labels", "City government"),
    "hub": QT_TRANSLATE_NOOP("labels", "12345 hub"),
}


def template(key: str) -> str:
    return tr(TEMPLATES[key]) if key in TEMPLATES else key


PRESETS = {  # the model's preset titles, as words for the File → Open Preset menu
    "bureaucracy": QT_TRANSLATE_NOOP("labels", "A city before the platform (bureaucracy)"),
    "unified-entrance": QT_TRANSLATE_NOOP(
        "labels", "Unified entrance (12345 hotline, manual dispatch)"
    ),
    "algorithmic-dispatch": QT_TRANSLATE_NOOP(
        "labels", "Algorithmic dispatch (the flexibility regime)"
    ),
    "typical-platform": QT_TRANSLATE_NOOP("labels", "Typical platform (calibration)"),
    "tensions": QT_TRANSLATE_NOOP("labels", "Tensions: blocks, mismatch and high pressure"),
    "institutional-design": QT_TRANSLATE_NOOP(
        "labels", "Institutional design around data as an asset"
    ),
    "megacity": QT_TRANSLATE_NOOP("labels", "Megacity (Beijing scale)"),
}


def preset(name: str, title: str) -> str:
    """A preset's title in the interface language (the model's title if it is not listed)."""
    return tr(PRESETS[name]) if name in PRESETS else title
