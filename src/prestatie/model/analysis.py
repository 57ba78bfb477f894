"""The strategic analysis as data: SWOT items, the confrontation matrix, Porter.

Plans write Dutch or English; the values here are canonical English
(`sterkten` -> strengths, `hoog` -> high, `differentiatie` -> differentiation).
`prestatie.compute.analysis` fills these classes; renderers and rules read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from prestatie.source.nodes import Pos

LISTS: tuple[str, ...] = ("strengths", "weaknesses", "opportunities", "threats")
INTERNAL: tuple[str, ...] = ("strengths", "weaknesses")
EXTERNAL: tuple[str, ...] = ("opportunities", "threats")
SCORE_MIN, SCORE_MAX = -2, 2
KEY_ISSUES_PER_QUADRANT = 3

LIST_ALIASES: Mapping[str, str] = {
    **{name: name for name in LISTS},
    "sterkten": "strengths",
    "zwakten": "weaknesses",
    "kansen": "opportunities",
    "bedreigingen": "threats",
}
FORCES: tuple[str, ...] = (
    "rivalry",
    "new_entrants",
    "substitutes",
    "buyer_power",
    "supplier_power",
)
PRESSURE_ALIASES: Mapping[str, str] = {
    **{name: name for name in ("low", "medium", "high")},
    **{"laag": "low", "gemiddeld": "medium", "hoog": "high"},
}
STRATEGY_ALIASES: Mapping[str, str] = {
    "cost-leadership": "cost-leadership",
    "kostenleiderschap": "cost-leadership",
    "differentiation": "differentiation",
    "differentiatie": "differentiation",
    "focus": "focus",
}
FOCUS_ALIASES: Mapping[str, str] = {
    "cost": "cost",
    "kosten": "cost",
    "differentiation": "differentiation",
    "differentiatie": "differentiation",
}


@dataclass(frozen=True, slots=True)
class QuadrantKind:
    id: str
    rows: str
    columns: str
    names: Mapping[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


QUADRANTS: tuple[QuadrantKind, ...] = (
    QuadrantKind("grow", "strengths", "opportunities", {"en": "grow", "nl": "groeien"}),
    QuadrantKind("improve", "weaknesses", "opportunities", {"en": "improve", "nl": "verbeteren"}),
    QuadrantKind("defend", "strengths", "threats", {"en": "defend", "nl": "verdedigen"}),
    QuadrantKind("withdraw", "weaknesses", "threats", {"en": "withdraw", "nl": "terugtrekken"}),
)
QUADRANT_ALIASES: Mapping[str, str] = {
    alias: q.id for q in QUADRANTS for alias in (q.id, *q.names.values())
}


def canonical(table: Mapping[str, str], value: Any) -> str | None:
    return table.get(value.strip().lower()) if isinstance(value, str) else None


def pressure(value: Any) -> str | None:
    """low | medium | high for a pressure as written (Dutch aliases accepted)."""
    return canonical(PRESSURE_ALIASES, value)


def generic_strategy(value: Any) -> str | None:
    """cost-leadership | differentiation | focus for a strategy as written."""
    return canonical(STRATEGY_ALIASES, value)


# ----------------------------------------------------------------------------- data


@dataclass(slots=True)
class Source:
    """One `kind: analysis` document."""

    file: str
    id: str | None
    title: str | None
    ignore: frozenset[str]


@dataclass(slots=True, eq=False)
class SwotItem:
    id: str
    category: str  # strengths | weaknesses | opportunities | threats
    text: str
    rank: int | None
    note: str | None
    file: str
    pos: Pos
    source: Source
    ignore: frozenset[str]
    total: int = 0
    weight: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "rank": self.rank,
            "note": self.note,
            "total": self.total,
            "weight": self.weight,
            "file": self.file,
            "line": self.pos[0],
            "column": self.pos[1],
        }


@dataclass(slots=True)
class Reference:
    """An id written inside the analysis: a matrix row or column, or an option's item."""

    id: str
    where: str  # row | column | option
    expected: tuple[str, ...]  # the lists the id must belong to
    file: str
    pos: Pos
    source: Source
    option: Option | None = None  # the option whose `items` hold the id
    row: str | None = None  # for a column: the row it belongs to


@dataclass(slots=True)
class Cell:
    """One integer score of the confrontation matrix, as written."""

    row: str
    column: str
    score: int
    file: str
    pos: Pos
    source: Source

    @property
    def in_range(self) -> bool:
        return SCORE_MIN <= self.score <= SCORE_MAX

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "score": self.score}


@dataclass(slots=True)
class Matrix:
    rows: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    cells: list[list[int | None]] = field(default_factory=list)
    row_totals: list[int] = field(default_factory=list)
    column_totals: list[int] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    def score(self, row: str, column: str) -> int | None:
        return self.cells[self.rows.index(row)][self.columns.index(column)]

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "columns": self.columns,
            "cells": self.cells,
            "row_totals": self.row_totals,
            "column_totals": self.column_totals,
            "total": self.total,
        }


@dataclass(slots=True)
class QuadrantSum:
    kind: QuadrantKind
    sum: int
    weight: int
    key_issues: list[Cell]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.kind.id,
            "name": dict(self.kind.names),
            "rows": self.kind.rows,
            "columns": self.kind.columns,
            "sum": self.sum,
            "weight": self.weight,
            "key_issues": [c.as_dict() for c in self.key_issues],
        }


@dataclass(slots=True)
class Option:
    id: str | None
    quadrant: str | None
    text: str
    items: list[str]
    file: str
    pos: Pos
    ignore: frozenset[str] = frozenset()

    def as_dict(self, addressed_by: list[str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "quadrant": self.quadrant,
            "text": self.text,
            "items": self.items,
            "addressed_by": addressed_by,
        }


@dataclass(slots=True)
class Address:
    """A strategic objective answering an item, directly or through an option (`via`)."""

    goal: str
    via: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"goal": self.goal, "via": self.via}


@dataclass(slots=True)
class Force:
    id: str
    pressure: str | None
    pressure_written: bool
    note: str | None
    notes: list[str]
    file: str
    pos: Pos
    ignore: frozenset[str]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "pressure": self.pressure, "note": self.note, "notes": self.notes}


@dataclass(slots=True)
class Strategy:
    """One generic strategy as declared (a list may declare several)."""

    id: str
    file: str
    pos: Pos


@dataclass(slots=True)
class Porter:
    file: str
    pos: Pos  # the first `forces:` (or `porter:`) written
    source: Source
    ignore: frozenset[str]  # of every `porter:` section
    forces: dict[str, Force] = field(default_factory=dict)
    declared: list[Strategy] = field(default_factory=list)
    focus_type: str | None = None

    @property
    def missing(self) -> list[str]:
        return [f for f in FORCES if f not in self.forces]

    @property
    def generic_strategies(self) -> list[str]:
        return list(dict.fromkeys(s.id for s in self.declared))

    def as_dict(self) -> dict[str, Any]:
        return {
            "forces": [self.forces[f].as_dict() for f in FORCES if f in self.forces],
            "missing": self.missing,
            "generic_strategies": self.generic_strategies,
            "focus_type": self.focus_type,
        }


@dataclass(slots=True)
class Analysis:
    sources: list[Source] = field(default_factory=list)
    items: dict[str, list[SwotItem]] = field(default_factory=lambda: {k: [] for k in LISTS})
    duplicates: list[tuple[SwotItem | Option, tuple[str, int]]] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    matrix: Matrix = field(default_factory=Matrix)
    quadrants: list[QuadrantSum] = field(default_factory=list)
    key_items: dict[str, list[str]] = field(default_factory=dict)
    options: list[Option] = field(default_factory=list)
    coverage: dict[str, list[Address]] = field(default_factory=dict)
    porter: Porter | None = None
    by_id: dict[str, SwotItem] = field(default_factory=dict)
    options_by_id: dict[str, Option] = field(default_factory=dict)

    def option(self, option_id: str) -> Option | None:
        return self.options_by_id.get(option_id)

    @property
    def unaddressed(self) -> list[str]:
        """Weaknesses, threats and opportunities that no strategic objective addresses."""
        return [
            item.id
            for category in ("weaknesses", "threats", "opportunities")
            for item in self.items[category]
            if not self.coverage.get(item.id)
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": [{"file": s.file, "id": s.id, "title": s.title} for s in self.sources],
            "swot": {
                category: [
                    {
                        **item.as_dict(),
                        "addressed_by": [a.as_dict() for a in self.coverage.get(item.id, [])],
                    }
                    for item in entries
                ]
                for category, entries in self.items.items()
            },
            "matrix": self.matrix.as_dict(),
            "quadrants": [q.as_dict() for q in self.quadrants],
            "key_items": self.key_items,
            "unaddressed": self.unaddressed,
            "options": [
                o.as_dict([a.goal for a in self.coverage.get(o.id or "", [])]) for o in self.options
            ],
            "porter": self.porter.as_dict() if self.porter else None,
        }
