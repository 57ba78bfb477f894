"""Numbers and dates as each language writes them.

Two languages need four conventions, so they are written out here rather than taken
from a locale library: the decimal sign and the thousands separator (`1,380,000.5` /
`1.380.000,5`), the space before a percent sign (`85%` / `85 %`), and month names
(`30 June 2026` / `30 juni 2026`). Machine formats never come here.
"""

from __future__ import annotations

import math
from datetime import date

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}

_TO_NL = str.maketrans({",": ".", ".": ","})
#: Decimals shown when a number is printed as it is (`56.87`, `0.125`), never more.
MAX_DECIMALS = 6


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """`value` with the language's separators; `decimals` fixes the decimals shown."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int) and decimals is None:
        text = f"{value:,}"
    else:
        f = float(value)
        if not math.isfinite(f):
            return "∞" if f > 0 else ("-∞" if f < 0 else "?")
        if decimals is None:
            text = f"{f:,.{MAX_DECIMALS}f}".rstrip("0").rstrip(".")
        else:
            text = f"{f:,.{decimals}f}"
        if text.lstrip("-").strip("0.,") == "":
            text = text.lstrip("-")  # no "-0"
    return text.translate(_TO_NL) if lang == "nl" else text


def percent(value: float, lang: str, decimals: int | None = None) -> str:
    """`value` in percent: `85%` in English, `85 %` in Dutch."""
    return number(value, lang, decimals) + (" %" if lang == "nl" else "%")


def long_date(value: date | str, lang: str) -> str:
    """`30 June 2026` / `30 juni 2026`; text that is not an ISO date is shown as it is."""
    day = value
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
    assert isinstance(day, date)
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"
