"""Findings: problems in a plan, as data."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from prestatie.i18n import EXCERPT, MAX_TEXT, Msg, Speaker, clip

__all__ = [
    "BLOCKING",
    "EXCERPT",
    "MAX_TEXT",
    "SEVERITIES",
    "SEVERITY_RANK",
    "CheckResult",
    "Finding",
    "PlanResult",
    "Summary",
    "blocking",
    "clip",
    "quote",
    "relocated",
    "shown_path",
    "start_file",
    "summarise",
    "total",
]

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

#: Code prefixes of findings that stop part of the plan from being read (a file that
#: cannot be read or parsed, a document of unknown kind): "fix these first".
BLOCKING = ("file/", "yaml/", "schema/unknown-kind")
#: Reading findings that lose nothing of the plan.
_NOT_BLOCKING = frozenset({"yaml/empty"})


def blocking(code: str) -> bool:
    """Whether a finding of `code` stops part of the plan from being read."""
    return code.startswith(BLOCKING) and code not in _NOT_BLOCKING


def quote(value: object, limit: int = EXCERPT) -> str:
    """Plan text as messages quote it: `'Omzet groeit'`, cut to a short excerpt."""
    return repr(clip(value if isinstance(value, str) else str(value), limit))


@dataclass(slots=True)
class Finding:
    """One problem at one place. `line` and `column` are 1-based; 0 means "whole file".

    `message` and `hint` are catalogue messages (`msg("ref/unknown-parent", ...)`),
    rendered in the run's language when printed; `str(finding.message)` is English.

    `severity` is left empty by most rules: the rule's default applies. A rule may
    set it to report one finding milder than its code's default (an unaddressed
    opportunity is info, an unaddressed threat a warning); `validate.finalise`
    then writes the effective severity, and the plan's `rules:` setting wins.

    `more` is set where a check stops listing findings of one kind (the YAML reader
    after 100 of a code per file, the schema check after 50 per document): one last
    finding of that code says how many more there are, and the summary counts it as
    those `more` findings, not as one (`Summary.unlisted`).

    `follows` is set when the finding is a consequence of another one (an unknown parent
    that is defined in a file that could not be read, the balance findings that one
    misspelt perspective sets off): the `key()` of that root finding.
    """

    code: str
    message: Msg
    file: str
    line: int = 0
    column: int = 0
    hint: Msg | None = None
    item: str | None = None
    severity: str = ""
    more: int = 0
    follows: tuple[str, int, int, str] | None = None

    def key(self) -> tuple[str, int, int, str]:
        """What names this finding: its place and code (`follows` holds one)."""
        return (self.file, self.line, self.column, self.code)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)

    def as_dict(self, speaker: Speaker | None = None) -> dict[str, object]:
        """The finding for machine output: rendered texts beside their ids and arguments."""
        sp = speaker or Speaker("en")
        message = self.message.as_json()
        hint = None if self.hint is None else self.hint.as_json()
        return {
            "code": self.code,
            "severity": self.severity,
            "message": sp.say(self.message),
            "message_id": message["id"],
            "args": message["args"],
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "hint": None if self.hint is None else sp.say(self.hint),
            "hint_id": None if hint is None else hint["id"],
            "hint_args": None if hint is None else hint["args"],
            "item": None if self.item is None else clip(self.item, MAX_TEXT),
            "follows": None
            if self.follows is None
            else dict(zip(("file", "line", "column", "code"), self.follows, strict=True)),
        }


@dataclass(slots=True)
class Summary:
    """Findings by severity, counting those not listed; `unlisted` says how many of them
    are only counted (see `Finding.more`).

    `where` is the number of files with a finding, `start` the file to begin with
    (`start_file`; empty when there is none), `left_out` the number of findings the
    command line's selection (`--select`, `--ignore`, `--severity`) did not show; the
    counts are of the findings shown.
    """

    error: int = 0
    warning: int = 0
    info: int = 0
    files: int = 0
    items: int = 0
    unlisted: int = 0
    where: int = 0
    start: str = ""
    left_out: int = 0

    def as_dict(self) -> dict[str, int | str | None]:
        return {
            "error": self.error,
            "warning": self.warning,
            "info": self.info,
            "files": self.files,
            "items": self.items,
            "unlisted": self.unlisted,
            "files_with_findings": self.where,
            "start": self.start or None,
            "left_out": self.left_out,
        }


@dataclass(slots=True)
class PlanResult:
    """The findings of one plan of a run, with its own summary. `root` is the plan's
    folder (or lone file) as the run shows it: relative to the current folder when it
    lies inside it, else absolute."""

    root: str
    findings: list[Finding] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    #: What the findings' paths are relative to: "root" the plan's root, "cwd" the
    #: folder the run shows paths from (the current one; for CI the repository's root).
    paths: str = "root"


@dataclass(slots=True)
class CheckResult:
    """A run of `validate`: each plan's result, and the findings and summary of all of
    them together (`findings` in plan order, `summary` the totals)."""

    findings: list[Finding] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    plans: list[PlanResult] = field(default_factory=list)
    #: Remarks about the run itself, for stderr: paths named that are not part of a plan.
    notices: list[Msg] = field(default_factory=list)
    #: The language of the (first) plan checked, None when it sets none.
    language: str | None = None
    #: Perspective labels of that plan in each language: {"nl": {"customer": "Klant"}}.
    perspectives: dict[str, dict[str, str]] = field(default_factory=dict)

    def failing(self, strict: bool = False) -> bool:
        if self.summary.error:
            return True
        return strict and self.summary.warning > 0


def summarise(findings: Iterable[Finding], files: int, items: int) -> Summary:
    summary = Summary(files=files, items=items)
    listed = list(findings)
    for f in listed:
        count = f.more or 1
        summary.unlisted += f.more
        if f.severity == "error":
            summary.error += count
        elif f.severity == "warning":
            summary.warning += count
        else:
            summary.info += count
    summary.where = len({f.file for f in listed})
    summary.start = start_file(listed)
    return summary


def shown_path(path: Path, cwd: Path) -> str:
    """A path as a run shows it: relative to `cwd` (`.`, `winkels.yaml`, `../b/x.yaml`), as
    ruff and yamllint print them, or absolute when the two share no folder but the file
    system's root (or lie on different drives)."""
    try:
        common = Path(os.path.commonpath([path, cwd]))
        if common == Path(common.anchor):
            return path.as_posix()
        return Path(os.path.relpath(path, cwd)).as_posix()
    except ValueError:  # another drive
        return path.as_posix()


def relocated(findings: Iterable[Finding], folder: Path, cwd: Path) -> list[Finding]:
    """The findings with their paths (and those of the findings they follow) relative to
    `cwd` instead of the plan folder `folder` (`--path-base cwd`, see `shown_path`)."""
    names: dict[str, str] = {}

    def name(rel: str) -> str:
        shown = names.get(rel)
        if shown is None:
            shown = names[rel] = shown_path(folder / rel, cwd) if rel else rel
        return shown

    out: list[Finding] = []
    for f in findings:
        follows = f.follows
        if follows is not None:
            follows = (name(follows[0]), *follows[1:])
        out.append(replace(f, file=name(f.file), follows=follows))
    return out


def start_file(findings: Sequence[Finding]) -> str:
    """The file to begin with: that of the first finding that stops part of the plan
    from being read; else, of the findings that do not follow from another, the file
    with the most errors (else warnings), the first such file on a tie; "" when there
    are only info findings or none."""
    for f in findings:
        if blocking(f.code):
            return f.file
    for severity in ("error", "warning"):
        counts: Counter[str] = Counter()
        for f in findings:
            if f.severity == severity and f.follows is None:
                counts[f.file] += f.more or 1
        if counts:
            return counts.most_common(1)[0][0]  # ties keep the first file counted
    return ""


def total(summaries: Sequence[Summary]) -> Summary:
    """The summaries of several plans added up (`start` only when there is one plan)."""
    out = Summary()
    for s in summaries:
        out.error += s.error
        out.warning += s.warning
        out.info += s.info
        out.files += s.files
        out.items += s.items
        out.unlisted += s.unlisted
        out.where += s.where
        out.left_out += s.left_out
    if len(summaries) == 1:
        out.start = summaries[0].start
    return out
