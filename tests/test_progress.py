"""Progress, status and roll-up against hand calculations."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.progress import compute, expected_share, judge, measure_progress
from prestatie.format.periods import parse_period
from prestatie.model.items import build_measure
from prestatie.model.plan import load
from prestatie.source.files import Target
from prestatie.source.reader import parse_text

from .conftest import CASES, EXAMPLES

THRESHOLDS = {"amber": 0.8, "red": 0.5}
YEAR = parse_period(2026)
END = date(2026, 12, 31)


def _measure(text: str) -> Any:
    data = parse_text(text, "m.yaml").documents[0].data
    return build_measure(data, 0)


@pytest.mark.parametrize(
    ("written", "raw", "score", "status"),
    [
        ("{baseline: 100, target: 200, actual: 150}", 0.5, 0.5, "amber"),
        ("{baseline: 100, target: 200, actual: 200}", 1.0, 1.0, "green"),
        ("{baseline: 100, target: 200, actual: 260}", 1.6, 1.0, "green"),  # over-achieved
        ("{baseline: 100, target: 200, actual: 80}", -0.2, 0.0, "red"),
        ("{baseline: 100, target: 200, actual: 185}", 0.85, 0.85, "green"),
        ("{baseline: 100, target: 200, actual: 170}", 0.7, 0.7, "amber"),
        ("{baseline: 100, target: 200, actual: 149}", 0.49, 0.49, "red"),
        ("{baseline: 6, target: 4, direction: decrease, actual: 5}", 0.5, 0.5, "amber"),
        ("{baseline: 6, target: 4, direction: verlagen, actual: 3}", 1.5, 1.0, "green"),
        ("{baseline: 6, target: 4, direction: decrease, actual: 7}", -0.5, 0.0, "red"),
        ("{target: 40, actual: 10}", 0.25, 0.25, "red"),  # no baseline counts from 0
        ("{direction: range, min: 2, max: 3, baseline: 5, actual: 2.5}", 1.0, 1.0, "green"),
        ("{direction: range, min: 2, max: 3, baseline: 5, actual: 4}", 0.5, 0.5, "amber"),
        ("{direction: range, min: 2, max: 3, baseline: 5, actual: 7}", -1.0, 0.0, "red"),
        ("{direction: range, min: 2, max: 3, baseline: 5, actual: 1.5}", 0.75, 0.75, "amber"),
        ("{direction: range, min: 2, max: 4, baseline: 3, actual: 5}", 0.5, 0.5, "amber"),  # band
        ("{direction: milestone, target: true, actual: true}", 1.0, 1.0, "green"),
        ("{direction: mijlpaal, target: live, actual: gereed}", 1.0, 1.0, "green"),
        ("{direction: milestone, target: true, actual: false}", 0.0, 0.0, "red"),
        ("{baseline: 100, target: 200}", None, None, "none"),  # no data
        ("{baseline: 5, target: 5, actual: 5}", None, None, "none"),  # zero range
    ],
)
def test_measure_progress_after_the_period(
    written: str, raw: float | None, score: float | None, status: str
) -> None:
    progress = measure_progress(
        _measure(f"m: {written}\n".replace("m: ", "")), YEAR, END, THRESHOLDS
    )
    assert progress.raw == (pytest.approx(raw) if raw is not None else None)
    assert progress.score == (pytest.approx(score) if score is not None else None)
    assert progress.status == status
    assert progress.behind is False


def test_actual_falls_back_to_latest_checkin_on_or_before_the_as_of_date() -> None:
    measure = _measure(
        "{baseline: 0, target: 100, checkins: [{date: 2026-03-31, value: 20},"
        " {date: 2026-06-30, value: 50}, {date: 2026-09-30, value: 80}]}"
    )
    assert measure_progress(measure, YEAR, date(2026, 7, 15), THRESHOLDS).actual == 50
    assert measure_progress(measure, YEAR, END, THRESHOLDS).actual == 80
    assert measure_progress(measure, YEAR, date(2026, 1, 15), THRESHOLDS).status == "none"


def test_expected_share_counts_inclusive_days() -> None:
    assert expected_share(YEAR, date(2025, 12, 31)) == 0.0
    assert expected_share(YEAR, date(2026, 1, 1)) == pytest.approx(1 / 365)
    assert expected_share(YEAR, date(2026, 6, 30)) == pytest.approx(181 / 365)
    assert expected_share(YEAR, date(2026, 12, 31)) == 1.0
    assert expected_share(parse_period("2026-Q2"), date(2026, 5, 15)) == pytest.approx(45 / 91)
    assert expected_share(YEAR, date(2026, 3, 31), due=date(2026, 3, 31)) == 1.0
    assert expected_share(None, END) is None


@pytest.mark.parametrize(
    ("score", "expected", "status", "behind"),
    [
        (0.5, 181 / 365, "green", False),  # ahead of pace mid-year
        (0.45, 181 / 365, "green", True),  # ratio 0.908 >= 0.8, but below pace
        (0.3, 181 / 365, "amber", True),  # ratio 0.605
        (0.2, 181 / 365, "red", True),  # ratio 0.403
        (0.0, 0.0, "green", False),  # nothing due yet
        (0.79, 1.0, "amber", False),
        (None, 0.5, "none", False),
    ],
)
def test_status_against_expected_progress(
    score: float | None, expected: float, status: str, behind: bool
) -> None:
    assert judge(score, expected, THRESHOLDS) == (status, behind)


def test_measure_thresholds_override_the_plan() -> None:
    measure = _measure("{baseline: 0, target: 100, actual: 70, thresholds: {amber: 0.6}}")
    assert measure_progress(measure, YEAR, END, THRESHOLDS).status == "green"


def test_rollup_on_a_hand_computed_tree() -> None:
    plan = load(Target(CASES / "progress", True, None))
    result = compute(plan, END)
    scores = {goal: round(p.score, 4) for goal, p in result.goals.items() if p.score is not None}
    assert scores == {"AD-1": 0.625, "AD-2": 0.75, "AD-3": 0.0, "SD-1": 0.625}


def test_tree_json_carries_the_hand_computed_numbers() -> None:
    result = CliRunner().invoke(
        app,
        ["tree", str(CASES / "progress"), "--as-of", "2026-12-31", "-f", "json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["as_of"] == "2026-12-31"
    (root,) = payload["roots"]
    assert (root["id"], root["kind"], root["title"]) == ("mission", "mission", "Rekenvoorbeeld BV")
    (sd1,) = root["children"]
    assert {k: sd1[k] for k in ("id", "kind", "level", "owner", "score", "status")} == {
        "id": "SD-1",
        "kind": "goal",
        "level": "strategic",
        "owner": "Directie",
        "score": 0.625,
        "status": "amber",
    }
    children = {c["id"]: c for c in sd1["children"]}
    assert children["AD-1"]["score"] == 0.625
    assert children["AD-2"]["score"] == 0.75
    assert children["AD-3"]["score"] == 0.0
    m3 = next(m for m in children["AD-1"]["measures"] if m["id"] == "m3")
    assert (m3["progress"], m3["score"]) == (1.5, 1.0)


def test_tree_options_from_depth_level() -> None:
    runner = CliRunner()
    base = ["tree", str(EXAMPLES / "gouden-korst"), "--as-of", "2026-06-30", "-f", "json"]
    payload = json.loads(runner.invoke(app, [*base, "--from", "SD-1", "--depth", "1"]).output)
    (root,) = payload["roots"]
    assert root["id"] == "SD-1"
    assert root["children"] and all(c["children"] == [] for c in root["children"])
    payload = json.loads(runner.invoke(app, [*base, "--level", "department"]).output)
    levels = set()
    stack = list(payload["roots"])
    while stack:
        node = stack.pop()
        levels.add(node["level"])
        stack.extend(node["children"])
    assert levels == {None, "strategic", "department"}
    result = runner.invoke(app, [*base, "--from", "NOPE"])
    assert result.exit_code == 2


def test_every_example_goal_appears_once_in_the_tree() -> None:
    for plan_dir in sorted(EXAMPLES.iterdir()):
        if not (plan_dir / "prestatie.yaml").is_file():
            continue
        result = CliRunner().invoke(
            app,
            ["tree", str(plan_dir), "--as-of", "2026-06-30", "-f", "json", "--include", "people"],
            catch_exceptions=False,
        )
        payload = json.loads(result.output)
        ids = []
        stack = list(payload["roots"])
        while stack:
            node = stack.pop()
            if node["kind"] == "goal":
                ids.append(node["id"])
            stack.extend(node["children"])
        plan = load(Target(plan_dir, True, None))
        assert sorted(ids) == sorted(g.id for g in plan.goals)
        assert len(payload["roots"]) == 1  # everything derives from the mission


def test_tree_text_snapshot_of_the_english_example() -> None:
    import io
    import os

    from prestatie.compute import tree as tree_module
    from prestatie.render import tree_text

    plan = load(Target(EXAMPLES / "northwind-care", True, None))
    view = tree_module.view(plan, date(2026, 6, 30), tree_module.TreeRequest())
    out = io.StringIO()
    tree_text.render(
        view,
        out,
        color=False,
        speaker=plan.config.speaker("en"),
        as_of="2026-06-30",
        width=100,
    )
    golden = CASES.parent / "golden" / "tree-northwind-care.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out.getvalue(), encoding="utf-8")
    assert out.getvalue() == golden.read_text(encoding="utf-8")
