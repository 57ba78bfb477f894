"""Balanced Scorecard and balance rules (`bsc/` and `balance/`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from prestatie.compute import balance
from prestatie.compute.scorecards import Scorecard, scorecards
from prestatie.findings import Finding, quote
from prestatie.model.items import Goal
from prestatie.model.plan import Plan


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
            f"{card.id}: {quote(key)} is not one of the plan's perspectives "
            f"({', '.join(persp.ids)})",
            file,
            *pos,
            hint=f"did you mean {quote(close)}?" if close else None,
            item=card.id,
        )
    for ref, pos in card.unknown:
        close = plan.suggest(ref)
        yield Finding(
            "bsc/unknown-objective",
            f"{card.id}: {quote(ref)} is not an objective of the plan",
            file,
            *pos,
            hint=f"did you mean {quote(close)}?" if close else None,
            item=card.id,
        )
    max_objectives = int(plan.config.number("bsc/too-many", "max_objectives", 5))
    max_measures = int(plan.config.number("bsc/too-many", "max_measures", 25))
    total_measures = 0
    leading = lagging = 0
    for pid, members in card.members.items():
        label = persp.get(pid)
        name = label.label("en") if label else pid
        where = card.perspective_pos.get(pid, card.pos)
        if not members:
            yield Finding(
                "bsc/empty-perspective",
                f"{card.id}: the {name} perspective has no objective",
                file,
                *where,
                hint=f"add an objective under `{pid}:`, or explain why this scorecard skips it",
                item=card.id,
            )
        elif len(members) > max_objectives:
            yield Finding(
                "bsc/too-many",
                f"{card.id}: {len(members)} objectives in the {name} perspective "
                f"(at most {max_objectives})",
                file,
                *where,
                hint="a scorecard shows the few objectives that matter most: 3 to 5 per "
                "perspective",
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
                    f"{card.id}: objective {member.goal.id} has no measure",
                    member.file,
                    *member.pos,
                    hint="each scorecard objective needs one or two measures",
                    item=card.id,
                )
    if total_measures > max_measures:
        yield Finding(
            "bsc/too-many",
            f"{card.id}: {total_measures} measures on one scorecard (at most {max_measures})",
            file,
            *card.pos,
            hint="15 to 25 measures per scorecard; start with 12 to 18",
            item=card.id,
        )
    if total_measures and leading == 0 and lagging > 0:
        yield Finding(
            "bsc/no-leading",
            f"{card.id}: all {lagging} classified measures are lagging; none is leading",
            file,
            *card.pos,
            hint="add leading indicators (`indicator: leading`) that predict the results",
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
                f"{card.id}: link {link.cause} → {link.effect} names {quote(ref)}, "
                + ("which is not on this scorecard" if in_plan else "which does not exist"),
                card.file,
                *link.pos,
                hint=f"did you mean {quote(close)}?" if close else None,
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
                f"{card.id}: link {link.cause} → {link.effect} runs from "
                f"{cause_p.label('en').lower()} to {effect_p.label('en').lower()}, "
                "against the strategy map",
                card.file,
                *link.pos,
                hint="cause and effect run learning → process → customer → financial; "
                "swap the two ids if the cause was written second",
                item=card.id,
            )
    yield from _cycles(card, graph, positions)
    for goal_id, member in member_of.items():
        if linked and goal_id not in linked:
            yield Finding(
                "bsc/unlinked",
                f"{card.id}: objective {goal_id} is on no link of the strategy map",
                member.file,
                *member.pos,
                hint="link it to the objective it causes or supports, or leave it off the map",
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
                            f"{card.id}: the strategy map runs in a circle: {loop}",
                            card.file,
                            *positions[(node, nxt)],
                            hint="cause and effect run one way; remove one link of the loop",
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
    persp = plan.config.perspectives
    all_scopes = balance.scopes(plan, ("plan", "level", "scorecard"))
    for scope in all_scopes:
        if scope.objectives == 0:
            continue
        label = "the plan" if scope.kind == "plan" else f"{scope.kind} {quote(scope.name)}"
        covers = (scope.kind == "plan" and "plan" in cover_all) or (
            scope.kind == "level" and scope.name in cover_all
        )
        for figures in scope.perspectives:
            name = persp.get(figures.id)
            pname = name.label("en") if name else figures.id
            share = figures.share or 0.0
            if figures.objectives == 0:
                if covers and scope.kind != "scorecard":
                    yield Finding(
                        "balance/missing",
                        f"{label}: no objective in the {pname} perspective",
                        scope.file,
                        *scope.pos,
                        hint="a balanced plan covers every perspective",
                    )
                continue
            if share > max_share and scope.objectives >= min_dominant:
                yield Finding(
                    "balance/dominant",
                    f"{label}: the {pname} perspective holds {share:.0%} of the weight "
                    f"(more than {max_share:.0%})",
                    scope.file,
                    *scope.pos,
                    hint="plans tend to be one-sided; move weight to the other perspectives",
                )
            elif share < min_share and scope.objectives >= min_underweight:
                yield Finding(
                    "balance/underweight",
                    f"{label}: the {pname} perspective holds only {share:.0%} of the weight "
                    f"(less than {min_share:.0%})",
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
        if upper_scope is not None and lower_scope is not None:
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
    where = f" in unit {quote(unit)}" if unit else ""
    if upper.entropy >= bound > lower.entropy:
        yield Finding(
            "balance/lost-in-cascade",
            f"balance is lost{where} from the {upper.name} level (entropy {upper.entropy:.2f}) "
            f"to the {lower.name} level ({lower.entropy:.2f})",
            lower.file,
            *lower.pos,
            hint="the perspectives of the level above should return in the goals derived from it",
        )
    elif lower.entropy >= bound > upper.entropy:
        yield Finding(
            "balance/lost-in-cascade",
            f"the {upper.name} level{where} is one-sided (entropy {upper.entropy:.2f}) while "
            f"the {lower.name} level is balanced ({lower.entropy:.2f})",
            upper.file,
            *upper.pos,
            hint="the balance below does not derive from the level above; check the parents",
        )
