"""The strategic analysis as data: SWOT, confrontation matrix, coverage and Porter.

`analyse(plan)` reads every `kind: analysis` document and returns an `Analysis`;
it never prints and never judges (the rule pass in `rules/swot.py` does that).

One plan, one analysis: goals refer to SWOT items by their bare id (`addresses:
[W1]`), so all analysis documents of a plan share one set of ids and are merged
in the order the plan is read. A SWOT in one file and Porter in another, or one
list per workshop, is therefore fine. An id written twice keeps its first
definition; the second is kept in `duplicates`.

The matrix:

* rows are the strengths and weaknesses, columns the opportunities and threats,
  in the order written; a cell is a score from -2 to +2, or empty;
* a row total is the sum of its row, a column total the sum of its column;
* a quadrant sum is the sum of its cells: S×O grow, W×O improve, S×T defend,
  W×T withdraw;
* an item's weight is the sum of the absolute scores in its row or column: scores
  are signed, and a weakness that blocks every opportunity (a large negative
  total) matters as much as a strength that opens them;
* the key items of a list are those with the highest weight in that list;
* the key issues of a quadrant are its cells with the highest absolute score,
  the cells joining the heaviest items first, at most three.

Coverage counts strategic objectives only: they are the answer of the strategy to
the analysis. A goal that addresses a strategic option addresses, through it,
every SWOT item the option combines.
"""

from __future__ import annotations

from typing import Any

from prestatie.model.analysis import (
    EXTERNAL,
    FOCUS_ALIASES,
    FORCES,
    INTERNAL,
    KEY_ISSUES_PER_QUADRANT,
    LIST_ALIASES,
    LISTS,
    QUADRANT_ALIASES,
    QUADRANTS,
    Address,
    Analysis,
    Cell,
    Force,
    Matrix,
    Option,
    Porter,
    QuadrantSum,
    Reference,
    Source,
    Strategy,
    SwotItem,
    canonical,
    generic_strategy,
    pressure,
)
from prestatie.model.items import Goal, ident, strings, text
from prestatie.model.plan import Plan
from prestatie.source.nodes import Pos, YList, YMap

__all__ = ["Analysis", "analyse", "coverage"]


def _position(data: YMap, key: str) -> Pos:
    return data.value_pos(key) if key in data else data.pos


# ----------------------------------------------------------------------------- reading


def analyse(plan: Plan) -> Analysis:
    """The plan's strategic analysis, merged over its analysis documents."""
    result = Analysis()
    for item in plan.items:
        if item.kind != "analysis":
            continue
        source = Source(item.file, item.id, text(item.data, "title"), item.ignore)
        result.sources.append(source)
        swot = item.data.get("swot")
        if isinstance(swot, YMap):
            _read_swot(result, swot, source)
        porter = item.data.get("porter")
        if isinstance(porter, YMap):
            _read_porter(result, porter, item.data, source)
    _build_matrix(result)
    result.coverage = coverage(plan.goals, result, levels=("strategic",))
    return result


def _seen(result: Analysis, entry_id: str) -> tuple[str, int] | None:
    first: SwotItem | Option | None = result.by_id.get(entry_id) or result.option(entry_id)
    return (first.file, first.pos[0]) if first is not None else None


def _read_swot(result: Analysis, swot: YMap, source: Source) -> None:
    for key in swot:
        category = LIST_ALIASES.get(key)
        value = swot[key]
        if category is None or not isinstance(value, YList):
            continue
        for entry in value:
            entry_id = ident(entry.get("id")) if isinstance(entry, YMap) else None
            if entry_id is None:
                continue  # the schema reports an item without id
            rank = entry.get("rank")
            item = SwotItem(
                id=entry_id,
                category=category,
                text=text(entry, "text") or "",
                rank=rank if isinstance(rank, int) and not isinstance(rank, bool) else None,
                note=text(entry, "note"),
                file=source.file,
                pos=_position(entry, "id"),
                source=source,
                ignore=frozenset(strings(entry.get("ignore"))),
            )
            first = _seen(result, entry_id)
            if first is not None:
                result.duplicates.append((item, first))
                continue
            result.items[category].append(item)
            result.by_id[entry_id] = item
    _read_confrontation(result, swot.get("confrontation"), source)
    _read_options(result, swot.get("options"), source)


def _read_confrontation(result: Analysis, matrix: Any, source: Source) -> None:
    if not isinstance(matrix, YMap):
        return
    for row_id, row in matrix.items():
        if row_id.startswith("x-"):
            continue
        result.references.append(
            Reference(row_id, "row", INTERNAL, source.file, matrix.key_pos(row_id), source)
        )
        if not isinstance(row, YMap):
            continue
        for column_id, score in row.items():
            if column_id.startswith("x-"):
                continue
            result.references.append(
                Reference(
                    column_id,
                    "column",
                    EXTERNAL,
                    source.file,
                    row.key_pos(column_id),
                    source,
                    row=row_id,
                )
            )
            if isinstance(score, int) and not isinstance(score, bool):
                result.cells.append(
                    Cell(row_id, column_id, score, source.file, row.value_pos(column_id), source)
                )


def _read_options(result: Analysis, options: Any, source: Source) -> None:
    if not isinstance(options, YList):
        return
    for entry in options:
        if not isinstance(entry, YMap):
            continue
        option = Option(
            id=ident(entry.get("id")),
            quadrant=canonical(QUADRANT_ALIASES, entry.get("quadrant")),
            text=text(entry, "text") or "",
            items=strings(entry.get("items")),
            file=source.file,
            pos=_position(entry, "id"),
            ignore=frozenset(strings(entry.get("ignore"))),
        )
        first = _seen(result, option.id) if option.id else None
        if first is not None:
            result.duplicates.append((option, first))
            continue
        result.options.append(option)
        if option.id is not None:
            result.options_by_id[option.id] = option
        refs = entry.get("items")
        if isinstance(refs, YList):
            for index, ref in enumerate(refs):
                ref_id = ident(ref)
                if ref_id is not None:
                    result.references.append(
                        Reference(
                            ref_id,
                            "option",
                            LISTS,
                            source.file,
                            refs.item_pos(index),
                            source,
                            option,
                        )
                    )


def _read_porter(result: Analysis, data: YMap, document: YMap, source: Source) -> None:
    ignore = frozenset(strings(data.get("ignore")))
    porter = result.porter
    if porter is None:
        where = data.key_pos("forces") if "forces" in data else document.key_pos("porter")
        porter = result.porter = Porter(source.file, where, source, ignore)
    porter.ignore |= ignore
    focus = canonical(FOCUS_ALIASES, data.get("focus_type"))
    porter.focus_type = porter.focus_type or focus
    declared = data.get("generic_strategy")
    if isinstance(declared, YList):
        for index, value in enumerate(declared):
            strategy = generic_strategy(value)
            if strategy is not None:
                porter.declared.append(Strategy(strategy, source.file, declared.item_pos(index)))
    else:
        strategy = generic_strategy(declared)
        if strategy is not None:
            porter.declared.append(
                Strategy(strategy, source.file, data.value_pos("generic_strategy"))
            )
    forces = data.get("forces")
    if not isinstance(forces, YMap):
        return
    for name in FORCES:
        if name not in forces or name in porter.forces:
            continue
        value = forces[name]
        entry = value if isinstance(value, YMap) else YMap(forces.value_pos(name))
        notes = entry.get("notes")
        porter.forces[name] = Force(
            id=name,
            pressure=pressure(entry.get("pressure")),
            pressure_written="pressure" in entry or not isinstance(value, YMap),
            note=text(entry, "note"),
            notes=[notes] if isinstance(notes, str) else strings(notes),
            file=source.file,
            pos=forces.key_pos(name),
            ignore=frozenset(strings(entry.get("ignore"))),
        )


# ----------------------------------------------------------------------------- computing


def _build_matrix(result: Analysis) -> None:
    rows = [item for category in INTERNAL for item in result.items[category]]
    columns = [item for category in EXTERNAL for item in result.items[category]]
    row_index = {item.id: i for i, item in enumerate(rows)}
    column_index = {item.id: i for i, item in enumerate(columns)}
    cells: list[list[int | None]] = [[None] * len(columns) for _ in rows]
    placed: list[Cell] = []
    for cell in result.cells:
        r, c = row_index.get(cell.row), column_index.get(cell.column)
        if r is None or c is None or not cell.in_range or cells[r][c] is not None:
            continue
        cells[r][c] = cell.score
        placed.append(cell)
    for r, item in enumerate(rows):
        scores = [s for s in cells[r] if s is not None]
        item.total, item.weight = sum(scores), sum(abs(s) for s in scores)
    for c, item in enumerate(columns):
        scores = [s for s in (row[c] for row in cells) if s is not None]
        item.total, item.weight = sum(scores), sum(abs(s) for s in scores)
    result.matrix = Matrix(
        rows=[i.id for i in rows],
        columns=[i.id for i in columns],
        cells=cells,
        row_totals=[i.total for i in rows],
        column_totals=[i.total for i in columns],
    )
    order = {cell_id: n for n, cell_id in enumerate([*row_index, *column_index])}
    for kind in QUADRANTS:
        mine = [
            cell
            for cell in placed
            if result.by_id[cell.row].category == kind.rows
            and result.by_id[cell.column].category == kind.columns
        ]
        result.quadrants.append(
            QuadrantSum(
                kind,
                sum(c.score for c in mine),
                sum(abs(c.score) for c in mine),
                _key_issues(result, mine, order),
            )
        )
    for category in LISTS:
        entries = result.items[category]
        top = max((item.weight for item in entries), default=0)
        result.key_items[category] = [i.id for i in entries if top and i.weight == top]


def _key_issues(result: Analysis, cells: list[Cell], order: dict[str, int]) -> list[Cell]:
    top = max((abs(c.score) for c in cells), default=0)
    if top == 0:
        return []
    best = [c for c in cells if abs(c.score) == top]
    best.sort(
        key=lambda c: (
            -(result.by_id[c.row].weight + result.by_id[c.column].weight),
            order[c.row],
            order[c.column],
        )
    )
    return best[:KEY_ISSUES_PER_QUADRANT]


def coverage(
    goals: list[Goal], result: Analysis, levels: tuple[str, ...] | None
) -> dict[str, list[Address]]:
    """Item and option id -> the goals (at `levels`; None: any level) that address it."""
    found: dict[str, dict[str, str | None]] = {}
    for goal in goals:
        if levels is not None and goal.level not in levels:
            continue
        for ref in goal.addresses:
            if ref in result.by_id:
                found.setdefault(ref, {})[goal.id] = None
                continue
            option = result.option(ref)
            if option is None:
                continue
            found.setdefault(ref, {})[goal.id] = None
            for item_id in option.items:
                if item_id in result.by_id:
                    found.setdefault(item_id, {}).setdefault(goal.id, ref)
    return {
        ref: [Address(goal, via) for goal, via in by_goal.items()] for ref, by_goal in found.items()
    }
