"""The scorecards of the report: the perspectives with their objectives, a score per
perspective (`compute.scorecards.perspective_scores`) and the strategy map."""

from __future__ import annotations

from dataclasses import dataclass

from prestatie.compute.scorecards import perspective_scores, scorecards
from prestatie.compute.tree import Node
from prestatie.i18n import Speaker
from prestatie.model.items import text
from prestatie.model.plan import Plan
from prestatie.render.report.cascade import Flow, FlowNode, Objective, objective, private
from prestatie.render.report.values import label, node_status, percent


@dataclass(frozen=True, slots=True)
class CardPerspective:
    id: str
    title: str  # the plan's label
    objectives: tuple[Objective, ...]
    score: float | None  # 0..1: the weighted mean of its objectives
    score_text: str
    counts: str  # `2 met · 1 partly met · 0 not met`
    met: int
    partly: int
    not_met: int


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    title: str
    mission: str
    vision: str
    perspectives: tuple[CardPerspective, ...]
    map: Flow  # cause → effect, from learning up to the financial perspective


def build(plan: Plan, nodes: dict[str, Node], speaker: Speaker) -> tuple[Card, ...]:
    """Each scorecard; its figures are those of the tree nodes (`compute.tree`), so the
    progress of the plan is computed once."""
    mission = plan.mission.data if plan.mission is not None else None
    out = []
    for card in scorecards(plan):
        scores = perspective_scores(card, nodes)
        perspectives = []
        keys: dict[str, str] = {}
        map_nodes: list[FlowNode] = []
        # The map's lowest perspective first: learning → … → financial.
        for pid in reversed(list(card.members)):
            for member in card.members[pid]:
                node = nodes.get(member.goal.id)
                if node is None or member.goal.id in keys or private(plan, node):
                    continue
                key = f"n{len(keys) + 1}"
                keys[member.goal.id] = key
                shown = label(f"{node.id} ({percent(node.score, speaker)}) {node.title}")
                status = node_status(node, speaker)
                map_nodes.append(FlowNode(key, node.id, shown, node.status, status))
        for pid, members in card.members.items():
            found = [nodes[m.goal.id] for m in members if m.goal.id in keys]
            figures = scores[pid]
            perspectives.append(
                CardPerspective(
                    id=pid,
                    title=speaker.perspective(pid),
                    objectives=tuple(objective(n, speaker, "", 0) for n in found),
                    score=figures.score,
                    score_text=percent(figures.score, speaker),
                    counts=speaker.text(
                        "report.card.counts",
                        met=figures.met,
                        partly=figures.partly,
                        not_met=figures.not_met,
                    ),
                    met=figures.met,
                    partly=figures.partly,
                    not_met=figures.not_met,
                )
            )
        edges = tuple(
            (keys[link.cause], keys[link.effect])
            for link in card.links
            if link.cause in keys and link.effect in keys
        )
        out.append(
            Card(
                id=card.id,
                title=card.title,
                mission=(text(mission, "mission") or "") if mission is not None else "",
                vision=(text(mission, "vision") or "") if mission is not None else "",
                perspectives=tuple(perspectives),
                map=Flow(tuple(map_nodes), edges, 0),
            )
        )
    return tuple(out)
