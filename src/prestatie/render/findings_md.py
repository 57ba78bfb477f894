"""Findings as a GitHub-flavoured Markdown table, for a pull-request comment."""

from __future__ import annotations

from typing import TextIO

from prestatie.findings import CheckResult
from prestatie.i18n import Speaker
from prestatie.render.common import md_escape, md_text
from prestatie.render.text import summary_line

_COLUMNS = ("report.severity", "report.code", "report.place", "report.message")


def render(result: CheckResult, out: TextIO, color: bool, speaker: Speaker) -> None:
    """The summary line in bold, then one table row per finding (its hint below the
    message); `color` is not used in Markdown."""
    summary = summary_line(result.summary, speaker)
    out.write(f"**{md_text(summary)}**\n")
    if not result.findings:
        return
    header = " | ".join(md_escape(speaker.text(id)) for id in _COLUMNS)
    out.write(f"\n| {header} |\n|---|---|---|---|\n")
    for f in result.findings:
        place = f.file if not f.line else f"{f.file}:{f.line}:{f.column}"
        message = md_text(speaker.say(f.message))
        if f.hint is not None:
            message += "<br>" + md_text(speaker.text("summary.hint", hint=f.hint))
        severity = md_escape(speaker.word("severity", f.severity))
        out.write(f"| {severity} | `{f.code}` | {md_escape(place)} | {message} |\n")
