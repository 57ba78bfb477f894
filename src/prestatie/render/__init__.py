"""Rendering: text, JSON and Markdown for findings, the tree, balance, analysis and
explain, and findings in the CI formats (GitHub, GitLab, SARIF, JUnit). Core functions
never print; these do. Findings renderers are chosen by name.

May import every layer below (`rules` for rule texts); never `scaffold` or `cli`.
"""

from __future__ import annotations

from typing import Protocol, TextIO

from prestatie.findings import CheckResult
from prestatie.i18n import Speaker
from prestatie.render import ci_github, ci_gitlab, ci_junit, ci_sarif, findings_md
from prestatie.render import json as json_reporter
from prestatie.render import text as text_reporter
from prestatie.render.layout import View


class Reporter(Protocol):
    def __call__(
        self,
        result: CheckResult,
        out: TextIO,
        color: bool,
        speaker: Speaker,
        view: View | None = None,
    ) -> None: ...


REPORTER_BY_NAME: dict[str, Reporter] = {
    "text": text_reporter.render,
    "json": json_reporter.render,
    "md": findings_md.render,
    "github": ci_github.render,
    "gitlab": ci_gitlab.render,
    "sarif": ci_sarif.render,
    "junit": ci_junit.render,
}
