"""The cascade of the report: objectives by tier, the upper levels as a flow chart, and
(only when asked for) the personal objectives of the people section.

Every figure comes from the tree nodes of `compute.tree`, the data of `prestatie tree`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.model.items import Goal
from prestatie.model.plan import Plan
from prestatie.render.report.values import (
    MeasureLine,
    coverage,
    label,
    measure_line,
    node_status,
    percent,
)

#: The tiers of the GroeiPrestatiePlan view, and the levels each holds.
TIERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("strategic", ("strategic",)),
    ("tactical", ("department",)),
    ("operational", ("operational", "function", "project")),
)
_TIER_OF = {level: tier for tier, levels in TIERS for level in levels}
#: Objectives that do not derive from the mission (an unknown parent, a cycle): a tier of
#: their own after the others, whatever their level, so that none passes for derived.
LOOSE = "loose"
#: Nested lists stop indenting here; deeper objectives name their parent instead.
MAX_DEPTH = 6
#: The statuses a group counts, in this order.
STATUSES = ("green", "amber", "red", "not-started", "none")
#: The flow chart shows the mission, the strategic and the department objectives up to
#: this many nodes; the lists below it hold every objective.
MAX_FLOW = 60
#: A department's group of objectives is shown unfolded in HTML up to this many.
OPEN_UP_TO = 20


@dataclass(frozen=True, slots=True)
class Objective:
    id: str
    title: str
    level: str  # the level id
    level_label: str
    owner: str
    perspective: str  # the plan's label, or ""
    unit: str  # as written in the plan, or ""
    parent: str  # the parent's id, or ""
    depth: int  # within its tier, 0 at the top
    score: float | None  # 0..1, as the tree computes it
    progress: str  # the score in percent
    status: str  # the status id
    status_text: str
    coverage: str  # `measured 1 of 2`, or ""
    measures: tuple[MeasureLine, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """The objectives of one department within a tier (each with those below it in the
    tier), for a tree that stays readable with hundreds of objectives."""

    unit: str  # the department: the first part of a unit such as `Verkoop/Binnendienst`
    title: str  # the department, or a word for objectives without a unit
    size: str  # `5 objectives: 4 green · 1 amber`
    open: bool  # small enough to show unfolded
    objectives: tuple[Objective, ...]


@dataclass(frozen=True, slots=True)
class Tier:
    id: str  # strategic | tactical | operational
    title: str
    objectives: tuple[Objective, ...]
    groups: tuple[Group, ...]  # the same objectives by department, in their order


@dataclass(frozen=True, slots=True)
class FlowNode:
    key: str  # n1, n2, …: safe as a chart id whatever the plan id
    id: str
    label: str
    status: str
    status_text: str


@dataclass(frozen=True, slots=True)
class Flow:
    nodes: tuple[FlowNode, ...]
    edges: tuple[tuple[str, str], ...]  # (key, key): cause → effect, parent → child
    left_out: int  # objectives not drawn (they are in the lists)


@dataclass(frozen=True, slots=True)
class Cascade:
    mission: str
    tiers: tuple[Tier, ...]
    flow: Flow


def index(roots: list[Node]) -> dict[str, Node]:
    """Every node of the tree by its reference (SD-1, OKR-X, OKR-X/KR1, OGSM-Y/S2)."""
    out: dict[str, Node] = {}
    for node in walk(roots):
        out.setdefault(node.id, node)
    return out


def walk(roots: list[Node]) -> Iterator[Node]:
    """The nodes depth first, in the tree's order, without recursion."""
    stack = list(reversed(roots))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def private(plan: Plan, node: Node) -> bool:
    """A personal objective: from a person file, or at the personal level."""
    if node.kind != "goal":
        return False
    goal = plan.refs.get(node.id)
    return node.level == "personal" or (isinstance(goal, Goal) and goal.person is not None)


def objective(node: Node, speaker: Speaker, parent: str, depth: int) -> Objective:
    return Objective(
        id=node.id,
        title=node.title,
        level=node.level or "",
        level_label=speaker.level(node.level) if node.level else "",
        owner=node.owner or "",
        perspective=speaker.perspective(node.perspective) if node.perspective else "",
        unit=node.unit or "",
        parent=parent,
        depth=min(depth, MAX_DEPTH),
        score=node.score,
        progress=percent(node.score, speaker),
        status=node.status,
        status_text=node_status(node, speaker),
        coverage=coverage(node, speaker) or "",
        measures=tuple(measure_line(m, speaker) for m in node.measures),
    )


def build(plan: Plan, roots: list[Node], speaker: Speaker) -> Cascade | None:
    """The objectives of every tier but the personal one, in the tree's order, then those
    that do not derive from the mission; None when the plan has none."""
    found: dict[str, list[Objective]] = {tier: [] for tier, _ in (*TIERS, (LOOSE, ()))}
    # (node, the nearest goal above it: (id, tier, depth))
    stack: list[tuple[Node, tuple[str, str, int] | None]] = [(r, None) for r in reversed(roots)]
    while stack:
        node, above = stack.pop()
        here = above
        if node.kind == "goal" and not private(plan, node):
            tier = _TIER_OF.get(node.level or "", "operational") if node.derived else LOOSE
            depth = above[2] + 1 if above is not None and above[1] == tier else 0
            found[tier].append(objective(node, speaker, above[0] if above else "", depth))
            here = (node.id, tier, depth)
        stack.extend((child, here) for child in reversed(node.children))
    tiers = tuple(
        Tier(
            tier,
            speaker.text(f"report.tier.{tier}"),
            tuple(found[tier]),
            groups(found[tier], speaker),
        )
        for tier, _ in (*TIERS, (LOOSE, ()))
        if found[tier]
    )
    if not tiers:
        return None
    mission = next((r.title for r in roots if r.kind == "mission"), "")
    return Cascade(mission, tiers, _flow(roots, speaker))


def groups(objectives: list[Objective], speaker: Speaker) -> tuple[Group, ...]:
    """`objectives` (in tree order, `depth` 0 at the top of each branch) by the department
    of each branch's top objective, the departments in the order they first appear."""
    by_unit: dict[str, list[Objective]] = {}
    unit = ""
    for o in objectives:
        if o.depth == 0:
            unit = o.unit.split("/", 1)[0].strip()
        by_unit.setdefault(unit, []).append(o)
    out = []
    for unit, mine in by_unit.items():
        statuses = Counter(o.status for o in mine)
        size = speaker.text(
            "report.group.size",
            count=len(mine),
            statuses=[
                speaker.text("report.group.status", count=statuses[s], status=s)
                for s in STATUSES
                if statuses[s]
            ],
        )
        title = unit or speaker.text("report.group.no-unit")
        out.append(Group(unit, title, size, len(mine) <= OPEN_UP_TO, tuple(mine)))
    return tuple(out)


def _flow(roots: list[Node], speaker: Speaker) -> Flow:
    """Mission → strategic → department objectives, breadth first, at most MAX_FLOW."""
    keys: dict[int, str] = {}
    nodes: list[FlowNode] = []
    edges: list[tuple[str, str]] = []
    left_out = 0
    queue: list[tuple[Node, str | None]] = [(r, None) for r in roots if r.kind == "mission"]
    upper = ("strategic", "department")
    position = 0
    while position < len(queue):
        node, parent = queue[position]
        position += 1
        if len(nodes) >= MAX_FLOW:
            left_out += 1
            continue
        key = f"n{len(nodes) + 1}"
        keys[id(node)] = key
        if node.kind == "mission":
            shown = label(f"{speaker.text('label.mission')}: {node.title}")
        else:
            shown = label(f"{node.id} ({percent(node.score, speaker)}) {node.title}")
        nodes.append(FlowNode(key, node.id, shown, node.status, node_status(node, speaker)))
        if parent is not None:
            edges.append((parent, key))
        queue.extend(
            (child, key) for child in node.children if child.kind == "goal" and child.level in upper
        )
    return Flow(tuple(nodes), tuple(edges), left_out)
