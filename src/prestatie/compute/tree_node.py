"""One node of the cascade tree (`compute.tree`): an objective, OKR, key result, OGSM or
strategy with its figures on the as-of date, and the nodes below it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from prestatie.compute.progress import Coverage


@dataclass(slots=True)
class Node:
    id: str
    kind: str
    title: str
    level: str | None = None
    owner: str | None = None
    perspective: str | None = None
    unit: str | None = None
    period: str | None = None
    score: float | None = None
    progress: float | None = None
    expected: float | None = None
    status: str = "none"
    behind: bool = False
    rolled_up: bool | None = None  # key results: scored from the OKRs aligned under them
    scale: str = "plan"  # the colour scale: plan (thresholds, paced) | okr (0.7 / 0.4)
    coverage: Coverage | None = None  # measured parts of an objective
    met: bool | None = None  # a key result's target reached (shown when it has no score)
    measures: list[dict[str, Any]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    #: Where the plan writes it: (index of its file in the plan's reading order, line,
    #: column); the plan order of `--sort plan`.
    place: tuple[int, int, int] = (0, 0, 0)
    #: False for a node that does not derive from the mission (an unknown parent, a
    #: broken chain or a cycle above it).
    derived: bool = True
    #: True for a node a filter keeps only as the path to a match below it.
    context: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The node and everything below it, built without recursion (any depth)."""
        done: dict[int, dict[str, Any]] = {}
        stack: list[tuple[Node, bool]] = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if not expanded:
                stack.append((node, True))
                stack.extend((child, False) for child in node.children)
                continue
            entry = node._fields()
            entry["children"] = [done.pop(id(child)) for child in node.children]
            done[id(node)] = entry
        return done[id(self)]

    def _fields(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "title": self.title,
            "owner": self.owner,
            "perspective": self.perspective,
            "unit": self.unit,
            "period": self.period,
            "score": _round(self.score),
            "progress": _round(self.progress),
            "expected": _round(self.expected),
            "status": self.status,
            "behind": self.behind,
            **({} if self.rolled_up is None else {"rolled_up": self.rolled_up}),
            "scale": self.scale,
            "coverage": None if self.coverage is None else self.coverage.as_dict(),
            "partial": self.partial,
            "met": self.met,
            "derived": self.derived,
            **({"context": True} if self.context else {}),
            "measures": self.measures,
        }

    @property
    def partial(self) -> bool:
        """The score rests on fewer than half of the objective's parts."""
        return self.score is not None and self.coverage is not None and self.coverage.partial

    def copy(self) -> Node:
        """The node without its children."""
        return Node(**{k: getattr(self, k) for k in Node.__slots__ if k != "children"})


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
