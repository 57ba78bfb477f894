"""The table of `prestatie export --format csv` and of the sheets of `--format xlsx`: one
row per objective × measure (an objective without measures: one row with the measure
columns empty), the cells as typed values (text, numbers, dates, true/false, None).

The column names are stable machine names (English snake_case) in every language; the
values are canonical (status, level, direction and perspective ids, ISO dates). Text that
a spreadsheet would read as a formula is guarded here (`guard`), for CSV and XLSX alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from prestatie.compute.export import MeasureRecord, Record

#: The columns, in their order. `tier` is the level an objective counts at (an OKR or
#: OGSM one below what it derives from); the `objective_*` figures are the objective's,
#: `progress`, `score`, `expected`, `status` and `behind` the measure's.
COLUMNS: tuple[str, ...] = (
    "kind",
    "objective_id",
    "level",
    "tier",
    "parent",
    "title",
    "owner",
    "unit",
    "perspective",
    "effective_perspective",
    "period",
    "period_start",
    "period_end",
    "objective_weight",
    "objective_score",
    "objective_status",
    "objective_behind",
    "measure_id",
    "measure_name",
    "measure_unit",
    "baseline",
    "target",
    "actual",
    "direction",
    "weight",
    "due",
    "progress",
    "score",
    "expected",
    "status",
    "behind",
)
#: Columns that hold a share 0..1 (a percentage in a workbook).
SHARES = frozenset({"objective_score", "progress", "score", "expected"})
#: Columns that hold a status id (coloured and worded in a workbook).
STATUS_COLUMNS = frozenset({"objective_status", "status"})
#: The first characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | bool | date | None


def guard(value: str) -> str:
    """Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or CR
    first) with a leading `'`, so it is shown as the text it is."""
    return "'" + value if value.startswith(FORMULA_START) else value


def rows(records: Iterable[Record]) -> Iterator[dict[str, Cell]]:
    """One row per objective × measure, keyed by COLUMNS; text is guarded."""
    for record in records:
        head = _objective(record)
        if not record.measures:
            yield {**head, **dict.fromkeys(COLUMNS[len(head) :])}
            continue
        for measure in record.measures:
            yield {**head, **_measure(measure)}


def _objective(record: Record) -> dict[str, Cell]:
    period = record.period
    return {
        "kind": record.kind,
        "objective_id": _text(record.id),
        "level": record.level,
        "tier": record.tier,
        "parent": _text(record.parent),
        "title": _text(record.title),
        "owner": _text(record.owner),
        "unit": _text(record.unit),
        "perspective": _text(record.perspective),
        "effective_perspective": _text(record.effective_perspective),
        "period": _text(period.label) if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "objective_weight": record.weight,
        "objective_score": record.score,
        "objective_status": record.status,
        "objective_behind": record.behind,
    }


def _measure(measure: MeasureRecord) -> dict[str, Cell]:
    return {
        "measure_id": _text(measure.id),
        "measure_name": _text(measure.name),
        "measure_unit": _text(measure.unit),
        "baseline": measure.baseline,
        "target": _value(measure.target),
        "actual": _value(measure.actual),
        "direction": measure.direction,
        "weight": measure.weight,
        "due": measure.due,
        "progress": measure.progress,
        "score": measure.score,
        "expected": measure.expected,
        "status": measure.status,
        "behind": measure.behind,
    }


def _text(value: str | None) -> str | None:
    return None if value is None else guard(value)


def _value(value: Any) -> Cell:
    """A target or actual as written: a number, true/false, or (guarded) text."""
    if isinstance(value, str):
        return guard(value)
    if isinstance(value, bool | int | float):
        return value
    return None
