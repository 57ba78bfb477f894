"""The cascade as a tree of nodes with progress: the data behind `prestatie tree`.

`build` returns the roots: the mission with everything that derives from it, then the
nodes that do not (`Node.derived` is False for them and everything below). `view` is
what the command shows: `build`, then the filters (`compute.tree_select`), the order and
the totals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.compute import tree_shape
from prestatie.compute.okr import Ogsm, Okr, ogsms, okr_status, okrs, rolled_up
from prestatie.compute.people_stats import person_names
from prestatie.compute.progress import (
    NOT_STARTED,
    PlanProgress,
    Progress,
    compute,
    expected_share,
    judge,
    not_started,
)
from prestatie.compute.scoring import merge_thresholds
from prestatie.compute.tree_node import Node as Node
from prestatie.compute.tree_select import (
    Totals,
    TreeFilter,
    mask_owners,
    select,
    totals,
    without_people,
)
from prestatie.errors import UsageError
from prestatie.format.vocabulary import LEVEL_RANK
from prestatie.i18n import msg
from prestatie.model.items import Goal, Item, Measure, ident, text
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap


@dataclass(slots=True)
class TreeRequest:
    start: str | None = None
    depth: int | None = None
    level: str | None = None
    #: For `view` only (`build` keeps the order the nodes were found in: goals in the
    #: plan's order, then OKRs, then OGSMs): `tree_shape.SORTS`, and the filters.
    sort: str = "plan"
    filter: TreeFilter = field(default_factory=TreeFilter)
    #: Show the personal objectives (`--include people`); without it they are left out
    #: and owners that name a person are not shown.
    people: bool = False
    #: Owners that name a person show the person's id instead (`--redact`).
    redact: bool = False


@dataclass(slots=True)
class TreeView:
    """What `prestatie tree` shows: the derived roots (the mission, or the `--from`
    node), the roots that do not derive from the mission, and the totals of the matches."""

    roots: list[Node]
    loose: list[Node]
    total: Totals
    filter: TreeFilter
    sort: str
    #: How many personal objectives were left out (without `--include people`).
    hidden: int = 0


def view(plan: Plan, as_of: date, request: TreeRequest) -> TreeView:
    """The tree `request` asks for, filtered and ordered (`--sort plan` by default), with
    its totals, computed once for every format."""
    roots = build(plan, as_of, request)
    hidden = 0
    if not request.people:
        roots, hidden = without_people(plan, roots)
    if not request.people or request.redact:
        mask_owners(roots, person_names(plan), request.redact)
    roots = select(roots, request.filter)
    roots = tree_shape.order(roots, request.sort)
    derived = [r for r in roots if r.derived]
    loose = [r for r in roots if not r.derived]
    return TreeView(derived, loose, totals(roots), request.filter, request.sort, hidden)


def build(plan: Plan, as_of: date, request: TreeRequest | None = None) -> list[Node]:
    """Root nodes: the mission (with everything that derives from it) and loose goals."""
    request = request or TreeRequest()
    progress = compute(plan, as_of)
    files = {entry.rel: index for index, entry in enumerate(plan.files)}

    def place(file: str, data: YMap) -> tuple[int, int, int]:
        return (files.get(file, len(files)), *data.pos)

    nodes: dict[str, Node] = {}  # by reference: SD-1, OKR-X, OKR-X/KR1, OGSM-Y/S2
    for goal in plan.goals:
        node = nodes[goal.id] = _goal_node(goal, progress)
        node.place = place(goal.file, goal.data)
    edges: list[tuple[str, str | None]] = [(goal.id, goal.parent) for goal in plan.goals]
    rolled = rolled_up(plan)
    for okr in okrs(plan):
        node = _waiting(_okr_node(okr), okr.item, as_of)
        node.place = place(okr.item.file, okr.item.data)
        nodes[okr.id] = node
        for kr_node in node.children:
            kr_node.rolled_up = kr_node.id in rolled
            if kr_node.rolled_up and kr_node.status != "not-started":
                # The score comes from the OKRs below, not from the key result's own value.
                kr_node.status = okr_status(kr_node.score)
                kr_node.met = None
        edges.append((okr.id, ident(okr.item.data.get("parent"))))
        for kr, kr_node in zip(okr.key_results, node.children, strict=True):
            kr_node.place = place(okr.item.file, kr.data)
            nodes[kr.ref] = kr_node
    for ogsm in ogsms(plan):
        node = _waiting(
            _ogsm_node(ogsm, as_of, merge_thresholds(plan.config.thresholds, None)),
            ogsm.item,
            as_of,
        )
        node.place = place(ogsm.item.file, ogsm.item.data)
        nodes[ogsm.id] = node
        edges.append((ogsm.id, ident(ogsm.item.data.get("parent"))))
        for strategy, s_node in zip(ogsm.strategies, node.children, strict=True):
            s_node.place = place(ogsm.item.file, strategy.data)
            nodes[strategy.ref] = s_node
    mission = plan.mission
    root = Node(
        id="mission",
        kind="mission",
        title=(text(mission.data, "organisation") or "") if mission else "",
        period=str(mission.period) if mission and mission.period else None,
    )
    roots = [root]
    for child_id, parent in edges:
        node = nodes[child_id]
        target = plan.refs.get(parent) if parent else None
        if isinstance(target, Item) and target.kind == "mission":
            root.children.append(node)
        elif parent is not None and parent in nodes and nodes[parent] is not node:
            nodes[parent].children.append(node)
        else:
            roots.append(node)
    _break_cycles(roots, nodes)
    _mark_loose(roots[1:])
    tiers = tree_shape.ranks(roots) if request.level is not None else {}
    if request.start is not None:
        found = tree_shape.find(roots, request.start)
        if found is None:
            close = plan.suggest(request.start)
            if close:
                raise UsageError(
                    msg(
                        "compute.no-such-goal.suggest",
                        start=request.start,
                        suggestion=msg("common.did-you-mean", value=close),
                    )
                )
            raise UsageError(msg("compute.no-such-goal", start=request.start))
        roots = [found]
    if request.level is not None:
        limit = LEVEL_RANK[request.level]
        roots = [tree_shape.prune_level(r, limit, tiers) for r in roots]
    if request.depth is not None:
        roots = [tree_shape.prune_depth(r, request.depth) for r in roots]
    return roots


def _mark_loose(roots: list[Node]) -> None:
    """Everything under roots that are not the mission does not derive from it."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        node.derived = False
        stack.extend(node.children)


def _measure_entry(measure: Measure, progress: Progress) -> dict[str, Any]:
    """One measure in JSON, the same for goal measures, key results and OGSM measures."""
    return {
        "id": measure.key,
        "name": measure.name,
        "unit": measure.unit,
        "baseline": measure.baseline,
        "target": measure.target,
        "direction": measure.direction,
        **progress.as_dict(),
    }


def _goal_node(goal: Goal, progress: PlanProgress) -> Node:
    own = progress.goals.get(goal.id)
    measures = [_measure_entry(m, progress.of_measure(m)) for m in goal.measures]
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
        coverage=own.coverage if own else None,
        measures=measures,
    )


def _scored(node: Node, score: float | None, raw: float | None = None) -> Node:
    """An OKR or key-result node, coloured on the OKR scale."""
    node.score = score
    node.progress = raw if raw is not None else score
    node.status = okr_status(score)
    node.scale = "okr"
    return node


def _plan_scored(
    node: Node, score: float | None, expected: float | None, thresholds: Mapping[str, float]
) -> Node:
    """An OGSM or strategy node: SMART goals, coloured on the plan's thresholds."""
    node.score = node.progress = score
    node.expected = expected
    node.status, node.behind = judge(score, expected, thresholds)
    return node


def _plan_item_node(item: Item, kind: str, title: str, owner: str | None) -> Node:
    """The node of an OKR or OGSM document (its parts are added as children)."""
    return Node(
        id=item.id or "",
        kind=kind,
        title=title,
        owner=owner,
        unit=text(item.data, "unit"),
        period=str(item.period) if item.period else None,
    )


def _okr_node(okr: Okr) -> Node:
    node = _scored(_plan_item_node(okr.item, "okr", okr.objective, okr.owner), okr.score)
    node.coverage = okr.coverage
    for kr in okr.key_results:
        child = Node(id=kr.ref, kind="key-result", title=kr.text, owner=kr.owner)
        child.measures = [
            {
                **_measure_entry(kr.measure, kr.progress),
                "current": kr.measure.actual,
                "manual_score": kr.manual,
            }
        ]
        _scored(child, kr.score, kr.raw)
        child.expected = kr.progress.expected  # the OKR scale is not paced: never "behind"
        child.met = kr.progress.met
        if kr.manual is None:
            child.status = kr.progress.status  # met / not met without a baseline included
        node.children.append(child)
    return node


def _ogsm_node(ogsm: Ogsm, as_of: date, thresholds: Mapping[str, float]) -> Node:
    expected = expected_share(ogsm.item.period, as_of)
    node = _plan_item_node(ogsm.item, "ogsm", ogsm.objective, ogsm.owner)
    _plan_scored(node, ogsm.score, expected, thresholds)
    node.coverage = ogsm.coverage
    node.measures = [
        _measure_entry(m, ogsm.progress[id(m)]) for _, m in ogsm.goals if m is not None
    ]
    for strategy in ogsm.strategies:
        child = Node(id=strategy.ref, kind="strategy", title=strategy.text, owner=strategy.owner)
        child.measures = [
            _measure_entry(m, p) for m, p in zip(strategy.measures, strategy.progress, strict=True)
        ]
        child.coverage = strategy.coverage
        node.children.append(_plan_scored(child, strategy.score, expected, thresholds))
    return node


def _waiting(node: Node, item: Item, as_of: date) -> Node:
    """An OKR or OGSM whose period starts after the as-of date: not started, no scores."""
    if not_started(item.period, as_of):
        waiting = NOT_STARTED.as_dict()
        for part in (node, *node.children):
            part.score = part.progress = None
            part.met = None  # nothing is judged before the period starts
            part.status = "not-started"
            # Its measures too, as a goal's measures before its period (`progress.compute`).
            part.measures = [{**m, **waiting, "scale": m.get("scale")} for m in part.measures]
    return node


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
