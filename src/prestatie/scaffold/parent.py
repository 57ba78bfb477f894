"""The parent of a new item: looked up in the plan before anything else, with every close
id when it is not there, and what the new item takes from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prestatie.compute.scorecards import effective_perspectives
from prestatie.errors import UsageError
from prestatie.format.periods import Period
from prestatie.i18n import msg
from prestatie.model.items import Goal, Item, text
from prestatie.model.plan import Plan

#: At most this many close ids are named; more than that is no help.
MOST_CLOSE = 8


def close_ids(plan: Plan, ref: str) -> list[str]:
    """Every id close to `ref`, the closest first (`Suggester.all_close`: those that
    differ only in case, then one typo away, then alike); else the one most like it."""
    from prestatie.model.suggest import Suggester

    return Suggester(plan.refs).all_close(ref, MOST_CLOSE)


def find(plan: Plan, ref: str) -> Any:
    """The goal, mission, OKR or OGSM `ref` names; UsageError naming the close ids."""
    found = plan.refs.get(ref)
    if found is not None:
        return found
    close = close_ids(plan, ref)
    if close:
        raise UsageError(msg("new.unknown-parent.close", parent=ref, close=close))
    raise UsageError(msg("new.unknown-parent", parent=ref))


def is_nested(ref: str, target: Any) -> bool:
    """Whether `ref` names a part of `target`: a key result or a strategy (`X/KR1`)."""
    return isinstance(target, Item) and "/" in ref and ref != target.id


@dataclass(slots=True)
class Carried:
    """What a new item takes from its parent."""

    period: Period | None
    perspective: str | None
    unit: str | None
    owner: str | None


def carried(plan: Plan, target: Any) -> Carried:
    period = getattr(target, "period", None)
    perspective = None
    if isinstance(target, Goal):
        perspective = effective_perspectives(plan).of.get(target.id)
    return Carried(period, perspective, field(target, "unit"), field(target, "owner"))


def field(target: Any, name: str) -> str | None:
    value = getattr(target, name, None)
    if isinstance(value, str):
        return value
    data = getattr(target, "data", None)
    return text(data, name) if data is not None else None
