"""The cascade in the terminal: one row per node, the tree on the left, the figures in
columns on the right.

    ├── SD-1 Omzet zakelijke markt groeit…  groen   ████████░░  78 % (verwacht 92 %) · …

The id and title (cut with … to fit) are padded to one width, so the status, the bar and
the score stand in one column whatever the depth or the length of the ids; what follows
the score goes on the next line when the row is full. In a terminal the rows fit its
width; piped or redirected, `COLUMNS` sets the width, and without it the rows are as
long as their text.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from prestatie.compute.tree import TreeView
from prestatie.compute.tree_node import Node
from prestatie.i18n import Speaker
from prestatie.render import tree_words as words
from prestatie.render.common import console as make_console
from prestatie.render.common import terminal_safe

if TYPE_CHECKING:
    from rich.text import Text

STATUS_STYLE = {
    "green": "green",
    "amber": "yellow",
    "red": "red",
    "none": "dim",
    "not-started": "dim",
}
_GUIDE = {"fork": "├── ", "last": "└── ", "line": "│   ", "space": "    "}
#: Levels of guides at most; deeper nodes keep that indent and show their depth instead.
MAX_INDENT = 10
#: Between the left cell and the status.
_GAP = 2


@dataclass(slots=True)
class Row:
    """One row: guides, the left cell (segments of text and style), and the figures."""

    head: str
    below: str  # the guides of lines under this row (continuations, measures)
    left: list[tuple[str, str]]
    fixed: int = 0  # cells of the left cell that are never cut (the id)
    suffix: str = ""  # never cut either: at the right end of the left cell
    status: str | None = None  # the status id; None: a row without figures
    word: str = ""
    score: str = ""
    bar: str = ""
    expected: str | None = None  # right after the score
    after: list[str] = field(default_factory=list)  # after it, each after a `·`
    style: str = ""  # of the whole row: a context row (no figures) is dim


def line_width(out: TextIO) -> int | None:
    """The width rows must fit: the terminal's; `COLUMNS` when piped; None (no limit)
    when piped without it."""
    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "").strip()
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def render(
    view: TreeView,
    out: TextIO,
    *,
    color: bool,
    speaker: Speaker,
    as_of: str,
    width: int | None = None,
    measures: bool = False,
) -> None:
    """The tree of `view` with its totals; `as_of` is the ISO date progress is judged on.
    `width` None: the width of `out` (`line_width`)."""
    from rich.text import Text

    speaker = words.remembering(speaker)
    limit = width if width is not None else line_width(out)
    console = make_console(out, color=color, width=max(limit or 0, 10_000))
    filtered = view.filter.active
    lines: list[Text] = [Text(speaker.text("label.as-of", date=as_of), style="dim")]
    if filtered:
        lines.append(
            Text(speaker.text("tree.filters", filters=words.filters_text(view.filter)), "dim")
        )
    if not view.roots and not view.loose:
        text = speaker.text("tree.no-match", filters=words.filters_text(view.filter), date=as_of)
        console.print(Text(terminal_safe(text)), no_wrap=True, crop=False)
        return
    rows = _rows(view, speaker, measures)
    lines.extend(_layout(rows, limit))
    lines.extend(
        Text(line) for line in _joined(words.total_lines(view.total, filtered, speaker), limit)
    )
    if view.hidden:
        lines.append(Text(speaker.text("tree.people-hidden", count=view.hidden), style="dim"))
    if words.any_node(view, lambda n: n.partial):
        lines.append(Text(speaker.text("label.partial-legend"), style="dim"))
    if filtered and words.any_node(view, lambda n: n.context):
        lines.append(Text(speaker.text("tree.context-legend"), style="dim"))
    if not color:
        # Without colour the lines are their plain text, as rich would print them; its
        # measuring and dividing of every row would cost more than the rest of the tree.
        out.write("".join(line.plain + "\n" for line in lines))
        return
    # One print for the whole tree: rich's cost per call would dominate a large tree.
    console.print(Text("\n").join(lines), no_wrap=True, overflow="ignore", crop=False)


def _joined(parts: list[str], width: int | None) -> list[str]:
    """The totals: the counts and the number behind plan on one line where they fit."""
    first = " · ".join(parts[:2])
    if width is None or _cells(first) <= width:
        return [first, *parts[2:]]
    return parts


def _rows(view: TreeView, speaker: Speaker, measures: bool) -> list[Row]:
    rows: list[Row] = []
    for root in view.roots:
        _walk(rows, root, speaker, measures, heading=None)
    if view.loose:
        _walk(rows, None, speaker, measures, heading=view.loose)
    return rows


def _walk(
    rows: list[Row],
    root: Node | None,
    speaker: Speaker,
    measures: bool,
    heading: list[Node] | None,
) -> None:
    """`root` and everything below it, depth first, in one pass; or, with `heading`, the
    "not derived from the mission" heading with those roots under it.

    Linear in the number of nodes whatever the depth: the indent stops growing at
    MAX_INDENT levels (a `↳ depth N` marker says how deep a node sits), so a
    20,000-level cascade prints every node, readable, without rows that grow.
    """
    if heading is not None:
        title = speaker.text("tree.not-derived")
        rows.append(Row("", "", [(title, "bold")]))
        children = heading
    else:
        assert root is not None
        rows.append(_row(root, "", "", 0, speaker))
        children = root.children
        if measures and not root.context:
            _measure_rows(rows, root, "", speaker)
    # (node, depth, guides of its ancestors, is it the last child)
    stack = [(child, 1, "", i == len(children) - 1) for i, child in enumerate(children)]
    stack.reverse()
    while stack:
        node, depth, guides, last = stack.pop()
        head = guides + _GUIDE["last" if last else "fork"]
        rest = guides + _GUIDE["space" if last else "line"]
        below = rest if depth < MAX_INDENT else guides
        rows.append(_row(node, head, below, depth, speaker))
        if measures and not node.context:
            _measure_rows(rows, node, below, speaker)
        count = len(node.children)
        stack.extend(
            (child, depth + 1, below, i == count - 1)
            for i, child in reversed(list(enumerate(node.children)))
        )


def _row(node: Node, head: str, below: str, depth: int, speaker: Speaker) -> Row:
    below += _GUIDE["line" if node.children else "space"]
    if node.kind == "mission":
        mission = speaker.text("label.mission")
        left = [(f"{mission}: " if node.title else mission, "bold")]
        left += [(terminal_safe(node.title), "")] if node.title else []
        return Row(head, below, left, style="dim" if node.context else "")
    marker = f"↳ {depth} " if depth > MAX_INDENT else ""
    ident = marker + terminal_safe(words.shown_id(node)) + " "
    left = [(marker, "dim"), (ident[len(marker) :], "bold")]
    kind = words.kind_word(node, speaker)
    if kind:
        left.append((kind + " ", "cyan"))
    left.append((terminal_safe(node.title), ""))
    meta = words.details(node, speaker)
    if meta:
        left.append((f" ({terminal_safe(meta)})", "dim"))
    row = Row(head, below, left, fixed=_cells(ident))
    if node.context:
        row.style = "dim"
        return row
    row.status = node.status
    row.word = words.status_word(node.status, speaker)
    row.bar = words.bar(node.score)
    row.score = words.score_text(node.score, speaker) + ("*" if node.partial else " ")
    row.expected = words.expected(node, speaker)
    row.after = words.after(node, speaker)
    return row


def _measure_rows(rows: list[Row], node: Node, below: str, speaker: Speaker) -> None:
    """The measures of `node`, each on a row of its own under it."""
    prefix = below + _GUIDE["line" if node.children else "space"]
    for entry in node.measures:
        name = str(entry.get("name") or entry.get("id") or "")
        status, shown = words.measure_status(node, entry)
        rows.append(
            Row(
                prefix,
                prefix,
                [("· ", "dim"), (terminal_safe(name), "")],
                fixed=2,
                status=status,
                word=words.status_word(status, speaker),
                bar=words.bar(shown),
                score=words.score_text(shown, speaker) + " ",
                suffix=terminal_safe(words.measure_values(entry, speaker)),
            )
        )


def _cells(text: str) -> int:
    if text.isascii() and text.isprintable():  # one cell per character
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _layout(rows: list[Row], width: int | None) -> list[Text]:
    """Every row as lines: the left cells padded to one width (cut with … where the
    width asks for it), then the status, the bar, the score and what follows it."""
    from rich.text import Text

    scored = [row for row in rows if row.status is not None]
    status_w = max((_cells(r.word) for r in scored), default=0)
    score_w = max((_cells(r.score) for r in scored), default=0)
    columns = _GAP + status_w + 1 + words.BAR + 1 + score_w
    widest = max(
        (_cells(r.head) + _cells("".join(t for t, _ in r.left)) for r in scored), default=0
    )
    left_w = widest
    if width is not None:
        left_w = min(widest, _left_width(scored, width, columns))
    # A line under a row holds what did not fit after its score; it starts under the
    # status, or further left when the expected progress and the next part need that.
    wrapped = max((_cells(" · ".join(_tail(r)[:2])) for r in scored), default=0)
    # A measure's values stand beside its name when every measure has room for them
    # there (and a few cells of its name); else they follow the score, on every row alike.
    inline = all(left_w - _cells(r.head) >= r.fixed + 3 + _suffix_w(r) for r in scored if r.suffix)
    out: list[Text] = []
    for row in rows:
        if row.status is None:  # the mission, a heading, or a context row: the whole width
            room = None if width is None else max(width - _cells(row.head), row.fixed + 1)
            left = _left(row, room, pad=False)
            out.append(_guides(row.head) + _styled(left, row.style))
            continue
        room = max(left_w - _cells(row.head), row.fixed + 2)
        if row.suffix and not inline:
            row.after, row.suffix = [row.suffix, *row.after], ""
        left = _left(row, room, pad=True)
        style = STATUS_STYLE.get(row.status, "")
        line = _guides(row.head) + left + Text(" " * _GAP)
        line.append(row.word.ljust(status_w) + " ", style=style)
        line.append(row.bar + " ", style=style)
        line.append(row.score.rjust(score_w), style=style)
        status_at = _cells(row.head) + left.cell_len + _GAP
        under = status_at if width is None else min(status_at, width - wrapped)
        out.extend(_after(line, row, status_at + columns - _GAP, under, width))
    for text in out:
        text.rstrip()
    return out


def _left_width(rows: list[Row], width: int, columns: int) -> int:
    """The widest left cell that leaves room for what follows the score on the row; else
    for the expected progress (the rest on a line below); else for the score only. A
    title keeps at least 45 % of the width."""
    whole = max((_cells(_after_text(r)) for r in rows), default=0)
    expected = max((_cells(f" {r.expected}") for r in rows if r.expected), default=0)
    for candidate in (width - columns - whole, width - columns - expected):
        if candidate * 20 >= width * 9:
            return candidate
    return max(width - columns, 1)


def _tail(row: Row) -> list[str]:
    return ([row.expected] if row.expected else []) + row.after


def _after_text(row: Row) -> str:
    """What follows the score on one line."""
    text = f" {row.expected}" if row.expected else ""
    return text + "".join(f" · {part}" for part in row.after)


def _left(row: Row, room: int | None, *, pad: bool) -> Text:
    """The left cell in `room` cells: the id whole, the rest cut with … to fit."""
    from rich.text import Text

    text = Text()
    for part, style in row.left:
        text.append(part, style=style)
    body = None if room is None else max(room - _suffix_w(row), row.fixed + 1)
    if body is not None and text.cell_len > body:
        text.truncate(body, overflow="ellipsis")
    if pad and room is not None:
        text.pad_right(room - _suffix_w(row) - text.cell_len)
    if row.suffix:
        text.append(" " + row.suffix)
    return text


def _suffix_w(row: Row) -> int:
    return _cells(row.suffix) + 1 if row.suffix else 0


def _guides(guides: str) -> Text:
    """The guides, dim: a span, so that what is appended keeps its own style."""
    from rich.text import Text

    text = Text()
    text.append(guides, style="dim")
    return text


def _styled(text: Text, style: str) -> Text:
    if style:
        text.stylize(style)
    return text


def _after(line: Text, row: Row, start: int, under: int, width: int | None) -> list[Text]:
    """The row's first line (`start` cells long) with what follows the score, as far as it
    fits; the rest on lines of their own that start at column `under`."""
    from rich.text import Text

    style = STATUS_STYLE.get(row.status or "", "")
    lines = [line]
    column = start
    on_line = 0
    for index, part in enumerate(_tail(row)):
        if on_line:
            sep = " · "
        elif len(lines) > 1:
            sep = ""
        else:
            # The score's last cell is the partial mark's, a space when it has none.
            lead = "" if row.score.endswith(" ") else " "
            sep = lead + ("" if index == 0 and row.expected else "· ")
        if width is not None and column + _cells(sep + part) > width and column > under:
            under = max(under, _cells(row.below))
            pad = under - _cells(row.below)
            lines.append(_guides(row.below) + Text(" " * pad))
            column, on_line, sep = _cells(row.below) + pad, 0, ""
        lines[-1].append(sep + part, style=style)
        column += _cells(sep + part)
        on_line += 1
    return lines
