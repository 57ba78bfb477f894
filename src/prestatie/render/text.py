"""Findings as text: `file:line:column: severity code message`, laid out per plan.

For each plan (under a heading when the run checks several): the findings that stop
part of the plan from being read first ("fix these first"), then the others grouped by
file; what follows from a finding and repeats past the limit are folded (`layout`);
then the plan's summary line, and after several plans one total line. A finding's own
line is never wrapped (editors and CI read it); hints and the other lines are wrapped
to `View.width` when it is set.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TextIO

from prestatie.findings import CheckResult, Finding, PlanResult, Summary
from prestatie.i18n import Speaker
from prestatie.render.common import terminal_safe
from prestatie.render.layout import Entry, Section, View, arrange, statistics

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_GREEN = "\033[32m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"
_STEP = "    "


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


def plans_of(result: CheckResult) -> list[PlanResult]:
    """The result's plans; a result built without them is one plan."""
    return result.plans or [PlanResult(".", result.findings, result.summary)]


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    _Writer(out, color, speaker, view or View()).run(result)


class _Writer:
    def __init__(self, out: TextIO, color: bool, speaker: Speaker, view: View) -> None:
        self.out = out
        self.safe = _encodable(out)
        self.color = color
        self.speaker = speaker
        self.view = view
        self.hang = " " * len(speaker.text("summary.hint", hint=""))

    def line(self, text: str = "", style: str = "") -> None:
        shown = self.safe(text)
        self.out.write(
            f"{style}{shown}{_RESET}\n" if style and self.color and text else shown + "\n"
        )

    def wrapped(self, text: str, indent: str, hang: str = "", style: str = "") -> None:
        """Plan text made safe, wrapped to the width with a hanging indent."""
        safe = terminal_safe(text)
        width = self.view.width
        if width is None:
            self.line(indent + safe, style)
            return
        lines = textwrap.wrap(
            safe,
            width=max(width, len(indent) + len(hang) + 20),
            initial_indent=indent,
            subsequent_indent=indent + hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for one in lines or [indent]:
            self.line(one, style)

    def run(self, result: CheckResult) -> None:
        plans = plans_of(result)
        several = len(plans) > 1
        written = False
        for plan in plans:
            if self.view.quiet and not plan.findings:
                continue  # quiet: nothing at all for a clean plan
            if several:
                if written:
                    self.line()
                written = True
                self.wrapped(self.speaker.text("summary.plan", root=plan.root), "", "", _BOLD)
            self.plan(plan)
        if several and not self.view.quiet:
            counts = summary_line(result.summary, self.speaker, where=True)
            self.line()
            self.summary(
                self.speaker.text("summary.total", plans=len(plans), counts=counts), result.summary
            )

    def plan(self, plan: PlanResult) -> None:
        listed = self.statistics(plan.findings) if self.view.statistics else self.findings(plan)
        if self.view.quiet:
            return
        if listed:
            self.line()
        self.summary(summary_line(plan.summary, self.speaker, where=True), plan.summary)

    def summary(self, text: str, s: Summary) -> None:
        tone = _COLORS["error"] if s.error else (_COLORS["warning"] if s.warning else _GREEN)
        self.line(terminal_safe(text), tone)

    def findings(self, plan: PlanResult) -> bool:
        layout = arrange(plan.findings, self.view)
        sp = self.speaker
        if layout.first:
            count = len(layout.first.entries) + sum(n for _, n in layout.first.repeats)
            heading = (
                sp.text("summary.first.follow", count=count, follow=layout.consequences)
                if layout.consequences
                else sp.text("summary.first", count=count)
            )
            self.wrapped(heading, "", "", _BOLD)
            self.section(layout.first)
            if layout.rest:
                self.line()
                self.wrapped(sp.text("summary.rest"), "", "", _BOLD)
        self.section(layout.rest)
        return bool(layout.first or layout.rest)

    def section(self, section: Section) -> None:
        current: str | None = None
        for entry in section.entries:
            if entry.finding.file != current:
                if current is not None:
                    self.line()
                current = entry.finding.file
            self.entry(entry)
        if section.repeats:
            if section.entries:
                self.line()
            for code, more in section.repeats:
                text = self.speaker.text("summary.repeats", count=more, code=code)
                self.wrapped(text, "", _STEP, _DIM)

    def entry(self, entry: Entry) -> None:
        self.finding(entry.finding, "")
        if not entry.followers:
            return
        count = len(entry.followers)
        if not self.view.everything:
            self.wrapped(self.speaker.text("summary.folded", count=count), _STEP, _STEP, _DIM)
            return
        self.wrapped(self.speaker.text("summary.followers", count=count), _STEP, _STEP, _DIM)
        for follower in entry.followers:
            self.finding(follower, _STEP)

    def finding(self, finding: Finding, indent: str) -> None:
        self.line(indent + line_of(finding, self.color, self.speaker))
        if finding.hint is not None:
            hint = self.speaker.text("summary.hint", hint=finding.hint)
            self.wrapped(hint, indent + _STEP, self.hang, _DIM)

    def statistics(self, findings: list[Finding]) -> bool:
        rows = statistics_rows(findings, self.speaker)
        if not rows:
            return False
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for count, code, severity, title in rows:
            self.line(
                f"{count:>{widths[0]}}  {code:<{widths[1]}}  {severity:<{widths[2]}}  {title}"
            )
        return True


def statistics_rows(findings: list[Finding], speaker: Speaker) -> list[tuple[str, str, str, str]]:
    """(count, code, severity, rule title) per code and severity, most frequent first."""
    from prestatie.rules import catalog

    out = []
    for count, code, severity in statistics(findings):
        rule = catalog.get(code)
        title = rule.title.get(speaker.lang) if rule is not None else ""
        out.append((speaker.number(count), code, speaker.word("severity", severity), title))
    return out


def summary_line(s: Summary, speaker: Speaker, *, where: bool = False) -> str:
    """`0 fouten, 7 waarschuwingen, 0 meldingen in 3 bestanden (10 onderdelen)`; with
    `where`, as `validate` ends a plan: in how many of the files the findings are, the
    file to start at, and how many findings the selection left out."""
    args = {
        "errors": s.error,
        "warnings": s.warning,
        "infos": s.info,
        "files": s.files,
        "items": s.items,
    }
    if where and 0 < s.where < s.files:
        line = speaker.text("summary.counts-in", where=s.where, **args)
    else:
        line = speaker.text("summary.counts", **args)
    if s.unlisted:
        line += speaker.text("summary.unlisted", count=s.unlisted)
    if where and s.start:
        line += speaker.text("summary.start", file=s.start)
    if where and s.left_out:
        line += speaker.text("summary.left-out", count=s.left_out)
    return line


def notices(result: CheckResult, err: TextIO, speaker: Speaker) -> None:
    """The run's notices, one line each, for stderr (beside any output format on stdout)."""
    safe = _encodable(err)
    for notice in result.notices:
        line = speaker.text("summary.notice", text=notice)
        err.write(safe(f"prestatie: {terminal_safe(line)}") + "\n")
