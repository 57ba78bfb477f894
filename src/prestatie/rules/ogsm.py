"""OGSM rules (`ogsm/`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from prestatie.compute.okr import Ogsm, Strategy, ogsms
from prestatie.findings import Finding
from prestatie.i18n import Msg, msg
from prestatie.model.items import ident
from prestatie.model.plan import Plan
from prestatie.rules import measures

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset(
    (
        "voor",
        "door",
        "naar",
        "zijn",
        "wordt",
        "worden",
        "onze",
        "ons",
        "met",
        "over",
        "meer",
        "minder",
        "zodat",
        "waar",
        "waarmee",
        "with",
        "from",
        "that",
        "this",
        "into",
        "more",
        "less",
        "have",
        "their",
        "they",
        "them",
        "will",
        "make",
        "over",
        "through",
    )
)


def check(plan: Plan) -> Iterator[Finding]:
    low = int(plan.config.number("ogsm/strategy-count", "min", 3))
    high = int(plan.config.number("ogsm/strategy-count", "max", 5))
    bound = int(plan.config.number("ogsm/too-long", "max_elements", 40))
    strategies = {s.ref: s for o in ogsms(plan) for s in o.strategies}
    for ogsm in ogsms(plan):
        yield from _ogsm(plan, ogsm, low, high, bound, strategies)


def _ogsm(
    plan: Plan, ogsm: Ogsm, low: int, high: int, bound: int, strategies: dict[str, Strategy]
) -> Iterator[Finding]:
    data = ogsm.item.data
    file = ogsm.item.file
    for goal, measure in ogsm.goals:
        label = ident(goal.get("id")) or str(goal.get("text") or "?")
        missing: list[Msg] = []
        if measure is None:
            missing.append(msg("ogsm.part.measure"))
        else:
            yield from measures.check(plan, measure, file, ogsm.id, ogsm.id, ogsm.item.period)
            numeric = measure.numeric_target is not None or measure.direction == "range"
            if not numeric and "target" not in measure.unreadable:
                missing.append(msg("ogsm.part.numeric-target"))
            if measure.unit is None:
                missing.append(msg("ogsm.part.unit"))
        if missing:
            yield Finding(
                "ogsm/goal-not-smart",
                msg("ogsm/goal-not-smart", item=ogsm.id, goal=label, missing=missing),
                file,
                *goal.pos,
                hint=msg("ogsm/goal-not-smart.hint"),
                item=ogsm.id,
            )
    count = len(ogsm.strategies)
    if not low <= count <= high:
        yield Finding(
            "ogsm/strategy-count",
            msg("ogsm/strategy-count", item=ogsm.id, count=count, min=low, max=high),
            file,
            *(data.key_pos("strategies") if "strategies" in data else data.key_pos("id")),
            hint=msg("ogsm/strategy-count.hint"),
            item=ogsm.id,
        )
    elements = 1 + len(ogsm.goals)
    for strategy in ogsm.strategies:
        elements += 1 + len(strategy.measures) + len(strategy.actions)
        yield from _strategy(plan, ogsm, strategy)
    if elements > bound:
        yield Finding(
            "ogsm/too-long",
            msg("ogsm/too-long", item=ogsm.id, count=elements, max=bound),
            file,
            *data.key_pos("id"),
            hint=msg("ogsm/too-long.hint"),
            item=ogsm.id,
        )
    parent = ident(data.get("parent"))
    above = strategies.get(parent) if parent else None
    if above is not None and not _says(ogsm.objective, above.text):
        yield Finding(
            "ogsm/cascade-mismatch",
            msg("ogsm/cascade-mismatch", item=ogsm.id, parent=parent, strategy=above.text),
            file,
            *(data.value_pos("objective") if "objective" in data else data.key_pos("id")),
            hint=msg("ogsm/cascade-mismatch.hint"),
            item=ogsm.id,
        )


def _strategy(plan: Plan, ogsm: Ogsm, strategy: Strategy) -> Iterator[Finding]:
    file = ogsm.item.file
    where = strategy.data.pos
    for measure in strategy.measures:
        yield from measures.check(plan, measure, file, ogsm.id, strategy.ref, ogsm.item.period)
    if not strategy.measures:
        yield Finding(
            "ogsm/strategy-no-measure",
            msg("ogsm/strategy-no-measure", item=ogsm.id, strategy=strategy.id),
            file,
            *where,
            hint=msg("ogsm/strategy-no-measure.hint"),
            item=strategy.ref,
        )
    if not strategy.actions:
        yield Finding(
            "ogsm/strategy-no-action",
            msg("ogsm/strategy-no-action", item=ogsm.id, strategy=strategy.id),
            file,
            *where,
            hint=msg("ogsm/strategy-no-action.hint"),
            item=strategy.ref,
        )
    for action in strategy.actions:
        name = action.text or "?"
        if action.owner is None:
            yield Finding(
                "ogsm/action-no-owner",
                msg("ogsm/action-no-owner", item=ogsm.id, action=name, strategy=strategy.id),
                file,
                *action.data.pos,
                item=strategy.ref,
            )
        if action.due is None:
            yield Finding(
                "ogsm/action-no-deadline",
                msg("ogsm/action-no-deadline", item=ogsm.id, action=name, strategy=strategy.id),
                file,
                *action.data.pos,
                hint=msg("ogsm/action-no-deadline.hint"),
                item=strategy.ref,
            )
        late = action.start is not None and action.start < plan.as_of
        if late and action.status in (None, "planned"):
            yield Finding(
                "ogsm/action-late",
                msg(
                    "ogsm/action-late" if action.status else "ogsm/action-late.not-started",
                    item=ogsm.id,
                    action=name,
                    strategy=strategy.id,
                    start=action.start,
                ),
                file,
                *(action.data.value_pos("status") if "status" in action.data else action.data.pos),
                hint=msg("ogsm/action-late.hint"),
                item=strategy.ref,
            )


def _says(objective: str, strategy: str) -> bool:
    """Whether a child's objective takes up most of the parent strategy's key words."""
    wanted = {w.lower() for w in _WORD.findall(strategy)} - _STOP
    if not wanted:
        return True
    found = {w.lower() for w in _WORD.findall(objective)}
    shared = {w for w in wanted if any(f.startswith(w[:5]) for f in found)}
    return len(shared) * 2 >= len(wanted)
