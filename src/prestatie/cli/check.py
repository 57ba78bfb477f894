"""`prestatie validate`: every finding of the plan, with file:line:column."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import LangOption, as_of_date, handled, speak, use_color


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


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
    lang: LangOption = None,
) -> None:
    """Check that every objective derives from its parent, and much more.

    Every problem of the whole plan is reported in one run, each with
    file:line:column, a rule code and a hint. `prestatie explain CODE` tells
    what a rule checks and how to fix it.

    Exit codes: 0 no errors, 1 errors (with --strict also warnings),
    2 usage error or unreadable path.

    Examples:

      prestatie validate                       # the plan around the current folder

      prestatie validate examples/gouden-korst

      prestatie validate goals/verkoop.yaml --format json

      prestatie validate --strict              # warnings fail too, for CI

      prestatie validate --format md > comment.md  # a pull-request comment
    """
    from prestatie.i18n import speaker_for, use
    from prestatie.render import REPORTER_BY_NAME
    from prestatie.render.text import notices
    from prestatie.rules.engine import validate as check

    speak(lang)  # errors before a plan is read
    result = check(paths or [], as_of=as_of_date(as_of) if as_of else None)
    speaker = use(speaker_for(lang.value if lang else None, result.language, result.perspectives))
    notices(result, sys.stderr, speaker)
    REPORTER_BY_NAME[output_format.value](result, sys.stdout, use_color(sys.stdout), speaker)
    raise typer.Exit(1 if result.failing(strict) else 0)
