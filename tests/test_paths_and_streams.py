"""Conventions of a good command-line citizen: paths as the user gave them (relative to the
current folder; for CI formats to the repository's root), `--path-base`, `validate -` with
`--stdin-filename`, `--color` beside NO_COLOR / FORCE_COLOR / TERM=dumb, and a closed pipe."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli.app import app
from prestatie.cli.common import ColorChoice, _choose_color, use_color

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
BAKERY = EXAMPLES / "gouden-korst"
BROKEN = ROOT / "tests" / "plans" / "broken-strategy"
GIT = shutil.which("git")


def run(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None) -> Any:
    base = {"NO_COLOR": "", "FORCE_COLOR": "", "GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": ""}
    return runner.invoke(
        app, ["validate", *args], input=stdin, env={**base, **(env or {})}, catch_exceptions=False
    )


def files_of(stdout: str) -> list[str]:
    return [f["file"] for f in json.loads(stdout)["findings"]]


# ------------------------------------------------------------------------------ paths


def test_from_a_subfolder_paths_are_relative_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAKERY / "people")
    result = run("p-0142.yaml", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.startswith("p-0142.yaml:83:12: warning people/reward-mismatch ")
    assert result.stdout.rstrip().endswith("start at p-0142.yaml")
    data = json.loads(run("p-0142.yaml", "--format", "json").stdout)
    assert data["root"] == ".."
    assert [f["file"] for f in data["findings"]] == ["p-0142.yaml"]
    assert data["summary"]["start"] == "p-0142.yaml"


def test_path_base_root_keeps_paths_below_the_plan_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAKERY / "people")
    result = run("p-0142.yaml", "--path-base", "root", "--format", "json")
    assert files_of(result.stdout) == ["people/p-0142.yaml"]


def test_paths_of_another_folder_lead_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """From one plan's subfolder, a finding of another plan names a path that opens."""
    monkeypatch.chdir(BAKERY / "people")
    result = run("../../northwind-care", "--format", "json")
    found = files_of(result.stdout)
    assert found and all(f.startswith("../../northwind-care/") for f in found)
    assert all(Path(f).is_file() for f in found)


def test_several_plans_in_one_run_each_path_is_unambiguous(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    data = json.loads(
        run("examples/gouden-korst", "examples/northwind-care", "--format", "json").stdout
    )
    assert [p["root"] for p in data["plans"]] == [
        "examples/gouden-korst",
        "examples/northwind-care",
    ]
    assert len(data["findings"]) == 4
    for f in data["findings"]:
        assert f["file"].startswith(f["plan"] + "/")
        assert (ROOT / f["file"]).is_file()


def test_consequences_name_their_root_by_the_same_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN / "departments")
    data = json.loads(run("..", "--format", "json", "--all").stdout)
    files = {f["file"] for f in data["findings"]}
    assert "../strategy/strategic.yaml" in files and "winkels.yaml" in files
    follows = {f["follows"]["file"] for f in data["findings"] if f["follows"]}
    assert "../strategy/strategic.yaml" in follows and follows <= files
    assert data["summary"]["start"] == "../strategy/strategic.yaml"


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository with the bakery's plan in `plans/bakery`."""
    if GIT is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(BAKERY, repo / "plans" / "bakery")
    subprocess.run([GIT, "init", "-q", str(repo)], check=True)
    return repo


@pytest.mark.parametrize("base", ["", "GITHUB_WORKSPACE"])
def test_github_annotations_from_a_subfolder_open_from_the_repository_root(
    repository: Path, monkeypatch: pytest.MonkeyPatch, base: str
) -> None:
    monkeypatch.chdir(repository / "plans" / "bakery" / "people")
    env = {base: str(repository)} if base else {}
    result = run("p-0142.yaml", "--format", "github", env=env)
    (line,) = result.stdout.splitlines()
    assert line.startswith(
        "::warning file=plans/bakery/people/p-0142.yaml,line=83,col=12,endLine=83,"
        "title=people/reward-mismatch::"
    )
    assert (repository / "plans/bakery/people/p-0142.yaml").is_file()


def test_every_ci_format_names_files_from_the_repository_root(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import xml.etree.ElementTree as ET

    monkeypatch.chdir(repository / "plans" / "bakery" / "people")
    want = "plans/bakery/people/p-0142.yaml"
    gitlab = json.loads(run("p-0142.yaml", "--format", "gitlab").stdout)
    assert [issue["location"]["path"] for issue in gitlab] == [want]
    sarif = json.loads(run("p-0142.yaml", "--format", "sarif").stdout)
    (result,) = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": want, "uriBaseId": "%SRCROOT%"}
    junit = ET.fromstring(run("p-0142.yaml", "--format", "junit").stdout)
    assert [case.get("name") for case in junit.iter("testcase")] == [want]
    assert [suite.get("name") for suite in junit.iter("testsuite")] == ["plans/bakery"]
    # Text and JSON stay relative to the current folder.
    assert files_of(run("p-0142.yaml", "--format", "json").stdout) == ["p-0142.yaml"]


def test_outside_a_repository_ci_paths_are_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "bakery"
    shutil.copytree(BAKERY, plan)
    monkeypatch.chdir(plan)
    gitlab = json.loads(run(".", "--format", "gitlab").stdout)
    assert sorted(issue["location"]["path"] for issue in gitlab) == [
        "people/p-0142.yaml",
        "people/p-0231.yaml",
    ]


# ------------------------------------------------------------------------------ stdin


def test_stdin_is_checked_as_the_named_file_of_its_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAKERY / "people")
    text = (BAKERY / "people" / "p-0142.yaml").read_text(encoding="utf-8")
    broken = text.replace("reward:", "reward: [", 1)
    result = run("-", "--stdin-filename", "p-0142.yaml", "--format", "json", stdin=broken)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {(f["file"], f["code"]) for f in data["findings"]} == {("p-0142.yaml", "yaml/syntax")}
    assert data["summary"]["files"] == 1
    # The file on disk is unchanged and still has its own warning only.
    assert (BAKERY / "people" / "p-0142.yaml").read_text(encoding="utf-8") == text
    clean = run("-", "--stdin-filename", "p-0142.yaml", "--format", "json", stdin=text)
    assert [f["code"] for f in json.loads(clean.stdout)["findings"]] == ["people/reward-mismatch"]


def test_stdin_may_name_a_file_that_does_not_exist_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAKERY)
    goal = (
        "kind: goal\nid: AD-NEW-1\nlevel: afdeling\ntitle: Nieuw doel\n"
        "parent: SD-404\nowner: Hoofd Winkels\n"
    )
    result = run("-", "--stdin-filename", "departments/nieuw.yaml", "--format", "json", stdin=goal)
    data = json.loads(result.stdout)
    found = {(f["file"], f["line"], f["code"]) for f in data["findings"]}
    assert ("departments/nieuw.yaml", 5, "ref/unknown-parent") in found
    assert {f["file"] for f in data["findings"]} == {"departments/nieuw.yaml"}
    assert not (BAKERY / "departments" / "nieuw.yaml").exists()


def test_stdin_without_a_name_is_checked_on_its_own(tmp_path: Path) -> None:
    result = run("-", "--lang", "en", stdin="kind: goal\nid: [\n")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1].startswith("-:3:1: error yaml/syntax ")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-", "examples/gouden-korst"], "stands alone"),
        (["--stdin-filename", "x.yaml"], "give PATH `-` with it"),
    ],
)
def test_stdin_misuse_is_a_usage_error(args: list[str], words: str) -> None:
    result = run(*args, "--lang", "en", stdin="")
    assert result.exit_code == 2
    assert words in result.stderr


def test_stdin_larger_than_a_plan_file_may_be_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    from prestatie.source.files import MAX_FILE_BYTES

    monkeypatch.chdir(BAKERY)
    huge = b"# " + b"x" * MAX_FILE_BYTES + b"\n"
    result = run("-", "--stdin-filename", "groot.yaml", "--format", "json", stdin=huge)
    data = json.loads(result.stdout)
    assert [(f["file"], f["code"]) for f in data["findings"]] == [("groot.yaml", "file/unreadable")]


# ------------------------------------------------------------------------------ colour


class Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, True),
        ({"TERM": "dumb"}, False),
        ({"NO_COLOR": "1"}, False),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ({"TERM": "dumb", "FORCE_COLOR": "1"}, True),
    ],
)
def test_auto_colour_on_a_terminal_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: bool
) -> None:
    for name in ("TERM", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    _choose_color(ColorChoice.auto)
    assert use_color(Terminal()) is expected
    assert use_color(object()) is (expected and "FORCE_COLOR" in env)


@pytest.mark.parametrize("command", ["validate", "tree", "balance", "analysis", "explain"])
def test_color_option_wins_over_the_environment(command: str) -> None:
    target = [] if command == "explain" else [str(BAKERY)]

    def invoke(choice: str, env: dict[str, str]) -> str:
        args = [command, *target, "--color", choice]
        return runner.invoke(app, args, env=env, catch_exceptions=False).stdout

    assert "\x1b[" in invoke("always", {"NO_COLOR": "1", "TERM": "dumb"})
    assert "\x1b[" not in invoke("never", {"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "\x1b[" not in invoke("auto", {"FORCE_COLOR": "", "NO_COLOR": ""})  # not a terminal
    _choose_color(ColorChoice.auto)


# ------------------------------------------------------------------------------ a closed pipe


def test_a_closed_pipe_ends_quietly_with_the_normal_exit_code(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "prestatie.yaml").write_text("kind: plan\nname: Veel\nlanguage: en\n")
    goals = "".join(
        f"  - {{id: S-{n}, level: strategic, title: Goal {n} grows, parent: M-404}}\n"
        for n in range(1500)
    )
    (plan / "goals.yaml").write_text("kind: goals\ngoals:\n" + goals)
    command = [sys.executable, "-m", "prestatie", "validate", "--all"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    whole = subprocess.run(
        command, capture_output=True, env=env, cwd=plan, check=False, timeout=120
    )
    assert whole.returncode == 1 and len(whole.stdout) > 256_000  # more than a pipe holds
    reader = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=plan
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()  # as `| head -1` does
    stderr = reader.stderr.read()
    assert reader.wait(timeout=120) == 1
    assert first.startswith(b"goals.yaml:")
    assert stderr == b""
