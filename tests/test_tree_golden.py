"""`prestatie tree` on the Dutch example, pinned at 80 and 100 columns without colour:
the whole tree and a filtered one with measures. Write them again after a deliberate
change with

    UPDATE_GOLDEN=1 python -m pytest tests/test_tree_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from .conftest import EXAMPLES

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {
    "all": ["--as-of", "2026-09-15"],
    "red-amber-behind": [
        *("--as-of", "2026-09-15", "--status", "rood", "--status", "oranje", "--behind"),
        *("--show", "measures"),
    ],
}


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("case", sorted(CASES))
def test_tree_text_golden(case: str, columns: int) -> None:
    result = CliRunner().invoke(
        app,
        ["tree", str(EXAMPLES / "gouden-korst"), *CASES[case]],
        env={"COLUMNS": str(columns), "NO_COLOR": "1", "FORCE_COLOR": None},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    path = GOLDEN / f"tree-gouden-korst-{case}-{columns}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(result.output, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with UPDATE_GOLDEN=1 to write it"
    assert result.output == path.read_text(encoding="utf-8")
    assert max(len(line) for line in result.output.splitlines()) <= columns
