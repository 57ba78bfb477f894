"""`prestatie schema`: the schemas on stdout and as files whose `$ref`s resolve offline,
proven with check-jsonschema run without network; the schemas `init` writes into a plan;
the VS Code settings of docs/editors.md, as written there."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import shown_path
from prestatie.format.schemas import KINDS, load_all
from prestatie.scaffold import schemafiles

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
ALL = sorted([*(f"{k}.schema.json" for k in KINDS), "common.schema.json", "prestatie.schema.json"])


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


@functools.cache
def _no_network_prefix() -> tuple[str, ...]:
    """`unshare -rn`: a network namespace with nothing in it, where the system allows it."""
    if shutil.which("unshare") is None:
        return ()
    done = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    return ("unshare", "-rn") if done.returncode == 0 else ()


def check_jsonschema(
    tmp: Path, schema: Path, files: list[Path]
) -> subprocess.CompletedProcess[str]:
    """check-jsonschema as a subprocess that cannot fetch anything: no network where the
    system allows it, and proxies that lead nowhere and an empty cache in any case."""
    dead = "http://127.0.0.1:9"
    env = {
        **os.environ,
        "HTTP_PROXY": dead,
        "HTTPS_PROXY": dead,
        "http_proxy": dead,
        "https_proxy": dead,
        "NO_PROXY": "",
        "no_proxy": "",
        "XDG_CACHE_HOME": str(tmp / "cache"),
    }
    command = [*_no_network_prefix(), sys.executable, "-m", "check_jsonschema"]
    return subprocess.run(
        [*command, "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp,
    )


_DOCUMENT_START = re.compile(r"^---[ \t]*$", re.M)


def one_document_each(files: list[Path], into: Path) -> list[Path]:
    """The files, each file with several documents (`---`) split into one file per
    document, text kept: check-jsonschema reads one document per file."""
    into.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        parts = _DOCUMENT_START.split(text)
        if len(parts) == 1:
            out.append(path)
            continue
        for index, part in enumerate(p for p in parts if p.strip()):
            piece = into / f"{len(out)}-{path.stem}-{index}.yaml"
            piece.write_text(part, encoding="utf-8")
            out.append(piece)
    return out


def example_files() -> list[Path]:
    files = sorted(EXAMPLES.glob("*/**/*.yaml"))
    assert len(files) > 40
    return files


# ----------------------------------------------------------------------------- stdout


def test_without_output_a_schema_is_printed_as_it_would_be_written() -> None:
    combined = invoke("schema")
    assert combined.exit_code == 0
    schema = json.loads(combined.stdout)
    assert "$id" not in schema
    assert schema["required"] == ["kind"]
    assert schema["properties"]["kind"]["enum"] == list(KINDS)
    assert [part["then"] for part in schema["allOf"]] == [
        {"$ref": f"{k}.schema.json"} for k in KINDS
    ]
    assert [part["if"]["properties"]["kind"] for part in schema["allOf"]] == [
        {"const": k} for k in KINDS
    ]
    goal = invoke("schema", "goal")
    assert goal.exit_code == 0
    assert json.loads(goal.stdout) == {k: v for k, v in load_all()["goal"].items() if k != "$id"}
    assert goal.stdout == schemafiles.text("goal")


@pytest.mark.parametrize(
    ("kind", "ending"),
    [
        ("gaol", "unknown kind 'gaol'; did you mean 'goal'?"),
        ("okrr", "unknown kind 'okrr'; did you mean 'okr'?"),
        ("export", "choose one of 'plan', 'mission', "),
    ],
)
def test_an_unknown_kind_is_a_usage_error(kind: str, ending: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prestatie", "schema", kind, "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT / "tests",
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert ending in done.stderr, done.stderr
    assert len(done.stderr.splitlines()) == 1


# ----------------------------------------------------------------------------- -o DIR


def _lines(result: Any) -> list[str]:
    return list(result.stdout.splitlines())


def test_output_writes_every_schema_and_never_over_a_different_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = invoke("schema", "-o", "out/schemas", "--lang", "en")
    assert first.exit_code == 0, first.output
    folder = tmp_path / "out" / "schemas"
    assert sorted(p.name for p in folder.iterdir()) == ALL
    assert sorted(_lines(first)) == [f"wrote out/schemas/{name}" for name in ALL]
    for name in ALL:
        written = json.loads((folder / name).read_text(encoding="utf-8"))
        assert "$id" not in written
    again = invoke("schema", "-o", "out/schemas", "--lang", "en")
    assert again.exit_code == 0
    assert sorted(_lines(again)) == [
        f"unchanged out/schemas/{name} (the same already)" for name in ALL
    ]
    mine = folder / "okr.schema.json"
    mine.write_text("{}\n", encoding="utf-8")
    (folder / "goal.schema.json").unlink()
    refused = invoke("schema", "-o", "out/schemas", "--lang", "en")
    assert refused.exit_code == 2
    assert refused.stderr == (
        "prestatie: error: out/schemas/okr.schema.json exists and differs; "
        "give --force to replace it\n"
    )
    assert mine.read_text(encoding="utf-8") == "{}\n"
    assert not (folder / "goal.schema.json").exists()  # refused before anything is written
    forced = invoke("schema", "-o", "out/schemas", "--force", "--lang", "en")
    assert forced.exit_code == 0
    assert "replaced out/schemas/okr.schema.json" in _lines(forced)
    assert "wrote out/schemas/goal.schema.json" in _lines(forced)
    assert mine.read_text(encoding="utf-8") == schemafiles.text("okr")
    one = invoke("schema", "okr", "-o", "okr-only", "--lang", "nl")
    assert one.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "okr-only").iterdir()) == [
        "common.schema.json",
        "okr.schema.json",
    ]
    assert sorted(_lines(one)) == [
        "geschreven: okr-only/common.schema.json",
        "geschreven: okr-only/okr.schema.json",
    ]


def test_output_into_a_file_is_one_error_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x\n", encoding="utf-8")
    result = invoke("schema", "-o", str(tmp_path / "taken" / "schemas"), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.endswith("taken: is a file, not a folder\n"), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


# ----------------------------------------------------------------------------- offline


def test_the_written_schemas_validate_every_example_file_offline(tmp_path: Path) -> None:
    assert invoke("schema", "-o", str(tmp_path / "schemas")).exit_code == 0
    files = one_document_each(example_files(), tmp_path / "documents")
    done = check_jsonschema(tmp_path, tmp_path / "schemas" / "prestatie.schema.json", files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok -- validation done" in done.stdout


def test_the_combined_schema_rejects_a_broken_file(tmp_path: Path) -> None:
    assert invoke("schema", "-o", str(tmp_path / "schemas")).exit_code == 0
    broken = {
        "wrong-kind.yaml": "kind: gaol\nid: SD-1\ntitle: Omzet groeit\nlevel: strategic\n",
        "no-title.yaml": "kind: goal\nid: SD-1\nlevel: strategic\nparent: mission\n",
        "no-such-level.yaml": "kind: goal\nid: SD-1\ntitle: Omzet groeit\nlevel: regional\n",
        "no-kind.yaml": "id: SD-1\ntitle: Omzet groeit\nlevel: strategic\n",
    }
    good = tmp_path / "good.yaml"
    good.write_text("kind: goal\nid: SD-1\ntitle: Omzet groeit\nlevel: strategisch\n")
    for name, text in broken.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    schema = tmp_path / "schemas" / "prestatie.schema.json"
    assert check_jsonschema(tmp_path, schema, [good]).returncode == 0
    done = check_jsonschema(tmp_path, schema, [good, *(tmp_path / n for n in broken)])
    assert done.returncode == 1, done.stdout + done.stderr
    failing = {line.split("::")[0].strip() for line in done.stdout.splitlines() if "::" in line}
    assert failing == {str(tmp_path / name) for name in broken}, done.stdout
    assert "'gaol' is not one of" in done.stdout
    assert "'title' is a required property" in done.stdout
    assert "'regional'" in done.stdout


def test_the_shipped_schemas_alone_do_not_resolve_offline(tmp_path: Path) -> None:
    """Why the written copies leave the `$id` out: with it, the refs point at the web."""
    from prestatie.source.data import data_dir

    done = check_jsonschema(
        tmp_path,
        data_dir("schemas") / "mission.schema.json",
        [EXAMPLES / "gouden-korst/mission.yaml"],
    )
    assert done.returncode != 0
    assert "prestatie.dev" in done.stdout + done.stderr


def test_every_file_init_writes_resolves_its_own_schema_line_offline(tmp_path: Path) -> None:
    plan = tmp_path / "acme"
    assert invoke("init", str(plan), "--org", "Acme", "--lang", "nl").exit_code == 0
    by_schema: dict[Path, list[Path]] = {}
    for path in sorted(plan.rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        ref = first.removeprefix("# yaml-language-server: $schema=")
        assert ref != first and not ref.startswith(("http", "file:")), first
        by_schema.setdefault((path.parent / ref).resolve(), []).append(path)
    assert len(by_schema) == 4  # plan, mission, analysis, goals
    docs = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    (shown,) = re.findall(r"```yaml\n(# yaml-language-server: .*)\nkind: goals\n```", docs)
    assert (plan / "goals" / "strategic.yaml").read_text(encoding="utf-8").startswith(shown)
    for schema, files in by_schema.items():
        assert schema.parent == (plan / ".prestatie" / "schemas").resolve()
        done = check_jsonschema(tmp_path, schema, files)
        assert done.returncode == 0, done.stdout + done.stderr


# ----------------------------------------------------------------------------- in a plan


def test_the_plan_walk_never_reads_the_schema_folder(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "eenzijdig", plan)
    before = invoke("validate", str(plan), "--format", "json")
    assert invoke("schema", "-o", str(plan / ".prestatie" / "schemas")).exit_code == 0
    (plan / ".prestatie" / "schemas" / "stray.yaml").write_text("kind: [\n", encoding="utf-8")
    after = invoke("validate", str(plan), "--format", "json")
    assert after.exit_code == before.exit_code
    assert json.loads(after.stdout)["summary"] == json.loads(before.stdout)["summary"]


def test_init_refuses_a_different_schema_file_and_keeps_an_identical_one(tmp_path: Path) -> None:
    folder = tmp_path / "klant"
    copy = folder / ".prestatie" / "schemas"
    copy.mkdir(parents=True)
    (copy / "goal.schema.json").write_text(schemafiles.text("goal"), encoding="utf-8")
    (copy / "okr.schema.json").write_text("{}\n", encoding="utf-8")
    refused = invoke("init", str(folder), "--lang", "en", "--org", "Klant")
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"prestatie: error: {copy / 'okr.schema.json'} already exists; "
        "`prestatie init` never writes over a file\n"
    )
    assert sorted(p.name for p in copy.iterdir()) == ["goal.schema.json", "okr.schema.json"]
    assert sorted(p.name for p in folder.iterdir()) == [".prestatie"]
    (copy / "okr.schema.json").unlink()
    started = invoke("init", str(folder), "--lang", "en", "--org", "Klant")
    assert started.exit_code == 0, started.output
    schemas = shown_path((folder / ".prestatie" / "schemas").resolve(), Path.cwd().resolve())
    assert f"  {schemas}/ (12 files: " in started.stdout
    assert sorted(p.name for p in copy.iterdir()) == ALL


def test_init_undoes_the_schemas_when_a_later_step_fails(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "goals").write_text("not a folder\n", encoding="utf-8")
    failed = invoke("init", str(other), "--lang", "en", "--force")
    assert failed.exit_code == 2
    assert sorted(p.name for p in other.iterdir()) == ["goals"]  # .prestatie/ removed too
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / ".prestatie").write_text("a file\n", encoding="utf-8")
    result = invoke("init", str(blocked), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.endswith(".prestatie: is a file, not a folder\n"), result.stderr
    assert sorted(p.name for p in blocked.iterdir()) == [".prestatie"]


# ----------------------------------------------------------------------------- docs/editors.md


def _settings_block() -> dict[str, Any]:
    text = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    blocks = re.findall(r"`\.vscode/settings\.json`:\n\n```json\n(.*?)```", text, re.S)
    assert len(blocks) == 1
    settings = json.loads(blocks[0])
    assert isinstance(settings, dict)
    return settings


def test_the_vscode_settings_of_the_docs_map_every_plan_file_to_a_schema_that_passes(
    tmp_path: Path,
) -> None:
    from prestatie.source.files import plan_files

    (mapping,) = _settings_block().values()
    ((schema_ref, patterns),) = mapping.items()
    plan = tmp_path / "gouden-korst"  # the folder opened in VS Code
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    prefix = "./.prestatie/schemas/"
    assert schema_ref.startswith(prefix)
    written = invoke("schema", "-o", str(plan / prefix))
    assert written.exit_code == 0
    schema = plan / schema_ref
    assert schema.is_file()
    mapped = sorted({p for pattern in patterns for p in plan.glob(pattern)})
    read = sorted(f.path for f in plan_files(plan.resolve(), ()))
    assert [p.resolve() for p in mapped] == [p.resolve() for p in read]  # every plan file
    files = one_document_each(mapped, tmp_path / "documents")
    done = check_jsonschema(tmp_path, schema, files)
    assert done.returncode == 0, done.stdout + done.stderr
