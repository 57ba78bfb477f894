"""The cascade as a nested Markdown list with progress, for a pull request or a wiki:
the view of `compute.tree`, with the same filters, order and totals as `prestatie tree`."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.tree import TreeView
from prestatie.compute.tree_node import Node
from prestatie.i18n import Speaker
from prestatie.render import tree_words as words
from prestatie.render.common import md_escape, md_text

#: Nested lists indent this deep at most; deeper nodes say how deep they sit.
MAX_INDENT = 8


def line(node: Node, speaker: Speaker) -> str:
    """`**SD-1** Title — green · `████████░░` 78 % (expected 92 %) · behind plan (...)`"""
    if node.kind == "mission":
        mission = md_escape(speaker.text("label.mission"))
        return f"**{mission}:** {md_escape(node.title)}" if node.title else f"**{mission}**"
    parts = [f"**{md_escape(words.shown_id(node))}**"]
    kind = words.kind_word(node, speaker)
    if kind:
        parts.append(f"*{md_escape(kind)}*")
    parts.append(md_escape(node.title))
    if not node.context:
        score = words.score_text(node.score, speaker) + ("\\*" if node.partial else "")
        expected = words.expected(node, speaker)
        if expected:
            score += " " + md_escape(expected)
        figures = [md_escape(words.status_word(node.status, speaker))]
        figures.append(f"`{words.bar(node.score)}` {score}")
        figures += [md_escape(part) for part in words.after(node, speaker)]
        parts.append("— " + " · ".join(figures))
    meta = words.details(node, speaker)
    if meta:
        parts.append(f"({md_escape(meta)})")
    return " ".join(parts)


def _measure(node: Node, entry: dict[str, object], speaker: Speaker) -> str:
    """`Omzet: 1.341.000 / 1.380.000 EUR — green · `████████░░` 78 %`"""
    name = md_escape(str(entry.get("name") or entry.get("id") or ""))
    status, shown = words.measure_status(node, entry)
    values = md_escape(words.measure_values(entry, speaker))
    return (
        f"{name}: {values} — {md_escape(words.status_word(status, speaker))} · "
        f"`{words.bar(shown)}` {words.score_text(shown, speaker)}"
    )


def _list(roots: list[Node], out: TextIO, speaker: Speaker, measures: bool) -> None:
    """Each root and everything below it, depth first, without recursion."""
    stack = [(root, 0) for root in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        indent = "  " * min(depth, MAX_INDENT)
        deeper = f"↳ {depth} " if depth > MAX_INDENT else ""
        out.write(f"{indent}- {deeper}{line(node, speaker)}\n")
        if measures and not node.context:
            inner = "  " * min(depth + 1, MAX_INDENT)
            for entry in node.measures:
                out.write(f"{inner}- · {_measure(node, entry, speaker)}\n")
        stack.extend((child, depth + 1) for child in reversed(node.children))


def render(
    view: TreeView, out: TextIO, *, speaker: Speaker, as_of: str, measures: bool = False
) -> None:
    """The tree of `view`, then the roots not derived from the mission under their heading,
    then the totals and the legends."""
    filtered = view.filter.active
    speaker = words.remembering(speaker)
    out.write(f"{md_text(speaker.text('label.as-of', date=as_of))}\n\n")
    shown = words.filters_text(view.filter)
    if filtered:
        out.write(f"{md_escape(speaker.text('tree.filters', filters=shown))}\n\n")
    if not view.roots and not view.loose:
        out.write(f"{md_escape(speaker.text('tree.no-match', filters=shown, date=as_of))}\n")
        return
    _list(view.roots, out, speaker, measures)
    if view.loose:
        out.write(f"\n**{md_escape(speaker.text('tree.not-derived'))}**\n\n")
        _list(view.loose, out, speaker, measures)
    total = words.total_lines(view.total, filtered, speaker)
    out.write(
        f"\n{md_escape(' · '.join(total[:2]))}" + "".join(f"  \n{md_escape(t)}" for t in total[2:])
    )
    out.write("\n")
    notes = []
    if view.hidden:
        notes.append(speaker.text("tree.people-hidden", count=view.hidden))
    if words.any_node(view, lambda n: n.partial):
        notes.append(speaker.text("label.partial-legend"))
    if filtered and words.any_node(view, lambda n: n.context):
        notes.append(speaker.text("tree.context-legend"))
    for note in notes:
        out.write(f"\n{md_text(note)}\n")
