"""What the CI reporters share (`--format github|gitlab|sarif|junit`): every finding of
the run with its plan, nothing folded, and its text in the run's language with the hint
after it. Paths are those of the findings: relative to the repository's root (the run
gives them so, see `source.workspace`), or with `--path-base root` to the plan's root."""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.findings import CheckResult, Finding, PlanResult
from prestatie.i18n import Speaker
from prestatie.render.text import plans_of


def each_finding(result: CheckResult) -> Iterator[tuple[PlanResult, Finding]]:
    """Every finding of the run with the plan it belongs to, in plan order."""
    for plan in plans_of(result):
        for finding in plan.findings:
            yield plan, finding


def message_of(finding: Finding, speaker: Speaker, joiner: str = " ") -> str:
    """The finding's message, then its hint (`hint: ...`), in the run's language."""
    text = speaker.say(finding.message)
    if finding.hint is not None:
        text += joiner + speaker.text("summary.hint", hint=finding.hint)
    return text
