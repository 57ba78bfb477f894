"""The command line, through typer's CliRunner (a traceback fails the test)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie import __version__
from prestatie.cli import app
from prestatie.rules import catalog
from prestatie.rules.engine import validate

from .conftest import CASES, EXAMPLES

runner = CliRunner()
PLANS = [EXAMPLES / "gouden-korst", EXAMPLES / "northwind-care"]  # complete; 2 people warnings
ONE_SIDED = EXAMPLES / "eenzijdig"  # deliberately unbalanced: warnings, no errors


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.output


#: The findings each example carries on purpose: a competence gap no POP action develops
#: and a recorded reward that differs from the policy (file, line, code).
PEOPLE_FINDINGS = {
    "gouden-korst": [
        ("people/p-0142.yaml", 83, "people/reward-mismatch"),
        ("people/p-0231.yaml", 10, "people/competence-gap"),
    ],
    "northwind-care": [
        ("people/p-2003.yaml", 11, "people/competence-gap"),
        ("people/p-2344.yaml", 61, "people/reward-mismatch"),
    ],
}


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_examples_have_no_errors_and_only_their_people_warnings(plan: Path) -> None:
    code, output = invoke("validate", str(plan), "--lang", "en")
    assert code == 0, output
    assert "\n0 errors, 2 warnings, 0 info in " in output
    code, output = invoke("validate", str(plan), "--strict", "--lang", "nl")
    assert code == 1, output
    assert "\n0 fouten, 2 waarschuwingen, 0 meldingen in " in output
    result = validate([str(plan)])
    assert [(f.file, f.line, f.code) for f in result.findings] == PEOPLE_FINDINGS[plan.name]


def test_examples_are_substantial() -> None:
    from prestatie.model.plan import load
    from prestatie.source.files import Target

    for plan_dir in PLANS:
        plan = load(Target(plan_dir, True, None))
        levels = {g.level for g in plan.goals}
        assert levels == {
            "strategic",
            "department",
            "operational",
            "function",
            "project",
            "personal",
        }, plan_dir.name
        perspectives = {g.perspective for g in plan.goals if g.level == "strategic"}
        assert perspectives == {"financial", "customer", "process", "learning"}


def test_text_output_lines_and_exit_code_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / "invalid" / "cascade-level")  # paths relative to the current folder
    code, output = invoke("validate", ".")
    assert code == 1
    assert (
        "goals.yaml:13:13: error cascade/level OD-1: an operational goal derives from SD-1"
        in output
    )
    assert "    hint: " in output
    assert output.rstrip().endswith("in 1 of 3 files (4 items); start at goals.yaml")
    assert "\033[" not in output


def test_json_output_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / "invalid" / "cascade-level")
    code, output = invoke("validate", ".", "-f", "json")
    assert code == 1
    payload = json.loads(output)
    assert set(payload) == {"version", "root", "language", "findings", "summary", "plans"}
    assert payload["version"] == 1
    assert payload["summary"] == {
        "error": 2,
        "warning": 1,
        "info": 0,
        "files": 3,
        "items": 4,
        "unlisted": 0,
        "files_with_findings": 1,
        "start": "goals.yaml",
        "left_out": 0,
    }
    assert [plan["summary"] for plan in payload["plans"]] == [payload["summary"]]
    first = payload["findings"][0]
    assert set(first) == {
        *("code", "severity", "message", "file", "line", "column", "hint", "item"),
        *("message_id", "args", "hint_id", "hint_args", "follows", "plan"),
    }
    assert (first["message_id"], first["args"]["item"]) == ("cascade/level", "OD-1")
    assert (first["code"], first["file"], first["line"], first["column"], first["item"]) == (
        "cascade/level",
        "goals.yaml",
        13,
        13,
        "OD-1",
    )


def test_warnings_exit_0_but_1_with_strict() -> None:
    case = str(CASES / "invalid" / "cascade-period")
    assert invoke("validate", case)[0] == 0
    assert invoke("validate", case, "--strict")[0] == 1


def test_single_file_in_a_plan_reports_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(CASES / "invalid" / "ref-unknown-parent", plan)
    monkeypatch.chdir(plan)
    code, output = invoke("validate", "okr.yaml", "-f", "json")
    payload = json.loads(output)
    assert code == 1
    assert {f["file"] for f in payload["findings"]} == {"okr.yaml"}
    assert payload["summary"]["files"] == 1


def test_several_paths_and_walking_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    monkeypatch.chdir(plan / "people")
    code, output = invoke("validate")
    assert code == 0, output
    code, output = invoke("validate", str(plan / "people"), str(plan / "mission.yaml"))
    assert code == 0, output


def test_missing_path_is_usage_error_without_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "validate", "does/not/exist"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == "prestatie: error: does/not/exist: no such file or folder\n"


def test_no_plan_found_is_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "validate"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "no prestatie.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    assert invoke("--version") == (0, f"prestatie {__version__}\n")
    out = subprocess.run(
        [sys.executable, "-m", "prestatie", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout == f"prestatie {__version__}\n"


def _commands() -> list[list[str]]:
    """Every command path of the app, from the app itself (so none can be forgotten)."""
    import typer

    out: list[list[str]] = []
    stack: list[tuple[list[str], object]] = [([], typer.main.get_command(app))]
    while stack:
        path, command = stack.pop()
        out.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            stack.append(([*path, name], sub))
    return sorted(out)


COMMANDS = _commands()


def test_the_app_has_the_documented_commands() -> None:
    assert [" ".join(c) for c in COMMANDS] == [
        "",
        "analysis",
        "balance",
        "diff",
        "explain",
        "export",
        "init",
        "new",
        "new analysis",
        "new goal",
        "new ogsm",
        "new okr",
        "new person",
        "new reward-policy",
        "new scorecard",
        "report",
        "schema",
        "tree",
        "validate",
    ]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "prestatie")
def test_every_command_has_help_with_examples(command: list[str]) -> None:
    code, output = invoke(*command, "--help")
    assert code == 0
    assert "Usage" in output
    if command and command != ["new"]:
        assert "Examples" in output
    # Options and arguments are shown by their metavar, never by a Python type name.
    assert re.findall(r"<(?:bool|str|int|float|path|list\[[^>]*|[a-z]+ range)>", output) == []


def test_explain_every_rule_in_both_languages() -> None:
    for code_name, rule in catalog.RULES.items():
        code, output = invoke("explain", code_name)
        assert code == 0
        assert output.startswith(f"{code_name} (default severity: {rule.severity})")
        assert rule.title.en in output
        code, output = invoke("explain", code_name, "--lang", "nl")
        assert rule.title.nl in output


def test_explain_listing_family_and_unknown() -> None:
    code, output = invoke("explain")
    assert code == 0
    assert all(c in output for c in catalog.RULES)
    code, output = invoke("explain", "smart/")
    assert "smart/vague" in output and "cascade/level" not in output
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "explain", "cascade/levle"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "did you mean 'cascade/level'?" in result.stderr


def test_explain_json_and_markdown() -> None:
    code, output = invoke("explain", "cascade/unit", "-f", "json")
    payload = json.loads(output)
    assert payload[0]["code"] == "cascade/unit"
    assert payload[0]["params"] == {"exempt_levels": ["project"]}
    code, output = invoke("explain", "cascade/unit", "-f", "md")
    assert code == 0
    assert output.startswith("### `cascade/unit`")


def test_readme_documents_every_rule_and_command() -> None:
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for code in catalog.RULES:
        assert f"| `{code}` |" in readme, code
    for command in COMMANDS:
        if command:
            command = " ".join(["prestatie", *command])
            assert f"`{command}" in readme, command


def test_unreadable_file_is_a_finding_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(CASES / "valid" / "all-kinds", plan)
    (plan / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    (plan / "folder.yaml").mkdir()
    monkeypatch.chdir(plan)
    code, output = invoke("validate", ".", "-f", "json")
    payload = json.loads(output)
    assert code == 1
    assert [(f["code"], f["file"]) for f in payload["findings"]] == [
        ("file/unreadable", "gone.yaml")
    ]


def test_a_run_imports_no_pydantic() -> None:
    """Option values are parsed by cli/params.py, not by typer's pydantic adapters: its
    import would cost more than checking a small plan."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from prestatie.cli.app import run\n"
        "sys.argv = ['prestatie', 'tree', sys.argv[1], '--depth', '2', '--level', 'afdeling',"
        " '--color', 'never', '--sort', 'score']\n"
        "try:\n    run()\nexcept SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
        "assert 'pydantic' not in sys.modules, 'pydantic was imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(PLANS[0])], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Missie" in done.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["tree", "--depth", "-1"], "-1 is smaller than the minimum, 0"),
        (["tree", "--depth", "x"], "'x' is not a valid integer"),
        (["tree", "--sort", "size"], "'size' is not one of"),
        (["balance", "--fail-under", "2"], "2 is larger than the maximum, 1.0"),
    ],
)
def test_option_values_are_checked_without_pydantic(args: list[str], words: str) -> None:
    result = runner.invoke(app, [*args, str(PLANS[0])])
    assert result.exit_code == 2
    assert words in result.output
