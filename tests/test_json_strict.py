"""Every JSON the package writes is strict JSON: no `NaN`, `Infinity` or `-Infinity`.

Python's json module writes those by default, and most JSON parsers (JavaScript's
`JSON.parse`, jq, Go, Rust) refuse them. Each command's `--format json` is run on every
example plan and on plans whose every number is hostile, and parsed strictly.
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.render.common import to_json

from .conftest import CASES, EXAMPLES, ROOT
from .test_numbers import HOSTILE_NUMBERS, hostile_plan

runner = CliRunner()

PLANS = [*sorted(p for p in EXAMPLES.iterdir() if p.is_dir()), CASES / "valid" / "all-kinds"]
COMMANDS: list[list[str]] = [
    ["validate"],
    ["tree", "--as-of", "2026-06-30"],
    ["balance", "--by", "plan", "--by", "level", "--by", "unit", "--by", "scorecard"],
    ["analysis"],
]


def strict(text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def numbers_in(value: Any) -> list[float]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers_in(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers_in(v)]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [float(value)]
    return []


def run_json(args: list[str], plan: Path | None) -> Any:
    where = [str(plan)] if plan is not None else []
    result = runner.invoke(app, [args[0], *where, *args[1:], "-f", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 1), (args, result.output)
    payload = strict(result.stdout)
    assert all(math.isfinite(n) for n in numbers_in(payload))
    return payload


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_writes_strict_json_for_every_example(plan: Path, command: list[str]) -> None:
    payload = run_json(command, plan)
    assert payload


@pytest.mark.parametrize("rotate", range(len(HOSTILE_NUMBERS)))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_every_command_writes_strict_json_for_hostile_numbers(
    tmp_path: Path, command: list[str], rotate: int
) -> None:
    payload = run_json(command, hostile_plan(tmp_path / "plan", rotate))
    assert payload


@pytest.mark.parametrize("code", [None, "smart/", "schema/invalid"])
def test_explain_writes_strict_json(code: str | None) -> None:
    args = ["explain", *([code] if code else [])]
    payload = run_json(args, None)
    assert isinstance(payload, list) and payload
    assert all("code" in rule for rule in payload)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_figure_that_is_not_finite_is_refused_not_written(value: float) -> None:
    with pytest.raises(ValueError, match="JSON compliant"):
        to_json({"share": value})


def test_every_json_dumps_in_the_package_is_strict() -> None:
    calls = []
    for path in sorted((ROOT / "src" / "prestatie").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("dumps", "dump")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "json"
            ):
                strict_call = any(
                    k.arg == "allow_nan"
                    and isinstance(k.value, ast.Constant)
                    and k.value.value is False
                    for k in node.keywords
                )
                calls.append((path.relative_to(ROOT).as_posix(), node.lineno, strict_call))
    assert calls, "json.dumps is no longer used: update this test"
    assert [c for c in calls if not c[2]] == []
