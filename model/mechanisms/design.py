"""M7 Data-asset institutional design, and the effective institutions of a run.

The paper's conclusion (C8): the way out of the tensions is a comprehensive institutional design
around the platform system and the attributes of data *as an asset*.  The model has six levers,
each of which changes what units *can do or face*, never an output directly:

a) shared public asset: every unit with a role in a category sees its data and data flows back
   to streets (``assumptions.data.asset_floor`` / ``asset_grassroots``);
b) one unified form and task platform (一表通): form work and reporting shrink
   (``assumptions.design.forms_factor`` / ``reporting_factor``);
c) enforce rule: ``duty_list`` (权责清单: enforce cases are led by bureaus, streets co-handle),
   ``empower_streets`` (赋权街道: streets gain legal power on enforce categories and their
   enforcement expertise grows over ``design.empowerment_days``) or ``none``;
d) dispatch arbitration: the hub reviews return requests strictly and fast;
e) assessment redesign: the hub *audits* a sample of closures on site, so gaming is detected
   more often (units learn this and game less); fewer innovation projects are launched;
f) proactive governance (未诉先办, 每月一题): monthly governance themes on the hottest cells.

:func:`effective` folds these levers, and the dependencies between mechanisms (no dispatch or
assessment without the unified entrance, which creates the ticket record), into one record.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

WEIGHT_KEYS = ("expertise", "authority", "jurisdiction", "local", "data", "backlog", "history")


@dataclass(frozen=True)
class Institutions:
    """The institutions in force, after dependencies between mechanisms are applied.

    Only switches and mechanism parameters live here; the numbers of the rules they switch on
    are assumptions (``model/assumptions.py``).
    """

    intake: bool
    direct_share: float
    seats: int
    handle_hours: float
    callback_share: float
    interface: bool
    granularity: float
    learning: bool
    mode: str  # none | manual | algorithmic (none without the entrance)
    coverage: float
    manual_accuracy: float
    algorithm_accuracy: float
    weights: np.ndarray  # [7] in WEIGHT_KEYS order
    levels: str  # street | community: whom the hub dispatches livelihood cases to
    review_strictness: float
    regime: str
    shared_asset: bool
    assess: bool
    pressure: float  # assessment pressure pi (0 without assessment)
    ranking: bool
    w_response: float
    w_resolution: float
    w_satisfaction: float
    innovation: bool
    whistle: bool
    decision_timeout: float
    one_form: bool
    enforce_rule: str  # none | duty_list | empower_streets
    arbitration: bool
    audit: bool
    proactive: bool

    @property
    def duty_list(self) -> bool:
        return self.enforce_rule == "duty_list"

    @property
    def empower(self) -> bool:
        return self.enforce_rule == "empower_streets"


def effective(mech: dict) -> Institutions:
    """Effective institutions from a normalised ``mechanisms`` section."""
    ent, itf, dis = mech["entrance_control"], mech["interface"], mech["dispatch"]
    dat, ass, esc, m7 = (
        mech["data"],
        mech["assessment"],
        mech["escalation"],
        mech["data_asset_design"],
    )
    intake = bool(ent["enabled"])
    design = bool(m7["enabled"])
    assess = intake and bool(ass["enabled"])  # nothing to assess without a ticket record
    w = dis["weights"]
    return Institutions(
        intake=intake,
        direct_share=float(ent["direct_share"]) if intake else 0.0,
        seats=int(ent["seats"]),
        handle_hours=float(ent.get("handle_minutes", 6)) / 60.0,
        callback_share=float(ent.get("callback_share", 1.0)) if intake else 0.0,
        interface=intake and bool(itf["enabled"]),
        granularity=float(itf["granularity"]),
        learning=intake and bool(itf["enabled"]) and bool(itf.get("learning", False)),
        mode=dis["mode"] if intake else "none",
        coverage=float(dis["coverage"]) if intake and dis["mode"] == "algorithmic" else 0.0,
        manual_accuracy=float(dis.get("manual_accuracy", 0.88)),
        algorithm_accuracy=float(dis.get("algorithm_accuracy", 0.99)),
        weights=np.array([float(w[k]) for k in WEIGHT_KEYS]),
        levels=dis.get("levels", "street") if intake else "community",
        review_strictness=float(dis.get("review_strictness", 0.5)),
        regime=dat["regime"],
        shared_asset=design and bool(m7["shared_asset"]),
        assess=assess,
        pressure=float(ass["pressure"]) if assess else 0.0,
        ranking=assess and bool(ass.get("ranking", True)),
        w_response=float(ass["weights"]["response"]),
        w_resolution=float(ass["weights"]["resolution"]),
        w_satisfaction=float(ass["weights"]["satisfaction"]),
        innovation=assess and bool(ass.get("innovation", True)),
        whistle=bool(esc["whistle"]),
        decision_timeout=float(esc.get("decision_timeout_hours", 48)),
        one_form=design and bool(m7["one_form"]),
        enforce_rule=m7.get("enforce_rule", "none") if design else "none",
        arbitration=design and bool(m7["arbitration"]) and intake,
        audit=design and bool(m7["assessment_redesign"]) and assess,
        proactive=design and bool(m7.get("proactive", True)) and intake,
    )
