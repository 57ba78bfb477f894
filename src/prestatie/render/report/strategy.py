"""The strategic analysis of the report: SWOT, confrontation matrix, key issues,
coverage by strategic objectives and Porter, from `compute.analysis.analyse`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from prestatie.compute.analysis import analyse
from prestatie.i18n import Speaker
from prestatie.model.analysis import FORCES, LISTS, Analysis, Porter
from prestatie.model.plan import Plan
from prestatie.render.analysis_text import label, pair, quadrant_name, signed, strategy_label

#: The analysis words the tables use, from the catalogue of `prestatie analysis`.
LABELS = (
    "swot-quadrant",
    "swot-pairs",
    "swot-key-issues",
    "swot-key-items",
    "swot-sum",
    "swot-weight",
    "swot-total",
    "swot-item",
    "swot-text",
    "swot-addressed-by",
    "swot-unaddressed",
    "porter-force",
    "porter-pressure",
    "porter-note",
)
_PREFIX = {"strengths": "S", "weaknesses": "W", "opportunities": "O", "threats": "T"}


@dataclass(frozen=True, slots=True)
class SwotEntry:
    id: str
    text: str
    key: bool  # one of the heaviest items of its list in the matrix


@dataclass(frozen=True, slots=True)
class SwotList:
    id: str  # strengths | weaknesses | opportunities | threats
    title: str
    entries: tuple[SwotEntry, ...]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    id: str
    cells: tuple[str, ...]  # +2, −1, · for an empty cell
    total: str


@dataclass(frozen=True, slots=True)
class Matrix:
    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    column_totals: tuple[str, ...]
    total: str


@dataclass(frozen=True, slots=True)
class Quadrant:
    id: str
    name: str
    pairs: str  # S×O
    key_issues: str
    sum: str
    weight: str


@dataclass(frozen=True, slots=True)
class CoverageRow:
    id: str
    list: str  # the SWOT list's name
    text: str
    addressed_by: str  # the strategic objectives, or ""
    open: bool  # a weakness, threat or opportunity no strategic objective addresses


@dataclass(frozen=True, slots=True)
class ForceRow:
    name: str
    pressure: str
    note: str


@dataclass(frozen=True, slots=True)
class PorterSection:
    forces: tuple[ForceRow, ...]
    generic: str  # the generic strategy, or ""


@dataclass(frozen=True, slots=True)
class StrategySection:
    title: str
    labels: Mapping[str, str]  # column heads by their name in LABELS
    swot: tuple[SwotList, ...]  # empty without SWOT items
    matrix: Matrix | None
    quadrants: tuple[Quadrant, ...]
    coverage: tuple[CoverageRow, ...]
    porter: PorterSection | None


def build(plan: Plan, speaker: Speaker) -> StrategySection | None:
    """The analysis section; None when the plan has no `kind: analysis` document."""
    result = analyse(plan)
    if not result.sources:
        return None
    titles = [s.title for s in result.sources if s.title]
    has_swot = any(result.items[c] for c in LISTS)
    return StrategySection(
        title="; ".join(titles) if titles else label("analysis-title", speaker),
        labels=MappingProxyType({key: label(key, speaker) for key in LABELS}),
        swot=_swot(result, speaker) if has_swot else (),
        matrix=_matrix(result, speaker) if has_swot else None,
        quadrants=_quadrants(result, speaker) if has_swot and result.matrix.rows else (),
        coverage=_coverage(result, speaker) if has_swot else (),
        porter=_porter(result.porter, speaker) if result.porter is not None else None,
    )


def _swot(result: Analysis, speaker: Speaker) -> tuple[SwotList, ...]:
    out = []
    for category in LISTS:
        key = set(result.key_items.get(category, []))
        entries = tuple(SwotEntry(i.id, i.text, i.id in key) for i in result.items[category])
        out.append(SwotList(category, label(f"swot-{category}", speaker), entries))
    return tuple(out)


def _matrix(result: Analysis, speaker: Speaker) -> Matrix | None:
    matrix = result.matrix
    if not matrix.rows or not matrix.columns:
        return None
    rows = tuple(
        MatrixRow(row, tuple(signed(s, speaker) for s in cells), signed(total, speaker))
        for row, cells, total in zip(matrix.rows, matrix.cells, matrix.row_totals, strict=True)
    )
    return Matrix(
        tuple(matrix.columns),
        rows,
        tuple(signed(t, speaker) for t in matrix.column_totals),
        signed(matrix.total, speaker),
    )


def _quadrants(result: Analysis, speaker: Speaker) -> tuple[Quadrant, ...]:
    return tuple(
        Quadrant(
            q.kind.id,
            quadrant_name(q.kind.id, speaker),
            f"{_PREFIX[q.kind.rows]}×{_PREFIX[q.kind.columns]}",
            ", ".join(pair(c, speaker) for c in q.key_issues),
            signed(q.sum, speaker),
            speaker.number(q.weight),
        )
        for q in result.quadrants
    )


def _coverage(result: Analysis, speaker: Speaker) -> tuple[CoverageRow, ...]:
    via = label("swot-via", speaker)
    rows = []
    for category in ("weaknesses", "threats", "opportunities", "strengths"):
        for item in result.items[category]:
            addressed = ", ".join(
                a.goal if a.via is None else f"{a.goal} ({via} {a.via})"
                for a in result.coverage.get(item.id, [])
            )
            rows.append(
                CoverageRow(
                    item.id,
                    label(f"swot-{category}", speaker),
                    item.text,
                    addressed,
                    not addressed and category != "strengths",
                )
            )
    return tuple(rows)


def _porter(porter: Porter, speaker: Speaker) -> PorterSection:
    rows = []
    for name in FORCES:
        force = porter.forces.get(name)
        if force is None:
            rows.append(
                ForceRow(label(f"porter-{name}", speaker), label("porter-missing", speaker), "")
            )
            continue
        shown = label(f"porter-{force.pressure}", speaker) if force.pressure else "–"
        note = " ".join(n for n in (force.note, *force.notes) if n)
        rows.append(ForceRow(label(f"porter-{name}", speaker), shown, note))
    generic = ", ".join(
        strategy_label(s, porter.focus_type, speaker) for s in porter.generic_strategies
    )
    return PorterSection(tuple(rows), generic)
