"""Periods as plans write them: years, spans of years, halves, quarters, months, fiscal
years and their halves and quarters, or start and end dates."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from prestatie.i18n import Msg, msg

_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_PERIOD = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-Q(?P<quarter>[1-4])|-H(?P<half>[12])|-(?P<month>0[1-9]|1[0-2])|-(?P<last>[0-9]{4}))?\Z"
    r"|FY(?P<fy>[0-9]{4}|[0-9]{2})(?:-Q(?P<fq>[1-4])|-H(?P<fh>[12]))?\Z"
)
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "januari", "jan"),
            ("february", "februari", "feb"),
            ("march", "maart", "mar", "mrt"),
            ("april", "apr"),
            ("may", "mei"),
            ("june", "juni", "jun"),
            ("july", "juli", "jul"),
            ("august", "augustus", "aug"),
            ("september", "sep", "sept"),
            ("october", "oktober", "oct", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}


def month_number(value: object) -> int | None:
    """A month as written in `fiscal_year_start`: 1 to 12, or its name (en, nl)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 12 else None
    if isinstance(value, str):
        return MONTHS.get(value.strip().lower())
    return None


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


def parse_period(value: object, fiscal_start: int = 1) -> Period | None:
    """A period value as written, or None.

    Calendar forms: a year (2026), a span of years ("2026-2028"), a half ("2026-H1"), a
    quarter ("2026-Q1"), a month ("2026-03"), or {start, end}. Fiscal forms ("FY2020",
    "FY20", "FY20-Q1", "FY2020-H2") count from the first day of month `fiscal_start`; a
    fiscal year is named after the calendar year it ends in, so with `fiscal_start=2`
    FY2020 runs from 1 February 2019 to 31 January 2020 and FY20-Q1 is February-April 2019.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, str):
        match = _PERIOD.match(value.strip())
        if not match:
            return None
        if match["fy"]:
            return _fiscal(match, fiscal_start)
        year = int(match["year"])
        if year < 1:
            return None
        if match["quarter"]:
            q = int(match["quarter"])
            return _months(year, 3 * q - 2, 3, f"{year}-Q{q}")
        if match["half"]:
            h = int(match["half"])
            return _months(year, 6 * h - 5, 6, f"{year}-H{h}")
        if match["month"]:
            m = int(match["month"])
            return _months(year, m, 1, f"{year}-{m:02d}")
        if match["last"]:
            last = int(match["last"])
            if last < year:
                return None
            return Period(date(year, 1, 1), date(last, 12, 31), f"{year}-{last}")
        return _months(year, 1, 12, str(year))
    if isinstance(value, dict):
        start = parse_date(value.get("start"))
        end = parse_date(value.get("end"))
        if start is None or end is None or end < start:
            return None
        return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    return None


def _months(year: int, first: int, count: int, label: str) -> Period | None:
    """`count` months from month `first` of `year` (running into the next year if need be)."""
    start_index = year * 12 + first - 1
    end_index = start_index + count - 1
    end_year, end_month = divmod(end_index, 12)
    end_month += 1
    if not 1 <= year <= 9999 or not 1 <= end_year <= 9999:
        return None
    return Period(
        date(year, first, 1),
        date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]),
        label,
    )


def _fiscal(match: re.Match[str], fiscal_start: int) -> Period | None:
    written = match["fy"]
    year = int(written) if len(written) == 4 else 2000 + int(written)
    # FY<year> ends in <year>: it starts in <year> - 1 unless the fiscal year is the calendar year.
    first_year = year if fiscal_start == 1 else year - 1
    if match["fq"]:
        q = int(match["fq"])
        year_q, month_q = divmod(first_year * 12 + fiscal_start - 1 + 3 * (q - 1), 12)
        return _months(year_q, month_q + 1, 3, f"FY{year}-Q{q}")
    if match["fh"]:
        h = int(match["fh"])
        year_h, month_h = divmod(first_year * 12 + fiscal_start - 1 + 6 * (h - 1), 12)
        return _months(year_h, month_h + 1, 6, f"FY{year}-H{h}")
    return _months(first_year, fiscal_start, 12, f"FY{year}")


# --------------------------------------------------------------------------- checks
#
# The schemas give dates and periods a `format` (`date`, `period`, `span`); these
# functions are those formats, so an impossible date or period is a `schema/invalid`
# finding at its position, found in the one pass that checks every document. Each
# returns None when the value is fine (or not its concern: a value of the wrong shape is
# reported by the schema's type and pattern), else the key inside the value to point at
# (None: the value itself) and what is wrong, as a message. The model then reads such a value as not
# written at all: no period (and not the plan's default), no date.

Problem = tuple[str | None, Msg]


def date_problem(value: Any) -> Problem | None:
    """`2019-02-30`: shaped like a date, but not a day of the calendar."""
    if not isinstance(value, str) or not _DATE_SHAPE.match(value) or parse_date(value):
        return None
    return None, msg("format.not-a-day", date=value)


def period_problem(value: Any) -> Problem | None:
    """A span that ends before it starts, or a written form that names no period."""
    if isinstance(value, dict):
        start = parse_date(value.get("start"))
        end = parse_date(value.get("end"))
        if start is not None and end is not None and end < start:
            return "end", msg("format.period-ends-first", start=str(start), end=str(end))
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        written = str(value).strip()
        match = _PERIOD.match(written)
        if match and parse_period(value) is None:
            if match["last"] and int(match["last"]) < int(match["year"]):
                return None, msg("format.period-backwards", period=written)
            return None, msg("format.not-a-period", period=written)
    return None


def span_problem(value: Any) -> Problem | None:
    """An action (or any planned piece of work) whose `due` lies before its `start`."""
    if not isinstance(value, dict):
        return None
    start = parse_date(value.get("start"))
    due = parse_date(value.get("due"))
    if start is not None and due is not None and due < start:
        return "due", msg("format.due-before-start", due=str(due), start=str(start))
    return None


#: The schema formats, by name (`"format": "date"` in schemas/common.schema.json).
FORMATS: Mapping[str, Callable[[Any], Problem | None]] = {
    "date": date_problem,
    "period": period_problem,
    "span": span_problem,
}
