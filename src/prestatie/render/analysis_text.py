"""The strategic analysis in the terminal: SWOT, confrontation matrix, quadrants,
coverage by strategic objectives, strategic options and Porter's five forces."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from prestatie.i18n import Speaker
from prestatie.model.analysis import EXTERNAL, FORCES, INTERNAL, LISTS, Analysis, Cell, Porter
from prestatie.render.common import console as make_console

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

_PRESSURE_STYLE = {"high": "red", "medium": "yellow", "low": "green"}
_PREFIX = {"strengths": "S", "weaknesses": "W", "opportunities": "O", "threats": "T"}


def signed(score: int | None, speaker: Speaker) -> str:
    """A score as printed in the matrix: +2, 0, −1; an empty cell is '·'."""
    if score is None:
        return "·"
    shown = speaker.number(abs(score))
    return f"+{shown}" if score > 0 else (f"−{shown}" if score < 0 else shown)


def label(key: str, speaker: Speaker) -> str:
    """The word `label.<key>` in the speaker's language."""
    return speaker.text(f"label.{key}")


def strategy_label(strategy: str, focus_type: str | None, speaker: Speaker) -> str:
    if strategy == "focus" and focus_type:
        return label(f"porter-focus-{focus_type}", speaker)
    return label(f"porter-{strategy}", speaker)


def quadrant_name(quadrant: str, speaker: Speaker) -> str:
    """`grow`, `improve`, `defend`, `withdraw` (`groeien`, ...)."""
    return label(f"quadrant-{quadrant}", speaker)


def pair(cell: Cell, speaker: Speaker) -> str:
    return f"{cell.row}×{cell.column} ({signed(cell.score, speaker)})"


def render(
    result: Analysis, out: TextIO, *, color: bool, speaker: Speaker, width: int | None = None
) -> None:

    console = make_console(out, color=color, width=width)
    if not result.sources:
        console.print(label("analysis-none", speaker), markup=False)
        return
    _heading(console, result, speaker)
    if any(result.items[category] for category in LISTS):
        _swot(console, result, speaker)
        _matrix(console, result, speaker)
        _quadrants(console, result, speaker)
        _coverage(console, result, speaker)
    if result.options:
        _options(console, result, speaker)
    if result.porter is not None:
        _porter(console, result.porter, speaker)


def _heading(console: Console, result: Analysis, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    titles = [s.title for s in result.sources if s.title]
    heading = "; ".join(titles) if titles else label("analysis-title", speaker)
    console.print(f"[bold]{markup_safe(heading)}[/]")


def _show(console: Console, title: str, table: Table) -> None:
    """A blank line, the title (never wrapped to the table's width), the table."""
    console.print()
    console.print(f"[bold]{title}[/]")
    console.print(table)


def _table(*, footer: bool = False, grid: bool = False) -> Table:
    """A table; `grid` draws every line (the SWOT 2×2)."""
    from rich import box
    from rich.table import Table

    return Table(
        box=box.SQUARE if grid else box.SIMPLE_HEAD,
        show_header=not grid,
        show_lines=grid,
        show_footer=footer,
        expand=grid,
    )


def _items_block(result: Analysis, category: str, speaker: Speaker) -> str:
    from prestatie.render.common import markup_safe

    lines = [f"[bold]{markup_safe(label('swot-' + category, speaker))}[/]"]
    key = set(result.key_items.get(category, []))
    for item in result.items[category]:
        marker = " [bold]★[/]" if item.id in key else ""
        lines.append(f"[bold]{markup_safe(item.id)}[/]{marker} {markup_safe(item.text)}")
    return "\n".join(lines)


def _swot(console: Console, result: Analysis, speaker: Speaker) -> None:
    title = "SWOT"
    table = _table(grid=True)
    table.add_column(ratio=1)
    table.add_column(ratio=1)
    table.add_row(*(_items_block(result, c, speaker) for c in INTERNAL))
    table.add_row(*(_items_block(result, c, speaker) for c in EXTERNAL))
    _show(console, title, table)
    if any(result.key_items.values()):
        console.print(f"[dim]★ {escape_label('swot-key-items', speaker)}[/]")


def escape_label(key: str, speaker: Speaker) -> str:
    from prestatie.render.common import markup_safe

    return markup_safe(label(key, speaker))


def _styled(score: int | None, speaker: Speaker) -> str:
    text = signed(score, speaker)
    if score is None or score == 0:
        return f"[dim]{text}[/]"
    return f"[green]{text}[/]" if score > 0 else f"[red]{text}[/]"


def _matrix(console: Console, result: Analysis, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    matrix = result.matrix
    if not matrix.rows or not matrix.columns:
        return
    total = escape_label("swot-total", speaker)
    title = escape_label("swot-matrix", speaker)
    table = _table(footer=True)
    table.add_column("", footer=f"[bold]{total}[/]")
    for c, column in enumerate(matrix.columns):
        table.add_column(
            markup_safe(column), justify="right", footer=_styled(matrix.column_totals[c], speaker)
        )
    table.add_column(f"[bold]{total}[/]", justify="right", footer=_styled(matrix.total, speaker))
    strengths = len(result.items["strengths"])
    for r, row in enumerate(matrix.rows):
        if r == strengths and r > 0:
            table.add_section()
        cells = [_styled(score, speaker) for score in matrix.cells[r]]
        table.add_row(
            f"[bold]{markup_safe(row)}[/]", *cells, _styled(matrix.row_totals[r], speaker)
        )
    _show(console, title, table)


def _quadrants(console: Console, result: Analysis, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    title = escape_label("swot-quadrants", speaker)
    table = _table()
    table.add_column(escape_label("swot-quadrant", speaker))
    table.add_column(escape_label("swot-pairs", speaker))
    table.add_column(escape_label("swot-sum", speaker), justify="right")
    table.add_column(escape_label("swot-weight", speaker), justify="right")
    table.add_column(escape_label("swot-key-issues", speaker))
    for quadrant in result.quadrants:
        kind = quadrant.kind
        table.add_row(
            markup_safe(quadrant_name(kind.id, speaker)),
            f"{_PREFIX[kind.rows]}×{_PREFIX[kind.columns]}",
            _styled(quadrant.sum, speaker),
            speaker.number(quadrant.weight),
            markup_safe(", ".join(pair(c, speaker) for c in quadrant.key_issues)),
        )
    _show(console, title, table)
    title = escape_label("swot-key-items", speaker)
    table = _table()
    table.add_column("")
    table.add_column(escape_label("swot-item", speaker))
    table.add_column(escape_label("swot-text", speaker), ratio=1)
    table.add_column(escape_label("swot-total", speaker), justify="right")
    table.add_column(escape_label("swot-weight", speaker), justify="right")
    for category in LISTS:
        for item_id in result.key_items.get(category, []):
            item = result.by_id[item_id]
            table.add_row(
                escape_label("swot-" + category, speaker),
                f"[bold]{markup_safe(item.id)}[/]",
                markup_safe(item.text),
                _styled(item.total, speaker),
                speaker.number(item.weight),
            )
    if table.row_count:
        _show(console, title, table)


def _addressed(result: Analysis, ref: str, speaker: Speaker) -> str:
    via = label("swot-via", speaker)
    return ", ".join(
        a.goal if a.via is None else f"{a.goal} ({via} {a.via})"
        for a in result.coverage.get(ref, [])
    )


def _coverage(console: Console, result: Analysis, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    title = escape_label("swot-coverage", speaker)
    table = _table()
    table.add_column(escape_label("swot-item", speaker))
    table.add_column(escape_label("swot-text", speaker), ratio=3)
    table.add_column(escape_label("swot-addressed-by", speaker), ratio=2)
    missing = escape_label("swot-unaddressed", speaker)
    for category in ("weaknesses", "threats", "opportunities", "strengths"):
        for item in result.items[category]:
            addressed = _addressed(result, item.id, speaker)
            if addressed:
                cell = markup_safe(addressed)
            elif category in ("weaknesses", "threats"):
                cell = f"[yellow]{missing}[/]"
            elif category == "opportunities":
                cell = f"[dim]{missing}[/]"
            else:
                cell = "[dim]–[/]"  # a strength needs no answer
            table.add_row(f"[bold]{markup_safe(item.id)}[/]", markup_safe(item.text), cell)
    _show(console, title, table)


def _options(console: Console, result: Analysis, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    names = {q.kind.id: quadrant_name(q.kind.id, speaker) for q in result.quadrants}
    title = escape_label("swot-options", speaker)
    table = _table()
    table.add_column(escape_label("swot-option", speaker))
    table.add_column(escape_label("swot-quadrant", speaker))
    table.add_column(escape_label("swot-text", speaker), ratio=3)
    table.add_column(escape_label("swot-items", speaker))
    table.add_column(escape_label("swot-addressed-by", speaker))
    for option in result.options:
        table.add_row(
            f"[bold]{markup_safe(option.id or '')}[/]",
            markup_safe(names.get(option.quadrant or "", "")),
            markup_safe(option.text),
            markup_safe(", ".join(option.items)),
            markup_safe(_addressed(result, option.id, speaker) if option.id else ""),
        )
    _show(console, title, table)


def _porter(console: Console, porter: Porter, speaker: Speaker) -> None:
    from prestatie.render.common import markup_safe

    title = escape_label("porter", speaker)
    table = _table()
    table.add_column(escape_label("porter-force", speaker))
    table.add_column(escape_label("porter-pressure", speaker))
    table.add_column(escape_label("porter-note", speaker), ratio=1)
    for name in FORCES:
        force = porter.forces.get(name)
        if force is None:
            missing = escape_label("porter-missing", speaker)
            table.add_row(escape_label(f"porter-{name}", speaker), f"[yellow]{missing}[/]", "")
            continue
        level = force.pressure
        shown = markup_safe(label(f"porter-{level}", speaker)) if level else "–"
        style = _PRESSURE_STYLE.get(level or "", "dim")
        note = " ".join(n for n in (force.note, *force.notes) if n)
        table.add_row(
            escape_label(f"porter-{name}", speaker), f"[{style}]{shown}[/]", markup_safe(note)
        )
    _show(console, title, table)
    if porter.generic_strategies:
        chosen = ", ".join(
            strategy_label(s, porter.focus_type, speaker) for s in porter.generic_strategies
        )
        console.print(f"{escape_label('porter-generic', speaker)}: [bold]{markup_safe(chosen)}[/]")
