"""`prestatie export --format xlsx`: a workbook for controllers, written with openpyxl.

One sheet per level present (the objectives counted at that level, one row per objective
× measure, as `render.export_table` gives them), a sheet of the OKRs with their key
results and one of the OGSMs with their strategies (when the plan has them), and a sheet
of the findings. Every sheet: the header row frozen, the auto-filter on, sensible column
widths. Numbers are numbers (scores and progress as percentages), dates are dates, text
is always a text cell (never a formula, and guarded as in CSV); statuses are worded in
the run's language on the report's status colours (`render.charts.STATUSES`), as are
levels, perspectives, directions and kinds. Sheet names and headers come from the
catalogue.

The workbook is reproducible: its properties carry the as-of date, not the time of the
run, and every part of the file has the same fixed time stamp.

openpyxl is imported only here, when a workbook is written (start-up stays fast).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from prestatie.compute.export import Export, Record
from prestatie.findings import Finding
from prestatie.i18n import Speaker
from prestatie.render.charts import STATUSES as STATUS_COLOURS
from prestatie.render.export_table import COLUMNS, SHARES, STATUS_COLUMNS, Cell, guard, rows

#: The columns of a level's sheet (its level is the sheet's), of the OKR and OGSM sheets.
LEVEL_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if c not in ("kind", "level", "tier"))
PART_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if c not in ("level",))
FINDING_COLUMNS: tuple[str, ...] = ("severity", "code", "file", "line", "column", "message", "hint")
#: Columns whose ids are worded in the run's language, by `word.<group>`.
WORDED: dict[str, str] = {
    "kind": "kind",
    "level": "level",
    "tier": "level",
    "direction": "dir",
    "objective_status": "status",
    "status": "status",
    "severity": "severity",
}
PERSPECTIVES = frozenset({"perspective", "effective_perspective"})
#: The statuses on a grey, and the colour of their letters.
GREYS = frozenset({"none", "not-started"})
DARK = "1A1A1A"
#: Excel's limit on a sheet name.
SHEET_NAME = 31
WIDEST = 60
NARROWEST = 8
#: The time stamp of every part of the file (the earliest a zip file can hold).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def render(export: Export, findings: Sequence[Finding], speaker: Speaker) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for level in export.levels_present():
        chosen = [r for r in export.records if r.kind == "goal" and r.tier == level]
        _table(book, _capital(speaker.level(level)), LEVEL_COLUMNS, chosen, speaker)
    chosen = [r for r in export.records if r.kind in ("okr", "key-result")]
    if chosen:
        _table(book, speaker.text("export.sheet.okr"), PART_COLUMNS, chosen, speaker)
    chosen = [r for r in export.records if r.kind in ("ogsm", "strategy")]
    if chosen:
        _table(book, speaker.text("export.sheet.ogsm"), PART_COLUMNS, chosen, speaker)
    _findings(book, findings, speaker)
    stamp = datetime(export.as_of.year, export.as_of.month, export.as_of.day)
    properties = book.properties
    properties.creator = "prestatie"
    properties.title = export.name or export.organisation or None
    properties.created = stamp
    properties.modified = stamp
    properties.lastModifiedBy = "prestatie"
    return _saved(book)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sheet(book: Any, title: str, columns: Sequence[str], speaker: Speaker) -> Any:
    from openpyxl.styles import Font

    name = "".join(ch for ch in title if ch not in "[]:*?/\\")[:SHEET_NAME] or "-"
    sheet = book.create_sheet(name)
    sheet.append([speaker.text(f"export.column.{c}") for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    return sheet


def _table(
    book: Any, title: str, columns: Sequence[str], records: Iterable[Record], speaker: Speaker
) -> None:
    sheet = _sheet(book, title, columns, speaker)
    for index, row in enumerate(rows(records), start=2):
        for column, name in enumerate(columns, start=1):
            _put(sheet.cell(row=index, column=column), name, row[name], speaker)
    _finish(sheet, columns)


def _findings(book: Any, findings: Sequence[Finding], speaker: Speaker) -> None:
    sheet = _sheet(book, speaker.text("export.sheet.findings"), FINDING_COLUMNS, speaker)
    for index, finding in enumerate(findings, start=2):
        values: dict[str, Cell] = {
            "severity": finding.severity,
            "code": finding.code,
            "file": guard(finding.file),
            "line": finding.line,
            "column": finding.column,
            "message": guard(speaker.say(finding.message)),
            "hint": None if finding.hint is None else guard(speaker.say(finding.hint)),
        }
        for column, name in enumerate(FINDING_COLUMNS, start=1):
            _put(sheet.cell(row=index, column=column), name, values[name], speaker)
    _finish(sheet, FINDING_COLUMNS)


def _put(cell: Any, name: str, value: Cell, speaker: Speaker) -> None:
    """One value into a cell: worded ids, numbers, dates, and text that is never a formula."""
    if value is None:
        return
    raw = value
    if isinstance(value, str) and name in WORDED:
        value = guard(speaker.word(WORDED[name], value))
    elif isinstance(value, str) and name in PERSPECTIVES:
        value = guard(speaker.perspective(value.removeprefix("'")))
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text, whatever it starts with
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, int | float) and not isinstance(value, bool) and name in SHARES:
        cell.number_format = "0.0%"
    if name in STATUS_COLUMNS and isinstance(raw, str) and raw in STATUS_COLOURS:
        _colour(cell, raw)


def _colour(cell: Any, status: str) -> None:
    cell.fill, cell.font = _status_style(status)


@cache
def _status_style(status: str) -> tuple[Any, Any]:
    """The fill and font of a status cell: the report's colour of its status, bold letters
    (white on green, amber and red, dark on the greys of no data and not started)."""
    from openpyxl.styles import Font, PatternFill

    argb = STATUS_COLOURS[status].lstrip("#").upper()
    fill = PatternFill(fill_type="solid", start_color=argb, end_color=argb)
    return fill, Font(color=DARK if status in GREYS else "FFFFFF", bold=True)


def _finish(sheet: Any, columns: Sequence[str]) -> None:
    """Header frozen, filter on, each column as wide as its longest value (within bounds)."""
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(sheet.iter_cols(max_col=len(columns)), start=1):
        longest = max((_width(cell.value) for cell in column), default=0)
        sheet.column_dimensions[get_column_letter(index)].width = min(
            WIDEST, max(NARROWEST, longest + 2)
        )


def _width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 8
    return len(str(value))


def _saved(book: Any) -> bytes:
    """The workbook as bytes, every part of the zip file with the same fixed time."""
    from openpyxl.writer.excel import ExcelWriter

    first = io.BytesIO()
    with zipfile.ZipFile(first, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).write_data()
    second = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(first.getvalue())) as source,
        zipfile.ZipFile(second, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return second.getvalue()
