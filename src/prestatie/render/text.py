"""Findings as text: grouped by file, `file:line:column: severity code message`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from prestatie.findings import CheckResult, Finding, Summary
from prestatie.i18n import Speaker
from prestatie.render.common import terminal_safe

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def _encodable(out: TextIO) -> Callable[[str], str]:
    """Escape what the stream cannot encode (a cp1252 pipe, an ASCII locale) instead of failing."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    return lambda text: text.encode(encoding, "backslashreplace").decode(encoding)


def line_of(finding: Finding, color: bool, speaker: Speaker) -> str:
    place = f"{terminal_safe(finding.file)}:{finding.line}:{finding.column}"
    severity = speaker.word("severity", finding.severity)
    if color:
        severity = f"{_COLORS.get(finding.severity, '')}{severity}{_RESET}"
        place = f"{_BOLD}{place}{_RESET}"
    return f"{place}: {severity} {finding.code} {terminal_safe(speaker.say(finding.message))}"


def render(result: CheckResult, out: TextIO, color: bool, speaker: Speaker) -> None:
    safe = _encodable(out)
    current: str | None = None
    for finding in result.findings:
        if finding.file != current:
            if current is not None:
                out.write("\n")
            current = finding.file
        out.write(safe(line_of(finding, color, speaker)) + "\n")
        if finding.hint is not None:
            text = speaker.text("summary.hint", hint=finding.hint)
            hint = safe(f"    {terminal_safe(text)}")
            out.write(f"{_DIM}{hint}{_RESET}\n" if color else hint + "\n")
    s = result.summary
    if result.findings:
        out.write("\n")
    summary = summary_line(s, speaker)
    if color:
        tone = _COLORS["error"] if s.error else (_COLORS["warning"] if s.warning else "\033[32m")
        summary = f"{tone}{summary}{_RESET}"
    out.write(summary + "\n")


def summary_line(s: Summary, speaker: Speaker) -> str:
    """`0 fouten, 7 waarschuwingen, 0 meldingen in 3 bestanden (10 onderdelen)`."""
    line = speaker.text(
        "summary.counts",
        errors=s.error,
        warnings=s.warning,
        infos=s.info,
        files=s.files,
        items=s.items,
    )
    if s.unlisted:
        line += speaker.text("summary.unlisted", count=s.unlisted)
    return line


def notices(result: CheckResult, err: TextIO, speaker: Speaker) -> None:
    """The run's notices, one line each, for stderr (beside any output format on stdout)."""
    safe = _encodable(err)
    for notice in result.notices:
        line = speaker.text("summary.notice", text=notice)
        err.write(safe(f"prestatie: {terminal_safe(line)}") + "\n")
