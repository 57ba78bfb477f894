"""OKRs and OGSM plans: their parts, read from the plan, and their scores.

Scoring (the README quotes it):

* a key result is a measure like any other, scored by `compute.progress.measure_progress`
  (current, check-ins, directions, baseline, thresholds: all the same), or its manual
  `score`; an OKR scores the mean of its key results (weighted by `weight`, default 1).
  Colours follow the Google playbook (scale "okr"): below 0.4 red, below 0.7 amber.
* an OGSM strategy scores the (weighted) mean of its dashboard measures; an OGSM scores
  the mean of the measures of its goals (the G's). OGSM goals are SMART goals: their
  measures follow the plan's thresholds (scale "plan").
* OKRs and OGSMs are scored on their own: they steer the work under a goal and do
  not change the score of the goal they align to.
* with `okr: {rollup: true}` in prestatie.yaml, a key result that OKRs are aligned under
  (`parent: OKR-X/KR1`) scores the mean of their scores instead (a manual `score` still
  wins; OKRs without a score or whose period has not started are left out), and its OKR's
  score follows; a separate step after scoring, bottom-up (`roll_up_key_results`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from prestatie.compute.progress import (
    Coverage,
    Progress,
    coverage_of,
    judge,
    measure_progress,
    not_started,
    weight_of,
)
from prestatie.compute.scoring import OKR_THRESHOLDS
from prestatie.format import vocabulary
from prestatie.format.periods import Period, parse_date
from prestatie.model.items import Item, Measure, build_measure, ident, items, number, text
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap

OKR_TYPES = {
    "committed": "committed",
    "aspirational": "aspirational",
    "toegezegd": "committed",
    "ambitieus": "aspirational",
}


def okr_status(score: float | None) -> str:
    """The Google playbook colour of an OKR score: below 0.4 red, below 0.7 amber."""
    return judge(score, None, OKR_THRESHOLDS)[0]


def _clamp(value: float | None) -> float | None:
    return None if value is None else min(1.0, max(0.0, value))


def _mean(pairs: list[tuple[float, float | None]]) -> float | None:
    scored = [(w, s) for w, s in pairs if s is not None]
    total = sum(w for w, _ in scored)
    return sum(w * s for w, s in scored) / total if total > 0 else None


@dataclass(slots=True, eq=False)
class KeyResult:
    ref: str  # OKR-X/KR1
    id: str
    text: str
    data: YMap
    measure: Measure
    manual: float | None
    progress: Progress
    owner: str | None = None
    note: str | None = None
    raw: float | None = None
    score: float | None = None

    @property
    def numeric_target(self) -> float | None:
        return self.measure.numeric_target


@dataclass(slots=True, eq=False)
class Okr:
    item: Item
    id: str
    objective: str
    type: str  # committed | aspirational
    owner: str | None
    key_results: list[KeyResult] = field(default_factory=list)
    score: float | None = None
    coverage: Coverage | None = None


@dataclass(slots=True, eq=False)
class Action:
    text: str
    owner: str | None
    start: date | None
    due: date | None
    status: str | None
    data: YMap


@dataclass(slots=True, eq=False)
class Strategy:
    ref: str  # OGSM-X/S1
    id: str
    text: str
    owner: str | None
    data: YMap
    measures: list[Measure]
    actions: list[Action]
    progress: list[Progress] = field(default_factory=list)  # of each measure
    score: float | None = None
    coverage: Coverage | None = None


@dataclass(slots=True, eq=False)
class Ogsm:
    item: Item
    id: str
    objective: str
    owner: str | None
    goals: list[tuple[YMap, Measure | None]]
    strategies: list[Strategy]
    progress: dict[int, Progress] = field(default_factory=dict)  # by id(Measure), the G's
    score: float | None = None
    coverage: Coverage | None = None


def _measure(data: YMap, index: int, name: str = "name", actual: str = "actual") -> Measure:
    return build_measure(data, index, name_key=name, actual_key=actual)


def okrs(plan: Plan) -> list[Okr]:
    cached = plan.cache.get("okrs")
    if isinstance(cached, list):
        return cached
    out = []
    for item in plan.items:
        if item.kind != "okr" or item.id is None:
            continue
        data = item.data
        kind = data.get("type")
        okr = Okr(
            item,
            item.id,
            text(data, "objective") or "",
            OKR_TYPES.get(str(kind).strip().lower(), "committed") if kind else "committed",
            text(data, "owner"),
        )
        for index, kr in items(data, "key_results"):
            kr_id = ident(kr.get("id")) or f"KR{index + 1}"
            measure = _measure(kr, index, "text", "current")
            manual = number(kr.get("score"))
            progress = measure_progress(
                measure, item.period, plan.as_of, plan.config.thresholds, scale="okr"
            )
            result = KeyResult(
                f"{item.id}/{kr_id}",
                kr_id,
                text(kr, "text") or "",
                kr,
                measure,
                manual,
                progress,
                text(kr, "owner"),
                text(kr, "note"),
                progress.raw,
            )
            result.score = _clamp(manual) if manual is not None else progress.score
            okr.key_results.append(result)
        okr.score = _mean([(weight_of(kr.measure.weight), kr.score) for kr in okr.key_results])
        okr.coverage = coverage_of(kr.score for kr in okr.key_results)
        out.append(okr)
    plan.cache["rolled_up"] = roll_up_key_results(plan, out) if plan.config.okr_rollup else set()
    plan.cache["okrs"] = out
    return out


def ogsms(plan: Plan) -> list[Ogsm]:
    cached = plan.cache.get("ogsms")
    if isinstance(cached, list):
        return cached
    out = []
    for item in plan.items:
        if item.kind != "ogsm" or item.id is None:
            continue
        data = item.data
        goals: list[tuple[YMap, Measure | None]] = []
        for index, goal in items(data, "goals"):
            inner = goal.get("measure")
            goals.append((goal, _measure(inner, index) if isinstance(inner, YMap) else None))
        strategies = []
        for index, entry in items(data, "strategies"):
            s_id = ident(entry.get("id")) or f"S{index + 1}"
            measures = [_measure(m, i) for i, m in items(entry, "measures")]
            actions = [
                Action(
                    text(a, "text") or "",
                    text(a, "owner"),
                    parse_date(a.get("start")),
                    parse_date(a.get("due")),
                    vocabulary.action_status(a.get("status")),
                    a,
                )
                for _, a in items(entry, "actions")
            ]
            strategy = Strategy(
                f"{item.id}/{s_id}",
                s_id,
                text(entry, "text") or "",
                text(entry, "owner"),
                entry,
                measures,
                actions,
            )
            strategy.progress = [_ogsm_progress(plan, item, m) for m in measures]
            strategy.score = _mean(
                [
                    (weight_of(m.weight), p.score)
                    for m, p in zip(measures, strategy.progress, strict=True)
                ]
            )
            strategy.coverage = coverage_of(p.score for p in strategy.progress)
            strategies.append(strategy)
        ogsm = Ogsm(
            item, item.id, text(data, "objective") or "", text(data, "owner"), goals, strategies
        )
        ogsm.progress = {id(m): _ogsm_progress(plan, item, m) for _, m in goals if m is not None}
        ogsm.coverage = coverage_of(p.score for p in ogsm.progress.values())
        ogsm.score = _mean(
            [(weight_of(m.weight), ogsm.progress[id(m)].score) for _, m in goals if m is not None]
        )
        out.append(ogsm)
    plan.cache["ogsms"] = out
    return out


def _ogsm_progress(plan: Plan, item: Item, measure: Measure) -> Progress:
    """OGSM goals are SMART goals: their measures follow the plan's thresholds."""
    return measure_progress(measure, item.period, plan.as_of, plan.config.thresholds)


def parent_period(plan: Plan, ref: str | None) -> Period | None:
    """The period of what a reference points at: a goal, an OKR (or its key result), an OGSM."""
    if ref is None:
        return None
    target = plan.refs.get(ref)
    period = getattr(target, "period", None)
    return period if isinstance(period, Period) else None


def history_scores(item: Item, fiscal_year_start: int = 1) -> list[tuple[str, float]]:
    """Earlier (period, score) pairs, oldest first, whatever order they are written in."""
    from prestatie.format.periods import parse_period

    out = []
    for _, entry in items(item.data, "history"):
        score = number(entry.get("score"))
        period = parse_period(entry.get("period"), fiscal_year_start)
        if score is not None:
            out.append((period.start if period else date.min, str(entry.get("period")), score))
    return [(label, float(score)) for _, label, score in sorted(out, key=lambda t: t[0])]


def roll_up_key_results(plan: Plan, found: list[Okr]) -> set[str]:
    """Score each key result that has OKRs aligned under it by the mean of their scores,
    deepest first, then re-score its OKR; the refs of the key results rolled up.

    One post-order walk over the OKRs (cycles, reported by validate, are cut where they
    close); each OKR and key result is visited once.
    """
    by_id = {okr.id: okr for okr in found}
    under: dict[str, list[Okr]] = {}
    for okr in found:
        parent = ident(okr.item.data.get("parent"))
        if parent is not None and "/" in parent:
            under.setdefault(parent, []).append(okr)
    rolled: set[str] = set()
    state: dict[str, int] = {}
    for root in found:
        if root.id in state:
            continue
        state[root.id] = 1
        stack: list[tuple[Okr, list[Okr], int]] = [(root, _aligned(root, under), 0)]
        while stack:
            okr, children, index = stack.pop()
            if index < len(children):
                stack.append((okr, children, index + 1))
                child = children[index]
                if by_id.get(child.id) is child and child.id not in state:
                    state[child.id] = 1
                    stack.append((child, _aligned(child, under), 0))
                continue
            _roll_up(okr, under, rolled, plan.as_of)
            state[okr.id] = 2
    return rolled


def _aligned(okr: Okr, under: dict[str, list[Okr]]) -> list[Okr]:
    return [child for kr in okr.key_results for child in under.get(kr.ref, [])]


def _roll_up(okr: Okr, under: dict[str, list[Okr]], rolled: set[str], as_of: date) -> None:
    changed = False
    for kr in okr.key_results:
        if kr.manual is not None:
            continue
        scores = [
            c.score
            for c in under.get(kr.ref, [])
            if c.score is not None and not not_started(c.item.period, as_of)
        ]
        if scores:
            kr.score = kr.raw = sum(scores) / len(scores)
            rolled.add(kr.ref)
            changed = True
    if changed:
        okr.score = _mean([(weight_of(kr.measure.weight), kr.score) for kr in okr.key_results])


def rolled_up(plan: Plan) -> set[str]:
    """Refs of the key results whose score is rolled up from the OKRs under them."""
    okrs(plan)
    found = plan.cache.get("rolled_up")
    return found if isinstance(found, set) else set()
