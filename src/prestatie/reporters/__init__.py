"""Renderers for findings, chosen by name. Core functions never print; these do."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from prestatie.findings import CheckResult
from prestatie.reporters import json as json_reporter
from prestatie.reporters import text as text_reporter

Reporter = Callable[[CheckResult, TextIO, bool], None]

REPORTER_BY_NAME: dict[str, Reporter] = {
    "text": text_reporter.render,
    "json": json_reporter.render,
}
