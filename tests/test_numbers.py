"""Numbers out of range: every number is checked once, where the file is read.

A number that is not finite or larger in size than `NUMBER_LIMIT` (1e15) is one positioned
`schema/invalid` finding and is then no number anywhere in the model: nothing computes
with it and it is never scored. Figures computed from numbers within the bound (sums,
weighted means, ratios) are finite, so every command runs and its JSON is strict.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.progress import compute
from prestatie.model.plan import load
from prestatie.source.files import Target
from prestatie.source.reader import parse_text
from prestatie.source.scalars import NUMBER_LIMIT

runner = CliRunner()

SETTINGS = "kind: plan\nname: Test\nlanguage: en\nperiod: 2026\n"
MISSION = "kind: mission\norganisation: Test Ltd\nmission: We test everything.\n"
AS_OF = "2026-06-30"


def plan_of(root: Path, settings: str = SETTINGS, **files: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "prestatie.yaml").write_text(settings, encoding="utf-8")
    (root / "mission.yaml").write_text(MISSION, encoding="utf-8")
    for name, content in files.items():
        (root / f"{name}.yaml").write_text(content, encoding="utf-8")
    return root


def strict_json(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    return result.exit_code, result.stdout


def findings_of(plan: Path) -> list[dict[str, Any]]:
    _, out = invoke("validate", str(plan), "-f", "json")
    findings: list[dict[str, Any]] = strict_json(out)["findings"]
    return findings


def too_large(findings: list[dict[str, Any]]) -> list[tuple[str, str, int, int]]:
    return sorted(
        (f["code"], f["file"], f["line"], f["column"])
        for f in findings
        if "number too large" in f["message"]
    )


def at(findings: list[dict[str, Any]], file: str, line: int) -> list[str]:
    return sorted(f["code"] for f in findings if f["file"] == file and f["line"] == line)


GOAL = (
    "kind: goal\nid: G\nlevel: strategic\ntitle: Sales grow 10 %\nparent: mission\n"
    "owner: Board\nperspective: financial\nweight: {weight}\n"
    "measures:\n"
    "  - {{name: Sales, unit: EUR, baseline: {baseline}, target: {target}, actual: {actual},"
    " direction: increase, indicator: lagging}}\n"
)

# ----------------------------------------------------------------------------- reading

OUT_OF_RANGE = [
    pytest.param("1e400", id="float-overflow"),
    pytest.param("-1e400", id="negative-float-overflow"),
    pytest.param("1" + "0" * 300, id="int-300-digits"),
    pytest.param("-" + "9" * 5_000, id="int-5000-digits"),
    pytest.param("1_000_000_000_000_000_000", id="int-underscores"),
    pytest.param("1e16", id="float-above-bound"),
    pytest.param("1000000000000001", id="int-just-above-bound"),
    pytest.param("1." + "9" * 400 + "e15", id="float-rounds-above"),
    pytest.param("!!int " + "7" * 40, id="tagged-int"),
    pytest.param("!!float 1e400", id="tagged-float"),
]


@pytest.mark.parametrize("written", OUT_OF_RANGE)
def test_a_number_out_of_range_is_one_finding_at_its_value(written: str) -> None:
    source = parse_text(f"kind: goal\nid: G\nweight: {written}\n", "g.yaml")
    data = source.documents[0].data
    assert data["weight"] is None
    assert "weight" in data and data.value_pos("weight") == (3, 9)
    assert [(f.code, f.file, f.line, f.column) for f in source.findings] == [
        ("schema/invalid", "g.yaml", 3, 9)
    ]
    (finding,) = source.findings
    assert finding.message.startswith("number too large: ")
    assert finding.message.endswith(", prestatie reads numbers up to 1e15 in size")
    assert len(finding.message) < 200  # a long number is shortened, not quoted whole


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1e15", 1e15),
        ("-1e15", -1e15),
        ("1000000000000000", 10**15),
        ("-1_000_000_000_000_000", -(10**15)),
        ("999999999999999", 999_999_999_999_999),
        ("1e-400", 0.0),
        ("0.000001", 0.000001),
        ("!!int 1000000000000000", 10**15),
    ],
)
def test_numbers_up_to_the_bound_are_numbers(written: str, expected: object) -> None:
    source = parse_text(f"v: {written}\n", "f.yaml")
    assert source.findings == []
    value = source.documents[0].data["v"]
    assert value == expected
    assert type(value) is type(expected)
    assert NUMBER_LIMIT == 1e15


def test_texts_that_look_like_numbers_stay_text() -> None:
    source = parse_text("a: '1e400'\nb: .inf\nc: -.inf\nd: .nan\ne: \"9999999999999999999\"\n", "f")
    assert source.findings == []
    assert dict(source.documents[0].data) == {
        "a": "1e400",
        "b": ".inf",
        "c": "-.inf",
        "d": ".nan",
        "e": "9999999999999999999",
    }


def test_every_place_a_number_can_stand() -> None:
    text = (
        "a: [1, 1e400, 2]\n"  # a list item
        "b: {x: 1e400}\n"  # a flow mapping
        "c:\n  - 1e400\n"  # a block list item
        "d: &n 1e400\n"  # an anchored value ...
        "e: *n\n"  # ... and its alias: the same value, one finding
        "f: [*n, *n]\n"
    )
    source = parse_text(text, "f.yaml")
    data = source.documents[0].data
    assert data["a"] == [1, None, 2]
    assert data["b"]["x"] is None
    assert data["c"] == [None]
    assert data["d"] is None and data["e"] is None and data["f"] == [None, None]
    assert [(f.code, f.line, f.column) for f in source.findings] == [
        ("schema/invalid", 1, 8),
        ("schema/invalid", 2, 8),
        ("schema/invalid", 4, 5),
        ("schema/invalid", 5, 4),  # at the anchor, where the value is written
    ]


def test_a_document_that_is_only_a_number_too_large() -> None:
    source = parse_text("1e400\n", "f.yaml")
    assert [(f.code, f.line, f.column) for f in source.findings] == [("schema/invalid", 1, 1)]


# ----------------------------------------------------------------------------- one finding


@pytest.mark.parametrize(
    ("key", "line", "column"),
    [
        ("weight", 8, 9),
        ("baseline", 10, 40),
        ("target", 10, 53),
        ("actual", 10, 66),
    ],
)
def test_the_schema_adds_no_second_finding(
    tmp_path: Path, key: str, line: int, column: int
) -> None:
    values = {"weight": "2", "baseline": "100", "target": "200", "actual": "150"}
    values[key] = "1e400"
    plan = plan_of(tmp_path / "plan", goal=GOAL.format(**values))
    findings = findings_of(plan)
    assert too_large(findings) == [("schema/invalid", "goal.yaml", line, column)]
    assert at(findings, "goal.yaml", line) == ["schema/invalid"]
    assert not [f for f in findings if f["code"].startswith("schema/")][1:]


def test_out_of_range_in_every_kind_is_one_finding_each(tmp_path: Path) -> None:
    big = "1" + "0" * 100
    plan = plan_of(
        tmp_path / "plan",
        settings=SETTINGS + f"thresholds: {{amber: {big}, red: 0.5}}\n"
        f"balance: {{min_share: {big}}}\nrules:\n  bsc/too-many: {{max_objectives: {big}}}\n",
        okr=(
            "kind: okr\nid: O\nparent: mission\nobjective: Customers love us\n"
            "key_results:\n"
            f"  - {{id: KR1, text: NPS from 20 to 40, baseline: 20, target: 40, current: {big}}}\n"
            f"  - {{id: KR2, text: Churn from 9 to 5 %, score: {big}, weight: {big}}}\n"
            f"history: [{{period: 2025, score: {big}}}]\n"
        ),
        analysis=(
            "kind: analysis\nswot:\n"
            f"  strengths: [{{id: S1, text: Bakers, rank: {big}}}]\n"
            "  opportunities: [{id: O1, text: Offices}]\n"
            f"  confrontation: {{S1: {{O1: {big}}}}}\n"
        ),
    )
    findings = findings_of(plan)
    found = too_large(findings)
    assert found == [
        ("schema/invalid", "analysis.yaml", 3, 44),
        ("schema/invalid", "analysis.yaml", 5, 28),
        ("schema/invalid", "okr.yaml", 6, 75),
        ("schema/invalid", "okr.yaml", 7, 49),
        ("schema/invalid", "okr.yaml", 7, 160),
        ("schema/invalid", "okr.yaml", 8, 33),
        ("schema/invalid", "prestatie.yaml", 5, 21),
        ("schema/invalid", "prestatie.yaml", 6, 22),
        ("schema/invalid", "prestatie.yaml", 8, 34),
    ]
    # No other schema finding on those lines: the schema saw no value there to judge.
    for file, line in {(file, line) for _, file, line, _ in found}:
        schema_codes = [c for c in at(findings, file, line) if c.startswith("schema/")]
        assert len(schema_codes) == len([t for t in found if t[1:3] == (file, line)])


# ----------------------------------------------------------------------------- never scored


def test_an_out_of_range_target_or_actual_is_never_scored(tmp_path: Path) -> None:
    goals = (
        "kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board,"
        " perspective: financial}\ngoals:\n"
        "  - id: TARGET\n    title: Sales grow 10 %\n"
        "    measures: [{name: Sales, baseline: 0, target: 1e400, actual: 5}]\n"
        "  - id: ACTUAL\n    title: Sales grow 10 %\n"
        "    measures: [{name: Sales, baseline: 0, target: 10, actual: 1e400}]\n"
        "  - id: CHECKIN\n    title: Sales grow 10 %\n"
        "    measures: [{name: Sales, baseline: 0, target: 10,"
        " checkins: [{date: 2026-03-31, value: 1e400}]}]\n"
        "  - id: MILESTONE\n    title: Shop opens in May\n"
        "    measures: [{name: Shop, target: 1e400, actual: done}]\n"
        "  - id: RANGE\n    title: Stock stays between 5 and 1e400 days\n"
        "    measures: [{name: Stock, direction: range, min: 5, max: 1e400, actual: 7}]\n"
    )
    plan = plan_of(tmp_path / "plan", goals=goals)
    loaded = load(Target(plan, True, None))
    progress = compute(loaded, date(2026, 6, 30))
    for goal in loaded.goals:
        (measure,) = goal.measures
        assert progress.of_measure(measure).score is None, goal.id
        assert progress.goals[goal.id].score is None, goal.id
        assert progress.goals[goal.id].status == "none", goal.id
    _, out = invoke("tree", str(plan), "-f", "json", "--as-of", AS_OF)
    nodes = strict_json(out)["roots"][0]["children"]
    scored = [(n["id"], n["score"], [m["score"] for m in n["measures"]]) for n in nodes]
    assert scored == [(g.id, None, [None]) for g in loaded.goals]


def test_an_out_of_range_key_result_score_is_never_used(tmp_path: Path) -> None:
    okr = (
        "kind: okr\nid: O\nparent: mission\nobjective: Customers love us\n"
        "key_results:\n"
        "  - {id: KR1, text: NPS from 20 to 40, score: 1e400}\n"
        "  - {id: KR2, text: NPS from 20 to 40, baseline: 20, target: 40, current: 1e400}\n"
    )
    plan = plan_of(tmp_path / "plan", okr=okr)
    _, out = invoke("tree", str(plan), "-f", "json", "--as-of", AS_OF)
    (node,) = [n for n in strict_json(out)["roots"][0]["children"] if n["id"] == "O"]
    assert node["score"] is None
    assert [(kr["id"], kr["score"], kr["measures"][0]["score"]) for kr in node["children"]] == [
        ("O/KR1", None, None),
        ("O/KR2", None, None),
    ]


def test_an_out_of_range_weight_is_left_out_of_roll_up_and_balance(tmp_path: Path) -> None:
    goals = (
        "kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board}\ngoals:\n"
        "  - {id: A, title: Sales grow 10 %, perspective: financial, weight: 1e400}\n"
        "  - {id: B, title: NPS grows 10 %, perspective: customer, weight: 3}\n"
    )
    plan = plan_of(tmp_path / "plan", goals=goals)
    _, out = invoke("balance", str(plan), "-f", "json", "--by", "plan")
    (scope,) = strict_json(out)["scopes"]
    weights = {p["id"]: p["weight"] for p in scope["perspectives"]}
    assert weights["financial"] == 1.0  # the default weight, not the unreadable one
    assert weights["customer"] == 3.0
    assert scope["weight"] == 4.0
