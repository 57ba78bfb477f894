"""`prestatie new` takes every period form the plan reads, fiscal years included."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from .conftest import EXAMPLES


def _new(plan: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["new", "okr", "--plan", str(plan), "--parent", "AD-ZM-2", *args]
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("period", ["2026-H2", "2026-2027", "FY2027-Q1"])
def test_every_period_form_is_written_as_given(tmp_path: Path, period: str) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    code, output = _new(plan, "--period", period, "-o", str(plan / "okr" / "nieuw.yaml"))
    assert code in (0, 1), output
    written = (plan / "okr" / "nieuw.yaml").read_text(encoding="utf-8")
    assert f'period: "{period}"' in written


def test_an_unreadable_period_names_the_forms(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    code, output = _new(plan, "--period", "Q3 2026")
    assert code == 2
    assert "2026-H1" in output and "FY2026-Q1" in output
    assert not (plan / "okr").exists() or not any((plan / "okr").glob("*Q3*"))


@pytest.mark.parametrize("kind", ["okr", "ogsm"])
def test_a_span_parent_period_is_written_as_a_span(tmp_path: Path, kind: str) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    departments = plan / "departments" / "zakelijke-markt.yaml"
    text = departments.read_text(encoding="utf-8")
    text = text.replace(
        "  - id: AD-ZM-2\n    parent: SD-3\n",
        "  - id: AD-ZM-2\n    parent: SD-3\n    period: {start: 2026-03-01, end: 2026-08-31}\n",
    )
    departments.write_text(text, encoding="utf-8")
    out = plan / kind / "span.yaml"
    result = CliRunner().invoke(
        app, ["new", kind, "--plan", str(plan), "--parent", "AD-ZM-2", "-o", str(out)]
    )
    assert result.exit_code in (0, 1), result.output
    written = out.read_text(encoding="utf-8")
    assert "period: {start: 2026-03-01, end: 2026-08-31}" in written
    check = CliRunner().invoke(app, ["validate", str(out), "--format", "json"])
    assert '"code": "schema/invalid"' not in check.output
    assert '"code": "cascade/period"' not in check.output
