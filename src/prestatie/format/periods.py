"""Periods as plans write them: a year, a quarter, a month, or start and end dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
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


# --------------------------------------------------------------------------- checks
#
# The schemas give dates and periods a `format` (`date`, `period`, `span`); these
# functions are those formats, so an impossible date or period is a `schema/invalid`
# finding at its position, found in the one pass that checks every document. Each
# returns None when the value is fine (or not its concern: a value of the wrong shape is
# reported by the schema's type and pattern), else the key inside the value to point at
# (None: the value itself) and what is wrong. The model then reads such a value as not
# written at all: no period (and not the plan's default), no date.

Problem = tuple[str | None, str]


def date_problem(value: Any) -> Problem | None:
    """`2019-02-30`: shaped like a date, but not a day of the calendar."""
    if not isinstance(value, str) or not _DATE_SHAPE.match(value) or parse_date(value):
        return None
    return None, f"{value} is not a day of the calendar"


def period_problem(value: Any) -> Problem | None:
    """A span that ends before it starts, or a written form that names no period."""
    if isinstance(value, dict):
        start = parse_date(value.get("start"))
        end = parse_date(value.get("end"))
        if start is not None and end is not None and end < start:
            return "end", f"the period ends ({end}) before it starts ({start})"
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        written = str(value).strip()
        if _PERIOD.match(written) and parse_period(value) is None:
            return None, f"{written} is not a period"
    return None


def span_problem(value: Any) -> Problem | None:
    """An action (or any planned piece of work) whose `due` lies before its `start`."""
    if not isinstance(value, dict):
        return None
    start = parse_date(value.get("start"))
    due = parse_date(value.get("due"))
    if start is not None and due is not None and due < start:
        return "due", f"due {due} lies before start {start}"
    return None


#: The schema formats, by name (`"format": "date"` in schemas/common.schema.json).
FORMATS: Mapping[str, Callable[[Any], Problem | None]] = {
    "date": date_problem,
    "period": period_problem,
    "span": span_problem,
}
