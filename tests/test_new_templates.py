"""The templates of `new` and `init`: every comment from the catalogue, every value written
so that it reads back exactly, and a `$schema` line an editor finds offline."""

from __future__ import annotations

import functools
import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import shown_path
from prestatie.i18n import catalogue
from prestatie.scaffold.new import NewRequest, prepare
from prestatie.source.data import data_dir
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
TEMPLATES = ROOT / "templates"
TODAY = date(2026, 11, 1)


@functools.cache
def _shipped_plan() -> Any:
    """The Dutch example plan, loaded once; `prepare` only reads it."""
    from prestatie.model.plan import load
    from prestatie.source.files import Target

    return load(Target(EXAMPLES / "gouden-korst", True, None))


def _documents(text: str) -> list[Any]:
    source = parse_text(text, "new.yaml")
    assert source.findings == [], text
    return [doc.data for doc in source.documents]


def _goal(text: str, goal_id: str) -> dict[str, Any]:
    for data in _documents(text):
        for entry in data.get("goals") or []:
            if entry["id"] == goal_id:
                return dict(entry)
    raise AssertionError(goal_id)


# ----------------------------------------------------------------------------- values

#: What the issue names, and what once broke a scaffold: each at the start, in the middle
#: and at the end of a title.
HOSTILE = [": ", "#", "*", "&", "!", "-", "{", "}", "[", "'", '"', "\n", "\t", "\\", "%", "@"]
HOSTILE += ["`", "|", ">", "? ", "\r\n", "\u2028", "\x85", "\ufeff", "\x1b[2J", "~", "null"]


@pytest.mark.parametrize("character", HOSTILE, ids=[repr(c) for c in HOSTILE])
def test_a_hostile_title_from_the_command_line_comes_back_exactly(
    tmp_path: Path, character: str
) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    title = f"{character}Omzet {character} 10 %{character}"
    options = ["--parent", "SD-1", "--unit", "Winkels", "--title", title, "--owner", title]
    result = runner.invoke(
        app, ["new", "goal", *options, "--plan", str(plan), "--lang", "en"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added goal AD-WINKELS-1 to "), result.stdout
    written = (plan / "departments" / "winkels.yaml").read_text(encoding="utf-8")
    goal = _goal(written, "AD-WINKELS-1")
    assert (goal["title"], goal["owner"]) == (title, title)


VALUES = st.text(min_size=1)


@settings(max_examples=150, deadline=None)
@given(value=VALUES)
def test_any_title_of_a_goal_added_to_a_list_reads_back_exactly(value: str) -> None:
    request = NewRequest("goal", "mission", title=value, owner=value, perspective="klant")
    made = prepare(_shipped_plan(), request, TODAY)
    assert made.original is not None  # added to strategy/strategic.yaml
    goal = _goal(made.text, made.id)
    assert (goal["title"], goal["owner"]) == (value, value)


@settings(max_examples=150, deadline=None)
@given(value=VALUES)
def test_any_title_of_a_goal_in_a_new_file_reads_back_exactly(value: str) -> None:
    request = NewRequest("goal", "OD-ZM-2", title=value, owner=value, level="project")
    made = prepare(_shipped_plan(), request, TODAY)
    assert made.original is None
    goal = _goal(made.text, made.id)
    assert (goal["title"], goal["owner"], goal["parent"]) == (value, value, "OD-ZM-2")


@settings(max_examples=100, deadline=None)
@given(value=VALUES, kind=st.sampled_from(["scorecard", "analysis", "reward-policy", "person"]))
def test_any_title_of_the_other_kinds_reads_back_exactly(value: str, kind: str) -> None:
    extra = {"function": value} if kind == "person" else {}
    owner = value if kind == "scorecard" else None
    request = NewRequest(kind, None, None, None, owner, value, **extra)
    made = prepare(_shipped_plan(), request, TODAY)
    (data,) = _documents(made.text)
    assert data["kind"] == kind
    assert data["name" if kind == "person" else "title"] == value
    if kind == "person":
        assert data["function"] == value
    if kind == "scorecard":
        assert data["owner"] == value


@settings(max_examples=100, deadline=None)
@given(value=VALUES)
def test_any_unit_and_person_of_a_new_person_file_reads_back_exactly(value: str) -> None:
    from dataclasses import replace

    from prestatie.format.config import Config

    plan = _shipped_plan()
    loose = replace(plan, config=replace(plan.config, units=None))  # any unit is a unit
    assert isinstance(loose.config, Config)
    request = NewRequest("goal", "FD-ACC-1", title=value, person="p-nieuw", unit=value)
    made = prepare(loose, request, TODAY)
    (person,) = _documents(made.text)
    assert (person["id"], person["unit"]) == ("p-nieuw", value)
    assert person["goals"][0]["title"] == value


# ----------------------------------------------------------------------------- comments


def _named_in_templates() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(TEMPLATES.glob("*.yaml.j2")):
        text = path.read_text(encoding="utf-8")
        found[path.name] = set(re.findall(r"\b(?:say|note)\(\"([a-z0-9.-]+)\"", text))
    return found


def test_every_template_comment_is_in_the_catalogue_in_both_languages() -> None:
    named = _named_in_templates()
    assert set(named) >= {
        f"{kind}.yaml.j2"
        for kind in (
            *("goal-item", "goals", "okr", "ogsm", "scorecard", "person", "analysis"),
            *("reward-policy", "mission", "plan"),
        )
    }
    for template, keys in named.items():
        assert keys, template
        for key in keys:
            texts = catalogue.entry(f"scaffold.{key}")
            assert texts is not None and set(texts) == {"en", "nl"}, (template, key)


def test_every_scaffold_text_is_used() -> None:
    in_templates = {f"scaffold.{k}" for keys in _named_in_templates().values() for k in keys}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    in_code = set(re.findall(r"[\"'](scaffold\.value\.[a-z0-9-]+)[\"']", source))
    prefixes = re.findall(r"f[\"'](scaffold\.value\.[a-z0-9-]+)\{", source)
    unused = [
        id
        for id in catalogue.every_id()
        if id.startswith("scaffold.")
        and id not in in_templates
        and id not in in_code
        and not any(id.startswith(p) for p in prefixes)
    ]
    assert unused == []


def test_no_template_chooses_a_language_itself() -> None:
    for path in TEMPLATES.glob("*.yaml.j2"):
        text = path.read_text(encoding="utf-8")
        assert " if nl " not in text and "nl %}" not in text, path.name


def test_a_missing_value_is_an_error_not_an_empty_field() -> None:
    from jinja2 import UndefinedError

    from prestatie.scaffold.env import environment

    with pytest.raises(UndefinedError):
        environment().get_template("okr.yaml.j2").render({})


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_line_written_is_printable(tmp_path: Path, lang: str) -> None:
    plan = tmp_path / "plan"
    odd = "Acme\x1b[31m\u202e\tBV"
    result = runner.invoke(app, ["init", str(plan), "--org", odd, "--lang", lang])
    assert result.exit_code == 0, result.output
    options = {"goal": "--owner", "scorecard": "--owner", "ogsm": "--owner", "person": "--name"}
    for kind in ("goal", "scorecard", "person", "analysis", "reward-policy", "ogsm"):
        given = [options.get(kind, "--title"), odd]
        made = runner.invoke(app, ["new", kind, "--plan", str(plan), *given])
        assert made.exit_code == 0, made.output
    for path in plan.rglob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert line.isprintable(), (path.name, line)
    settings_text = (plan / "prestatie.yaml").read_text(encoding="utf-8")
    assert _documents(settings_text)[0]["organisation"] == odd


# ----------------------------------------------------------------------------- $schema


def _schema_line(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema="), first
    return first.split("=", 1)[1]


def test_the_schema_line_points_at_the_plans_copy_that_init_writes(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    assert runner.invoke(app, ["init", str(plan), "--org", "Acme", "--lang", "en"]).exit_code == 0
    for path, ref in [
        (plan / "prestatie.yaml", ".prestatie/schemas/plan.schema.json"),
        (plan / "mission.yaml", ".prestatie/schemas/mission.schema.json"),
        (plan / "analysis.yaml", ".prestatie/schemas/analysis.schema.json"),
        (plan / "goals" / "strategic.yaml", "../.prestatie/schemas/goals.schema.json"),
    ]:
        assert _schema_line(path) == ref
        schema = json.loads((path.parent / ref).read_text(encoding="utf-8"))
        assert "$id" not in schema  # its $refs resolve against the file itself, offline
        shipped = json.loads((data_dir("schemas") / Path(ref).name).read_text(encoding="utf-8"))
        assert schema == {k: v for k, v in shipped.items() if k != "$id"}


def test_new_writes_the_plans_copy_when_it_is_missing_and_keeps_one_that_is_there(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    copy = plan / ".prestatie" / "schemas"
    assert not copy.exists()
    result = runner.invoke(
        app, ["new", "goal", "--parent", "OD-ZM-2", "--level", "project", "--plan", str(plan)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith(
        f"schema's voor editors geschreven: {shown_path(copy.resolve(), Path.cwd().resolve())}/ "
        "(13 bestanden; "
    )
    written = plan / "goals" / "zakelijke-markt" / "project.yaml"
    ref = _schema_line(written)
    assert ref == "../../.prestatie/schemas/goals.schema.json"
    assert (written.parent / ref).resolve() == (copy / "goals.schema.json").resolve()
    (copy / "okr.schema.json").write_text("{}\n", encoding="utf-8")  # the plan's own version
    okr = runner.invoke(app, ["new", "okr", "--parent", "AD-ZM-2", "--plan", str(plan)])
    assert okr.exit_code == 0, okr.output
    assert "schema" not in okr.stdout  # nothing written: the copy is complete
    assert (copy / "okr.schema.json").read_text(encoding="utf-8") == "{}\n"  # kept
    (made,) = [p for p in (plan / "okr").iterdir() if p.name.startswith("okr-ad-zm-2")]
    assert _schema_line(made) == "../.prestatie/schemas/okr.schema.json"
    dry = tmp_path / "dry"
    shutil.copytree(EXAMPLES / "gouden-korst", dry)
    args = ["new", "okr", "--parent", "AD-ZM-2", "--plan", str(dry), "--dry-run"]
    looked = runner.invoke(app, args)
    assert looked.exit_code == 0, looked.output
    assert looked.stdout.startswith("# yaml-language-server: $schema=../.prestatie/schemas/")
    assert not (dry / ".prestatie").exists()  # a dry run writes nothing


def test_a_new_file_that_cannot_be_written_takes_the_schemas_it_wrote_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prestatie.source import write

    real = write.write_atomic

    def no_yaml(path: Path, text: Any, **kwargs: Any) -> None:
        if path.suffix == ".yaml":
            reason = write.os_reason(OSError(28, "full"))
            raise write.OutputError(
                write.msg("source.output.cannot-write", path=str(path), reason=reason)
            )
        real(path, text, **kwargs)

    monkeypatch.setattr(write, "write_atomic", no_yaml)
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    result = runner.invoke(app, ["new", "okr", "--parent", "AD-ZM-2", "--plan", str(plan)])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("(geen ruimte meer op de schijf)")  # a Dutch plan
    assert not (plan / ".prestatie").exists()  # nothing of this run is left
