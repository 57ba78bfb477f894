from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from prestatie.i18n import Speaker, render, use

# A message with a missing argument, an unknown id or an unknown placeholder format
# fails the test that renders it, instead of showing `{name}`.
render.STRICT = True

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).resolve().parent / "cases"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _english_until_chosen() -> Iterator[None]:
    """Each test starts with the process's speaker reset: a command run in-process
    makes its language the run's speaker, and the next test must not inherit it."""
    use(Speaker("en"))
    yield
    use(Speaker("en"))


@pytest.fixture
def root() -> Path:
    return ROOT
