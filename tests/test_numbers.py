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
    _, out = invoke("validate", "--path-base", "root", str(plan), "-f", "json")
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
    assert str(finding.message).startswith("number too large: ")
    assert str(finding.message).endswith(", prestatie reads numbers up to 1e15 in size")
    assert len(str(finding.message)) < 200  # a long number is shortened, not quoted whole


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


# ----------------------------------------------------------------------------- robust figures


def test_weights_at_the_bound_sum_without_overflow(tmp_path: Path) -> None:
    entries = "".join(
        f"  - {{id: G{i}, title: Sales grow {i} %, perspective: {p}, weight: 1e15,"
        f" measures: [{{name: S, baseline: -1e15, target: 1e15, actual: 1e15}}]}}\n"
        for i, p in enumerate(["financial", "customer", "process", "learning"] * 50)
    )
    goals = "kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board}\ngoals:\n"
    plan = plan_of(tmp_path / "plan", goals=goals + entries)
    assert too_large(findings_of(plan)) == []
    _, out = invoke("balance", str(plan), "-f", "json", "--by", "plan")
    (scope,) = strict_json(out)["scopes"]
    assert scope["weight"] == 200 * 1e15
    assert scope["entropy"] == 1.0
    assert [p["share"] for p in scope["perspectives"]] == [0.25] * 4
    _, out = invoke("tree", str(plan), "-f", "json", "--as-of", AS_OF)
    goals_out = strict_json(out)["roots"][0]["children"]
    assert {g["score"] for g in goals_out} == {1.0}


@pytest.mark.parametrize(
    ("measure", "score"),
    [
        # (value - baseline) / (target - baseline) would be inf: no score, not 1.0 by accident
        pytest.param("{name: S, baseline: 0, target: 1e-320, actual: 1e15}", None, id="tiny-range"),
        pytest.param(
            "{name: S, baseline: 5e-324, target: 1e-323, actual: -1e15}", None, id="subnormal"
        ),
        # a band of width 1e-320 around the baseline: the distance outside it would be inf
        pytest.param(
            "{name: S, direction: range, min: 0, max: 1e-320, baseline: 1e-321, actual: 1e15}",
            None,
            id="tiny-band",
        ),
        pytest.param("{name: S, baseline: 0, target: 1e15, actual: 1e15}", 1.0, id="at-the-bound"),
    ],
)
def test_ratios_that_would_overflow_have_no_score(
    tmp_path: Path, measure: str, score: float | None
) -> None:
    goal = (
        "kind: goal\nid: G\nlevel: strategic\ntitle: Sales grow 10 %\nparent: mission\n"
        f"owner: Board\nperspective: financial\nmeasures: [{measure}]\n"
    )
    plan = plan_of(tmp_path / "plan", goal=goal)
    _, out = invoke("tree", str(plan), "-f", "json", "--as-of", AS_OF)
    (node,) = strict_json(out)["roots"][0]["children"]
    (m,) = node["measures"]
    assert m["score"] == score
    assert node["score"] == score
    if score is None:
        assert m["progress"] is None


@pytest.mark.parametrize(
    "weights",
    [
        pytest.param((0, 0), id="zero"),
        pytest.param((1, -1), id="cancelling"),
        pytest.param((-2, 1), id="negative-total"),
    ],
)
def test_weighted_means_without_a_positive_total(tmp_path: Path, weights: tuple[int, int]) -> None:
    first, second = weights
    goals = (
        "kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board,"
        " perspective: financial}\ngoals:\n"
        "  - id: G\n    title: Sales grow 10 %\n    measures:\n"
        f"      - {{name: A, baseline: 0, target: 10, actual: 10, weight: {first}}}\n"
        f"      - {{name: B, baseline: 0, target: 10, actual: 0, weight: {second}}}\n"
    )
    okr = (
        "kind: okr\nid: O\nparent: mission\nobjective: Customers love us\nkey_results:\n"
        f"  - {{id: KR1, text: NPS 20 to 40, baseline: 20, target: 40, current: 40,"
        f" weight: {first}}}\n"
        f"  - {{id: KR2, text: NPS 20 to 40, baseline: 20, target: 40, current: 20,"
        f" weight: {second}}}\n"
    )
    plan = plan_of(tmp_path / "plan", goals=goals, okr=okr)
    _, out = invoke("tree", str(plan), "-f", "json", "--as-of", AS_OF)
    # A negative weight is invalid (the schema reports it) and is read as not written: 1.
    # Weights never cancel out; only weights that are all 0 leave nothing to average.
    expected = None if weights == (0, 0) else 0.5
    nodes = strict_json(out)["roots"][0]["children"]
    assert [(n["id"], n["score"]) for n in nodes] == [("G", expected), ("O", expected)]
    _, out = invoke("balance", str(plan), "-f", "json")
    strict_json(out)


# ----------------------------------------------------------------------------- every command


HOSTILE_NUMBERS = [
    "1e400",
    "1e308",
    "-1e400",
    "1" + "0" * 300,
    "1e15",
    "-1e15",
    "1e-320",
    "5e-324",
    "0",
]


def hostile_plan(root: Path, rotate: int) -> Path:
    """A plan whose every number is one of HOSTILE_NUMBERS, in turn."""
    numbers = HOSTILE_NUMBERS[rotate:] + HOSTILE_NUMBERS[:rotate]
    entries = []
    for i in range(12):
        n = [numbers[(i + k) % len(numbers)] for k in range(6)]
        entries.append(
            f"  - {{id: G{i}, title: Sales grow {i} %, perspective:"
            f" {['financial', 'customer', 'process', 'learning'][i % 4]}, weight: {n[0]},"
            f" measures: [{{name: S, baseline: {n[1]}, target: {n[2]}, actual: {n[3]},"
            f" weight: {n[4]}}}, {{name: R, direction: range, min: {n[1]}, max: {n[2]},"
            f" baseline: {n[5]}, actual: {n[3]}}}]}}\n"
        )
    return plan_of(
        root,
        settings=SETTINGS + f"thresholds: {{amber: {numbers[0]}, red: {numbers[1]}}}\n",
        goals="kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board}\n"
        "goals:\n" + "".join(entries),
        okr=(
            "kind: okr\nid: O\nparent: G0\nobjective: Customers love us\nkey_results:\n"
            + "".join(
                f"  - {{id: KR{k}, text: NPS up, baseline: {numbers[k]},"
                f" target: {numbers[k + 1]}, current: {numbers[k + 2]},"
                f" weight: {numbers[k + 3]}}}\n"
                for k in range(4)
            )
        ),
        analysis=(
            "kind: analysis\nswot:\n"
            f"  strengths: [{{id: S1, text: Bakers, rank: {numbers[0]}}}]\n"
            f"  opportunities: [{{id: O1, text: Offices, rank: {numbers[1]}}}]\n"
            f"  confrontation: {{S1: {{O1: {numbers[2]}}}}}\n"
        ),
    )


@pytest.mark.parametrize("rotate", range(len(HOSTILE_NUMBERS)))
def test_every_command_runs_on_hostile_numbers(tmp_path: Path, rotate: int) -> None:
    plan = hostile_plan(tmp_path / "plan", rotate)
    findings = findings_of(plan)
    assert too_large(findings)
    for args, shown in (
        (["tree", "--as-of", AS_OF], "G11"),
        (["balance", "--by", "plan", "--by", "level", "--by", "unit"], "Learning & growth"),
        (["balance", "-f", "md"], "| Learning & growth |"),
        (["analysis"], "S1"),
        (["validate"], "number too large"),
    ):
        _, out = invoke(args[0], str(plan), *args[1:])
        assert shown in out, (args, out[:300])
