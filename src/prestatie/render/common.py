"""What every renderer shares: the rich console and Markdown escaping of plan text."""

from __future__ import annotations

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
