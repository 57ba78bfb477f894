"""The checks every measure gets, wherever it is written.

Goal measures, key results, OGSM goal measures and OGSM strategy dashboards are one
concept (`model.items.Measure`), scored by one function (`compute.progress.
measure_progress`, on `compute.scoring`); the families call `check` here for each of
them, so each gets the same findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from prestatie.compute.scoring import (
    level_problem,
    merge_thresholds,
    needs_baseline,
    scale_thresholds,
    threshold_problem,
)
from prestatie.findings import Finding, quote
from prestatie.format.periods import Period, parse_date
from prestatie.model.items import Measure, number
from prestatie.model.numbers import is_number, rewrite
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap

THRESHOLD_HINT = (
    "fractions of the expected progress, 0 to 1, amber at or above red: {amber: 0.8, red: 0.5}"
)


def check(
    plan: Plan,
    measure: Measure,
    file: str,
    owner: str,
    item: str,
    period: Period | None,
    scale: str = "plan",
) -> Iterator[Finding]:
    """Findings on one measure; `owner` names what it belongs to in messages (a goal id,
    an OKR id), `item` is the reference per-item `ignore:` is matched against, `period`
    the period of what holds it, `scale` its colour scale (plan or okr)."""
    yield from _dates(measure, file, owner, item, period)
    yield from _not_a_number(measure, file, owner, item)
    yield from _no_baseline(measure, file, owner, item)
    yield from _thresholds(plan, measure, file, owner, item, scale)
    yield from _target(measure, file, owner, item)


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
            *_threshold_pos(doc.data, plan.config.thresholds),
            hint=THRESHOLD_HINT,
        )


def _threshold_pos(holder: YMap, merged: Mapping[str, float]) -> tuple[int, int]:
    """Where an unusable pair is written: the key outside 0..1, else the `amber` (or `red`)
    that inverts the pair, else the `thresholds` mapping itself."""
    own = holder.get("thresholds")
    if not isinstance(own, YMap):
        return holder.value_pos("thresholds")
    for key in ("amber", "red"):
        if key in own and not 0 <= merged.get(key, 0.5) <= 1:
            return own.value_pos(key)
    for key in ("amber", "red"):
        if key in own:
            return own.value_pos(key)
    return holder.value_pos("thresholds")


def _label(measure: Measure) -> str:
    return quote(measure.name or measure.key)


def _shown(value: object) -> str:
    """A value as it is written in YAML (true, not True)."""
    return quote(str(value).lower() if isinstance(value, bool) else str(value))


def _not_a_number(measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    data = measure.data
    for key in measure.unreadable:
        value = data[key]
        yield Finding(
            "measure/not-a-number",
            f"{owner}: measure {_label(measure)} has {key} {_shown(value)}, which is not "
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
            f"value {_shown(value)}, which is not a number",
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
    plan: Plan, measure: Measure, file: str, owner: str, item: str, scale: str
) -> Iterator[Finding]:
    levels = level_problem(measure)
    if levels is not None:
        yield Finding(
            "measure/thresholds",
            f"{owner}: measure {_label(measure)} has levels that cannot be used ({levels}); "
            "the status follows the scale's thresholds",
            file,
            *measure.data.key_pos("green" if "green" in measure.data else "red"),
            hint="in the measure's unit, `green: 4.25` and `red: 3.9` (the other way round "
            "for a decrease); or ratio `thresholds:`, not both",
            item=item,
        )
        return
    own = measure.data.get("thresholds")
    if not isinstance(own, YMap):
        return
    merged = dict(merge_thresholds(scale_thresholds(scale, plan.config.thresholds), None))
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
            *_threshold_pos(measure.data, merged),
            hint=THRESHOLD_HINT,
            item=item,
        )


def _dates(
    measure: Measure, file: str, owner: str, item: str, period: Period | None
) -> Iterator[Finding]:
    due = parse_date(measure.due)
    if due is not None and period is not None and not period.includes(due):
        yield Finding(
            "smart/due-period",
            f"{owner}: measure {_label(measure)} is due {measure.due}, outside the period {period}",
            file,
            *measure.data.value_pos("due"),
            item=item,
        )
    previous = None
    for checkin in measure.checkins:
        day = parse_date(checkin.date)
        if day is None:
            continue
        where = checkin.data.value_pos("date")
        if previous is not None and day < previous:
            yield Finding(
                "measure/checkin-order",
                f"{owner}: check-in of {checkin.date} comes after one of {previous.isoformat()}",
                file,
                *where,
                hint="list check-ins from old to new; the latest one counts as the actual value",
                item=item,
            )
        if period is not None and not period.includes(day):
            yield Finding(
                "measure/checkin-period",
                f"{owner}: check-in of {checkin.date} lies outside the period {period}",
                file,
                *where,
                item=item,
            )
        previous = day if previous is None else max(previous, day)


def _target(measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    """The band of a range; a target that says no change or points the wrong way."""
    data = measure.data
    if measure.milestone:
        return
    if measure.direction == "range":
        if measure.minimum is None or measure.maximum is None:
            yield Finding(
                "smart/no-target",
                f"{owner}: range measure {_label(measure)} needs both `min` and `max`",
                file,
                *data.key_pos("direction"),
                item=item,
            )
        return
    target = measure.numeric_target
    baseline = measure.baseline
    if target is None or baseline is None:
        return
    if target == baseline:
        yield Finding(
            "measure/zero-range",
            f"{owner}: measure {_label(measure)} has target equal to its baseline ({target}), "
            "so progress cannot be measured",
            file,
            *data.value_pos("target"),
            hint="a target says what changes; to hold a level use `direction: range` with min/max",
            item=item,
        )
    elif (measure.direction == "increase" and target < baseline) or (
        measure.direction == "decrease" and target > baseline
    ):
        yield Finding(
            "smart/target-direction",
            f"{owner}: measure {_label(measure)} should {measure.direction} "
            f"but its target {target} lies {'below' if target < baseline else 'above'} "
            f"its baseline {baseline}",
            file,
            *data.value_pos("target"),
            hint="swap the direction or check the baseline and target",
            item=item,
        )
