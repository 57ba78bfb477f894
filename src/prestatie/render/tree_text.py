"""The cascade as a rich tree in the terminal."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.tree import Node
from prestatie.format.perspectives import PerspectiveSet
from prestatie.render.common import console as make_console
from prestatie.render.labels import label

_STATUS_STYLE = {"green": "green", "amber": "yellow", "red": "red", "none": "dim"}
_BAR = 10


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
    from rich.tree import Tree

    from prestatie.render.common import markup_safe

    console = make_console(out, color=color, width=width)

    def line(node: Node) -> str:
        if node.kind == "mission":
            return f"[bold]{markup_safe(label('mission', lang))}[/]: {markup_safe(node.title)}"
        parts = [f"[bold]{markup_safe(node.id)}[/]"]
        if node.kind != "mission":
            style = _STATUS_STYLE.get(node.status, "")
            percent = "   –" if node.score is None else f"{node.score * 100:3.0f}%"
            status = label(node.status, lang)
            if node.behind:
                status += ", " + label("behind", lang)
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

    def grow(tree: Tree, node: Node) -> None:
        stack = [(tree, node)]
        while stack:
            branch, current = stack.pop()
            for child in current.children:
                stack.append((branch.add(line(child)), child))

    console.print(f"[dim]{markup_safe(label('as_of', lang))} {markup_safe(as_of)}[/]")
    for root in roots:
        tree = Tree(line(root), guide_style="dim")
        grow(tree, root)
        console.print(tree)
