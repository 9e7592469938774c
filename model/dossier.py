"""The credibility dossier: what a reader of a report needs to judge, and redo, a GovFlex result.

A figure in a report is only as credible as what stands behind it.  The dossier is a Markdown
file written into the figure pack next to the figures.  It has three parts:

1. **An ODD+D summary of the current scenario** (the protocol of Grimm et al. and Müller et al.
   that docs/MODEL.md follows in full): the purpose, the entities (how many bureaus 条,
   territorial governments 块, communities and hubs the city has), the demand, the schedule, the
   institutions in force (every mechanism setting that differs from the baseline bureaucracy),
   and the **assumptions changed from their defaults** with their default, plausible range and
   provenance, so a reader sees at once where the scenario leaves the documented model.
2. **A run manifest**: GovFlex version, date, seeds, days, and every parameter and assumption
   in force, enough to run it again with ``python main.py run``.
3. **The sensitivity and robustness results**, when they were run in the session: passed in as
   ready-made Markdown sections by whoever ran them.

The text is in English, the language of docs/MODEL.md that it points into; figures are in the
language of the user.  Pure functions of plain data: no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from .assumptions import table as assumption_table
from .attribution import MECHANISMS
from .scenario import SCHEMA
from .scenario_check import Field

# docs/MODEL.md, as it ships inside the package (assets/docs/MODEL.md is a link to it)
MODEL_DOC = Path(__file__).resolve().parent.parent / "assets" / "docs" / "MODEL.md"

# Each mechanism group: the model's code for it and the section of docs/MODEL.md that
# specifies it (the "Details" of ODD).
SECTIONS = {
    "entrance_control": ("M1", "3.3.3 Routing with the platform"),
    "interface": ("M2", "3.3.3 Routing with the platform"),
    "dispatch": ("M3", "3.3.4 The dispatch score"),
    "data": ("M4", "3.3.14 Data regime"),
    "assessment": ("M5", "3.3.13 Assessment"),
    "escalation": ("M6", "3.3.10 Exceptions, whistle and decisions"),
    "data_asset_design": ("M7", "3.3.15 Institutional design around data as an asset"),
}
KIND_WORDS = {  # singular, plural
    "hub": ("hub (12345 hotline)", "hubs (12345 hotline)"),
    "tiao": ("bureau (条)", "bureaus (条)"),
    "kuai": ("territorial unit (块)", "territorial units (块)"),
}


def _count(n: int, kind: str) -> str:
    one, many = KIND_WORDS.get(kind, (kind, kind))
    return f"{n} {one if n == 1 else many}"


def _defaults(node):
    """The schema's defaults for a section (the baseline bureaucracy M0 for mechanisms)."""
    if isinstance(node, Field):
        return node.default
    return {k: _defaults(v) for k, v in node.items()}


def _flatten(d: dict, prefix: str = "") -> list[tuple[str, object]]:
    out = []
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        out += _flatten(v, path) if isinstance(v, dict) else [(path, v)]
    return out


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.6g}"
    return "—" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


def mechanism_changes(scenario: dict) -> list[tuple[str, str, object, object]]:
    """(code, path, value, baseline value) of every mechanism setting that differs from M0."""
    base = _defaults(SCHEMA["scenario"]["mechanisms"])
    out = []
    for m in MECHANISMS:
        given = dict(_flatten(scenario["mechanisms"].get(m, {})))
        for path, default in _flatten(base[m]):
            if path in given and given[path] != default:
                out.append((SECTIONS[m][0], f"mechanisms.{m}.{path}", given[path], default))
    return out


def changed_assumptions(scenario: dict) -> list[dict]:
    """The rows of the assumptions table whose value differs from the default."""
    return [r for r in assumption_table(scenario.get("assumptions")) if r["value"] != r["default"]]


def purpose() -> str:
    """The first paragraph of the model's purpose, read from docs/MODEL.md (empty if absent)."""
    try:
        text = MODEL_DOC.read_text(encoding="utf-8")
    except OSError:
        return ""
    start = text.find("**Purpose.**")
    if start < 0:
        return ""
    para = text[start:].split("\n\n", 1)[0]
    return " ".join(para.replace("**Purpose.**", "").split())


def odd_summary(scenario: dict) -> list[str]:
    """The ODD+D summary of one (normalised) scenario, as Markdown lines."""
    deps = scenario["departments"]
    kinds = Counter(d["kind"] for d in deps)
    levels = Counter(d["level"] for d in deps)
    demand, run = scenario["demand"], scenario["run"]
    per_day = demand.get("tickets_per_day")
    per_day = (
        f"{per_day:g} first calls a day"
        if per_day
        else f"{demand['per_10k']:g} first calls a day per 10,000 residents"
    )
    shocks = demand.get("shocks") or []
    lines = [
        "## 1 ODD+D summary of this scenario",
        "",
        f"**Scenario.** {scenario.get('name', '')}. {scenario.get('description', '')}".strip(),
        "",
        "### Overview",
        "",
        f"*Purpose.* {purpose() or 'See docs/MODEL.md §1.1.'}",
        "",
        "*Entities.* "
        + ", ".join(_count(n, k) for k, n in sorted(kinds.items()))
        + "; by level: "
        + ", ".join(f"{n} {lv}" for lv, n in sorted(levels.items()))
        + f"; {len(scenario['categories'])} categories of demand; "
        + f"{sum(d['capacity'] for d in deps):g} staff-hours a day in all.",
        "",
        f"*Demand.* {per_day}"
        + (f"; diurnal profile {'on' if demand.get('diurnal') else 'off'}")
        + "".join(
            f"; a shock to {s.get('category')} on day {_fmt(s.get('day'))} "
            f"(strength {_fmt(s.get('strength'))}, {_fmt(s.get('days'))} days)"
            for s in shocks
        )
        + ("" if shocks else "; no scheduled shock")
        + ".",
        "",
        f"*Schedule.* Hourly ticks; {run['days']:g} days with {run['warmup_days']:g} days of "
        "warm-up that the summary leaves out (docs/MODEL.md §1.3).",
        "",
        "### Design concepts and details: the institutions in force",
        "",
        "The design concepts (decisions, learning, sensing, interaction, stochasticity, "
        "observation) are those of docs/MODEL.md §2 for every scenario; the institutions in force "
        "decide which of them act. Every mechanism setting that differs from the baseline "
        "bureaucracy:",
        "",
    ]
    changes = mechanism_changes(scenario)
    if changes:
        lines += [
            "| mechanism | setting | value | baseline (M0) | specified in |",
            "|---|---|---|---|---|",
        ]
        for code, path, value, base in changes:
            section = next(s for m, (c, s) in SECTIONS.items() if c == code)
            lines.append(
                f"| {code} | `{path}` | {_fmt(value)} | {_fmt(base)} | MODEL.md §{section} |"
            )
    else:
        lines.append("Every mechanism is at its baseline: the bureaucracy without a platform (M0).")
    lines += ["", "### Assumptions changed from their defaults", ""]
    changed = changed_assumptions(scenario)
    if changed:
        lines += [
            "| assumption | value | default | plausible range | unit | provenance |",
            "|---|---|---|---|---|---|",
        ]
        for r in changed:
            lo, hi = r["range"]
            prov = r["provenance"] + (f": {r['source']}" if r["source"] else "")
            lines.append(
                f"| `{r['path']}` | {_fmt(r['value'])} | {_fmt(r['default'])} | "
                f"{_fmt(lo)}–{_fmt(hi)} | {r['unit']} | {prov} |"
            )
        outside = [r for r in changed if not r["range"][0] <= r["value"] <= r["range"][1]]
        if outside:
            lines += [
                "",
                f"**Outside the plausible range:** {', '.join(r['path'] for r in outside)}. "
                "The model's findings were screened only inside it.",
            ]
    else:
        lines.append("None: every assumption is at its documented default (docs/MODEL.md §3.7).")
    return lines


def manifest(
    scenario: dict, version: str, seeds: list[int], days: float, when: str | None = None
) -> list[str]:
    """The run manifest: version, seeds, days and every parameter and assumption in force."""
    when = when or dt.datetime.now().isoformat(timespec="seconds")
    params = [
        (p, v)
        for p, v in _flatten({k: scenario[k] for k in ("run", "demand", "mechanisms", "metrics")})
        if p != "demand.shocks"
    ]
    lines = [
        "## 2 Run manifest",
        "",
        f"GovFlex {version}; written {when}; seeds {', '.join(map(str, seeds)) or '—'}; "
        f"{days:g} simulated days. Run again with `python main.py run SCENARIO --seed N "
        f"--days {days:g}` on the scenario saved in `record.json`.",
        "",
        "| parameter | value |",
        "|---|---|",
    ]
    lines += [f"| `{p}` | {_fmt(v)} |" for p, v in params]
    for s in scenario["demand"].get("shocks") or []:
        lines.append(f"| `demand.shocks[]` | {', '.join(f'{k} {_fmt(v)}' for k, v in s.items())} |")
    lines += ["", "| assumption | value | default |", "|---|---|---|"]
    lines += [
        f"| `{r['path']}` | {_fmt(r['value'])} | {_fmt(r['default'])} |"
        for r in assumption_table(scenario.get("assumptions"))
    ]
    return lines


def dossier(
    scenario: dict,
    version: str,
    seeds: list[int],
    days: float,
    analyses: list[tuple[str, str]] = (),
    when: str | None = None,
) -> str:
    """The whole dossier as Markdown; ``analyses`` are (title, Markdown body) of results run."""
    lines = [
        f"# Credibility dossier: {scenario.get('name', 'scenario')}",
        "",
        "What stands behind the figures of this pack: the scenario in ODD+D terms, the run "
        "manifest, and the sensitivity and robustness analyses run in the session. The model "
        "itself is specified in docs/MODEL.md (ODD+D).",
        "",
    ]
    lines += odd_summary(scenario) + [""] + manifest(scenario, version, seeds, days, when)
    lines += ["", "## 3 Sensitivity and robustness", ""]
    if analyses:
        for title, body in analyses:
            lines += [f"### {title}", "", body.strip(), ""]
    else:
        lines.append(
            "None was run in this session. Run them from the compare view (robustness of the "
            "comparison) or with `python main.py sensitivity SPEC --out DIR`."
        )
    return "\n".join(lines).rstrip() + "\n"
