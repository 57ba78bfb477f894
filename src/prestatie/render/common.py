"""What every renderer shares: the rich console, Markdown escaping of plan text, and JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

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
    "&": "&amp;",
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

    return Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        width=width,
        highlight=False,
        emoji=False,
    )


def md_escape(value: str) -> str:
    """Plan text made safe for a Markdown table cell: never HTML, never a cell break."""
    return "".join(
        _MARKDOWN.get(ch, ch) if ch.isprintable() or ch in "\n\r" else " " for ch in value
    )
