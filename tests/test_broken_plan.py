"""Commands that show figures on a plan with errors: one warning line, or a refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bakery plan with one unquoted colon in a strategic title: five strategic
    objectives cannot be read. The run starts in the plan's folder: paths are shown
    relative to the current one."""
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan"
    shutil.copytree(ROOT / "examples" / "gouden-korst", plan)
    path = plan / "strategy" / "strategic.yaml"
    text = path.read_text(encoding="utf-8")
    assert "title: 80 zakelijke" in text
    path.write_text(text.replace("title: 80 zakelijke", "title: Doel: 80 zakelijke"), "utf-8")
    return plan


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


COMMANDS = [["tree"], ["balance"], ["analysis"], ["report", "--format", "md"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_broken_plan_warns_once_on_stderr_and_goes_on(broken: Path, command: list[str]) -> None:
    code, out, err = invoke(*command, str(broken), "--lang", "en")
    assert code == 0
    assert out
    assert err == (
        "prestatie: the plan has 22 errors; figures may be incomplete "
        "(start at plan/strategy/strategic.yaml) — run `prestatie validate`\n"
    )
    code, _, err = invoke(*command, str(broken), "--lang", "nl")
    assert err.startswith("prestatie: het plan heeft 22 fouten; de cijfers kunnen onvolledig")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_strict_refuses_a_broken_plan_listing_its_errors(broken: Path, command: list[str]) -> None:
    code, out, err = invoke(*command, str(broken), "--strict", "--lang", "en")
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    # Causes first, as validate lists them, each of the 22 errors with its hint.
    assert lines[0].startswith("Fix these first: 1 finding stops part of the plan")
    assert lines[1].startswith("plan/strategy/strategic.yaml:50:16: error yaml/syntax")
    assert sum(1 for line in lines if ": error " in line) == 22
    assert lines[-1] == "prestatie: error: the plan has 22 errors: refused with --strict"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_clean_plan_says_nothing_on_stderr(command: list[str]) -> None:
    code, out, err = invoke(*command, str(ROOT / "examples" / "gouden-korst"), "--strict")
    assert (code, err) == (0, "")
    assert out


def test_the_report_names_the_cause_first_and_counts_what_follows(broken: Path) -> None:
    code, out, _ = invoke("report", str(broken), "--format", "md", "--lang", "en")
    assert code == 0
    block = [line for line in out.split("## Contents")[0].splitlines() if line.startswith("> - ")]
    assert block == [
        "> - `yaml/syntax` strategy/strategic.yaml:50: mapping values are not allowed in this "
        "context — *and 21 findings that follow from it*"
    ]


def test_the_report_lists_objectives_cut_off_from_the_mission_under_their_own_heading(
    broken: Path,
) -> None:
    _, out, _ = invoke("report", str(broken), "--format", "md", "--section", "cascade")
    headings = [line for line in out.splitlines() if line.startswith("### ")]
    assert headings[-1] == "### Niet afgeleid van de missie"
    loose = out.split("### Niet afgeleid van de missie", 1)[1]
    assert "**AD-CB-1**" in loose and "**AD-ZM-2**" in loose
    _, clean, _ = invoke("report", str(ROOT / "examples" / "gouden-korst"), "--format", "md")
    assert "Niet afgeleid van de missie" not in clean


def test_the_warning_names_a_person_file_only_when_nothing_else_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan"
    shutil.copytree(ROOT / "examples" / "gouden-korst", plan)
    person = plan / "people" / "p-0142.yaml"
    person.write_text(
        person.read_text("utf-8").replace("parent: FD-ACC-1", "parent: FD-X"), "utf-8"
    )
    _, _, err = invoke("tree", str(plan), "--lang", "en")
    assert "(start at plan/people/p-0142.yaml)" in err
    shop = plan / "departments" / "winkels.yaml"
    shop.write_text(shop.read_text("utf-8").replace("parent: SD-2", "parent: SD-X", 1), "utf-8")
    _, _, err = invoke("tree", str(plan), "--lang", "en")
    assert "(start at plan/departments/winkels.yaml)" in err
