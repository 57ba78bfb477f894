"""Balance as rich tables in the terminal, and as Markdown for a pull request."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.balance import PerspectiveFigures, Scope
from prestatie.i18n import Speaker
from prestatie.render.common import console as make_console
from prestatie.render.common import md_escape, md_text
from prestatie.render.text import line_of
from prestatie.rules.balance_report import BalanceReport

_BAR = 12
_COLUMNS = ("perspective", "objectives", "measures", "weight", "share")


def _bar(share: float | None) -> str:
    if share is None:
        return ""
    filled = round(share * _BAR)
    return "█" * filled + "░" * (_BAR - filled)


def _pct(value: float | None, speaker: Speaker) -> str:
    return "–" if value is None else speaker.percent(value * 100, 0)


def scope_title(scope: Scope, speaker: Speaker) -> str:
    """`Whole plan`, `Level: strategic`, `Unit: Sales`, `Scorecard: SC-1` in the language."""
    if scope.kind == "plan":
        return speaker.text("label.scope-plan")
    return speaker.text(f"label.scope-{scope.kind}", name=scope.name)


def _summary(scope: Scope, speaker: Speaker) -> str:
    def word(key: str) -> str:
        return speaker.text(f"label.{key}")

    entropy = "–" if scope.entropy is None else speaker.number(scope.entropy, 2)
    o, h = scope.orientation, scope.horizon
    ratio = scope.leading_ratio
    parts = [
        f"{word('entropy')} {entropy}",
        f"{word('external')} {_pct(o.get('external'), speaker)} / "
        f"{word('internal')} {_pct(o.get('internal'), speaker)}",
        f"{word('short')} {_pct(h.get('short'), speaker)} / {word('long')} "
        f"{_pct(h.get('long'), speaker)}",
        f"{word('leading')} {speaker.number(scope.leading)} / "
        f"{word('lagging')} {speaker.number(scope.lagging)}"
        + ("" if ratio is None else f" ({_pct(ratio, speaker)})"),
    ]
    return " · ".join(parts)


def _cells(figures: PerspectiveFigures, speaker: Speaker) -> list[str]:
    """Name, objectives, measures, weight and share of one perspective in one scope."""
    return [
        speaker.perspective(figures.id),
        speaker.number(figures.objectives),
        speaker.number(figures.measures),
        speaker.number(figures.weight),
        _pct(figures.share, speaker),
    ]


def render(
    result: BalanceReport,
    out: TextIO,
    *,
    color: bool,
    speaker: Speaker,
    width: int | None = None,
) -> None:
    from rich.table import Table

    from prestatie.render.common import markup_safe

    console = make_console(out, color=color, width=width)
    for scope in result.scopes:
        table = Table(
            title=markup_safe(scope_title(scope, speaker)),
            title_justify="left",
            caption=markup_safe(_summary(scope, speaker)),
            caption_justify="left",
        )
        for index, key in enumerate(_COLUMNS):
            heading = speaker.text(f"label.{key}")
            if index == 0:
                table.add_column(heading, no_wrap=True)
            else:
                table.add_column(heading, justify="right")
        table.add_column("", no_wrap=True)
        for f in scope.perspectives:
            name, *figures = _cells(f, speaker)
            table.add_row(markup_safe(name), *figures, f"[cyan]{_bar(f.share)}[/]")
        console.print(table)
        notes = []
        if scope.unassigned:
            notes.append(f"{speaker.text('label.unassigned')}: {', '.join(scope.unassigned)}")
        if scope.inherited:
            pairs = ", ".join(f"{g} ← {p}" for g, p in sorted(scope.inherited.items()))
            notes.append(f"{speaker.text('label.inherited')}: {pairs}")
        for note in notes:
            console.print(f"[dim]{markup_safe(note)}[/]")
        console.print()
    out.flush()
    for finding in result.findings:
        out.write(line_of(finding, color, speaker) + "\n")
    if result.fail_under is not None:
        out.write(_verdict(result, result.fail_under, speaker) + "\n")


def _verdict(result: BalanceReport, bound: float, speaker: Speaker) -> str:
    """`entropy bound 0.8: below it: Whole plan, ...` or `...: every scope meets it`."""
    if result.below:
        titles = ", ".join(scope_title(s, speaker) for s in result.below)
        verdict = f"{speaker.text('label.below')}: {titles}"
    else:
        verdict = speaker.text("label.all-above")
    return f"{speaker.text('label.fail-under')} {speaker.number(bound)}: {verdict}"


def render_md(result: BalanceReport, out: TextIO, *, speaker: Speaker) -> None:
    header = " | ".join(md_escape(speaker.text(f"label.{key}")) for key in _COLUMNS)
    for scope in result.scopes:
        out.write(f"### {md_escape(scope_title(scope, speaker))}\n\n")
        out.write(f"| {header} |\n|---|---:|---:|---:|---:|\n")
        for f in scope.perspectives:
            name, *figures = _cells(f, speaker)
            out.write(f"| {md_escape(name)} | {' | '.join(figures)} |\n")
        out.write(f"\n{md_escape(_summary(scope, speaker))}\n\n")
    if result.findings:
        for finding in result.findings:
            out.write(
                f"- `{finding.code}` {md_escape(finding.file)}:{finding.line}: "
                f"{md_text(speaker.say(finding.message))}\n"
            )
        out.write("\n")
