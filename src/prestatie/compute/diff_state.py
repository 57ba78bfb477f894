"""A plan at one revision as `compute.diff` compares it: each objective, OKR, OGSM and
scorecard by id, with what it says (title, parent, owner, perspective, period, weight,
its measures' targets) and its figures on the as-of date.

The figures are those of `prestatie tree` and `report`: the nodes of `compute.tree.build`
(scores and statuses of goals, OKRs and key results, OGSMs and strategies) and the plan
scope of `compute.balance`; nothing is computed a second way here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.compute import balance
from prestatie.compute.tree import build
from prestatie.compute.tree_node import Node
from prestatie.model.items import Goal, Item, ident, text
from prestatie.model.plan import Plan

#: The kinds a diff compares, in the order it lists them.
KINDS = ("goal", "okr", "ogsm", "scorecard")
#: What is compared of an item besides its measures, in the order a diff lists it.
FIELDS = ("title", "level", "parent", "owner", "perspective", "unit", "period", "weight")
#: What is compared of a measure (a key result of an OKR, a goal or a strategy's
#: measure of an OGSM): the target, the baseline and the direction.
TARGET_FIELDS = ("target", "baseline", "direction")


@dataclass(slots=True)
class MeasureState:
    key: str
    name: str | None
    unit: str | None
    target: Any
    baseline: Any
    direction: str | None
    score: float | None
    status: str

    def content(self) -> tuple[Any, ...]:
        return (
            self.key,
            self.name,
            self.unit,
            *(_hashable(getattr(self, f)) for f in TARGET_FIELDS),
        )


@dataclass(slots=True)
class State:
    """One objective, OKR, OGSM or scorecard at one revision."""

    kind: str
    id: str
    file: str
    title: str = ""
    level: str | None = None
    parent: str | None = None
    owner: str | None = None
    perspective: str | None = None
    unit: str | None = None
    period: str | None = None
    weight: float | None = None
    score: float | None = None
    status: str = "none"
    measures: dict[str, MeasureState] = field(default_factory=dict)
    personal: bool = False

    def value(self, name: str) -> Any:
        return getattr(self, name)

    def content(self) -> tuple[Any, ...]:
        """What it says apart from its id, its file and its parent: two states with the
        same content under different ids are one item renamed."""
        kept = tuple(_hashable(self.value(f)) for f in FIELDS if f != "parent")
        return (self.kind, kept, tuple(m.content() for m in self.measures.values()))


@dataclass(slots=True)
class Snapshot:
    """A plan at one revision: its items by id in the plan's order, the plan's balance
    shares per perspective, and the perspectives' order."""

    states: dict[str, State]
    shares: dict[str, float | None]
    files: set[str]
    person_files: set[str]


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _hashable(v)) for k, v in value.items()))
    return value


def snapshot(plan: Plan, as_of: date) -> Snapshot:
    """Every item of `plan` by id with its figures on `as_of`."""
    plan.as_of = as_of
    nodes = _nodes(build(plan, as_of))
    states: dict[str, State] = {}
    for goal in plan.goals:
        node = nodes.get(goal.id)
        if node is not None and node.kind == "goal":
            states[goal.id] = _goal(goal, node)
    for item in plan.items:
        if item.id is None or item.id in states:
            continue
        if item.kind in ("okr", "ogsm"):
            node = nodes.get(item.id)
            if node is not None and node.kind == item.kind:
                states[item.id] = _cascade_item(item, node)
        elif item.kind == "scorecard":
            states[item.id] = State(
                "scorecard", item.id, item.file, title=text(item.data, "title") or ""
            )
    scope = balance.scopes(plan, ["plan"])[0]
    shares = {f.id: f.share for f in scope.perspectives}
    persons = {item.file for item in plan.persons.values()}
    return Snapshot(states, shares, {entry.rel for entry in plan.files}, persons)


def _nodes(roots: list[Node]) -> dict[str, Node]:
    found: dict[str, Node] = {}
    stack = list(roots)
    while stack:
        node = stack.pop()
        found.setdefault(node.id, node)
        stack.extend(node.children)
    return found


def _measure(key: str, entry: dict[str, Any], name: str | None = None) -> MeasureState:
    return MeasureState(
        key=key,
        name=name if name is not None else entry.get("name"),
        unit=entry.get("unit"),
        target=entry.get("target"),
        baseline=entry.get("baseline"),
        direction=entry.get("direction"),
        score=entry.get("score"),
        status=str(entry.get("status") or "none"),
    )


def _goal(goal: Goal, node: Node) -> State:
    state = State(
        "goal",
        goal.id,
        goal.file,
        title=goal.title or "",
        level=goal.level,
        parent=goal.parent,
        owner=goal.owner,
        perspective=goal.perspective,
        unit=goal.unit,
        period=str(goal.period) if goal.period else None,
        weight=goal.weight,
        score=node.score,
        status=node.status,
        personal=goal.level == "personal" or goal.person is not None,
    )
    for entry in node.measures:
        key = str(entry.get("id"))
        state.measures.setdefault(key, _measure(key, entry))
    return state


def _cascade_item(item: Item, node: Node) -> State:
    """An OKR (its key results are its measures) or an OGSM (its goals' measures, and
    each strategy's measures as `S1/name`)."""
    state = State(
        item.kind,
        node.id,
        item.file,
        title=node.title,
        parent=ident(item.data.get("parent")),
        owner=node.owner,
        unit=node.unit,
        period=node.period,
        score=node.score,
        status=node.status,
    )
    if item.kind == "ogsm":
        for entry in node.measures:
            key = str(entry.get("id"))
            state.measures.setdefault(key, _measure(key, entry))
    for child in node.children:
        if child.kind == "key-result":
            key = child.id.split("/", 1)[-1]
            entry = dict(child.measures[0]) if child.measures else {}
            entry["score"], entry["status"] = child.score, child.status
            state.measures.setdefault(key, _measure(key, entry, child.title))
        elif child.kind == "strategy":
            prefix = child.id.split("/", 1)[-1]
            for entry in child.measures:
                key = f"{prefix}/{entry.get('id')}"
                state.measures.setdefault(key, _measure(key, entry))
    return state
