"""Balance figures against hand calculations, perspective sets, and the balance command."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute import balance
from prestatie.compute.scorecards import effective_perspectives, scorecards
from prestatie.format import perspectives
from prestatie.model.plan import load
from prestatie.source.files import Target

from .conftest import CASES, EXAMPLES

runner = CliRunner()
ONE_SIDED = EXAMPLES / "eenzijdig"


def _scope(path: Path, kind: str, name: str) -> balance.Scope:
    plan = load(Target(path, (path / "prestatie.yaml").is_file(), None))
    return next(s for s in balance.scopes(plan) if s.kind == kind and s.name == name)


def test_entropy_formula() -> None:
    assert balance.entropy([0.25] * 4, 4) == pytest.approx(1.0)
    assert balance.entropy([1.0, 0, 0, 0], 4) == 0.0
    assert balance.entropy([0.5, 0.5, 0, 0], 4) == pytest.approx(0.5)
    assert balance.entropy([], 4) is None
    assert balance.entropy([1.0], 1) is None


def test_one_sided_plan_by_hand() -> None:
    # strategic weights: financial 3 + 2 + 2, customer 1; department (weight 1 each):
    # financial 4, customer 1. Plan: financial 11, customer 2 of 13.
    scope = _scope(ONE_SIDED, "plan", "plan")
    shares = {f.id: f.share for f in scope.perspectives}
    assert shares["financial"] == pytest.approx(11 / 13)
    assert shares["customer"] == pytest.approx(2 / 13)
    assert shares["process"] == 0.0 and shares["learning"] == 0.0
    p, q = 11 / 13, 2 / 13
    assert scope.entropy == pytest.approx(-(p * math.log(p) + q * math.log(q)) / math.log(4))
    assert round(scope.entropy or 0, 4) == 0.3097
    assert scope.orientation == {"external": pytest.approx(1.0), "internal": 0.0}
    assert scope.horizon["short"] == pytest.approx(11 / 13)
    assert scope.horizon["long"] == 0.0
    assert (scope.leading, scope.lagging, scope.leading_ratio) == (2, 7, pytest.approx(2 / 9))
    assert (scope.objectives, scope.measures, scope.weight) == (9, 9, 13.0)
    strategic = _scope(ONE_SIDED, "level", "strategic")
    assert strategic.figures("financial").share == pytest.approx(7 / 8)
    assert strategic.figures("financial").objectives == 3


def test_balance_case_by_hand() -> None:
    # strategic weights 5 / 3 / 3 / 0.5 of 11.5
    strategic = _scope(CASES / "invalid" / "balance", "level", "strategic")
    assert [round(f.share or 0, 4) for f in strategic.perspectives] == [
        round(5 / 11.5, 4),
        round(3 / 11.5, 4),
        round(3 / 11.5, 4),
        round(0.5 / 11.5, 4),
    ]
    assert round(strategic.entropy or 0, 4) == 0.8653
    operational = _scope(CASES / "invalid" / "balance", "level", "operational")
    assert [f.share for f in operational.perspectives] == [0.125, 0.125, 0.625, 0.125]
    unit_a = _scope(CASES / "invalid" / "balance", "unit", "A")
    assert unit_a.objectives == 8
    assert unit_a.figures("process").share == pytest.approx(5 / 8)


def test_perspective_inherited_from_parent(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text(
        "kind: goals\ngoals:\n"
        "  - {id: SD-1, level: strategic, parent: mission, perspective: klant, title: a}\n"
        "  - {id: AD-1, level: department, parent: SD-1, title: b}\n"
        "  - {id: OD-1, level: operational, parent: AD-1, title: c}\n",
        encoding="utf-8",
    )
    plan = load(Target(tmp_path, False, None))
    effective = effective_perspectives(plan)
    assert effective.of == {"SD-1": "customer", "AD-1": "customer", "OD-1": "customer"}
    assert effective.inherited_from == {"AD-1": "SD-1", "OD-1": "SD-1"}
    scope = next(s for s in balance.scopes(plan, ["plan"]))
    assert scope.inherited == {"AD-1": "SD-1", "OD-1": "SD-1"}


def test_builtin_perspective_sets() -> None:
    kn = perspectives.builtin("kaplan-norton")
    nl = perspectives.builtin("nederlands")
    public = perspectives.builtin("publieke-sector")
    assert kn is not None and nl is not None and public is not None
    assert kn.ids == ["financial", "customer", "process", "learning"]
    assert [p.label("nl") for p in nl.perspectives] == [
        "Financieel",
        "Klant en markt",
        "Mensen en processen",
        "Innovatie",
    ]
    assert [p.order for p in kn.perspectives] == [4, 3, 2, 1]
    assert [(p.orientation, p.horizon) for p in kn.perspectives] == [
        ("external", "short"),
        ("external", "medium"),
        ("internal", "medium"),
        ("internal", "long"),
    ]
    for alias, pid in [
        ("klant-en-markt", "customer"),
        ("Mensen en processen", "process"),
        ("innovatie", "learning"),
        ("leren-en-groeien", "learning"),
        ("interne-processen", "process"),
        ("financieel", "financial"),
    ]:
        assert kn.resolve(alias) == pid
    assert public.ids[0] == "society"
    assert public.resolve("maatschappelijke-prestaties") == "society"
    assert max(public.perspectives, key=lambda p: p.order).id == "society"


def test_custom_perspective_set(tmp_path: Path) -> None:
    (tmp_path / "prestatie.yaml").write_text(
        "kind: plan\nname: x\nperspectives:\n"
        "  - {id: people, labels: {nl: Mensen, en: People}, orientation: internal, "
        "horizon: long, order: 1, aliases: [mensen]}\n"
        "  - {id: planet, labels: {nl: Planeet, en: Planet}, orientation: external, order: 2}\n"
        "  - {id: profit, labels: {nl: Winst, en: Profit}, orientation: external, "
        "horizon: short, order: 3}\n",
        encoding="utf-8",
    )
    (tmp_path / "g.yaml").write_text(
        "kind: goals\ndefaults: {level: strategic, parent: mission}\ngoals:\n"
        "  - {id: A, perspective: mensen, title: a}\n"
        "  - {id: B, perspective: Planet, title: b}\n"
        "  - {id: C, perspective: profit, title: c, weight: 2}\n",
        encoding="utf-8",
    )
    plan = load(Target(tmp_path, True, None))
    scope = next(s for s in balance.scopes(plan, ["plan"]))
    assert [f.id for f in scope.perspectives] == ["people", "planet", "profit"]
    assert [f.share for f in scope.perspectives] == [0.25, 0.25, 0.5]
    expected = -(0.25 * math.log(0.25) * 2 + 0.5 * math.log(0.5)) / math.log(3)
    assert scope.entropy == pytest.approx(expected)
    assert scope.orientation["external"] == pytest.approx(0.75)


def test_scorecard_by_scope_and_by_ids() -> None:
    plan = load(Target(EXAMPLES / "gouden-korst", True, None))
    (card,) = scorecards(plan)
    assert {pid: [m.goal.id for m in ms] for pid, ms in card.members.items()} == {
        "financial": ["SD-1", "SD-2"],
        "customer": ["SD-3"],
        "process": ["SD-4"],
        "learning": ["SD-5"],
    }
    assert len(card.links) == 4
    plan = load(Target(EXAMPLES / "northwind-care", True, None))
    (card,) = scorecards(plan)
    assert [(link.cause, link.effect) for link in card.links] == [
        ("SG-4", "SG-3"),
        ("SG-3", "SG-2"),
        ("SG-2", "SG-1"),
    ]


def test_balance_command_one_sided_fails_under_bound() -> None:
    result = runner.invoke(
        app,
        ["balance", str(ONE_SIDED), "--fail-under", "0.8", "--lang", "en"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    assert "85%" in result.output and "0.31" in result.output
    assert "balance/dominant" in result.output
    assert "no objective in the Internal process perspective" in result.output
    # the bound from prestatie.yaml (fail_under: 0.8) applies without the option
    assert runner.invoke(app, ["balance", str(ONE_SIDED)]).exit_code == 1


@pytest.mark.parametrize("plan", ["gouden-korst", "northwind-care"])
def test_balance_command_balanced_examples_pass(plan: str) -> None:
    result = runner.invoke(
        app, ["balance", str(EXAMPLES / plan), "--fail-under", "0.8"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output


def test_balance_json_carries_every_number() -> None:
    result = runner.invoke(
        app,
        ["balance", str(ONE_SIDED), "-f", "json", "--by", "plan", "--by", "unit"],
        catch_exceptions=False,
    )
    payload = json.loads(result.output)
    assert [(s["scope"], s["name"]) for s in payload["scopes"]] == [
        ("plan", "plan"),
        ("unit", "Financiën"),
        ("unit", "Inkoop"),
        ("unit", "Verkoop"),
    ]
    plan_scope = payload["scopes"][0]
    assert plan_scope["entropy"] == 0.3097
    assert plan_scope["perspectives"][0] == {
        "id": "financial",
        "label": {"en": "Financial", "nl": "Financieel"},
        "objectives": 7,
        "measures": 7,
        "weight": 11.0,
        "share": 0.8462,
        "leading": 0,
        "lagging": 7,
    }
    codes = sorted({f["code"] for f in payload["findings"]})
    assert codes == ["balance/dominant", "balance/missing"]
    assert payload["below"] == [
        {"scope": "plan", "name": "plan"},
        {"scope": "unit", "name": "Financiën"},
        {"scope": "unit", "name": "Inkoop"},
        {"scope": "unit", "name": "Verkoop"},
    ]


def test_balance_markdown_table() -> None:
    result = runner.invoke(
        app, ["balance", str(ONE_SIDED), "-f", "md", "--by", "plan"], catch_exceptions=False
    )
    lines = result.output.splitlines()
    assert lines[0] == "### Hele plan"
    assert lines[2] == "| Perspectief | Doelstellingen | Meetpunten | Gewicht | Aandeel | Oordeel |"
    assert "| Financieel | 7 | 7 | 11 | 85 % | te zwaar |" in lines
    assert "| Klant | 2 | 2 | 2 | 15 % | in orde |" in lines
    assert "| Leren en groeien | 0 | 0 | 0 | 0 % | ontbreekt |" in lines


def test_one_sided_example_validates_with_warnings_only() -> None:
    result = runner.invoke(
        app,
        ["validate", "--path-base", "root", str(ONE_SIDED), "-f", "json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["summary"]["error"] == 0
    found = sorted((f["code"], f["file"], f["line"]) for f in payload["findings"])
    assert found == [
        (
            "balance/dominant",
            "doelstellingen.yaml",
            6,
        ),
        ("balance/dominant", "doelstellingen.yaml", 34),
        ("balance/dominant", "prestatie.yaml", 12),
        ("balance/missing", "doelstellingen.yaml", 6),
        ("balance/missing", "doelstellingen.yaml", 6),
        ("balance/missing", "prestatie.yaml", 12),
        ("balance/missing", "prestatie.yaml", 12),
    ]
