"""Findings as text: grouped by file, `file:line:column: severity code message`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from prestatie.findings import CheckResult, Finding
from prestatie.render.common import terminal_safe

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def _encodable(out: TextIO) -> Callable[[str], str]:
    """Escape what the stream cannot encode (a cp1252 pipe, an ASCII locale) instead of failing."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    return lambda text: text.encode(encoding, "backslashreplace").decode(encoding)


def line_of(finding: Finding, color: bool) -> str:
    place = f"{terminal_safe(finding.file)}:{finding.line}:{finding.column}"
    severity = finding.severity
    if color:
        severity = f"{_COLORS.get(severity, '')}{severity}{_RESET}"
        place = f"{_BOLD}{place}{_RESET}"
    return f"{place}: {severity} {finding.code} {terminal_safe(finding.message)}"


def render(result: CheckResult, out: TextIO, color: bool = False) -> None:
    safe = _encodable(out)
    current: str | None = None
    for finding in result.findings:
        if finding.file != current:
            if current is not None:
                out.write("\n")
            current = finding.file
        out.write(safe(line_of(finding, color)) + "\n")
        if finding.hint:
            hint = safe(f"    hint: {terminal_safe(finding.hint)}")
            out.write(f"{_DIM}{hint}{_RESET}\n" if color else hint + "\n")
    s = result.summary
    if result.findings:
        out.write("\n")
    plural = "s" if s.files != 1 else ""
    summary = (
        f"{s.error} error{'s' if s.error != 1 else ''}, "
        f"{s.warning} warning{'s' if s.warning != 1 else ''}, {s.info} info "
        f"in {s.files} file{plural} ({s.items} items)"
    )
    if s.unlisted:
        summary += f"; {s.unlisted} of these are counted, not listed"
    if color:
        tone = _COLORS["error"] if s.error else (_COLORS["warning"] if s.warning else "\033[32m")
        summary = f"{tone}{summary}{_RESET}"
    out.write(summary + "\n")


def notices(result: CheckResult, err: TextIO) -> None:
    """The run's notices, one line each, for stderr (beside any output format on stdout)."""
    safe = _encodable(err)
    for notice in result.notices:
        err.write(safe(f"prestatie: note: {terminal_safe(notice)}") + "\n")
