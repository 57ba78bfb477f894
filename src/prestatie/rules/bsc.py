"""Balanced Scorecard and balance rules (`bsc/` and `balance/`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from prestatie.compute import balance
from prestatie.compute.scorecards import Scorecard, scorecards
from prestatie.findings import Finding
from prestatie.i18n import msg
from prestatie.model.items import Goal
from prestatie.model.plan import Plan

#: How a balance finding names its scope: the plan, a level or a scorecard.
_SCOPE = {
    "plan": "balance.scope.plan",
    "level": "balance.scope.level",
    "scorecard": "balance.scope.scorecard",
}


def check(plan: Plan) -> Iterator[Finding]:
    for card in scorecards(plan):
        yield from _scorecard(plan, card)
    yield from _balance(plan)


def _scorecard(plan: Plan, card: Scorecard) -> Iterator[Finding]:
    persp = plan.config.perspectives
    file = card.file
    spellings = persp.names() if card.unknown_perspectives else []
    for key, pos in card.unknown_perspectives:
        close = plan.suggest(key, spellings)
        yield Finding(
            "ref/unknown-perspective",
            msg("bsc.unknown-perspective", item=card.id, key=key, known=persp.ids),
            file,
            *pos,
            hint=msg("common.did-you-mean", value=close) if close else None,
            item=card.id,
        )
    for ref, pos in card.unknown:
        close = plan.suggest(ref)
        yield Finding(
            "bsc/unknown-objective",
            msg("bsc/unknown-objective", item=card.id, ref=ref),
            file,
            *pos,
            hint=msg("common.did-you-mean", value=close) if close else None,
            item=card.id,
        )
    max_objectives = int(plan.config.number("bsc/too-many", "max_objectives", 5))
    max_measures = int(plan.config.number("bsc/too-many", "max_measures", 25))
    total_measures = 0
    leading = lagging = 0
    for pid, members in card.members.items():
        where = card.perspective_pos.get(pid, card.pos)
        if not members:
            yield Finding(
                "bsc/empty-perspective",
                msg("bsc/empty-perspective", item=card.id, perspective=pid),
                file,
                *where,
                hint=msg("bsc/empty-perspective.hint", key=pid),
                item=card.id,
            )
        elif len(members) > max_objectives:
            yield Finding(
                "bsc/too-many",
                msg(
                    "bsc/too-many",
                    item=card.id,
                    count=len(members),
                    perspective=pid,
                    max=max_objectives,
                ),
                file,
                *where,
                hint=msg("bsc/too-many.hint"),
                item=card.id,
            )
        for member in members:
            total_measures += len(member.goal.measures)
            for m in member.goal.measures:
                leading += m.indicator == "leading"
                lagging += m.indicator == "lagging"
            if not member.goal.measures:
                yield Finding(
                    "bsc/no-measure",
                    msg("bsc/no-measure", item=card.id, goal=member.goal.id),
                    member.file,
                    *member.pos,
                    hint=msg("bsc/no-measure.hint"),
                    item=card.id,
                )
    if total_measures > max_measures:
        yield Finding(
            "bsc/too-many",
            msg("bsc/too-many.measures", item=card.id, count=total_measures, max=max_measures),
            file,
            *card.pos,
            hint=msg("bsc/too-many.measures.hint"),
            item=card.id,
        )
    if total_measures and leading == 0 and lagging > 0:
        yield Finding(
            "bsc/no-leading",
            msg("bsc/no-leading", item=card.id, count=lagging),
            file,
            *card.pos,
            hint=msg("bsc/no-leading.hint"),
            item=card.id,
        )
    yield from _links(plan, card)


def _links(plan: Plan, card: Scorecard) -> Iterator[Finding]:
    if not card.links:
        return
    persp = plan.config.perspectives
    member_of = {m.goal.id: m for members in card.members.values() for m in members}
    graph: dict[str, list[str]] = {}
    positions: dict[tuple[str, str], tuple[int, int]] = {}
    linked: set[str] = set()
    for link in card.links:
        missing = [ref for ref in (link.cause, link.effect) if ref not in member_of]
        if missing:
            ref = missing[0]
            in_plan = ref in plan.refs
            close = None if in_plan else plan.suggest(ref, member_of)
            yield Finding(
                "bsc/link-unknown",
                msg(
                    "bsc/link-unknown.off-card" if in_plan else "bsc/link-unknown",
                    item=card.id,
                    cause=link.cause,
                    effect=link.effect,
                    ref=ref,
                ),
                card.file,
                *link.pos,
                hint=msg("common.did-you-mean", value=close) if close else None,
                item=card.id,
            )
            continue
        linked.update((link.cause, link.effect))
        graph.setdefault(link.cause, []).append(link.effect)
        positions[(link.cause, link.effect)] = link.pos
        cause_p = persp.get(member_of[link.cause].perspective)
        effect_p = persp.get(member_of[link.effect].perspective)
        if cause_p and effect_p and cause_p.order > effect_p.order:
            yield Finding(
                "bsc/link-direction",
                msg(
                    "bsc/link-direction",
                    item=card.id,
                    cause=link.cause,
                    effect=link.effect,
                    cause_perspective=cause_p.id,
                    effect_perspective=effect_p.id,
                ),
                card.file,
                *link.pos,
                hint=msg("bsc/link-direction.hint"),
                item=card.id,
            )
    yield from _cycles(card, graph, positions)
    for goal_id, member in member_of.items():
        if linked and goal_id not in linked:
            yield Finding(
                "bsc/unlinked",
                msg("bsc/unlinked", item=card.id, goal=goal_id),
                member.file,
                *member.pos,
                hint=msg("bsc/unlinked.hint"),
                item=card.id,
            )


def _cycles(
    card: Scorecard, graph: dict[str, list[str]], positions: dict[tuple[str, str], tuple[int, int]]
) -> Iterator[Finding]:
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()
    for start in sorted(graph):
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = [start]
        state[start] = 1
        while stack:
            node, index = stack.pop()
            targets = graph.get(node, [])
            if index < len(targets):
                stack.append((node, index + 1))
                nxt = targets[index]
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :]
                    key = frozenset(cycle)
                    if key not in reported:
                        reported.add(key)
                        loop = " → ".join([*cycle, nxt])
                        yield Finding(
                            "bsc/map-cycle",
                            msg("bsc/map-cycle", item=card.id, loop=loop),
                            card.file,
                            *positions[(node, nxt)],
                            hint=msg("bsc/map-cycle.hint"),
                            item=card.id,
                        )
                elif not state.get(nxt):
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()


def _balance(plan: Plan) -> Iterator[Finding]:
    config = plan.config
    min_share = config.number("balance/underweight", "min_share", 0.10)
    max_share = config.number("balance/dominant", "max_share", 0.50)
    min_dominant = int(config.number("balance/dominant", "min_objectives", 4))
    min_underweight = int(config.number("balance/underweight", "min_objectives", min_dominant))
    cover_all = config.names("balance/missing", "cover_all", ("plan", "strategic"))
    min_entropy = config.number("balance/lost-in-cascade", "min_entropy", 0.8)
    all_scopes = balance.scopes(plan, ("plan", "level", "scorecard"))
    for scope in all_scopes:
        if scope.objectives == 0:
            continue
        label = msg(_SCOPE[scope.kind], name=scope.name)
        covers = (scope.kind == "plan" and "plan" in cover_all) or (
            scope.kind == "level" and scope.name in cover_all
        )
        for figures in scope.perspectives:
            share = figures.share or 0.0
            if figures.objectives == 0:
                if covers and scope.kind != "scorecard":
                    yield Finding(
                        "balance/missing",
                        msg("balance/missing", scope=label, perspective=figures.id),
                        scope.file,
                        *scope.pos,
                        hint=msg("balance/missing.hint"),
                    )
                continue
            if share > max_share and scope.objectives >= min_dominant:
                yield Finding(
                    "balance/dominant",
                    msg(
                        "balance/dominant",
                        scope=label,
                        perspective=figures.id,
                        share=_percent(share),
                        max=_percent(max_share),
                    ),
                    scope.file,
                    *scope.pos,
                    hint=msg("balance/dominant.hint"),
                )
            elif share < min_share and scope.objectives >= min_underweight:
                yield Finding(
                    "balance/underweight",
                    msg(
                        "balance/underweight",
                        scope=label,
                        perspective=figures.id,
                        share=_percent(share),
                        min=_percent(min_share),
                    ),
                    scope.file,
                    *scope.pos,
                )
    minimum = int(config.number("balance/lost-in-cascade", "min_objectives", 2))
    yield from _lost_in_cascade(plan, min_entropy, minimum)


def _lost_in_cascade(plan: Plan, bound: float, minimum: int) -> Iterator[Finding]:
    """Balance that holds on one level and is gone on the next, plan-wide and per unit."""
    by_level = {s.name: s for s in balance.scopes(plan, ("level",)) if s.entropy is not None}
    chain = [lv for lv in plan.config.levels if lv in ("strategic", "department", "operational")]
    for upper_name, lower_name in pairwise(chain):
        upper_scope, lower_scope = by_level.get(upper_name), by_level.get(lower_name)
        if (
            upper_scope is not None
            and lower_scope is not None
            and min(upper_scope.objectives, lower_scope.objectives) >= minimum
        ):
            yield from _compare(upper_scope, lower_scope, bound, None)
    goals = balance.pool(plan)
    departments = {g.unit for g in goals if g.unit and g.level == "department"}
    # One pass: each goal joins every department unit it nests in (Verkoop/Binnendienst).
    grouped: dict[str, tuple[list[Goal], list[Goal]]] = {unit: ([], []) for unit in departments}
    for goal in goals:
        if goal.unit is None or goal.level not in ("department", "operational"):
            continue
        parts = goal.unit.split("/")
        for n in range(1, len(parts) + 1):
            entry = grouped.get("/".join(parts[:n]))
            if entry is not None:
                entry[0 if goal.level == "department" else 1].append(goal)
    for unit in sorted(departments):
        upper_goals, lower_goals = grouped[unit]
        if len(upper_goals) < minimum or len(lower_goals) < minimum:
            continue
        first_up = min(upper_goals, key=lambda g: (g.file, g.data.pos))
        first_low = min(lower_goals, key=lambda g: (g.file, g.data.pos))
        upper = balance.measure(
            plan, "department", "level", upper_goals, first_up.file, first_up.data.key_pos("id")
        )
        lower = balance.measure(
            plan, "operational", "level", lower_goals, first_low.file, first_low.data.key_pos("id")
        )
        if upper.entropy is not None and lower.entropy is not None:
            yield from _compare(upper, lower, bound, unit)


def _compare(
    upper: balance.Scope, lower: balance.Scope, bound: float, unit: str | None
) -> Iterator[Finding]:
    assert upper.entropy is not None and lower.entropy is not None
    figures = {
        "upper": upper.name,
        "lower": lower.name,
        "upper_entropy": upper.entropy,
        "lower_entropy": lower.entropy,
    }
    if unit:
        figures["unit"] = unit
    if upper.entropy >= bound > lower.entropy:
        yield Finding(
            "balance/lost-in-cascade",
            msg("balance/lost-in-cascade.unit" if unit else "balance/lost-in-cascade", **figures),
            lower.file,
            *lower.pos,
            hint=msg("balance/lost-in-cascade.hint"),
        )
    elif lower.entropy >= bound > upper.entropy:
        yield Finding(
            "balance/lost-in-cascade",
            msg(
                "balance/lost-in-cascade.one-sided-unit"
                if unit
                else "balance/lost-in-cascade.one-sided",
                **figures,
            ),
            upper.file,
            *upper.pos,
            hint=msg("balance/lost-in-cascade.one-sided.hint"),
        )


def _percent(share: float) -> float:
    """A share (0.88) as the percentage a message shows (88.0)."""
    return round(share * 100, 2)
