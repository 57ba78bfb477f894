"""Findings as JSON on stdout, for editors, scripts and CI."""

from __future__ import annotations

import json
from typing import TextIO

from prestatie.findings import CheckResult


def render(result: CheckResult, out: TextIO, color: bool = False) -> None:
    payload = {
        "findings": [f.as_dict() for f in result.findings],
        "summary": result.summary.as_dict(),
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
