"""The shape of the cascade tree: where to start, how deep and down to which level, and
the order of the children. Every walk is iterative, so a cascade of any depth works."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from prestatie.compute.tree_node import Node
from prestatie.format.vocabulary import LEVEL_RANK

#: `--sort`: plan (the order the plan writes them), id, score (lowest first), status.
SORTS: tuple[str, ...] = ("plan", "id", "score", "status")
#: `--sort status`: the weakest first.
STATUS_ORDER = {"red": 0, "amber": 1, "green": 2, "none": 3, "not-started": 4}
_DIGITS = re.compile(r"(\d+)")


def find(roots: list[Node], wanted: str) -> Node | None:
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.id == wanted:
            return node
        stack.extend(node.children)
    return None


def ranks(roots: list[Node]) -> dict[int, int]:
    """The tier of every node (by `id(node)`), as `LEVEL_RANK` counts them: a goal's level;
    an OKR or OGSM sits one tier below what it derives from (the mission, a goal, a key
    result or strategy); a key result or strategy is in its OKR's or OGSM's tier. A goal
    without a known level counts as an OKR does."""
    out: dict[int, int] = {}
    stack: list[tuple[Node, int]] = [(root, -1) for root in roots]
    while stack:
        node, above = stack.pop()
        if node.kind == "mission":
            rank = -1
        elif node.kind == "goal" and node.level is not None and node.level in LEVEL_RANK:
            rank = LEVEL_RANK[node.level]
        elif node.kind in ("key-result", "strategy"):
            rank = above
        else:
            rank = above + 1
        out[id(node)] = rank
        stack.extend((child, rank) for child in node.children)
    return out


def prune_depth(node: Node, depth: int) -> Node:
    return _pruned(node, lambda child, below: below < depth)


def prune_level(node: Node, limit: int, tiers: dict[int, int]) -> Node:
    """A copy without the nodes below the tier `limit` (`ranks`)."""
    return _pruned(node, lambda child, below: tiers.get(id(child), 99) <= limit)


def _pruned(node: Node, keep: Callable[[Node, int], bool]) -> Node:
    """A copy of the subtree with the children `keep(child, depth of the parent)` accepts."""
    root = node.copy()
    stack = [(node, root, 0)]
    while stack:
        original, clone, depth = stack.pop()
        for child in original.children:
            if keep(child, depth):
                copied = child.copy()
                clone.children.append(copied)
                stack.append((child, copied, depth + 1))
    return root


def natural(text: str) -> tuple[tuple[int, Any], ...]:
    """`SD-2` before `SD-10`: digits compare as numbers, the rest without case."""
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part)
        for part in _DIGITS.split(text.casefold())
        if part
    )


def _key(sort: str) -> Callable[[Node], Any]:
    if sort == "id":
        return lambda n: (natural(n.id), n.place)
    if sort == "score":
        return lambda n: (n.score is None, n.score or 0.0, n.place)
    if sort == "status":
        return lambda n: (STATUS_ORDER.get(n.status, 9), n.score is None, n.score or 0.0, n.place)
    return lambda n: n.place


def order(roots: list[Node], sort: str) -> list[Node]:
    """The roots in the order `sort` names, each node's children sorted in place."""
    key = _key(sort)
    roots = sorted(roots, key=key)
    stack = list(roots)
    while stack:
        node = stack.pop()
        node.children.sort(key=key)
        stack.extend(node.children)
    return roots
