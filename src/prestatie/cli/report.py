"""`prestatie report`: the plan as a handout, in Markdown or HTML."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli.common import LangOption, as_of_date, handled, speak
from prestatie.cli.figures import PathArgument, _load
from prestatie.errors import UsageError
from prestatie.i18n import msg


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


class Include(StrEnum):
    people = "people"


#: The format an output file's suffix asks for.
SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def output_format(chosen: ReportFormat | None, output: Path | None) -> str:
    """`--format`, else the suffix of `-o`, else Markdown."""
    if chosen is not None:
        return chosen.value
    if output is None:
        return "md"
    found = SUFFIXES.get(output.suffix.lower())
    if found is None:
        raise UsageError(msg("report.unknown-format", path=str(output)))
    return found


def sections_of(names: list[str] | None) -> list[str] | None:
    from prestatie.render.report import SECTIONS

    if not names:
        return None
    for name in names:
        if name not in SECTIONS:
            raise UsageError(msg("report.unknown-section", value=name, sections=list(SECTIONS)))
    return names


@handled
def report(
    path: PathArgument = None,
    chosen: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="md|html",
            help="Output format. Default: from the suffix of -o (.md, .html), else md.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the report to FILE (never over an existing file without --force). "
            "Default: standard output.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the file of -o when it exists.")
    ] = False,
    lang: LangOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="The date progress is judged on. Default: today.",
            show_default=False,
        ),
    ] = None,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section",
            "-s",
            metavar="NAME",
            help="Show only this section; repeat for several. Sections: cover, summary, "
            "analysis, cascade, scorecards, balance, okrs, ogsm, validation.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            metavar="TEXT",
            help="The report's title. Default: the plan's name.",
            show_default=False,
        ),
    ] = None,
    include: Annotated[
        list[Include] | None,
        typer.Option(
            "--include",
            metavar="people",
            help="Also show the person files (names, functions, personal objectives). "
            "Without it a report holds no personal data, only their number.",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse a plan with errors (exit 1) instead of warning."),
    ] = False,
) -> None:
    """Write the plan as a handout for a management meeting, in Markdown or HTML.

    Sections: the cover (mission, vision, values, strategy), a summary on one page,
    the strategic analysis (SWOT, confrontation matrix, Porter), the cascade with
    progress and status, each scorecard with its strategy map, balance, the OKR
    and OGSM one-pagers and the validation summary. A plan with errors still gets
    its report, with the errors listed at the top; --strict refuses it. Person
    files stay out unless --include people.

    Examples:

      prestatie report examples/gouden-korst -o rapport.html

      prestatie report --as-of 2026-06-30 > rapport.md

      prestatie report --section summary --section balance --lang en

      prestatie report --include people -o intern.html --force
    """
    from prestatie.render.report import build, render_html, render_markdown

    speak(lang)
    fmt = output_format(chosen, output)
    sections = sections_of(section)
    day = as_of_date(as_of)
    plan = _load(path)
    speaker = speak(lang, plan.config)
    result = build(plan, speaker, day, sections, bool(include), title)
    if strict and result.errors:
        from prestatie.render.common import terminal_safe

        for line in result.errors:
            where = f"{line.place}: " if line.place else ""
            text = f"{where}{line.severity_text} {line.code} {line.message}"
            sys.stderr.write(terminal_safe(text) + "\n")
        refused = speaker.text("report.refused", errors=len(result.errors))
        sys.stderr.write(f"prestatie: {terminal_safe(refused)}\n")
        raise typer.Exit(1)
    text = render_html(result) if fmt == "html" else render_markdown(result)
    if output is None:
        sys.stdout.write(text)
        return
    from prestatie.render.common import terminal_safe
    from prestatie.source.write import write_atomic

    write_atomic(output, text, force=force)
    wrote = speaker.text("report.wrote", path=str(output))
    sys.stderr.write(f"prestatie: {terminal_safe(wrote)}\n")
