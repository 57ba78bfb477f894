"""The strategic analysis as GitHub-flavoured Markdown, for a pull request or a report.

Every text from the plan goes through `escape`: a title with `|`, a backtick or
`<script>` stays text and never breaks a table or becomes HTML.
"""

from __future__ import annotations

from typing import TextIO

from prestatie.i18n import Speaker
from prestatie.model.analysis import EXTERNAL, FORCES, INTERNAL, LISTS, Analysis, Porter
from prestatie.render.analysis_text import label, pair, quadrant_name, signed, strategy_label
from prestatie.render.common import md_escape, md_text

_PREFIX = {"strengths": "S", "weaknesses": "W", "opportunities": "O", "threats": "T"}


escape = md_escape


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]], right: int = 0) -> list[str]:
    """A table; the last `right` columns are aligned right."""
    align = ["---"] * (len(header) - right) + ["---:"] * right
    return [_row(header), _row(align), *(_row(r) for r in rows), ""]


def render(result: Analysis, out: TextIO, *, speaker: Speaker) -> None:
    out.write("\n".join(lines(result, speaker)))


def lines(result: Analysis, speaker: Speaker) -> list[str]:
    titles = [s.title for s in result.sources if s.title]
    heading = "; ".join(titles) if titles else label("analysis-title", speaker)
    out = [f"# {escape(heading)}", ""]
    if not result.sources:
        return [*out, md_text(label("analysis-none", speaker)), ""]
    if any(result.items[category] for category in LISTS):
        out += _swot(result, speaker)
        out += _matrix(result, speaker)
        out += _quadrants(result, speaker)
        out += _coverage(result, speaker)
    if result.options:
        out += _options(result, speaker)
    if result.porter is not None:
        out += _porter(result.porter, speaker)
    return out


def _items(result: Analysis, category: str) -> str:
    key = set(result.key_items.get(category, []))
    return "<br>".join(
        f"**{escape(i.id)}**{' ★' if i.id in key else ''} {escape(i.text)}"
        for i in result.items[category]
    )


def _swot(result: Analysis, speaker: Speaker) -> list[str]:
    out = ["## SWOT", ""]
    out += _table(
        [escape(label(f"swot-{c}", speaker)) for c in INTERNAL],
        [
            [_items(result, c) for c in INTERNAL],
            [f"**{escape(label(f'swot-{c}', speaker))}**" for c in EXTERNAL],
            [_items(result, c) for c in EXTERNAL],
        ],
    )
    if any(result.key_items.values()):
        out += [f"★ {escape(label('swot-key-items', speaker))}", ""]
    return out


def _matrix(result: Analysis, speaker: Speaker) -> list[str]:
    matrix = result.matrix
    if not matrix.rows or not matrix.columns:
        return []
    total = f"**{escape(label('swot-total', speaker))}**"
    rows = [
        [
            f"**{escape(row)}**",
            *(signed(s, speaker) if s is not None else "" for s in cells),
            total_of,
        ]
        for row, cells, total_of in zip(
            matrix.rows,
            matrix.cells,
            (f"**{signed(t, speaker)}**" for t in matrix.row_totals),
            strict=True,
        )
    ]
    rows.append(
        [
            total,
            *(f"**{signed(t, speaker)}**" for t in matrix.column_totals),
            f"**{signed(matrix.total, speaker)}**",
        ]
    )
    header = ["", *(escape(c) for c in matrix.columns), total]
    return [
        f"## {escape(label('swot-matrix', speaker))}",
        "",
        *_table(header, rows, right=len(matrix.columns) + 1),
    ]


def _quadrants(result: Analysis, speaker: Speaker) -> list[str]:
    header = [
        escape(label(key, speaker))
        for key in ("swot-quadrant", "swot-pairs", "swot-key-issues", "swot-sum", "swot-weight")
    ]
    rows = [
        [
            escape(quadrant_name(q.kind.id, speaker)),
            f"{_PREFIX[q.kind.rows]}×{_PREFIX[q.kind.columns]}",
            escape(", ".join(pair(c, speaker) for c in q.key_issues)),
            signed(q.sum, speaker),
            speaker.number(q.weight),
        ]
        for q in result.quadrants
    ]
    out = [f"## {escape(label('swot-quadrants', speaker))}", "", *_table(header, rows, right=2)]
    key_rows = [
        [
            escape(label(f"swot-{category}", speaker)),
            f"**{escape(item.id)}**",
            escape(item.text),
            signed(item.total, speaker),
            speaker.number(item.weight),
        ]
        for category in LISTS
        for item in (result.by_id[i] for i in result.key_items.get(category, []))
    ]
    if key_rows:
        keys = ("swot-item", "swot-text", "swot-total", "swot-weight")
        header = ["", *(escape(label(k, speaker)) for k in keys)]
        out += [f"## {escape(label('swot-key-items', speaker))}", ""]
        out += _table(header, key_rows, right=2)
    return out


def _addressed(result: Analysis, ref: str, speaker: Speaker) -> str:
    via = label("swot-via", speaker)
    return ", ".join(
        escape(a.goal if a.via is None else f"{a.goal} ({via} {a.via})")
        for a in result.coverage.get(ref, [])
    )


def _coverage(result: Analysis, speaker: Speaker) -> list[str]:
    header = [escape(label(k, speaker)) for k in ("swot-item", "swot-text", "swot-addressed-by")]
    missing = f"*{escape(label('swot-unaddressed', speaker))}*"
    rows = []
    for category in ("weaknesses", "threats", "opportunities", "strengths"):
        for item in result.items[category]:
            addressed = _addressed(result, item.id, speaker)
            if not addressed and category in ("weaknesses", "threats"):
                addressed = f"**{missing}**"
            elif not addressed:
                addressed = missing if category == "opportunities" else "–"
            rows.append([f"**{escape(item.id)}**", escape(item.text), addressed])
    return [f"## {escape(label('swot-coverage', speaker))}", "", *_table(header, rows)]


def _options(result: Analysis, speaker: Speaker) -> list[str]:
    names = {q.kind.id: quadrant_name(q.kind.id, speaker) for q in result.quadrants}
    keys = ("swot-option", "swot-quadrant", "swot-text", "swot-items", "swot-addressed-by")
    rows = [
        [
            f"**{escape(o.id or '')}**",
            escape(names.get(o.quadrant or "", "")),
            escape(o.text),
            escape(", ".join(o.items)),
            _addressed(result, o.id, speaker) if o.id else "",
        ]
        for o in result.options
    ]
    header = [escape(label(k, speaker)) for k in keys]
    return [f"## {escape(label('swot-options', speaker))}", "", *_table(header, rows)]


def _porter(porter: Porter, speaker: Speaker) -> list[str]:
    rows = []
    for name in FORCES:
        force = porter.forces.get(name)
        if force is None:
            missing = f"*{escape(label('porter-missing', speaker))}*"
            rows.append([escape(label(f"porter-{name}", speaker)), missing, ""])
            continue
        shown = label(f"porter-{force.pressure}", speaker) if force.pressure else "–"
        note = " ".join(n for n in (force.note, *force.notes) if n)
        rows.append([escape(label(f"porter-{name}", speaker)), escape(shown), escape(note)])
    header = [escape(label(k, speaker)) for k in ("porter-force", "porter-pressure", "porter-note")]
    out = [f"## {escape(label('porter', speaker))}", "", *_table(header, rows)]
    if porter.generic_strategies:
        chosen = ", ".join(
            strategy_label(s, porter.focus_type, speaker) for s in porter.generic_strategies
        )
        out += [f"{escape(label('porter-generic', speaker))}: **{escape(chosen)}**", ""]
    return out
