"""The cascade as a rich tree in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.render.common import console as make_console

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


def percent(score: float | None, partial: bool, speaker: Speaker) -> str:
    """A node's score as a right-aligned percentage (`  49%`, ` 49 %`), `*` when partial."""
    width = len(speaker.percent(100, 0))
    shown = "–" if score is None else speaker.percent(score * 100, 0)
    return shown.rjust(width) + ("*" if partial else "")


def status_text(node: Node, speaker: Speaker) -> str:
    """`green`, `amber, behind plan`, `not started`, ... in the speaker's language."""
    parts = [speaker.word("status", node.status)]
    if node.behind:
        parts.append(speaker.text("label.behind"))
    if node.rolled_up:
        parts.append(speaker.text("label.rolled-up"))
    if node.score is None and node.met is not None and node.status != "none":
        parts.append(speaker.text("label.met" if node.met else "label.not-met"))
    cover = node.coverage
    if cover is not None and cover.measured < cover.of:
        parts.append(speaker.text("label.measured", measured=cover.measured, of=cover.of))
    return ", ".join(parts)


def render(
    roots: list[Node],
    out: TextIO,
    *,
    color: bool,
    speaker: Speaker,
    as_of: str,
    width: int | None = None,
) -> None:
    """The tree of `roots`; `as_of` is the ISO date progress is judged on."""
    from prestatie.render.common import markup_safe

    console = make_console(out, color=color, width=width)

    def line(node: Node) -> str:
        if node.kind == "mission":
            mission = f"[bold]{markup_safe(speaker.text('label.mission'))}[/]"
            return f"{mission}: {markup_safe(node.title)}" if node.title else mission
        parts = [f"[bold]{markup_safe(node.id)}[/]"]
        style = _STATUS_STYLE.get(node.status, "")
        shown = percent(node.score, node.partial, speaker)
        status = status_text(node, speaker)
        parts.append(f"[{style}]{bar(node.score)} {shown} {markup_safe(status)}[/]")
        if node.kind != "goal":
            parts.append(f"[cyan]{markup_safe(speaker.text('label.' + node.kind))}[/]")
        parts.append(markup_safe(node.title))
        meta = []
        if node.level:
            meta.append(speaker.level(node.level))
        if node.owner:
            meta.append(node.owner)
        if node.perspective:
            meta.append(speaker.perspective(node.perspective))
        if meta:
            parts.append(f"[dim]({markup_safe(' · '.join(meta))})[/]")
        return " ".join(parts)

    console.print(f"[dim]{markup_safe(speaker.text('label.as-of', date=as_of))}[/]")
    _draw(console, roots, line)
    if _any_partial(roots):
        console.print(f"[dim]{markup_safe(speaker.text('label.partial-legend'))}[/]")


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
