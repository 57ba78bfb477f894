"""Findings as SARIF 2.1.0, for code scanning: one run of the tool `prestatie` whose
`tool.driver.rules` is the whole rule catalogue (id, `shortDescription` the rule's
title, `fullDescription` what it checks, `help` how to fix it, each in the run's
language, and `defaultConfiguration.level`), and one result per finding (`ruleId`,
`ruleIndex`, `level` error/warning/note, the message with its hint, and the location).

A location's `uri` is the finding's path relative to `%SRCROOT%`, the repository's root
(`source.workspace`), as code scanning reads it; a file outside it is an absolute `file:`
URI. With `--path-base root` the path is relative to its plan's root instead, and its
`uriBaseId` (`PLANROOT`, or `PLANROOT2`... in a run of several plans) is given in
`originalUriBaseIds` as the plan's folder: relative to `%SRCROOT%` when it lies inside
it, else an absolute `file:` URI. A finding of a whole file (line 0) has no region."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from prestatie import __version__
from prestatie.findings import CheckResult, Finding
from prestatie.i18n import Speaker
from prestatie.render.ci_common import message_of
from prestatie.render.common import to_json
from prestatie.render.layout import View
from prestatie.render.text import plans_of
from prestatie.rules import catalog

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rule(code: str, speaker: Speaker) -> dict[str, object]:
    rule = catalog.get(code)
    if rule is None:
        return {"id": code}
    lang = speaker.lang
    return {
        "id": code,
        "shortDescription": {"text": rule.title.get(lang)},
        "fullDescription": {"text": rule.checks.get(lang)},
        "help": {"text": rule.fix.get(lang)},
        "defaultConfiguration": {"level": LEVEL.get(rule.severity, "note")},
    }


def _base(root: str) -> dict[str, object]:
    """Where a plan's root is: relative to the run's folder, or an absolute URI."""
    path = Path(root)
    if path.is_absolute():
        return {"uri": path.as_uri().rstrip("/") + "/"}
    relative = path.as_posix().strip("/")
    return {"uri": "./" if relative in ("", ".") else relative + "/", "uriBaseId": "%SRCROOT%"}


def _location(file: str, base: str) -> dict[str, object]:
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": base}


def _result(finding: Finding, index: int, base: str, speaker: Speaker) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": _location(finding.file, base)}
    if finding.line:
        region = {"startLine": finding.line}
        if finding.column:
            region["startColumn"] = finding.column
        physical["region"] = region
    return {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVEL.get(finding.severity, "note"),
        "message": {"text": message_of(finding, speaker, "\n")},
        "locations": [{"physicalLocation": physical}],
    }


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    """Every finding of the run, nothing folded; `color` and `view` are not used."""
    codes = list(catalog.RULES)
    index = {code: i for i, code in enumerate(codes)}
    bases: dict[str, object] = {}
    results = []
    for number, plan in enumerate(plans_of(result), start=1):
        if plan.paths == "root":
            base = "PLANROOT" if number == 1 else f"PLANROOT{number}"
            bases[base] = _base(plan.root)
        else:
            base = "%SRCROOT%"
        for f in plan.findings:
            if f.code not in index:
                index[f.code] = len(codes)
                codes.append(f.code)
            results.append(_result(f, index[f.code], base, speaker))
    run = {
        "tool": {
            "driver": {
                "name": "prestatie",
                "version": __version__,
                "rules": [_rule(code, speaker) for code in codes],
            }
        },
        **({"originalUriBaseIds": bases} if bases else {}),
        "language": speaker.lang,
        "results": results,
    }
    payload = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    out.write(to_json(payload, ascii_only=True) + "\n")
