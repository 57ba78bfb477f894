"""The personal cycle as types: people, function profiles and the reward policy.

`people(plan)` builds them once per run from the plan's `kind: person`,
`kind: function-profile` and `kind: reward-policy` documents (kept in `plan.cache`).
Like every builder it never trusts types: the schema reports a wrongly typed value,
the model leaves it out. Every part keeps its mapping (`data`), so a rule can point at
the key or value it judges (`data.value_pos(key)`).

- A person's `competences` give a required level, an actual level or both; a required
  level the person leaves out comes from the profile of their `function`
  (`Competence.required_from`: `person` or `profile`). A competence the profile has and
  the person does not list is added with no actual level.
- Review types and POP statuses are canonical (`planning|interim|appraisal`,
  `planned|started|done|stopped`); the Dutch words are read as aliases.
- A policy label is a string (the same in both languages) or `{nl: ..., en: ...}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.format import vocabulary
from prestatie.format.periods import Period, parse_date
from prestatie.model.items import Goal, Item, Number, ident, items, number, text
from prestatie.model.plan import Plan
from prestatie.source.nodes import Pos, YList, YMap


@dataclass(slots=True, eq=False)
class Competence:
    name: str
    required: int | None
    actual: int | None
    #: Where the required level comes from: `person`, `profile` or None (not known).
    required_from: str | None
    note: str | None
    #: The person's own entry; None for a competence only the function profile names.
    data: YMap | None


@dataclass(slots=True, eq=False)
class PopAction:
    index: int
    competence: str | None
    goal: str | None
    action: str | None
    support: str | None
    deadline: date | None
    status: str | None  # canonical
    evaluation: str | None
    data: YMap


@dataclass(slots=True, eq=False)
class Review:
    index: int
    type: str | None  # canonical: planning | interim | appraisal
    date: date | None
    notes: str | None
    #: Ratings by personal goal id or competence name, as written (numbers only).
    ratings: dict[str, Number]
    overall: Number | None
    signed: bool | None
    data: YMap

    def rating_pos(self, key: str) -> Pos:
        ratings = self.data.get("ratings")
        if isinstance(ratings, YMap) and key in ratings:
            return ratings.value_pos(key)
        return self.data.value_pos("ratings") if "ratings" in self.data else self.data.pos


@dataclass(slots=True, eq=False)
class Signature:
    #: The id of the person who signed, or None when a `role` is named instead.
    by: str | None
    role: str | None
    date: date | None
    data: YMap


@dataclass(slots=True, eq=False)
class Reward:
    outcome: str | None
    decided_by: str | None
    note: str | None
    data: YMap


@dataclass(slots=True, eq=False)
class Person:
    id: str
    name: str | None
    function: str | None
    unit: str | None
    manager: str | None
    period: Period | None
    competences: list[Competence]
    goals: list[Goal]
    pop: list[PopAction]
    reviews: list[Review]
    agreed: list[Signature]
    reward: Reward | None
    item: Item

    @property
    def file(self) -> str:
        return self.item.file

    @property
    def data(self) -> YMap:
        return self.item.data

    def competence(self, name: str) -> Competence | None:
        key = name.casefold()
        return next((c for c in self.competences if c.name.casefold() == key), None)


@dataclass(slots=True, eq=False)
class FunctionProfile:
    function: str
    #: Required level by competence name, in the order written.
    competences: dict[str, int]
    file: str
    data: YMap


@dataclass(frozen=True, slots=True)
class PolicyPoint:
    score: Number
    label_en: str | None
    label_nl: str | None
    outcome: str | None

    def label(self, lang: str) -> str | None:
        """The label in `lang` (`nl` or `en`), or the other one when only that is written."""
        first, other = (
            (self.label_nl, self.label_en)
            if lang == "nl"
            else (
                self.label_en,
                self.label_nl,
            )
        )
        return first or other


@dataclass(slots=True, eq=False)
class RewardPolicy:
    id: str | None
    title: str | None
    #: The scale from low to high as written.
    points: list[PolicyPoint]
    file: str
    data: YMap

    @property
    def scores(self) -> list[Number]:
        return [p.score for p in self.points]

    def point(self, score: Number) -> PolicyPoint | None:
        return next((p for p in self.points if p.score == score), None)


@dataclass(slots=True)
class People:
    persons: dict[str, Person] = field(default_factory=dict)
    profiles: dict[str, FunctionProfile] = field(default_factory=dict)
    #: The plan's reward policy: the first `kind: reward-policy` document.
    policy: RewardPolicy | None = None


def people(plan: Plan) -> People:
    """The people, function profiles and reward policy of the plan, built once per run."""
    cached = plan.cache.get("people")
    if isinstance(cached, People):
        return cached
    out = People()
    for item in plan.items:
        if item.kind == "function-profile":
            profile = _profile(item)
            if profile is not None:
                out.profiles.setdefault(profile.function.casefold(), profile)
        elif item.kind == "reward-policy" and out.policy is None:
            out.policy = _policy(item)
    goals: dict[str, list[Goal]] = {}
    for goal in plan.goals:
        if goal.person is not None:
            goals.setdefault(goal.person, []).append(goal)
    for person_id, item in plan.persons.items():
        if plan.refs.get(person_id) is not item:
            continue  # a second file with the same id: reported as ref/duplicate-id
        out.persons[person_id] = _person(
            item, person_id, goals.get(person_id, []), out, plan.config.period
        )
    plan.cache["people"] = out
    return out


def _level(value: Any) -> int | None:
    found = number(value)
    return found if isinstance(found, int) else None


def _profile(item: Item) -> FunctionProfile | None:
    name = text(item.data, "function")
    if name is None:
        return None
    levels: dict[str, int] = {}
    for _, entry in items(item.data, "competences"):
        competence, required = text(entry, "name"), _level(entry.get("required"))
        if competence is not None and required is not None:
            levels.setdefault(competence, required)
    return FunctionProfile(name, levels, item.file, item.data)


def _label(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, YMap):
        return text(value, "en"), text(value, "nl")
    if isinstance(value, str) and value.strip():
        return value.strip(), value.strip()
    return None, None


def _policy(item: Item) -> RewardPolicy:
    points = []
    for _, entry in items(item.data, "scale"):
        score = number(entry.get("score"))
        if score is None:
            continue
        en, nl = _label(entry.get("label"))
        points.append(PolicyPoint(score, en, nl, text(entry, "outcome")))
    return RewardPolicy(
        ident(item.data.get("id")), text(item.data, "title"), points, item.file, item.data
    )


def _competences(data: YMap, profile: FunctionProfile | None) -> list[Competence]:
    out: list[Competence] = []
    seen: set[str] = set()
    for _, entry in items(data, "competences"):
        name = text(entry, "name")
        if name is None or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        required = _level(entry.get("required"))
        source: str | None = "person"
        if required is None:
            required = _from_profile(profile, name)
            source = "profile" if required is not None else None
        actual = _level(entry.get("actual"))
        out.append(Competence(name, required, actual, source, text(entry, "note"), entry))
    if profile is not None:
        for name, required in profile.competences.items():
            if name.casefold() not in seen:
                out.append(Competence(name, required, None, "profile", None, None))
    return out


def _from_profile(profile: FunctionProfile | None, name: str) -> int | None:
    if profile is None:
        return None
    key = name.casefold()
    return next((v for k, v in profile.competences.items() if k.casefold() == key), None)


def _ratings(value: Any) -> dict[str, Number]:
    if not isinstance(value, YMap):
        return {}
    out: dict[str, Number] = {}
    for key, rating in value.items():
        found = number(rating)
        if found is not None and not key.startswith("x-"):
            out[key] = found
    return out


def _person(
    item: Item, person_id: str, goals: list[Goal], known: People, default: Period | None
) -> Person:
    data = item.data
    function = text(data, "function")
    profile = known.profiles.get(function.casefold()) if function else None
    pop = [
        PopAction(
            index,
            text(entry, "competence"),
            ident(entry.get("goal")),
            text(entry, "action"),
            text(entry, "support"),
            parse_date(entry.get("deadline")),
            vocabulary.action_status(entry.get("status")),
            text(entry, "evaluation"),
            entry,
        )
        for index, entry in items(data, "pop")
    ]
    reviews = [
        Review(
            index,
            vocabulary.review_type(entry.get("type")),
            parse_date(entry.get("date")),
            text(entry, "notes"),
            _ratings(entry.get("ratings")),
            number(entry.get("overall")),
            entry.get("signed") if isinstance(entry.get("signed"), bool) else None,
            entry,
        )
        for index, entry in items(data, "reviews")
    ]
    agreed = [
        Signature(
            ident(entry.get("by")),
            text(entry, "role"),
            parse_date(entry.get("date")),
            entry,
        )
        for _, entry in items(data, "agreed")
    ]
    reward_data = data.get("reward")
    reward = (
        Reward(
            text(reward_data, "outcome"),
            text(reward_data, "decided_by"),
            text(reward_data, "note"),
            reward_data,
        )
        if isinstance(reward_data, YMap)
        else None
    )
    return Person(
        id=person_id,
        name=text(data, "name"),
        function=function,
        unit=text(data, "unit"),
        manager=ident(data.get("manager")),
        period=item.period or default,
        competences=_competences(data, profile),
        goals=goals,
        pop=pop,
        reviews=reviews,
        agreed=agreed,
        reward=reward,
        item=item,
    )


def needs(goal: Goal) -> list[tuple[str, Pos]]:
    """The competences a personal goal names in `needs:`, each with its position."""
    value = goal.data.get("needs")
    if not isinstance(value, YList):
        return []
    out = []
    for index, raw in enumerate(value):
        name = ident(raw)
        if name is not None:
            out.append((name, value.item_pos(index)))
    return out
