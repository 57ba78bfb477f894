"""The cascade as a nested Markdown list with progress, for a pull request or a wiki:
the tree nodes of `compute.tree`, the same figures as `prestatie tree`."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.render.common import md_escape, md_text
from prestatie.render.tree_text import bar, status_text

#: Nested lists indent this deep at most; deeper nodes say how deep they sit.
MAX_INDENT = 8


def line(node: Node, speaker: Speaker) -> str:
    if node.kind == "mission":
        return f"**{md_escape(speaker.text('label.mission'))}:** {md_escape(node.title)}"
    shown = "–" if node.score is None else speaker.percent(node.score * 100, 0)
    mark = "\\*" if node.partial else ""
    parts = [
        f"**{md_escape(node.id)}**",
        f"`{bar(node.score)}` {shown}{mark}",
        md_escape(status_text(node, speaker)),
    ]
    if node.kind != "goal":
        parts.append(f"*{md_escape(speaker.text('label.' + node.kind))}*")
    parts.append("— " + md_escape(node.title))
    meta = [speaker.level(node.level)] if node.level else []
    meta += [node.owner] if node.owner else []
    meta += [speaker.perspective(node.perspective)] if node.perspective else []
    if meta:
        parts.append(f"({md_escape(' · '.join(meta))})")
    return " ".join(parts)


def render(roots: list[Node], out: TextIO, *, speaker: Speaker, as_of: str) -> None:
    """Each root and everything below it, depth first, without recursion."""
    out.write(f"{md_text(speaker.text('label.as-of', date=as_of))}\n\n")
    partial = False
    stack = [(root, 0) for root in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        partial = partial or node.partial
        indent = "  " * min(depth, MAX_INDENT)
        deeper = f"↳ {depth} " if depth > MAX_INDENT else ""
        out.write(f"{indent}- {deeper}{line(node, speaker)}\n")
        stack.extend((child, depth + 1) for child in reversed(node.children))
    if partial:
        out.write(f"\n{md_text(speaker.text('label.partial-legend'))}\n")
