"""The figures of the personal cycle, computed once: the one place for them.

The agreement form, the rules (`rules.people`) and any report read these; none of them
compares levels, picks the appraisal or looks up the reward policy on its own.

API (stable):

- `views(plan) -> list[PersonView]`: every person of the plan, in the order of their ids.
- `view(plan, person_id) -> PersonView | None`: one person; None for an unknown id.
- `suggest(policy, appraisal) -> Suggestion`: the policy line for an appraisal's
  overall rating (what `PersonView.suggestion` holds).
- `reward_policy(plan) -> RewardPolicy | None`: the plan's reward policy.

A `PersonView` holds the `Person` (model: name, function, unit, manager, period, goals,
POP, reviews, signatures, recorded reward) and:

- `competences`: a `CompetenceRow` per competence — name, required, actual, where the
  required level comes from (`person`/`profile`), `gap` (actual below required; False
  when either is unknown), `covered` (a POP action names the competence), `needed_by`
  (ids of the personal goals whose `needs:` name it);
- `appraisal`: the appraisal in effect — the latest one dated in the person's period
  (the latest dated one when the person has no period); None when there is none;
- `ratings`: that appraisal's ratings as `Rating(key, kind, score, point)` rows, personal
  goals first (in the order of the goals), then competences, then any other key; `point`
  is the policy line of the score, None when it is off the scale or there is no policy;
- `suggestion`: a `Suggestion`; `point` (score, label in nl and en, outcome) when there
  is one, else `reason`: `no-appraisal`, `no-overall`, `no-policy` or `off-scale`.
  A suggestion is never a decision: every output says a person confirms it;
- `reward_matches`: True/False when both a recorded reward outcome and a suggestion
  exist (compared without case and surrounding spaces), else None.
"""

from __future__ import annotations

from dataclasses import dataclass

from prestatie.model.items import Number
from prestatie.model.people import Person, PolicyPoint, Review, RewardPolicy, needs, people
from prestatie.model.plan import Plan

#: Why there is no suggested reward.
NO_APPRAISAL = "no-appraisal"
NO_OVERALL = "no-overall"
NO_POLICY = "no-policy"
OFF_SCALE = "off-scale"


@dataclass(frozen=True, slots=True)
class CompetenceRow:
    name: str
    required: int | None
    actual: int | None
    required_from: str | None
    gap: bool
    covered: bool
    needed_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rating:
    key: str
    kind: str  # goal | competence | other
    score: Number
    point: PolicyPoint | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    point: PolicyPoint | None
    reason: str | None  # None when there is a point
    overall: Number | None = None


@dataclass(frozen=True, slots=True)
class PersonView:
    person: Person
    competences: tuple[CompetenceRow, ...]
    appraisal: Review | None
    ratings: tuple[Rating, ...]
    suggestion: Suggestion
    reward_matches: bool | None
    policy: RewardPolicy | None


def reward_policy(plan: Plan) -> RewardPolicy | None:
    return people(plan).policy


def views(plan: Plan) -> list[PersonView]:
    cached = plan.cache.get("people.views")
    if isinstance(cached, list):
        return cached
    policy = reward_policy(plan)
    out = [_view(person, policy) for _, person in sorted(people(plan).persons.items())]
    plan.cache["people.views"] = out
    return out


def view(plan: Plan, person_id: str) -> PersonView | None:
    return next((v for v in views(plan) if v.person.id == person_id), None)


def suggest(policy: RewardPolicy | None, appraisal: Review | None) -> Suggestion:
    if appraisal is None:
        return Suggestion(None, NO_APPRAISAL)
    overall = appraisal.overall
    if overall is None:
        return Suggestion(None, NO_OVERALL)
    if policy is None or not policy.points:
        return Suggestion(None, NO_POLICY, overall)
    point = policy.point(overall)
    if point is None:
        return Suggestion(None, OFF_SCALE, overall)
    return Suggestion(point, None, overall)


def appraisal(person: Person) -> Review | None:
    """The appraisal in effect: the latest dated appraisal in the person's period."""
    period = person.period
    dated = [
        r
        for r in person.reviews
        if r.type == "appraisal"
        and r.date is not None
        and (period is None or period.includes(r.date))
    ]
    if not dated:
        return None
    return max(dated, key=lambda r: (r.date, r.index))


def same_outcome(recorded: str, suggested: str) -> bool:
    return " ".join(recorded.split()).casefold() == " ".join(suggested.split()).casefold()


def _view(person: Person, policy: RewardPolicy | None) -> PersonView:
    covered = {a.competence.casefold() for a in person.pop if a.competence}
    needed: dict[str, list[str]] = {}
    for goal in person.goals:
        for name, _ in needs(goal):
            needed.setdefault(name.casefold(), []).append(goal.id)
    rows = tuple(
        CompetenceRow(
            name=c.name,
            required=c.required,
            actual=c.actual,
            required_from=c.required_from,
            gap=c.required is not None and c.actual is not None and c.actual < c.required,
            covered=c.name.casefold() in covered,
            needed_by=tuple(dict.fromkeys(needed.get(c.name.casefold(), []))),
        )
        for c in person.competences
    )
    current = appraisal(person)
    suggestion = suggest(policy, current)
    recorded = person.reward.outcome if person.reward is not None else None
    matches = None
    if recorded is not None and suggestion.point is not None:
        suggested = suggestion.point.outcome
        matches = suggested is not None and same_outcome(recorded, suggested)
    return PersonView(
        person=person,
        competences=rows,
        appraisal=current,
        ratings=_ratings(person, current, policy),
        suggestion=suggestion,
        reward_matches=matches,
        policy=policy,
    )


def _ratings(
    person: Person, review: Review | None, policy: RewardPolicy | None
) -> tuple[Rating, ...]:
    if review is None:
        return ()
    goal_ids = [g.id for g in person.goals]
    names = {c.name.casefold(): c.name for c in person.competences}

    def rank(key: str) -> tuple[int, int]:
        if key in goal_ids:
            return (0, goal_ids.index(key))
        if key.casefold() in names:
            return (1, 0)
        return (2, 0)

    out = []
    for key in sorted(review.ratings, key=rank):
        score = review.ratings[key]
        kind = ("goal", "competence", "other")[rank(key)[0]]
        point = policy.point(score) if policy is not None else None
        out.append(Rating(key, kind, score, point))
    return tuple(out)
