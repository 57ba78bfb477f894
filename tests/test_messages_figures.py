"""`prestatie tree`, `balance` and `analysis` speak one language: Dutch for a Dutch plan
(words, numbers, dates), English with `--lang en`; Dutch names work on the command line."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.i18n import Speaker

from .conftest import EXAMPLES

runner = CliRunner()
BAKERY = str(EXAMPLES / "gouden-korst")  # language: nl
ONE_SIDED = str(EXAMPLES / "eenzijdig")  # language: nl
#: A finding line (`file:line:column: severity code message`), rendered by render.text.
FINDING = re.compile(r"^\S+:\d+:\d+: ")
ENGLISH = re.compile(
    r"\b(Perspective|Objectives|Measures|Weight|Share|level|Level|Financial|Customer|"
    r"no data|green|amber|red|behind plan|as of|Mission|strategic|department|operational|"
    r"entropy|external|internal|leading|lagging|Whole plan|Strengths|Weaknesses|Total|"
    r"Quadrant|Confrontation|Porter's|not addressed|key result|target met)\b"
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "100"}, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_wide(*args: str) -> str:
    """The output with room for whole titles and their level, owner and perspective."""
    result = runner.invoke(app, list(args), env={"COLUMNS": "250"}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def english_words(output: str) -> list[str]:
    """English words in the output, leaving out findings: their texts are the rules'."""
    lines = [line for line in output.splitlines() if not FINDING.match(line)]
    return ENGLISH.findall("\n".join(lines))


def test_tree_of_a_dutch_plan_is_dutch() -> None:
    code, out, _ = run("tree", BAKERY, "--as-of", "2026-06-30")
    assert code == 0
    first, mission, *_ = out.splitlines()
    assert first == "peildatum 30 juni 2026"
    assert mission == "Missie: Bakkerij De Gouden Korst"
    assert re.search(r"\n├── SD-1 .*…  groen +█+░+  49 % \(verwacht 50 %\)\n", out)
    lines = out.splitlines()
    below = lines[next(i for i, line in enumerate(lines) if line.startswith("├── SD-1 ")) + 1]
    assert below.startswith("│ ") and below.endswith("  achter op schema")
    assert "  niet gestart ··········     –\n" in out  # aligned with ` 49 %`
    assert english_words(out) == []
    out = run_wide("tree", BAKERY, "--as-of", "2026-06-30", "--from", "SD-1", "--depth", "2")
    assert "SD-1 Omzet zakelijke markt groeit van € 1,20 mln naar € 1,38 mln (strategisch" in out
    assert "(afdeling · Hoofd" in out and "(operationeel · Hoofd" in out
    assert english_words(out) == []


def test_tree_in_english_on_request() -> None:
    code, out, _ = run("tree", BAKERY, "--as-of", "2026-06-30", "--lang", "en")
    assert code == 0
    assert out.startswith("as of 30 June 2026\nMission: Bakkerij De Gouden Korst\n")
    assert re.search(r"\n├── SD-1 .*…  green +█+░+  49% \(expected 50%\)\n", out)
    assert "  behind plan\n" in out
    assert "  not started ··········    –\n" in out
    out = run_wide("tree", BAKERY, "--as-of", "2026-06-30", "--from", "SD-1", "--lang", "en")
    assert "(strategic · Directie · Financial)" in out
    assert "groen" not in out and "peildatum" not in out and "strategisch" not in out


def test_dutch_level_names_on_the_command_line() -> None:
    dutch = run("tree", BAKERY, "--as-of", "2026-06-30", "--level", "operationeel")
    english = run("tree", BAKERY, "--as-of", "2026-06-30", "--level", "operational")
    assert dutch[0] == 0 and dutch == english
    assert "── OD-ZM-1 " in dutch[1]
    assert "── FD-" not in dutch[1] and "── PD-" not in dutch[1]
    assert run("tree", BAKERY, "--level", "Strategisch", "-f", "json")[0] == 0


def test_an_unknown_level_is_one_line_in_the_plan_language() -> None:
    code, out, err = run("tree", BAKERY, "--level", "operatonal")
    assert (code, out) == (2, "")
    assert err == (
        "prestatie: fout: `--level` 'operatonal': onbekend niveau; bedoel je operationeel? "
        "(kies strategisch, afdeling, operationeel, functie, project of persoonlijk)\n"
    )
    code, out, err = run("tree", BAKERY, "--level", "xyz", "--lang", "en")
    assert code == 2
    assert err == (
        "prestatie: error: `--level` 'xyz': not a level; use strategic, department, "
        "operational, function, project or personal\n"
    )


def test_balance_of_a_dutch_plan_is_dutch() -> None:
    code, out, _ = run("balance", ONE_SIDED)
    assert code == 1  # fail_under: 0.8 in the plan
    assert out.startswith("Hele plan")
    assert "Perspectief" in out and "Doelstellingen" in out and "Meetpunten" in out
    assert re.search(r"^Financieel\s+7\s+7\s+11\s+85 % █+░+  te zwaar$", out, re.M)
    assert "entropie 0,31 (1 = evenwichtig, 0 = alles in één perspectief)\n" in out
    assert "  — te eenzijdig (onder 0,8, `fail_under`)\n" in out  # too long for one line
    assert "extern 100 % / intern 0 % van het gewicht" in out
    assert "korte termijn 85 % / middellange termijn 15 % / lange termijn 0 %" in out
    assert "voorlopend 2 / naijlend 7 meetpunten (22 % voorlopend)" in out
    assert "Niveau: strategisch" in out and "Niveau: afdeling" in out
    assert "ondergrens entropie 0,8: eronder: Hele plan, Niveau: strategisch" in out
    assert english_words(out) == []


def test_balance_findings_are_rendered_by_the_speaker() -> None:
    from prestatie.model.plan import load
    from prestatie.render.text import line_of
    from prestatie.rules import balance_report
    from prestatie.source.files import Target

    plan = load(Target(EXAMPLES / "eenzijdig", True, None))
    result = balance_report.report(plan, ["plan", "level"])
    dutch = plan.config.speaker("nl")
    expected = [line_of(f, False, dutch) for f in result.findings]
    assert expected and all(" waarschuwing balance/" in line for line in expected)
    _, out, _ = run("balance", ONE_SIDED)
    # each under the scope it is about: the plan's first, then each level's
    shown = [line for line in out.splitlines() if FINDING.match(line)]
    assert sorted(shown) == sorted(expected)
    assert shown[0].startswith("prestatie.yaml:12:1: waarschuwing balance/dominant het plan:")


def test_balance_markdown_and_english() -> None:
    code, out, _ = run("balance", ONE_SIDED, "-f", "md", "--by", "plan", "--by", "unit")
    assert code == 1  # the plan's fail_under applies to Markdown too
    assert out.startswith("### Hele plan\n\n| Perspectief | Doelstellingen | Meetpunten |")
    assert "| Financieel | 7 | 7 | 11 | 85 % | te zwaar |" in out
    assert "### Eenheid: Financiën" in out
    assert "entropie 0,31" in out
    code, out, _ = run("balance", ONE_SIDED, "--lang", "en")
    assert code == 1
    assert out.startswith("Whole plan")
    assert "entropy 0.31 (1 = even, 0 = everything in one perspective)" in out
    assert "too one-sided (below 0.8, `fail_under`)" in out
    assert "short term 85% / medium term 15% / long term 0% (`horizon`)" in out
    assert "Level: strategic" in out and "Perspective" in out and "Financial" in out
    assert "entropy bound 0.8: below it: Whole plan, Level: strategic" in out
    assert "Perspectief" not in out and "85 %" not in out


def test_analysis_of_a_dutch_plan_is_dutch() -> None:
    code, out, _ = run("analysis", BAKERY)
    assert code == 0
    for word in ("Sterkten", "Confrontatiematrix", "Kwadrantsommen", "groeien", "Totaal"):
        assert word in out
    assert "Vijf krachten van Porter" in out and "Generieke strategie: differentiatie" in out
    assert english_words(out) == []
    code, md, _ = run("analysis", BAKERY, "-f", "md")
    assert code == 0
    assert "## Confrontatiematrix" in md and "| **Totaal** |" in md
    assert english_words(md) == []


def test_analysis_in_english_on_request() -> None:
    code, out, _ = run("analysis", BAKERY, "--lang", "en")
    assert code == 0
    for word in ("Strengths", "Confrontation matrix", "Quadrant sums", "grow", "Total"):
        assert word in out
    assert "Generic strategy: differentiation" in out
    assert "Sterkten" not in out and "Totaal" not in out


@pytest.mark.parametrize("command", ["tree", "balance", "analysis"])
def test_help_shows_no_python_types(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "--lang" in out and "nl|en" in out
    assert re.findall(r"<(?:bool|str|int|float)[^>]*>|list\[", out) == []


def test_numbers_and_percentages_per_language() -> None:
    from prestatie.render.analysis_text import signed
    from prestatie.render.tree_words import score_text

    nl, en = Speaker("nl"), Speaker("en")
    assert (score_text(0.49, nl), score_text(0.49, en)) == ("49 %", "49%")
    assert (score_text(None, nl), score_text(1.0, en)) == ("–", "100%")
    assert (signed(-1200, nl), signed(1200, en), signed(0, nl)) == ("−1.200", "+1,200", "0")
