"""Scalars by YAML 1.2 rules: ``no`` stays a word, ``010`` stays the text "010",
``12:30`` stays "12:30" and dates stay ISO strings (the README has the table).

PyYAML's resolver applies YAML 1.1 guessing with a row of regular expressions per
scalar; the loader marks untagged plain scalars with `PLAIN` and `plain` reads them.

A number is read only up to `NUMBER_LIMIT` in size: beyond it (or not finite, as `1e400`
is for a float) reading raises `OutOfRange`, so that nothing can compute with it.
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
#: The largest size of a number that is read as one: sums of millions of such numbers stay
#: far from overflowing, and no plan needs more (the world's GDP is about 1e14 euros).
NUMBER_LIMIT = 1e15
#: Whole numbers written with at most this many characters are within the limit.
_SHORT_INT = 15

_NUMBER_START = frozenset("0123456789+-.")
_BOOLS = {"true": True, "false": False}


class OutOfRange(ValueError):
    """A number written beyond `NUMBER_LIMIT` in size, or one that is not finite."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def plain(text: str) -> Any:
    """An untagged plain scalar, read by YAML 1.2 rules (see the README's table).

    Raises `OutOfRange` for a number beyond `NUMBER_LIMIT` in size.
    """
    if not text or text in _NULLS:
        return None
    if text[0] in _NUMBER_START:
        if _INT.match(text):
            return int(text.replace("_", "")) if len(text) <= _SHORT_INT else _long_int(text)
        if ("." in text or "e" in text or "E" in text) and _FLOAT.match(text):
            value = float(text.replace("_", ""))
            if -NUMBER_LIMIT <= value <= NUMBER_LIMIT:  # false for inf (an overflow)
                return value
            raise OutOfRange(text)
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
            return _float(text)
        return _int(text)
    return text


def _int(text: str) -> int | str:
    if _INT.match(text):
        return int(text.replace("_", "")) if len(text) <= _SHORT_INT else _long_int(text)
    return text


def _long_int(text: str) -> int:
    """A whole number of more than `_SHORT_INT` characters; never converts a huge one."""
    digits = text.replace("_", "").lstrip("+-")
    if len(digits) <= _SHORT_INT + 1:
        value = int(text.replace("_", ""))
        if -NUMBER_LIMIT <= value <= NUMBER_LIMIT:
            return value
    raise OutOfRange(text)


def _float(text: str) -> float:
    value = float(text.replace("_", ""))
    if -NUMBER_LIMIT <= value <= NUMBER_LIMIT:  # false for inf (an overflow) and nan
        return value
    raise OutOfRange(text)
