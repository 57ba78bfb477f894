"""Text written where a number belongs: what it most likely meant, as a rewrite to suggest.

A measure's figures are numbers. `56.87%`, `"56,87"`, `1.380.000` or `€ 1.200.000` are
text to YAML, and prestatie never turns text into a score: the measure gets no score and
`measure/not-a-number` shows the rewrite that says the same as a YAML number. The rewrite
is a suggestion in the hint only; nothing here feeds a computation.
"""

from __future__ import annotations

import re
from typing import Any

_CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "usd": "USD", "gbp": "GBP"}
_CURRENCY = re.compile(r"^(?P<pre>€|\$|£|eur|usd|gbp)?\s*(?P<body>.*?)\s*(?P<post>€|eur|usd|gbp)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^[+-]?\d+,\d+$")
_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$|^[+-]?\d{1,3}(\.\d{3})+,\d+$")
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$|^[+-]?\d{1,3}(,\d{3})+\.\d+$")

MILESTONE_NOTE = "or `direction: milestone` for done / not done"


def is_number(value: Any) -> bool:
    """A YAML number (an int or float, not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def rewrite(value: Any) -> str:
    """How to write `value` as a number, for the hint of `measure/not-a-number`."""
    if isinstance(value, bool):
        return f"a number is expected, not {str(value).lower()} ({MILESTONE_NOTE})"
    if not isinstance(value, str):
        return f"a number is expected ({MILESTONE_NOTE})"
    text = value.strip()
    unit = None
    if text.endswith("%"):
        unit, text = "%", text[:-1].strip()
    match = _CURRENCY.match(text.lower())
    if match and (match["pre"] or match["post"]) and unit is None:
        unit = _CURRENCIES[match["pre"] or match["post"]]
        text = text[match.start("body") : match.end("body")]
    spaced = _SPACES.search(text.strip()) is not None
    text = _SPACES.sub("", text)
    reasons = []
    if _PLAIN.match(text):
        number = text
        if spaced:
            reasons.append("no thousands separators")
        elif unit is None:
            return f"write {number} without quotes (quoted, it is text)"
    elif _DOT_THOUSANDS.match(text):
        number = text.replace(".", "").replace(",", ".")
        reasons.append("no thousands separators")
        if "," in text:
            reasons.append("YAML numbers use a decimal point")
    elif _COMMA_THOUSANDS.match(text):
        number = text.replace(",", "")
        reasons.append("no thousands separators")
    elif _COMMA_DECIMAL.match(text):
        number = text.replace(",", ".")
        reasons.append("YAML numbers use a decimal point")
    else:
        return f"a number is expected here ({MILESTONE_NOTE})"
    hint = f"write {number}"
    if unit is not None:
        hint += f" and put {unit} in `unit:`"
    if reasons:
        hint += f" ({'; '.join(reasons)})"
    return hint
