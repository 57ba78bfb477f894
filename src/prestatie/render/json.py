"""Findings as JSON on stdout, for editors, scripts and CI.

The shape is versioned: `version` is 1, and changes only when a field changes meaning
or goes away (new fields may be added). `root` is the plan's root as the run shows it
(relative to the current folder when it lies inside it) when the run checks one plan,
else null; the paths of the findings are relative to their plan's root.
`findings` and `summary` are those of the whole run; each finding names its `plan` (the
plan's root as the run shows it) and `follows` (the finding it is a consequence of, or
null); `plans` holds each plan's root and summary. Nothing is folded: every finding is
listed. With `--statistics`, `statistics` counts them per code and severity.
"""

from __future__ import annotations

import re
from typing import TextIO

from prestatie.findings import CheckResult
from prestatie.i18n import Speaker
from prestatie.render.common import to_json
from prestatie.render.layout import View, statistics
from prestatie.render.text import plans_of

#: The version of the JSON shape.
VERSION = 1

_SURROGATE = re.compile("[\ud800-\udfff]")


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    plans = plans_of(result)
    findings = []
    for plan in plans:
        for f in plan.findings:
            findings.append({**f.as_dict(speaker), "plan": plan.root})
    payload: dict[str, object] = {
        "version": VERSION,
        "root": plans[0].root if len(plans) == 1 else None,
        "language": speaker.lang,
        "findings": findings,
        "summary": result.summary.as_dict(),
        "plans": [{"root": plan.root, "summary": plan.summary.as_dict()} for plan in plans],
    }
    if view is not None and view.statistics:
        from prestatie.rules import catalog

        payload["statistics"] = [
            {
                "code": code,
                "severity": severity,
                "count": count,
                "title": (rule.title.get(speaker.lang) if (rule := catalog.get(code)) else None),
            }
            for count, code, severity in statistics(result.findings)
        ]
    encoding = (getattr(out, "encoding", None) or "utf-8").lower()
    text = to_json(payload)
    if not encoding.startswith("utf") or _SURROGATE.search(text):
        # A stream that cannot take all of Unicode, or a file name that is not valid
        # UTF-8: \u escapes keep the output valid JSON in any encoding.
        text = to_json(payload, ascii_only=True)
    out.write(text + "\n")
