"""SMART rules on goals and their measures."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from prestatie.findings import Finding, quote
from prestatie.format.periods import parse_date
from prestatie.model.items import Goal, Measure
from prestatie.model.plan import Plan
from prestatie.rules import measures

# Words that make a goal title vague when no number accompanies them. Lowercase;
# smart/vague matches them as whole words. Directional verbs (verhogen, reduce) are
# included on purpose: "Kosten verlagen" is vague, "Kosten verlagen met 8 %" is not.
VAGUE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "nl": (
            "aanscherpen",
            "bevorderen",
            "bijdragen",
            "borgen",
            "faciliteren",
            "intensiveren",
            "maximaliseren",
            "minimaliseren",
            "moderniseren",
            "ondersteunen",
            "optimalisatie",
            "optimaliseren",
            "professionalisering",
            "professionaliseren",
            "reduceren",
            "stimuleren",
            "stroomlijnen",
            "terugdringen",
            "verbeteren",
            "verbetering",
            "verbreden",
            "verdiepen",
            "verduurzamen",
            "vergroten",
            "verhogen",
            "verlagen",
            "verminderen",
            "versterken",
            "versterking",
            "verstevigen",
        ),
        "en": (
            "advance",
            "better",
            "boost",
            "broaden",
            "decrease",
            "deepen",
            "drive",
            "encourage",
            "enhance",
            "ensure",
            "expand",
            "facilitate",
            "foster",
            "improve",
            "improvement",
            "increase",
            "leverage",
            "maximise",
            "maximize",
            "minimise",
            "minimize",
            "modernise",
            "modernize",
            "optimise",
            "optimize",
            "promote",
            "reduce",
            "stimulate",
            "streamline",
            "strengthen",
            "support",
        ),
    }
)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_DIGIT = re.compile(r"\d")


def vague_forms(words: list[str]) -> frozenset[str]:
    """Each vague word with its common inflections (verbetert, improved, improving...)."""
    forms: set[str] = set()
    for word in words:
        w = word.lower()
        forms.add(w)
        if w.endswith("en") and len(w) > 5:  # Dutch infinitive: verbeteren
            stem = w[:-2]
            forms.update({stem, stem + "t", stem + "d", stem + "ing", stem + "ingen"})
        else:
            forms.update({w + "s", w + "d", w + "ed", w + "ing", w + "ment", w + "ments"})
            if w.endswith("e"):
                forms.update({w[:-1] + "ing", w + "s"})
    return frozenset(forms)


def check(plan: Plan) -> Iterator[Finding]:
    params = plan.config.param("smart/vague", "words")
    words = (
        list(params)
        if isinstance(params, list | tuple)
        else [w for group in VAGUE_WORDS.values() for w in group]
    )
    vague = vague_forms(words)
    for goal in plan.goals:
        yield from _goal(goal, vague)
        for measure in goal.measures:
            yield from _measure(plan, goal, measure)


def _goal(goal: Goal, vague: frozenset[str]) -> Iterator[Finding]:
    if not goal.measures:
        yield Finding(
            "smart/no-measure",
            f"{goal.id}: has no measure, so nobody can tell whether it is achieved",
            goal.file,
            *goal.data.key_pos("id"),
            hint="add `measures:` with a name, unit, baseline and target",
            item=goal.id,
        )
    if goal.owner is None:
        yield Finding(
            "smart/no-owner",
            f"{goal.id}: has no owner",
            goal.file,
            *goal.data.key_pos("id"),
            hint="add `owner:` with the person or role accountable for it",
            item=goal.id,
        )
    if goal.period is None and goal.period_raw is None:
        yield Finding(
            "smart/no-period",
            f"{goal.id}: has no period",
            goal.file,
            *goal.data.key_pos("id"),
            hint="add `period:` (2026, 2026-Q1, 2026-03 or {start, end}) "
            "or set a default period in prestatie.yaml",
            item=goal.id,
        )
    if goal.title and not _DIGIT.search(goal.title):
        hits = [w for w in _WORD.findall(goal.title.lower()) if w in vague]
        if hits:
            yield Finding(
                "smart/vague",
                f"{goal.id}: {quote(hits[0])} without a number says no result: {quote(goal.title)}",
                goal.file,
                *goal.where("title"),
                hint="say what changes, by how much and by when, e.g. "
                "'Verzuim daalt van 6,1 % naar 4,5 %'",
                item=goal.id,
            )


def _measure(plan: Plan, goal: Goal, measure: Measure) -> Iterator[Finding]:
    item = f"{goal.id}/{measure.key}"
    data = measure.data
    name = measure.name or measure.key
    due = parse_date(measure.due)
    if due is not None and goal.period is not None and not goal.period.includes(due):
        yield Finding(
            "smart/due-period",
            f"{goal.id}: measure {quote(name)} is due {measure.due}, outside the goal's period "
            f"{goal.period}",
            goal.file,
            *data.value_pos("due"),
            item=item,
        )
    yield from _checkins(goal, measure, item)
    yield from measures.check(plan, measure, goal.file, goal.id, item)
    if measure.milestone:
        return
    if measure.direction == "range":
        if measure.minimum is None or measure.maximum is None:
            yield Finding(
                "smart/no-target",
                f"{goal.id}: range measure {quote(name)} needs both `min` and `max`",
                goal.file,
                *data.key_pos("direction"),
                item=item,
            )
        return
    target = measure.numeric_target
    if target is None and "target" in measure.unreadable:
        return  # measure/not-a-number says what to write instead
    if target is None:
        where = data.value_pos("target") if "target" in data else data.pos
        yield Finding(
            "smart/no-target",
            f"{goal.id}: measure {quote(name)} has no numeric target",
            goal.file,
            *where,
            hint="add `target:` with a number (use `direction: milestone` for done / not done)",
            item=item,
        )
        return
    baseline = measure.baseline
    if baseline is None:
        return
    if target == baseline:
        yield Finding(
            "measure/zero-range",
            f"{goal.id}: measure {quote(name)} has target equal to its baseline ({target}), "
            "so progress cannot be measured",
            goal.file,
            *data.value_pos("target"),
            hint="a target says what changes; to hold a level use `direction: range` with min/max",
            item=item,
        )
    elif (measure.direction == "increase" and target < baseline) or (
        measure.direction == "decrease" and target > baseline
    ):
        yield Finding(
            "smart/target-direction",
            f"{goal.id}: measure {quote(name)} should {measure.direction} "
            f"but its target {target} lies {'below' if target < baseline else 'above'} "
            f"its baseline {baseline}",
            goal.file,
            *data.value_pos("target"),
            hint="swap the direction or check the baseline and target",
            item=item,
        )


def _checkins(goal: Goal, measure: Measure, item: str) -> Iterator[Finding]:
    previous = None
    for checkin in measure.checkins:
        day = parse_date(checkin.date)
        if day is None:
            continue
        where = checkin.data.value_pos("date")
        if previous is not None and day < previous:
            yield Finding(
                "measure/checkin-order",
                f"{goal.id}: check-in of {checkin.date} comes after one of {previous.isoformat()}",
                goal.file,
                *where,
                hint="list check-ins from old to new; the latest one counts as the actual value",
                item=item,
            )
        if goal.period is not None and not goal.period.includes(day):
            yield Finding(
                "measure/checkin-period",
                f"{goal.id}: check-in of {checkin.date} lies outside the period {goal.period}",
                goal.file,
                *where,
                item=item,
            )
        previous = day if previous is None else max(previous, day)
