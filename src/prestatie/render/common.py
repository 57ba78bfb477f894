"""What every renderer shares: the rich console, and plan text made safe to show.

Plan text reaches the terminal only through `terminal_safe` (plain output) or
`markup_safe` (rich markup), and Markdown only through `md_escape`: control
characters, ANSI escape sequences, bidi overrides and rich markup in a title are
shown as visible escapes or text, never acted on. JSON is strict (`to_json`, and
`render.jsonout` for structures of any depth).
"""

from __future__ import annotations

import json
import os
import re
from typing import TYPE_CHECKING, Any, Literal, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from prestatie.i18n import Speaker

#: What a figure shows when it has no value.
NONE = "–"


def value(raw: Any, speaker: Speaker) -> str:
    """A figure as written in the plan: a number with the language's separators, a
    milestone's yes/no, text as it is, `–` when missing."""
    if raw is None:
        return NONE
    if isinstance(raw, bool):
        return speaker.word("bool", "yes" if raw else "no")
    if isinstance(raw, int | float):
        return speaker.number(raw)
    return str(raw)


_MARKDOWN = {
    "\\": "\\\\",
    "|": "\\|",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "#": "\\#",
    "<": "&lt;",
    ">": "&gt;",
    "~": "\\~",
    "\n": " ",
    "\r": " ",
}


def to_json(payload: object, *, ascii_only: bool = False) -> str:
    """Strict JSON (RFC 8259), as every command writes it: a figure that is not finite is
    an error here rather than `NaN` or `Infinity` in the output, which JSON parsers refuse."""
    return json.dumps(payload, ensure_ascii=ascii_only, indent=2, allow_nan=False)


def console(out: TextIO, *, color: bool, width: int | None = None) -> Console:
    """A rich console on `out`: colour only when asked, no markup guessing, no emoji codes."""
    from rich.console import Console

    system: Literal["auto", "standard"] | None = None
    if color:  # asked for colour: a dumb terminal's setting must not take it away again
        system = "standard" if os.environ.get("TERM", "").lower() == "dumb" else "auto"
    return Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system=system,
        width=width,
        highlight=False,
        emoji=False,
    )


#: An `&` that would start a character reference (`&amp;`, `&#60;`): only that one needs
#: escaping; `Customer & market` stays as it is written.
_REFERENCE = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")


def _md_chars(value: str) -> str:
    return "".join(
        _MARKDOWN.get(ch, ch) if ch.isprintable() or ch in "\n\r" else " " for ch in value
    )


def md_escape(value: str) -> str:
    """Plan text made safe for a Markdown table cell: never HTML, never a cell break."""
    return "&amp;".join(_md_chars(part) for part in _REFERENCE.split(value))


def md_text(value: str) -> str:
    """A text of the program's own (a catalogue message, which may quote plan text) for
    Markdown: its `code` spans stay code, with `|` escaped so a table cell holds them;
    everything else is escaped as `md_escape` does. Unpaired backticks are all text."""
    parts = value.split("`")
    if len(parts) % 2 == 0:
        return md_escape(value)
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(md_escape(part))
        elif part.strip():
            code = "".join(ch if ch.isprintable() else " " for ch in part)
            out.append("`" + code.replace("|", "\\|") + "`")
        else:
            out.append("\\`" + md_escape(part) + "\\`")
    return "".join(out)


def terminal_safe(value: str) -> str:
    """Plan text for a terminal: every character that is not plainly visible (control
    characters such as ESC, DEL and C1, bidi overrides and isolates, line and paragraph
    separators, other format characters, spaces other than the plain one) becomes a
    visible escape such as ``\\x1b``."""
    if value.isprintable():
        return value
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value
    )


def markup_safe(value: str) -> str:
    """Plan text inside rich markup: `terminal_safe`, with `[...]` kept as text."""
    from rich.markup import escape

    return escape(terminal_safe(value))
