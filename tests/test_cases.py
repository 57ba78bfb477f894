"""Example-driven rule tests.

Every folder under cases/valid must validate without findings. Every folder under
cases/invalid marks the findings it must produce with a comment on the line where
each is reported: `# expect: code [code...]`. The test compares the full set of
(file, line, code) both ways, so a missing finding and an unexpected one both fail.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from prestatie.rules import catalog
from prestatie.rules.engine import validate

from .conftest import CASES

#: Time-bound rules (late actions, committed OKRs after their period) judge on this date.
AS_OF = date(2026, 11, 27)
_EXPECT = re.compile(r"#\s*expect:\s*(?P<codes>[a-z/\- ]+)")


def _expected(case: Path) -> set[tuple[str, int, str]]:
    out = set()
    for path in sorted(case.rglob("*.y*ml")):
        rel = path.relative_to(case).as_posix()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        ):
            match = _EXPECT.search(line)
            if match:
                out.update((rel, number, code) for code in match["codes"].split())
    return out


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if p.is_dir())


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_reports_exactly_the_marked_findings(case: Path) -> None:
    result = validate([str(case)], as_of=AS_OF)
    actual = {(f.file, f.line, f.code) for f in result.findings}
    expected = _expected(case)
    assert expected, f"{case.name} marks no expected finding"
    assert sorted(actual - expected) == [], "unexpected findings"
    assert sorted(expected - actual) == [], "missing findings"


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_case_has_no_findings(case: Path) -> None:
    result = validate([str(case)], as_of=AS_OF)
    assert [f"{f.file}:{f.line} {f.code} {f.message}" for f in result.findings] == []


def test_every_rule_has_a_failing_case() -> None:
    covered = {code for case in _cases("invalid") for _, _, code in _expected(case)}
    tested_elsewhere = {"file/unreadable"}  # test_cli: a file that vanishes during the run
    assert sorted(set(catalog.RULES) - covered - tested_elsewhere) == []
