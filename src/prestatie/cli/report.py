"""`prestatie report`: the plan as a handout, in Markdown or HTML."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli.common import (
    AsOfOption,
    Include,
    LangOption,
    PathArgument,
    StrictOption,
    as_of_date,
    handled,
    load_plan,
    people_included,
    plan_errors,
    speak,
)
from prestatie.cli.output import ForceOption, check_target, deliver, format_of
from prestatie.errors import UsageError
from prestatie.i18n import msg


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    pdf = "pdf"


#: The format an output file's suffix asks for.
SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def output_format(chosen: ReportFormat | None, output: Path | None) -> str:
    """`--format`, else the suffix of `-o`, else Markdown."""
    value = None if chosen is None else chosen.value
    return format_of(value, output, SUFFIXES, "md", "report.unknown-format")


def sections_of(names: list[str] | None) -> list[str] | None:
    from prestatie.render.report import SECTIONS

    if not names:
        return None
    for name in names:
        if name not in SECTIONS:
            raise UsageError(msg("report.unknown-section", value=name, sections=list(SECTIONS)))
    return names


def pdf_target(output: Path | None, force: bool) -> None:
    """Refuse a PDF before printing it: never to a terminal, never over a file without
    --force (the atomic write checks again, at the end)."""
    check_target(output, force, msg("report.pdf.terminal"))


@handled
def report(
    path: PathArgument = None,
    chosen: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="md|html|pdf",
            help="Output format. Default: from the suffix of -o (.md, .html, .pdf), else md. "
            "pdf prints the HTML report with Chromium (apt-get install chromium, or set "
            "PRESTATIE_CHROMIUM).",
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
    force: ForceOption = False,
    lang: LangOption = None,
    as_of: AsOfOption = None,
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
            help="Also show the person files (names, functions, personal objectives) and "
            "the findings in them. Without it a report holds no personal data, only "
            "anonymous figures (number of people, share with a POP, ratings per unit "
            "of 5 people or more).",
            show_default=False,
        ),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Show a person's id wherever their name would appear (the people "
            "section, owners that name a person).",
        ),
    ] = False,
    person: Annotated[
        str | None,
        typer.Option(
            "--person",
            metavar="ID",
            help="Write the agreement form (afsprakenformulier) of the person with this "
            "id instead of the plan report: personal objectives with their line of sight "
            "to the mission, competences and gaps, POP, reviews, appraisal, suggested "
            "reward and signature lines.",
            show_default=False,
        ),
    ] = None,
    everyone: Annotated[
        bool,
        typer.Option(
            "--people",
            help="Write the agreement form of every person: with -o DIR (a folder, or a "
            "path without suffix) one file per person named by their id, else one file "
            "(or standard output) with a page break between the forms.",
        ),
    ] = False,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            metavar="UNIT",
            help="With --people: only the people of this unit (and the units under it).",
            show_default=False,
        ),
    ] = None,
    strict: StrictOption = False,
) -> None:
    """Write the plan as a handout for a management meeting, in Markdown, HTML or PDF.

    Sections: the cover (mission, vision, values, strategy), a summary on one page,
    the strategic analysis (SWOT, confrontation matrix, Porter), the cascade with
    progress and status, each scorecard with its strategy map, balance, the OKR
    and OGSM one-pagers and the validation summary. A plan with errors still gets
    its report, with the errors listed at the top; --strict refuses it. Person
    files stay out unless --include people: without it only anonymous figures
    about them (--redact: ids instead of names).

    Examples:

      prestatie report examples/gouden-korst -o rapport.html

      prestatie report --as-of 2026-06-30 > rapport.md

      prestatie report --section summary --section balance --lang en

      prestatie report --include people -o intern.html --force

      prestatie report --include people --redact -o gepseudonimiseerd.md

      prestatie report examples/gouden-korst -o rapport.pdf

      prestatie report examples/gouden-korst --person p-0231 -o afspraken.html

      prestatie report --people --unit Verkoop -o formulieren/ --format pdf
    """
    from prestatie.cli import report_form
    from prestatie.render.report import build, render_html, render_markdown

    speak(lang)
    forms = report_form.check_options(person, everyone, unit, section)
    folder = forms and everyone and output is not None and report_form.is_folder(output)
    fmt = output_format(chosen, None if folder else output)
    sections = sections_of(section)
    day = as_of_date(as_of)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    if fmt == "pdf" and not folder:
        pdf_target(output, force)
    plan.as_of = day
    plan_errors(plan, strict)
    content: str | bytes
    if forms:
        ids = report_form.chosen_people(plan, person, unit)
        if folder:
            assert output is not None
            report_form.write_folder(plan, speaker, day, ids, fmt, output, force, redact)
            return
        content = report_form.content(plan, speaker, day, ids, fmt, redact)
        deliver(content, output, force, speaker, "report.wrote")
        return
    result = build(plan, speaker, day, sections, people_included(include), title, redact)
    if fmt == "pdf":
        from prestatie.cli.pdf import render_pdf

        content = render_pdf(render_html(result))
    else:
        content = render_html(result) if fmt == "html" else render_markdown(result)
    deliver(content, output, force, speaker, "report.wrote")
