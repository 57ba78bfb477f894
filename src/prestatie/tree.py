"""The cascade as a tree of nodes with progress: the data behind `prestatie tree`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.errors import UsageError
from prestatie.model import Goal, Item, ident, text
from prestatie.plan import Plan
from prestatie.progress import PlanProgress, compute
from prestatie.vocabulary import LEVEL_RANK


@dataclass(slots=True)
class Node:
    id: str
    kind: str
    title: str
    level: str | None = None
    owner: str | None = None
    perspective: str | None = None
    unit: str | None = None
    period: str | None = None
    score: float | None = None
    progress: float | None = None
    expected: float | None = None
    status: str = "none"
    behind: bool = False
    measures: list[dict[str, Any]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "title": self.title,
            "owner": self.owner,
            "perspective": self.perspective,
            "unit": self.unit,
            "period": self.period,
            "score": _round(self.score),
            "progress": _round(self.progress),
            "expected": _round(self.expected),
            "status": self.status,
            "behind": self.behind,
            "measures": self.measures,
            "children": [child.as_dict() for child in self.children],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(slots=True)
class TreeRequest:
    start: str | None = None
    depth: int | None = None
    level: str | None = None


def build(plan: Plan, as_of: date, request: TreeRequest | None = None) -> list[Node]:
    """Root nodes: the mission (with everything that derives from it) and loose goals."""
    request = request or TreeRequest()
    progress = compute(plan, as_of)
    nodes: dict[str, Node] = {}
    for goal in plan.goals:
        nodes[goal.id] = _goal_node(goal, progress)
    for item in plan.items:
        if item.kind in ("okr", "ogsm") and item.id:
            nodes[item.id] = _item_node(item)
    mission = plan.mission
    root = Node(
        id="mission",
        kind="mission",
        title=(text(mission.data, "organisation") or "mission") if mission else "mission",
        period=str(mission.period) if mission and mission.period else None,
    )
    roots = [root]
    edges: list[tuple[str, str | None]] = [(goal.id, goal.parent) for goal in plan.goals]
    edges += [
        (item.id, ident(item.data.get("parent")))
        for item in plan.items
        if item.kind in ("okr", "ogsm") and item.id
    ]
    for child_id, parent in edges:
        node = nodes[child_id]
        target = plan.refs.get(parent) if parent else None
        target_id = getattr(target, "id", None)
        if isinstance(target, Item) and target.kind == "mission":
            root.children.append(node)
        elif isinstance(target_id, str) and target_id in nodes and target_id != child_id:
            nodes[target_id].children.append(node)
        else:
            roots.append(node)
    _break_cycles(roots, nodes)
    if request.start is not None:
        found = _find(roots, request.start)
        if found is None:
            close = plan.suggest(request.start)
            hint = f"; did you mean {close!r}?" if close else ""
            raise UsageError(f"--from {request.start!r}: no such goal in the plan{hint}")
        roots = [found]
    if request.level is not None:
        rank = LEVEL_RANK[request.level]
        roots = [_prune_level(r, rank) for r in roots]
    if request.depth is not None:
        roots = [_prune_depth(r, request.depth) for r in roots]
    return roots


def _goal_node(goal: Goal, progress: PlanProgress) -> Node:
    own = progress.goals.get(goal.id)
    measures = []
    for measure in goal.measures:
        p = progress.of_measure(measure)
        measures.append(
            {
                "id": measure.key,
                "name": measure.name,
                "unit": measure.unit,
                "baseline": measure.baseline,
                "target": measure.target,
                "direction": measure.direction,
                **p.as_dict(),
            }
        )
    return Node(
        id=goal.id,
        kind="goal",
        title=goal.title or "",
        level=goal.level,
        owner=goal.owner,
        perspective=goal.perspective,
        unit=goal.unit,
        period=str(goal.period) if goal.period else None,
        score=own.score if own else None,
        progress=own.raw if own else None,
        expected=own.expected if own else None,
        status=own.status if own else "none",
        behind=own.behind if own else False,
        measures=measures,
    )


def _item_node(item: Item) -> Node:
    return Node(
        id=item.id or "",
        kind=item.kind,
        title=text(item.data, "objective") or text(item.data, "title") or "",
        owner=text(item.data, "owner"),
        unit=text(item.data, "unit"),
        period=str(item.period) if item.period else None,
    )


def _break_cycles(roots: list[Node], nodes: dict[str, Node]) -> None:
    """Goals in a parent cycle hang under each other only; surface one as a root."""
    reachable: set[int] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if id(node) in reachable:
            continue
        reachable.add(id(node))
        stack.extend(node.children)
    for node in nodes.values():
        if id(node) in reachable:
            continue
        # `node` sits on a cycle (or under one): make it a root, cut the edge closing the loop.
        roots.append(node)
        stack = [node]
        seen: set[int] = set()
        while stack:
            current = stack.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            reachable.add(id(current))
            kept = []
            for child in current.children:
                if child is node:
                    continue  # the loop closes here
                kept.append(child)
                stack.append(child)
            current.children = kept


def _find(roots: list[Node], wanted: str) -> Node | None:
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node.id == wanted:
            return node
        stack.extend(node.children)
    return None


def _prune_depth(node: Node, depth: int) -> Node:
    if depth <= 0:
        return _copy(node, [])
    return _copy(node, [_prune_depth(c, depth - 1) for c in node.children])


def _prune_level(node: Node, rank: int) -> Node:
    kept = [
        _prune_level(c, rank)
        for c in node.children
        if c.level is None or LEVEL_RANK.get(c.level, 99) <= rank
    ]
    return _copy(node, kept)


def _copy(node: Node, children: list[Node]) -> Node:
    clone = Node(**{k: getattr(node, k) for k in Node.__slots__ if k != "children"})
    clone.children = children
    return clone
