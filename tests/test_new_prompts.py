"""Questions at the terminal for `new` and `init`: asked only when a person can answer, with
choices in the plan's language; without a terminal nothing ever waits for input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
HANG_GUARD = 120  # seconds; only to turn a hang into a failure


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the commands believe a person sits at a terminal; CliRunner input answers."""
    from prestatie.cli import prompt

    monkeypatch.setattr(prompt, "interactive", lambda: True)


def _plan(tmp_path: Path) -> Path:
    plan = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    return plan


def _run(*args: str, answers: str) -> Any:
    return runner.invoke(app, list(args), input=answers, catch_exceptions=False)


def _goal(path: Path, goal_id: str) -> dict[str, Any]:
    for doc in parse_text(path.read_text(encoding="utf-8"), path.name).documents:
        for entry in doc.data.get("goals") or []:
            if entry["id"] == goal_id:
                return dict(entry)
    raise AssertionError(goal_id)


def test_an_interactive_goal_asks_in_the_plans_language(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    answers = "OD-ZM-2\nproject\n12 zorginstellingen op het portaal\nHoofd Zakelijke Markt\n"
    result = _run("new", "goal", "--plan", str(plan), answers=answers)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Bovenliggende doelstelling (id, of mission) [mission]: "
        "Niveau (functie / project) [functie]: "
        "Titel (één zin met een getal; Enter om over te slaan): "
        "Eigenaar (Enter: zoals de lijst of de bovenliggende doelstelling zegt): "
        "aangemaakt: "
    ), result.stdout
    goal = _goal(plan / "goals" / "zakelijke-markt" / "project.yaml", "PR-ZM-1")
    assert (goal["parent"], goal["title"], goal["owner"]) == (
        "OD-ZM-2",
        "12 zorginstellingen op het portaal",
        "Hoofd Zakelijke Markt",
    )


def test_an_answer_that_is_no_choice_is_asked_again(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _run(
        "new", "goal", "--parent", "OD-ZM-2", "--plan", str(plan), "--lang", "en",
        answers="department\nProject\n\n\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "choose one of: function / project\nLevel (function / project) [function]: " in (
        result.stdout
    )
    assert "(goal PJ-ZM-1)" in result.stdout or "(goal PR-ZM-1)" in result.stdout


def test_enter_takes_the_default_choice(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _run("new", "goal", "--parent", "OD-ZM-2", "--plan", str(plan), answers="\n\n\n")
    assert result.exit_code == 0, result.output
    assert "goal FD-ZM-1 aan " in result.stdout  # functie, the first choice
    goal = _goal(plan / "functions" / "zakelijke-markt.yaml", "FD-ZM-1")
    assert goal["parent"] == "OD-ZM-2"


def test_a_needed_answer_is_asked_again_and_choices_come_from_the_plan(
    tmp_path: Path, terminal: None
) -> None:
    plan = _plan(tmp_path)
    answers = "\nwinkels\n\n\n"  # no answer, then a unit in another case
    result = _run("new", "goal", "--parent", "SD-2", "--plan", str(plan), answers=answers)
    assert result.exit_code == 0, result.output
    prompt = "Afdeling (unit) (Directie / Zakelijke Markt / Centrale Bakkerij / Winkels): "
    assert result.stdout.startswith(prompt + "een antwoord is nodig\n" + prompt), result.stdout
    assert "AD-W-" not in result.stdout and "goal AD-WINKELS-" in result.stdout


def test_a_personal_goal_asks_for_the_person(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _run(
        "new", "goal", "--parent", "FD-ACC-1", "--plan", str(plan), "--lang", "en",
        answers="p-0142\n5 nieuwe klanten\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Employee (person id, e.g. p-0142): Title ")
    assert _goal(plan / "people" / "p-0142.yaml", "PD-0142-4")["title"] == "5 nieuwe klanten"


def test_the_parent_is_checked_before_any_other_question(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _run("new", "goal", "--plan", str(plan), "--lang", "en", answers="OD-ZM-9\n")
    assert result.exit_code == 2
    assert result.stdout == "Parent (the id of a goal, or mission) [mission]: "
    assert result.stderr.endswith("did you mean 'OD-ZM-1', 'OD-ZM-2' or 'OD-ZM-3'?\n")


def test_input_ending_at_a_question_writes_nothing(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    before = sorted(p.name for p in plan.rglob("*"))
    result = _run("new", "goal", "--parent", "SD-1", "--plan", str(plan), "-l", "en", answers="")
    assert result.exit_code == 2
    assert result.stderr == (
        "prestatie: error: no answer to 'Department (unit)' (input ended); nothing was written\n"
    )
    assert sorted(p.name for p in plan.rglob("*")) == before


def test_an_interactive_person(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _run(
        "new", "person", "--plan", str(plan), "--lang", "en",
        answers="Sanne de Boer\nAccountmanager\nwinkels\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(person p-0232)" in result.stdout  # after p-0231, as wide
    data = parse_text((plan / "people" / "p-0232.yaml").read_text(encoding="utf-8"), "p").documents
    person = data[0].data
    assert (person["name"], person["function"], person["unit"]) == (
        "Sanne de Boer",
        "Accountmanager",
        "Winkels",
    )


def test_an_interactive_init(tmp_path: Path, terminal: None) -> None:
    folder = tmp_path / "klant"
    result = _run("init", str(folder), answers="Bakkerij Jansen\nNL\n2027\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Organisation [klant]: Language of the plan (en (English) / nl (Dutch)) "
    ), result.stdout
    assert "plan aangemaakt in " in result.stdout  # the plan's language from then on
    settings = parse_text((folder / "prestatie.yaml").read_text(encoding="utf-8"), "p")
    data = settings.documents[0].data
    assert (data["organisation"], data["language"], data["period"]) == (
        "Bakkerij Jansen",
        "nl",
        "2027",
    )


def test_init_takes_the_defaults_at_enter(tmp_path: Path, terminal: None, monkeypatch: Any) -> None:
    monkeypatch.setenv("PRESTATIE_LANG", "en")
    folder = tmp_path / "acme"
    result = _run("init", str(folder), answers="\n\n\n")
    assert result.exit_code == 0, result.output
    data = parse_text((folder / "prestatie.yaml").read_text(encoding="utf-8"), "p").documents
    from datetime import date

    assert (data[0].data["organisation"], data[0].data["language"]) == ("acme", "en")
    assert data[0].data["period"] == str(date.today().year)


# ----------------------------------------------------------------------------- no terminal


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env["PRESTATIE_LANG"] = "en"
    return env


def _without_terminal(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run prestatie with stdin a pipe that stays open and never gets a byte: a command
    that read it would wait until HANG_GUARD kills it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "prestatie", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=_env(),
    )
    try:
        stdout, stderr = process.communicate(timeout=HANG_GUARD)  # stdin stays open
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"prestatie {' '.join(args)} waited for input without a terminal")
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)


def test_without_a_terminal_nothing_waits(tmp_path: Path) -> None:
    started = _without_terminal("init", "acme", cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    plan = tmp_path / "acme"
    strategic = _without_terminal("new", "goal", cwd=plan)  # defaults: under the mission
    assert strategic.returncode == 0, strategic.stderr
    assert strategic.stdout.startswith("added goal SG-5 to goals/strategic.yaml")
    missing = _without_terminal("new", "goal", "--parent", "SG-1", cwd=plan)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == (
        "prestatie: error: --unit is required: a department goal names its department\n"
    )
    okr = _without_terminal("new", "okr", cwd=plan)
    assert okr.returncode == 2
    assert okr.stderr.startswith("prestatie: error: --parent is required")
