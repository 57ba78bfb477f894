"""`prestatie export --format csv`: the table of `render.export_table` as CSV (RFC 4180).

Default dialect: UTF-8 without BOM, `,` between fields, `.` as decimal sign, LF line
ends, ISO dates, `true`/`false`. `excel=True` (`--excel`), for Excel with Dutch regional
settings: a UTF-8 BOM (so Excel reads the text as UTF-8), `;` between fields, decimal
commas and CRLF line ends. The header holds the column names of `COLUMNS` in every
language: scripts and pivot tables refer to them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date

from prestatie.compute.export import Export
from prestatie.render.export_table import COLUMNS, Cell, rows


def render(export: Export, *, excel: bool = False) -> str:
    """The CSV text (with the BOM first when `excel`)."""
    out = io.StringIO(newline="")
    writer = csv.writer(
        out,
        delimiter=";" if excel else ",",
        lineterminator="\r\n" if excel else "\n",
        quoting=csv.QUOTE_MINIMAL,
    )
    writer.writerow(COLUMNS)
    for row in rows(export.records):
        writer.writerow(_cells((row[c] for c in COLUMNS), excel))
    return ("\ufeff" if excel else "") + out.getvalue()


def _cells(values: Iterable[Cell], excel: bool) -> list[str]:
    return [cell(value, excel) for value in values]


def cell(value: Cell, excel: bool = False) -> str:
    """One value as CSV text: numbers with `.` (`,` for Excel), ISO dates, true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value) if isinstance(value, float) else str(value)
        if isinstance(value, float) and text.endswith(".0"):
            text = text[:-2]
        return text.replace(".", ",") if excel else text
    if isinstance(value, date):
        return value.isoformat()
    return value
