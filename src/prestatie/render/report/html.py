"""What the HTML template needs beyond the context: the charts, placed from its figures,
program texts with their `code` spans, a CSS string for the printed page header and the
stylesheet, inlined.

The charts come from `render.charts`, which escapes every label itself; they are marked
safe (`Markup`) here and nowhere else, so the template never escapes or builds SVG.
Everything else leaving here is escaped first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from prestatie.render import charts
from prestatie.render.report.balance import BalanceScope
from prestatie.render.report.cards import Card

if TYPE_CHECKING:
    from jinja2 import Environment

#: The stylesheet in templates/report/, inlined into every HTML report.
STYLESHEET = "report.css"


def progress(score: float | None, status: str, word: str, width: int = 100) -> Markup:
    """A progress bar with the status's shape and word: readable without colour."""
    known = status if status in charts.STATUSES else "none"
    return Markup(charts.progress(score, known, width=width, label=word))


def score_bar(score: float | None, shown: str, name: str, width: int = 260) -> Markup:
    """One bar for a score 0..1 with its text, `name` as its label."""
    return Markup(charts.bars([(name, score or 0.0, shown)], width=width, title=name))


def share_bars(scope: BalanceScope, title: str) -> Markup:
    """The shares of a balance scope per perspective as bars."""
    rows = [(s.title, s.share or 0.0, s.share_text) for s in scope.shares]
    return Markup(charts.bars(rows, width=420, title=title))


def radar(scope: BalanceScope, title: str) -> Markup:
    """The shares of a balance scope per perspective as a spider chart."""
    axes = [(f"{s.title} {s.share_text}", s.share or 0.0) for s in scope.shares]
    return Markup(charts.radar(axes, size=260, title=title))


def strategy_map(card: Card, title: str) -> Markup:
    """The scorecard's strategy map: a band per perspective (as the card orders them,
    the financial one on top), an arrow per cause → effect link."""
    labels = {n.id: n.label for n in card.map.nodes}
    ids = {n.key: n.id for n in card.map.nodes}
    rows = [
        (p.title, [(o.id, labels.get(o.id, o.id)) for o in p.objectives]) for p in card.perspectives
    ]
    links = [(ids[a], ids[b]) for a, b in card.map.edges if a in ids and b in ids]
    return Markup(charts.strategy_map(rows, links, width=720, title=title))


def prose(value: object) -> Markup:
    """A text of the program's own (a catalogue message, which may quote plan text):
    escaped, its `code` spans as `<code>`. Unpaired backticks stay text."""
    text = "" if value is None else str(value)
    parts = text.split("`")
    if len(parts) % 2 == 0:
        return escape(text)
    out = Markup("")
    for index, part in enumerate(parts):
        out += escape(part) if index % 2 == 0 else Markup("<code>%s</code>") % part
    return out


def css_string(value: object) -> Markup:
    """`value` as a CSS string literal, for `content:` in the stylesheet: every character
    but letters, digits and spaces as a hex escape, so nothing ends the string or the
    `<style>` element."""
    text = " ".join(str(value or "").split())
    body = "".join(
        ch if (ch.isascii() and ch.isalnum()) or ch == " " else f"\\{ord(ch):06x}" for ch in text
    )
    return Markup(f'"{body}"')


def stylesheet(env: Environment) -> Markup:
    """The report's stylesheet, read through the environment's loader (package data)."""
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, STYLESHEET)
    return Markup(source.replace("</", "<\\/"))


FILTERS: Mapping[str, Callable[..., Markup]] = {"prose": prose, "css_string": css_string}
GLOBALS: Mapping[str, Callable[..., Markup]] = {
    "progress": progress,
    "score_bar": score_bar,
    "share_bars": share_bars,
    "radar": radar,
    "strategy_map": strategy_map,
}


def install(env: Environment) -> None:
    """Register the HTML helpers on the report environment (once, when it is built)."""
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    env.globals["stylesheet"] = lambda: stylesheet(env)
