"""The cascade as a rich tree in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from prestatie.compute.tree import Node
from prestatie.format.perspectives import PerspectiveSet
from prestatie.render.common import console as make_console
from prestatie.render.labels import label

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

_STATUS_STYLE = {
    "green": "green",
    "amber": "yellow",
    "red": "red",
    "none": "dim",
    "not-started": "dim",
}
_BAR = 10
_GUIDE = {"fork": "├── ", "last": "└── ", "line": "│   ", "space": "    "}
#: Levels of guides at most; deeper nodes keep that indent and show their depth instead.
MAX_INDENT = 10


def bar(score: float | None) -> str:
    if score is None:
        return "·" * _BAR
    filled = round(max(0.0, min(1.0, score)) * _BAR)
    return "█" * filled + "░" * (_BAR - filled)


def render(
    roots: list[Node],
    out: TextIO,
    *,
    color: bool,
    lang: str,
    perspectives: PerspectiveSet,
    as_of: str,
    width: int | None = None,
) -> None:

    from prestatie.render.common import markup_safe

    console = make_console(out, color=color, width=width)

    def line(node: Node) -> str:
        if node.kind == "mission":
            return f"[bold]{markup_safe(label('mission', lang))}[/]: {markup_safe(node.title)}"
        parts = [f"[bold]{markup_safe(node.id)}[/]"]
        if node.kind != "mission":
            style = _STATUS_STYLE.get(node.status, "")
            percent = "   –" if node.score is None else f"{node.score * 100:3.0f}%"
            percent += "*" if node.partial else ""
            status = label(node.status, lang)
            if node.behind:
                status += ", " + label("behind", lang)
            if node.rolled_up:
                status += ", " + label("rolled-up", lang)
            if node.score is None and node.met is not None and node.status != "none":
                status += ", " + label("met" if node.met else "not-met", lang)
            cover = node.coverage
            if cover is not None and cover.measured < cover.of:
                status += ", " + label("measured", lang).format(**cover.as_dict())
            parts.append(f"[{style}]{bar(node.score)} {percent} {markup_safe(status)}[/]")
        if node.kind != "goal":
            parts.append(f"[cyan]{markup_safe(label(node.kind, lang))}[/]")
        parts.append(markup_safe(node.title))
        meta = []
        if node.level:
            meta.append(label(node.level, lang))
        if node.owner:
            meta.append(node.owner)
        if node.perspective:
            p = perspectives.get(node.perspective)
            meta.append(p.label(lang) if p else node.perspective)
        if meta:
            parts.append(f"[dim]({markup_safe(' · '.join(meta))})[/]")
        return " ".join(parts)

    console.print(f"[dim]{markup_safe(label('as_of', lang))} {markup_safe(as_of)}[/]")
    _draw(console, roots, line)
    if _any_partial(roots):
        console.print(f"[dim]{markup_safe(label('partial-legend', lang))}[/]")


def _any_partial(roots: list[Node]) -> bool:
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.partial:
            return True
        stack.extend(node.children)
    return False


def _draw(console: Console, roots: list[Node], line: Callable[[Node], str]) -> None:
    """Each root and its descendants as guide lines, depth first, in one pass.

    Linear in the number of nodes whatever the depth: the indent stops growing at
    MAX_INDENT levels (a `↳ depth N` marker says how deep a node sits), so a
    20,000-level cascade prints every node, readable, without lines that grow.
    """
    from rich.text import Text

    width = console.width
    lines: list[Text] = []
    for root in roots:
        _emit(console, lines, Text.from_markup(line(root)), "", "", width)
        # (node, depth, guides of its ancestors, is it the last child)
        stack = [
            (child, 1, "", i == len(root.children) - 1) for i, child in enumerate(root.children)
        ]
        stack.reverse()
        while stack:
            node, depth, guides, last = stack.pop()
            text = Text.from_markup(line(node))
            if depth > MAX_INDENT:
                text = Text(f"↳ {depth} ", style="dim") + text
            head = guides + _GUIDE["last" if last else "fork"]
            rest = guides + _GUIDE["space" if last else "line"]
            _emit(console, lines, text, head, rest, width)
            below = rest if depth < MAX_INDENT else guides
            count = len(node.children)
            stack.extend(
                (child, depth + 1, below, i == count - 1)
                for i, child in reversed(list(enumerate(node.children)))
            )
    if lines:
        # One print for the whole tree: rich's cost per call would dominate a large tree.
        console.print(Text("\n").join(lines), no_wrap=True, overflow="ignore", crop=False)


def _emit(
    console: Console, lines: list[Text], text: Text, head: str, rest: str, width: int
) -> None:
    """One node: its text wrapped to what the guides leave, guides before every line."""
    from rich.text import Text

    room = max(width - len(head), 20)
    for index, part in enumerate(text.wrap(console, room)):
        lines.append(Text(head if index == 0 else rest, style="dim") + part)
