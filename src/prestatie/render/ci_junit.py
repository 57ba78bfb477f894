"""Findings as JUnit XML, for GitLab and Azure test reports: `<testsuites>` with one
`<testsuite>` per plan (named by its root) and in it one `<testcase>` per file with
findings (`classname` the plan root, `name` the file). Each error or warning is a
`<failure>` (`type` the rule code, `message` the message; the text holds
`file:line:column: code message` and the hint); info findings are not failures: they are
listed in the test case's `<system-out>`, so the test still passes. A plan without
findings is one passing test case named by its root. Written with `xml.etree`, so plan
text is escaped; characters XML cannot hold become visible escapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from prestatie.findings import CheckResult, Finding, PlanResult
from prestatie.i18n import Speaker
from prestatie.render.ci_common import message_of
from prestatie.render.layout import View
from prestatie.render.text import plans_of


def xml_safe(value: str) -> str:
    """Text XML 1.0 can hold: other control characters as visible escapes."""
    return "".join(
        ch
        if ch in "\t\n\r"
        or (ch >= " " and ch not in "\ufffe\uffff" and not "\ud800" <= ch <= "\udfff")
        else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        for ch in value
    )


def _detail(finding: Finding, speaker: Speaker) -> str:
    place = f"{finding.file}:{finding.line}:{finding.column}"
    return xml_safe(f"{place}: {finding.code} {message_of(finding, speaker, chr(10))}")


def _suite(plan: PlanResult, speaker: Speaker) -> ET.Element:
    by_file: dict[str, list[Finding]] = {}
    for f in plan.findings:
        by_file.setdefault(f.file, []).append(f)
    root = xml_safe(plan.root)
    suite = ET.Element("testsuite", name=root)
    failures = 0
    for file, findings in by_file.items() or [(plan.root, [])]:
        case = ET.SubElement(suite, "testcase", classname=root, name=xml_safe(file))
        notes = []
        for f in findings:
            if f.severity in ("error", "warning"):
                failures += 1
                failure = ET.SubElement(
                    case, "failure", type=f.code, message=xml_safe(speaker.say(f.message))
                )
                failure.text = _detail(f, speaker)
            else:
                notes.append(_detail(f, speaker))
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    return suite


def render(
    result: CheckResult, out: TextIO, color: bool, speaker: Speaker, view: View | None = None
) -> None:
    """Every finding of the run, nothing folded; `color` and `view` are not used."""
    suites = ET.Element("testsuites", name="prestatie")
    for plan in plans_of(result):
        suites.append(_suite(plan, speaker))
    suites.set("tests", str(sum(int(s.get("tests", "0")) for s in suites)))
    suites.set("failures", str(sum(int(s.get("failures", "0")) for s in suites)))
    ET.indent(suites)
    text = ET.tostring(suites, encoding="unicode")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n")
