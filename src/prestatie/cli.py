"""The command line. It only translates: options in, one core call, a renderer out.

Heavy modules (jsonschema, jinja2, rich tables) are imported inside the commands
that need them, so `prestatie --help` and a small `validate` start quickly.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Annotated, NoReturn

import typer

from prestatie import __version__
from prestatie.errors import PrestatieError

app = typer.Typer(
    name="prestatie",
    help="Keep an organisation's performance plan as YAML in git: validate the cascade "
    "from mission to personal objectives, check it, report on it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


class Language(StrEnum):
    nl = "nl"
    en = "en"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"prestatie {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Keep an organisation's performance plan as YAML in git and check it.

    Run a command with --help for its options and examples.
    """


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@app.command()
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
    from prestatie.reporters import REPORTER_BY_NAME
    from prestatie.validate import validate as check

    result = check(paths or [])
    REPORTER_BY_NAME[output_format.value](result, sys.stdout, use_color(sys.stdout))
    raise typer.Exit(1 if result.failing(strict) else 0)


@app.command()
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
    from prestatie import explain as explain_module

    language = lang.value if lang else _default_language()
    try:
        text = explain_module.render(code, language, output_format.value)
    except KeyError as exc:
        raise PrestatieError(str(exc.args[0])) from exc
    sys.stdout.write(text)


def _default_language() -> str:
    for name in ("PRESTATIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def _fail(message: str, code: int = 2) -> NoReturn:
    sys.stderr.write(f"prestatie: error: {message}\n")
    raise SystemExit(code)


def run() -> None:
    """Run the app; the one place where exceptions become exit codes."""
    try:
        app()
    except PrestatieError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except RecursionError:
        _fail("the input nests too deeply to be processed", 2)
    except MemoryError:
        _fail("out of memory while processing the input", 2)
    except Exception as exc:  # the last line of defence: never a traceback
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
        _fail(
            f"internal error: {exc.__class__.__name__}: {exc}{where}. "
            "This is a bug in prestatie; please report it with the command you ran."
        )
