"""OKR rules (`okr/`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from prestatie.compute.okr import Okr, history_scores, okr_status, okrs, parent_period
from prestatie.findings import Finding
from prestatie.i18n import msg
from prestatie.model.items import ident
from prestatie.model.plan import Plan
from prestatie.rules import measures

_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

TASK_WORDS = frozenset(
    (
        "launch",
        "launched",
        "implement",
        "implemented",
        "build",
        "create",
        "organise",
        "organize",
        "hold",
        "run",
        "start",
        "introduce",
        "develop",
        "deliver",
        "roll",
        "write",
        "design",
        "train",
        "conduct",
        "prepare",
        "set",
        "migrate",
        "install",
        "lanceren",
        "lanceer",
        "implementeren",
        "implementeer",
        "invoeren",
        "voer",
        "organiseren",
        "organiseer",
        "opzetten",
        "zet",
        "ontwikkelen",
        "ontwikkel",
        "bouwen",
        "bouw",
        "starten",
        "start",
        "introduceren",
        "uitrollen",
        "rol",
        "houden",
        "schrijven",
        "schrijf",
        "maken",
        "maak",
        "realiseren",
        "opleveren",
        "lever",
        "trainen",
        "inrichten",
        "richt",
        "uitvoeren",
    )
)


def check(plan: Plan) -> Iterator[Finding]:
    as_of = plan.as_of
    low = int(plan.config.number("okr/key-result-count", "min", 2))
    high = int(plan.config.number("okr/key-result-count", "max", 5))
    for okr in okrs(plan):
        yield from _okr(plan, okr, low, high, as_of)


def _okr(plan: Plan, okr: Okr, low: int, high: int, as_of: date) -> Iterator[Finding]:
    data = okr.item.data
    file = okr.item.file
    count = len(okr.key_results)
    if not low <= count <= high:
        yield Finding(
            "okr/key-result-count",
            msg("okr/key-result-count", item=okr.id, count=count, min=low, max=high),
            file,
            *data.key_pos("key_results"),
            hint=msg("okr/key-result-count.hint"),
            item=okr.id,
        )
    if okr.objective and _NUMBER.search(okr.objective):
        yield Finding(
            "okr/objective-is-metric",
            msg("okr/objective-is-metric", item=okr.id, objective=okr.objective),
            file,
            *data.value_pos("objective"),
            hint=msg("okr/objective-is-metric.hint"),
            item=okr.id,
        )
    for kr in okr.key_results:
        pos = kr.data.pos
        yield from measures.check(plan, kr.measure, file, okr.id, kr.ref, okr.item.period, "okr")
        measurable = (
            kr.measure.target is not None  # a text target is measure/not-a-number
            or kr.measure.direction == "range"
            or kr.measure.milestone
        )
        if not measurable and kr.manual is None:
            yield Finding(
                "okr/key-result-not-measurable",
                msg("okr/key-result-not-measurable", item=okr.id, kr=kr.id),
                file,
                *(kr.data.value_pos("target") if "target" in kr.data else pos),
                hint=msg("okr/key-result-not-measurable.hint"),
                item=kr.ref,
            )
        words = {w.lower() for w in _WORD.findall(kr.text)}
        if words & TASK_WORDS and not _NUMBER.search(kr.text) and kr.numeric_target is None:
            yield Finding(
                "okr/key-result-is-task",
                msg("okr/key-result-is-task", item=okr.id, kr=kr.id, text=kr.text),
                file,
                *kr.data.value_pos("text"),
                hint=msg("okr/key-result-is-task.hint"),
                item=kr.ref,
            )
        if kr.manual is not None and not 0.0 <= kr.manual <= 1.0:
            yield Finding(
                "okr/score-range",
                msg("okr/score-range", item=okr.id, kr=kr.id, score=kr.manual),
                file,
                *kr.data.value_pos("score"),
                hint=msg("okr/score-range.hint"),
                item=kr.ref,
            )
        confidence = kr.data.get("confidence")
        if (
            isinstance(confidence, int | float)
            and not isinstance(confidence, bool)
            and not (1 <= confidence <= 10)
        ):
            yield Finding(
                "okr/score-range",
                msg("okr/score-range.confidence", item=okr.id, kr=kr.id, confidence=confidence),
                file,
                *kr.data.value_pos("confidence"),
                item=kr.ref,
            )
    period = okr.item.period
    parent = ident(data.get("parent"))
    outer = parent_period(plan, parent)
    own = "period" in data  # an inherited period equals the parent's (or the plan's)
    if own and period is not None and outer is not None and not outer.contains(period):
        yield Finding(
            "okr/period",
            msg(
                "okr/period",
                item=okr.id,
                period=str(period),
                outer=str(outer),
                parent=parent,
            ),
            file,
            *data.value_pos("period"),
            item=okr.id,
        )
    over = period is not None and period.end < as_of
    if okr.type == "committed" and over and okr.score is not None and okr.score < 1.0:
        yield Finding(
            "okr/committed-missed",
            msg(
                "okr/committed-missed",
                item=okr.id,
                score=okr.score,
                period=str(period),
                status=okr_status(okr.score),
            ),
            file,
            *(data.value_pos("type") if "type" in data else data.key_pos("id")),
            hint=msg("okr/committed-missed.hint"),
            item=okr.id,
        )
    if okr.type == "aspirational":
        scores = [s for _, s in history_scores(okr.item, plan.config.fiscal_year_start)]
        if over and okr.score is not None:
            scores.append(okr.score)
        if len(scores) >= 3 and all(s >= 1.0 for s in scores[-3:]):
            yield Finding(
                "okr/sandbagging",
                msg("okr/sandbagging", item=okr.id),
                file,
                *(data.value_pos("type") if "type" in data else data.key_pos("id")),
                hint=msg("okr/sandbagging.hint"),
                item=okr.id,
            )
