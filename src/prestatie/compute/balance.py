"""Balance across the Balanced Scorecard perspectives, per scope.

The formulas, defined once (the README quotes them):

* pool: objectives at the strategic, department and operational level; each counts
  in its own perspective or, without one, in its parent's (inherited).
* per perspective p: objectives nₚ, measures mₚ, summed weight wₚ (objective
  weights, default 1), share sₚ = wₚ / Σ w.
* normalised entropy E = −Σ sₚ·ln sₚ / ln k over the k perspectives of the plan's
  set (0·ln 0 = 0): 1.0 is perfectly even, 0.0 is everything in one perspective.
* external share = Σ sₚ over external perspectives (internal = the rest); short,
  medium and long horizon shares likewise.
* leading ratio = leading measures / (leading + lagging measures).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from prestatie.compute.scorecards import BSC_LEVELS, effective_perspectives, scorecards
from prestatie.model.items import Goal
from prestatie.model.plan import Plan
from prestatie.source.nodes import Pos

SCOPE_KINDS = ("plan", "level", "unit", "scorecard")


@dataclass(slots=True)
class PerspectiveFigures:
    id: str
    label: dict[str, str]
    objectives: int = 0
    measures: int = 0
    weight: float = 0.0
    share: float | None = None
    leading: int = 0
    lagging: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "objectives": self.objectives,
            "measures": self.measures,
            "weight": self.weight,
            "share": _round(self.share),
            "leading": self.leading,
            "lagging": self.lagging,
        }


@dataclass(slots=True)
class Scope:
    kind: str  # plan | level | unit | scorecard
    name: str
    file: str
    pos: Pos
    goals: list[Goal] = field(default_factory=list)
    perspectives: list[PerspectiveFigures] = field(default_factory=list)
    objectives: int = 0
    unassigned: list[str] = field(default_factory=list)
    inherited: dict[str, str] = field(default_factory=dict)
    measures: int = 0
    weight: float = 0.0
    entropy: float | None = None
    orientation: dict[str, float | None] = field(default_factory=dict)
    horizon: dict[str, float | None] = field(default_factory=dict)
    leading: int = 0
    lagging: int = 0
    unspecified: int = 0

    @property
    def leading_ratio(self) -> float | None:
        known = self.leading + self.lagging
        return self.leading / known if known else None

    def figures(self, pid: str) -> PerspectiveFigures:
        return next(f for f in self.perspectives if f.id == pid)

    def as_dict(self) -> dict[str, Any]:
        return {
            "scope": self.kind,
            "name": self.name,
            "objectives": self.objectives,
            "unassigned": self.unassigned,
            "inherited": self.inherited,
            "measures": self.measures,
            "weight": self.weight,
            "entropy": _round(self.entropy),
            "orientation": {k: _round(v) for k, v in self.orientation.items()},
            "horizon": {k: _round(v) for k, v in self.horizon.items()},
            "indicators": {
                "leading": self.leading,
                "lagging": self.lagging,
                "unspecified": self.unspecified,
                "leading_ratio": _round(self.leading_ratio),
            },
            "perspectives": [f.as_dict() for f in self.perspectives],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def entropy(shares: Iterable[float], k: int) -> float | None:
    """Normalised Shannon entropy of shares over k categories; None when undefined."""
    values = list(shares)
    if k < 2 or not values or abs(sum(values) - 1.0) > 1e-9:
        return None
    h = sum(-s * math.log(s) for s in values if s > 0)
    return max(0.0, h / math.log(k))


def measure(
    plan: Plan,
    name: str,
    kind: str,
    goals: list[Goal],
    file: str,
    pos: Pos,
    assigned: dict[str, str] | None = None,
) -> Scope:
    """The balance figures of one scope; `assigned` overrides perspectives (scorecards)."""
    persp = plan.config.perspectives
    effective = effective_perspectives(plan)
    scope = Scope(kind, name, file, pos, goals)
    by_id = {p.id: PerspectiveFigures(p.id, dict(p.labels)) for p in persp.perspectives}
    for goal in goals:
        pid = assigned[goal.id] if assigned and goal.id in assigned else effective.of.get(goal.id)
        if pid is None or pid not in by_id:
            scope.unassigned.append(goal.id)
            continue
        if goal.id in effective.inherited_from and not (assigned and goal.id in assigned):
            scope.inherited[goal.id] = effective.inherited_from[goal.id]
        figures = by_id[pid]
        figures.objectives += 1
        figures.measures += len(goal.measures)
        figures.weight += 1.0 if goal.weight is None else float(goal.weight)
        for m in goal.measures:
            if m.indicator == "leading":
                figures.leading += 1
            elif m.indicator == "lagging":
                figures.lagging += 1
            else:
                scope.unspecified += 1
    scope.perspectives = list(by_id.values())
    scope.objectives = sum(f.objectives for f in scope.perspectives)
    scope.measures = sum(f.measures for f in scope.perspectives)
    scope.weight = sum(f.weight for f in scope.perspectives)
    scope.leading = sum(f.leading for f in scope.perspectives)
    scope.lagging = sum(f.lagging for f in scope.perspectives)
    if scope.weight > 0:
        for f in scope.perspectives:
            f.share = f.weight / scope.weight
        scope.entropy = entropy([f.share or 0.0 for f in scope.perspectives], len(by_id))
    for attribute, values, target in (
        ("orientation", ("external", "internal"), scope.orientation),
        ("horizon", ("short", "medium", "long"), scope.horizon),
    ):
        for value in values:
            if scope.weight <= 0:
                target[value] = None
                continue
            target[value] = sum(
                f.share or 0.0
                for f in scope.perspectives
                if getattr(persp.get(f.id), attribute, None) == value
            )
    return scope


def pool(plan: Plan) -> list[Goal]:
    from prestatie.format.vocabulary import level

    levels = plan.config.balance.get("levels")
    chosen = {level(v) for v in levels} - {None} if isinstance(levels, list) else set()
    wanted = chosen or set(BSC_LEVELS)
    return [g for g in plan.goals if g.level in wanted]


def scopes(plan: Plan, by: Iterable[str] = SCOPE_KINDS) -> list[Scope]:
    """The scopes asked for, in a stable order: plan, levels, units, scorecards."""
    kinds = set(by)
    goals = pool(plan)
    out: list[Scope] = []
    if "plan" in kinds:
        out.append(measure(plan, "plan", "plan", goals, *_plan_position(plan, goals)))
    if "level" in kinds:
        for level in plan.config.levels:
            members = [g for g in goals if g.level == level]
            if members:
                first = _first(members)
                where = first.data.key_pos("id")
                out.append(measure(plan, level, "level", members, first.file, where))
    if "unit" in kinds:
        units = sorted({g.unit for g in goals if g.unit})
        for unit in units:
            members = [g for g in goals if g.unit and (g.unit + "/").startswith(unit + "/")]
            first = _first(members)
            out.append(measure(plan, unit, "unit", members, first.file, first.data.key_pos("id")))
    if "scorecard" in kinds:
        for card in scorecards(plan):
            out.append(
                measure(
                    plan, card.id, "scorecard", card.goals(), card.file, card.pos, card.assigned()
                )
            )
    return out


def _first(goals: list[Goal]) -> Goal:
    return min(goals, key=lambda g: (g.file, g.data.pos))


def _plan_position(plan: Plan, goals: list[Goal]) -> tuple[str, Pos]:
    doc = plan.config.document
    if doc is not None:
        data = doc.data
        return doc.file, data.key_pos("balance") if "balance" in data else doc.pos
    if goals:
        first = _first(goals)
        return first.file, first.data.key_pos("id")
    return "", (0, 0)
