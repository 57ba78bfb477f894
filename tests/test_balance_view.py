"""`prestatie balance` as a reader sees it: pinned by golden files at 80 and 100 columns,
the medium term, what each figure means, the rules' verdict per perspective (in words
and in colour), the notes on scopes that are not judged, and no trailing spaces.

Update the golden files after an intended change with
    UPDATE_GOLDEN=1 python -m pytest tests/test_balance_view.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from .conftest import EXAMPLES

runner = CliRunner()
GOLDEN = Path(__file__).resolve().parent / "golden"
ONE_SIDED = EXAMPLES / "eenzijdig"
BAKERY = EXAMPLES / "gouden-korst"
EVERY_SCOPE = ("--by", "plan", "--by", "level", "--by", "unit", "--by", "scorecard")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, columns: int = 80, color: bool = False) -> tuple[int, str]:
    env = {"COLUMNS": str(columns), "NO_COLOR": "" if color else "1", "FORCE_COLOR": ""}
    if color:
        env["FORCE_COLOR"] = "1"
    result = runner.invoke(app, ["balance", *args], env=env, catch_exceptions=False)
    return result.exit_code, result.stdout


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file; if the change is intended, run "
        "UPDATE_GOLDEN=1 python -m pytest tests/test_balance_view.py"
    )


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize(("plan", "code"), [(ONE_SIDED, 1), (BAKERY, 0)])
def test_golden_text(plan: Path, code: int, columns: int) -> None:
    exit_code, out = run(str(plan), *EVERY_SCOPE, columns=columns)
    assert exit_code == code
    _check_golden(f"balance-{plan.name}-{columns}.txt", out)
    for line in out.splitlines():
        # findings stay one line each, as validate prints them; the rest fits
        if not re.match(r"^\S+:\d+:\d+: ", line):
            assert len(line) <= columns, line
    assert "…" not in out  # no header cut short


@pytest.mark.parametrize("plan", [ONE_SIDED, BAKERY])
def test_golden_markdown(plan: Path) -> None:
    _, out = run(str(plan), *EVERY_SCOPE, "-f", "md")
    _check_golden(f"balance-{plan.name}.md", out)


def test_headers_take_two_lines_only_when_the_terminal_is_narrow() -> None:
    _, narrow = run(str(ONE_SIDED), "--by", "plan", columns=80)
    header = narrow.splitlines()[1:3]
    assert header[0].split() == ["Doel-", "Meet-"]
    words = ["Perspectief", "stellingen", "punten", "Gewicht", "Aandeel", "Oordeel"]
    assert header[1].split() == words
    _, wide = run(str(ONE_SIDED), "--by", "plan", columns=100)
    assert wide.splitlines()[1].split() == [
        "Perspectief",
        "Doelstellingen",
        "Meetpunten",
        "Gewicht",
        "Aandeel",
        "Oordeel",
    ]
    _, english = run(str(ONE_SIDED), "--by", "plan", "--lang", "en", columns=80)
    assert english.splitlines()[1].split() == [
        "Perspective",
        "Objectives",
        "Measures",
        "Weight",
        "Share",
        "Verdict",
    ]


def test_short_medium_and_long_term_are_shown_from_the_core_figures() -> None:
    _, payload = run(str(ONE_SIDED), "--by", "plan", "-f", "json")
    horizon = json.loads(payload)["scopes"][0]["horizon"]
    assert horizon == {"short": 0.8462, "medium": 0.1538, "long": 0.0}
    _, out = run(str(ONE_SIDED), "--by", "plan")
    assert "korte termijn 85 % / middellange termijn 15 % / lange termijn 0 % (`horizon`)" in out
    _, md = run(str(ONE_SIDED), "--by", "plan", "-f", "md")
    assert "- korte termijn 85 % / middellange termijn 15 % / lange termijn 0 % (`horizon`)" in md
    _, english = run(str(BAKERY), "--by", "plan", "--lang", "en", columns=100)
    assert "short term 33% / medium term 46% / long term 21% (`horizon`)" in english


def test_each_figure_says_what_it_means() -> None:
    _, out = run(str(ONE_SIDED), "--by", "plan", columns=200)
    lines = out.splitlines()
    assert (
        "entropie 0,31 (1 = evenwichtig, 0 = alles in één perspectief) — te eenzijdig "
        "(onder 0,8, `fail_under`)"
    ) in lines
    assert "extern 100 % / intern 0 % van het gewicht (`orientation`)" in lines
    assert "voorlopend 2 / naijlend 7 meetpunten (22 % voorlopend)" in lines
    _, english = run(str(BAKERY), "--by", "plan", "--lang", "en", columns=200)
    assert (
        "entropy 0.99 (1 = even, 0 = everything in one perspective) — balanced (0.8 or more)"
    ) in english.splitlines()
    assert "leading 16 / lagging 6 measures (73% leading)" in english.splitlines()


def _copy(tmp_path: Path, source: Path, settings: str = "") -> Path:
    plan = tmp_path / source.name
    shutil.copytree(source, plan)
    if settings:
        config = plan / "prestatie.yaml"
        config.write_text(config.read_text(encoding="utf-8") + settings, encoding="utf-8")
    return plan


def test_the_verdict_per_perspective_is_the_findings() -> None:
    _, out = run(str(ONE_SIDED), "--by", "plan", columns=100)
    rows = {line.split()[0]: line for line in out.splitlines()[3:7]}
    assert rows["Financieel"].endswith("te zwaar")
    assert rows["Klant"].endswith("in orde")
    assert rows["Interne"].endswith("ontbreekt") and rows["Leren"].endswith("ontbreekt")
    _, payload = run(str(ONE_SIDED), "--by", "plan", "-f", "json")
    (verdict,) = json.loads(payload)["verdicts"]
    assert verdict["perspectives"] == {
        "financial": "dominant",
        "process": "missing",
        "learning": "missing",
    }
    assert (verdict["entropy"], verdict["bound"], verdict["setting"]) == (
        "one-sided",
        0.8,
        "fail_under",
    )


def test_a_rule_switched_off_gives_no_verdict(tmp_path: Path) -> None:
    plan = _copy(tmp_path, ONE_SIDED, "rules: {balance/dominant: off}\n")
    _, out = run(str(plan), "--by", "plan", columns=100)
    row = next(line for line in out.splitlines() if line.startswith("Financieel"))
    assert row.endswith("in orde")
    assert "balance/dominant" not in out
    # the same plan in validate: no balance/dominant either
    result = runner.invoke(app, ["validate", str(plan), "-f", "json"], catch_exceptions=False)
    assert "balance/dominant" not in {f["code"] for f in json.loads(result.stdout)["findings"]}


def test_the_entropy_bound_is_the_rules_without_fail_under(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(ONE_SIDED, plan)
    config = plan / "prestatie.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(", fail_under: 0.8", ""), encoding="utf-8"
    )
    code, out = run(str(plan), "--by", "plan", columns=200)
    assert code == 0
    assert "— te eenzijdig (onder 0,8, `min_entropy`)" in out
    config.write_text(
        config.read_text(encoding="utf-8")
        + "rules: {balance/lost-in-cascade: {min_entropy: 0.3}}\n",
        encoding="utf-8",
    )
    _, out = run(str(plan), "--by", "plan", columns=200)
    assert "0,3 of meer, maar zie het oordeel per perspectief" in out


def _few_strategic(tmp_path: Path) -> Path:
    """The one-sided plan with three strategic objectives, all financial."""
    plan = _copy(tmp_path, ONE_SIDED)
    goals = plan / "doelstellingen.yaml"
    text = goals.read_text(encoding="utf-8")
    start, end = text.index("  - id: VD-4"), text.index("---")
    goals.write_text(text[:start] + text[end:].replace("parent: VD-4", "parent: VD-1"), "utf-8")
    return plan


def test_a_scope_below_min_objectives_says_why_it_is_not_flagged(tmp_path: Path) -> None:
    plan = _few_strategic(tmp_path)
    _, out = run(str(plan), "--by", "level", columns=200)
    strategic = out.split("Niveau: afdeling")[0]
    assert (
        "3 doelstellingen; onder de 4 (`min_objectives`) wordt geen aandeel als te zwaar of "
        "te licht beoordeeld"
    ) in strategic
    row = next(line for line in strategic.splitlines() if line.startswith("Financieel"))
    assert "100 %" in row and not row.endswith(("te zwaar", "in orde"))
    assert "balance/dominant" not in strategic
    # balance/missing has no minimum: it still judges the level
    assert "ontbreekt" in strategic and "balance/missing niveau strategisch" in strategic
    _, english = run(str(plan), "--by", "level", "--lang", "en", columns=200)
    assert "3 objectives; below 4 (`min_objectives`) no share is judged dominant" in english


def test_units_are_not_judged_and_say_so() -> None:
    _, out = run(str(BAKERY), "--by", "unit", columns=200)
    assert out.count("de balance/-regels beoordelen geen eenheden") == 3
    winkels = out.split("Eenheid: Winkels")[1].split("Eenheid:")[0]
    assert "100 % ████████████" in winkels
    assert "te zwaar" not in winkels and "in orde" not in winkels


def test_scorecards_by_title_and_a_plan_without_them_in_one_line() -> None:
    _, out = run(str(BAKERY), "--by", "scorecard", columns=100)
    assert out.startswith("Scorekaart: Concernscorekaart De Gouden Korst 2026 (BSC-2026)\n")
    code, out = run(str(ONE_SIDED), "--by", "scorecard")
    assert (code, out) == (0, "Dit plan heeft geen scorekaarten (`kind: scorecard`).\n")
    code, out = run(str(ONE_SIDED), "--by", "scorecard", "--lang", "en", "-f", "md")
    assert (code, out) == (0, "This plan has no scorecards (`kind: scorecard`).\n\n")


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("plan", [ONE_SIDED, BAKERY])
def test_no_line_ends_in_spaces(plan: Path, color: bool) -> None:
    for columns in (60, 80, 132):
        _, out = run(str(plan), *EVERY_SCOPE, columns=columns, color=color)
        assert (ANSI.search(out) is not None) == color
        for line in out.splitlines():
            assert line == line.rstrip(), repr(line)
            assert ANSI.sub("", line) == ANSI.sub("", line).rstrip(), repr(line)
        _, md = run(str(plan), *EVERY_SCOPE, "-f", "md")
        assert all(line == line.rstrip() for line in md.splitlines())


def _row(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if ANSI.sub("", line).startswith(name))


def test_bars_are_coloured_by_verdict() -> None:
    _, out = run(str(ONE_SIDED), "--by", "plan", columns=100, color=True)
    red, yellow, green = "\x1b[31m", "\x1b[33m", "\x1b[32m"
    assert f"{red}██████████░░" in _row(out, "Financieel")
    assert f"{red}te zwaar" in _row(out, "Financieel")
    assert f"{yellow}░░░░░░░░░░░░" in _row(out, "Interne processen")
    assert f"{yellow}ontbreekt" in _row(out, "Leren en groeien")
    assert f"{green}██░░" in _row(out, "Klant")
    assert "\x1b[36m█" not in out  # never all cyan
    _, balanced = run(str(BAKERY), "--by", "plan", columns=100, color=True)
    for name in ("Financieel", "Klant", "Interne processen", "Leren en groeien"):
        assert green in _row(balanced, name) and red not in _row(balanced, name)
    # a scope the rules do not judge gets no verdict colour
    _, units = run(str(BAKERY), "--by", "unit", columns=100, color=True)
    assert all(tone not in _row(units, "Interne processen") for tone in (red, yellow, green))
