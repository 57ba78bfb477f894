"""OKR and OGSM one-pagers: their parts from `compute.okr`, their scores and colours from
the tree nodes (the figures of `prestatie tree`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from prestatie.compute.okr import ogsms, okrs
from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.model.items import number, text
from prestatie.model.plan import Plan
from prestatie.render.common import NONE, value
from prestatie.render.report.values import MeasureLine, measure_line, node_status, percent


@dataclass(frozen=True, slots=True)
class KeyResultLine:
    id: str
    text: str
    unit: str
    baseline: str
    target: str
    current: str
    score: float | None  # 0..1
    score_text: str  # 0,72
    status: str  # the colour: green | amber | red | none | not-started
    status_text: str
    owner: str
    confidence: str


@dataclass(frozen=True, slots=True)
class OkrSheet:
    id: str
    objective: str
    owner: str
    period: str
    type: str
    parent: str
    score: float | None
    score_text: str
    status: str
    status_text: str
    key_results: tuple[KeyResultLine, ...]


@dataclass(frozen=True, slots=True)
class Action:
    text: str
    owner: str
    due: str
    status: str


@dataclass(frozen=True, slots=True)
class OgsmGoal:
    text: str
    measure: MeasureLine | None


@dataclass(frozen=True, slots=True)
class OgsmStrategy:
    id: str
    text: str
    owner: str
    score_text: str
    status: str
    status_text: str
    measures: tuple[MeasureLine, ...]
    actions: tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class OgsmRow:
    """One row of the one-pager: the n-th goal beside the n-th strategy."""

    goal: OgsmGoal | None
    strategy: OgsmStrategy | None


@dataclass(frozen=True, slots=True)
class OgsmSheet:
    id: str
    title: str
    objective: str
    owner: str
    period: str
    score: float | None
    score_text: str
    status: str
    status_text: str
    goals: tuple[OgsmGoal, ...]
    strategies: tuple[OgsmStrategy, ...]
    rows: tuple[OgsmRow, ...]


def _score(score: float | None, speaker: Speaker) -> str:
    """An OKR score as OKRs write it: 0,72."""
    return NONE if score is None else speaker.number(score, 2)


def okr_sheets(plan: Plan, nodes: dict[str, Node], speaker: Speaker) -> tuple[OkrSheet, ...]:
    out = []
    for okr in okrs(plan):
        node = nodes.get(okr.id)
        if node is None:
            continue
        lines = []
        for kr in okr.key_results:
            kr_node = nodes.get(kr.ref)
            if kr_node is None:
                continue
            m = kr.measure
            confidence = number(kr.data.get("confidence"))
            lines.append(
                KeyResultLine(
                    id=kr.id,
                    text=kr.text,
                    unit=m.unit or "",
                    baseline=value(m.baseline, speaker),
                    target=value(m.target, speaker),
                    current=value(m.actual, speaker),
                    score=kr_node.score,
                    score_text=_score(kr_node.score, speaker),
                    status=kr_node.status,
                    status_text=node_status(kr_node, speaker),
                    owner=kr.owner or "",
                    confidence=NONE if confidence is None else speaker.number(confidence),
                )
            )
        out.append(
            OkrSheet(
                id=okr.id,
                objective=okr.objective,
                owner=okr.owner or "",
                period=str(okr.item.period) if okr.item.period else "",
                type=speaker.text(f"report.okr.{okr.type}"),
                parent=text(okr.item.data, "parent") or "",
                score=node.score,
                score_text=_score(node.score, speaker),
                status=node.status,
                status_text=node_status(node, speaker),
                key_results=tuple(lines),
            )
        )
    return tuple(out)


def ogsm_sheets(plan: Plan, nodes: dict[str, Node], speaker: Speaker) -> tuple[OgsmSheet, ...]:
    out = []
    for ogsm in ogsms(plan):
        node = nodes.get(ogsm.id)
        if node is None:
            continue
        entries = iter(node.measures)
        goals = tuple(
            OgsmGoal(
                text(data, "text") or (m.name if m is not None else "") or "",
                measure_line(next(entries), speaker) if m is not None else None,
            )
            for data, m in ogsm.goals
        )
        strategies = []
        for strategy in ogsm.strategies:
            s_node = nodes.get(strategy.ref)
            if s_node is None:
                continue
            strategies.append(
                OgsmStrategy(
                    id=strategy.id,
                    text=strategy.text,
                    owner=strategy.owner or "",
                    score_text=percent(s_node.score, speaker),
                    status=s_node.status,
                    status_text=node_status(s_node, speaker),
                    measures=tuple(measure_line(e, speaker) for e in s_node.measures),
                    actions=tuple(
                        Action(
                            a.text,
                            a.owner or "",
                            speaker.date(a.due) if a.due else "",
                            speaker.text(f"report.action.{a.status}") if a.status else "",
                        )
                        for a in strategy.actions
                    ),
                )
            )
        out.append(
            OgsmSheet(
                id=ogsm.id,
                title=text(ogsm.item.data, "title") or ogsm.id,
                objective=ogsm.objective,
                owner=ogsm.owner or "",
                period=str(ogsm.item.period) if ogsm.item.period else "",
                score=node.score,
                score_text=percent(node.score, speaker),
                status=node.status,
                status_text=node_status(node, speaker),
                goals=goals,
                strategies=tuple(strategies),
                rows=tuple(
                    OgsmRow(g, st) for g, st in zip_longest(goals, strategies, fillvalue=None)
                ),
            )
        )
    return tuple(out)
