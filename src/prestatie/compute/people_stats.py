"""Anonymous figures about the person files, for a report that leaves the people out.

A plan report without `--include people` shows no name, id, function or personal
objective; at most these aggregates (`stats`), computed once here:

- the number of person files in the plan;
- how many of them have a personal development plan (a non-empty `pop:` list);
- per unit, the distribution of the `overall` rating of each person's latest appraisal
  (a `reviews:` entry of type appraisal, beoordelingsgesprek or beoordeling) — only for a
  unit with at least MIN_GROUP people; a smaller unit's distribution is suppressed, since
  a handful of people can be recognised by their ratings.

Nothing in the result names a person: units and ratings are counted, never listed by
person. `person_names` maps each person's name to their id, for the owners that name a
person (`compute.tree_select.mask_owners`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from prestatie.model.items import items, text
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap

#: The smallest unit whose rating distribution is shown: below it, it is suppressed.
MIN_GROUP = 5

#: The review types that are an appraisal, in English and Dutch.
APPRAISAL_TYPES = frozenset({"appraisal", "beoordelingsgesprek", "beoordeling"})


@dataclass(frozen=True, slots=True)
class UnitStats:
    """One unit's people: the number, and the rating distribution (None: suppressed)."""

    unit: str  # "" for person files without a unit
    people: int
    #: (rating, number of people) from the lowest rating up; None below MIN_GROUP.
    ratings: tuple[tuple[str, int], ...] | None
    unrated: int  # people of the unit without an appraisal with an overall rating

    @property
    def suppressed(self) -> bool:
        return self.ratings is None


@dataclass(frozen=True, slots=True)
class PeopleStats:
    people: int
    with_pop: int
    units: tuple[UnitStats, ...]  # in the order the units first appear

    @property
    def pop_share(self) -> float | None:
        """The share of people with a POP entry, 0..1; None without person files."""
        return self.with_pop / self.people if self.people else None


def stats(plan: Plan) -> PeopleStats:
    """The aggregates of every person file of `plan`."""
    with_pop = 0
    units: dict[str, list[str | None]] = {}
    for item in plan.persons.values():
        data = item.data
        pop = data.get("pop")
        with_pop += isinstance(pop, list) and len(pop) > 0
        unit = " ".join((text(data, "unit") or "").split())
        units.setdefault(unit, []).append(latest_rating(data))
    return PeopleStats(
        people=len(plan.persons),
        with_pop=with_pop,
        units=tuple(_unit(unit, ratings) for unit, ratings in units.items()),
    )


def _unit(unit: str, ratings: list[str | None]) -> UnitStats:
    rated = [r for r in ratings if r is not None]
    shown = None
    if len(ratings) >= MIN_GROUP:
        shown = tuple(sorted(Counter(rated).items(), key=lambda kv: _rating_key(kv[0])))
    return UnitStats(unit, len(ratings), shown, len(ratings) - len(rated))


def _rating_key(rating: str) -> tuple[int, float, str]:
    try:
        return (0, float(rating), rating)
    except ValueError:
        return (1, 0.0, rating)


def latest_rating(data: YMap) -> str | None:
    """The `overall` rating of the person's latest appraisal (by date, else the last one
    written), as text; None without one."""
    found: list[tuple[str, int, str]] = []
    for index, review in items(data, "reviews"):
        kind = (text(review, "type") or "").strip().lower()
        overall = review.get("overall")
        if kind not in APPRAISAL_TYPES or overall is None or isinstance(overall, bool):
            continue
        if isinstance(overall, float) and overall.is_integer():
            overall = int(overall)
        value = " ".join(str(overall).split())
        if value:
            found.append((str(review.get("date") or ""), index, value))
    return max(found)[2] if found else None


def person_names(plan: Plan) -> dict[str, str]:
    """Each person's name (case and spaces folded) -> their id."""
    names: dict[str, str] = {}
    for person_id, item in plan.persons.items():
        name = text(item.data, "name")
        if name and name.strip():
            names.setdefault(fold(name), person_id)
    return names


def fold(value: str) -> str:
    return " ".join(value.split()).casefold()
