"""Findings as JSON on stdout, for editors, scripts and CI."""

from __future__ import annotations

import re
from typing import TextIO

from prestatie.findings import CheckResult
from prestatie.i18n import Speaker
from prestatie.render.common import to_json

_SURROGATE = re.compile("[\ud800-\udfff]")


def render(result: CheckResult, out: TextIO, color: bool, speaker: Speaker) -> None:
    payload = {
        "language": speaker.lang,
        "findings": [f.as_dict(speaker) for f in result.findings],
        "summary": result.summary.as_dict(),
    }
    encoding = (getattr(out, "encoding", None) or "utf-8").lower()
    text = to_json(payload)
    if not encoding.startswith("utf") or _SURROGATE.search(text):
        # A stream that cannot take all of Unicode, or a file name that is not valid
        # UTF-8: \u escapes keep the output valid JSON in any encoding.
        text = to_json(payload, ascii_only=True)
    out.write(text + "\n")
