"""Findings as GitHub Actions workflow commands, one line per finding:
`::error file=F,line=L,col=C,endLine=L,title=CODE::message` (a warning is `::warning`,
info `::notice`); a finding of a whole file (line 0) names only the file. The message
holds the hint. Escaping follows the workflow-command rules: `%`, CR and LF in the
message, and `:` and `,` too in the properties; other invisible characters become
visible escapes (`terminal_safe`), as in the text output."""

from __future__ import annotations

from typing import TextIO

from prestatie.findings import CheckResult, Finding
from prestatie.i18n import Speaker
from prestatie.render.ci_common import each_finding, message_of
from prestatie.render.common import terminal_safe
from prestatie.render.layout import View

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """A command's message: `%`, CR and LF escaped."""
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return terminal_safe(escaped)


def escape_property(value: str) -> str:
    """A property value: as the message, with `:` and `,` escaped too."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def line_of(finding: Finding, speaker: Speaker) -> str:
    props = [("file", finding.file)]
    if finding.line:
        props += [("line", str(finding.line))]
        if finding.column:
            props += [("col", str(finding.column))]
        props += [("endLine", str(finding.line))]
    props += [("title", finding.code)]
    properties = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    command = COMMAND.get(finding.severity, "notice")
    message = escape_data(message_of(finding, speaker, "\n"))
    return f"::{command} {properties}::{message}"


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    """Every finding of the run, nothing folded; `color` and `view` are not used."""
    for _, finding in each_finding(result):
        out.write(line_of(finding, speaker) + "\n")
