"""The data of `prestatie export`: every objective of the cascade with its measures and
their figures on the as-of date, the plan's settings and its balance, as plain records.

Nothing is computed here that another command computes differently: the figures are the
nodes of `compute.tree.build` (progress, score and status from `compute.progress` and
`compute.okr`), the balance is `compute.balance.scopes`, the perspective an objective
counts in is `compute.scorecards.effective_perspectives`, and the level an OKR or OGSM
counts at is `compute.tree_shape.ranks` (as `tree --level` reads it). The model supplies
the normalised plan values beside them: canonical levels, directions and perspective
ids, aliases resolved, the `goals:` defaults and the plan's period applied.

Personal objectives stay out unless `people`; owners that name a person are left out
(their id with `redact`), as in `prestatie tree`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.compute import tree, tree_shape
from prestatie.compute.balance import Scope, scopes
from prestatie.compute.okr import KeyResult, Strategy, ogsms, okrs
from prestatie.compute.people_stats import person_names
from prestatie.compute.scorecards import effective_perspectives
from prestatie.compute.tree_node import Node
from prestatie.compute.tree_select import mask_owners, without_people
from prestatie.format.periods import Period, parse_date
from prestatie.format.vocabulary import LEVEL_RANK, LEVELS
from prestatie.model.items import Goal, Item, Measure, ident, text
from prestatie.model.plan import Plan

#: The kinds of record, in the order the README names them.
KINDS: tuple[str, ...] = ("goal", "okr", "key-result", "ogsm", "strategy")
#: The balance scopes the export holds.
BALANCE_SCOPES: tuple[str, ...] = ("plan", "level")

Scalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class ExportRequest:
    #: Only the objectives at these levels (canonical ids); empty: every level. An OKR or
    #: OGSM counts at the level below what it derives from (`tree_shape.ranks`).
    levels: frozenset[str] = frozenset()
    people: bool = False
    redact: bool = False


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    id: str
    name: str | None
    unit: str | None
    baseline: float | None
    target: Scalar
    actual: Scalar
    direction: str | None
    minimum: float | None
    maximum: float | None
    green: float | None
    red: float | None
    indicator: str | None
    weight: float | None
    due: date | None
    progress: float | None
    score: float | None
    expected: float | None
    status: str
    behind: bool
    met: bool | None
    manual_score: float | None = None  # a key result's own `score:`


@dataclass(slots=True)
class Record:
    """One objective: a goal at any level, an OKR, a key result, an OGSM or a strategy."""

    kind: str
    id: str
    level: str | None  # a goal's level as the plan gives it
    tier: str | None  # the level it counts at: a goal's own, an OKR's one below its parent
    parent: str | None
    title: str
    owner: str | None
    unit: str | None
    perspective: str | None  # as written (or from `defaults:`), its canonical id
    effective_perspective: str | None  # the one balance counts: own, else inherited
    period: Period | None
    weight: float | None
    score: float | None
    progress: float | None
    expected: float | None
    status: str
    behind: bool
    measured: int | None  # parts with a score (coverage), of `parts`
    parts: int | None
    partial: bool
    met: bool | None
    derived: bool
    file: str
    line: int
    measures: list[MeasureRecord] = field(default_factory=list)


@dataclass(slots=True)
class Export:
    as_of: date
    name: str | None
    organisation: str | None
    language: str | None
    period: Period | None
    levels: tuple[str, ...]
    perspectives: list[dict[str, Any]]
    units: tuple[str, ...]
    thresholds: dict[str, float]
    mission: dict[str, Any] | None
    records: list[Record]
    balance: list[Scope]
    #: Personal objectives left out (without `people`).
    hidden: int = 0

    def levels_present(self) -> list[str]:
        """The tiers of the goals, in the plan's order of levels."""
        found = {r.tier for r in self.records if r.kind == "goal"}
        return [level for level in LEVELS if level in found]


def build(plan: Plan, as_of: date, request: ExportRequest | None = None) -> Export:
    """The export of `plan` on `as_of`; sets `plan.as_of` (OKR and OGSM scores are judged
    on that date, as every other)."""
    request = request or ExportRequest()
    plan.as_of = as_of
    roots = tree.build(plan, as_of)
    hidden = 0
    if not request.people:
        roots, hidden = without_people(plan, roots)
    if not request.people or request.redact:
        mask_owners(roots, person_names(plan), request.redact)
    roots = tree_shape.order(roots, "plan")  # as `prestatie tree` shows them
    roots = [r for r in roots if r.derived] + [r for r in roots if not r.derived]
    tiers = tree_shape.ranks(roots)
    names = {rank: level for level, rank in reversed(list(LEVEL_RANK.items()))}
    deepest = max(LEVEL_RANK.values())
    parts = _parts(plan)
    effective = effective_perspectives(plan).of
    records: list[Record] = []
    # Depth first in the tree's order: the mission's cascade, then the loose roots.
    stack: list[tuple[Node, Node | None]] = [(r, None) for r in reversed(roots)]
    while stack:
        node, above = stack.pop()
        stack.extend((child, node) for child in reversed(node.children))
        if node.kind == "mission":
            continue
        # Below the personal level (an OKR under a personal objective) is still personal.
        rank = min(tiers.get(id(node), 0), deepest)
        tier = node.level if node.level in LEVEL_RANK else names.get(rank)
        if request.levels and tier not in request.levels:
            continue
        records.append(_record(plan, node, above, tier, parts, effective))
    mission = plan.mission
    config = plan.config
    return Export(
        as_of=as_of,
        name=config.name,
        organisation=text(mission.data, "organisation") if mission else None,
        language=config.language,
        period=config.period,
        levels=config.levels,
        perspectives=[
            {"id": p.id, "label": dict(p.labels)} for p in config.perspectives.perspectives
        ],
        units=config.units or (),
        thresholds={k: float(v) for k, v in config.thresholds.items()},
        mission=_mission(mission) if mission else None,
        records=records,
        balance=scopes(plan, BALANCE_SCOPES),
        hidden=hidden,
    )


def _mission(item: Item) -> dict[str, Any]:
    values = item.data.get("values")
    return {
        "organisation": text(item.data, "organisation"),
        "owner": text(item.data, "owner"),
        "mission": text(item.data, "mission"),
        "vision": text(item.data, "vision"),
        "values": [str(v) for v in values if isinstance(v, str | int | float)]
        if isinstance(values, list)
        else [],
        "period": item.period,
    }


def _parts(plan: Plan) -> dict[str, KeyResult | Strategy | list[Measure]]:
    """The model of every OKR and OGSM part by reference: key results and strategies, and
    an OGSM's goal measures (in the order the tree lists them)."""
    found: dict[str, KeyResult | Strategy | list[Measure]] = {}
    for okr in okrs(plan):
        for kr in okr.key_results:
            found[kr.ref] = kr
    for ogsm in ogsms(plan):
        found[ogsm.id] = [m for _, m in ogsm.goals if m is not None]
        for strategy in ogsm.strategies:
            found[strategy.ref] = strategy
    return found


def _record(
    plan: Plan,
    node: Node,
    above: Node | None,
    tier: str | None,
    parts: dict[str, KeyResult | Strategy | list[Measure]],
    effective: dict[str, str | None],
) -> Record:
    source = plan.refs.get(node.id)
    model: list[Measure] = []
    period: Period | None = None
    parent: str | None = above.id if above is not None else None
    weight: float | None = None
    file, line = "", 0
    perspective = node.perspective
    if node.kind == "goal" and isinstance(source, Goal):
        model, period, weight = source.measures, source.period, source.weight
        parent = source.parent
        file, line = source.file, source.data.pos[0]
    elif node.kind in ("okr", "ogsm") and isinstance(source, Item):
        period = source.period
        parent = ident(source.data.get("parent"))
        file, line = source.file, source.data.pos[0]
        held = parts.get(node.id)
        model = held if isinstance(held, list) else []
    else:  # a key result or strategy: its document holds the period
        held = parts.get(node.id)
        if isinstance(held, KeyResult):
            model, weight = [held.measure], held.measure.weight
        elif isinstance(held, Strategy):
            model = held.measures
        document = plan.refs.get(above.id) if above is not None else None
        if isinstance(document, Item):
            period, file = document.period, document.file
        if isinstance(held, KeyResult | Strategy):
            line = held.data.pos[0]
    coverage = node.coverage
    return Record(
        kind=node.kind,
        id=node.id,
        level=node.level,
        tier=tier,
        parent=parent,
        title=node.title,
        owner=node.owner,
        unit=node.unit,
        perspective=perspective,
        effective_perspective=effective.get(node.id) if node.kind == "goal" else None,
        period=period,
        weight=_number(weight),
        score=_round(node.score),
        progress=_round(node.progress),
        expected=_round(node.expected),
        status=node.status,
        behind=node.behind,
        measured=None if coverage is None else coverage.measured,
        parts=None if coverage is None else coverage.of,
        partial=node.partial,
        met=node.met,
        derived=node.derived,
        file=file,
        line=line,
        measures=list(_measures(model, node.measures)),
    )


def _measures(model: list[Measure], entries: list[dict[str, Any]]) -> Iterable[MeasureRecord]:
    """Each measure of a node: the tree's figures beside the model's normalised values."""
    for measure, entry in zip(model, entries, strict=True):
        yield MeasureRecord(
            id=measure.key,
            name=measure.name,
            unit=measure.unit,
            baseline=_number(measure.baseline),
            target=_scalar(measure.target),
            actual=_scalar(entry.get("actual")),
            direction=measure.direction,
            minimum=_number(measure.minimum),
            maximum=_number(measure.maximum),
            green=_number(measure.green),
            red=_number(measure.red),
            indicator=measure.indicator,
            weight=_number(measure.weight),
            due=parse_date(measure.due),
            progress=entry.get("progress"),
            score=entry.get("score"),
            expected=entry.get("expected"),
            status=str(entry.get("status", "none")),
            behind=bool(entry.get("behind")),
            met=entry.get("met"),
            manual_score=_number(entry.get("manual_score")),
        )


def _round(value: float | None) -> float | None:
    """A figure as every command's machine output gives it (`prestatie tree --format json`)."""
    return None if value is None else round(value, 4)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _scalar(value: Any) -> Scalar:
    """A figure as written when it is one value (a number, a word, true/false); None for
    anything else (a list or mapping where a figure belongs is reported by the schema)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return None
