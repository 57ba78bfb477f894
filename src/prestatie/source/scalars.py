"""Scalars by YAML 1.2 rules: ``no`` stays a word, ``010`` stays the text "010",
``12:30`` stays "12:30" and dates stay ISO strings (the README has the table).

PyYAML's resolver applies YAML 1.1 guessing with a row of regular expressions per
scalar; the loader marks untagged plain scalars with `PLAIN` and `plain` reads them.
"""

from __future__ import annotations

import re
from sys import intern
from typing import Any

from yaml.nodes import ScalarNode

TAG = "tag:yaml.org,2002:"
#: The tag of an untagged plain scalar: this module gives it its YAML 1.2 meaning.
PLAIN = "!prestatie/plain"
STR = f"{TAG}str"
SEQ = f"{TAG}seq"
MAP = f"{TAG}map"
MERGE = f"{TAG}merge"

_SCALAR_TAGS = {f"{TAG}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
KNOWN_TAGS = (
    _SCALAR_TAGS
    | {PLAIN}
    | {f"{TAG}{t}" for t in ("map", "seq", "set", "omap", "pairs", "merge", "binary", "value")}
)
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")
# YAML 1.2 core schema floats (plus the underscores YAML 1.1 allowed in numbers).
_FLOAT = re.compile(r"[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
#: Longer digit strings stay text: Python refuses to convert them (and no plan needs them).
_MAX_DIGITS = 4000

_NUMBER_START = frozenset("0123456789+-.")
_BOOLS = {"true": True, "false": False}


def plain(text: str) -> Any:
    """An untagged plain scalar, read by YAML 1.2 rules (see the README's table)."""
    if not text or text in _NULLS:
        return None
    if text[0] in _NUMBER_START:
        if _INT.match(text):
            return _int(text)
        if ("." in text or "e" in text or "E" in text) and _FLOAT.match(text):
            return float(text.replace("_", ""))
        return text  # 010, 12:30, 2026-01-15, 0x1F: kept as written
    if len(text) in (4, 5):
        flag = _BOOLS.get(text.lower())
        if flag is not None:
            return flag
    # Short words (units, levels, directions, owners) repeat across a plan: share them.
    return intern(text) if len(text) <= 24 else text


def scalar(node: ScalarNode) -> Any:
    text: str = node.value
    tag = node.tag
    if tag == PLAIN:
        return plain(text)
    if node.style or tag == STR:  # quoted, block, or explicitly `!!str`: text
        return text
    if tag == f"{TAG}null":
        return None if text in _NULLS else text
    if tag == f"{TAG}bool":
        lowered = text.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        return text
    if tag == f"{TAG}int":
        return _int(text)
    if tag == f"{TAG}float":
        if _FLOAT.match(text):
            return float(text.replace("_", ""))
        return _int(text)
    return text


def _int(text: str) -> int | str:
    if _INT.match(text) and len(text) <= _MAX_DIGITS:
        return int(text.replace("_", ""))
    return text
