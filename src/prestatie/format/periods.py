"""Periods as plans write them: a year, a quarter, a month, or start and end dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_PERIOD = re.compile(r"(?P<year>[0-9]{4})(?:-Q(?P<quarter>[1-4])|-(?P<month>0[1-9]|1[0-2]))?\Z")


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    label: str

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def includes(self, day: date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label


def parse_date(value: object) -> date | None:
    """An ISO date (YYYY-MM-DD) as written in a plan, or None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_period(value: object) -> Period | None:
    """A period value as written (2026, "2026-Q1", "2026-03", {start, end}), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        match = _PERIOD.match(value.strip())
        if not match:
            return None
        year = int(match["year"])
        if year < 1:
            return None
        if match["quarter"]:
            q = int(match["quarter"])
            first = 3 * q - 2
            last = 3 * q
            return Period(
                date(year, first, 1),
                date(year, last, calendar.monthrange(year, last)[1]),
                f"{year}-Q{q}",
            )
        if match["month"]:
            m = int(match["month"])
            return Period(
                date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1]), f"{year}-{m:02d}"
            )
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))
    if isinstance(value, dict):
        start = parse_date(value.get("start"))
        end = parse_date(value.get("end"))
        if start is None or end is None or end < start:
            return None
        return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    return None
