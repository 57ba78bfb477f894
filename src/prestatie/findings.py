"""Findings: problems in a plan, as data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

#: At most this many characters of plan text are quoted in a message or hint.
EXCERPT = 60
#: A message or hint never grows beyond this, whatever it quotes (ids included).
MAX_TEXT = 400


def clip(value: str, limit: int = EXCERPT) -> str:
    """The start of `value`, at most `limit` characters, with `…` when it was cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def quote(value: object, limit: int = EXCERPT) -> str:
    """Plan text as messages quote it: `'Omzet groeit'`, cut to a short excerpt."""
    return repr(clip(value if isinstance(value, str) else str(value), limit))


@dataclass(slots=True)
class Finding:
    """One problem at one place. `line` and `column` are 1-based; 0 means "whole file".

    `severity` is left empty by most rules: the rule's default applies. A rule may
    set it to report one finding milder than its code's default (an unaddressed
    opportunity is info, an unaddressed threat a warning); `validate.finalise`
    then writes the effective severity, and the plan's `rules:` setting wins.

    `more` is set where a check stops listing findings of one kind (the YAML reader
    after 100 of a code per file, the schema check after 50 per document): one last
    finding of that code says how many more there are, and the summary counts it as
    those `more` findings, not as one (`Summary.unlisted`).
    """

    code: str
    message: str
    file: str
    line: int = 0
    column: int = 0
    hint: str | None = None
    item: str | None = None
    severity: str = ""
    more: int = 0

    def __post_init__(self) -> None:
        # The last guard: a message quoting a 5 MB id or title stays one short line.
        if len(self.message) > MAX_TEXT:
            self.message = clip(self.message, MAX_TEXT)
        if self.hint is not None and len(self.hint) > MAX_TEXT:
            self.hint = clip(self.hint, MAX_TEXT)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "hint": self.hint,
            "item": None if self.item is None else clip(self.item, MAX_TEXT),
        }


@dataclass(slots=True)
class Summary:
    """Findings by severity, counting those not listed; `unlisted` says how many of them
    are only counted (see `Finding.more`)."""

    error: int = 0
    warning: int = 0
    info: int = 0
    files: int = 0
    items: int = 0
    unlisted: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "error": self.error,
            "warning": self.warning,
            "info": self.info,
            "files": self.files,
            "items": self.items,
            "unlisted": self.unlisted,
        }


@dataclass(slots=True)
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    #: Remarks about the run itself, for stderr: paths named that are not part of a plan.
    notices: list[str] = field(default_factory=list)

    def failing(self, strict: bool = False) -> bool:
        if self.summary.error:
            return True
        return strict and self.summary.warning > 0


def summarise(findings: Iterable[Finding], files: int, items: int) -> Summary:
    summary = Summary(files=files, items=items)
    for f in findings:
        count = f.more or 1
        summary.unlisted += f.more
        if f.severity == "error":
            summary.error += count
        elif f.severity == "warning":
            summary.warning += count
        else:
            summary.info += count
    return summary
