"""The scoring of one measure, wherever it is written: progress, target met, colour levels.

Goal measures, key results and OGSM measures are one concept (`model.items.Measure`);
these functions are the only place their figures are read, so every command and rule
judges a measure the same way. `compute.progress` applies them on the as-of date.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from prestatie.i18n import Msg, msg
from prestatie.model.items import Measure, number

DONE_WORDS = frozenset(("done", "yes", "ja", "gereed", "klaar", "afgerond", "true", "behaald"))


def ratio(part: float, whole: float) -> float | None:
    """part / whole, or None when whole is 0 or the quotient is too large for a float
    (a difference of 1e-320 between target and baseline); figures are always finite."""
    if whole == 0:
        return None
    quotient = part / whole
    return quotient if math.isfinite(quotient) else None


def raw_progress(measure: Measure, actual: Any) -> float | None:
    """Unclamped progress of a measure for a given actual value; None when undefined."""
    if measure.milestone:
        return milestone_done(actual)
    value = number(actual)
    if value is None or measure.unreadable:
        return None  # text where a number belongs is never read as a score
    if needs_baseline(measure) and measure.baseline is None:
        return None  # how far from where? only whether the target is met is known
    if measure.direction == "range":
        return range_progress(value, measure.minimum, measure.maximum, measure.baseline)
    target = measure.numeric_target
    baseline = measure.baseline if measure.baseline is not None else 0
    if target is None:
        return None
    return ratio(value - baseline, target - baseline)


def needs_baseline(measure: Measure) -> bool:
    """A decrease or range measure has no progress without a baseline: 'down to 30 days'
    counted from 0 would call 35 days 100 % done. An increase counts from 0 without one."""
    return measure.direction in ("decrease", "range")


def target_met(measure: Measure, actual: Any) -> bool | None:
    """Whether the actual value reaches the target (inside the band for a range, done for
    a milestone); None without a readable actual or target."""
    if measure.milestone:
        done = milestone_done(actual)
        return None if done is None else done >= 1.0
    value = number(actual)
    if value is None or measure.unreadable:
        return None
    if measure.direction == "range":
        low, high = measure.minimum, measure.maximum
        if low is None or high is None or high < low:
            return None
        return low <= value <= high
    target = measure.numeric_target
    if target is None:
        return None
    return value <= target if lower_is_better(measure) else value >= target


def lower_is_better(measure: Measure) -> bool:
    """`direction: decrease`, or no direction and a target below the baseline."""
    target, baseline = measure.numeric_target, measure.baseline
    return measure.direction == "decrease" or (
        measure.direction is None
        and target is not None
        and baseline is not None
        and target < baseline
    )


def level_problem(measure: Measure) -> Msg | None:
    """Why a measure's `green:`/`red:` levels cannot set its status, or None (also when it
    has none). They need each other, an increase or decrease measure, no ratio
    `thresholds:` beside them, and green on the better side of red."""
    green, red = measure.green, measure.red
    if green is None and red is None:
        return None
    if "thresholds" in measure.data:
        return msg("compute.levels.and-thresholds")
    if green is None or red is None:
        return msg("compute.levels.one-of-two")
    if measure.milestone or measure.direction == "range":
        return msg("compute.levels.direction")
    if lower_is_better(measure) and green > red:
        return msg("compute.levels.decrease-order", green=green, red=red)
    if not lower_is_better(measure) and green < red:
        return msg("compute.levels.order", green=green, red=red)
    return None


def level_status(measure: Measure, actual: Any) -> str | None:
    """The status by `green:`/`red:` in the measure's unit: green at or beyond green, red
    beyond red, amber between; None when the measure has no usable levels or no number."""
    green, red = measure.green, measure.red
    value = number(actual)
    if green is None or red is None or value is None or measure.unreadable:
        return None
    if level_problem(measure) is not None:
        return None
    if lower_is_better(measure):
        return "green" if value <= green else "red" if value > red else "amber"
    return "green" if value >= green else "red" if value < red else "amber"


def milestone_done(actual: Any) -> float | None:
    if actual is None:
        return None
    if isinstance(actual, bool):
        return 1.0 if actual else 0.0
    if isinstance(actual, int | float):
        return 1.0 if actual >= 1 else 0.0
    return 1.0 if str(actual).strip().lower() in DONE_WORDS else 0.0


def range_progress(
    value: float, low: float | None, high: float | None, baseline: float | None
) -> float | None:
    if low is None or high is None or high < low:
        return None
    if low <= value <= high:
        return 1.0
    edge = low if value < low else high
    if baseline is not None and not (low <= baseline <= high):
        scale = abs(baseline - (low if baseline < low else high))
    else:
        scale = high - low
    if scale == 0:
        return 0.0
    distance = ratio(abs(value - edge), scale)
    return None if distance is None else 1.0 - distance


DEFAULT_THRESHOLDS: Mapping[str, float] = {"amber": 0.8, "red": 0.5}
#: The Google playbook scale of OKRs: 0.7 and up green, 0.4 and up amber, below red.
OKR_THRESHOLDS: Mapping[str, float] = {"amber": 0.7, "red": 0.4}


def threshold_problem(thresholds: Mapping[str, float]) -> Msg | None:
    """Why a pair of ratio thresholds cannot be used, or None: each lies in 0..1 and
    `amber` (the bar for green) is not below `red` (the bar for amber)."""
    amber = thresholds.get("amber", DEFAULT_THRESHOLDS["amber"])
    red = thresholds.get("red", DEFAULT_THRESHOLDS["red"])
    outside = [name for name, v in (("amber", amber), ("red", red)) if not 0 <= v <= 1]
    if outside:
        return msg(f"compute.thresholds.outside.{'-'.join(outside)}", amber=amber, red=red)
    if amber < red:
        return msg("compute.thresholds.inverted", amber=amber, red=red)
    return None


def merge_thresholds(base: Mapping[str, float], own: Any) -> Mapping[str, float]:
    """`base` with a measure's own `thresholds:` over it; when the result cannot be used
    (measure/thresholds reports it), `base` itself. `base` falls back to the defaults in
    the same way."""
    if threshold_problem(base) is not None:
        base = DEFAULT_THRESHOLDS
    if not isinstance(own, Mapping):
        return base
    merged = dict(base)
    for key in ("amber", "red"):
        value = number(own.get(key))
        if value is not None:
            merged[key] = float(value)
    return base if threshold_problem(merged) is not None else merged


def scale_thresholds(scale: str, thresholds: Mapping[str, float]) -> Mapping[str, float]:
    """The thresholds a scale starts from: the plan's, or the OKR playbook's."""
    return OKR_THRESHOLDS if scale == "okr" else thresholds
