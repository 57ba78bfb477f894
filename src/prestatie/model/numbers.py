"""Text written where a number belongs: what it most likely meant, as a rewrite to suggest.

A measure's figures are numbers. `56.87%`, `"56,87"`, `1.380.000` or `€ 1.200.000` are
text to YAML, and prestatie never turns text into a score: the measure gets no score and
`measure/not-a-number` shows the rewrite that says the same as a YAML number. The rewrite
is a suggestion in the hint only; nothing here feeds a computation.
"""

from __future__ import annotations

import re
from typing import Any

from prestatie.i18n import Msg, msg

_CURRENCIES = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "usd": "USD", "gbp": "GBP"}
_CURRENCY = re.compile(r"^(?P<pre>€|\$|£|eur|usd|gbp)?\s*(?P<body>.*?)\s*(?P<post>€|eur|usd|gbp)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^[+-]?\d+,\d+$")
_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$|^[+-]?\d{1,3}(\.\d{3})+,\d+$")
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$|^[+-]?\d{1,3}(,\d{3})+\.\d+$")


def is_number(value: Any) -> bool:
    """A YAML number (an int or float, not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def rewrite(value: Any) -> Msg:
    """How to write `value` as a number, for the hint of `measure/not-a-number`.

    The number to write is YAML text (`56.87`, `1200000`), the same in every language.
    """
    milestone = msg("model.number.milestone")
    if isinstance(value, bool):
        return msg("model.number.not-bool", value=str(value).lower(), note=milestone)
    if not isinstance(value, str):
        return msg("model.number.expected", note=milestone)
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
    separators = decimal = False
    if _PLAIN.match(text):
        number = text
        separators = spaced
        if not spaced and unit is None:
            return msg("model.number.unquote", number=number)
    elif _DOT_THOUSANDS.match(text):
        number = text.replace(".", "").replace(",", ".")
        separators, decimal = True, "," in text
    elif _COMMA_THOUSANDS.match(text):
        number = text.replace(",", "")
        separators = True
    elif _COMMA_DECIMAL.match(text):
        number = text.replace(",", ".")
        decimal = True
    else:
        return msg("model.number.expected-here", note=milestone)
    reason = _REASONS[separators, decimal]
    variant = ("" if unit is None else "-unit") + ("" if reason is None else ".because")
    return msg(f"model.number.write{variant}", number=number, unit=unit, reason=reason)


#: Why a rewrite drops separators or changes the decimal sign: (separators, decimal).
_REASONS: dict[tuple[bool, bool], Msg | None] = {
    (False, False): None,
    (True, False): msg("model.number.no-separators"),
    (False, True): msg("model.number.decimal-point"),
    (True, True): msg("model.number.no-separators-decimal-point"),
}
