"""SMART rules on goals and their measures."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from prestatie.findings import Finding
from prestatie.i18n import msg
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
            msg("smart/no-measure", item=goal.id),
            goal.file,
            *goal.data.key_pos("id"),
            hint=msg("smart/no-measure.hint"),
            item=goal.id,
        )
    if goal.owner is None:
        yield Finding(
            "smart/no-owner",
            msg("smart/no-owner", item=goal.id),
            goal.file,
            *goal.data.key_pos("id"),
            hint=msg("smart/no-owner.hint"),
            item=goal.id,
        )
    if goal.period is None and goal.period_raw is None:
        yield Finding(
            "smart/no-period",
            msg("smart/no-period", item=goal.id),
            goal.file,
            *goal.data.key_pos("id"),
            hint=msg("smart/no-period.hint"),
            item=goal.id,
        )
    if goal.title and not _DIGIT.search(goal.title):
        hits = [w for w in _WORD.findall(goal.title.lower()) if w in vague]
        if hits:
            yield Finding(
                "smart/vague",
                msg("smart/vague", item=goal.id, word=hits[0], title=goal.title),
                goal.file,
                *goal.where("title"),
                hint=msg("smart/vague.hint"),
                item=goal.id,
            )


def _measure(plan: Plan, goal: Goal, measure: Measure) -> Iterator[Finding]:
    item = f"{goal.id}/{measure.key}"
    yield from measures.check(plan, measure, goal.file, goal.id, item, goal.period)
    if measure.milestone or measure.direction == "range" or measure.target is not None:
        return  # a text target is measure/not-a-number, a range's band is checked there
    data = measure.data
    yield Finding(
        "smart/no-target",
        msg("smart/no-target", item=goal.id, measure=measure.name or measure.key),
        goal.file,
        *(data.value_pos("target") if "target" in data else data.pos),
        hint=msg("smart/no-target.hint"),
        item=item,
    )
