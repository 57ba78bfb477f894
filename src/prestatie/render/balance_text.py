"""Balance as rich tables in the terminal, and as Markdown for a pull request.

Per scope: a table (perspective, objectives, measures, weight, the share with a bar, and
the rules' verdict on that perspective), the figures in words with what they mean (the
entropy with its verdict, external and internal, short, medium and long term, leading and
lagging), a note where a scope is not judged, and the findings about the scope. Every
verdict comes from `rules.balance_report`, which reads it from the findings; nothing is
judged here. Lines never end in spaces, so piped output diffs cleanly.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, TextIO

from prestatie.compute.balance import PerspectiveFigures, Scope
from prestatie.i18n import Speaker
from prestatie.render.common import console as make_console
from prestatie.render.common import md_escape, md_text
from prestatie.render.text import _encodable, line_of
from prestatie.rules.balance_report import BalanceReport, Verdict

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

_BAR = 12
#: The colour of a perspective's bar and verdict word: too big red, too small yellow.
_TONE = {"dominant": "red", "missing": "yellow", "underweight": "yellow"}
#: The columns after the perspective, as catalogue ids (`label.<key>`).
_FIGURES = ("objectives", "measures", "weight", "share")
#: Trailing spaces of a line, with any colour codes among them (the codes are kept).
_TRAILING = re.compile(r"(?:[ ]|\x1b\[[0-9;]*m)+$")


def _bar(share: float | None) -> str:
    if share is None:
        return "░" * _BAR
    filled = round(share * _BAR)
    return "█" * filled + "░" * (_BAR - filled)


def _pct(value: float | None, speaker: Speaker) -> str:
    return "–" if value is None else speaker.percent(value * 100, 0)


def scope_title(scope: Scope, speaker: Speaker) -> str:
    """`Whole plan`, `Level: strategic`, `Unit: Sales`, `Scorecard: SC-1` in the language."""
    if scope.kind == "plan":
        return speaker.text("label.scope-plan")
    return speaker.text(f"label.scope-{scope.kind}", name=scope.name)


def heading(scope: Scope, result: BalanceReport, speaker: Speaker) -> str:
    """The scope's title; a scorecard by its title, with its id."""
    title = result.titles.get(scope.name) if scope.kind == "scorecard" else None
    if title and title != scope.name:
        return speaker.text("balance.title.scorecard", title=title, id=scope.name)
    return scope_title(scope, speaker)


def figure_lines(scope: Scope, verdict: Verdict, speaker: Speaker) -> list[str]:
    """The scope's figures in words, each with what it means."""
    entropy = "–" if scope.entropy is None else speaker.number(scope.entropy, 2)
    first = speaker.text("balance.figure.entropy", value=entropy)
    said = entropy_verdict(verdict, speaker)
    if said:
        first += " — " + said
    o, h = scope.orientation, scope.horizon
    lines = [
        first,
        speaker.text(
            "balance.figure.orientation",
            external=_pct(o.get("external"), speaker),
            internal=_pct(o.get("internal"), speaker),
        ),
        speaker.text(
            "balance.figure.horizon",
            short=_pct(h.get("short"), speaker),
            medium=_pct(h.get("medium"), speaker),
            long=_pct(h.get("long"), speaker),
        ),
    ]
    ratio = scope.leading_ratio
    counts = {"leading": scope.leading, "lagging": scope.lagging}
    if ratio is None:
        indicators = speaker.text("balance.figure.indicators.none", **counts)
    else:
        indicators = speaker.text("balance.figure.indicators", **counts, share=ratio * 100)
    if scope.unspecified:
        indicators += speaker.text("balance.figure.unspecified", count=scope.unspecified)
    lines.append(indicators)
    return lines


def entropy_verdict(verdict: Verdict, speaker: Speaker) -> str:
    """`too one-sided: below 0.8 (`min_entropy`)`, or empty when the scope is not judged."""
    if verdict.entropy is None or verdict.bound is None:
        return ""
    key = verdict.entropy
    if key == "balanced" and verdict.perspectives:
        key = "balanced-but"
    return speaker.text(
        f"balance.figure.entropy.{key}", bound=verdict.bound, setting=verdict.setting
    )


def notes(scope: Scope, verdict: Verdict, speaker: Speaker) -> list[str]:
    """Why the scope is not judged; which objectives have no perspective or inherit one."""
    out = [speaker.say(note) for note in verdict.notes]
    if scope.unassigned:
        out.append(f"{speaker.text('label.unassigned')}: {', '.join(scope.unassigned)}")
    if scope.inherited:
        pairs = ", ".join(f"{g} ← {p}" for g, p in sorted(scope.inherited.items()))
        out.append(f"{speaker.text('label.inherited')}: {pairs}")
    return out


def _word(verdict: Verdict, figures: PerspectiveFigures, speaker: Speaker) -> str:
    """The rules' word for one perspective: from its finding, `ok` where the scope is
    judged and the perspective has objectives, else nothing."""
    found = verdict.perspectives.get(figures.id)
    if found is None and verdict.judged and figures.objectives:
        found = "ok"
    return speaker.text(f"balance.verdict.{found}") if found else ""


def _tone(verdict: Verdict, figures: PerspectiveFigures) -> str:
    found = verdict.perspectives.get(figures.id)
    if found:
        return _TONE[found]
    return "green" if verdict.judged and figures.objectives else ""


def _cells(figures: PerspectiveFigures, speaker: Speaker) -> list[str]:
    """Objectives, measures, weight and share of one perspective in one scope."""
    return [
        speaker.number(figures.objectives),
        speaker.number(figures.measures),
        speaker.number(figures.weight),
        _pct(figures.share, speaker),
    ]


def _table(scope: Scope, verdict: Verdict, speaker: Speaker, *, short: bool) -> Table:
    """The scope's table; `short`: the header words that take two lines where they are
    long (Dutch `Doel-`/`stellingen`), for a narrow terminal."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from prestatie.render.common import markup_safe

    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        header_style="bold",
    )
    table.add_column(speaker.text("label.perspective"), no_wrap=True)
    for key in _FIGURES:
        wrapped = short and key in ("objectives", "measures")
        heading_id = f"balance.column.{key}" if wrapped else f"label.{key}"
        # a figure too wide for the terminal folds onto a second line, never cut short
        table.add_column(
            speaker.text(heading_id), justify="right", no_wrap=key == "share", overflow="fold"
        )
    table.add_column(speaker.text("balance.column.verdict"), no_wrap=True)
    widest = len(speaker.percent(100, 0))  # every scope's bars in the same place
    for f in scope.perspectives:
        tone = _tone(verdict, f)
        *figures, share = _cells(f, speaker)
        bar = Text(f"{share:>{widest}} ")
        bar.append(_bar(f.share), style=tone or None)
        word = Text(_word(verdict, f, speaker), style=tone or "")
        table.add_row(markup_safe(speaker.perspective(f.id)), *figures, bar, word)
    return table


def render(
    result: BalanceReport,
    out: TextIO,
    *,
    color: bool,
    speaker: Speaker,
    width: int | None = None,
) -> None:
    from rich.measure import Measurement

    buffer = io.StringIO()
    console = make_console(buffer, color=color, width=width)
    for index, (scope, verdict) in enumerate(zip(result.scopes, result.verdicts, strict=True)):
        if index:
            console.print()
        _say(console, heading(scope, result, speaker), "bold", color=color)
        table = _table(scope, verdict, speaker, short=False)
        unbounded = console.options.update_width(10_000)
        if Measurement.get(console, unbounded, table).maximum > console.width:
            table = _table(scope, verdict, speaker, short=True)
        console.print(table)
        tone = {"one-sided": "yellow", "balanced": "green"}.get(verdict.entropy or "", "")
        entropy, *others = figure_lines(scope, verdict, speaker)
        _say(console, entropy, tone, color=color, verdict=True)
        for line in others:
            _say(console, line, color=color)
        for note in notes(scope, verdict, speaker):
            _say(console, note, "dim", color=color)
        for finding in verdict.findings:
            buffer.write(line_of(finding, color, speaker) + "\n")
    if result.scopes and (result.absent or result.fail_under is not None):
        console.print()
    for kind in result.absent:
        _say(console, speaker.text(f"balance.absent.{kind}"), color=color)
    if result.fail_under is not None and result.scopes:
        _say(console, _bound_line(result, result.fail_under, speaker), color=color)
    safe = _encodable(out)
    for line in buffer.getvalue().splitlines():
        kept = _TRAILING.sub(lambda m: "".join(re.findall(r"\x1b\[[0-9;]*m", m[0])), line)
        out.write(safe(kept) + "\n")
    out.flush()


def _say(
    console: Console, line: str, style: str = "", *, color: bool, verdict: bool = False
) -> None:
    """One line of words, wrapped to the console with its continuation indented; a
    figure with its `verdict` (`… — verdict`) breaks before the dash. Plan text in it
    is shown safely."""
    from prestatie.render.common import terminal_safe
    from prestatie.render.inline import code_text, wrap

    safe = terminal_safe(line)
    head, dash, tail = safe.partition(" — ")
    if verdict and dash and len(safe) > console.width:
        parts = [
            *wrap(head, console.width, hanging="  "),
            *wrap("— " + tail, console.width, indent="  "),
        ]
    else:
        parts = wrap(safe, console.width, hanging="  ")
    for part in parts:
        console.print(code_text(part, color=color, style=style), crop=False, soft_wrap=True)


def _bound_line(result: BalanceReport, bound: float, speaker: Speaker) -> str:
    """`entropy bound 0.8: below it: Whole plan, ...` or `...: every scope meets it`."""
    if result.below:
        titles = ", ".join(heading(s, result, speaker) for s in result.below)
        verdict = f"{speaker.text('label.below')}: {titles}"
    else:
        verdict = speaker.text("label.all-above")
    return f"{speaker.text('label.fail-under')} {speaker.number(bound)}: {verdict}"


def render_md(result: BalanceReport, out: TextIO, *, speaker: Speaker) -> None:
    keys = ("perspective", *_FIGURES)
    names = [speaker.text(f"label.{key}") for key in keys]
    names.append(speaker.text("balance.column.verdict"))
    header = " | ".join(md_escape(name) for name in names)
    for scope, verdict in zip(result.scopes, result.verdicts, strict=True):
        out.write(f"### {md_escape(heading(scope, result, speaker))}\n\n")
        out.write(f"| {header} |\n|---|---:|---:|---:|---:|---|\n")
        for f in scope.perspectives:
            cells = [speaker.perspective(f.id), *_cells(f, speaker), _word(verdict, f, speaker)]
            out.write(f"| {' | '.join(md_escape(c) for c in cells)} |\n")
        out.write("\n")
        for line in figure_lines(scope, verdict, speaker):
            out.write(f"- {md_text(line)}\n")
        out.write("\n")
        for note in notes(scope, verdict, speaker):
            out.write(f"*{md_text(note)}*\n\n")
        for finding in verdict.findings:
            out.write(
                f"- `{finding.code}` {md_escape(finding.file)}:{finding.line}: "
                f"{md_text(speaker.say(finding.message))}\n"
            )
        if verdict.findings:
            out.write("\n")
    for kind in result.absent:
        out.write(f"{md_text(speaker.text(f'balance.absent.{kind}'))}\n\n")
    if result.fail_under is not None and result.scopes:
        out.write(f"{md_text(_bound_line(result, result.fail_under, speaker))}\n")
