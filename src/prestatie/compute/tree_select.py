"""Which nodes of the cascade tree `prestatie tree` shows, and the totals under it.

A filter (`--status`, `--behind`, `--owner`, `--unit`, `--perspective`; all of them
must hold) keeps the nodes that match and the path from their root to them: the nodes on
that path that do not match themselves are kept as context (`Node.context`) and are not
counted. The totals count the nodes shown as matches (every node but the mission, when
nothing is filtered): per status, behind plan, and the measures with a current value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prestatie.compute.progress import Coverage
from prestatie.compute.tree_node import Node
from prestatie.model.items import text
from prestatie.model.plan import Plan

#: The statuses in the order the totals name them: the weakest first.
STATUSES: tuple[str, ...] = ("red", "amber", "green", "none", "not-started")
#: `--status` as written (English or Dutch) -> the status.
STATUS_NAMES: dict[str, str] = {
    "red": "red",
    "rood": "red",
    "amber": "amber",
    "orange": "amber",
    "yellow": "amber",
    "oranje": "amber",
    "geel": "amber",
    "green": "green",
    "groen": "green",
    "none": "none",
    "no-data": "none",
    "geen-data": "none",
    "not-started": "not-started",
    "niet-gestart": "not-started",
}
#: Parts of an OKR or OGSM: they take their document's unit.
_PARTS = ("key-result", "strategy")


def status_of(value: str) -> str | None:
    """The status a `--status` value names (`rood`, `Not started`, `geen data`), or None."""
    return STATUS_NAMES.get("-".join(value.strip().lower().replace("_", " ").split()))


def units(plan: Plan) -> list[str]:
    """Every unit the plan names: its `units:`, then those of goals, OKRs and OGSMs, each
    once (in any case), in that order."""
    found: dict[str, str] = {}
    written = [*(plan.config.units or ()), *(g.unit for g in plan.goals)]
    written += [text(i.data, "unit") for i in plan.items if i.kind in ("okr", "ogsm")]
    for unit in written:
        if unit and unit.strip():
            found.setdefault(_same(unit), unit)
    return list(found.values())


def _same(value: str) -> str:
    return " ".join(value.split()).casefold()


@dataclass(frozen=True, slots=True)
class TreeFilter:
    statuses: frozenset[str] = frozenset()
    behind: bool = False
    owner: str | None = None  # part of the owner's name, in any case
    unit: str | None = None  # the unit, in any case
    perspective: str | None = None  # a perspective id

    @property
    def active(self) -> bool:
        return bool(self.statuses or self.behind or self.owner or self.unit or self.perspective)

    def matches(self, node: Node, unit: str | None) -> bool:
        """Does `node` (of `unit`, its own or its document's) pass every filter?"""
        if self.statuses and node.status not in self.statuses:
            return False
        if self.behind and not node.behind:
            return False
        if self.owner and _same(self.owner) not in _same(node.owner or ""):
            return False
        if self.unit and (unit is None or _same(unit) != _same(self.unit)):
            return False
        return not (self.perspective and node.perspective != self.perspective)

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": [s for s in STATUSES if s in self.statuses],
            "behind": self.behind,
            "owner": self.owner,
            "unit": self.unit,
            "perspective": self.perspective,
        }


def select(roots: list[Node], flt: TreeFilter) -> list[Node]:
    """Copies of the roots with only the matches and the paths to them; the roots
    themselves when nothing is filtered. A root without a match below it is left out."""
    if not flt.active:
        return roots
    kept = (_select(root, flt) for root in roots)
    return [root for root in kept if root is not None]


def _select(root: Node, flt: TreeFilter) -> Node | None:
    """Post-order without recursion: a node is kept when it matches or keeps a child."""
    done: dict[int, Node | None] = {}
    # (node, the unit of the node it hangs under, its children are done)
    stack: list[tuple[Node, str | None, bool]] = [(root, None, False)]
    while stack:
        node, above, expanded = stack.pop()
        if not expanded:
            stack.append((node, above, True))
            stack.extend((child, node.unit, False) for child in node.children)
            continue
        children = [done.pop(id(child)) for child in node.children]
        unit = node.unit or (above if node.kind in _PARTS else None)
        match = node.kind != "mission" and flt.matches(node, unit)
        shown = [child for child in children if child is not None]
        if match or shown:
            copy = node.copy()
            copy.children = shown
            copy.context = not match
            done[id(node)] = copy
        else:
            done[id(node)] = None
    return done[id(root)]


@dataclass(frozen=True, slots=True)
class Totals:
    """The totals under the tree. `status` counts every status (zeros included) in the
    order of STATUSES; `measures`: of the measures of the counted nodes whose period
    has started, how many have a current value on the as-of date."""

    rows: int
    status: dict[str, int]
    behind: int
    measures: Coverage

    @property
    def measured_share(self) -> float | None:
        """The share of those measures with a current value, 0..1; None without any."""
        of = self.measures.of
        return self.measures.measured / of if of else None

    def as_dict(self) -> dict[str, Any]:
        share = self.measured_share
        return {
            "rows": self.rows,
            "status": dict(self.status),
            "behind": self.behind,
            "measures": {
                **self.measures.as_dict(),
                "share": None if share is None else round(share, 4),
            },
        }


def totals(roots: list[Node]) -> Totals:
    """The totals of every node shown as a match under `roots` (context and the mission
    are not counted)."""
    counts = dict.fromkeys(STATUSES, 0)
    rows = behind = measured = of = 0
    stack = list(roots)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.kind == "mission" or node.context:
            continue
        rows += 1
        counts[node.status] = counts.get(node.status, 0) + 1
        behind += node.behind
        if node.status == "not-started":
            continue
        for entry in node.measures:
            if entry.get("status") == "not-started":
                continue
            of += 1
            measured += entry.get("actual") is not None
    return Totals(rows, counts, behind, Coverage(measured, of))


def personal(plan: Plan, node: Node) -> bool:
    """A personal objective: at the personal level, or from a person file."""
    if node.kind != "goal":
        return False
    goal = plan.refs.get(node.id)
    return node.level == "personal" or getattr(goal, "person", None) is not None


def without_people(plan: Plan, roots: list[Node]) -> tuple[list[Node], int]:
    """Copies of the roots without the personal objectives (and what hangs below them),
    and how many personal objectives were left out. Without recursion."""
    hidden = 0
    kept: list[Node] = []
    # (node, the list its copy goes into)
    stack: list[tuple[Node, list[Node]]] = [(r, kept) for r in reversed(roots)]
    while stack:
        node, into = stack.pop()
        if personal(plan, node):
            hidden += 1 + _count_personal(plan, node.children)
            continue
        copy = node.copy()
        into.append(copy)
        stack.extend((child, copy.children) for child in reversed(node.children))
    return kept, hidden


def _count_personal(plan: Plan, nodes: list[Node]) -> int:
    count = 0
    stack = list(nodes)
    while stack:
        node = stack.pop()
        count += personal(plan, node)
        stack.extend(node.children)
    return count


def mask_owners(roots: list[Node], names: dict[str, str], redact: bool) -> None:
    """Owners that name a person (`names`: folded name -> id, `compute.people_stats`):
    their id with `redact`, else no owner at all. In place, without recursion."""
    if not names:
        return
    stack = list(roots)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.owner and _same(node.owner) in names:
            node.owner = names[_same(node.owner)] if redact else None
