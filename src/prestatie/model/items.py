"""The plan model: goals, measures and the other items, built from parsed documents.

Builders never trust types: the schema reports wrong types, the model simply
leaves a wrongly typed value out, so every rule can rely on the types below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from prestatie.format import vocabulary
from prestatie.format.periods import Period, parse_date, parse_period
from prestatie.model.numbers import is_number
from prestatie.source.nodes import Pos, YList, YMap

Number = int | float


def text(data: YMap, key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        result = str(value).strip()
        return result or None
    return None


def number(value: Any) -> Number | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def weight(value: Any) -> Number | None:
    """A weight: a number of 0 or more. A negative one (reported by the schema) is left out,
    so that weights never cancel out and a weighted mean never divides by nearly nothing."""
    found = number(value)
    return found if found is not None and found >= 0 else None


def ident(value: Any) -> str | None:
    """An id or reference as written; integers are accepted as their decimal text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def items(data: YMap, key: str) -> list[tuple[int, YMap]]:
    value = data.get(key)
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, YMap)]


def strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    out = []
    for v in value:
        s = ident(v)
        if s is not None:
            out.append(s)
    return out


@dataclass(slots=True, eq=False)
class Checkin:
    date: str | None
    value: Any
    data: YMap


@dataclass(slots=True, eq=False)
class Measure:
    key: str
    data: YMap
    name: str | None
    unit: str | None
    baseline: Number | None
    target: Any
    actual: Any
    direction: str | None  # canonical; None when not written
    minimum: Number | None
    maximum: Number | None
    green: Number | None  # status levels in the measure's own unit (`green:`, `red:`)
    red: Number | None
    indicator: str | None
    weight: Number | None
    due: str | None
    checkins: list[Checkin]
    ignore: frozenset[str]
    actual_key: str = "actual"

    @property
    def numeric_target(self) -> Number | None:
        return number(self.target)

    @property
    def milestone(self) -> bool:
        """Done or not done: `direction: milestone`, or a `true`/`false` target."""
        return self.direction == "milestone" or (
            self.direction is None and isinstance(self.target, bool)
        )

    @property
    def unreadable(self) -> tuple[str, ...]:
        """The keys of the figures that are written but are not numbers (none for a
        milestone, whose target and actual may be words). Such a measure has no score."""
        if self.milestone:
            return ()
        keys = ("baseline", "target", "min", "max", "green", "red", self.actual_key)
        return tuple(
            k for k in keys if self.data.get(k) is not None and not is_number(self.data[k])
        )


@dataclass(slots=True, eq=False)
class Goal:
    """An objective at any level, wherever it is written (goal, goals, person, scorecard)."""

    id: str
    file: str
    data: YMap
    defaults: YMap | None
    origin: str  # goal | goals | person | scorecard
    level: str | None
    level_raw: Any
    title: str | None
    parent: str | None
    perspective: str | None
    perspective_raw: Any
    owner: str | None
    unit: str | None
    period: Period | None
    period_raw: Any
    weight: Number | None
    addresses: list[str]
    measures: list[Measure]
    rollup: bool
    theme: str | None
    ignore: frozenset[str]
    person: str | None = None
    children: list[Goal] = field(default_factory=list)

    def source_of(self, key: str) -> YMap | None:
        """The mapping a key's value comes from: the goal itself or its defaults."""
        if key in self.data:
            return self.data
        if self.defaults is not None and key in self.defaults:
            return self.defaults
        return None

    def where(self, key: str) -> Pos:
        """Position of a key's value; of the goal's id when the key is absent."""
        source = self.source_of(key)
        if source is not None:
            return source.value_pos(key)
        return self.data.value_pos("id") if "id" in self.data else self.data.pos

    def key_where(self, key: str) -> Pos:
        source = self.source_of(key)
        if source is not None:
            return source.key_pos(key)
        return self.data.key_pos("id") if "id" in self.data else self.data.pos


@dataclass(slots=True, eq=False)
class Item:
    """Any other top-level document (mission, okr, ogsm, scorecard, person...)."""

    kind: str
    id: str | None
    file: str
    data: YMap
    period: Period | None
    ignore: frozenset[str]


def build_measure(
    data: YMap, index: int, name_key: str = "name", actual_key: str = "actual"
) -> Measure:
    """A measure; key results call their name `text` and their actual value `current`."""
    checkins = []
    for _, c in items(data, "checkins"):
        date_value = c.get("date")
        checkins.append(
            Checkin(date_value if isinstance(date_value, str) else None, c.get("value"), c)
        )
    return Measure(
        key=ident(data.get("id")) or text(data, name_key) or str(index + 1),
        data=data,
        name=text(data, name_key),
        unit=text(data, "unit"),
        baseline=number(data.get("baseline")),
        target=data.get("target"),
        actual=data.get(actual_key),
        direction=vocabulary.direction(data.get("direction")),
        minimum=number(data.get("min")),
        maximum=number(data.get("max")),
        green=number(data.get("green")),
        red=number(data.get("red")),
        indicator=vocabulary.indicator(data.get("indicator")),
        weight=weight(data.get("weight")),
        due=data.get("due") if parse_date(data.get("due")) else None,
        checkins=checkins,
        ignore=frozenset(strings(data.get("ignore"))),
        actual_key=actual_key,
    )


def build_goal(
    data: YMap,
    file: str,
    origin: str,
    defaults: YMap | None = None,
    fallback: dict[str, Any] | None = None,
    fiscal_year_start: int = 1,
) -> Goal | None:
    """A goal from its mapping, with `goals` defaults and implied values (fallback)."""
    goal_id = ident(data.get("id"))
    if goal_id is None:
        return None
    fallback = fallback or {}

    def get(key: str) -> Any:
        if key in data:
            return data[key]
        if defaults is not None and key in defaults:
            return defaults[key]
        return fallback.get(key)

    def get_text(key: str) -> str | None:
        value = get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return str(value).strip() or None
        return None

    measures_value = data.get("measures")
    measures = (
        [build_measure(m, i) for i, m in enumerate(measures_value) if isinstance(m, YMap)]
        if isinstance(measures_value, YList)
        else []
    )
    rollup = get("rollup")
    return Goal(
        id=goal_id,
        file=file,
        data=data,
        defaults=defaults,
        origin=origin,
        level=vocabulary.level(get("level")),
        level_raw=get("level"),
        title=text(data, "title"),
        parent=ident(get("parent")),
        perspective=None,
        perspective_raw=get("perspective"),
        owner=get_text("owner"),
        unit=get_text("unit"),
        period=parse_period(get("period"), fiscal_year_start),
        period_raw=get("period"),
        weight=weight(get("weight")),
        addresses=strings(data.get("addresses")),
        measures=measures,
        rollup=rollup is not False,
        theme=ident(get("theme")),
        ignore=frozenset(strings(data.get("ignore"))),
    )
