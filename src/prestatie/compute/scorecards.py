"""Balanced Scorecards: which objectives each holds per perspective, and its strategy map.

Also the plan-wide effective perspective of every objective: its own, or the one
it inherits from its parent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from prestatie.compute.progress import PlanProgress, weight_of
from prestatie.model.items import Goal, Item, ident
from prestatie.model.plan import Plan
from prestatie.source.nodes import Pos, YList, YMap

#: Levels whose objectives the Balanced Scorecard supports (DESIGN §1).
BSC_LEVELS = ("strategic", "department", "operational")


@dataclass(slots=True)
class Perspectives:
    """Effective perspective per goal id, and where an inherited one comes from."""

    of: dict[str, str | None]
    inherited_from: dict[str, str]


def effective_perspectives(plan: Plan) -> Perspectives:
    cached = plan.cache.get("perspectives")
    if isinstance(cached, Perspectives):
        return cached
    by_id = {goal.id: goal for goal in plan.goals}
    of: dict[str, str | None] = {}
    source: dict[str, str] = {}
    for start in plan.goals:
        chain: list[Goal] = []
        goal: Goal | None = start
        found: str | None = None
        origin: str | None = None
        seen: set[str] = set()
        while goal is not None and goal.id not in of and goal.id not in seen:
            seen.add(goal.id)
            chain.append(goal)
            if goal.perspective is not None:
                found, origin = goal.perspective, goal.id
                break
            goal = by_id.get(goal.parent) if goal.parent else None
        else:
            if goal is not None and goal.id in of:
                found = of[goal.id]
                origin = source.get(goal.id, goal.id)
        for member in chain:
            of[member.id] = found
            if found is not None and origin is not None and member.id != origin:
                source[member.id] = origin
    result = Perspectives(of, source)
    plan.cache["perspectives"] = result
    return result


@dataclass(slots=True)
class Member:
    goal: Goal
    perspective: str  # the perspective it is listed under on this card
    file: str  # where it is listed: the scorecard, or the goal's own file when by scope
    pos: Pos


@dataclass(slots=True)
class Link:
    cause: str
    effect: str
    pos: Pos


@dataclass(slots=True)
class Scorecard:
    item: Item
    id: str
    title: str
    members: dict[str, list[Member]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    unknown: list[tuple[str, Pos]] = field(default_factory=list)
    unknown_perspectives: list[tuple[str, Pos]] = field(default_factory=list)
    perspective_pos: dict[str, Pos] = field(default_factory=dict)

    def goals(self) -> list[Goal]:
        return [m.goal for members in self.members.values() for m in members]

    def assigned(self) -> dict[str, str]:
        """Goal id -> the perspective it is listed under on this card."""
        return {m.goal.id: pid for pid, members in self.members.items() for m in members}

    @property
    def file(self) -> str:
        return self.item.file

    @property
    def pos(self) -> Pos:
        data = self.item.data
        return data.value_pos("id") if "id" in data else data.pos


def scorecards(plan: Plan) -> list[Scorecard]:
    cached = plan.cache.get("scorecards")
    if isinstance(cached, list):
        return cached
    result = [_build(plan, item) for item in plan.items if item.kind == "scorecard"]
    plan.cache["scorecards"] = result
    return result


def _build(plan: Plan, item: Item) -> Scorecard:
    data = item.data
    title = data.get("title")
    card = Scorecard(item, item.id or "scorecard", str(title) if title else (item.id or ""))
    persp = plan.config.perspectives
    for pid in persp.ids:
        card.members[pid] = []
    effective = effective_perspectives(plan).of
    seen: set[str] = set()
    listing = data.get("perspectives")
    if isinstance(listing, YMap):
        for key, entries in listing.items():
            listed = persp.resolve(key)
            if listed is None:
                card.unknown_perspectives.append((key, listing.key_pos(key)))
                continue
            card.perspective_pos[listed] = listing.key_pos(key)
            if not isinstance(entries, YList):
                continue
            for index, entry in enumerate(entries):
                ref = ident(entry.get("id")) if isinstance(entry, YMap) else ident(entry)
                pos = entries.item_pos(index)
                if ref is None:
                    continue
                goal = plan.refs.get(ref)
                if not isinstance(goal, Goal):
                    card.unknown.append((ref, pos))
                    continue
                if goal.id not in seen:
                    seen.add(goal.id)
                    card.members[listed].append(Member(goal, listed, item.file, pos))
    scope = data.get("scope")
    if isinstance(scope, YMap):
        for goal in _in_scope(plan, scope):
            found = effective.get(goal.id)
            if goal.id in seen or found is None or found not in card.members:
                continue
            seen.add(goal.id)
            card.members[found].append(Member(goal, found, goal.file, goal.data.key_pos("id")))
    links = data.get("links")
    if isinstance(links, YList):
        for index, link in enumerate(links):
            pos = links.item_pos(index)
            if isinstance(link, list) and len(link) == 2:
                cause, effect = ident(link[0]), ident(link[1])
            elif isinstance(link, dict):
                cause, effect = ident(link.get("from")), ident(link.get("to"))
            else:
                continue
            if cause is not None and effect is not None:
                card.links.append(Link(cause, effect, pos))
    return card


def _in_scope(plan: Plan, scope: YMap) -> list[Goal]:
    from prestatie.format import vocabulary
    from prestatie.format.periods import parse_period

    level = vocabulary.level(scope.get("level"))
    unit = scope.get("unit")
    period = parse_period(scope.get("period"), plan.config.fiscal_year_start)
    out = []
    for goal in plan.goals:
        if level is not None and goal.level != level:
            continue
        if isinstance(unit, str) and not (
            goal.unit == unit or (goal.unit or "").startswith(unit + "/")
        ):
            continue
        if period is not None and (goal.period is None or not period.contains(goal.period)):
            continue
        out.append(goal)
    return out


@dataclass(frozen=True, slots=True)
class PerspectiveScore:
    """One perspective of a scorecard on the as-of date.

    `score` is the weighted mean of its objectives' scores (Σ wᵢ·sᵢ / Σ wᵢ, the objective
    weights the roll-up uses, default 1; objectives without a score are left out, as in
    the roll-up). `met`, `partly` and `not_met` count its objectives by status: green,
    amber and red; `unscored` those with no data or not started yet."""

    score: float | None
    met: int
    partly: int
    not_met: int
    unscored: int


class Scored(Protocol):
    """What a perspective's score is made of: an objective's score (0..1) and status, as
    `compute.progress` gives them (a `Progress`, or a tree node built from one)."""

    @property
    def score(self) -> float | None: ...

    @property
    def status(self) -> str: ...


def perspective_scores(
    card: Scorecard, goals: PlanProgress | Mapping[str, Scored]
) -> dict[str, PerspectiveScore]:
    """The score and status counts of each perspective of `card`, in the card's order;
    `goals` holds each objective's progress by id (`compute.progress.compute`)."""
    scored: Mapping[str, Scored] = goals.goals if isinstance(goals, PlanProgress) else goals
    out: dict[str, PerspectiveScore] = {}
    for pid, members in card.members.items():
        total = weights = 0.0
        counts = {"green": 0, "amber": 0, "red": 0}
        unscored = 0
        for member in members:
            found = scored.get(member.goal.id)
            status = found.status if found is not None else "none"
            if status in counts:
                counts[status] += 1
            else:
                unscored += 1
            if found is not None and found.score is not None:
                w = weight_of(member.goal.weight)
                total += w * found.score
                weights += w
        score = total / weights if weights > 0 else None
        out[pid] = PerspectiveScore(
            score, counts["green"], counts["amber"], counts["red"], unscored
        )
    return out
