"""`prestatie new goal`: an objective one level below its parent.

The parent's level gives the new goal's level (the next one down by the plan's
`levels`); its period, perspective and unit are carried over. A goal under a function or
project goal is a personal goal and goes into the person's file (`--person`). Any other
goal is added to the plan's `kind: goals` list of that level and unit when there is one,
else it starts that list in `goals/<unit>/<level>.yaml`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from prestatie.compute.scorecards import BSC_LEVELS, effective_perspectives
from prestatie.errors import UsageError
from prestatie.format import vocabulary
from prestatie.format.periods import parse_period
from prestatie.i18n import Msg, msg
from prestatie.model.items import Goal, Item
from prestatie.model.plan import Plan
from prestatie.rules.derivation import child_levels
from prestatie.scaffold import ids
from prestatie.scaffold.ask import Asker, Choice, Question, ask
from prestatie.scaffold.parent import Carried, carried, find
from prestatie.scaffold.request import NewRequest
from prestatie.scaffold.words import spell
from prestatie.scaffold.yamltext import check_utf8

PERSONAL = "personal"


@dataclass(slots=True)
class GoalSpec:
    """Everything the new goal is made of, from the options, the answers and its parent."""

    parent: str
    target: Any
    level: str
    carried: Carried
    unit: str | None
    #: The period to write; None: the goal takes the plan's (or its list's) period.
    period: str | None
    perspective: str | None
    owner: str | None
    person: str | None
    title: str | None


def resolve(plan: Plan, request: NewRequest, asker: Asker | None) -> GoalSpec:
    """Check the options (the parent first), ask for what is missing, and keep every
    answer in `request`, so that resolving it again asks nothing."""
    check_utf8({"--parent": request.parent})
    if request.parent is None:
        request.parent = ask(asker, Question(msg("new.prompt.goal-parent"), default="mission"))
    parent_ref = request.parent or "mission"
    target = find(plan, parent_ref)
    if not isinstance(target, Goal) and not (isinstance(target, Item) and target.kind == "mission"):
        found = target.kind if isinstance(target, Item) else "goal"
        raise UsageError(msg("new.wrong-parent.goal", parent=parent_ref, found=found))
    check_utf8(request.options())
    fiscal = plan.config.fiscal_year_start
    if request.period is not None and parse_period(request.period, fiscal) is None:
        raise UsageError(msg("new.bad-period", period=request.period))
    if request.id is not None:
        ids.check_new(plan, request.id)
    level = _level(plan, target, parent_ref, request, asker)
    request.level = level
    inherited = carried(plan, target)
    person = _person(plan, request, level, asker)
    unit = _unit(plan, request, level, inherited, asker)
    perspective = _perspective(plan, request, level, inherited, asker)
    if request.title is None:
        request.title = ask(asker, Question(msg("new.prompt.title")))
    if request.owner is None and level != PERSONAL:
        request.owner = ask(asker, Question(msg("new.prompt.owner")))
    period = request.period
    parent_period = target.period if isinstance(target, Goal) else None
    if period is None and parent_period is not None and parent_period != plan.config.period:
        period = parent_period.label
    return GoalSpec(
        parent=parent_ref,
        target=target,
        level=level,
        carried=inherited,
        unit=unit,
        period=period,
        perspective=perspective,
        owner=request.owner,
        person=person,
        title=request.title,
    )


def allowed_levels(plan: Plan, target: Any) -> list[str]:
    """The levels a goal under `target` may have, in the plan's order."""
    levels = plan.config.levels
    if isinstance(target, Goal):
        if target.level is None:
            return []
        below = child_levels(target.level, levels)
    else:
        top = min(vocabulary.LEVEL_RANK[lv] for lv in levels)
        below = {lv for lv in levels if vocabulary.LEVEL_RANK[lv] == top}
    return [lv for lv in levels if lv in below]


def _level(plan: Plan, target: Any, parent: str, request: NewRequest, asker: Asker | None) -> str:
    allowed = allowed_levels(plan, target)
    if not allowed:
        level = getattr(target, "level", None)
        raise UsageError(msg("new.lowest-level", parent=parent, level=level or "?"))
    if request.level is not None:
        given = vocabulary.level(request.level)
        if given is None:
            raise UsageError(msg("new.unknown-level", value=request.level, levels=allowed))
        if given not in allowed:
            raise UsageError(msg("new.wrong-level", level=given, parent=parent, levels=allowed))
        return given
    if len(allowed) == 1:
        return allowed[0]
    options = tuple(
        Choice(lv, msg(f"word.level.{lv}"), (spell("level", lv, "nl"),)) for lv in allowed
    )
    answer = ask(asker, Question(msg("new.prompt.level"), options, default=allowed[0]))
    return answer or allowed[0]


def _person(plan: Plan, request: NewRequest, level: str, asker: Asker | None) -> str | None:
    if level != PERSONAL:
        if request.person is not None:
            raise UsageError(msg("new.person-not-personal", person=request.person))
        return None
    if request.person is None:
        request.person = ask(
            asker, Question(msg("new.prompt.person")), missing=msg("new.person-required")
        )
    person = request.person or ""
    ids.check_id(person, "--person")
    found = plan.refs.get(person)
    if found is not None and not (isinstance(found, Item) and found.kind == "person"):
        kind = found.kind if isinstance(found, Item) else "goal"
        raise UsageError(msg("new.not-a-person", person=person, found=kind))
    return person


def _unit(
    plan: Plan, request: NewRequest, level: str, inherited: Carried, asker: Asker | None
) -> str | None:
    known = plan.config.units
    if request.unit is None and level == "department":
        options = tuple(Choice(u, u) for u in known or ())
        request.unit = ask(
            asker, Question(msg("new.prompt.unit"), options), missing=msg("new.unit-required")
        )
    unit = request.unit
    if unit is None and level not in ("strategic", "department"):
        unit = inherited.unit  # a personal goal's: the unit of a person that is new
    if request.unit is not None and known is not None:
        check_unit(request.unit, known)
    return unit


def check_unit(unit: str, known: tuple[str, ...]) -> None:
    """UsageError for a unit that is not one of the plan's `units:` (nor nested in one)."""
    parts = unit.split("/")
    if any("/".join(parts[:n]) in known for n in range(1, len(parts) + 1)):
        return
    import difflib

    folded = {u.casefold(): u for u in known}
    close = [folded[u] for u in difflib.get_close_matches(unit.casefold(), list(folded), n=3)]
    if close:
        raise UsageError(msg("new.unknown-unit.close", unit=unit, close=close))
    raise UsageError(msg("new.unknown-unit", unit=unit, units=known))


def check_perspective(plan: Plan, value: str) -> str:
    """The perspective `value` names in the plan's set; UsageError when none."""
    persp = plan.config.perspectives
    found = persp.resolve(value)
    if found is not None:
        return found
    close = plan.suggest(value, persp.names())
    if close:
        raise UsageError(
            msg("new.unknown-perspective.close", value=value, close=close, known=persp.ids)
        )
    raise UsageError(msg("new.unknown-perspective", value=value, known=persp.ids))


def _perspective(
    plan: Plan, request: NewRequest, level: str, inherited: Carried, asker: Asker | None
) -> str | None:
    persp = plan.config.perspectives
    if request.perspective is not None:
        return check_perspective(plan, request.perspective)
    if inherited.perspective is not None:
        return inherited.perspective
    if level not in BSC_LEVELS or not persp.ids:
        return None
    options = tuple(
        Choice(p.id, msg("new.choice.perspective", id=p.id), p.aliases) for p in persp.perspectives
    )
    default = least_used(plan, level)
    answer = ask(asker, Question(msg("new.prompt.perspective"), options, default=default))
    request.perspective = answer
    return answer


def least_used(plan: Plan, level: str) -> str:
    """The perspective with the fewest objectives at `level`: a new goal without one
    evens the plan out (ties: the set's order)."""
    of = effective_perspectives(plan).of
    counts = Counter(of.get(g.id) for g in plan.goals if g.level == level)
    ids_ = plan.config.perspectives.ids
    return min(ids_, key=lambda pid: (counts[pid], ids_.index(pid)))


def title_of(spec: GoalSpec, item_id: str, period: str) -> str | Msg:
    """The title to write: as given or answered, else a placeholder to replace."""
    if spec.title:
        return spec.title
    return msg("scaffold.value.goal-title", id=item_id, period=period)
