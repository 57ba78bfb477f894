"""`prestatie init`: a plan that validates clean under --strict in both languages, the
cascade `new goal` builds on it, the folders it refuses, and the example plans it copies."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.i18n import catalogue
from prestatie.scaffold import schemafiles
from prestatie.scaffold.schemafiles import file_name
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES, ROOT

runner = CliRunner()

CLEAN = {
    "en": "0 errors, 0 warnings, 0 info in ",
    "nl": "0 fouten, 0 waarschuwingen, 0 meldingen in ",
}
FIRST = {"en": "SG", "nl": "SD"}
#: The schemas for editors every new plan gets (`prestatie schema -o .prestatie/schemas`).
SCHEMAS = sorted(f".prestatie/schemas/{file_name(s)}" for s in schemafiles.stems(None))


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


def data(path: Path) -> dict[str, Any]:
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert source.findings == []
    found = source.documents[0].data
    assert isinstance(found, dict)
    return found


def only_line(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


def strict(plan: Path, lang: str) -> None:
    result = invoke("validate", str(plan), "--strict", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(CLEAN[lang]), result.output


# ----------------------------------------------------------------------------- a new plan


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    ("perspectives", "expected"),
    [
        (None, ["financial", "customer", "process", "learning"]),
        ("nederlands", ["financial", "customer", "process", "learning"]),
        ("publieke-sector", ["society", "customer", "process", "financial", "learning"]),
    ],
    ids=["kaplan-norton", "nederlands", "publieke-sector"],
)
def test_a_new_plan_validates_clean_under_strict(
    tmp_path: Path, lang: str, perspectives: str | None, expected: list[str]
) -> None:
    plan = tmp_path / "acme"
    args = ["init", str(plan), "--org", "Acme", "--lang", lang, "--period", "2027"]
    result = invoke(*args, *(["--perspectives", perspectives] if perspectives else []))
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(plan).as_posix() for p in plan.rglob("*") if p.is_file())
    assert written == [
        *SCHEMAS,
        "analysis.yaml",
        "goals/strategic.yaml",
        "mission.yaml",
        "prestatie.yaml",
    ]
    settings = data(plan / "prestatie.yaml")
    assert (settings["organisation"], settings["language"], settings["period"]) == (
        "Acme",
        lang,
        "2027",
    )
    assert settings["perspectives"] == (perspectives or "kaplan-norton")
    assert settings["levels"][1] == ("afdeling" if lang == "nl" else "department")
    goals = data(plan / "goals" / "strategic.yaml")["goals"]
    assert [g["id"] for g in goals] == [f"{FIRST[lang]}-{n}" for n in range(1, len(expected) + 1)]
    from prestatie.format.perspectives import builtin

    chosen = builtin(perspectives or "kaplan-norton")
    assert chosen is not None
    assert [chosen.resolve(g["perspective"]) for g in goals] == expected
    assert all(len(g["measures"]) == 1 and g["owner"] for g in goals)
    addressed = {ref for g in goals for ref in g["addresses"]}
    assert addressed >= {"W1", "O1", "T1"}
    assert data(plan / "mission.yaml")["organisation"] == "Acme"
    strict(plan, lang)
    assert result.stdout.splitlines()[-1].endswith(
        f"--parent {FIRST[lang]}-1 --unit <" + ("afdeling>`" if lang == "nl" else "department>`")
    )


def test_without_options_or_terminal_the_defaults_are_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRESTATIE_LANG", "nl")
    (tmp_path / "bakkerij-jansen").mkdir()
    monkeypatch.chdir(tmp_path / "bakkerij-jansen")
    result = invoke("init")
    assert result.exit_code == 0, result.output
    settings = data(tmp_path / "bakkerij-jansen" / "prestatie.yaml")
    assert (settings["organisation"], settings["language"], settings["period"]) == (
        "bakkerij-jansen",
        "nl",
        str(date.today().year),
    )
    strict(tmp_path / "bakkerij-jansen", "nl")


# ----------------------------------------------------------------------------- done means


def _chain(plan: Path, lang: str, strategic: str, unit: str, person: str) -> list[str]:
    """`new goal --parent` for each level down to a personal goal; the ids made."""
    made = []
    parent, extra = strategic, ["--unit", unit]
    for _ in range(4):
        result = invoke("new", "goal", "--parent", parent, *extra, "--plan", str(plan))
        assert result.exit_code == 0, result.output
        found = re.search(r"\bgoal (\S+?)\)? ", result.stdout.splitlines()[0] + " ")
        assert found is not None, result.stdout
        parent = found.group(1)
        made.append(parent)
        extra = ["--person", person] if len(made) == 3 else []
    return made


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_init_then_new_goal_down_to_a_personal_goal(tmp_path: Path, lang: str) -> None:
    plan = tmp_path / "acme"
    assert invoke("init", str(plan), "--org", "Acme", "--lang", lang).exit_code == 0
    first = f"{FIRST[lang]}-1"
    made = _chain(plan, lang, first, "Sales", "p-1")
    prefix = {"en": ["DG", "OG", "FG", "PG"], "nl": ["AD", "OD", "FD", "PD"]}[lang]
    assert made == [*(f"{p}-SALES-1" for p in prefix[:3]), f"{prefix[3]}-1-1"]
    assert data(plan / "people" / "p-1.yaml")["goals"][0]["parent"] == made[2]
    check = invoke("validate", str(plan), "--format", "json")
    assert check.exit_code == 0, check.output
    import json

    codes = sorted(f["code"] for f in json.loads(check.stdout)["findings"])
    # One chain is one quarter of a cascade: the other strategic goals are not cascaded
    # yet (one department goal is too few to judge the balance of its level). No error.
    assert codes == ["cascade/not-cascaded"] * 3
    tree = invoke("tree", str(plan), "--include", "people", "--lang", lang)
    assert tree.exit_code == 0
    lines = tree.stdout.splitlines()
    rows = [next(i for i, ln in enumerate(lines) if f" {goal} " in ln) for goal in [first, *made]]
    assert rows == sorted(rows)
    depth = [lines[row].index(goal) for row, goal in zip(rows, [first, *made], strict=True)]
    assert depth == sorted(depth) and len(set(depth)) == 5  # each one level deeper


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_full_cascade_on_a_new_plan_validates_clean_under_strict(
    tmp_path: Path, lang: str
) -> None:
    plan = tmp_path / "acme"
    assert invoke("init", str(plan), "--org", "Acme", "--lang", lang).exit_code == 0
    for n in range(1, 5):
        _chain(plan, lang, f"{FIRST[lang]}-{n}", "Sales", f"p-{n}")
    strict(plan, lang)
    files = sorted(p.relative_to(plan).as_posix() for p in plan.rglob("*.yaml"))
    assert files == [
        "analysis.yaml",
        "goals/sales/department.yaml",
        "goals/sales/function.yaml",
        "goals/sales/operational.yaml",
        "goals/strategic.yaml",
        "mission.yaml",
        "people/p-1.yaml",
        "people/p-2.yaml",
        "people/p-3.yaml",
        "people/p-4.yaml",
        "prestatie.yaml",
    ]


# ----------------------------------------------------------------------------- refusals


def test_a_folder_that_holds_a_plan_or_lies_in_one_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    before = sorted(p.as_posix() for p in plan.rglob("*"))
    again = invoke("init", str(plan), "--lang", "en", "--force")
    assert again.exit_code == 2
    assert only_line(again) == (
        f"prestatie: error: {plan} already holds a plan (prestatie.yaml); "
        "`prestatie new` adds to it"
    )
    inner = invoke("init", str(plan / "nieuw"), "--lang", "en")
    assert inner.exit_code == 2
    assert only_line(inner).endswith(f"lies inside the plan {plan.resolve()}; start it outside")
    assert sorted(p.as_posix() for p in plan.rglob("*")) == before


def test_a_folder_that_is_not_empty_needs_force(tmp_path: Path) -> None:
    folder = tmp_path / "klant"
    folder.mkdir()
    (folder / "notities.txt").write_text("bewaar mij\n", encoding="utf-8")
    (folder / ".git").mkdir()
    refused = invoke("init", str(folder), "--lang", "nl")
    assert refused.exit_code == 2
    assert only_line(refused) == (
        f"prestatie: fout: {folder} is niet leeg (1 item); kies een lege map, "
        "of geef --force om het plan daar te beginnen"
    )
    assert sorted(p.name for p in folder.iterdir()) == [".git", "notities.txt"]
    forced = invoke("init", str(folder), "--lang", "nl", "--force")
    assert forced.exit_code == 0, forced.output
    assert (folder / "notities.txt").read_text(encoding="utf-8") == "bewaar mij\n"
    hidden_only = tmp_path / "repo"
    (hidden_only / ".git").mkdir(parents=True)
    assert invoke("init", str(hidden_only), "--lang", "en").exit_code == 0  # git init first: fine


@pytest.mark.parametrize("name", ["analysis.yaml", "mission.yaml", "goals/strategic.yaml"])
def test_a_file_in_the_way_is_never_written_over(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "klant"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("# mijn eigen bestand\n", encoding="utf-8")
    before = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
    result = invoke("init", str(folder), "--lang", "en", "--force")
    assert result.exit_code == 2
    assert only_line(result) == (
        f"prestatie: error: {folder / name} already exists; `prestatie init` never writes over "
        "a file"
    )
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == before
    assert (folder / name).read_text(encoding="utf-8") == "# mijn eigen bestand\n"


def test_a_failure_part_way_undoes_everything(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "goals").write_text("not a folder\n", encoding="utf-8")  # where goals/ must go
    failed = invoke("init", str(other), "--lang", "en", "--force")
    assert failed.exit_code == 2
    assert only_line(failed).endswith("goals: is a file, not a folder")
    assert sorted(p.name for p in other.iterdir()) == ["goals"]  # all undone
    assert (other / "goals").read_text(encoding="utf-8") == "not a folder\n"


def test_a_file_as_the_folder_and_bad_options_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "plan.txt"
    file.write_text("x\n", encoding="utf-8")
    assert only_line(invoke("init", str(file), "--lang", "en")).endswith("is a file, not a folder")
    for args, ending in [
        (["--perspectives", "bsc+"], "choose 'kaplan-norton', 'nederlands' or 'publieke-sector'"),
        (["--period", "volgend jaar"], "2026-H1, 2026-Q1, 2026-03 or FY2026-Q1"),
        (["--org", "  "], "--org is empty: give the organisation's name"),
        (["--example", "gouden-korst", "--org", "X"], "--perspectives do not go with it"),
        (["--example", "gouden-kost"], "is not a bundled example; did you mean 'gouden-korst'?"),
    ]:
        result = invoke("init", str(tmp_path / "new"), "--lang", "en", *args)
        assert result.exit_code == 2, args
        assert only_line(result).endswith(ending), (args, result.stderr)
        assert not (tmp_path / "new").exists()


def test_a_failed_write_removes_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from prestatie.source import write

    real = write.write_atomic
    calls = []

    def third_fails(path: Path, text: Any, **kwargs: Any) -> None:
        calls.append(path)
        if len(calls) == 3:
            reason = write.os_reason(OSError(errno.ENOSPC, "full"))
            raise write.OutputError(
                write.msg("source.output.cannot-write", path=str(path), reason=reason)
            )
        real(path, text, **kwargs)

    monkeypatch.setattr(write, "write_atomic", third_fails)
    folder = tmp_path / "acme"
    result = invoke("init", str(folder), "--lang", "en")
    assert result.exit_code == 2
    assert only_line(result).endswith("(no space left on device)")
    assert not folder.exists()  # made by init, so removed with all it held


# ----------------------------------------------------------------------------- examples


@pytest.mark.parametrize("name", ["gouden-korst", "northwind-care", "eenzijdig"])
def test_an_example_is_copied_as_it_is(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    result = invoke("init", str(folder), "--example", name)
    assert result.exit_code == 0, result.output

    def files(root: Path) -> dict[Path, bytes]:
        return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    shipped, copied = files(EXAMPLES / name), files(folder)
    schemas = {p: copied.pop(p) for p in list(copied) if p.parts[0] == ".prestatie"}
    assert copied == shipped
    assert sorted(p.as_posix() for p in schemas) == SCHEMAS  # for editors, as for a new plan
    check = invoke("validate", str(folder))
    assert check.exit_code == 0


def test_the_wheel_ships_the_examples_init_copies(tmp_path: Path) -> None:
    out = tmp_path / "wheel"
    pip = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet"]
    subprocess.run(
        [*pip, "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("prestatie-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "prestatie/examples/gouden-korst/prestatie.yaml" in names
    for template in ("goal-item", "goals", "person", "scorecard", "analysis", "plan", "mission"):
        assert f"prestatie/templates/{template}.yaml.j2" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "sys.argv = ['prestatie', 'init', sys.argv[2], '--example', 'northwind-care'];"
        "from prestatie.__main__ import main; main()"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(site), str(tmp_path / "copy")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "copy" / "people" / "p-2001.yaml").is_file()


# ----------------------------------------------------------------------------- messages


def test_every_command_a_message_names_exists() -> None:
    """Messages point users at commands (`prestatie init`, `prestatie new goal`): each
    one named must be a command of the app."""
    import typer

    root = typer.main.get_command(app)
    commands = set(getattr(root, "commands", {}))
    named: set[str] = set()
    for id in catalogue.every_id():
        for text in (catalogue.entry(id) or {}).values():
            named.update(re.findall(r"`prestatie ([a-z][a-z-]*)", text))
    assert "init" in named and "new" in named
    assert sorted(named - commands) == []
    new = getattr(root, "commands", {})["new"]
    for id in catalogue.every_id():
        for text in (catalogue.entry(id) or {}).values():
            for kind in re.findall(r"`prestatie new ([a-z][a-z-]*)", text):
                assert kind in new.commands, (id, kind)


def test_outside_a_plan_the_error_names_init(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "validate", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.endswith("or start a plan with `prestatie init`\n")
