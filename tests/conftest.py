from __future__ import annotations

from pathlib import Path

import pytest

from prestatie.i18n import render

# A message with a missing argument, an unknown id or an unknown placeholder format
# fails the test that renders it, instead of showing `{name}`.
render.STRICT = True

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).resolve().parent / "cases"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def root() -> Path:
    return ROOT
