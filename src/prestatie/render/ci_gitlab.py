"""Findings as a GitLab Code Quality report (Code Climate JSON): an array with, per
finding, `description` (the message and hint in the run's language), `check_name` (the
rule code), `fingerprint`, `severity` (error → major, warning → minor, info → info) and
`location` (`path` relative to the repository's root, `lines.begin`; 1 for a finding of a whole
file, which GitLab requires).

The fingerprint is a SHA-256 of the plan root, the file, the code and the message's id
and arguments, deliberately not the line: a finding whose line moves (a line inserted
above it) keeps its fingerprint, so a merge request does not show it as fixed and new.
Findings alike in all of these get the number of their occurrence in the file added, so
each fingerprint of a report is unique and stays the same from run to run."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TextIO

from prestatie.findings import CheckResult, Finding, PlanResult
from prestatie.i18n import Speaker
from prestatie.render.ci_common import each_finding, message_of
from prestatie.render.common import to_json
from prestatie.render.layout import View

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _identity(plan: PlanResult, finding: Finding) -> str:
    message = finding.message.as_json()
    return json.dumps(
        [plan.root, finding.file, finding.code, message["id"], message["args"]],
        sort_keys=True,
        ensure_ascii=True,
        allow_nan=False,
        default=str,
    )


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    """Every finding of the run, nothing folded; `color` and `view` are not used."""
    seen: Counter[str] = Counter()
    issues: list[dict[str, object]] = []
    for plan, finding in each_finding(result):
        identity = _identity(plan, finding)
        seen[identity] += 1
        if seen[identity] > 1:
            identity += f"#{seen[identity]}"
        issues.append(
            {
                "type": "issue",
                "description": message_of(finding, speaker, "; "),
                "check_name": finding.code,
                "fingerprint": hashlib.sha256(identity.encode("utf-8")).hexdigest(),
                "severity": SEVERITY.get(finding.severity, "info"),
                "location": {"path": finding.file, "lines": {"begin": max(finding.line, 1)}},
            }
        )
    out.write(to_json(issues, ascii_only=True) + "\n")
