"""What a node says when the mouse rests on it: names, kind, capacity, live load, problems."""

from __future__ import annotations

import html
import math

from gui import labels
from gui.i18n import translate


def node_tooltip(doc, dept_id: str, live: tuple | None, names: str) -> str:
    """Rich text for a department's tooltip (``live``: utilisation, backlog, hidden share)."""
    d = doc.department(dept_id) or {}
    cats = {c["id"]: c for c in doc.categories()}
    rows = [
        f"<b>{html.escape(labels.dept_name(d, 'en'))}</b>",
        html.escape(labels.dept_name(d, "zh")),
        f"{labels.kind(d.get('kind', ''))} · {labels.level(d.get('level', ''))}",
        translate("StructureScene", "Capacity: {0} staff-hours a day").format(
            f"{d.get('capacity', 0):g}"
        ),
    ]
    if d.get("level") == "street":
        rows.append(
            translate("StructureScene", "Residents: {0}").format(f"{d.get('population', 0):,.0f}")
        )
    owned = [labels.category_name(cats[c], names) for c in d.get("categories") or [] if c in cats]
    if owned:
        rows.append(translate("StructureScene", "Owns: {0}").format(html.escape(", ".join(owned))))
    if live is not None and not math.isnan(live[0]):
        u, b, h = live
        rows.append(
            translate(
                "StructureScene",
                "Utilisation: {0:.0%} · backlog {1:.1f} days · hidden work {2:.0%}",
            ).format(u, b, h)
        )
    for p in doc.node_problems.get(dept_id, []):
        rows.append(f"<span style='color:#d0021b'>⚠ {html.escape(p)}</span>")
    if doc.department(dept_id) is not None:
        rows.append(
            "<i>"
            + translate(
                "StructureScene", "Drag the handle on top to a superior; F2 renames; Del deletes."
            )
            + "</i>"
        )
    return "<br>".join(rows)
