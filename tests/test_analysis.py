"""The strategic analysis: matrix totals and quadrant sums against a hand calculation,
Dutch aliases, coverage, severities, JSON shape, Markdown escaping and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.analysis import analyse
from prestatie.model.analysis import Address, Analysis
from prestatie.model.plan import load
from prestatie.render import analysis_md
from prestatie.rules.engine import validate
from prestatie.source.files import Target

from .conftest import EXAMPLES

runner = CliRunner()

SETTINGS = "kind: plan\nname: Test\nperiod: 2026\nlevels: [strategic, department]\n"
MISSION = "kind: mission\norganisation: Test BV\nmission: We bake good bread.\n"

# The small case computed by hand below.
#
#            O1   O2   T1 | total  weight
#   S1       +2   +1   -1 |   +2      4
#   S2       +1    .   +2 |   +3      3
#   W1       -2   -1   -2 |   -5      5
#   total    +1    0   -1 |    0
#   weight    5    2    5
#
# grow S×O = 2 + 1 + 1 = 4; improve W×O = -2 - 1 = -3;
# defend S×T = -1 + 2 = 1; withdraw W×T = -2. Together 0, the grand total.
ENGLISH = """\
kind: analysis
id: AN-1
title: Small case
swot:
  strengths: [{id: S1, text: Craft, rank: 1}, {id: S2, text: Own delivery}]
  weaknesses: [{id: W1, text: Few business customers}]
  opportunities: [{id: O1, text: Offices}, {id: O2, text: Care homes}]
  threats: [{id: T1, text: Flour prices}]
  confrontation:
    S1: {O1: 2, O2: 1, T1: -1}
    S2: {O1: 1, T1: 2}
    W1: {O1: -2, O2: -1, T1: -2}
  options:
    - {id: OPT1, quadrant: defend, text: Deliver ourselves, items: [S2, T1]}
porter:
  generic_strategy: cost-leadership
  forces:
    rivalry: {pressure: high, note: Three chains}
    new_entrants: {pressure: low}
    substitutes: {pressure: medium}
    buyer_power: {pressure: medium}
    supplier_power: {pressure: high}
"""

DUTCH = (
    ENGLISH.replace("strengths:", "sterkten:")
    .replace("weaknesses:", "zwakten:")
    .replace("opportunities:", "kansen:")
    .replace("threats:", "bedreigingen:")
    .replace("quadrant: defend", "quadrant: verdedigen")
    .replace("cost-leadership", "kostenleiderschap")
    .replace("pressure: high", "pressure: hoog")
    .replace("pressure: low", "pressure: laag")
    .replace("pressure: medium", "pressure: gemiddeld")
)

GOALS = """\
kind: goals
defaults: {owner: Directie}
goals:
  - id: SD-1
    level: strategic
    title: Twenty new business customers
    parent: mission
    addresses: [W1, O1, OPT1]
    measures: [{name: Customers, unit: count, baseline: 0, target: 20}]
  - id: AD-1
    level: department
    unit: Sales
    title: Ten care homes supplied
    parent: SD-1
    addresses: [O2]
    measures: [{name: Care homes, unit: count, baseline: 0, target: 10}]
"""


def write_plan(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in {"prestatie.yaml": SETTINGS, "mission.yaml": MISSION, **files}.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def analysed(folder: Path) -> Analysis:
    return analyse(load(Target(folder, True, None)))


def without_columns(value: Any) -> Any:
    """The data without column positions (a Dutch key is shorter than an English one)."""
    if isinstance(value, dict):
        return {k: without_columns(v) for k, v in value.items() if k != "column"}
    if isinstance(value, list):
        return [without_columns(v) for v in value]
    return value


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_matrix_totals_and_quadrant_sums_by_hand(tmp_path: Path) -> None:
    result = analysed(write_plan(tmp_path, {"analysis.yaml": ENGLISH, "goals.yaml": GOALS}))
    matrix = result.matrix
    assert matrix.rows == ["S1", "S2", "W1"]
    assert matrix.columns == ["O1", "O2", "T1"]
    assert matrix.cells == [[2, 1, -1], [1, None, 2], [-2, -1, -2]]
    assert matrix.row_totals == [2, 3, -5]
    assert matrix.column_totals == [1, 0, -1]
    assert matrix.total == 0
    assert matrix.score("S2", "T1") == 2
    sums = {q.kind.id: (q.sum, q.weight) for q in result.quadrants}
    assert sums == {"grow": (4, 4), "improve": (-3, 3), "defend": (1, 3), "withdraw": (-2, 2)}
    weights = {i.id: i.weight for items in result.items.values() for i in items}
    assert weights == {"S1": 4, "S2": 3, "W1": 5, "O1": 5, "O2": 2, "T1": 5}
    assert result.key_items == {
        "strengths": ["S1"],
        "weaknesses": ["W1"],
        "opportunities": ["O1"],
        "threats": ["T1"],
    }
    issues = {q.kind.id: [(c.row, c.column) for c in q.key_issues] for q in result.quadrants}
    assert issues == {
        "grow": [("S1", "O1")],
        "improve": [("W1", "O1")],
        "defend": [("S2", "T1")],
        "withdraw": [("W1", "T1")],
    }


def test_dutch_aliases_give_the_same_canonical_analysis(tmp_path: Path) -> None:
    english = analysed(write_plan(tmp_path / "en", {"analysis.yaml": ENGLISH}))
    dutch = analysed(write_plan(tmp_path / "nl", {"analysis.yaml": DUTCH}))
    assert without_columns(dutch.as_dict()) == without_columns(english.as_dict())
    assert dutch.porter is not None
    assert dutch.porter.generic_strategies == ["cost-leadership"]
    assert {f.id: f.pressure for f in dutch.porter.forces.values()} == {
        "rivalry": "high",
        "new_entrants": "low",
        "substitutes": "medium",
        "buyer_power": "medium",
        "supplier_power": "high",
    }
    assert dutch.options[0].quadrant == "defend"


def test_coverage_counts_strategic_objectives_and_options(tmp_path: Path) -> None:
    result = analysed(write_plan(tmp_path, {"analysis.yaml": ENGLISH, "goals.yaml": GOALS}))
    assert result.coverage["W1"] == [Address("SD-1")]
    assert result.coverage["T1"] == [Address("SD-1", via="OPT1")]  # through the option
    assert result.coverage["OPT1"] == [Address("SD-1")]
    assert "O2" not in result.coverage  # only a department goal addresses it
    assert result.unaddressed == ["O2"]


def test_unaddressed_severities_and_the_plans_setting_wins(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, {"analysis.yaml": ENGLISH, "goals.yaml": GOALS})
    found = [(f.code, f.item, f.severity) for f in validate([str(plan)]).findings]
    assert found == [("swot/unaddressed", "O2", "info")]
    finding = validate([str(plan)]).findings[0]
    assert "AD-1 addresses it too" in str(finding.hint)
    (plan / "goals.yaml").write_text(GOALS.replace("[W1, O1, OPT1]", "[O1]"), encoding="utf-8")
    found = [(f.item, f.severity) for f in validate([str(plan)]).findings]
    assert found == [("W1", "warning"), ("O2", "info"), ("T1", "warning")]
    (plan / "prestatie.yaml").write_text(
        SETTINGS + "rules:\n  swot/unaddressed: error\n", encoding="utf-8"
    )
    assert {f.severity for f in validate([str(plan)]).findings} == {"error"}
    (plan / "prestatie.yaml").write_text(
        SETTINGS + "rules:\n  swot/unaddressed: off\n", encoding="utf-8"
    )
    assert validate([str(plan)]).findings == []


def test_too_many_defaults_to_five(tmp_path: Path) -> None:
    threats = "".join(f"    - {{id: T{n}, text: Threat {n}}}\n" for n in range(1, 7))
    analysis = f"kind: analysis\nswot:\n  bedreigingen:\n{threats}"
    goal = GOALS.replace("[W1, O1, OPT1]", "[T1, T2, T3, T4, T5, T6]").replace("[O2]", "[]")
    plan = write_plan(tmp_path, {"analysis.yaml": analysis, "goals.yaml": goal})
    found = [(f.code, f.line, f.item) for f in validate([str(plan)]).findings]
    assert found == [("swot/too-many", 9, None)]


def test_several_analysis_documents_are_merged(tmp_path: Path) -> None:
    swot, porter = ENGLISH.split("porter:\n")
    plan = write_plan(
        tmp_path,
        {
            "analysis.yaml": swot,
            "porter.yaml": "kind: analysis\nid: AN-2\nporter:\n" + porter,
            "z.yaml": "kind: analysis\nswot:\n  kansen: [{id: O3, text: Hotels}]\n",
        },
    )
    result = analysed(plan)
    assert [s.id for s in result.sources] == ["AN-1", "AN-2", None]
    assert [i.id for i in result.items["opportunities"]] == ["O1", "O2", "O3"]
    assert result.matrix.columns == ["O1", "O2", "O3", "T1"]
    assert result.porter is not None and result.porter.missing == []


def test_focus_with_a_focus_type_is_one_strategy(tmp_path: Path) -> None:
    porter = ENGLISH.replace(
        "generic_strategy: cost-leadership",
        "generic_strategy: focus\n  focus_type: differentiation",
    )
    plan = write_plan(tmp_path, {"analysis.yaml": porter, "goals.yaml": GOALS})
    assert "porter/stuck-in-the-middle" not in {f.code for f in validate([str(plan)]).findings}
    code, output = invoke("analysis", str(plan), "--lang", "en")
    assert code == 0
    assert "Generic strategy: differentiation focus" in output


def test_json_shape(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, {"analysis.yaml": ENGLISH, "goals.yaml": GOALS})
    code, output = invoke("analysis", str(plan), "--format", "json")
    assert code == 0
    payload: dict[str, Any] = json.loads(output)
    assert set(payload) == {
        "documents",
        "swot",
        "matrix",
        "quadrants",
        "key_items",
        "unaddressed",
        "options",
        "porter",
    }
    assert payload["documents"] == [{"file": "analysis.yaml", "id": "AN-1", "title": "Small case"}]
    assert list(payload["swot"]) == ["strengths", "weaknesses", "opportunities", "threats"]
    first = payload["swot"]["strengths"][0]
    assert first == {
        "id": "S1",
        "text": "Craft",
        "rank": 1,
        "note": None,
        "total": 2,
        "weight": 4,
        "file": "analysis.yaml",
        "line": 5,
        "column": 20,
        "addressed_by": [],
    }
    assert payload["swot"]["threats"][0]["addressed_by"] == [{"goal": "SD-1", "via": "OPT1"}]
    assert payload["matrix"] == {
        "rows": ["S1", "S2", "W1"],
        "columns": ["O1", "O2", "T1"],
        "cells": [[2, 1, -1], [1, None, 2], [-2, -1, -2]],
        "row_totals": [2, 3, -5],
        "column_totals": [1, 0, -1],
        "total": 0,
    }
    assert payload["quadrants"][0] == {
        "id": "grow",
        "name": {"en": "grow", "nl": "groeien"},
        "rows": "strengths",
        "columns": "opportunities",
        "sum": 4,
        "weight": 4,
        "key_issues": [{"row": "S1", "column": "O1", "score": 2}],
    }
    assert payload["unaddressed"] == ["O2"]
    assert payload["options"][0]["addressed_by"] == ["SD-1"]
    assert payload["porter"]["generic_strategies"] == ["cost-leadership"]
    assert payload["porter"]["forces"][0] == {
        "id": "rivalry",
        "pressure": "high",
        "note": "Three chains",
        "notes": [],
    }


def test_text_output_shows_the_matrix_with_totals(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, {"analysis.yaml": DUTCH, "goals.yaml": GOALS})
    code, output = invoke("analysis", str(plan))  # the plan's language: en (default)
    assert code == 0
    assert "\033[" not in output
    lines = output.splitlines()
    assert any(line.split() == ["S1", "+2", "+1", "−1", "+2"] for line in lines)
    assert any(line.split() == ["S2", "+1", "·", "+2", "+3"] for line in lines)
    assert any(line.split() == ["W1", "−2", "−1", "−2", "−5"] for line in lines)
    assert any(line.split() == ["Total", "+1", "0", "−1", "0"] for line in lines)
    assert "Confrontation matrix" in output
    code, output = invoke("analysis", str(plan), "--lang", "nl")
    assert "Confrontatiematrix" in output and "Kwadrantsommen" in output
    assert "groeien" in output and "terugtrekken" in output
    assert "SD-1 (via OPT1)" in output
    assert "Generieke strategie: kostenleiderschap" in output


def test_markdown_escapes_plan_text(tmp_path: Path) -> None:
    hostile = ENGLISH.replace("text: Craft", 'text: "a | b `code` <script>x</script> *em* #1"')
    plan = write_plan(tmp_path, {"analysis.yaml": hostile, "goals.yaml": GOALS})
    code, output = invoke("analysis", str(plan), "--format", "md")
    assert code == 0
    assert "<script>" not in output
    assert r"a \| b \`code\` &lt;script&gt;x&lt;/script&gt; \*em\* \#1" in output
    coverage = [ln for ln in output.splitlines() if ln.startswith(r"| **S1** | a \|")]
    assert len(coverage) == 1
    assert coverage[0].replace("\\|", "").count("|") == 4  # three columns: the pipe is text
    assert "## Confrontation matrix" in output
    assert "| **Total** | **+1** | **0** | **−1** | **0** |" in output


def test_markdown_escape_function() -> None:
    assert analysis_md.escape("R&D <b>|`x`</b>\nnext &amp;") == (
        r"R&D &lt;b&gt;\|\`x\`&lt;/b&gt; next &amp;amp;"
    )


def test_plan_without_analysis(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, {"goals.yaml": GOALS.replace("addresses: [W1, O1, OPT1]", "")})
    code, output = invoke("analysis", str(plan))
    assert code == 0
    assert "no strategic analysis" in output
    code, output = invoke("analysis", str(plan), "-f", "json")
    assert json.loads(output)["documents"] == []


def test_dutch_example_answers_every_weakness_and_threat() -> None:
    plan_dir = EXAMPLES / "gouden-korst"
    result = analysed(plan_dir)
    flagged = {f.item for f in validate([str(plan_dir)]).findings if f.code == "swot/unaddressed"}
    for category in ("weaknesses", "threats"):
        for item in result.items[category]:
            assert result.coverage.get(item.id) or item.id in flagged, item.id
    assert result.matrix.row_totals == [5, 7, 5, 3, -5, -4, -3, -3]
    assert result.matrix.column_totals == [4, 2, 4, -2, -3, 3, -2, -1]
    sums = {q.kind.id: q.sum for q in result.quadrants}
    assert sums == {"grow": 14, "improve": -6, "defend": 6, "withdraw": -9}
    grow = result.quadrants[0].key_issues
    assert [(c.row, c.column) for c in grow] == [("S2", "O1"), ("S3", "O1"), ("S4", "O1")]
    code, output = invoke("analysis", str(plan_dir))
    assert code == 0
    assert "Confrontatiematrix" in output
    assert any(line.split()[:1] == ["Totaal"] and "+5" in line for line in output.splitlines())
