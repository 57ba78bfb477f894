"""Progress, status and roll-up: how far is each objective, and is it on track?

The formulas, in one place (the README quotes them):

* progress of a measure = (actual − baseline) / (target − baseline), for increase and
  decrease alike; shown raw (over-achievement stays visible), scored clamped to 0..1.
* a range measure scores 1 inside [min, max]; outside, it loses score with the
  distance to the band, measured in units of the baseline's distance to the band
  (or of the band's width when the baseline lies inside it).
* a decrease or range measure without a baseline has no progress and no score; its
  status is green when the target is met (`met`), red when not. An increase without
  a baseline counts from 0.
* a milestone (`direction: milestone`, or a true/false target) scores 1 when done, else 0.
* any other measure with text where a number belongs (target, baseline, min, max, actual
  or the check-in that counts) has no score: text is never read as a figure.
* actual = `actual` when written, else the latest check-in on or before the as-of date;
  check-ins after the as-of date never count.
* an item whose period starts after the as-of date is `not-started`: it has no score
  (its undated `actual` does not count yet) and is left out of its parent's roll-up.
* expected progress = the share of the period elapsed on the as-of date (days,
  inclusive); the period ends at the measure's `due` date when it has one.
* status = not-started before the period starts; none without data; otherwise the
  score is compared with the expected progress: ratio = score / expected (score
  alone once the period is over); green when ratio ≥ amber threshold, amber when
  ≥ red threshold, red below.
  A measure with `green:`/`red:` levels in its own unit takes its status from the
  actual value instead: green at or beyond `green`, red beyond `red`, amber between.
  `behind` is true while the period runs and the score is below the expected progress.
* an objective's score = Σ wᵢ·sᵢ / Σ wᵢ over its own measures and its children
  (weights default to 1; children with `rollup: false` and parts without a score
  are left out). Its coverage = how many of those parts have a score; a score on
  fewer than half of them is partial.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from prestatie.compute.scoring import (
    level_problem,
    level_status,
    merge_thresholds,
    needs_baseline,
    raw_progress,
    scale_thresholds,
    target_met,
)
from prestatie.format.periods import Period, parse_date
from prestatie.model.items import Goal, Measure
from prestatie.model.plan import Plan


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many parts of an objective (its measures and rolled-up children, an OKR's key
    results, an OGSM's measures) have a score: `measured` of `of`."""

    measured: int
    of: int

    @property
    def partial(self) -> bool:
        """Fewer than half of the parts are measured: a score on them is built on little."""
        return self.measured * 2 < self.of

    def as_dict(self) -> dict[str, int]:
        return {"measured": self.measured, "of": self.of}


def coverage_of(scores: Iterable[float | None]) -> Coverage:
    """The one count of measured parts, for every kind of objective."""
    measured = total = 0
    for score in scores:
        total += 1
        measured += score is not None
    return Coverage(measured, total)


@dataclass(frozen=True, slots=True)
class Progress:
    """Progress of one measure or objective on the as-of date."""

    actual: Any
    raw: float | None
    score: float | None
    expected: float | None
    status: str  # green | amber | red | none | not-started
    behind: bool
    met: bool | None = None  # the target is reached on the as-of date; None: unknown
    scale: str = "plan"  # plan: the plan's thresholds against expected progress; okr: 0.7/0.4
    coverage: Coverage | None = None  # of an objective; None for a single measure

    def as_dict(self) -> dict[str, Any]:
        return {
            "actual": self.actual,
            "progress": _round(self.raw),
            "score": _round(self.score),
            "expected": _round(self.expected),
            "status": self.status,
            "behind": self.behind,
            "met": self.met,
            "scale": self.scale,
            "coverage": None if self.coverage is None else self.coverage.as_dict(),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


NOT_STARTED = Progress(None, None, None, 0.0, "not-started", False)
NO_DATA = Progress(None, None, None, None, "none", False)


def not_started(period: Period | None, as_of: date) -> bool:
    """True when the period begins after `as_of`: nothing about it can be judged yet."""
    return period is not None and as_of < period.start


def expected_share(period: Period | None, as_of: date, due: date | None = None) -> float | None:
    """Share of the period elapsed on `as_of` (inclusive days), 0..1; None without a period."""
    if period is None:
        return None
    start = period.start
    end = due if due is not None and start <= due else period.end
    if as_of < start:
        return 0.0
    if as_of >= end:
        return 1.0
    return ((as_of - start).days + 1) / ((end - start).days + 1)


def latest_actual(measure: Measure, as_of: date | None = None) -> Any:
    """`actual`, else the value of the latest check-in (by date) on or before `as_of`."""
    if measure.actual is not None:
        return measure.actual
    dated = [(parse_date(c.date), i, c.value) for i, c in enumerate(measure.checkins)]
    dated = [
        (d, i, v)
        for d, i, v in dated
        if d is not None and v is not None and (as_of is None or d <= as_of)
    ]
    if not dated:
        return None
    return max(dated, key=lambda t: (t[0], t[1]))[2]


def judge(
    score: float | None, expected: float | None, thresholds: Mapping[str, float]
) -> tuple[str, bool]:
    """Status and `behind` for a score, against the expected progress."""
    if score is None:
        return "none", False
    running = expected is not None and expected < 1.0
    behind = running and expected is not None and score < expected
    if running and expected is not None:
        ratio = score / expected if expected > 0 else 1.0
    else:
        ratio = score
    amber = thresholds.get("amber", 0.8)
    red = thresholds.get("red", 0.5)
    if ratio >= amber:
        return "green", behind
    if ratio >= red:
        return "amber", behind
    return "red", behind


def measure_progress(
    measure: Measure,
    period: Period | None,
    as_of: date,
    thresholds: Mapping[str, float],
    scale: str = "plan",
) -> Progress:
    """The one scoring of a measure, wherever it is written (goal, key result, OGSM).

    scale "plan": status = score ÷ expected progress against the plan's thresholds;
    scale "okr" (key results): the score itself against 0.7 / 0.4. A measure's own
    `thresholds:` override either."""
    actual = latest_actual(measure, as_of)
    raw = raw_progress(measure, actual)
    score = None if raw is None else min(1.0, max(0.0, raw))
    expected = expected_share(period, as_of, parse_date(measure.due))
    own = None if level_problem(measure) else measure.data.get("thresholds")
    merged = merge_thresholds(scale_thresholds(scale, thresholds), own)
    status, behind = judge(score, expected, merged)
    if scale == "okr":
        status = judge(score, None, merged)[0]
    met = target_met(measure, actual)
    if score is None and met is not None and needs_baseline(measure):
        # No progress figure without a baseline: the status says only met or not met.
        status = "green" if met else "red"
    levels = level_status(measure, actual)
    if levels is not None:
        status = levels  # the measure's own levels, in its unit, on the as-of date
    return Progress(actual, raw, score, expected, status, behind, met, scale)


@dataclass(slots=True)
class PlanProgress:
    """Progress of every measure and goal of a plan on one date."""

    as_of: date
    measures: dict[int, Progress]  # by id(Measure)
    goals: dict[str, Progress]

    def of_measure(self, measure: Measure) -> Progress:
        return self.measures[id(measure)]


def weight_of(value: float | None) -> float:
    """A part's weight in a mean: as written (0 or more), 1 when not written."""
    return 1.0 if value is None else float(value)


def compute(plan: Plan, as_of: date) -> PlanProgress:
    """Score every goal bottom-up: each goal is scored once, after its children."""
    thresholds = merge_thresholds(plan.config.thresholds, None)
    measures: dict[int, Progress] = {}
    goals: dict[str, Progress] = {}
    by_id = {goal.id: goal for goal in plan.goals}
    for goal in plan.goals:
        waiting = not_started(goal.period, as_of)
        for measure in goal.measures:
            measures[id(measure)] = (
                NOT_STARTED
                if waiting
                else measure_progress(measure, goal.period, as_of, thresholds)
            )
    # Post-order without recursion; cycles (reported by validate) are cut where they close.
    state: dict[str, int] = {}
    for root in plan.goals:
        if root.id in state:
            continue
        stack: list[tuple[Goal, int]] = [(root, 0)]
        state[root.id] = 1
        while stack:
            goal, index = stack.pop()
            children = goal.children
            if index < len(children):
                stack.append((goal, index + 1))
                child = children[index]
                if by_id.get(child.id) is child and child.id not in state:
                    state[child.id] = 1
                    stack.append((child, 0))
                continue
            goals[goal.id] = _goal_progress(goal, measures, goals, as_of, thresholds)
            state[goal.id] = 2
    return PlanProgress(as_of, measures, goals)


def _goal_progress(
    goal: Goal,
    measures: dict[int, Progress],
    goals: dict[str, Progress],
    as_of: date,
    thresholds: Mapping[str, float],
) -> Progress:
    if not_started(goal.period, as_of):
        return NOT_STARTED
    total = 0.0
    weights = 0.0
    for measure in goal.measures:
        progress = measures[id(measure)]
        if progress.score is not None:
            w = weight_of(measure.weight)
            total += w * progress.score
            weights += w
    for child in goal.children:
        child_progress = goals.get(child.id)
        if not child.rollup or child_progress is None or child_progress.score is None:
            continue
        w = weight_of(child.weight)
        total += w * child_progress.score
        weights += w
    score = total / weights if weights > 0 else None
    expected = expected_share(goal.period, as_of)
    status, behind = judge(score, expected, thresholds)
    coverage = _goal_coverage(goal, measures, goals)
    return Progress(None, score, score, expected, status, behind, coverage=coverage)


def _goal_coverage(
    goal: Goal, measures: dict[int, Progress], goals: dict[str, Progress]
) -> Coverage:
    """Measured parts of a goal: its measures and the children that count towards it (a
    part whose period has not started is not a part yet, as in the roll-up)."""
    parts = [measures[id(m)] for m in goal.measures]
    parts += [goals.get(c.id, NO_DATA) for c in goal.children if c.rollup]
    return coverage_of(p.score for p in parts if p.status != "not-started")
