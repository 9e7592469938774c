"""The table of institutions M1–M7 (and demand) as the mechanisms panel shows them.

One :class:`gui.mechanism_specs.Group` per mechanism of the model specification (§5), each
with a plain-language tooltip — what the paper claims, what the model does — and its
parameters (the same scenario paths as ``--set`` on the command line). Texts are
``QT_TRANSLATE_NOOP`` markers, translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.mechanism_specs import Group, Param


def _m(key: str) -> str:
    return f"mechanisms.{key}"


def _weights(prefix: str, names: tuple[tuple[str, str], ...], tip: str) -> tuple[Param, ...]:
    return tuple(
        Param(f"{prefix}.{k}", label, "number", 0.0, 5.0, 0.1, 2, "", tip, advanced=True)
        for k, label in names
    )


GROUPS: tuple[Group, ...] = (
    Group(
        "M1",
        QT_TRANSLATE_NOOP("mechanisms", "M1  Entrance control (12345 hotline)"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> digital governance first controls the <i>entrance</i> (入口): "
            "one hotline, 12345, takes every call.<br><b>The model:</b> a hub with call-taker "
            "seats answers a share of the calls itself and records every ticket, so no case is "
            "lost between offices and every ticket can be assessed.",
        ),
        switch=_m("entrance_control.enabled"),
        params=(
            Param(
                _m("entrance_control.direct_share"),
                QT_TRANSLATE_NOOP("mechanisms", "Answered at the hub"),
                "share",
                0.0,
                0.95,
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms", "Share of calls the hub settles itself (published range 50–79 %)."
                ),
            ),
            Param(
                _m("entrance_control.seats"),
                QT_TRANSLATE_NOOP("mechanisms", "Seats"),
                "int",
                1,
                200,
                1,
                0,
                "seats",
                QT_TRANSLATE_NOOP("mechanisms", "Call-taker seats: too few and callers wait."),
            ),
            Param(
                _m("entrance_control.callback_share"),
                QT_TRANSLATE_NOOP("mechanisms", "Callback (回访)"),
                "share",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> the hotline calls the citizen back after a ticket is "
                    "closed (回访); the rates the units are assessed on come from these calls."
                    "<br><b>The model:</b> share of closed tickets the hub calls back. The "
                    "citizen answers from the true outcome unless persuaded; where no call is "
                    "made, the unit's own closure report counts. Beijing calls back every case.",
                ),
            ),
            Param(
                _m("entrance_control.handle_minutes"),
                QT_TRANSLATE_NOOP("mechanisms", "Handling time"),
                "number",
                1,
                30,
                0.5,
                1,
                "minutes",
                QT_TRANSLATE_NOOP(
                    "mechanisms", "Hub minutes per dispatched ticket (6 in published practice)."
                ),
                advanced=True,
            ),
        ),
    ),
    Group(
        "M2",
        QT_TRANSLATE_NOOP("mechanisms", "M2  Interface (dispatch catalogue)"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> the <i>interface</i> (界面) abstracts and simplifies a citizen's "
            "complex need into a catalogue entry.<br><b>The model:</b> the granularity g of the "
            "catalogue sets how often operators classify a case right (best at a medium g: a "
            "very fine catalogue confuses them) and how much of a case's nuance is lost, unless "
            "the handler knows the place or has the data.",
        ),
        switch=_m("interface.enabled"),
        params=(
            Param(
                _m("interface.granularity"),
                QT_TRANSLATE_NOOP("mechanisms", "Granularity"),
                "number",
                0.0,
                1.0,
                0.05,
                2,
                "",
                QT_TRANSLATE_NOOP(
                    "mechanisms", "0 = a few coarse headings, 1 = a very fine catalogue."
                ),
            ),
            Param(
                _m("interface.learning"),
                QT_TRANSLATE_NOOP("mechanisms", "Catalogue learns from returns"),
                "bool",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> the catalogue is revised as the hotline learns where "
                    "cases really belong (Beijing revised 300+ entries).<br><b>The model:</b> "
                    "when the hub approves a return and the same unit then resolves several "
                    "such cases of one category and district, the catalogue sends them there "
                    "from then on.",
                ),
            ),
        ),
    ),
    Group(
        "M3",
        QT_TRANSLATE_NOOP("mechanisms", "M3  Dispatch by data and algorithm"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> data and algorithms let the bureaus (条) and the territorial "
            "governments (块) divide work flexibly around issues and needs.<br><b>The model:"
            "</b> off, citizens choose an office themselves and wrong ones forward the case "
            "along the hierarchy. Operators with a table are right 88 % of the time. The "
            "algorithm scores every unit for every ticket (expertise, legal authority, "
            "jurisdiction, local knowledge, data, backlog, track record): work spills to the "
            "next qualified unit when one is swamped, while expertise and authority keep it "
            "professional (the composite architecture).",
        ),
        switch=_m("dispatch.mode"),
        off_value="none",
        on_param=_m("dispatch.mode"),
        params=(
            Param(
                _m("dispatch.mode"),
                QT_TRANSLATE_NOOP("mechanisms", "Who dispatches"),
                "choice",
                choices=(
                    ("manual", QT_TRANSLATE_NOOP("mechanisms", "Operators with a table")),
                    ("algorithmic", QT_TRANSLATE_NOOP("mechanisms", "Algorithm")),
                ),
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Manual: a category × district table. "
                    "Algorithmic: load-aware scoring of every unit.",
                ),
            ),
            Param(
                _m("dispatch.coverage"),
                QT_TRANSLATE_NOOP("mechanisms", "Algorithm coverage"),
                "share",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Share of tickets the algorithm "
                    "dispatches (Liuzhou: 48.6 %); operators "
                    "handle the rest.",
                ),
            ),
            Param(
                _m("dispatch.levels"),
                QT_TRANSLATE_NOOP("mechanisms", "Livelihood cases to"),
                "choice",
                choices=(
                    ("street", QT_TRANSLATE_NOOP("mechanisms", "Via the streets")),
                    ("community", QT_TRANSLATE_NOOP("mechanisms", "Straight to communities")),
                ),
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> communities (社区) are self-governing residents' "
                    "organisations, not a level of government; cases reach them through their "
                    "street.<br><b>The model:</b> 'Via the streets': the hub dispatches livelihood "
                    "cases to the street, which passes a share on to a community (a delay and "
                    "street coordination hours). 'Straight to communities': the hub may "
                    "dispatch to a community itself.",
                ),
            ),
            Param(
                _m("dispatch.review_strictness"),
                QT_TRANSLATE_NOOP("mechanisms", "Return review (首接负责制)"),
                "share",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> first-receiver responsibility (首接负责制): the unit that "
                    "receives a case answers for it and cannot simply send it back.<br><b>The "
                    "model:</b> a unit only requests a return; the hub approves founded "
                    "requests and rejects this share of unfounded ones (the unit keeps the "
                    "case, with a mark against its response score). Units push more work away "
                    "when loaded and pressed.",
                ),
            ),
            Param(
                _m("dispatch.manual_accuracy"),
                QT_TRANSLATE_NOOP("mechanisms", "Operator accuracy"),
                "share",
                advanced=True,
            ),
            Param(
                _m("dispatch.algorithm_accuracy"),
                QT_TRANSLATE_NOOP("mechanisms", "Algorithm accuracy"),
                "share",
                advanced=True,
            ),
            *_weights(
                _m("dispatch.weights"),
                (
                    ("expertise", QT_TRANSLATE_NOOP("mechanisms", "Weight: expertise")),
                    ("authority", QT_TRANSLATE_NOOP("mechanisms", "Weight: legal authority")),
                    ("jurisdiction", QT_TRANSLATE_NOOP("mechanisms", "Weight: jurisdiction")),
                    ("local", QT_TRANSLATE_NOOP("mechanisms", "Weight: local knowledge")),
                    ("data", QT_TRANSLATE_NOOP("mechanisms", "Weight: data access")),
                    ("backlog", QT_TRANSLATE_NOOP("mechanisms", "Weight: backlog (spill-over)")),
                    ("history", QT_TRANSLATE_NOOP("mechanisms", "Weight: track record")),
                ),
                QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Term of the dispatch score. Setting expertise "
                    "and authority to 0 gives pure load balancing.",
                ),
            ),
        ),
    ),
    Group(
        "M4",
        QT_TRANSLATE_NOOP("mechanisms", "M4  Data sharing"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> departmental integration (部门统合) leaves data cut into blocks "
            "inside each bureau line and district, unable to flow where a case needs it."
            "<br><b>The model:</b> off, every unit sees data only on its own categories (silos). "
            "Blocks: full access inside one's own line or district, little across. Shared: "
            "most data flows across. Data speeds work, protects quality, cuts coordination and "
            "the forms each bureau line asks every street to fill in.",
        ),
        switch=_m("data.regime"),
        off_value="silo",
        on_param=_m("data.regime"),
        params=(
            Param(
                _m("data.regime"),
                QT_TRANSLATE_NOOP("mechanisms", "Data flows"),
                "choice",
                choices=(
                    ("blocks", QT_TRANSLATE_NOOP("mechanisms", "In blocks (部门统合)")),
                    ("shared", QT_TRANSLATE_NOOP("mechanisms", "Shared across lines")),
                ),
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Blocks: inside each bureau line or district. Shared: 60 % access across.",
                ),
            ),
        ),
    ),
    Group(
        "M5",
        QT_TRANSLATE_NOOP("mechanisms", "M5  Performance assessment"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> bureaus and territorial governments compete for innovation "
            "performance around digital governance, and this strengthens the grassroots "
            "load.<br><b>The model:</b> every month each unit is scored on the rates the "
            "hotline's callbacks record (response, resolution, satisfaction) and ranked among "
            "its peers; the lower its rank, the more pressure it feels. Pressed units work to "
            "deadlines and stretch into overtime (which tires them: fatigue), 'close' unsolved "
            "tickets before the callback (gaming), talk unhappy citizens round (做工作), ask to "
            "have tickets excluded (申诉剔除) and launch innovation projects that cost the "
            "streets hours each week.",
        ),
        switch=_m("assessment.enabled"),
        params=(
            Param(
                _m("assessment.pressure"),
                QT_TRANSLATE_NOOP("mechanisms", "Pressure π"),
                "number",
                0.0,
                1.0,
                0.05,
                2,
                "",
                QT_TRANSLATE_NOOP(
                    "mechanisms", "0 = a formality, 1 = careers depend on the ranking."
                ),
            ),
            Param(
                _m("assessment.ranking"),
                QT_TRANSLATE_NOOP("mechanisms", "Public ranking"),
                "bool",
                tip=QT_TRANSLATE_NOOP("mechanisms", "Units are ranked in public on their rates."),
            ),
            Param(
                _m("assessment.innovation"),
                QT_TRANSLATE_NOOP("mechanisms", "Innovation projects"),
                "bool",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Assessed city and district units launch "
                    "projects that each cost streets 2 h a week.",
                ),
            ),
            *_weights(
                _m("assessment.weights"),
                (
                    ("response", QT_TRANSLATE_NOOP("mechanisms", "Weight: response rate")),
                    ("resolution", QT_TRANSLATE_NOOP("mechanisms", "Weight: resolution rate")),
                    ("satisfaction", QT_TRANSLATE_NOOP("mechanisms", "Weight: satisfaction")),
                ),
                QT_TRANSLATE_NOOP("mechanisms", "How much each rate counts in the assessment."),
            ),
        ),
    ),
    Group(
        "M6",
        QT_TRANSLATE_NOOP("mechanisms", "M6  Escalation and the whistle"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> at the digital end, the power–responsibility dilemma (权责困境): "
            "a street is held responsible for problems it has no power to settle, so it seeks "
            "help from higher-level departments.<br><b>The model:</b> a unit without expertise, "
            "data or legal authority raises exceptions that climb to its superior's decision "
            "queue; with no decision in time it applies a quick fix. The switch turns on the "
            "whistle (吹哨报到): a street summons the owning bureau, which reports within 30 "
            "minutes and works the case on site with its authority, the street keeping the "
            "lead. A street whistles when waiting for a decision would cost it more.",
        ),
        switch=_m("escalation.whistle"),
        dim_when_off=False,
        switch_label=QT_TRANSLATE_NOOP("mechanisms", "Whistle (吹哨报到)"),
        params=(
            Param(
                _m("escalation.decision_timeout_hours"),
                QT_TRANSLATE_NOOP("mechanisms", "Decision deadline"),
                "number",
                2,
                240,
                2,
                0,
                "hours",
                QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Without a superior's decision by then, the holder applies a quick fix.",
                ),
            ),
        ),
    ),
    Group(
        "M7",
        QT_TRANSLATE_NOOP("mechanisms", "M7  Data-asset institutional design"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "<b>The paper:</b> the way out is comprehensive institutional design around the "
            "platform system and the attributes of data as an asset.<br><b>The model:</b> six "
            "levers: data as a shared public asset that flows back to the streets; one unified "
            "form (一表通); a rule for enforcement cases (a duty list, 权责清单, or empowered "
            "streets, 赋权街道); an arbiter for dispatch disputes; an assessment that audits "
            "true resolution on site; proactive governance (未诉先办, 每月一题).",
        ),
        switch=_m("data_asset_design.enabled"),
        params=(
            Param(
                _m("data_asset_design.shared_asset"),
                QT_TRANSLATE_NOOP("mechanisms", "Data as a shared asset"),
                "bool",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Every unit with a role in a category "
                    "gets its data; data flows back to streets.",
                ),
            ),
            Param(
                _m("data_asset_design.one_form"),
                QT_TRANSLATE_NOOP("mechanisms", "One unified form (一表通)"),
                "bool",
                tip=QT_TRANSLATE_NOOP("mechanisms", "Form work × 0.35, reporting halved."),
            ),
            Param(
                _m("data_asset_design.enforce_rule"),
                QT_TRANSLATE_NOOP("mechanisms", "Enforcement cases"),
                "choice",
                choices=(
                    ("duty_list", QT_TRANSLATE_NOOP("mechanisms", "Duty list (权责清单)")),
                    (
                        "empower_streets",
                        QT_TRANSLATE_NOOP("mechanisms", "Empower streets (赋权街道)"),
                    ),
                    ("none", QT_TRANSLATE_NOOP("mechanisms", "No rule: streets take them")),
                ),
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> the power–responsibility dilemma (权责困境) is settled by "
                    "matching power and duty: a duty list (权责清单) keeps enforcement with the "
                    "bureaus, or enforcement power moves down to the streets (赋权街道, "
                    "综合执法下沉).<br><b>The model:</b> duty list: enforcement cases are led by "
                    "the owning bureau, streets co-handle. Empower streets: streets gain legal "
                    "authority on enforcement categories and their expertise grows over about "
                    "half a year. No rule: streets receive enforcement cases they cannot settle "
                    "and must escalate or whistle.",
                ),
            ),
            Param(
                _m("data_asset_design.arbitration"),
                QT_TRANSLATE_NOOP("mechanisms", "Dispatch arbitration"),
                "bool",
                tip=QT_TRANSLATE_NOOP("mechanisms", "Returns settled fast, never twice."),
            ),
            Param(
                _m("data_asset_design.assessment_redesign"),
                QT_TRANSLATE_NOOP("mechanisms", "Audited assessment"),
                "bool",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "True resolution is audited: gaming and innovation projects shrink.",
                ),
            ),
            Param(
                _m("data_asset_design.proactive"),
                QT_TRANSLATE_NOOP("mechanisms", "Proactive governance (未诉先办)"),
                "bool",
                tip=QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "<b>The paper:</b> data as an asset pays off when the city acts before "
                    "residents call (未诉先办), e.g. Beijing's monthly governance theme "
                    "(每月一题).<br><b>The model:</b> each month the platform picks the hottest "
                    "category in a district from the hotline data it can see; the owning bureau "
                    "and the district run a governance project (staff hours) that lowers that "
                    "demand for some months, more so where data is shared.",
                ),
            ),
        ),
    ),
    Group(
        "D",
        QT_TRANSLATE_NOOP("mechanisms", "Demand"),
        QT_TRANSLATE_NOOP(
            "mechanisms",
            "How many dispatched tickets the city's residents file each day. Raise it to see "
            "where the structure breaks.",
        ),
        params=(
            Param(
                "demand.tickets_per_day",
                QT_TRANSLATE_NOOP("mechanisms", "Tickets per day"),
                "number",
                10,
                50000,
                10,
                0,
                "",
                QT_TRANSLATE_NOOP(
                    "mechanisms",
                    "Dispatched tickets per day; 'from population' uses 1.5 per 10,000 residents.",
                ),
                nullable=True,
                null_text=QT_TRANSLATE_NOOP("mechanisms", "from population"),
                log=True,
            ),
            Param(
                "demand.diurnal",
                QT_TRANSLATE_NOOP("mechanisms", "Daily rhythm"),
                "bool",
                tip=QT_TRANSLATE_NOOP("mechanisms", "More calls by day than at night."),
            ),
        ),
    ),
)
