"""The people block of a report without `--include people`: anonymous aggregates only.

The figures come from `compute.people_stats` (computed once there); this module words
them in the report's language. Nothing here names a person: the number of person files,
the share with a personal development plan and, per unit, the distribution of the
overall appraisal rating — suppressed for a unit with fewer than
`compute.people_stats.MIN_GROUP` people.
"""

from __future__ import annotations

from dataclasses import dataclass

from prestatie.compute.people_stats import MIN_GROUP, PeopleStats, UnitStats
from prestatie.i18n import Speaker
from prestatie.model.plan import Plan


@dataclass(frozen=True, slots=True)
class UnitLine:
    unit: str  # plan text: the unit's name, or the words for "no unit"
    ratings: str  # `3: 1 · 4: 4`, or why it is not shown


@dataclass(frozen=True, slots=True)
class PeopleBlock:
    title: str
    count: str  # `5 person files in the plan`
    pop: str  # `5 of 5 with a personal development plan (POP): 100%`
    ratings_title: str
    units: tuple[UnitLine, ...]
    findings: str  # `2 findings in person files not listed ...`, or ""
    hint: str  # what is left out, and that `--include people` shows it


def block(stats: PeopleStats, hidden_findings: int, speaker: Speaker) -> PeopleBlock:
    share = stats.pop_share
    return PeopleBlock(
        title=speaker.text("report.people-title"),
        count=speaker.text("report.people-count", count=stats.people),
        pop=speaker.text(
            "report.people-pop",
            with_pop=stats.with_pop,
            count=stats.people,
            share=(share or 0.0) * 100,
        ),
        ratings_title=speaker.text("report.people-ratings", min=MIN_GROUP),
        units=tuple(_unit(u, speaker) for u in stats.units),
        findings=speaker.text("report.people-findings", count=hidden_findings)
        if hidden_findings
        else "",
        hint=speaker.text("report.people-hint"),
    )


def _unit(unit: UnitStats, speaker: Speaker) -> UnitLine:
    name = unit.unit or speaker.text("report.people-no-unit")
    if unit.ratings is None:
        return UnitLine(name, speaker.text("report.people-suppressed", min=MIN_GROUP))
    parts = [
        speaker.text("report.people-rating", rating=rating, count=count)
        for rating, count in unit.ratings
    ]
    if unit.unrated:
        parts.append(speaker.text("report.people-unrated", count=unit.unrated))
    return UnitLine(name, " · ".join(parts))


def person_files(plan: Plan) -> frozenset[str]:
    """The files of the person files (as findings name them)."""
    return frozenset(item.file for item in plan.persons.values())
