"""`validate --format github|gitlab|sarif|junit` and the versioned JSON: codes, files and
lines on a broken plan and on the bakery example, escaping of hostile plan text, SARIF
against the official 2.1.0 schema, stable and unique GitLab fingerprints, and JUnit XML
that parses."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from prestatie.cli.app import app
from prestatie.findings import CheckResult, Finding, PlanResult, summarise
from prestatie.i18n import Speaker, msg
from prestatie.render import REPORTER_BY_NAME
from prestatie.render.ci_github import escape_data, escape_property

ROOT = Path(__file__).resolve().parent.parent
BROKEN = "tests/plans/broken-strategy"
BAKERY = "examples/gouden-korst"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(plan: str, fmt: str, *more: str) -> tuple[int, str]:
    result = runner.invoke(
        app, ["validate", plan, "--format", fmt, "--lang", "en", *more], catch_exceptions=False
    )
    return result.exit_code, result.stdout


def findings(plan: str, *more: str) -> list[dict[str, object]]:
    _, out = run(plan, "json", *more)
    data = json.loads(out)
    assert data["version"] == 1
    found: list[dict[str, object]] = data["findings"]
    return found


def hostile() -> CheckResult:
    """Plan text with `%`, `:`, `,` and a newline, in a file name with them too."""
    title = "Omzet 100% groei: winkels, online\nen meer"
    findings = [
        Finding(
            "ref/unknown-parent",
            msg("ref/unknown-parent", item=title, parent="SD-9"),
            "doelen/a,b:c.yaml",
            4,
            7,
            hint=msg("ref/unknown-parent.no-match.hint"),
            item=title,
            severity="error",
        ),
        Finding(
            "smart/no-owner",
            msg("smart/no-owner", item="<x & y>\x1b]"),
            "doelen/a,b:c.yaml",
            9,
            3,
            severity="warning",
        ),
        Finding(
            "balance/missing",
            msg("balance/missing", scope="plan", perspective="x"),
            "prestatie.yaml",
            0,
            0,
            severity="info",
        ),
    ]
    summary = summarise(findings, 2, 3)
    return CheckResult(findings, summary, [PlanResult("plan", findings, summary)])


def render(result: CheckResult, fmt: str) -> str:
    out = io.StringIO()
    REPORTER_BY_NAME[fmt](result, out, False, Speaker("en"))
    return out.getvalue()


# --- json -------------------------------------------------------------------------------


@pytest.mark.parametrize("plan", [BROKEN, BAKERY])
def test_json_is_versioned_and_names_the_root(plan: str) -> None:
    _, out = run(plan, "json")
    data = json.loads(out)
    assert data["version"] == 1
    assert data["root"] == plan
    assert [p["root"] for p in data["plans"]] == [plan]


def test_json_root_is_null_for_several_plans() -> None:
    result = runner.invoke(
        app, ["validate", BROKEN, BAKERY, "-f", "json", "--lang", "en"], catch_exceptions=False
    )
    data = json.loads(result.stdout)
    assert data["root"] is None
    assert [p["root"] for p in data["plans"]] == [BROKEN, BAKERY]


# --- github -----------------------------------------------------------------------------

GITHUB = re.compile(r"^::(error|warning|notice) (file=[^,:]*(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")


def github_lines(out: str) -> list[tuple[str, dict[str, str], str]]:
    lines = []
    for line in out.splitlines():
        match = GITHUB.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        lines.append((match.group(1), props, match.group(3)))
    return lines


@pytest.mark.parametrize("plan", [BROKEN, BAKERY])
def test_github_annotates_every_finding(plan: str) -> None:
    expected = findings(plan)
    code, out = run(plan, "github")
    assert code == (1 if any(f["severity"] == "error" for f in expected) else 0)
    lines = github_lines(out)
    command = {"error": "error", "warning": "warning", "info": "notice"}
    assert [(c, p["file"], p.get("line", "0"), p["title"]) for c, p, _ in lines] == [
        (command[str(f["severity"])], f["file"], str(f["line"]), f["code"]) for f in expected
    ]
    for (_, props, message), f in zip(lines, expected, strict=True):
        if f["line"]:
            assert props["endLine"] == props["line"]
            assert props["col"] == str(f["column"])
        assert message.startswith(escape_data(str(f["message"])))
        if f["hint"]:
            assert message.endswith("%0Ahint: " + escape_data(str(f["hint"])))


def test_github_broken_plan_points_at_the_syntax_error() -> None:
    _, out = run(BROKEN, "github")
    assert (
        "::error file=tests/plans/broken-strategy/strategy/strategic.yaml,line=18,col=16,"
        "endLine=18,title=yaml/syntax::" in out
    )


def test_github_escapes_hostile_text() -> None:
    out = render(hostile(), "github")
    first, second, third = out.splitlines()
    assert first.startswith(
        "::error file=doelen/a%2Cb%3Ac.yaml,line=4,col=7,endLine=4,title=ref/unknown-parent::"
    )
    message = first.split("::", 2)[2]
    assert "100%25 groei: winkels, online%0Aen meer" in message
    assert "\n" not in message and "%0Ahint: " in message
    assert "\x1b" not in second and "\\x1b" in second
    assert third.startswith("::notice file=prestatie.yaml,title=balance/missing::")
    assert escape_property("a:b,c%d\r\n") == "a%3Ab%2Cc%25d%0D%0A"
    assert escape_data("a:b,c%d\r\n") == "a:b,c%25d%0D%0A"


# --- gitlab -----------------------------------------------------------------------------


@pytest.mark.parametrize("plan", [BROKEN, BAKERY])
def test_gitlab_code_quality(plan: str) -> None:
    expected = findings(plan)
    _, out = run(plan, "gitlab")
    issues = json.loads(out)
    severity = {"error": "major", "warning": "minor", "info": "info"}
    assert [
        (i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"], i["severity"])
        for i in issues
    ] == [
        (f["code"], f["file"], max(int(str(f["line"])), 1), severity[str(f["severity"])])
        for f in expected
    ]
    for issue, f in zip(issues, expected, strict=True):
        assert issue["description"].startswith(str(f["message"]))
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    _, again = run(plan, "gitlab")
    assert [i["fingerprint"] for i in json.loads(again)] == fingerprints


def test_gitlab_fingerprint_ignores_the_line_and_tells_twins_apart() -> None:
    result = hostile()
    before = json.loads(render(result, "gitlab"))
    result.plans[0].findings[0].line = 40
    twin = result.plans[0].findings[1]
    result.plans[0].findings.append(
        Finding(twin.code, twin.message, twin.file, 30, 3, severity="warning")
    )
    after = json.loads(render(result, "gitlab"))
    assert after[0]["fingerprint"] == before[0]["fingerprint"]
    assert after[0]["location"]["lines"]["begin"] == 40
    assert len({i["fingerprint"] for i in after}) == 4
    assert after[2]["location"]["lines"]["begin"] == 1  # a finding of the whole file


# --- sarif ------------------------------------------------------------------------------


def sarif_validate(payload: object) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(payload)


@pytest.mark.parametrize("plan", [BROKEN, BAKERY])
@pytest.mark.parametrize("base", ["cwd", "root"])
def test_sarif_is_valid_and_complete(plan: str, base: str) -> None:
    expected = findings(plan, "--path-base", base)
    _, out = run(plan, "sarif", "--path-base", base)
    payload = json.loads(out)
    sarif_validate(payload)
    (sarif_run,) = payload["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    if base == "root":  # paths below the plan's root, which lies below %SRCROOT%
        assert sarif_run["originalUriBaseIds"] == {
            "PLANROOT": {"uri": plan + "/", "uriBaseId": "%SRCROOT%"}
        }
    else:  # paths below the repository's root, %SRCROOT% itself
        assert "originalUriBaseIds" not in sarif_run
        assert all(str(f["file"]).startswith(plan + "/") for f in expected)
    results = sarif_run["results"]
    level = {"error": "error", "warning": "warning", "info": "note"}
    got = []
    for r in results:
        location = r["locations"][0]["physicalLocation"]
        expected_base = "PLANROOT" if base == "root" else "%SRCROOT%"
        assert location["artifactLocation"]["uriBaseId"] == expected_base
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        region = location.get("region", {})
        got.append(
            (
                r["ruleId"],
                r["level"],
                location["artifactLocation"]["uri"],
                region.get("startLine", 0),
                region.get("startColumn", 0),
            )
        )
    assert got == [
        (
            f["code"],
            level[str(f["severity"])],
            f["file"],
            f["line"],
            f["column"] if f["line"] else 0,
        )
        for f in expected
    ]
    by_id = {r["id"]: r for r in rules}
    syntax = by_id["yaml/syntax"]
    assert syntax["shortDescription"]["text"]
    assert syntax["fullDescription"]["text"] and syntax["help"]["text"]
    assert syntax["defaultConfiguration"]["level"] == "error"


def test_sarif_in_dutch_and_hostile_text_stays_valid() -> None:
    result = runner.invoke(app, ["validate", BROKEN, "-f", "sarif", "--lang", "nl"])
    payload = json.loads(result.stdout)
    sarif_validate(payload)
    assert payload["runs"][0]["language"] == "nl"
    rules = {r["id"]: r for r in payload["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["smart/no-owner"]["shortDescription"]["text"] == (
        "De doelstelling heeft geen eigenaar"
    )
    hostile_payload = json.loads(render(hostile(), "sarif"))
    sarif_validate(hostile_payload)
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in hostile_payload["runs"][0]["results"]
    ]
    assert uris[0] == "doelen/a%2Cb%3Ac.yaml"
    assert (
        "region" not in hostile_payload["runs"][0]["results"][2]["locations"][0]["physicalLocation"]
    )


# --- junit ------------------------------------------------------------------------------


@pytest.mark.parametrize("plan", [BROKEN, BAKERY])
def test_junit_one_case_per_file(plan: str) -> None:
    expected = findings(plan)
    _, out = run(plan, "junit")
    root = ET.fromstring(out)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == plan
    files = list(dict.fromkeys(str(f["file"]) for f in expected))
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == files
    assert suite.get("tests") == str(len(files))
    failing = [f for f in expected if f["severity"] != "info"]
    assert suite.get("failures") == str(len(failing))
    got = [(c.get("name"), fl.get("type")) for c in cases for fl in c.findall("failure")]
    assert sorted(got) == sorted((f["file"], f["code"]) for f in failing)
    for f in expected:
        case = next(c for c in cases if c.get("name") == f["file"])
        place = f"{f['file']}:{f['line']}:{f['column']}: {f['code']} "
        if f["severity"] == "info":
            assert place in (case.findtext("system-out") or "")
        else:
            assert any(place in (fl.text or "") for fl in case.findall("failure"))


def test_junit_hostile_text_is_well_formed() -> None:
    out = render(hostile(), "junit")
    root = ET.fromstring(out)
    (case_a, case_b) = root.iter("testcase")
    assert case_a.get("name") == "doelen/a,b:c.yaml"
    first, second = case_a.findall("failure")
    assert "Omzet 100% groei: winkels, online" in (first.get("message") or "")
    assert "<x & y>" in (second.get("message") or "") and "\\x1b" in (second.get("message") or "")
    assert "balance/missing" in (case_b.findtext("system-out") or "")
    assert case_b.find("failure") is None


def test_junit_clean_plan_passes(tmp_path: Path) -> None:
    result = CheckResult(plans=[PlanResult("plan")])
    root = ET.fromstring(render(result, "junit"))
    (case,) = root.iter("testcase")
    assert case.get("name") == "plan" and list(case) == []
    assert root.get("failures") == "0"
