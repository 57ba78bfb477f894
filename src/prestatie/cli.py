"""The command line. It only translates: options in, one core call, a renderer out.

Heavy modules (jsonschema, jinja2, rich tables) are imported inside the commands
that need them, so `prestatie --help` and a small `validate` start quickly.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec

import typer

from prestatie import __version__
from prestatie.errors import PrestatieError, UsageError

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


P = ParamSpec("P")


def handled(command: Callable[P, None]) -> Callable[P, None]:
    """Turn PrestatieError into its one-line message and exit code, inside the app."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except PrestatieError as exc:
            sys.stderr.write(f"prestatie: error: {exc}\n")
            raise typer.Exit(exc.exit_code) from exc

    return wrapper


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
    from prestatie import explain as explain_module

    language = lang.value if lang else _default_language()
    try:
        text = explain_module.render(code, language, output_format.value)
    except KeyError as exc:
        raise PrestatieError(str(exc.args[0])) from exc
    sys.stdout.write(text)


class TreeFormat(StrEnum):
    text = "text"
    json = "json"


class Level(StrEnum):
    strategic = "strategic"
    department = "department"
    operational = "operational"
    function = "function"
    project = "project"
    personal = "personal"


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    from prestatie.periods import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(f"--as-of {value!r}: expected a date as YYYY-MM-DD")
    return parsed


@app.command()
@handled
def tree(
    path: Annotated[
        str | None,
        typer.Argument(help="Plan folder or file. Default: the plan around the current folder."),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="Start at this goal instead of the mission.")
    ] = None,
    depth: Annotated[
        int | None, typer.Option("--depth", min=0, help="Show this many levels below the start.")
    ] = None,
    level: Annotated[
        Level | None, typer.Option("--level", help="Show goals down to this level.")
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="The date progress is judged on (YYYY-MM-DD). Default: today."
        ),
    ] = None,
    output_format: Annotated[
        TreeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TreeFormat.text,
    lang: Annotated[
        Language | None, typer.Option("--lang", "-l", help="Language. Default: the plan's.")
    ] = None,
) -> None:
    """Show the cascade from the mission down, with progress and status.

    Each goal shows its id, title, level, owner, perspective, a progress bar, its
    score and its status (green, amber, red or no data; "behind plan" when it is
    below the progress expected by the as-of date). An objective's score is the
    weighted mean of its own measures and of its children.

    Examples:

      prestatie tree examples/gouden-korst --as-of 2026-06-30

      prestatie tree --from SD-1 --depth 2

      prestatie tree --level operational --format json
    """
    from prestatie import tree as tree_module
    from prestatie.plan import load, targets

    day = _as_of(as_of)
    (target,) = targets([path] if path else [], Path.cwd())[:1]
    plan = load(target)
    request = tree_module.TreeRequest(start, depth, level.value if level else None)
    roots = tree_module.build(plan, day, request)
    if output_format is TreeFormat.json:
        payload = {"as_of": day.isoformat(), "roots": [r.as_dict() for r in roots]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    from prestatie.reporters import tree_text

    tree_text.render(
        roots,
        sys.stdout,
        color=use_color(sys.stdout),
        lang=lang.value if lang else plan.config.language,
        perspectives=plan.config.perspectives,
        as_of=day.isoformat(),
    )


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
