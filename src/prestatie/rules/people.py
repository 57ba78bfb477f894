"""people/ rules: the personal cycle judged from the figures of `compute.people`.

- `people/competence-gap`: a competence a personal goal needs is below the required
  level and no POP action develops it (reported once per competence, at the person's
  entry for it, else at the goal's `needs:`).
- `people/pop-incomplete`: a POP action without deadline or support.
- `people/review-order`: an appraisal without an interim review in the period; a
  review dated before one that belongs earlier in the cycle; a review outside the period.
- `people/rating-scale`: a rating or overall rating that is not a score of the policy.
- `people/unrated-goal`: the appraisal in effect leaves a personal goal unrated.
- `people/reward-mismatch`: the recorded reward differs from the policy's outcome.
- `people/unknown-manager`: `manager:` names no person of the plan.
- `people/no-goals`: a person in the plan's period without personal objectives, once a
  conversation is recorded or when the file has no `goals:` at all (`_in_cycle`).
- `ref/unknown-person`: a signature under `agreed:` names (`by:`) no person of the
  plan. The manager is `people/unknown-manager` only: one finding per fact.

`cascade/level` for a personal goal under something other than a function or project
goal is raised by `rules.derivation`, with the other levels.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from prestatie.compute import people as figures
from prestatie.compute.people import PersonView
from prestatie.findings import Finding
from prestatie.format.periods import Period
from prestatie.format.vocabulary import REVIEW_TYPES
from prestatie.i18n import Msg, msg
from prestatie.model.people import Person, Review, needs
from prestatie.model.plan import Plan


def check(plan: Plan) -> Iterator[Finding]:
    period = plan.config.period
    for view in figures.views(plan):
        person = view.person
        yield from _manager(plan, person)
        yield from _signatures(plan, person)
        if not person.goals and _in_cycle(person, period):
            yield _at(
                person,
                "people/no-goals",
                "id",
                msg("people/no-goals", item=person.id),
                msg("people/no-goals.hint"),
            )
        yield from _gaps(view)
        yield from _pop(person)
        yield from _reviews(person)
        yield from _ratings(view)
        yield from _reward(view)


def _in_cycle(person: Person, period: Period | None) -> bool:
    """Whether the person takes part in the plan's period: their period overlaps it, and
    either a conversation is recorded or the file does not write `goals:` at all (an
    empty `goals: []` before the planning meeting is a file still to be filled in)."""
    own = person.period
    if (
        period is not None
        and own is not None
        and (own.start > period.end or period.start > own.end)
    ):
        return False
    return "goals" not in person.data or any(r.date is not None for r in person.reviews)


def _at(person: Person, code: str, key: str, message: Msg, hint: Msg | None = None) -> Finding:
    line, column = person.data.value_pos(key) if key in person.data else person.data.pos
    return Finding(code, message, person.file, line, column, hint=hint, item=person.id)


def _manager(plan: Plan, person: Person) -> Iterator[Finding]:
    manager = person.manager
    if manager is None or manager in plan.persons:
        return
    close = plan.suggest(manager, plan.persons, exclude=person.id)
    yield _at(
        person,
        "people/unknown-manager",
        "manager",
        msg("people/unknown-manager", item=person.id, manager=manager),
        hint=msg("common.did-you-mean", value=close)
        if close
        else msg("people/unknown-manager.hint"),
    )


def _signatures(plan: Plan, person: Person) -> Iterator[Finding]:
    for signature in person.agreed:
        if signature.by is None or signature.by in plan.persons:
            continue
        close = plan.suggest(signature.by, plan.persons)
        yield Finding(
            "ref/unknown-person",
            msg("ref/unknown-person", item=person.id, person=signature.by),
            person.file,
            *signature.data.value_pos("by"),
            hint=msg("common.did-you-mean", value=close)
            if close
            else msg("ref/unknown-person.hint"),
            item=person.id,
        )


def _gaps(view: PersonView) -> Iterator[Finding]:
    person = view.person
    for row in view.competences:
        if not row.gap or row.covered or not row.needed_by:
            continue
        competence = person.competence(row.name)
        if competence is not None and competence.data is not None:
            entry = competence.data
            key = "actual" if "actual" in entry else "name"
            file, (line, column) = person.file, entry.value_pos(key)
        else:
            goal = next(g for g in person.goals if g.id == row.needed_by[0])
            place = next(pos for name, pos in needs(goal) if name.casefold() == row.name.casefold())
            file, (line, column) = goal.file, place
        yield Finding(
            "people/competence-gap",
            msg(
                "people/competence-gap",
                item=person.id,
                competence=row.name,
                actual=row.actual,
                required=row.required,
                goals=list(row.needed_by),
            ),
            file,
            line,
            column,
            hint=msg("people/competence-gap.hint", competence=row.name),
            item=person.id,
        )


def _pop(person: Person) -> Iterator[Finding]:
    for action in person.pop:
        missing = [
            k for k, v in (("deadline", action.deadline), ("support", action.support)) if v is None
        ]
        if not missing:
            continue
        variant = "both" if len(missing) == 2 else missing[0]
        what = action.competence or action.goal or str(action.index + 1)
        yield Finding(
            "people/pop-incomplete",
            msg(f"people/pop-incomplete.{variant}", item=person.id, action=what),
            person.file,
            *action.data.pos,
            hint=msg("people/pop-incomplete.hint"),
            item=person.id,
        )


def _reviews(person: Person) -> Iterator[Finding]:
    period = person.period
    stage = {t: i for i, t in enumerate(REVIEW_TYPES)}
    dated = [(r, stage[r.type], r.date) for r in person.reviews if r.type is not None and r.date]
    inside = [(r, rank, day) for r, rank, day in dated if period is None or period.includes(day)]
    for review, rank, day in dated:
        if period is not None and not period.includes(day):
            yield _review(person, review, "outside", period=str(period))
            continue
        earlier_stage = [(d, r) for r, k, d in inside if k < rank and d > day]
        if earlier_stage:
            other_date, other = min(earlier_stage, key=lambda pair: pair[0])
            yield _review(person, review, "order", other=other.type, other_date=other_date)
        elif review.type == "appraisal" and not any(r.type == "interim" for r, _, _ in inside):
            yield _review(person, review, "no-interim")


def _review(person: Person, review: Review, variant: str, **args: object) -> Finding:
    key = "type" if variant == "no-interim" else "date"
    return Finding(
        "people/review-order",
        msg(
            f"people/review-order.{variant}",
            item=person.id,
            review=review.type,
            date=review.date,
            **args,
        ),
        person.file,
        *review.data.value_pos(key),
        hint=msg(f"people/review-order.{variant}.hint"),
        item=person.id,
    )


def _ratings(view: PersonView) -> Iterator[Finding]:
    person, policy = view.person, view.policy
    if policy is not None and policy.points:
        scores = policy.scores
        for review in person.reviews:
            for key, score in review.ratings.items():
                if policy.point(score) is None:
                    yield _off_scale(person, review, key, score, scores)
            if review.overall is not None and policy.point(review.overall) is None:
                yield _off_scale(person, review, None, review.overall, scores)
    current = view.appraisal
    if current is None:
        return
    for goal in person.goals:
        if goal.id in current.ratings:
            continue
        where = (
            current.data.key_pos("ratings")
            if "ratings" in current.data
            else current.data.value_pos("type")
        )
        yield Finding(
            "people/unrated-goal",
            msg("people/unrated-goal", item=person.id, goal=goal.id, date=current.date),
            person.file,
            *where,
            hint=msg("people/unrated-goal.hint", goal=goal.id),
            item=person.id,
        )


def _off_scale(
    person: Person, review: Review, key: str | None, score: object, scores: Sequence[object]
) -> Finding:
    where = review.rating_pos(key) if key is not None else review.data.value_pos("overall")
    message = (
        msg("people/rating-scale", item=person.id, key=key, score=score, scores=scores)
        if key is not None
        else msg("people/rating-scale.overall", item=person.id, score=score, scores=scores)
    )
    return Finding(
        "people/rating-scale",
        message,
        person.file,
        *where,
        hint=msg("people/rating-scale.hint", scores=scores),
        item=person.id,
    )


def _reward(view: PersonView) -> Iterator[Finding]:
    person, point = view.person, view.suggestion.point
    reward = person.reward
    if view.reward_matches is not False or reward is None or point is None:
        return
    yield Finding(
        "people/reward-mismatch",
        msg(
            "people/reward-mismatch",
            item=person.id,
            outcome=reward.outcome,
            score=point.score,
            suggested=point.outcome,
        ),
        person.file,
        *reward.data.value_pos("outcome"),
        hint=msg("people/reward-mismatch.hint"),
        item=person.id,
    )
