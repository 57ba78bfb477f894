"""One measure everywhere: goal measures, key results and OGSM measures are scored by one
function and get the same findings; text where a number belongs never becomes a score."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.okr import ogsms, okrs
from prestatie.compute.progress import compute
from prestatie.findings import Finding
from prestatie.model.plan import load
from prestatie.rules.engine import validate
from prestatie.source.files import Target

AS_OF = date(2026, 12, 31)
PLAN = "kind: plan\nname: t\nperiod: 2026\nlevels: [strategic]\n"
MISSION = "kind: mission\norganisation: T\nmission: We bake bread.\n"
KINDS = ("goal", "key-result", "ogsm")


def _write(tmp_path: Path, kind: str, fields: str) -> Path:
    """A plan whose only scored measure is `fields` (flow-mapping content, with `actual`),
    written as a goal measure, a key result or an OGSM goal measure. The measure is always
    on line 2 of `m.yaml`."""
    root = tmp_path / kind
    root.mkdir(parents=True)
    (root / "prestatie.yaml").write_text(PLAN, encoding="utf-8")
    (root / "mission.yaml").write_text(MISSION, encoding="utf-8")
    if kind == "goal":
        text = (
            "measures:\n"
            f"  - {{name: M, unit: x, {fields}}}\n"
            "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Marge naar 12\nparent: mission\n"
            "owner: D\nperiod: 2026\n"
        )
    elif kind == "key-result":
        kr = fields.replace("actual:", "current:")
        text = (
            "key_results:\n"
            f"  - {{id: KR1, text: M, unit: x, {kr}}}\n"
            "  - {id: KR2, text: N, baseline: 0, target: 2}\n"
            "kind: okr\nid: OKR-1\nparent: mission\nperiod: 2026\nobjective: Klanten kiezen ons\n"
        )
    else:
        text = (
            "goals:\n"
            f"  - {{id: G1, text: M, measure: {{name: M, unit: x, {fields}}}}}\n"
            "kind: ogsm\nid: OGSM-1\nparent: mission\nperiod: 2026\nowner: D\n"
            "objective: De bakker worden\n"
        )
    (root / "m.yaml").write_text(text, encoding="utf-8")
    return root


def _score(root: Path, kind: str) -> float | None:
    plan = load(Target(root, True, None))
    if kind == "goal":
        (goal,) = plan.goals
        return compute(plan, AS_OF).of_measure(goal.measures[0]).score
    if kind == "key-result":
        return okrs(plan)[0].key_results[0].score
    return ogsms(plan)[0].score


def _measure_findings(root: Path) -> list[Finding]:
    result = validate([str(root)], as_of=AS_OF)
    return [f for f in result.findings if f.file == "m.yaml" and f.line == 2]


NOT_A_NUMBER = [
    ("baseline: 5, target: '10', actual: 5", "write 10 without quotes"),
    ("baseline: 45, target: 60%, actual: 50", "write 60 and put % in `unit:`"),
    ("baseline: 3, target: '4,0', actual: 3.5", "write 4.0 (YAML numbers use a decimal point)"),
    ("baseline: 1, target: heel veel, actual: 5", "a number is expected"),
    ("baseline: 45, target: 60, actual: 56.87%", "write 56.87 and put % in `unit:`"),
    ("baseline: 45, target: 60, actual: '56,87'", "write 56.87 (YAML numbers use a decimal point)"),
    ("baseline: 1.200.000, target: 1380000, actual: 1300000", "write 1200000 (no thousands"),
    ("baseline: 1200000, target: 1.380.000, actual: 1300000", "write 1380000 (no thousands"),
    ("baseline: 1, target: 2, actual: € 1.200.000", "write 1200000 and put EUR in `unit:`"),
    ("baseline: 1, target: 2, actual: true", "a number is expected, not true"),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("fields", "hint"), NOT_A_NUMBER)
def test_text_where_a_number_belongs_gives_no_score_and_one_finding(
    tmp_path: Path, kind: str, fields: str, hint: str
) -> None:
    root = _write(tmp_path, kind, fields)
    assert _score(root, kind) is None
    found = _measure_findings(root)
    assert [(f.code, f.file, f.line) for f in found] == [("measure/not-a-number", "m.yaml", 2)]
    assert hint in str(found[0].hint)


@pytest.mark.parametrize("kind", KINDS)
def test_a_text_check_in_value_is_reported_and_not_scored(tmp_path: Path, kind: str) -> None:
    fields = "baseline: 45, target: 60, checkins: [{date: 2026-06-30, value: '56,87'}]"
    root = _write(tmp_path, kind, fields)
    assert _score(root, kind) is None
    found = _measure_findings(root)
    assert [f.code for f in found] == ["measure/not-a-number"]
    assert "write 56.87" in str(found[0].hint)


@pytest.mark.parametrize("kind", KINDS)
def test_a_milestone_may_use_words(tmp_path: Path, kind: str) -> None:
    root = _write(tmp_path, kind, "direction: milestone, target: Kassa live, actual: gereed")
    assert _score(root, kind) == 1.0
    # An OGSM goal still has to be numeric (ogsm/goal-not-smart); the words are no error.
    assert [f.code for f in _measure_findings(root) if f.code.startswith("measure/")] == []


@pytest.mark.parametrize("kind", KINDS)
def test_gitlab_figure(tmp_path: Path, kind: str) -> None:
    root = _write(tmp_path, kind, "baseline: 45, target: 60, actual: 56.87")
    assert _score(root, kind) == pytest.approx(0.7913, abs=5e-5)
    assert _measure_findings(root) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "fields",
    [
        "direction: decrease, target: 30, actual: 35",
        "direction: decrease, target: 200, actual: 10",
        "direction: range, min: 2, max: 4, actual: 5",
    ],
)
def test_decrease_or_range_without_baseline_has_no_score(
    tmp_path: Path, kind: str, fields: str
) -> None:
    root = _write(tmp_path, kind, fields)
    assert _score(root, kind) is None
    found = _measure_findings(root)
    assert [(f.code, f.file, f.line) for f in found] == [("measure/no-baseline", "m.yaml", 2)]


@pytest.mark.parametrize(
    ("fields", "status", "met"),
    [
        ("direction: decrease, target: 30, actual: 35", "red", False),
        ("direction: decrease, target: 30, actual: 28", "green", True),
        ("direction: range, min: 2, max: 4, actual: 3", "green", True),
        ("direction: range, min: 2, max: 4, actual: 5", "red", False),
        ("direction: decrease, target: 30", "none", None),
    ],
)
def test_without_baseline_the_status_says_only_met_or_not(
    tmp_path: Path, fields: str, status: str, met: bool | None
) -> None:
    root = _write(tmp_path, "goal", fields)
    plan = load(Target(root, True, None))
    progress = compute(plan, AS_OF).of_measure(plan.goals[0].measures[0])
    assert (progress.score, progress.raw, progress.status, progress.met) == (
        None,
        None,
        status,
        met,
    )
    assert progress.as_dict()["met"] is met


def test_an_increase_without_baseline_counts_from_zero(tmp_path: Path) -> None:
    root = _write(tmp_path, "goal", "target: 40, actual: 10")
    assert _score(root, "goal") == pytest.approx(0.25)
    assert _measure_findings(root) == []


@pytest.mark.parametrize(
    ("plan_thresholds", "own", "status", "code_line"),
    [
        ("{amber: 0.5, red: 0.8}", None, "amber", ("prestatie.yaml", 5)),  # inverted: defaults
        ("{amber: 1.5}", None, "amber", ("prestatie.yaml", 5)),  # outside 0..1
        (None, "{amber: 0.5, red: 0.8}", "amber", ("m.yaml", 2)),  # inverted on the measure
        (None, "{red: 0.9}", "amber", ("m.yaml", 2)),  # inverted once merged with the plan's
        (None, "{amber: 0.6, red: 0.4}", "green", None),  # usable: used
    ],
)
def test_unusable_thresholds_are_reported_and_not_used(
    tmp_path: Path,
    plan_thresholds: str | None,
    own: str | None,
    status: str,
    code_line: tuple[str, int] | None,
) -> None:
    fields = "baseline: 0, target: 10, actual: 6" + (f", thresholds: {own}" if own else "")
    root = _write(tmp_path, "goal", fields)
    if plan_thresholds:
        (root / "prestatie.yaml").write_text(
            PLAN + f"thresholds: {plan_thresholds}\n", encoding="utf-8"
        )
    plan = load(Target(root, True, None))
    assert compute(plan, AS_OF).of_measure(plan.goals[0].measures[0]).status == status
    result = validate([str(root)], as_of=AS_OF)
    found = [(f.file, f.line) for f in result.findings if f.code == "measure/thresholds"]
    assert found == ([code_line] if code_line else [])


SAME_MEASURE = [
    ("baseline: 45, target: 60, actual: 56.87", 0.7913),
    ("baseline: 41, target: 30, direction: decrease, actual: 35", 0.5455),
    ("baseline: 41, target: 30, direction: verlagen, actual: 25", 1.0),
    ("direction: range, min: 2, max: 3, baseline: 5, actual: 4", 0.5),
    ("direction: range, min: 2, max: 4, baseline: 3, actual: 3.5", 1.0),
    ("direction: milestone, target: true, actual: false", 0.0),
    (
        "baseline: 0, target: 10, "
        "checkins: [{date: 2026-03-31, value: 4}, {date: 2026-06-30, value: 6}]",
        0.6,
    ),
    ("baseline: 0, target: 10, actual: 6, weight: 2, due: 2026-09-30, indicator: leading", 0.6),
    ("baseline: 0, target: 10, actual: 6, thresholds: {amber: 0.6, red: 0.3}", 0.6),
    ("baseline: 5, target: 5, actual: 5", None),  # zero range
    ("baseline: 0, target: 10", None),  # no data
]


@pytest.mark.parametrize(("fields", "score"), SAME_MEASURE)
def test_one_measure_scores_the_same_as_goal_measure_key_result_and_ogsm_measure(
    tmp_path: Path, fields: str, score: float | None
) -> None:
    scores = {kind: _score(_write(tmp_path, kind, fields), kind) for kind in KINDS}
    expected = None if score is None else pytest.approx(score, abs=5e-5)
    assert scores == {kind: expected for kind in KINDS}


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ("baseline: 5, target: 5, actual: 5", "measure/zero-range"),
        ("baseline: 10, target: 5, direction: increase, actual: 5", "smart/target-direction"),
        ("direction: range, min: 2, actual: 5", "smart/no-target"),
        (
            "baseline: 0, target: 10, actual: 6, thresholds: {amber: 0.2, red: 0.6}",
            "measure/thresholds",
        ),
        ("baseline: 0, target: 10, due: 2027-03-01, actual: 5", "smart/due-period"),
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_one_measure_gets_the_same_findings_everywhere(
    tmp_path: Path, kind: str, fields: str, code: str
) -> None:
    root = _write(tmp_path, kind, fields)
    assert [(f.code, f.file, f.line) for f in _measure_findings(root)] == [(code, "m.yaml", 2)]


def test_key_results_carry_owner_and_note_and_the_okr_scale(tmp_path: Path) -> None:
    root = _write(
        tmp_path, "key-result", "baseline: 0, target: 10, actual: 5, owner: Piet, note: n"
    )
    plan = load(Target(root, True, None))
    kr = okrs(plan)[0].key_results[0]
    assert (kr.owner, kr.note) == ("Piet", "n")
    # 0.5 is amber on the OKR scale (0.4 / 0.7), not pace-judged like a goal's measure.
    assert (kr.progress.scale, kr.progress.status) == ("okr", "amber")
    assert _measure_findings(root) == []


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ("baseline: 3.5, target: 4.5, green: 4.25, red: 3.9, actual: 4.3", "green"),
        ("baseline: 3.5, target: 4.5, green: 4.25, red: 3.9, actual: 4.25", "green"),
        ("baseline: 3.5, target: 4.5, green: 4.25, red: 3.9, actual: 4.0", "amber"),
        ("baseline: 3.5, target: 4.5, green: 4.25, red: 3.9, actual: 3.8", "red"),
        ("baseline: 41, target: 30, direction: decrease, green: 32, red: 38, actual: 31", "green"),
        ("baseline: 41, target: 30, direction: decrease, green: 32, red: 38, actual: 35", "amber"),
        ("baseline: 41, target: 30, direction: decrease, green: 32, red: 38, actual: 39", "red"),
        ("target: 30, direction: decrease, green: 32, red: 38, actual: 35", "amber"),
        ("baseline: 3.5, target: 4.5, green: 4.25, red: 3.9", "none"),
    ],
)
@pytest.mark.parametrize("kind", ["goal", "key-result"])
def test_levels_in_the_measures_own_unit_set_its_status(
    tmp_path: Path, kind: str, fields: str, status: str
) -> None:
    root = _write(tmp_path, kind, fields)
    plan = load(Target(root, True, None))
    if kind == "goal":
        progress = compute(plan, AS_OF).of_measure(plan.goals[0].measures[0])
    else:
        progress = okrs(plan)[0].key_results[0].progress
    assert progress.status == status
    assert [f.code for f in _measure_findings(root) if f.code == "measure/thresholds"] == []


@pytest.mark.parametrize(
    "fields",
    [
        "baseline: 3, target: 5, green: 3.9, red: 4.25, actual: 4",  # inverted for an increase
        "baseline: 41, target: 30, direction: decrease, green: 38, red: 32, actual: 35",
        "baseline: 3, target: 5, green: 4.25, actual: 4",  # green without red
        "baseline: 3, target: 5, green: 4.25, red: 3.9, thresholds: {amber: 0.9}, actual: 4",
        "direction: range, min: 2, max: 4, baseline: 5, green: 3, red: 5, actual: 4",
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_unusable_levels_are_reported_and_ignored(tmp_path: Path, kind: str, fields: str) -> None:
    root = _write(tmp_path, kind, fields)
    found = _measure_findings(root)
    assert [(f.code, f.file, f.line) for f in found] == [("measure/thresholds", "m.yaml", 2)]
    if kind == "goal":
        # The plan's thresholds decide, as if neither levels nor `thresholds:` were written.
        plain = re.sub(r"(green|red): [\d.]+, |thresholds: \{[^}]*\}, ", "", fields)
        bare = _write(tmp_path / "bare", kind, plain)
        statuses = []
        for where in (root, bare):
            plan = load(Target(where, True, None))
            statuses.append(compute(plan, AS_OF).of_measure(plan.goals[0].measures[0]).status)
        assert statuses[0] == statuses[1]


def _tree(root: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        app,
        ["tree", str(root), "--as-of", "2026-12-31", *extra],
        catch_exceptions=False,
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_coverage_two_of_six_measured_is_partial_in_json_and_text(tmp_path: Path) -> None:
    measured = ["{name: A, baseline: 0, target: 10, actual: 10}"] * 2
    empty = [f"{{name: E{i}, baseline: 0, target: 10}}" for i in range(4)]
    root = _write(tmp_path, "goal", "baseline: 0, target: 10, actual: 10")
    (root / "m.yaml").write_text(
        "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Marge naar 12\nparent: mission\n"
        "owner: D\nperiod: 2026\nmeasures:\n" + "".join(f"  - {m}\n" for m in measured + empty),
        encoding="utf-8",
    )
    node = json.loads(_tree(root, "-f", "json"))["roots"][0]["children"][0]
    assert (node["score"], node["coverage"], node["partial"]) == (
        1.0,
        {"measured": 2, "of": 6},
        True,
    )
    text = _tree(root)
    assert "  green ██████████ 100%* · measured 2 of 6\n" in text
    assert text.rstrip().endswith(
        "* partial: the score rests on fewer than half of the objective's parts"
    )


def test_coverage_counts_children_and_is_not_partial_at_half(tmp_path: Path) -> None:
    root = _write(tmp_path, "goal", "baseline: 0, target: 10, actual: 5")
    (root / "child.yaml").write_text(
        "kind: goal\nid: SD-2\nlevel: strategic\ntitle: Kind naar 12\nparent: SD-1\n"
        "owner: D\nperiod: 2026\nmeasures: [{name: K, baseline: 0, target: 10}]\n",
        encoding="utf-8",
    )
    plan = load(Target(root, True, None))
    progress = compute(plan, AS_OF).goals["SD-1"]
    assert progress.coverage is not None
    assert (progress.coverage.measured, progress.coverage.of, progress.coverage.partial) == (
        1,
        2,
        False,
    )
    assert "*" not in _tree(root).split("SD-1")[1].split("\n")[0]


def test_okr_and_ogsm_report_coverage_too(tmp_path: Path) -> None:
    root = _write(tmp_path, "key-result", "baseline: 0, target: 10, actual: 5")
    node = json.loads(_tree(root, "-f", "json"))["roots"][0]["children"][0]
    assert (node["kind"], node["coverage"], node["scale"]) == (
        "okr",
        {"measured": 1, "of": 2},
        "okr",
    )
    root = _write(tmp_path, "ogsm", "baseline: 0, target: 10, actual: 5")
    node = json.loads(_tree(root, "-f", "json"))["roots"][0]["children"][0]
    assert (node["kind"], node["coverage"], node["scale"]) == (
        "ogsm",
        {"measured": 1, "of": 1},
        "plan",
    )


def test_a_key_result_without_baseline_shows_met_or_not_in_json_and_text(tmp_path: Path) -> None:
    root = _write(tmp_path, "key-result", "direction: decrease, target: 30, actual: 35")
    okr = json.loads(_tree(root, "-f", "json"))["roots"][0]["children"][0]
    kr = okr["children"][0]
    assert (kr["score"], kr["status"], kr["met"], kr["scale"]) == (None, "red", False, "okr")
    assert (kr["measures"][0]["score"], kr["measures"][0]["met"]) == (None, False)
    assert "── KR1 M                     red     ·········· – · target not met\n" in _tree(root)
