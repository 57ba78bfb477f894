"""`prestatie validate` and `prestatie explain`: the findings and the rules behind them."""

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


class ExplainFormat(StrEnum):
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


@handled
def explain(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE",
            help="A rule code such as cascade/level, or a family such as smart/.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
) -> None:
    """Explain a rule: what it checks, why it matters, and how to fix it.

    Without a code, list every rule with its severity. Inside a plan, the texts
    follow the plan's language and show the plan's own severity and parameters
    (its `rules:` in prestatie.yaml) beside the default.

    Examples:

      prestatie explain                  # all rules

      prestatie explain cascade/level

      prestatie explain smart/ --lang nl # a whole family, in Dutch
    """
    from pathlib import Path

    from prestatie.model.plan import settings
    from prestatie.render import explain as explain_module

    speak(lang)  # errors while reading the plan's settings
    config = settings(Path.cwd())
    speaker = speak(lang, config)
    sys.stdout.write(explain_module.render(code, speaker, output_format.value, config))
