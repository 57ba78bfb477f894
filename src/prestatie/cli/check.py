"""`prestatie validate` and `prestatie explain`: the findings and the rules behind them."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import LangOption, Language, as_of_date, handled, speak, use_color
from prestatie.errors import PrestatieError


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@handled
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
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
        typer.Argument(help="A rule code such as cascade/level, or a family such as smart/."),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option("--lang", "-l", help="Language of the text. Default: from $LANG, else en."),
    ] = None,
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
) -> None:
    """Explain a rule: what it checks, why it matters, and how to fix it.

    Without a code, list every rule with its default severity.

    Examples:

      prestatie explain                  # all rules

      prestatie explain cascade/level

      prestatie explain smart/ --lang nl # a whole family, in Dutch
    """
    from prestatie.render import explain as explain_module

    language = speak(lang).lang
    try:
        text = explain_module.render(code, language, output_format.value)
    except KeyError as exc:
        raise PrestatieError(str(exc.args[0])) from exc
    sys.stdout.write(text)
