"""Charts for the HTML report, drawn as inline SVG: each function returns one `<svg>`.

The functions get plain numbers and words (already in the report's language) and never
the plan model. Every text is cut (`LABEL` characters, `TITLE` for the accessible name)
and XML-escaped, braces included, so plan text is only ever shown as text. Output is
deterministic: coordinates are rounded to one decimal, and ids inside a chart (its arrow
marker) come from a hash of the input, so two charts on one page never clash.

Colours are presentation attributes (a sensible light default) under CSS classes, which
a stylesheet overrides to theme the charts: `chart`, `chart-<kind>`, `grid`, `axis`,
`radar-area`, `radar-point`, `bar`, `bar-track`, `progress-track`, `progress-bar`,
`status-<status>`, `status-mark`, `map-row`, `map-node`, `map-link`. Text and lines use
`currentColor`, so they follow the page's text colour. A status is always shown by a word
and a shape too, never by colour alone.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Sequence

from prestatie.i18n.render import clip

#: At most this many characters of a label are drawn; the rest becomes `…`.
LABEL = 80
#: At most this many characters of a chart's title (its accessible name).
TITLE = 120
#: The statuses `progress` knows, with a default colour and a shape for each.
STATUSES: dict[str, str] = {
    "green": "#2e7d32",
    "amber": "#e69a00",
    "red": "#c62828",
    "none": "#9e9e9e",
    "not-started": "#bdbdbd",
}
FONT = 12
#: The average width of a character, in em, for sizing columns and wrapping labels.
_EM = 0.58
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_BOX_TEXT = 'font-size="11" fill="#1a1a1a"'
_SPACES = re.compile(" {2,}")
_BRACES = {ord("{"): "&#123;", ord("}"): "&#125;"}


def radar(axes: Sequence[tuple[str, float]], *, size: int = 280, title: str) -> str:
    """A spider chart of shares (0..1) per axis, the first axis at the top and the rest
    clockwise, with rings at 25/50/75/100 %. Each label is drawn as given, so it carries
    its share already ("Financieel 85 %"). Fewer than 3 axes are drawn as `bars`."""
    if len(axes) < 3:
        return bars([(label, value, "") for label, value in axes], width=size, title=title)
    radius = size * 0.32
    centre = size / 2
    angles = [-math.pi / 2 + i * 2 * math.pi / len(axes) for i in range(len(axes))]
    units = [(math.cos(a), math.sin(a)) for a in angles]

    def point(i: int, share: float) -> tuple[float, float]:
        return centre + radius * share * units[i][0], centre + radius * share * units[i][1]

    body: list[str] = []
    for ring in (0.25, 0.5, 0.75, 1.0):
        corners = " ".join(_pt(*point(i, ring)) for i in range(len(axes)))
        body.append(
            f'<polygon class="grid" data-ring="{_n(ring * 100)}" points="{corners}" '
            'fill="none" stroke="currentColor" stroke-opacity="0.25"/>'
        )
    for i in range(len(axes)):
        x, y = point(i, 1.0)
        body.append(
            f'<line class="axis" x1="{_n(centre)}" y1="{_n(centre)}" x2="{_n(x)}" '
            f'y2="{_n(y)}" stroke="currentColor" stroke-opacity="0.25"/>'
        )
    shares = [_share(value) for _, value in axes]
    corners = " ".join(_pt(*point(i, s)) for i, s in enumerate(shares))
    body.append(
        f'<polygon class="radar-area" points="{corners}" fill="#3b6ea5" '
        'fill-opacity="0.3" stroke="#3b6ea5" stroke-width="2"/>'
    )
    left, right, top, bottom = 0.0, float(size), 0.0, float(size)
    for i, ((label, _), share) in enumerate(zip(axes, shares, strict=True)):
        x, y = point(i, share)
        body.append(f'<circle class="radar-point" cx="{_n(x)}" cy="{_n(y)}" r="3" fill="#3b6ea5"/>')
        lines = _wrap(label, 22, 2)
        cos, sin = units[i]
        lx, ly = point(i, 1.0)
        lx, ly = lx + 8 * cos, ly + 8 * sin
        anchor = "middle" if abs(cos) < 0.3 else "start" if cos > 0 else "end"
        wide = max(_width(line) for line in lines)
        if anchor == "start":
            right = max(right, lx + wide + 4)
        elif anchor == "end":
            left = min(left, lx - wide - 4)
        else:
            left, right = min(left, lx - wide / 2 - 4), max(right, lx + wide / 2 + 4)
        half = (len(lines) - 1) * 16 / 2
        first = ly + FONT * 0.35 - half + sin * (half + FONT * 0.6)
        top, bottom = min(top, first - FONT - 2), max(bottom, first + 2 * half + 6)
        body.append(_text(lines, lx, first, anchor, 'class="axis-label"'))
    view = (math.floor(left), math.floor(top), math.ceil(right - left), math.ceil(bottom - top))
    return _svg("radar", view, title, body)


def bars(rows: Sequence[tuple[str, float, str]], *, width: int = 420, title: str) -> str:
    """Horizontal bars, one row per `(label, value 0..1, value text)`: the label at the
    left (in at most half the width, cut to fit, whole in a tooltip), the bar on a track
    of full length, the text after it. A bar is `value * (track length)` long."""
    longest = max((_width(_clean(label)[:LABEL]) for label, _, _ in rows), default=0)
    label_w = min(width * 0.5, max(60.0, longest + 8))
    text_w = max(36.0, min(90.0, max((_width(clip(t, 24)) for _, _, t in rows), default=0) + 8))
    track = max(20.0, width - label_w - text_w - 8)
    row_h = 24
    body: list[str] = []
    for i, (label, value, text) in enumerate(rows):
        top, base = 4 + i * row_h, 4 + i * row_h + row_h / 2 + FONT * 0.35
        body.append(f'<g class="bar-row">{_tooltip(label)}')
        body.append(
            _text([_fit(label, label_w - 8)], label_w - 8, base, "end", 'class="bar-label"')
        )
        body.append(
            f'<rect class="bar-track" x="{_n(label_w)}" y="{_n(top + 5)}" '
            f'width="{_n(track)}" height="{row_h - 10}" fill="currentColor" '
            'fill-opacity="0.08"/>'
        )
        body.append(
            f'<rect class="bar" x="{_n(label_w)}" y="{_n(top + 5)}" '
            f'width="{_n(_share(value) * track)}" height="{row_h - 10}" fill="#3b6ea5"/>'
        )
        shown = clip(_clean(text), 24)
        body.append(_text([shown], label_w + track + 6, base, "start", 'class="bar-value"'))
        body.append("</g>")
    return _svg("bars", (0, 0, width, 8 + max(1, len(rows)) * row_h), title, body)


def progress(value: float | None, status: str, *, width: int = 120, label: str) -> str:
    """A small progress bar for one objective, `width` long, then a shape and the status
    word `label` ("oranje"), so the status reads without colour. `None` is no data: an
    empty outlined bar. `status` is green, amber, red, none or not-started."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}; expected one of {sorted(STATUSES)}")
    colour = STATUSES[status]
    bar_h, height = 10, 16
    word = _fit(label, 160)
    total = width + 22 + _width(word) + 4
    y = (height - bar_h) / 2
    body = [
        f'<rect class="progress-track" x="0.5" y="{_n(y)}" width="{_n(width - 1)}" '
        f'height="{bar_h}" rx="2" fill="none" stroke="currentColor" stroke-opacity="0.6"/>'
    ]
    if value is not None:
        filled = _share(value) * (width - 1)
        body.append(
            f'<rect class="progress-bar status-{status}" x="0.5" y="{_n(y)}" '
            f'width="{_n(filled)}" height="{bar_h}" rx="2" fill="{colour}"/>'
        )
    body.append(_mark(status, width + 10, height / 2, colour))
    body.append(
        _text([word], width + 20, height / 2 + FONT * 0.35, "start", 'class="status-label"')
    )
    return _svg("progress", (0, 0, math.ceil(total), height), label, body, status)


def strategy_map(
    rows: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    links: Sequence[tuple[str, str]],
    *,
    width: int = 720,
    title: str,
) -> str:
    """A Balanced Scorecard strategy map: one band per perspective `(label, objectives)`,
    top to bottom, each objective `(node_id, label)` a box (its label wrapped to at most
    3 lines). Each `(from_id, to_id)` link is an arrow from cause to effect; links with
    an unknown id, a link to itself and repeats are left out. A band with more objectives
    than fit in one line of boxes takes several lines."""
    head_w, gap, box_h = 120.0, 14.0, 54.0
    area = max(110.0, width - head_w - gap)
    per_line = max(1, int((area + gap) // (110 + gap)))
    box_w = min(200.0, (area + gap) / per_line - gap)
    chars = max(6, int((box_w - 12) / (11 * _EM)))
    boxes: dict[str, tuple[float, float]] = {}
    body: list[str] = []
    top = 4.0
    for r, (name, objectives) in enumerate(rows):
        band_h = max(1, math.ceil(len(objectives) / per_line)) * (box_h + gap) + gap
        body.append(
            f'<rect class="map-row" x="0" y="{_n(top)}" width="{width}" height="{_n(band_h)}" '
            f'fill="currentColor" fill-opacity="{"0.06" if r % 2 == 0 else "0.02"}"/>'
        )
        head = _wrap(name, int((head_w - 16) / (FONT * _EM)), 3)
        first = top + band_h / 2 - (len(head) - 1) * 8 + FONT * 0.35
        body.append(_text(head, 8, first, "start", 'class="map-perspective" font-weight="600"'))
        for k, (node_id, label) in enumerate(objectives):
            line, col = divmod(k, per_line)
            in_line = min(per_line, len(objectives) - line * per_line)
            spare = area - in_line * box_w - (in_line - 1) * gap
            x = head_w + gap + spare / 2 + col * (box_w + gap)
            y = top + gap + line * (box_h + gap)
            boxes.setdefault(node_id, (x, y))
            text = _wrap(label, chars, 3)
            ty = y + box_h / 2 - (len(text) - 1) * 7 + 11 * 0.35
            body.append(
                f'<g class="map-node" data-id={_attr(node_id)}>{_tooltip(label)}'
                f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(box_w)}" height="{box_h}" rx="6" '
                'fill="#ffffff" stroke="#3b6ea5" stroke-width="1.5"/>'
                f"{_text(text, x + box_w / 2, ty, 'middle', _BOX_TEXT, 14)}"
                "</g>"
            )
        top += band_h
    uid = _uid("map", rows, links, width)
    body.append(
        f'<defs><marker id="{uid}-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto">'
        '<path d="M0 0L10 5L0 10z" fill="currentColor"/></marker></defs>'
    )
    # Which edge of each box a link leaves or enters by; the links at one edge are
    # spread along it, ordered by where their other end lies, so they cross less.
    arrows: dict[tuple[str, str], tuple[str, str]] = {}
    ends: dict[tuple[str, str], list[tuple[float, int, int]]] = {}
    for cause, effect in links:
        if cause == effect or (cause, effect) in arrows or not {cause, effect} <= boxes.keys():
            continue
        (x1, y1), (x2, y2) = boxes[cause], boxes[effect]
        if y1 == y2 and abs(x2 - x1) > box_w + gap + 1:
            edges = ("top", "top")
        elif y1 == y2:
            edges = ("right", "left") if x2 > x1 else ("left", "right")
        else:
            edges = ("top", "bottom") if y2 < y1 else ("bottom", "top")
        number = len(arrows)
        arrows[cause, effect] = edges
        ends.setdefault((cause, edges[0]), []).append((x2, number, 0))
        ends.setdefault((effect, edges[1]), []).append((x1, number, 1))
    spots: dict[tuple[int, int], tuple[float, float]] = {}
    for (node, edge), items in ends.items():
        x, y = boxes[node]
        items.sort()
        for k, (_, number, end) in enumerate(items):
            f = 0.5 if len(items) == 1 else 0.2 + 0.6 * k / (len(items) - 1)
            spots[number, end] = {
                "top": (x + box_w * f, y),
                "bottom": (x + box_w * f, y + box_h),
                "left": (x, y + box_h * f),
                "right": (x + box_w, y + box_h * f),
            }[edge]
    for number, edges in enumerate(arrows.values()):
        body.append(_arrow(spots[number, 0], spots[number, 1], edges, uid))
    return _svg("strategy-map", (0, 0, width, math.ceil(top + 4)), title, body)


def _arrow(
    start: tuple[float, float], end: tuple[float, float], edges: tuple[str, str], uid: str
) -> str:
    """A curve from a point on the cause's box to one on the effect's: up or down between
    lines of boxes, straight to a neighbour in the same line, or arching over the boxes
    between in the same line. A link downward, against the usual direction, is dashed."""
    (sx, sy), (ex, ey) = start, end
    if edges == ("top", "top"):
        first, second = (sx, sy - 17), (ex, ey - 17)
    elif edges[0] in ("left", "right"):
        first, second = start, end
    else:
        first, second = (sx, (sy + ey) / 2), (ex, (sy + ey) / 2)
    d = f"M{_pt(sx, sy)} C{_pt(*first)} {_pt(*second)} {_pt(ex, ey)}"
    down = ' map-link-down" stroke-dasharray="5 3' if edges[0] == "bottom" else ""
    return (
        f'<path class="map-link{down}" d="{d}" fill="none" stroke="currentColor" '
        f'stroke-opacity="0.75" stroke-width="1.5" marker-end="url(#{uid}-arrow)"/>'
    )


def _mark(status: str, cx: float, cy: float, colour: str) -> str:
    """A shape per status, readable in greyscale: green a disc with a check, amber a
    triangle, red a square, no data an open circle, not started an open circle with a
    dash."""
    cls = f'class="status-mark status-{status}"'
    if status == "green":
        return (
            f'<g {cls}><circle cx="{_n(cx)}" cy="{_n(cy)}" r="5.5" fill="{colour}"/>'
            f'<path d="M{_pt(cx - 3, cy)} L{_pt(cx - 1, cy + 2.5)} L{_pt(cx + 3, cy - 2.5)}" '
            'fill="none" stroke="#ffffff" stroke-width="1.5"/></g>'
        )
    if status == "amber":
        corners = f"{_pt(cx, cy - 6)} {_pt(cx + 6, cy + 5)} {_pt(cx - 6, cy + 5)}"
        return f'<polygon {cls} points="{corners}" fill="{colour}"/>'
    if status == "red":
        return (
            f'<rect {cls} x="{_n(cx - 5)}" y="{_n(cy - 5)}" width="10" height="10" '
            f'fill="{colour}"/>'
        )
    dash = f'<path d="M{_pt(cx - 3, cy)} H{_n(cx + 3)}" stroke="currentColor"/>'
    dash = dash if status == "not-started" else ""
    return (
        f'<g {cls}><circle cx="{_n(cx)}" cy="{_n(cy)}" r="5" fill="none" '
        f'stroke="currentColor" stroke-width="1.5"/>{dash}</g>'
    )


def _svg(kind: str, view: tuple[float, ...], title: str, body: list[str], name: str = "") -> str:
    x, y, w, h = view
    extra = f" status-{name}" if name else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}{extra}" '
        f'role="img" viewBox="{_n(x)} {_n(y)} {_n(w)} {_n(h)}" width="{_n(w)}" '
        f'height="{_n(h)}" font-family="system-ui, sans-serif" font-size="{FONT}">'
        f"<title>{_esc(clip(_clean(title), TITLE))}</title>{''.join(body)}</svg>"
    )


def _text(lines: Sequence[str], x: float, y: float, anchor: str, attrs: str, step: int = 16) -> str:
    """One `<text>` with `attrs` (its class, and a fill other than the text colour), a
    `<tspan>` per line `step` apart; the lines are clean already and escaped here."""
    fill = "" if "fill=" in attrs else ' fill="currentColor"'
    spans = "".join(
        f'<tspan x="{_n(x)}" y="{_n(y + i * step)}">{_esc(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text {attrs} text-anchor="{anchor}"{fill}>{spans}</text>'


def _tooltip(label: str) -> str:
    return f"<title>{_esc(clip(_clean(label), LABEL))}</title>"


def _wrap(label: str, chars: int, most: int) -> list[str]:
    """`label` (cut to LABEL) in lines of at most `chars` characters, at most `most` lines,
    the last ending in `…` when text was left over. A word longer than a line is split; a
    sign such as `%` stays with the word before it."""
    pieces: list[str] = []
    for word in clip(_clean(label), LABEL).split(" "):
        if pieces and len(word) <= 2 and not any(c.isalnum() for c in word):
            pieces[-1] = f"{pieces[-1]} {word}"
            continue
        while len(word) > chars:
            pieces.append(word[: chars - 1] + "-")
            word = word[chars - 1 :]
        pieces.append(word)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > chars:
            lines.append(current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    lines.append(current)
    if len(lines) > most:
        last = lines[most - 1][: chars - 1].rstrip(" -")
        lines = [*lines[: most - 1], last + "…"]
    return lines


def _fit(label: str, room: float, size: int = FONT) -> str:
    """`label` cleaned and cut to what fits in `room` user units."""
    return clip(_clean(label), max(4, min(LABEL, int(room / (size * _EM)))))


def _width(text: str, size: int = FONT) -> float:
    return len(text) * size * _EM


def _clean(text: str) -> str:
    """Plan text as one line: control and bidi characters become spaces (XML 1.0 forbids
    most of them), lone surrogates `�`, runs of spaces one."""
    text = _SURROGATE.sub("\ufffd", _UNSAFE.sub(" ", str(text)))
    return _SPACES.sub(" ", text).strip(" ")


def _esc(text: str) -> str:
    return html.escape(text, quote=True).translate(_BRACES)


def _attr(text: str) -> str:
    return f'"{_esc(clip(_clean(text), LABEL))}"'


def _share(value: float | None) -> float:
    """A value as a share 0..1: clamped; missing or not a number is 0."""
    if value is None or not isinstance(value, int | float) or math.isnan(value):
        return 0.0
    return min(1.0, max(0.0, float(value)))


def _n(value: float) -> str:
    """A coordinate rounded to one decimal, without a trailing `.0` or a `-0`."""
    text = f"{round(float(value), 1) + 0.0:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _pt(x: float, y: float) -> str:
    return f"{_n(x)},{_n(y)}"


def _uid(*parts: object) -> str:
    """A short id from the chart's input: the same chart gets the same id, others not."""
    digest = hashlib.sha1(repr(parts).encode("utf-8", "replace"), usedforsecurity=False)
    return "c" + digest.hexdigest()[:10]
