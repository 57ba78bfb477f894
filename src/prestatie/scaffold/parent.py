"""The parent of a new item: looked up in the plan before anything else, with every close
id when it is not there, and what the new item takes from it."""

from __future__ import annotations

from collections.abc import Iterable
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
    """Every id close to `ref`: those that differ only in case or by one typo (a
    character added, dropped or changed, two neighbours swapped), in plan order; else
    the one most like it (`Plan.suggest`)."""
    folded = ref.casefold()
    close = [name for name in _near(plan.refs, folded) if name != ref]
    if not close:
        best = plan.suggest(ref)
        close = [best] if best else []
    return close[:MOST_CLOSE]


def _near(names: Iterable[str], folded: str) -> Iterable[str]:
    size = len(folded)
    for name in names:
        if abs(len(name) - size) <= 1:
            other = name.casefold()
            if other == folded or _one_typo(folded, other):
                yield name


def _one_typo(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]


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
