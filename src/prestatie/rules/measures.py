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
from prestatie.findings import Finding
from prestatie.format.periods import Period, parse_date
from prestatie.i18n import Msg, msg
from prestatie.model.items import Measure, number
from prestatie.model.numbers import is_number, rewrite
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap

THRESHOLD_HINT: Msg = msg("measure/thresholds.hint")


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
            msg("measure/thresholds.settings", problem=problem),
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
    """The measure as messages name it: its name, else its key."""
    return measure.name or measure.key


def _shown(value: object) -> str:
    """A value as it is written in YAML (true, not True)."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _not_a_number(measure: Measure, file: str, owner: str, item: str) -> Iterator[Finding]:
    data = measure.data
    for key in measure.unreadable:
        value = data[key]
        yield Finding(
            "measure/not-a-number",
            msg(
                "measure/not-a-number",
                item=owner,
                measure=_label(measure),
                key=key,
                value=_shown(value),
            ),
            file,
            *data.value_pos(key),
            hint=_rewrite(value),
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
            msg(
                "measure/not-a-number.checkin",
                item=owner,
                date=checkin.date or "?",
                measure=_label(measure),
                value=_shown(value),
            ),
            file,
            *checkin.data.value_pos("value"),
            hint=_rewrite(value),
            item=item,
        )


def _rewrite(value: object) -> Msg:
    """The hint of measure/not-a-number: how to write `value` as a number."""
    return msg("measure/not-a-number.hint", rewrite=rewrite(value))


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
        msg(
            "measure/no-baseline",
            item=owner,
            direction=measure.direction,
            measure=_label(measure),
        ),
        file,
        *data.value_pos("direction"),
        hint=msg("measure/no-baseline.hint"),
        item=item,
    )


def _thresholds(
    plan: Plan, measure: Measure, file: str, owner: str, item: str, scale: str
) -> Iterator[Finding]:
    levels = level_problem(measure)
    if levels is not None:
        yield Finding(
            "measure/thresholds",
            msg(
                "measure/thresholds.levels",
                item=owner,
                measure=_label(measure),
                problem=levels,
            ),
            file,
            *measure.data.key_pos("green" if "green" in measure.data else "red"),
            hint=msg("measure/thresholds.levels.hint"),
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
            msg("measure/thresholds", item=owner, measure=_label(measure), problem=problem),
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
            msg(
                "smart/due-period",
                item=owner,
                measure=_label(measure),
                due=measure.due,
                period=str(period),
            ),
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
                msg(
                    "measure/checkin-order",
                    item=owner,
                    date=checkin.date,
                    previous=previous,
                ),
                file,
                *where,
                hint=msg("measure/checkin-order.hint"),
                item=item,
            )
        if period is not None and not period.includes(day):
            yield Finding(
                "measure/checkin-period",
                msg(
                    "measure/checkin-period",
                    item=owner,
                    date=checkin.date,
                    period=str(period),
                ),
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
                msg("smart/no-target.range", item=owner, measure=_label(measure)),
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
            msg("measure/zero-range", item=owner, measure=_label(measure), target=target),
            file,
            *data.value_pos("target"),
            hint=msg("measure/zero-range.hint"),
            item=item,
        )
    elif (measure.direction == "increase" and target < baseline) or (
        measure.direction == "decrease" and target > baseline
    ):
        yield Finding(
            "smart/target-direction",
            msg(
                "smart/target-direction" if target < baseline else "smart/target-direction.above",
                item=owner,
                measure=_label(measure),
                direction=measure.direction,
                target=target,
                baseline=baseline,
            ),
            file,
            *data.value_pos("target"),
            hint=msg("smart/target-direction.hint"),
            item=item,
        )
