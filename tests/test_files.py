"""Which files a run reads: never one outside the plan, linked folders inside it once,
and paths named on the command line that are not part of the plan skipped with a notice.

`validate` runs in CI on pull requests from outsiders: whatever a link points at, its
content must never reach the output, text or JSON.
"""

from __future__ import annotations

import builtins
import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.rules.engine import validate
from prestatie.source import reader

from . import test_hostile

runner = CliRunner()

SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY"
GOAL = """\
kind: goal
id: SD-1
level: strategic
parent: mission
title: Revenue grows from 100 to 120
perspective: financial
owner: Board
measures: [{name: Revenue, unit: EUR, baseline: 100, target: 120}]
"""
#: A goal with one schema error, on line 3.
BROKEN_GOAL = GOAL.replace("level: strategic", "level: top")

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")


def small_plan(root: Path, **files: str) -> Path:
    """test_hostile's small plan, without the balance warnings a one-goal plan draws."""
    plan = test_hostile.small_plan(root, **files)
    settings = plan / "prestatie.yaml"
    settings.write_text(settings.read_text() + "rules: {balance/missing: off}\n")
    return plan


def link(path: Path, target: Path | str, folder: bool = False) -> None:
    try:
        path.symlink_to(target, target_is_directory=folder)
    except OSError:  # pragma: no cover - a file system without symbolic links
        pytest.skip("symbolic links cannot be created here")


@pytest.fixture
def secrets(tmp_path: Path) -> Path:
    """A folder outside every plan holding secrets, one of them valid YAML."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".env").write_text(SECRET + "\n", encoding="utf-8")
    (home / "credentials.yaml").write_text(f"token: {SECRET}\n", encoding="utf-8")
    return home


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The real path of every file opened and every folder listed during the test."""
    seen: list[str] = []
    real_open, real_builtin_open, real_scandir = os.open, builtins.open, os.scandir

    def record(path: Any) -> None:
        if isinstance(path, str | bytes | os.PathLike):
            seen.append(os.path.realpath(os.fsdecode(path)))

    def os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, *args, **kwargs)  # only what was really opened counts
        record(path)
        return fd

    def builtin_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        handle = real_builtin_open(path, *args, **kwargs)
        record(path)
        return handle

    def scandir(path: Any = ".") -> Any:
        listing = real_scandir(path)
        record(path)
        return listing

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", builtin_open)
    monkeypatch.setattr(os, "scandir", scandir)
    yield seen


def run(*args: str) -> tuple[int, str, str]:
    """`validate ARGS`, paths below each plan's root (these tests are about reading)."""
    result = runner.invoke(app, ["validate", *args, "--path-base", "root"], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> tuple[int, dict[str, Any], str]:
    code, stdout, stderr = run(*args, "--format", "json")
    return code, json.loads(stdout), stderr


def places(payload: dict[str, Any]) -> list[tuple[str, str, int]]:
    return sorted((f["code"], f["file"], f["line"]) for f in payload["findings"])


def assert_never_touched(opened: list[str], secrets: Path, *outputs: str) -> None:
    touched = [p for p in opened if p == str(secrets) or p.startswith(f"{secrets}{os.sep}")]
    assert touched == []
    for output in outputs:
        assert "wJalrXUtnFEMI" not in output
        assert "AWS_SECRET" not in output


# ----------------------------------------------------------------------------- outside the plan


def test_a_file_linked_out_of_the_plan_is_reported_and_never_read(
    tmp_path: Path, secrets: Path, opened: list[str]
) -> None:
    plan = small_plan(tmp_path / "plan")
    link(plan / "key.yaml", secrets / ".env")
    link(plan / "credentials.yml", secrets / "credentials.yaml")
    link(plan / "notes.txt", secrets / ".env")  # not a plan file: not even reported

    code, text, err = run(str(plan))
    json_code, payload, json_err = run_json(str(plan))

    assert code == json_code == 1
    assert places(payload) == [
        ("file/unreadable", "credentials.yml", 0),
        ("file/unreadable", "key.yaml", 0),
    ]
    for finding in payload["findings"]:
        assert "points outside the plan" in finding["message"]
    assert "key.yaml:0:0: error file/unreadable it points outside the plan" in text
    assert payload["summary"]["files"] == 4
    assert_never_touched(opened, secrets, text, err, json.dumps(payload), json_err)


def test_a_file_named_on_the_command_line_that_links_out_of_its_plan(
    tmp_path: Path, secrets: Path, opened: list[str]
) -> None:
    plan = small_plan(tmp_path / "plan", goal=GOAL)
    link(plan / "key.yaml", secrets / ".env")

    code, payload, err = run_json(str(plan / "key.yaml"))
    text_code, text, text_err = run(str(plan / "key.yaml"))

    assert code == text_code == 1
    assert places(payload) == [("file/unreadable", "key.yaml", 0)]
    assert payload["summary"]["files"] == 1
    assert (err, text_err) == ("", "")
    assert_never_touched(opened, secrets, text, json.dumps(payload))


def test_a_lone_file_that_links_out_of_its_folder(
    tmp_path: Path, secrets: Path, opened: list[str]
) -> None:
    # Outside any plan a file is checked on its own, confined to the folder that holds it.
    loose = tmp_path / "loose"
    loose.mkdir()
    link(loose / "passwd.yaml", secrets / "credentials.yaml")
    (loose / "real.yaml").write_text("kind: bogus\n", encoding="utf-8")
    link(loose / "alias.yaml", "real.yaml")

    code, payload, _ = run_json(str(loose / "passwd.yaml"))
    assert code == 1
    assert places(payload) == [("file/unreadable", "passwd.yaml", 0)]
    assert_never_touched(opened, secrets, json.dumps(payload))
    # A link to a file in the same folder is read, as the file it links to.
    code, payload, _ = run_json(str(loose / "alias.yaml"))
    assert places(payload) == [("schema/unknown-kind", "real.yaml", 1)]


def test_a_folder_linked_out_of_the_plan_is_reported_once_and_not_walked(
    tmp_path: Path, secrets: Path, opened: list[str]
) -> None:
    plan = small_plan(tmp_path / "plan", goal=GOAL)
    (plan / "team").mkdir()
    link(plan / "team" / "vault", secrets, folder=True)
    link(plan / "root", "/", folder=True)

    code, payload, err = run_json(str(plan))
    assert code == 1
    assert places(payload) == [
        ("file/unreadable", "root", 0),
        ("file/unreadable", "team/vault", 0),
    ]
    assert all("points outside the plan" in f["message"] for f in payload["findings"])
    # Named on the command line, the link is reported the same way, and nothing else.
    code, selected, _ = run_json(str(plan / "team" / "vault"))
    assert (code, places(selected)) == (1, [("file/unreadable", "team/vault", 0)])
    # Outside any plan, a folder link is confined to the folder that holds it.
    loose = tmp_path / "loose"
    loose.mkdir()
    link(loose / "vault", secrets, folder=True)
    code, alone, _ = run_json(str(loose / "vault"))
    assert (code, places(alone)) == (1, [("file/unreadable", "vault", 0)])
    assert_never_touched(opened, secrets, json.dumps(payload), err, json.dumps(alone))


def test_settings_linked_out_of_the_plan_are_not_read(
    tmp_path: Path, secrets: Path, opened: list[str]
) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    link(plan / "prestatie.yaml", secrets / "credentials.yaml")
    (plan / "goal.yaml").write_text(GOAL, encoding="utf-8")
    code, payload, _ = run_json(str(plan))
    assert code == 1
    assert ("file/unreadable", "prestatie.yaml", 0) in places(payload)
    assert_never_touched(opened, secrets, json.dumps(payload))


# ------------------------------------------------------------------------- linked folders inside


def test_a_linked_folder_inside_the_plan_is_followed(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan")
    store = plan / ".store" / "team"
    store.mkdir(parents=True)
    (store / "goal.yaml").write_text(BROKEN_GOAL, encoding="utf-8")
    link(plan / "team", ".store/team", folder=True)

    code, payload, _ = run_json(str(plan))
    assert code == 1
    assert places(payload) == [("schema/invalid", "team/goal.yaml", 3)]
    assert payload["summary"]["files"] == 3
    assert payload["summary"]["items"] == 2
    # The file named through the link, or where it really lies, is the same plan file.
    for named in (plan / "team" / "goal.yaml", store / "goal.yaml"):
        code, selected, err = run_json(str(named))
        assert (code, places(selected), err) == (1, [("schema/invalid", "team/goal.yaml", 3)], "")
        assert selected["summary"]["files"] == 1


def test_links_to_ancestors_and_to_each_other_read_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = small_plan(tmp_path / "plan")
    for name, goal_id in (("east", "SD-1"), ("west", "SD-2")):
        (plan / name).mkdir()
        (plan / name / "goal.yaml").write_text(GOAL.replace("SD-1", goal_id), encoding="utf-8")
    link(plan / "east" / "to-west", "../west", folder=True)
    link(plan / "west" / "to-east", "../east", folder=True)
    link(plan / "east" / "up", "..", folder=True)
    link(plan / "again", ".", folder=True)
    link(plan / "alias.yaml", "east/goal.yaml")
    # Two links that only lead to each other: no folder and no file behind them.
    link(plan / "ping", "pong", folder=True)
    link(plan / "pong", "ping", folder=True)

    parsed: Counter[str] = Counter()
    original = reader.parse_text

    def counting(text: str, file: str) -> Any:
        parsed[file] += 1
        return original(text, file)

    monkeypatch.setattr(reader, "parse_text", counting)
    monkeypatch.setattr("prestatie.source.reading.parse_text", counting)
    result = validate([str(plan)])

    assert [(f.code, f.file) for f in result.findings] == []
    assert parsed == Counter(
        {"prestatie.yaml": 1, "mission.yaml": 1, "east/goal.yaml": 1, "west/goal.yaml": 1}
    )
    assert (result.summary.files, result.summary.items) == (4, 3)


# ------------------------------------------------------------------------- paths not in the plan


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    """A plan that excludes drafts/, with broken files where the plan does not look."""
    plan = small_plan(tmp_path / "plan", goal=BROKEN_GOAL)
    settings = plan / "prestatie.yaml"
    settings.write_text(settings.read_text() + 'exclude: ["drafts/*"]\n', encoding="utf-8")
    for folder in ("drafts", ".github"):
        (plan / folder).mkdir()
        (plan / folder / "x.yaml").write_text("kind: bogus\n", encoding="utf-8")
    (plan / "notes.txt").write_text("kind: bogus\n", encoding="utf-8")
    return plan


NOT_IN_PLAN = [
    pytest.param(
        "drafts/x.yaml",
        "excluded by `exclude:` in prestatie.yaml (drafts/*)",
        id="excluded",
    ),
    pytest.param(
        ".github/x.yaml",
        "it is inside the hidden folder .github, and hidden folders are not read",
        id="hidden-folder",
    ),
    pytest.param("notes.txt", "only .yaml and .yml files are plan files", id="wrong-suffix"),
]


@pytest.mark.parametrize(("name", "reason"), NOT_IN_PLAN)
def test_a_named_file_that_is_not_part_of_the_plan_is_skipped(
    drafts: Path, monkeypatch: pytest.MonkeyPatch, name: str, reason: str
) -> None:
    monkeypatch.chdir(drafts)
    code, text, err = run(name)
    assert code == 0
    assert text == "0 errors, 0 warnings, 0 info in 0 files (2 items)\n"
    assert err.splitlines() == [
        f"prestatie: note: {name} is not part of the plan: {reason}",
        "prestatie: note: none of the given paths is part of a plan: no file was checked",
    ]
    code, payload, json_err = run_json(name)
    assert (code, payload["findings"], payload["summary"]["files"]) == (0, [], 0)
    assert json_err == err


@pytest.mark.parametrize(("name", "reason"), NOT_IN_PLAN)
def test_a_skipped_file_beside_a_plan_file(
    drafts: Path, monkeypatch: pytest.MonkeyPatch, name: str, reason: str
) -> None:
    monkeypatch.chdir(drafts)
    code, payload, err = run_json("goal.yaml", name)
    assert code == 1
    assert places(payload) == [("schema/invalid", "goal.yaml", 3)]
    assert payload["summary"]["files"] == 1
    assert err == f"prestatie: note: {name} is not part of the plan: {reason}\n"


def test_a_lone_file_with_another_suffix_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# kind: bogus\n- [ ] not YAML: {\n", encoding="utf-8")
    code, text, err = run(str(tmp_path / "README.md"))
    assert (code, text) == (0, "0 errors, 0 warnings, 0 info in 0 files (0 items)\n")
    assert err.splitlines()[0] == (
        f"prestatie: note: {tmp_path / 'README.md'} is not part of the plan: "
        "only .yaml and .yml files are plan files"
    )


def test_a_named_hidden_or_excluded_folder_is_skipped(
    drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(drafts)
    code, payload, err = run_json("drafts", ".github", "goal.yaml")
    assert code == 1
    assert places(payload) == [("schema/invalid", "goal.yaml", 3)]
    assert err.splitlines() == [
        "prestatie: note: .github is not part of the plan: hidden folders are not read",
        "prestatie: note: drafts is not part of the plan: "
        "excluded by `exclude:` in prestatie.yaml (drafts/*)",
    ]
