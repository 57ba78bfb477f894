"""Time: as-of snapshots, items whose period has not started, and the tree on three dates."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from prestatie.cli import app

runner = CliRunner()

PLAN = """\
kind: plan
name: t
language: en
period: 2026
"""
MISSION = "kind: mission\norganisation: T\nmission: m\n"
GOALS = """\
kind: goals
goals:
  - id: SD-1
    level: strategic
    title: Grow
    parent: mission
    owner: Board
    period: 2026
  - id: OD-Q2
    level: operational
    title: Second quarter
    parent: SD-1
    owner: Ops
    period: 2026-Q2
    measures:
      - {id: m, name: Sales, baseline: 0, target: 10, actual: 10}
  - id: OD-Q1
    level: operational
    title: First quarter
    parent: SD-1
    owner: Ops
    period: 2026-Q1
    measures:
      - id: c
        name: Calls
        baseline: 0
        target: 10
        checkins:
          - {date: 2026-01-10, value: 2}
          - {date: 2026-02-20, value: 9}
"""
OKR = """\
kind: okr
id: OKR-Q2
parent: OD-Q2
period: 2026-Q2
objective: Win the second quarter
key_results:
  - {id: KR1, text: Deals, baseline: 0, target: 4, current: 4}
"""


def _plan(tmp_path: Path) -> Path:
    folder = tmp_path / "plan"
    folder.mkdir()
    (folder / "prestatie.yaml").write_text(PLAN, encoding="utf-8")
    (folder / "mission.yaml").write_text(MISSION, encoding="utf-8")
    (folder / "goals.yaml").write_text(GOALS, encoding="utf-8")
    (folder / "okr.yaml").write_text(OKR, encoding="utf-8")
    return folder


def _nodes(folder: Path, as_of: str) -> dict[str, dict[str, object]]:
    result = runner.invoke(
        app, ["tree", str(folder), "--as-of", as_of, "-f", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    found: dict[str, dict[str, object]] = {}
    stack = list(json.loads(result.stdout)["roots"])
    while stack:
        node = stack.pop()
        found[node["id"]] = node
        stack.extend(node["children"])
    return found


def test_before_a_period_starts_nothing_is_scored_or_green(tmp_path: Path) -> None:
    nodes = _nodes(_plan(tmp_path), "2026-01-15")
    q2 = nodes["OD-Q2"]
    assert (q2["status"], q2["score"]) == ("not-started", None)
    assert q2["measures"][0]["status"] == "not-started"  # type: ignore[index]
    assert q2["measures"][0]["score"] is None  # type: ignore[index]
    # The undated actual of Q2 does not count; only Q1's check-in of 10 January does.
    q1 = nodes["OD-Q1"]
    assert q1["score"] == 0.2
    assert nodes["SD-1"]["score"] == 0.2  # Q2 left out of the roll-up
    for ref in ("OKR-Q2", "OKR-Q2/KR1"):
        assert (nodes[ref]["status"], nodes[ref]["score"]) == ("not-started", None)


def test_during_and_after_the_period(tmp_path: Path) -> None:
    folder = _plan(tmp_path)
    during = _nodes(folder, "2026-05-15")
    assert (during["OD-Q2"]["status"], during["OD-Q2"]["score"]) == ("green", 1.0)
    assert during["OD-Q1"]["score"] == 0.9  # the check-in of 20 February
    assert during["SD-1"]["score"] == 0.95
    assert (during["OKR-Q2"]["status"], during["OKR-Q2"]["score"]) == ("green", 1.0)
    # A check-in after the as-of date never counts.
    early = _nodes(folder, "2026-02-01")
    assert early["OD-Q1"]["score"] == 0.2


def test_tree_text_on_three_dates(tmp_path: Path) -> None:
    folder = _plan(tmp_path)
    lines = {}
    for as_of in ("2026-01-15", "2026-05-15", "2027-01-15"):
        result = runner.invoke(
            app, ["tree", str(folder), "--as-of", as_of, "--lang", "en"], catch_exceptions=False
        )
        lines[as_of] = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines["2026-01-15"] == [
        "as of 15 January 2026",
        "Mission: T",
        "└── SD-1 Grow (strategic · Board)                 green       ██░░░░░░░░ 20%",
        "    ├── OD-Q2 Second quarter (operational · Ops)  not started ··········   –",
        "    │   └── OKR-Q2 OKR Win the second quarter     not started ··········   –",
        "    │       └── KR1 Deals                         not started ··········   –",
        "    └── OD-Q1 First quarter (operational · Ops)   green       ██░░░░░░░░ 20%",
        "Total: 2 green, 3 not started · 0 behind plan",
        "1 of 1 measure with a current value (100%)",
    ]
    after = [
        "Mission: T",
        "└── SD-1 Grow (strategic · Board)                 green ██████████  95%",
        "    ├── OD-Q2 Second quarter (operational · Ops)  green ██████████ 100%",
        "    │   └── OKR-Q2 OKR Win the second quarter     green ██████████ 100%",
        "    │       └── KR1 Deals                         green ██████████ 100%",
        "    └── OD-Q1 First quarter (operational · Ops)   green █████████░  90%",
        "Total: 5 green · 0 behind plan",
        "3 of 3 measures with a current value (100%)",
    ]
    assert lines["2026-05-15"] == ["as of 15 May 2026", *after]
    assert lines["2027-01-15"] == ["as of 15 January 2027", *after]


def test_not_started_in_dutch(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["tree", str(_plan(tmp_path)), "--as-of", "2026-01-15", "--lang", "nl"]
    )
    assert "OD-Q2 Second quarter (operationeel · Ops)  niet gestart ··········    –\n" in (
        result.stdout
    )


def test_an_impossible_period_gives_no_period_not_the_plan_default() -> None:
    from prestatie.model.plan import load
    from prestatie.source.files import Target

    from .conftest import CASES

    plan = load(Target(CASES / "invalid" / "impossible-dates", True, None))
    assert plan.config.period is not None  # the plan has a default: 2026
    goals = {goal.id: goal for goal in plan.goals}
    assert goals["SD-1"].period is None
    assert goals["SD-2"].period is None
    assert goals["SD-1"].measures[0].due is None
    assert goals["SD-2"].measures[0].checkins[0].date == "2026-13-01"
    found = [
        (f.file, f.line, str(f.message).split(": ", 1)[1])
        for f in plan.findings
        if f.code == "schema/invalid"
    ]
    assert (
        "goals.yaml",
        10,
        "goals[0].period.end: the period ends (2026-01-01) before it starts (2028-12-31)",
    ) in found
    assert (
        "ogsm.yaml",
        17,
        "strategies[0].actions[0].due: due 2026-04-01 lies before start 2026-05-01",
    ) in found


def test_an_impossible_period_is_judged_as_no_period(tmp_path: Path) -> None:
    folder = _plan(tmp_path)
    (folder / "goals.yaml").write_text(
        "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Grow\nparent: mission\nowner: Board\n"
        "period: {start: 2028-12-31, end: 2026-01-01}\n"
        "measures: [{id: m, name: Sales, baseline: 0, target: 10, actual: 5}]\n",
        encoding="utf-8",
    )
    (folder / "okr.yaml").unlink()
    nodes = _nodes(folder, "2026-03-01")
    sd = nodes["SD-1"]
    assert (sd["period"], sd["expected"], sd["score"], sd["status"]) == (None, None, 0.5, "amber")
    result = runner.invoke(
        app, ["validate", "--path-base", "root", str(folder), "--as-of", "2026-03-01", "-f", "json"]
    )
    assert result.exit_code == 1
    found = [(f["code"], f["file"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("schema/invalid", "goals.yaml", 7)]
