"""Parent chains through goals, OKRs and OGSMs: cascade/cycle and cascade/line-of-sight.

Part of the derivation rules (`rules/derivation.py`); one walk visits every node once.
"""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.findings import Finding
from prestatie.i18n import msg
from prestatie.model.items import Goal, Item, ident
from prestatie.model.plan import Plan


def cycles_and_sight(plan: Plan) -> Iterator[Finding]:
    """One walk up the parent chains: cycles, and goals that never reach the mission.

    The chains run through the whole graph of goals, OKRs and OGSMs: a key result
    (`OKR-X/KR1`) or a strategy (`OGSM-Y/S2`) as a parent stands for its OKR or OGSM,
    so DG-A → OKR-X/KR1 → DG-A is a cycle. Every node is visited once.
    """
    nodes: dict[str, Goal | Item] = {goal.id: goal for goal in plan.goals}
    for item in plan.items:
        if item.kind in ("okr", "ogsm") and item.id and plan.refs.get(item.id) is item:
            nodes[item.id] = item
    # state: 0 unseen, 1 on the current chain, 2 done; ends: where each chain ends
    state: dict[str, int] = {}
    ends: dict[str, str] = {}  # node id -> "mission" | "cycle" | "missing:<id>" | "none:<id>"
    for first in nodes.values():
        if state.get(_key(first)):
            continue
        chain: list[Goal | Item] = []
        node: Goal | Item | None = first
        end = ""
        while node is not None:
            key = _key(node)
            seen = state.get(key, 0)
            if seen == 2:
                end = "cycle" if ends[key] == "cycle-member" else ends[key]
                break
            if seen == 1:
                at = next(i for i, member in enumerate(chain) if member is node)
                cycle = chain[at:]
                yield _cycle_finding(cycle)
                for member in cycle:
                    state[_key(member)] = 2
                    ends[_key(member)] = "cycle-member"
                chain = chain[:at]
                end = "cycle"
                break
            state[key] = 1
            chain.append(node)
            parent_ref = _parent_ref(node)
            if parent_ref is None:
                end = f"none:{key}"
                break
            target = plan.refs.get(parent_ref)
            node = None
            if isinstance(target, Goal | Item) and target.id is not None:
                node = nodes.get(target.id)
            if node is not None and node is not target:
                node = None  # a duplicate id: the index keeps the first
            if node is None:
                if isinstance(target, Item) and target.kind == "mission":
                    end = "mission"
                else:
                    end = f"missing:{key}"
        if any(isinstance(member, Item) for member in chain) and end != "cycle":
            end = "mission"  # OKR/OGSM parents are checked where they are modelled
        for member in chain:
            state[_key(member)] = 2
            ends[_key(member)] = end
    for goal in plan.goals:
        end = ends.get(goal.id, "")
        if end.startswith("none:"):
            where = end.split(":", 1)[1]
            if where == goal.id:
                yield Finding(
                    "cascade/line-of-sight",
                    msg("cascade/line-of-sight", item=goal.id),
                    goal.file,
                    *goal.data.key_pos("id"),
                    hint=msg("cascade/line-of-sight.hint"),
                    item=goal.id,
                )
            elif goal.level == "personal":
                yield _broken_sight(goal, where, "cascade/line-of-sight.no-parent")
        elif end.startswith("missing:") and goal.level == "personal":
            where = end.split(":", 1)[1]
            if where != goal.id:
                yield _broken_sight(goal, where, "cascade/line-of-sight.unknown-parent")
        elif end == "cycle" and goal.level == "personal":
            yield _broken_sight(goal, goal.parent or goal.id, "cascade/line-of-sight.cycle")


def _broken_sight(goal: Goal, where: str, message_id: str) -> Finding:
    """`message_id` says why the chain stops at `where`: no parent, an unknown parent,
    or a cycle above it."""
    return Finding(
        "cascade/line-of-sight",
        msg(message_id, item=goal.id, where=where),
        goal.file,
        *goal.where("parent"),
        hint=msg("cascade/line-of-sight.personal.hint"),
        item=goal.id,
    )


def _key(node: Goal | Item) -> str:
    return node.id or ""


def _parent_ref(node: Goal | Item) -> str | None:
    return node.parent if isinstance(node, Goal) else ident(node.data.get("parent"))


def _parent_pos(node: Goal | Item) -> tuple[int, int]:
    if isinstance(node, Goal):
        return node.where("parent")
    return node.data.value_pos("parent")


def _cycle_finding(cycle: list[Goal | Item]) -> Finding:
    first = min(cycle, key=lambda n: (n.file, n.data.pos))
    start = cycle.index(first)
    ordered = cycle[start:] + cycle[:start]
    path = " → ".join([_key(first), *(_parent_ref(n) or "" for n in ordered)])
    return Finding(
        "cascade/cycle",
        msg("cascade/cycle", item=_key(first), path=path),
        first.file,
        *_parent_pos(first),
        hint=msg("cascade/cycle.hint"),
        item=_key(first),
    )
