"""Derivation rules: references, levels, cycles, cascade, periods, units, line of sight.

References to SWOT items (`addresses:`) are checked in `rules/swot.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.findings import Finding
from prestatie.format.vocabulary import LEVEL_RANK
from prestatie.i18n import msg
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
                msg(
                    "ref/unknown-perspective",
                    item=goal.id,
                    value=str(goal.perspective_raw),
                    allowed=persp.ids,
                ),
                goal.file,
                *_at(goal, "perspective"),
                hint=msg("common.did-you-mean", value=close) if close else None,
                item=goal.id,
            )
        if goal.theme is not None and goal.theme not in plan.themes:
            close = plan.suggest(goal.theme, plan.themes)
            yield Finding(
                "ref/unknown-theme",
                msg("ref/unknown-theme", item=goal.id, theme=goal.theme),
                goal.file,
                *_at(goal, "theme"),
                hint=msg("common.did-you-mean", value=close)
                if close
                else msg("ref/unknown-theme.no-match.hint"),
                item=goal.id,
            )
    for item in plan.items:
        if item.kind in ("okr", "ogsm"):
            parent = ident(item.data.get("parent"))
            if parent is not None and parent not in plan.refs:
                yield _unknown_parent(
                    plan, parent, item.file, item.data.value_pos("parent"), item.id
                )


def _unknown_parent(
    plan: Plan, parent: str, file: str, pos: tuple[int, int], item: str | None
) -> Finding:
    if parent == "mission":
        return Finding(
            "ref/unknown-parent",
            msg("ref/unknown-parent.mission", item=item),
            file,
            *pos,
            hint=msg("ref/unknown-parent.mission.hint"),
            item=item,
        )
    close = plan.suggest(parent)
    return Finding(
        "ref/unknown-parent",
        msg("ref/unknown-parent", item=item, parent=parent),
        file,
        *pos,
        hint=msg("common.did-you-mean", value=close)
        if close
        else msg("ref/unknown-parent.no-match.hint"),
        item=item,
    )


def _levels(plan: Plan) -> Iterator[Finding]:
    plan_levels = plan.config.levels
    for goal in plan.goals:
        if goal.level is None:
            if goal.level_raw is None and goal.origin != "goal":  # `goal` has it in its schema
                yield Finding(
                    "schema/invalid",
                    msg("schema/invalid.no-level", item=goal.id),
                    goal.file,
                    *goal.data.key_pos("id"),
                    hint=msg("schema/invalid.no-level.hint", levels=plan_levels),
                    item=goal.id,
                )
            continue
        if goal.level not in plan_levels:
            yield Finding(
                "cascade/level",
                msg("cascade/level.unused", item=goal.id, level=goal.level, levels=plan_levels),
                goal.file,
                *_at(goal, "level"),
                hint=msg("cascade/level.unused.hint"),
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
            expected = sorted(allowed)
            yield Finding(
                "cascade/level",
                msg(
                    "cascade/level",
                    item=goal.id,
                    level=goal.level,
                    parent=parent.id,
                    parent_level=parent.level,
                    expected=expected,
                ),
                goal.file,
                *_at(goal, "parent"),
                hint=msg("cascade/level.hint", level=goal.level, expected=expected),
                item=goal.id,
            )
        elif isinstance(parent, Item):
            if parent.kind == "mission":
                if "mission" in allowed:
                    continue
                yield Finding(
                    "cascade/level",
                    msg(
                        "cascade/level.mission",
                        item=goal.id,
                        level=goal.level,
                        expected=sorted(allowed),
                    ),
                    goal.file,
                    *_at(goal, "parent"),
                    hint=msg("cascade/level.mission.hint"),
                    item=goal.id,
                )
            elif goal.level == "personal" and parent.kind in ("okr", "ogsm"):
                yield Finding(
                    "cascade/level",
                    msg("cascade/level.personal", item=goal.id, parent=goal.parent),
                    goal.file,
                    *_at(goal, "parent"),
                    hint=msg("cascade/level.personal.hint"),
                    item=goal.id,
                )
            elif parent.kind not in ("okr", "ogsm"):
                yield Finding(
                    "cascade/level",
                    msg(
                        "cascade/level.not-objective",
                        item=goal.id,
                        parent=goal.parent,
                        kind=parent.kind,
                    ),
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
            msg("cascade/not-cascaded", item=goal.id, level=goal.level, below=sorted(below)),
            goal.file,
            *goal.data.key_pos("id"),
            hint=msg("cascade/not-cascaded.hint", item=goal.id),
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
            msg(
                "cascade/period",
                item=goal.id,
                period=str(goal.period),
                parent_period=str(parent_period),
                parent=goal.parent,
            ),
            goal.file,
            *_at(goal, "period"),
            hint=msg("cascade/period.hint"),
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
                    msg("cascade/unit.missing", item=goal.id),
                    goal.file,
                    *goal.data.key_pos("id"),
                    hint=msg("cascade/unit.missing.hint"),
                    item=goal.id,
                )
            continue
        if known is not None and not _unit_known(goal.unit, known_set):
            close = plan.suggest(goal.unit, known)
            yield Finding(
                "cascade/unit",
                msg("cascade/unit.unknown", item=goal.id, unit=goal.unit),
                goal.file,
                *_at(goal, "unit"),
                hint=msg("common.did-you-mean", value=close)
                if close
                else msg("cascade/unit.unknown.no-match.hint"),
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
            msg(
                "cascade/unit",
                item=goal.id,
                unit=goal.unit,
                parent_unit=parent.unit,
                parent=parent.id,
            ),
            goal.file,
            *_at(goal, "unit"),
            hint=msg("cascade/unit.hint"),
            item=goal.id,
        )


def _unit_known(unit: str, known: frozenset[str]) -> bool:
    """Whether a unit, or one of the units it nests in (`Verkoop/Binnendienst`), is known."""
    parts = unit.split("/")
    return any("/".join(parts[:n]) in known for n in range(1, len(parts) + 1))
