"""The checks every measure gets, wherever it is written.

Goal measures, key results, OGSM goal measures and OGSM strategy dashboards are one
concept (`model.items.Measure`), scored by one function (`compute.progress`); the
families call `check` here for each of them, so each gets the same findings.
"""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.compute.progress import (
    merge_thresholds,
    needs_baseline,
    threshold_problem,
)
from prestatie.findings import Finding, quote
from prestatie.model.items import Measure, number
from prestatie.model.numbers import is_number, rewrite
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap

THRESHOLD_HINT = (
    "fractions of the expected progress, 0 to 1, amber at or above red: {amber: 0.8, red: 0.5}"
)


def check(plan: Plan, measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    """Findings on one measure; `owner` names what it belongs to in messages (a goal id,
    an OKR id), `item` is the reference per-item `ignore:` is matched against."""
    yield from _not_a_number(measure, file, owner, item)
    yield from _no_baseline(measure, file, owner, item)
    yield from _thresholds(plan, measure, file, owner, item)


def check_settings(plan: Plan) -> Iterator[Finding]:
    """The plan's own `thresholds:` in prestatie.yaml."""
    doc = plan.config.document
    if doc is None or not isinstance(doc.data, YMap) or "thresholds" not in doc.data:
        return
    problem = threshold_problem(plan.config.thresholds)
    if problem is not None:
        yield Finding(
            "measure/thresholds",
            f"thresholds cannot be used ({problem}); the defaults {{amber: 0.8, red: 0.5}} "
            "are used",
            doc.file,
            *doc.data.value_pos("thresholds"),
            hint=THRESHOLD_HINT,
        )


def _label(measure: Measure) -> str:
    return quote(measure.name or measure.key)


def _not_a_number(measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    data = measure.data
    for key in measure.unreadable:
        value = data[key]
        yield Finding(
            "measure/not-a-number",
            f"{owner}: measure {_label(measure)} has {key} {quote(str(value))}, which is not "
            "a number, so the measure gets no score",
            file,
            *data.value_pos(key),
            hint=rewrite(value),
            item=item,
        )
    if measure.milestone:
        return
    for checkin in measure.checkins:
        value = checkin.value
        if value is None or is_number(value):
            continue
        yield Finding(
            "measure/not-a-number",
            f"{owner}: check-in of {checkin.date or '?'} of measure {_label(measure)} has "
            f"value {quote(str(value))}, which is not a number",
            file,
            *checkin.data.value_pos("value"),
            hint=rewrite(value),
            item=item,
        )


def _no_baseline(measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    if not needs_baseline(measure) or "baseline" in measure.data:
        return  # a baseline written as text is measure/not-a-number
    if measure.direction == "range" and (measure.minimum is None or measure.maximum is None):
        return  # without its band the measure is smart/no-target first
    if measure.direction == "decrease" and measure.numeric_target is None:
        return
    data = measure.data
    yield Finding(
        "measure/no-baseline",
        f"{owner}: {measure.direction} measure {_label(measure)} has no baseline, so it has "
        "no progress figure; its status says only whether the target is met",
        file,
        *data.value_pos("direction"),
        hint="add `baseline:` with the value at the start of the period",
        item=item,
    )


def _thresholds(
    plan: Plan, measure: Measure, file: str, owner: str, item: str
) -> Iterator[Finding]:
    own = measure.data.get("thresholds")
    if not isinstance(own, YMap):
        return
    merged = dict(merge_thresholds(plan.config.thresholds, None))
    for key in ("amber", "red"):
        value = number(own.get(key))
        if value is not None:
            merged[key] = float(value)
    problem = threshold_problem(merged)
    if problem is not None:
        yield Finding(
            "measure/thresholds",
            f"{owner}: the thresholds of measure {_label(measure)} cannot be used ({problem}); "
            "the plan's thresholds are used",
            file,
            *measure.data.value_pos("thresholds"),
            hint=THRESHOLD_HINT,
            item=item,
        )
