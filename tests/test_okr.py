"""OKR and OGSM scoring, and `prestatie new okr|ogsm` end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.okr import ogsms, okr_status, okrs
from prestatie.model.plan import load
from prestatie.source.files import Target

from .conftest import CASES, EXAMPLES

runner = CliRunner()


def _plan(tmp_path: Path, okr_text: str) -> Path:
    shutil.copytree(CASES / "valid" / "all-kinds", tmp_path / "plan")
    (tmp_path / "plan" / "extra.yaml").write_text(okr_text, encoding="utf-8")
    return tmp_path / "plan"


@pytest.mark.parametrize(
    ("key_result", "score"),
    [
        ("{id: K, text: a, baseline: 0, target: 40, current: 12}", 0.3),
        ("{id: K, text: a, baseline: 0, target: 40, current: 50}", 1.0),  # capped
        ("{id: K, text: a, baseline: 10, target: 20, current: 5}", 0.0),  # floored
        ("{id: K, text: a, baseline: 8, target: 4, direction: decrease, current: 6}", 0.5),
        ("{id: K, text: a, baseline: 0, target: 40, current: 12, score: 0.7}", 0.7),  # manual
        ("{id: K, text: a, direction: milestone, target: true, current: true}", 1.0),
        ("{id: K, text: a, baseline: 0, target: 40}", None),  # no current
    ],
)
def test_key_result_scores(tmp_path: Path, key_result: str, score: float | None) -> None:
    plan_dir = _plan(
        tmp_path,
        "kind: okr\nid: OKR-T\nparent: AD-1\nperiod: 2026-Q2\nobjective: x\n"
        f"key_results:\n  - {key_result}\n",
    )
    plan = load(Target(plan_dir, True, None))
    (okr,) = [o for o in okrs(plan) if o.id == "OKR-T"]
    assert okr.key_results[0].score == (pytest.approx(score) if score is not None else None)


def test_objective_score_is_the_weighted_mean(tmp_path: Path) -> None:
    plan_dir = _plan(
        tmp_path,
        "kind: okr\nid: OKR-T\nparent: AD-1\nperiod: 2026-Q2\nobjective: x\nkey_results:\n"
        "  - {id: A, text: a, baseline: 0, target: 10, current: 10}\n"  # 1.0
        "  - {id: B, text: b, baseline: 0, target: 10, current: 4, weight: 3}\n"  # 0.4
        "  - {id: C, text: c, baseline: 0, target: 10}\n",  # no data: left out
    )
    plan = load(Target(plan_dir, True, None))
    (okr,) = [o for o in okrs(plan) if o.id == "OKR-T"]
    assert okr.score == pytest.approx((1.0 + 3 * 0.4) / 4)


@pytest.mark.parametrize(
    ("score", "status"),
    [
        (0.0, "red"),
        (0.3, "red"),
        (0.39, "red"),
        (0.4, "amber"),
        (0.6, "amber"),
        (0.69, "amber"),
        (0.7, "green"),
        (1.0, "green"),
        (None, "none"),
    ],
)
def test_google_playbook_colours(score: float | None, status: str) -> None:
    assert okr_status(score) == status


def test_ogsm_scores(tmp_path: Path) -> None:
    plan_dir = _plan(
        tmp_path,
        "kind: ogsm\nid: OGSM-T\nparent: mission\nperiod: 2026\nobjective: x\ngoals:\n"
        "  - {id: G1, text: a, measure: {name: m, unit: EUR, baseline: 0, target: 10,"
        " actual: 5}}\n"
        "  - {id: G2, text: b, measure: {name: m, unit: EUR, baseline: 0, target: 10,"
        " actual: 10}}\n"
        "strategies:\n"
        "  - {id: S1, text: s, measures: [{name: m, baseline: 0, target: 4, actual: 1},"
        " {name: n, baseline: 0, target: 4, actual: 3}]}\n",
    )
    plan = load(Target(plan_dir, True, None))
    (ogsm,) = [o for o in ogsms(plan) if o.id == "OGSM-T"]
    assert ogsm.score == pytest.approx(0.75)
    assert ogsm.strategies[0].score == pytest.approx(0.5)
    assert ogsm.strategies[0].ref == "OGSM-T/S1"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", target)
    return target


def _nodes(payload: dict[str, object]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    stack = list(payload["roots"])  # type: ignore[call-overload]
    while stack:
        node = stack.pop()
        out[node["id"]] = node
        stack.extend(node["children"])
    return out


def test_new_okr_validates_appears_under_its_parent_and_is_scored(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    result = runner.invoke(
        app,
        ["new", "okr", "--parent", "AD-ZM-2", "--period", "2026-Q4", "--plan", str(plan)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("aangemaakt: ")  # the plan's language: Dutch
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    text = written.read_text(encoding="utf-8")
    # offline: the plan's own copy of the schemas, written with the first new file
    first = "# yaml-language-server: $schema=../.prestatie/schemas/okr.schema.json\n"
    assert text.startswith(first)
    assert (plan / ".prestatie" / "schemas" / "okr.schema.json").is_file()
    assert 'parent: "AD-ZM-2"' in text and 'period: "2026-Q4"' in text
    assert 'owner: "Hoofd Zakelijke Markt"' in text  # from the parent
    assert 'perspective: "klant"' in text  # in the plan's language
    check = runner.invoke(  # the example's own people warnings aside
        app,
        ["validate", str(plan), "--strict", "--as-of", "2026-11-27", "--ignore", "people"],
        catch_exceptions=False,
    )
    assert check.exit_code == 0, check.output
    tree = runner.invoke(
        app, ["tree", str(plan), "--as-of", "2026-11-27", "-f", "json"], catch_exceptions=False
    )
    nodes = _nodes(json.loads(tree.output))
    assert "OKR-AD-ZM-2-2026-Q4" in [c["id"] for c in nodes["AD-ZM-2"]["children"]]  # type: ignore[union-attr]
    okr_node = nodes["OKR-AD-ZM-2-2026-Q4"]
    assert (okr_node["kind"], okr_node["score"], okr_node["status"]) == ("okr", 0.0, "red")
    assert [c["kind"] for c in okr_node["children"]] == ["key-result", "key-result"]  # type: ignore[union-attr]


def test_new_refuses_to_overwrite_and_checks_the_parent(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    out = plan / "mijn-okr.yaml"
    out.write_text("# keep me\n", encoding="utf-8")
    args = ["new", "okr", "--parent", "AD-ZM-2", "-o", str(out), "--plan", str(plan)]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "# keep me\n"
    assert runner.invoke(app, [*args, "--force"], catch_exceptions=False).exit_code == 0
    assert "kind: okr" in out.read_text(encoding="utf-8")
    bad = runner.invoke(
        app, ["new", "okr", "--parent", "AD-ZM-9", "--plan", str(plan)], catch_exceptions=False
    )
    assert bad.exit_code == 2
    wrong = runner.invoke(
        app, ["new", "okr", "--parent", "p-0142", "--plan", str(plan)], catch_exceptions=False
    )
    assert wrong.exit_code == 2
    none = runner.invoke(app, ["new", "okr", "--plan", str(plan)], catch_exceptions=False)
    assert none.exit_code == 2
    missing = runner.invoke(
        app,
        [
            "new",
            "okr",
            "--parent",
            "AD-ZM-2",
            "-o",
            str(plan / "nope" / "x.yaml"),
            "--plan",
            str(plan),
        ],
        catch_exceptions=False,
    )
    assert missing.exit_code == 2


def test_new_ogsm_and_child_ogsm_validate(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    first = runner.invoke(
        app,
        ["new", "ogsm", "--id", "OGSM-TEST", "--owner", "Directie", "--plan", str(plan)],
        catch_exceptions=False,
    )
    assert first.exit_code == 0, first.output
    child = runner.invoke(
        app,
        ["new", "ogsm", "--parent", "OGSM-TEST/S2", "--plan", str(plan)],
        catch_exceptions=False,
    )
    assert child.exit_code == 0, child.output
    text = (plan / "ogsm" / "ogsm-test-s2.yaml").read_text(encoding="utf-8")
    assert 'objective: "Strategie 2: de keuze in woorden"' in text  # the parent strategy
    check = runner.invoke(  # the example's own people warnings aside
        app, ["validate", str(plan), "--strict", "--ignore", "people"], catch_exceptions=False
    )
    assert check.exit_code == 0, check.output


def test_new_writes_hostile_values_as_quoted_strings(tmp_path: Path) -> None:
    plan = _copy(tmp_path)
    hostile = 'x"\n- kind: plan\n#: {a: [b]} <script>'
    result = runner.invoke(
        app,
        [
            "new",
            "okr",
            "--parent",
            "AD-ZM-2",
            "--owner",
            hostile,
            "--objective",
            hostile,
            "--plan",
            str(plan),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    check = runner.invoke(app, ["validate", str(plan), "-f", "json"], catch_exceptions=False)
    payload = json.loads(check.output)
    assert payload["summary"]["error"] == 0
    loaded = load(Target(plan, True, None))
    (okr,) = [o for o in okrs(loaded) if o.id.startswith("OKR-AD-ZM-2")]
    assert okr.owner == hostile.strip() or okr.owner == hostile
