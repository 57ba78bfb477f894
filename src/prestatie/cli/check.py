"""`prestatie validate`: every finding of the plan, with file:line:column."""

from __future__ import annotations

import os
import shutil
import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import LangOption, as_of_date, handled, speak, use_color
from prestatie.render.layout import REPEAT_LIMIT


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"
    github = "github"
    gitlab = "gitlab"
    sarif = "sarif"
    junit = "junit"


@handled
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH",
            help="Plan folders or YAML files. Default: the plan around the current folder "
            "(the nearest folder above with prestatie.yaml).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too, not only on errors.")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="The date time-bound rules judge against (YYYY-MM-DD), e.g. late OGSM actions "
            "and committed OKRs after their period. Default: today.",
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODE|FAMILY",
            help="Show only findings of these rule codes or families (smart or smart/); "
            "repeatable and comma-separated.",
            show_default=False,
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            metavar="CODE|FAMILY",
            help="Leave out findings of these rule codes or families; repeatable and "
            "comma-separated. Wins over --select.",
            show_default=False,
        ),
    ] = None,
    severity: Annotated[
        str,
        typer.Option(
            "--severity",
            metavar="error|warning|info",
            help="The mildest severity shown: error shows errors only, warning errors and "
            "warnings.",
        ),
    ] = "info",
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="List every finding: also those that follow from another and repeats "
            f"past {REPEAT_LIMIT} of one code.",
        ),
    ] = False,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics", help="Count the findings per rule code instead of listing them."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Print only the findings: no summary lines, nothing on a clean run.",
        ),
    ] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even when findings fail the run."),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Check that every objective derives from its parent, and much more.

    Every problem of the whole plan is reported in one run, each with
    file:line:column, a rule code and a hint. What stops part of the plan from
    being read comes first; what follows from it, and repeats of one code, are
    folded (--all lists them). `prestatie explain CODE` tells what a rule checks
    and how to fix it.

    Exit codes: 0 no errors, 1 errors (with --strict also warnings) among the
    findings shown, 2 usage error or unreadable path; --exit-zero exits 0.

    Examples:

      prestatie validate                       # the plan around the current folder

      prestatie validate examples/gouden-korst

      prestatie validate goals/verkoop.yaml --format json

      prestatie validate --strict              # warnings fail too, for CI

      prestatie validate --format md > comment.md  # a pull-request comment

      prestatie validate --format github       # annotations in GitHub Actions

      prestatie validate --format sarif > prestatie.sarif  # code scanning

      prestatie validate --select cascade,ref --severity error

      prestatie validate --ignore smart/no-owner --statistics
    """
    from prestatie.i18n import speaker_for, use
    from prestatie.render import REPORTER_BY_NAME
    from prestatie.render.layout import View
    from prestatie.render.text import notices
    from prestatie.rules.engine import selection
    from prestatie.rules.engine import validate as check

    speak(lang)  # errors before a plan is read
    choose = selection(select or [], ignore or [], severity)
    result = check(paths or [], as_of=as_of_date(as_of) if as_of else None, choose=choose)
    speaker = use(speaker_for(lang.value if lang else None, result.language, result.perspectives))
    notices(result, sys.stderr, speaker)
    view = View(show_all, statistics, quiet, width_of(sys.stdout))
    color = use_color(sys.stdout)
    REPORTER_BY_NAME[output_format.value](result, sys.stdout, color, speaker, view)
    raise typer.Exit(1 if result.failing(strict) and not exit_zero else 0)


def width_of(stream: object) -> int | None:
    """The width to wrap hints to: $COLUMNS, else the terminal's; None (no wrapping)
    when the output is not a terminal."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    isatty = getattr(stream, "isatty", None)
    if isatty and isatty():
        return shutil.get_terminal_size().columns
    return None
