"""`prestatie validate`: every finding of the plan, with file:line:column."""

from __future__ import annotations

import os
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli.common import (
    ColorChoice,
    ColorOption,
    LangOption,
    as_of_date,
    handled,
    speak,
    use_color,
)
from prestatie.errors import UsageError
from prestatie.i18n import msg
from prestatie.render.layout import REPEAT_LIMIT


class PathBase(StrEnum):
    cwd = "cwd"
    root = "root"


#: The formats read by CI systems, whose paths are relative to the repository's root.
CI_FORMATS = ("github", "gitlab", "sarif", "junit")


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
    path_base: Annotated[
        PathBase,
        typer.Option(
            "--path-base",
            help="What the paths shown are relative to: cwd, the current folder (the CI "
            "formats: the repository's root), or root, the plan's root folder.",
        ),
    ] = PathBase.cwd,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="With PATH `-`: check the text read from stdin as the plan file NAME "
            "(it need not exist), in the plan around it.",
            show_default=False,
        ),
    ] = None,
    only_plan_files: Annotated[
        bool,
        typer.Option(
            "--only-plan-files",
            help="Skip a PATH that lies in no plan (no prestatie.yaml above it), with a note, "
            "instead of checking it as a plan of its own: for hooks that pass every YAML file.",
        ),
    ] = False,
    lang: LangOption = None,
    color_choice: ColorOption = ColorChoice.auto,
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

      git show :goals/a.yaml | prestatie validate - --stdin-filename goals/a.yaml
    """
    from prestatie.i18n import speaker_for, use
    from prestatie.render import REPORTER_BY_NAME
    from prestatie.render.layout import View
    from prestatie.render.text import notices
    from prestatie.rules.engine import selection
    from prestatie.rules.engine import validate as check
    from prestatie.source.workspace import repository_root

    speak(lang)  # errors before a plan is read
    choose = selection(select or [], ignore or [], severity)
    given = read_stdin(paths or [], stdin_filename)
    cwd = Path.cwd()
    base = repository_root(cwd) if output_format.value in CI_FORMATS else cwd
    result = check(
        [] if given else paths or [],
        cwd,
        as_of=as_of_date(as_of) if as_of else None,
        choose=choose,
        path_base=path_base.value,
        base=base,
        stdin=given,
        plan_files_only=only_plan_files,
    )
    speaker = use(speaker_for(lang.value if lang else None, result.language, result.perspectives))
    notices(result, sys.stderr, speaker)
    view = View(show_all, statistics, quiet, width_of(sys.stdout))
    color = use_color(sys.stdout)
    REPORTER_BY_NAME[output_format.value](result, sys.stdout, color, speaker, view)
    raise typer.Exit(1 if result.failing(strict) and not exit_zero else 0)


def read_stdin(paths: list[str], name: str | None) -> tuple[str | None, bytes] | None:
    """The text of `validate -` and the name to check it under; None without `-`.
    `-` stands alone, and --stdin-filename needs it."""
    from prestatie.source.files import MAX_FILE_BYTES, STDIN

    if STDIN not in paths:
        if name is not None:
            raise UsageError(msg("cli.stdin-filename-alone"))
        return None
    if len(paths) > 1:
        raise UsageError(msg("cli.stdin-alone"))
    return name, sys.stdin.buffer.read(MAX_FILE_BYTES + 1)


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
