"""Derivation rules: references, levels, cycles, cascade, periods, units, line of sight.

References to SWOT items (`addresses:`) are checked in `rules/swot.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.findings import Finding, quote
from prestatie.format.vocabulary import LEVEL_RANK
from prestatie.model.items import Goal, Item, ident
from prestatie.model.plan import Plan
from prestatie.rules.chains import cycles_and_sight


def parent_levels(level: str, plan_levels: tuple[str, ...]) -> set[str]:
    """Levels a goal may derive from; {"mission"} for the top level of the plan."""
    rank = LEVEL_RANK[level]
    above = [lv for lv in plan_levels if LEVEL_RANK[lv] < rank]
    if not above:
        return {"mission"}
    nearest = max(LEVEL_RANK[lv] for lv in above)
    return {lv for lv in above if LEVEL_RANK[lv] == nearest}


def child_levels(level: str, plan_levels: tuple[str, ...]) -> set[str]:
    rank = LEVEL_RANK[level]
    below = [lv for lv in plan_levels if LEVEL_RANK[lv] > rank]
    if not below:
        return set()
    nearest = min(LEVEL_RANK[lv] for lv in below)
    return {lv for lv in below if LEVEL_RANK[lv] == nearest}


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _at(goal: Goal, key: str) -> tuple[int, int]:
    return goal.where(key)


def check(plan: Plan) -> Iterator[Finding]:
    yield from _references(plan)
    yield from _levels(plan)
    yield from cycles_and_sight(plan)
    yield from _not_cascaded(plan)
    yield from _periods(plan)
    yield from _units(plan)


def _references(plan: Plan) -> Iterator[Finding]:
    persp = plan.config.perspectives
    spellings = persp.names()  # one pool for the whole pass: indexed once when large
    for goal in plan.goals:
        if goal.parent is not None and goal.parent not in plan.refs:
            yield _unknown_parent(plan, goal.parent, goal.file, _at(goal, "parent"), goal.id)
        if goal.perspective_raw is not None and goal.perspective is None:
            close = plan.suggest(str(goal.perspective_raw), spellings)
            yield Finding(
                "ref/unknown-perspective",
                f"{goal.id}: perspective {quote(goal.perspective_raw)} is not one of "
                + ", ".join(persp.ids),
                goal.file,
                *_at(goal, "perspective"),
                hint=f"did you mean {quote(close)}?" if close else None,
                item=goal.id,
            )
        if goal.theme is not None and goal.theme not in plan.themes:
            close = plan.suggest(goal.theme, plan.themes)
            yield Finding(
                "ref/unknown-theme",
                f"{goal.id}: theme {quote(goal.theme)} is not a theme of the mission",
                goal.file,
                *_at(goal, "theme"),
                hint=f"did you mean {quote(close)}?"
                if close
                else "themes are listed in the mission",
                item=goal.id,
            )
    for item in plan.items:
        if item.kind in ("okr", "ogsm"):
            parent = ident(item.data.get("parent"))
            if parent is not None and parent not in plan.refs:
                yield _unknown_parent(
                    plan, parent, item.file, item.data.value_pos("parent"), item.id
                )
        elif item.kind == "person":
            manager = ident(item.data.get("manager"))
            if manager is not None and manager not in plan.persons:
                close = plan.suggest(manager, plan.persons, exclude=item.id)
                yield Finding(
                    "ref/unknown-person",
                    f"{item.id}: manager {quote(manager)} is not a person in the plan",
                    item.file,
                    *item.data.value_pos("manager"),
                    hint=f"did you mean {quote(close)}?" if close else None,
                    item=item.id,
                )


def _unknown_parent(
    plan: Plan, parent: str, file: str, pos: tuple[int, int], item: str | None
) -> Finding:
    if parent == "mission":
        return Finding(
            "ref/unknown-parent",
            f"{item}: derives from the mission, but the plan has no `kind: mission` document",
            file,
            *pos,
            hint="add mission.yaml with `kind: mission`, `organisation:` and `mission:`",
            item=item,
        )
    close = plan.suggest(parent)
    return Finding(
        "ref/unknown-parent",
        f"{item}: parent {quote(parent)} does not exist in the plan",
        file,
        *pos,
        hint=f"did you mean {quote(close)}?"
        if close
        else "the parent is the id of a goal, or `mission`",
        item=item,
    )


def _levels(plan: Plan) -> Iterator[Finding]:
    plan_levels = plan.config.levels
    for goal in plan.goals:
        if goal.level is None:
            if goal.level_raw is None and goal.origin != "goal":  # `goal` has it in its schema
                yield Finding(
                    "schema/invalid",
                    f"{goal.id}: has no level",
                    goal.file,
                    *goal.data.key_pos("id"),
                    hint="add `level:` (strategic, department, operational, function, project, "
                    "personal) or set it under `defaults:`",
                    item=goal.id,
                )
            continue
        if goal.level not in plan_levels:
            yield Finding(
                "cascade/level",
                f"{goal.id}: level {quote(goal.level)} is not used in this plan "
                f"(levels: {', '.join(plan_levels)})",
                goal.file,
                *_at(goal, "level"),
                hint="use one of the plan's levels, or add this one to `levels:` in prestatie.yaml",
                item=goal.id,
            )
            continue
        if goal.parent is None:
            continue
        parent = plan.refs.get(goal.parent)
        allowed = parent_levels(goal.level, plan_levels)
        if isinstance(parent, Goal):
            if parent.level is None or parent.level in allowed:
                continue
            expected = " or ".join(sorted(allowed))
            yield Finding(
                "cascade/level",
                f"{goal.id}: {_a(goal.level)} goal derives from {parent.id}, "
                f"{_a(parent.level)} goal; expected {_a(expected)} parent",
                goal.file,
                *_at(goal, "parent"),
                hint=f"{goal.level} goals derive from the level directly above ({expected})",
                item=goal.id,
            )
        elif isinstance(parent, Item):
            if parent.kind == "mission":
                if "mission" in allowed:
                    continue
                expected = " or ".join(sorted(allowed))
                yield Finding(
                    "cascade/level",
                    f"{goal.id}: {_a(goal.level)} goal derives directly from the mission; "
                    f"expected {_a(expected)} parent",
                    goal.file,
                    *_at(goal, "parent"),
                    hint="only the top level of the plan derives from the mission",
                    item=goal.id,
                )
            elif parent.kind not in ("okr", "ogsm"):
                yield Finding(
                    "cascade/level",
                    f"{goal.id}: derives from {quote(goal.parent)}, a {parent.kind}, "
                    "not from an objective",
                    goal.file,
                    *_at(goal, "parent"),
                    item=goal.id,
                )


def _not_cascaded(plan: Plan) -> Iterator[Finding]:
    in_use = {goal.level for goal in plan.goals if goal.level is not None}
    plan_levels = plan.config.levels
    for goal in plan.goals:
        if goal.level is None or goal.level not in plan_levels:
            continue
        below = child_levels(goal.level, plan_levels) & in_use
        if not below or plan.children.get(goal.id):
            continue
        yield Finding(
            "cascade/not-cascaded",
            f"{goal.id}: no {' or '.join(sorted(below))} goal derives from this {goal.level} goal",
            goal.file,
            *goal.data.key_pos("id"),
            hint=f"add a goal with `parent: {goal.id}` at the level below, "
            "or `ignore: [cascade/not-cascaded]` if it is deliberately not cascaded",
            item=goal.id,
        )


def _periods(plan: Plan) -> Iterator[Finding]:
    for goal in plan.goals:
        if goal.period is None or goal.parent is None:
            continue
        parent = plan.refs.get(goal.parent)
        parent_period = parent.period if isinstance(parent, Goal | Item) else None
        if parent_period is None or parent_period.contains(goal.period):
            continue
        yield Finding(
            "cascade/period",
            f"{goal.id}: period {goal.period} lies outside the period {parent_period} "
            f"of its parent {goal.parent}",
            goal.file,
            *_at(goal, "period"),
            hint="a goal is achieved within its parent's period",
            item=goal.id,
        )


def _units(plan: Plan) -> Iterator[Finding]:
    exempt = plan.config.names("cascade/unit", "exempt_levels", ("project",))
    known = plan.config.units
    known_set = frozenset(known or ())
    for goal in plan.goals:
        if goal.level is None or goal.level in exempt or LEVEL_RANK[goal.level] < 1:
            continue
        if goal.unit is None:
            if goal.level == "department":
                yield Finding(
                    "cascade/unit",
                    f"{goal.id}: department goal names no unit",
                    goal.file,
                    *goal.data.key_pos("id"),
                    hint="add `unit:` with the department's name",
                    item=goal.id,
                )
            continue
        if known is not None and not _unit_known(goal.unit, known_set):
            close = plan.suggest(goal.unit, known)
            yield Finding(
                "cascade/unit",
                f"{goal.id}: unit {quote(goal.unit)} is not one of the plan's units",
                goal.file,
                *_at(goal, "unit"),
                hint=f"did you mean {quote(close)}?"
                if close
                else "units are listed in prestatie.yaml",
                item=goal.id,
            )
            continue
        parent = plan.refs.get(goal.parent) if goal.parent else None
        if (
            not isinstance(parent, Goal)
            or parent.unit is None
            or parent.level == "strategic"
            or parent.level in exempt  # people from any unit work on a project
        ):
            continue
        if goal.unit == parent.unit or goal.unit.startswith(parent.unit + "/"):
            continue
        yield Finding(
            "cascade/unit",
            f"{goal.id}: unit {quote(goal.unit)} differs from the unit {quote(parent.unit)} "
            f"of its parent {parent.id}",
            goal.file,
            *_at(goal, "unit"),
            hint="below the department level a goal stays in its parent's unit "
            "(or a sub-unit written as 'Parent/Sub')",
            item=goal.id,
        )


def _unit_known(unit: str, known: frozenset[str]) -> bool:
    """Whether a unit, or one of the units it nests in (`Verkoop/Binnendienst`), is known."""
    parts = unit.split("/")
    return any("/".join(parts[:n]) in known for n in range(1, len(parts) + 1))
