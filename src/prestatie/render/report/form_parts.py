"""The rows of the agreement form, worded: competences, POP, reviews, ratings, the
suggested reward and the signature lines. The figures come from `compute.people`; this
module only puts them in the report's language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from prestatie.compute import people as figures
from prestatie.i18n import Speaker
from prestatie.model.items import Number
from prestatie.model.people import Person, PopAction, Review

#: A person's name (or id, with redact) by their id; "" for None.
Namer = Callable[[str | None], str]


@dataclass(frozen=True, slots=True)
class CompetenceLine:
    name: str
    required: str  # the level, or "–"
    actual: str
    source: str  # `(function profile)` when the required level comes from it, else ""
    gap: bool
    #: `gap, covered by the POP` / `gap, no POP action` / "".
    gap_text: str
    needed_by: str  # the ids of the personal objectives that need it, joined


@dataclass(frozen=True, slots=True)
class PopLine:
    competence: str
    goal: str
    action: str
    support: str
    deadline: str
    status: str
    evaluation: str


@dataclass(frozen=True, slots=True)
class ReviewLine:
    type: str
    date: str
    notes: str
    overall: str
    signed: str


@dataclass(frozen=True, slots=True)
class RatingLine:
    key: str
    title: str  # the objective's title, or "" for a competence or other key
    kind: str  # goal | competence | other
    score: str
    label: str  # the policy's label for the score, or ""


@dataclass(frozen=True, slots=True)
class RewardBlock:
    outcome: str  # the suggested outcome (plan text), or "" when there is none
    reason: str  # why there is no suggestion, or ""
    #: The policy line it comes from: the policy's title, the score and its label.
    policy: str
    score: str
    label: str
    #: Always: a suggestion, which a person confirms.
    confirm: str
    recorded: str  # the recorded outcome (plan text), or ""
    decided_by: str  # who decided it (a name, or the id with redact), or ""
    differs: str  # the recorded reward differs from the suggestion, or ""


@dataclass(frozen=True, slots=True)
class SignatureLine:
    role: str  # employee / manager
    name: str
    signed: str  # `signed on 20 November 2026`, or ""


DASH = "–"


def _level(value: int | None, speaker: Speaker) -> str:
    return DASH if value is None else speaker.number(value)


def _score(value: Number | None, speaker: Speaker) -> str:
    return DASH if value is None else speaker.number(value)


def competence(row: figures.CompetenceRow, speaker: Speaker) -> CompetenceLine:
    gap_text = ""
    if row.gap:
        gap_text = speaker.text("form.gap-covered" if row.covered else "form.gap-open")
    return CompetenceLine(
        name=row.name,
        required=_level(row.required, speaker),
        actual=_level(row.actual, speaker),
        source=speaker.text("form.from-profile") if row.required_from == "profile" else "",
        gap=row.gap,
        gap_text=gap_text,
        needed_by=speaker.join(list(row.needed_by)),
    )


def pop(action: PopAction, speaker: Speaker) -> PopLine:
    return PopLine(
        competence=action.competence or "",
        goal=action.goal or "",
        action=action.action or "",
        support=action.support or "",
        deadline=speaker.date(action.deadline) if action.deadline else "",
        status=speaker.text(f"form.pop-status.{action.status}") if action.status else "",
        evaluation=action.evaluation or "",
    )


def review(item: Review, speaker: Speaker) -> ReviewLine:
    signed = ""
    if item.signed is not None:
        signed = speaker.text("form.yes" if item.signed else "form.no")
    return ReviewLine(
        type=speaker.word("review", item.type) if item.type else DASH,
        date=speaker.date(item.date) if item.date else DASH,
        notes=item.notes or "",
        overall="" if item.overall is None else speaker.number(item.overall),
        signed=signed,
    )


def rating(item: figures.Rating, titles: Mapping[str, str], speaker: Speaker) -> RatingLine:
    label = item.point.label(speaker.lang) if item.point is not None else None
    return RatingLine(
        key=item.key,
        title=titles.get(item.key, "") if item.kind == "goal" else "",
        kind=item.kind,
        score=_score(item.score, speaker),
        label=label or "",
    )


def reward(view: figures.PersonView, speaker: Speaker, who: Namer) -> RewardBlock:
    suggestion = view.suggestion
    point = suggestion.point
    policy = view.policy
    reason = ""
    if point is None:
        reason = speaker.text(
            f"form.no-suggestion.{suggestion.reason or figures.NO_APPRAISAL}",
            overall=_score(suggestion.overall, speaker),
        )
    recorded = view.person.reward
    return RewardBlock(
        outcome=(point.outcome or DASH) if point is not None else "",
        reason=reason,
        policy=(policy.title or policy.id or "") if policy is not None else "",
        score=speaker.number(point.score) if point is not None else "",
        label=(point.label(speaker.lang) or "") if point is not None else "",
        confirm=speaker.text("form.confirm"),
        recorded=(recorded.outcome or "") if recorded is not None else "",
        decided_by=who(recorded.decided_by) if recorded is not None else "",
        differs=speaker.text("form.differs") if view.reward_matches is False else "",
    )


def signatures(person: Person, speaker: Speaker, who: Namer) -> tuple[SignatureLine, ...]:
    """The employee's line and the manager's, each with the date of their signature
    under `agreed:` when there is one. Without a manager, the manager's line names the
    first signature by `role` (someone without a person file), if any."""
    dates = {s.by: s.date for s in person.agreed if s.by is not None}
    by_role = next((s for s in person.agreed if s.by is None and s.role), None)

    def signed(day: date | None) -> str:
        return speaker.text("form.signed-on", date=day.isoformat()) if day else ""

    manager_name = who(person.manager)
    manager_day = dates.get(person.manager) if person.manager else None
    if person.manager is None and by_role is not None:
        manager_name, manager_day = by_role.role or "", by_role.date
    return (
        SignatureLine(
            speaker.text("form.sign-employee"), who(person.id), signed(dates.get(person.id))
        ),
        SignatureLine(speaker.text("form.sign-manager"), manager_name, signed(manager_day)),
    )
