"""Values as YAML text: every value a user types or a plan holds is written so that it
reads back exactly and can never change the structure of the file it is written into.

Text is a double-quoted scalar with escapes; a comment stays on its line; a period is
its label, or `{start: …, end: …}` for a span of dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from prestatie.errors import UsageError
from prestatie.format.periods import Period, parse_period
from prestatie.i18n import msg

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def yaml_scalar(value: object) -> str:
    """Any text as a double-quoted YAML scalar that reads back as exactly that text.

    Printable characters are written as they are; every other one (controls, DEL, C1,
    line and paragraph separators, bidi controls, BOM, non-characters) as an escape,
    so the file stays one line per value and a YAML reader never refuses it.
    """
    text_value = "" if value is None else str(value)
    return '"' + "".join(ch if _verbatim(ch) else _escape(ch) for ch in text_value) + '"'


def yaml_comment(value: object) -> str:
    """Text for a `# comment`: every non-printable character escaped, so it stays one line."""
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in str(value))


def _verbatim(ch: str) -> bool:
    return ch not in _ESCAPES and ch.isprintable()


def _escape(ch: str) -> str:
    known = _ESCAPES.get(ch)
    if known is not None:
        return known
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"a lone surrogate (U+{code:04X}) cannot be written as YAML text")
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def parse_label(label: str, fiscal: int = 1) -> Period | None:
    """A period label as the scaffolds keep it, a span (`start..end`) included."""
    start, sep, end = label.partition("..")
    if sep:
        return parse_period({"start": start, "end": end})
    return parse_period(label, fiscal)


def yaml_period(label: str) -> str:
    """A period as YAML: its label, or `{start: …, end: …}` for a span of dates."""
    start, sep, end = label.partition("..")
    if sep and parse_label(label) is not None:
        return f"{{start: {start}, end: {end}}}"
    return yaml_scalar(label)


def check_utf8(options: Mapping[str, str | None]) -> None:
    """UsageError for the first option whose value is not UTF-8 text.

    Bytes that are not UTF-8 reach Python as lone surrogates; no YAML file holds them.
    """
    for option, value in options.items():
        if value is not None and _SURROGATE.search(value):
            raise UsageError(msg("new.not-utf8", option=option))
