"""The program's own texts for the terminal: wrapped between words, never inside a
`code` span, and with each span shown as code.

With colour, a span loses its backticks and gets a style of its own; without colour
(a pipe, a file, `NO_COLOR`) it keeps its backticks, the plain way to mark code.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

#: A `code` span of a catalogue text.
SPAN = re.compile(r"`([^`\n]+)`")
#: How a span looks with colour on.
CODE_STYLE = "bold cyan"
_KEEP = "\x00"  # a space inside a span while wrapping; no catalogue text holds one


def code_text(text: str, *, color: bool, style: str = "") -> Text:
    """`text` as rich Text (no markup read), its spans in CODE_STYLE when `color`."""
    from rich.text import Text

    out = Text(style=style)
    if not color:
        out.append(text)
        return out
    at = 0
    for match in SPAN.finditer(text):
        out.append(text[at : match.start()])
        out.append(match[1], style=CODE_STYLE)
        at = match.end()
    out.append(text[at:])
    return out


def wrap(text: str, width: int, *, indent: str = "", hanging: str | None = None) -> list[str]:
    """`text` in lines of at most `width` characters where its words allow, broken at
    spaces only, never inside a span; continuation lines start with `hanging` (default
    `indent`). An empty text is one empty line."""
    later = indent if hanging is None else hanging
    kept = SPAN.sub(lambda m: m[0].replace(" ", _KEEP), text)
    lines = textwrap.wrap(
        kept,
        max(width, len(indent) + 1, len(later) + 1),
        initial_indent=indent,
        subsequent_indent=later,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_KEEP, " ") for line in lines] or [""]
