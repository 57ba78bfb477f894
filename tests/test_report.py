"""`prestatie report`: the context (one computation of every figure), privacy, errors,
the command's options and its output file."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute import progress
from prestatie.compute.scorecards import perspective_scores, scorecards
from prestatie.i18n import Speaker
from prestatie.model.plan import Plan, load
from prestatie.render.report import SECTIONS, build, render_markdown
from prestatie.render.report.cascade import walk
from prestatie.source.files import Target

from .conftest import CASES, EXAMPLES

runner = CliRunner()
AS_OF = date(2026, 11, 30)
GOUDEN_KORST = EXAMPLES / "gouden-korst"
NORTHWIND = EXAMPLES / "northwind-care"
WITH_ERRORS = CASES / "invalid" / "cascade-level"


def _plan(path: Path) -> Plan:
    return load(Target(path, (path / "prestatie.yaml").is_file(), None))


def _speaker(plan: Plan, lang: str) -> Speaker:
    return plan.config.speaker(lang)


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _names(path: Path) -> list[str]:
    plan = _plan(path)
    names = [str(item.data.get("name")) for item in plan.persons.values()]
    assert names
    return names


# ----------------------------------------------------------------------------- the context


def test_every_section_of_a_full_plan_is_there_in_order() -> None:
    plan = _plan(GOUDEN_KORST)
    report = build(plan, _speaker(plan, "nl"), AS_OF)
    assert [h.section for h in report.contents] == list(SECTIONS)
    assert report.lang == "nl"
    assert report.as_of == "30 november 2026"
    assert report.words["summary"] == "Samenvatting"
    assert report.errors == ()
    assert report.people == ()
    assert report.people_block is not None
    assert report.people_block.count == f"{len(plan.persons)} persoonsdossiers in het plan"
    assert "`--include people` toont ze" in report.people_block.hint


def test_sections_are_chosen_and_empty_ones_left_out() -> None:
    plan = _plan(GOUDEN_KORST)
    report = build(plan, _speaker(plan, "en"), AS_OF, ["balance", "okrs"])
    assert [h.section for h in report.contents] == ["balance", "okrs"]
    assert report.cover is None and report.summary is None and report.cascade is None
    one_sided = _plan(EXAMPLES / "eenzijdig")  # no analysis, scorecard, OKR or OGSM
    report = build(one_sided, _speaker(one_sided, "en"), AS_OF)
    assert [h.section for h in report.contents] == [
        "cover",
        "summary",
        "cascade",
        "balance",
        "validation",
    ]


def _tree_json(path: Path, lang: str = "en") -> dict[str, dict[str, object]]:
    code, out, _ = invoke(
        "tree", str(path), "--as-of", AS_OF.isoformat(), "-f", "json", "--include", "people"
    )
    assert code == 0
    nodes: dict[str, dict[str, object]] = {}
    stack = json.loads(out)["roots"]
    while stack:
        node = stack.pop()
        nodes.setdefault(node["id"], node)
        stack.extend(node["children"])
    return nodes


@pytest.mark.parametrize("path", [GOUDEN_KORST, NORTHWIND], ids=lambda p: p.name)
def test_every_figure_is_the_one_tree_and_balance_give(path: Path) -> None:
    tree = _tree_json(path)
    plan = _plan(path)
    speaker = _speaker(plan, "en")
    report = build(plan, speaker, AS_OF, include_people=True)
    assert report.cascade is not None
    shown = [o for tier in report.cascade.tiers for o in tier.objectives]
    shown += [g for person in report.people for g in person.goals]
    assert len(shown) == sum(1 for n in tree.values() if n["kind"] == "goal")
    for objective in shown:
        node = tree[objective.id]
        score = None if objective.score is None else round(objective.score, 4)
        assert score == node["score"], objective.id
        assert objective.status == node["status"], objective.id
        assert [m.status for m in objective.measures] == [m["status"] for m in node["measures"]]
        expected = node["score"]
        assert objective.progress == (
            "–" if expected is None else speaker.percent(float(expected) * 100, 0)  # type: ignore[arg-type]
        )
    for sheet in report.okrs:
        node = tree[sheet.id]
        assert (None if sheet.score is None else round(sheet.score, 4)) == node["score"]
        assert sheet.status == node["status"]
        for kr in sheet.key_results:
            kr_node = tree[f"{sheet.id}/{kr.id}"]
            assert (None if kr.score is None else round(kr.score, 4)) == kr_node["score"]
            assert kr.status == kr_node["status"]
    for ogsm in report.ogsms:
        assert ogsm.status == tree[ogsm.id]["status"]
        for strategy in ogsm.strategies:
            assert strategy.status == tree[f"{ogsm.id}/{strategy.id}"]["status"]
    _, out, _ = invoke(
        "balance", str(path), "-f", "json", *("--by", "plan", "--by", "level", "--by", "unit")
    )
    scopes = {(s["scope"], s["name"]): s for s in json.loads(out)["scopes"]}
    assert report.balance is not None
    checked = 0
    for scope in report.balance.scopes:
        if scope.kind == "scorecard":
            continue
        figures = scopes[(scope.kind, scope.name)]
        for share, expected_share in zip(scope.shares, figures["perspectives"], strict=True):
            assert share.id == expected_share["id"]
            assert (None if share.share is None else round(share.share, 4)) == expected_share[
                "share"
            ]
            checked += 1
    assert checked >= 12


def test_perspective_score_is_the_weighted_mean_of_its_objectives() -> None:
    plan = _plan(GOUDEN_KORST)
    plan.as_of = AS_OF
    figures = progress.compute(plan, AS_OF)
    (card,) = scorecards(plan)
    scores = perspective_scores(card, figures)
    financial = [m.goal for m in card.members["financial"]]
    assert [g.id for g in financial] == ["SD-1", "SD-2"]
    weights = [float(g.weight or 1) for g in financial]  # 3 and 2
    values = [figures.goals[g.id].score or 0.0 for g in financial]
    expected = sum(w * s for w, s in zip(weights, values, strict=True)) / sum(weights)
    assert scores["financial"].score == pytest.approx(expected)
    assert (scores["financial"].met, scores["financial"].partly) == (2, 0)
    report = build(plan, _speaker(plan, "nl"), AS_OF, ["scorecards"])
    shown = report.scorecards[0].perspectives[0]
    assert shown.title == "Financieel"
    assert shown.score == pytest.approx(expected)
    assert shown.counts == "2 gehaald · 0 deels gehaald · 0 niet gehaald"


def test_a_perspective_without_scores_has_no_score(tmp_path: Path) -> None:
    plan = _plan(GOUDEN_KORST)
    figures = progress.compute(plan, date(2025, 1, 1))  # before the plan's period
    (card,) = scorecards(plan)
    scores = perspective_scores(card, figures)
    assert all(s.score is None for s in scores.values())
    assert sum(s.unscored for s in scores.values()) == len(card.goals())


def test_dutch_report_speaks_dutch_with_dutch_numbers() -> None:
    plan = _plan(GOUDEN_KORST)
    report = build(plan, _speaker(plan, "nl"), AS_OF)
    assert report.summary is not None
    assert report.summary.statuses[:3] == ("groen", "oranje", "rood")
    assert report.summary.balance.startswith("In evenwicht")
    assert report.summary.validation.line.startswith("0 fouten, 2 waarschuwingen")
    assert report.cascade is not None
    titles = [t.title for t in report.cascade.tiers]
    assert titles[1] == "Tactisch (afdelingen)"
    first = report.cascade.tiers[0].objectives[0]
    assert first.perspective == "Financieel" and first.level_label == "strategisch"
    assert first.measures[0].target == "1.380.000"
    assert report.okrs[0].score_text == "0,67"
    assert report.ogsms[0].goals[0].measure is not None


def test_one_sided_plan_gets_the_verdict_in_words() -> None:
    plan = _plan(EXAMPLES / "eenzijdig")
    report = build(plan, _speaker(plan, "nl"), AS_OF)
    assert report.summary is not None
    verdict = report.summary.balance
    assert verdict.startswith("Eenzijdig: Financieel draagt 85 % van het gewicht")
    assert "Interne processen en Leren en groeien ontbreken" in verdict
    english = build(plan, _speaker(plan, "en"), AS_OF)
    assert english.balance is not None
    assert "Financial carries 85% of the weight" in english.balance.verdict


# ----------------------------------------------------------------------------- privacy


@pytest.mark.parametrize("path", [GOUDEN_KORST, NORTHWIND], ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_person_is_named_in_a_default_report(path: Path, fmt: str) -> None:
    code, out, _ = invoke("report", str(path), "--as-of", "2026-11-30", "-f", fmt)
    assert code == 0
    for name in _names(path):
        assert name not in out
    personal = [g.id for g in _plan(path).goals if g.person is not None]
    assert personal
    for goal_id in personal:  # no personal objective either
        assert f"{goal_id} " not in out and f"{goal_id}*" not in out, goal_id
    code, out, _ = invoke(
        "report", str(path), "--as-of", "2026-11-30", "-f", fmt, "--include", "people"
    )
    assert code == 0
    for name in _names(path):
        assert name in out


# ----------------------------------------------------------------------------- errors


def test_a_plan_with_errors_gets_a_warning_block_and_strict_refuses() -> None:
    code, out, _ = invoke("report", str(WITH_ERRORS), "--lang", "en")
    assert code == 0
    head = out.split("## Contents")[0]
    assert "This plan has errors" in head
    assert "`cascade/level` goals.yaml:13: OD-1: an operational goal derives from SD-1" in head
    code, out, err = invoke("report", str(WITH_ERRORS), "--strict", "--lang", "nl")
    assert code == 1
    assert out == ""
    assert "goals.yaml:13:13: fout cascade/level OD-1" in err
    assert err.endswith("prestatie: fout: het plan heeft 2 fouten: geweigerd met --strict\n")
    assert invoke("report", str(GOUDEN_KORST), "--strict")[0] == 0


def test_unknown_section_and_format_are_usage_errors(tmp_path: Path) -> None:
    code, _, err = invoke("report", str(GOUDEN_KORST), "--section", "swot", "--lang", "en")
    assert code == 2
    assert "unknown section 'swot'; the sections are 'cover', 'summary'" in err
    code, _, err = invoke("report", str(GOUDEN_KORST), "-o", str(tmp_path / "r.docx"))
    assert code == 2
    assert "r.docx" in err
    assert not (tmp_path / "r.docx").exists()


# ----------------------------------------------------------------------------- output file


def test_output_file_is_written_once_and_only_overwritten_with_force(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    code, out, err = invoke("report", str(GOUDEN_KORST), "--as-of", "2026-11-30", "-o", str(target))
    assert code == 0 and out == ""
    assert err == f"prestatie: {target} geschreven\n"
    first = target.read_text(encoding="utf-8")
    assert first.startswith("# Bakkerij De Gouden Korst")
    code, _, err = invoke("report", str(GOUDEN_KORST), "-o", str(target), "--title", "Anders")
    assert code == 2
    assert err.endswith(": bestaat al; gebruik --force om het te overschrijven\n")
    assert target.read_text(encoding="utf-8") == first
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]  # no temporary left
    code, _, _ = invoke("report", str(GOUDEN_KORST), "-o", str(target), "--force", "-s", "cover")
    assert code == 0
    assert target.read_text(encoding="utf-8") != first


def test_html_from_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "rapport.htm"
    code, _, _ = invoke("report", str(GOUDEN_KORST), "-o", str(target))
    assert code == 0
    html = target.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    fetched = html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not a fetch
    assert "<script" not in html and "http://" not in fetched and "https://" not in fetched
    assert "<code>--include people</code>" in html


def test_title_from_the_option_the_plan_or_the_organisation(tmp_path: Path) -> None:
    plan = _plan(GOUDEN_KORST)
    assert build(plan, _speaker(plan, "en"), AS_OF, ["okrs"], title="Q4").title == "Q4"
    assert build(plan, _speaker(plan, "en"), AS_OF, ["okrs"]).organisation == (
        "Bakkerij De Gouden Korst"
    )
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "prestatie.yaml").write_text("kind: plan\n", encoding="utf-8")
    (bare / "goals.yaml").write_text(
        "kind: goals\ngoals: [{id: SD-1, level: strategic, title: X}]\n", encoding="utf-8"
    )
    empty = _plan(bare)
    assert build(empty, Speaker("nl"), AS_OF).title == "Prestatieplan"


def test_the_report_uses_the_plans_speaker_for_markdown() -> None:
    plan = _plan(NORTHWIND)
    text = render_markdown(build(plan, _speaker(plan, "en"), AS_OF))
    assert text.startswith("# ")
    assert "## Contents" in text


def test_walk_visits_every_node_once(tmp_path: Path) -> None:
    from prestatie.compute import tree

    plan = _plan(shutil.copytree(GOUDEN_KORST, tmp_path / "plan"))
    roots = tree.build(plan, AS_OF)
    ids = [n.id for n in walk(roots)]
    assert len(ids) == len(set(ids))
