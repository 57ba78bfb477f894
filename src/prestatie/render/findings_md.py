"""Findings as GitHub-flavoured Markdown, for a pull-request comment: per plan the
summary line in bold, then the findings in the order and with the folding of the text
output (`layout`): "fix these first", the other findings, repeats past the limit as one
line; with `--all`, what follows from a finding is listed right under it, marked
"follows from FILE:LINE CODE"."""

from __future__ import annotations

from typing import TextIO

from prestatie.findings import CheckResult, Finding
from prestatie.i18n import Speaker
from prestatie.render.common import md_escape, md_text
from prestatie.render.layout import Section, View, arrange
from prestatie.render.text import plans_of, statistics_rows, summary_line

_COLUMNS = ("report.severity", "report.code", "report.place", "report.message")
_STATISTICS = ("summary.count", "report.code", "report.severity", "summary.rule")


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    """Each plan (under a heading when there are several), then a total line; `color` is
    not used in Markdown."""
    view = view or View()
    plans = plans_of(result)
    several = len(plans) > 1
    written = False
    for plan in plans:
        if view.quiet and not plan.findings:
            continue  # quiet: nothing at all for a clean plan
        if written:
            out.write("\n")
        written = True
        if several:
            out.write(f"### {md_text(speaker.text('summary.plan', root=plan.root))}\n\n")
        if not view.quiet:
            out.write(f"**{md_text(summary_line(plan.summary, speaker, where=True))}**\n")
        if view.statistics:
            _statistics(plan.findings, out, speaker, view)
        else:
            _findings(plan.findings, out, speaker, view)
    if several and not view.quiet:
        counts = summary_line(result.summary, speaker, where=True)
        total = speaker.text("summary.total", plans=len(plans), counts=counts)
        out.write(f"\n**{md_text(total)}**\n")


def _findings(findings: list[Finding], out: TextIO, speaker: Speaker, view: View) -> None:
    layout = arrange(findings, view)
    first = bool(layout.first)
    blank = not view.quiet
    if first:
        count = len(layout.first.entries) + sum(n for _, n in layout.first.repeats)
        heading = (
            speaker.text("summary.first.follow", count=count, follow=layout.consequences)
            if layout.consequences
            else speaker.text("summary.first", count=count)
        )
        out.write(("\n" if blank else "") + f"**{md_text(heading)}**\n")
        _section(layout.first, out, speaker, view)
        blank = True
    if layout.rest:
        if first:
            out.write(f"\n**{md_text(speaker.text('summary.rest'))}**\n")
        elif blank:
            out.write("\n")
        _section(layout.rest, out, speaker, view, lead=first)


def _section(
    section: Section, out: TextIO, speaker: Speaker, view: View, lead: bool = True
) -> None:
    if section.entries:
        header = " | ".join(md_escape(speaker.text(id)) for id in _COLUMNS)
        out.write(f"{chr(10) if lead else ''}| {header} |\n|---|---|---|---|\n")
    for entry in section.entries:
        folded = None
        if entry.followers and not view.everything:
            folded = speaker.text("summary.folded", count=len(entry.followers))
        _row(entry.finding, out, speaker, folded)
        if view.everything:
            for follower in entry.followers:
                _row(follower, out, speaker, None, root=entry.finding)
    if section.repeats:
        out.write("\n")
        for code, more in section.repeats:
            out.write(
                md_text(speaker.text("summary.repeats", count=more, code=f"`{code}`")) + "  \n"
            )


def _place(f: Finding) -> str:
    return f.file if not f.line else f"{f.file}:{f.line}:{f.column}"


def _row(
    f: Finding, out: TextIO, speaker: Speaker, folded: str | None, root: Finding | None = None
) -> None:
    message = md_text(speaker.say(f.message))
    if f.hint is not None:
        message += "<br>" + md_text(speaker.text("summary.hint", hint=f.hint))
    if root is not None:
        place = root.file if not root.line else f"{root.file}:{root.line}"
        marker = speaker.text("summary.follows-from", place=place, code=f"`{root.code}`")
        message += f"<br>*{md_text(marker)}*"
    if folded is not None:
        message += f"<br>*{md_text(folded)}*"
    severity = md_escape(speaker.word("severity", f.severity))
    out.write(f"| {severity} | `{f.code}` | {md_escape(_place(f))} | {message} |\n")


def _statistics(findings: list[Finding], out: TextIO, speaker: Speaker, view: View) -> None:
    rows = statistics_rows(findings, speaker)
    if not rows:
        return
    header = " | ".join(md_escape(speaker.text(id)) for id in _STATISTICS)
    out.write(("\n" if not view.quiet else "") + f"| {header} |\n|--:|---|---|---|\n")
    for count, code, severity, title in rows:
        out.write(f"| {count} | `{code}` | {md_escape(severity)} | {md_text(title)} |\n")
