"""One careful JSON reader for every file a user can hand to GovFlex: scenarios, sweeps, tours.

A file from a colleague, a download or a typo can be anything: far too large, in the wrong
encoding, nested ten thousand levels deep, holding a number of five thousand digits, the same
key twice (so that one of two values is silently dropped) or text that, printed on a terminal,
moves the cursor and fakes an ``error:`` line. This module reads such files without crashing,
hanging or trusting them:

* at most :data:`model.limits.MAX_FILE_BYTES` bytes, and only from a regular file;
* UTF-8 with or without a byte-order mark (UTF-16 is recognised and named);
* at most :data:`model.limits.MAX_DEPTH` levels of nesting, checked before parsing;
* whole numbers of at most :data:`model.limits.MAX_INT_DIGITS` digits, no number that
  overflows to infinity (``1e400``) and none of JavaScript's ``NaN`` / ``Infinity``;
* every key at most once per object, and no text with a lone UTF-16 surrogate (it could be
  read but never written back);

and it reports every problem with its JSON path (``departments[3].capacity``), each control
character shown escaped (:func:`shown`). Checking costs one pass over the file; only the first
:data:`model.limits.MAX_PROBLEMS` problems are listed, then "and N more".
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

import numpy as np

from model.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_INT_DIGITS, MAX_PROBLEMS

__all__ = [
    "JsonFileError",
    "JsonSyntaxError",
    "cap_problems",
    "join_path",
    "loads",
    "read_json",
    "read_regular_file",
    "shown",
]

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
# Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides,
# zero-width characters and lone surrogates: shown as escapes in every message.
_UNSAFE_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F]")


class JsonFileError(ValueError):
    """Every problem of one JSON input, each 'json.path: what is wrong' (already escaped)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = cap_problems([shown(p) for p in problems])
        super().__init__("\n".join(self.problems))

    def __reduce__(self):  # the list survives pickling, not its joined text
        return (type(self), (self.problems,))


class JsonSyntaxError(JsonFileError):
    """The text is not JSON at all (as opposed to JSON that GovFlex refuses)."""


def shown(text: object) -> str:
    """``text`` with every control or invisible character escaped (``\\x1b``, ``\\u202e``).

    Messages quote what a file says; this keeps a file from writing terminal escapes, fake
    lines or right-to-left overrides into them.
    """
    return _UNSAFE_RE.sub(_escape_char, str(text))


def _escape_char(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def cap_problems(problems: list[str], limit: int = MAX_PROBLEMS) -> list[str]:
    """The first ``limit`` problems, then one line counting the rest."""
    if len(problems) <= limit:
        return list(problems)
    return [*problems[:limit], f"... and {len(problems) - limit} more problems"]


def join_path(path: str, key: object) -> str:
    """Extend a JSON path by a key or a list index (``a.b``, ``a[3]``, ``a["x y"]``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    key = str(key)
    if _KEY_RE.match(key):
        return f"{path}.{key}" if path else key
    return f"{path}[{shown(json.dumps(key, ensure_ascii=False))}]"


# -- reading a file --------------------------------------------------------------------------
def read_regular_file(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; JsonFileError otherwise.

    Devices, FIFOs and folders are refused before they are opened for reading (reading a FIFO
    would wait for a writer forever, a device like ``/dev/zero`` never ends).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise JsonFileError(["(file): no such file"]) from None
    except OSError as exc:
        raise JsonFileError([f"(file): cannot be read ({exc.strerror or exc})"]) from None
    if stat.S_ISDIR(info.st_mode):
        raise JsonFileError(["(file): is a folder, not a file"])
    if not stat.S_ISREG(info.st_mode):
        raise JsonFileError(["(file): is a device, pipe or socket, not a regular file"])
    if info.st_size > limit:
        raise JsonFileError([_too_large(info.st_size, limit)])
    try:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise JsonFileError([f"(file): cannot be read ({exc.strerror or exc})"]) from None
    if len(raw) > limit:  # grew while we looked
        raise JsonFileError([_too_large(len(raw), limit)])
    return raw


def _too_large(size: int, limit: int) -> str:
    return (
        f"(file): {size / 1024**2:.1f} MB is larger than the limit of "
        f"{limit / 1024**2:.0f} MB (MAX_FILE_BYTES)"
    )


def read_json(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> Any:
    """Read and check one JSON file (see the module docstring); JsonFileError on any problem."""
    raw = read_regular_file(Path(path), limit)
    return loads(_decode(raw))


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise JsonFileError(["(file): UTF-16 text; save the file as UTF-8"])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        msg = f"(file): not UTF-8 text (bad byte at position {exc.start}, line {line})"
        raise JsonFileError([msg]) from None


# -- parsing text ----------------------------------------------------------------------------
class _BadNumber:
    """A number the file gives that GovFlex will not read (kept to report it with its path)."""

    def __init__(self, text: str, why: str) -> None:
        self.text, self.why = text, why


class _Duplicates(dict):
    """An object that gave some keys more than once (kept to report them with their path)."""

    repeated: list[str]


class _Flags:
    def __init__(self) -> None:
        self.bad = False


def loads(text: str, what: str = "(file)") -> Any:
    """Parse JSON text with every check of :func:`read_json` except the size and encoding."""
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        msg = f"{what}: nested {depth} levels deep; at most {MAX_DEPTH} are allowed (MAX_DEPTH)"
        raise JsonFileError([msg])
    flags = _Flags()

    def pairs(items: list[tuple[str, Any]]) -> dict:
        out = dict(items)
        if len(out) != len(items):
            flags.bad = True
            seen: set[str] = set()
            repeated = []
            for key, _ in items:
                if key in seen and key not in repeated:
                    repeated.append(key)
                seen.add(key)
            out = _Duplicates(out)
            out.repeated = repeated
        return out

    def whole(s: str) -> Any:
        if len(s.lstrip("-")) > MAX_INT_DIGITS:
            flags.bad = True
            why = f"a whole number of {len(s.lstrip('-'))} digits; at most {MAX_INT_DIGITS}"
            return _BadNumber(s, why + " are allowed (MAX_INT_DIGITS)")
        return int(s)

    def real(s: str) -> Any:
        value = float(s)
        if not math.isfinite(value):
            flags.bad = True
            return _BadNumber(s, "a number too large to represent")
        return value

    def constant(s: str) -> Any:
        flags.bad = True
        return _BadNumber(s, "not a number JSON allows (use a finite number)")

    try:
        data = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_int=whole,
            parse_float=real,
            parse_constant=constant,
        )
    except json.JSONDecodeError as exc:
        msg = f"{what}: JSON syntax error at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise JsonSyntaxError([msg]) from None
    except (ValueError, RecursionError) as exc:  # defensive: the checks above should catch all
        raise JsonFileError([f"{what}: not a readable JSON file ({exc})"]) from None
    if flags.bad or _SURROGATE_ESCAPE_RE.search(text):
        problems: list[str] = []
        _walk(data, "", problems)
        if problems:
            raise JsonFileError(problems)
    return data


def nesting_depth(text: str) -> int:
    """The deepest nesting of objects and lists in JSON text, in one vectorised pass."""
    bare = _STRING_RE.sub("", text)  # brackets inside strings do not count
    codes = np.frombuffer(bare.encode("ascii", "ignore"), dtype=np.uint8)
    if not len(codes):
        return 0
    step = np.isin(codes, (91, 123)).astype(np.int32) - np.isin(codes, (93, 125))
    return int(max(0, np.cumsum(step).max()))


def _walk(node: Any, path: str, problems: list[str]) -> None:
    """Report bad numbers, repeated keys and lone surrogates, each with its path."""
    where = path or "(top level)"
    if isinstance(node, _BadNumber):
        text = node.text if len(node.text) <= 24 else node.text[:20] + "..."
        problems.append(f"{where}: {text} is {node.why}")
    elif isinstance(node, str):
        if _SURROGATE_RE.search(node):
            problems.append(f"{where}: text with a lone surrogate (\\ud800-\\udfff), not Unicode")
    elif isinstance(node, dict):
        for key in getattr(node, "repeated", ()):
            msg = "is given more than once; each key may appear once per object"
            problems.append(f"{join_path(path, key)}: {msg}")
        for key, value in node.items():
            here = join_path(path, key)
            if _SURROGATE_RE.search(key):
                problems.append(f"{here}: a key with a lone surrogate (\\ud800-\\udfff)")
            _walk(value, here, problems)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _walk(value, join_path(path, i), problems)
