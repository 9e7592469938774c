"""The robustness table of the model's findings, as ``docs/MODEL.md`` records it.

``benchmarks/robustness.py`` re-checks every finding of :mod:`model.findings` with each
assumption moved one at a time to x0.7 and x1.3 (:mod:`model.oat`), and writes its table into
``docs/MODEL.md`` between the markers below.  The application shows that table (Help) and
offers the assumptions that flip a finding there as a short list to screen a comparison with:
the numbers the model's own conclusions were found to hang on.  Plain text only, no Qt.
"""

from __future__ import annotations

import re

from .assumptions import flat

BEGIN, END = "<!-- robustness:begin -->", "<!-- robustness:end -->"
_MOVE = re.compile(r"^([a-z_]+\.[a-z_]+) x[0-9.]+$")


def block(markdown: str) -> str:
    """The text between the markers (stripped), or '' when the document has none."""
    start, end = markdown.find(BEGIN), markdown.find(END)
    if start < 0 or end < start:
        return ""
    return markdown[start + len(BEGIN) : end].strip()


def table_rows(text: str) -> list[dict[str, str]]:
    """The rows of the block's first Markdown table as header -> cell."""
    lines: list[str] = []
    for ln in text.splitlines():
        if ln.strip().startswith("|"):
            lines.append(ln.strip())
        elif lines:  # the first table has ended
            break
    if len(lines) < 2:
        return []

    def cells(line: str) -> list[str]:
        return [c.strip() for c in line.strip("|").split("|")]

    head = cells(lines[0])
    return [dict(zip(head, cells(ln), strict=False)) for ln in lines[2:]]


def flipping(text: str) -> list[str]:
    """Assumptions ("group.name") named in the table's "flips in" column, in registry order."""
    named = set()
    for row in table_rows(text):
        for move in (row.get("flips in") or "").split(","):
            m = _MOVE.match(move.strip())
            if m:
                named.add(m.group(1))
    return [name for name, _spec in flat() if name in named]
