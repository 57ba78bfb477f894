"""The context of the agreement form (afsprakenformulier): `prestatie report --person`.

One `Form` per person, in the report's language. Every figure comes from the core: the
person's competence rows, POP cover, appraisal in effect, ratings and suggested reward
from `compute.people` (`view`/`views`), each personal objective's progress and status
and its line of sight up to the mission from the cascade tree (`compute.tree.build`,
the one walk the report's cascade uses too). Nothing is compared or looked up here.

The suggested reward is never a decision: every form says that a person confirms it.
With `redact`, a person's id stands wherever their name would.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from prestatie.compute import people as figures
from prestatie.compute import tree
from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.model.people import needs
from prestatie.model.plan import Plan
from prestatie.render.report import form_parts as parts
from prestatie.render.report.cascade import Objective, objective
from prestatie.render.report.form_parts import (
    CompetenceLine,
    PopLine,
    RatingLine,
    ReviewLine,
    RewardBlock,
    SignatureLine,
)
from prestatie.render.report.overview import STATUSES, organisation

#: The form's own words (headings, column names), by their id after `form.`.
WORDS: tuple[str, ...] = (
    "form.title",
    "form.person",
    "form.name",
    "form.id",
    "form.function",
    "form.unit",
    "form.manager",
    "form.period",
    "form.as-of",
    "form.mission",
    "form.goals",
    "form.no-goals",
    "form.sight",
    "form.needs",
    "form.competences",
    "form.competence",
    "form.required",
    "form.actual",
    "form.gap",
    "form.covered",
    "form.no-competences",
    "form.pop",
    "form.no-pop",
    "form.action",
    "form.support",
    "form.deadline",
    "form.status",
    "form.evaluation",
    "form.reviews",
    "form.no-reviews",
    "form.review-type",
    "form.date",
    "form.notes",
    "form.overall",
    "form.signed",
    "form.appraisal",
    "form.no-appraisal",
    "form.rating",
    "form.score",
    "form.label",
    "form.reward",
    "form.suggested",
    "form.policy-line",
    "form.recorded",
    "form.decided-by",
    "form.signatures",
    "form.signature",
    "form.generated",
)


@dataclass(frozen=True, slots=True)
class SightStep:
    """One objective (or the mission) above a personal objective."""

    id: str
    title: str
    mission: bool  # the mission itself: shown by that word, not by its id


@dataclass(frozen=True, slots=True)
class FormGoal:
    objective: Objective
    #: From the objective's parent up to the top of its chain (the mission).
    sight: tuple[SightStep, ...]
    #: The chain reaches the mission; else `sight_note` says that it does not.
    reaches: bool
    sight_note: str
    needs: str  # the competences its `needs:` name, joined; or ""


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    name: str  # the id with redact
    function: str
    unit: str
    manager: str
    period: str
    goals: tuple[FormGoal, ...]
    competences: tuple[CompetenceLine, ...]
    pop: tuple[PopLine, ...]
    reviews: tuple[ReviewLine, ...]
    appraisal: ReviewLine | None
    ratings: tuple[RatingLine, ...]
    reward: RewardBlock
    signatures: tuple[SignatureLine, ...]


@dataclass(frozen=True, slots=True)
class Forms:
    lang: str
    title: str
    organisation: str
    as_of: str
    as_of_iso: str
    words: Mapping[str, str]
    statuses: Mapping[str, str]
    forms: tuple[Form, ...]


def words(speaker: Speaker) -> Mapping[str, str]:
    return MappingProxyType({id.removeprefix("form."): speaker.text(id) for id in WORDS})


def build(
    plan: Plan,
    speaker: Speaker,
    as_of: date,
    person_ids: Sequence[str],
    redact: bool = False,
) -> Forms:
    """The forms of `person_ids` (known ids of `plan`), in that order, on `as_of`."""
    plan.as_of = as_of
    roots = tree.build(plan, as_of)
    paths = _paths(roots)
    names = {v.person.id: v.person.name for v in figures.views(plan)}

    def who(person_id: str | None) -> str:
        if person_id is None:
            return ""
        return person_id if redact else (names.get(person_id) or person_id)

    forms = []
    for person_id in person_ids:
        found = figures.view(plan, person_id)
        if found is not None:
            forms.append(_form(found, paths, speaker, who))
    return Forms(
        lang=speaker.lang,
        title=speaker.text("form.title"),
        organisation=organisation(plan),
        as_of=speaker.date(as_of),
        as_of_iso=as_of.isoformat(),
        words=words(speaker),
        statuses=MappingProxyType({s: speaker.word("status", s) for s in STATUSES}),
        forms=tuple(forms),
    )


def _paths(roots: list[Node]) -> dict[str, tuple[Node, tuple[Node, ...]]]:
    """Every node by its id, with the nodes above it (the nearest first), in one walk."""
    out: dict[str, tuple[Node, tuple[Node, ...]]] = {}
    stack: list[tuple[Node, tuple[Node, ...]]] = [(r, ()) for r in reversed(roots)]
    while stack:
        node, above = stack.pop()
        out.setdefault(node.id, (node, above))
        stack.extend((child, (node, *above)) for child in reversed(node.children))
    return out


def _form(
    view: figures.PersonView,
    paths: Mapping[str, tuple[Node, tuple[Node, ...]]],
    speaker: Speaker,
    who: parts.Namer,
) -> Form:
    person = view.person
    goals = []
    for goal in person.goals:
        found = paths.get(goal.id)
        if found is None:
            continue
        node, above = found
        reaches = bool(above) and above[-1].kind == "mission" and node.derived
        goals.append(
            FormGoal(
                objective=objective(node, speaker, goal.parent or "", 0),
                sight=tuple(SightStep(n.id, n.title, n.kind == "mission") for n in above),
                reaches=reaches,
                sight_note="" if reaches else speaker.text("form.sight-broken"),
                needs=speaker.join([n for n, _ in needs(goal)]),
            )
        )
    titles = {g.id: g.title or "" for g in person.goals}
    return Form(
        id=person.id,
        name=who(person.id),
        function=person.function or "",
        unit=person.unit or "",
        manager=who(person.manager),
        period=person.period.label if person.period is not None else "",
        goals=tuple(goals),
        competences=tuple(parts.competence(row, speaker) for row in view.competences),
        pop=tuple(parts.pop(action, speaker) for action in person.pop),
        reviews=tuple(parts.review(r, speaker) for r in person.reviews),
        appraisal=parts.review(view.appraisal, speaker) if view.appraisal else None,
        ratings=tuple(parts.rating(r, titles, speaker) for r in view.ratings),
        reward=parts.reward(view, speaker, who),
        signatures=parts.signatures(person, speaker, who),
    )
