"""`prestatie new` in ordinary and hostile situations: nothing lost, nothing half-written.

Every case checks the exit code, the one line on stderr and what is (or is not) on disk.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.scaffold.new import yaml_scalar
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES

runner = CliRunner()

#: Characters that once broke a scaffolded file or changed a value on the way back.
HOSTILE_CHARACTERS = [
    "\x00",
    "\x07",
    "\t",
    "\n",
    "\r",
    "\x1b",
    "\x7f",
    "\x80",
    "\x85",
    "\x9b",
    "\xa0",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\U0001f600",
    '"',
    "\\",
    "'",
    "#",
    ": ",
]


# ----------------------------------------------------------------------------- helpers


def _plan(tmp_path: Path) -> Path:
    plan = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    return plan


def _new(plan: Path, *args: str, kind: str = "okr") -> Any:
    return runner.invoke(app, ["new", kind, *args, "--plan", str(plan)], catch_exceptions=False)


def _document(path: Path) -> dict[str, Any]:
    """The first document of a file, read by the plan's own reader; no finding allowed."""
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert source.findings == []
    data = source.documents[0].data
    assert isinstance(data, dict)
    return data


# ----------------------------------------------------------------------------- YAML text


@settings(max_examples=400, deadline=None)
@given(value=st.text())
def test_yaml_scalar_reads_back_as_the_same_text(value: str) -> None:
    source = parse_text(f"key: {yaml_scalar(value)}  # a comment\nnext: 1\n", "t.yaml")
    assert source.findings == []
    assert source.documents[0].data == {"key": value, "next": 1}


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_yaml_scalar_escapes_what_a_reader_would_refuse_or_change(character: str) -> None:
    value = f"a{character}b"
    written = yaml_scalar(value)
    assert "\n" not in written and "\r" not in written
    assert all(ch.isprintable() for ch in written)
    source = parse_text(f"key: {written}\n", "t.yaml")
    assert source.findings == []
    assert source.documents[0].data["key"] == value


def test_yaml_scalar_refuses_a_lone_surrogate() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        yaml_scalar("E\udcff")


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_new_writes_values_from_the_command_line_back_exactly(
    tmp_path: Path, character: str
) -> None:
    plan = _plan(tmp_path)
    value = f"Hoofd{character}Zakelijke Markt"
    result = _new(
        plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "--owner", value, "--objective", value
    )
    assert result.exit_code == 0, result.output
    data = _document(plan / "okr" / "okr-ad-zm-2-2026-q4.yaml")
    assert (data["owner"], data["objective"], data["parent"]) == (value, value, "AD-ZM-2")


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_new_writes_values_from_the_plan_back_exactly(tmp_path: Path, character: str) -> None:
    """The parent's owner, unit and strategy text come from the plan; so does the parent id."""
    plan = _plan(tmp_path)
    value = f"Strategie{character}met tekens"
    ogsm = _new(plan, "--id", "OGSM-PARENT", "--objective", value, "--owner", value, kind="ogsm")
    assert ogsm.exit_code == 0, ogsm.output
    path = plan / "ogsm" / "ogsm-parent.yaml"
    text = path.read_text(encoding="utf-8").replace(
        'text: "Strategie 2: de keuze in woorden"', f"text: {yaml_scalar(value)}", 1
    )
    path.write_text(text, encoding="utf-8")
    child = _new(plan, "--parent", "OGSM-PARENT/S2", kind="ogsm")
    assert child.exit_code == 0, child.output
    data = _document(plan / "ogsm" / "ogsm-parent-s2.yaml")
    assert (data["objective"], data["owner"], data["parent"]) == (value, value, "OGSM-PARENT/S2")


def test_new_writes_a_parent_id_with_control_characters_back_exactly(tmp_path: Path) -> None:
    """An id may hold DEL, C1 controls and bidi overrides; value and comment stay one line."""
    plan = _plan(tmp_path)
    odd = "AD-ZM-2\u202e\x7f\x9b"
    goals = plan / "departments" / "zakelijke-markt.yaml"
    text = goals.read_text(encoding="utf-8")
    goals.write_text(
        text.replace("  - id: AD-ZM-2\n", '  - id: "AD-ZM-2\\u202e\\x7f\\x9b"\n', 1),
        encoding="utf-8",
    )
    result = _new(plan, "--parent", odd, "--period", "2026-Q4")
    assert result.exit_code == 0, result.output
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    data = _document(written)
    assert (data["parent"], data["perspective"]) == (odd, "customer")
    lines = written.read_text(encoding="utf-8").splitlines()
    assert 'perspective: "customer"  # overgenomen van AD-ZM-2\\u202e\\u007f\\u009b' in lines
