"""Shorter and shorter ways to say a department's name, for a label that must fit its box.

On a projector a label has to be large (presenter mode keeps it at least 14 px on screen), so
a small box cannot hold "Housing and construction commission". Rather than cutting every name
to its first letters ("Hous…", and every street "第一…"), a label steps down a ladder of forms
that keep what tells units apart — the number of a street, the line of a bureau:

* English: the full name; without the words every unit of that kind has ("government",
  "commission", "bureau"…); with long words shortened ("Community 2" → "Com. 2",
  "Urban management" → "Urban mgmt"); initials with the numbers kept ("C2", "UMC"); a leading
  hotline number alone ("12345").
* Chinese: the full name; without 人民, 市民服务 and the ordinal 第, 委员会 as 委
  ("第二社区" → "二社区", "市人民政府" → "市政府"); the usual short forms of the bureaus'
  lines (城市管理 → 城管, 住房和城乡建设 → 住建, 市场监督管理 → 市监, 卫生健康 → 卫健); at the
  last, one character for the kind of unit ("二街", "三社", "一区").

The first form that fits wins; the full name is always in the unit's tooltip. Pure text: the
measuring is left to the caller.
"""

from __future__ import annotations

import re

GENERIC_EN = ("government", "commission", "bureau", "committee", "office", "citizen")
SHORT_EN = {
    "community": "Com.",
    "street": "St.",
    "district": "Dist.",
    "management": "mgmt",
    "construction": "constr.",
    "regulation": "reg.",
    "environment": "env.",
    "affairs": "aff.",
    "transport": "transp.",
    "security": "sec.",
    "housing": "Hous.",
    "ecology": "Ecol.",
    "market": "Mkt",
    "public": "Pub.",
    "and": "&",
}
SMALL_EN = {"and", "&", "of", "the", "for"}
DROP_ZH = ("人民", "市民服务")
SHORT_ZH = (  # the customary short forms of lines of government
    ("城市管理", "城管"),
    ("住房和城乡建设", "住建"),
    ("市场监督管理", "市监"),
    ("卫生健康", "卫健"),
    ("生态环境", "生态"),
    ("委员会", "委"),
)
TINY_ZH = (("街道", "街"), ("社区", "社"), ("区政府", "区"))  # the last resort: "二街", "三社"


def _dedupe(forms: list[str]) -> list[str]:
    out: list[str] = []
    for f in forms:
        f = "\n".join(" ".join(line.split()) for line in f.split("\n"))
        if f.strip() and f not in out:
            out.append(f)
    return out


def _english(text: str) -> list[str]:
    words = text.split()
    plain = [w for w in words if w.lower() not in GENERIC_EN] or words
    short = [SHORT_EN.get(w.lower(), w) for w in plain]
    if short and short[0][:1].islower():
        short[0] = short[0][:1].upper() + short[0][1:]
    out = [text, " ".join(plain), " ".join(short)]
    if words[0].isdigit() and len(words[0]) >= 3:  # "12345 citizen hotline": the number says it
        out.append(words[0])
    numbered = any(w.isdigit() for w in words)
    base = [w for w in (plain if numbered else words) if w.lower() not in SMALL_EN]
    if len(base) >= 2 and all(len(w) <= 2 for w in base if w.isdigit()):
        out.append("".join(w if w.isdigit() else w[0].upper() for w in base))
    return out


def _chinese(text: str) -> list[str]:
    plain = text
    for word in DROP_ZH:
        plain = plain.replace(word, "")
    plain = re.sub(r"第(?=[一二三四五六七八九十百零〇两\d])", "", plain)
    plain = plain.replace("委员会", "委")
    short = plain
    for long, brief in SHORT_ZH:
        short = short.replace(long, brief)
    short = short.replace("和", "")
    tiny = short
    for long, brief in TINY_ZH:
        tiny = tiny.replace(long, brief)
    number = re.match(r"\d{3,}", text)
    return [text, plain, short, tiny, *([number.group()] if number else [])]


def forms(text: str) -> list[str]:
    """``text`` and its shorter forms, longest first (each line of a two-language label is
    shortened on its own)."""
    if "\n" in text:
        parts = [forms(line) for line in text.split("\n")]
        depth = max(len(p) for p in parts)
        return _dedupe(["\n".join(p[min(k, len(p) - 1)] for p in parts) for k in range(depth)])
    text = text.strip()
    if not text:
        return [""]
    return _dedupe(_english(text) if text.isascii() else _chinese(text))
