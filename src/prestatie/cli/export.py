"""`prestatie export`: the plan with its figures as JSON, CSV or an Excel workbook."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli.common import (
    LEVELS_METAVAR,
    AsOfOption,
    Include,
    LangOption,
    PathArgument,
    StrictOption,
    as_of_date,
    handled,
    level_of,
    load_plan,
    people_included,
    plan_errors,
    speak,
)
from prestatie.cli.output import ForceOption, check_target, deliver, format_of
from prestatie.errors import UsageError
from prestatie.i18n import msg


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


#: The format an output file's suffix asks for, when --format is not given.
SUFFIXES = {".json": "json", ".csv": "csv", ".xlsx": "xlsx"}


@handled
def export(
    path: PathArgument = None,
    chosen: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="json|csv|xlsx",
            help="Output format. Default: from the suffix of -o (.json, .csv, .xlsx), else json.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE, atomically (never over an existing file without --force). "
            "Default: standard output; a workbook only to a pipe or a file.",
            show_default=False,
        ),
    ] = None,
    force: ForceOption = False,
    as_of: AsOfOption = None,
    level: Annotated[
        list[str] | None,
        typer.Option(
            "--level",
            metavar=LEVELS_METAVAR,
            help="Only the objectives at this level; repeat for several. Dutch names work "
            "too (operationeel). An OKR or OGSM counts one level below what it derives from.",
            show_default=False,
        ),
    ] = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV for Excel with Dutch regional settings: a UTF-8 BOM, `;` between "
            "fields, decimal commas, CRLF line ends.",
        ),
    ] = False,
    include: Annotated[
        list[Include] | None,
        typer.Option(
            "--include",
            metavar="people",
            help="Also export the personal objectives, the owners that name a person and "
            "the findings in person files. Without it they are left out.",
            show_default=False,
        ),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Give a person's id wherever their name would appear (owners that name a person).",
        ),
    ] = False,
    lang: LangOption = None,
    strict: StrictOption = False,
) -> None:
    """Export the plan with its figures: JSON for scripts and BI, CSV and Excel for controllers.

    Every objective (goals at every level, OKRs and their key results, OGSMs and their
    strategies) with its measures and their progress, score and status on the as-of
    date: the figures `tree`, `balance` and `report` show. json holds the normalised
    plan, the balance and the findings (shape: schemas/export.schema.json); csv one row
    per objective and measure, with stable English column names; xlsx a workbook with
    a sheet per level, one of OKRs, one of OGSMs and one of findings. Text that a
    spreadsheet would run as a formula is written as text.

    Examples:

      prestatie export examples/gouden-korst --format xlsx -o plan.xlsx

      prestatie export --format csv --excel -o plan.csv

      prestatie export --format json --as-of 2026-06-30 > plan.json

      prestatie export --level strategic --level afdeling -f csv

      prestatie export examples/northwind-care -f xlsx --lang en > plan.xlsx
    """
    speak(lang)
    fmt = _format(chosen, output)
    if excel and fmt != "csv":
        raise UsageError(msg("export.excel-csv-only", format=fmt))
    levels = frozenset(level_of(value) for value in level or [])
    _check_target(fmt, output, force)
    if fmt == "xlsx":
        _need_openpyxl()
    day = as_of_date(as_of)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    plan.as_of = day
    plan_errors(plan, strict)
    from prestatie.compute.export import ExportRequest, build
    from prestatie.rules.engine import check_plan

    people = people_included(include)
    result = build(plan, day, ExportRequest(levels, people=people, redact=redact))
    private = {item.file for item in plan.persons.values()} if not people else set()
    findings = [f for f in check_plan(plan) if f.file not in private]
    if fmt == "json":
        from prestatie.render import export_json, jsonout

        content: str | bytes = jsonout.dumps(export_json.payload(result, findings, speaker))
    elif fmt == "csv":
        from prestatie.render import export_csv

        content = export_csv.render(result, excel=excel).encode("utf-8")
    else:
        from prestatie.render import export_xlsx

        content = export_xlsx.render(result, findings, speaker)
    deliver(content, output, force, speaker, "export.wrote")


def _format(chosen: ExportFormat | None, output: Path | None) -> str:
    value = None if chosen is None else chosen.value
    return format_of(value, output, SUFFIXES, "json", "export.unknown-format")


def _check_target(fmt: str, output: Path | None, force: bool) -> None:
    """Refuse before any work: a workbook to a terminal, an existing file without
    --force."""
    check_target(output, force, msg("export.xlsx-terminal") if fmt == "xlsx" else None)


def _need_openpyxl() -> None:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UsageError(msg("export.no-openpyxl")) from None
