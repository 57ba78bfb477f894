"""Every command, not only validate, on random and mutated plans: exit 0, 1 or 2, a
one-line error for 2, strict JSON where asked, and no raw control characters in text."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from prestatie.cli import app

from .test_fuzz import (
    FUZZ,
    PLAN_FILES,
    Edit,
    documents,
    dump,
    edits,
    mutated_copy,
    yaml_files,
)

runner = CliRunner()

COMMANDS: list[list[str]] = [
    ["validate", "--as-of", "2026-06-30"],
    ["tree", "--as-of", "2026-06-30"],
    ["tree", "--level", "operational"],
    ["balance", "--by", "plan", "--by", "level", "--by", "unit", "--by", "scorecard"],
    ["analysis"],
]


def _refuse(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def strict_json(text: str) -> Any:
    """Parse as JSON allows it: NaN, Infinity and -Infinity are refused."""
    return json.loads(text, parse_constant=_refuse)


def hold(command: list[str], target: Path, output_format: str) -> None:
    result = runner.invoke(
        app,
        [*command, str(target), "--format", output_format],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1, 2), (command, result.output)
    if result.exit_code == 2:
        assert result.stdout == "", command
        assert result.stderr.startswith("prestatie: error: "), result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert "internal error" not in result.stderr
        return
    if output_format == "json":
        strict_json(result.stdout)
    else:
        assert all(ch == "\n" or ch.isprintable() for ch in result.stdout), command


@FUZZ
@given(
    settings_doc=documents(),
    files=st.lists(yaml_files, min_size=1, max_size=4),
    output_format=st.sampled_from(["json", "text"]),
)
def test_every_command_on_random_plans(
    settings_doc: dict[str, Any], files: list[str], output_format: str
) -> None:
    settings_doc["kind"] = "plan"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "prestatie.yaml").write_text(dump([settings_doc], None, True), encoding="utf-8")
        for number, content in enumerate(files):
            (root / f"f{number}.yaml").write_text(content, encoding="utf-8")
        for command in COMMANDS:
            hold(command, root, output_format)


@FUZZ
@given(
    plan_name=st.sampled_from(sorted(PLAN_FILES)),
    picks=st.lists(st.tuples(st.integers(0, 10**6), edits), min_size=1, max_size=4),
    output_format=st.sampled_from(["json", "text"]),
)
def test_every_command_on_mutated_examples(
    plan_name: str, picks: list[tuple[int, Edit]], output_format: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = mutated_copy(Path(folder), plan_name, picks, "utf-8")
        for command in COMMANDS:
            hold(command, root, output_format)


@FUZZ
@given(code=st.text(max_size=20) | st.sampled_from(["smart/", "cascade/level", "x/y", ""]))
def test_explain_anything(code: str) -> None:
    result = runner.invoke(app, ["explain", "--format", "json", "--", code], catch_exceptions=False)
    assert result.exit_code in (0, 2)
    if result.exit_code == 0:
        assert strict_json(result.stdout)
    else:
        assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
