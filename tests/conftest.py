from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).resolve().parent / "cases"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def root() -> Path:
    return ROOT
