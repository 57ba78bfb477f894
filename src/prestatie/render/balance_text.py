"""Balance as rich tables in the terminal, and as Markdown for a pull request."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.balance import Scope
from prestatie.format.perspectives import PerspectiveSet
from prestatie.render.common import console as make_console
from prestatie.render.common import md_escape
from prestatie.render.labels import label
from prestatie.render.text import line_of
from prestatie.rules.balance_report import BalanceReport

_BAR = 12


def _bar(share: float | None) -> str:
    if share is None:
        return ""
    filled = round(share * _BAR)
    return "█" * filled + "░" * (_BAR - filled)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _scope_title(scope: Scope, lang: str) -> str:
    kind = label(f"scope-{scope.kind}", lang)
    if scope.kind == "plan":
        return kind
    name = label(scope.name, lang) if scope.kind == "level" else scope.name
    return f"{kind}: {name}"


def _summary(scope: Scope, lang: str) -> str:
    entropy = "–" if scope.entropy is None else f"{scope.entropy:.2f}"
    o, h = scope.orientation, scope.horizon
    ratio = scope.leading_ratio
    parts = [
        f"{label('entropy', lang)} {entropy}",
        f"{label('external', lang)} {_pct(o.get('external'))} / "
        f"{label('internal', lang)} {_pct(o.get('internal'))}",
        f"{label('short', lang)} {_pct(h.get('short'))} / {label('long', lang)} "
        f"{_pct(h.get('long'))}",
        f"{label('leading', lang)} {scope.leading} / {label('lagging', lang)} {scope.lagging}"
        + ("" if ratio is None else f" ({ratio * 100:.0f}%)"),
    ]
    return " · ".join(parts)


def render(
    result: BalanceReport,
    out: TextIO,
    *,
    color: bool,
    lang: str,
    perspectives: PerspectiveSet,
    width: int | None = None,
) -> None:
    from rich.table import Table

    from prestatie.render.common import markup_safe

    console = make_console(out, color=color, width=width)
    for scope in result.scopes:
        table = Table(
            title=markup_safe(_scope_title(scope, lang)),
            title_justify="left",
            caption=markup_safe(_summary(scope, lang)),
            caption_justify="left",
        )
        table.add_column(label("perspective", lang), no_wrap=True)
        table.add_column(label("objectives", lang), justify="right")
        table.add_column(label("measures", lang), justify="right")
        table.add_column(label("weight", lang), justify="right")
        table.add_column(label("share", lang), justify="right")
        table.add_column("", no_wrap=True)
        for f in scope.perspectives:
            p = perspectives.get(f.id)
            table.add_row(
                markup_safe(p.label(lang) if p else f.id),
                str(f.objectives),
                str(f.measures),
                f"{f.weight:g}",
                _pct(f.share),
                f"[cyan]{_bar(f.share)}[/]",
            )
        console.print(table)
        notes = []
        if scope.unassigned:
            notes.append(f"{label('unassigned', lang)}: {', '.join(scope.unassigned)}")
        if scope.inherited:
            pairs = ", ".join(f"{g} ← {p}" for g, p in sorted(scope.inherited.items()))
            notes.append(f"{label('inherited', lang)}: {pairs}")
        for note in notes:
            console.print(f"[dim]{markup_safe(note)}[/]")
        console.print()
    out.flush()
    for finding in result.findings:
        out.write(line_of(finding, color) + "\n")
    if result.fail_under is not None:
        verdict = (
            label("below", lang) + ": " + ", ".join(_scope_title(s, lang) for s in result.below)
            if result.below
            else label("all-above", lang)
        )
        out.write(f"{label('fail-under', lang)} {result.fail_under:g}: {verdict}\n")


def render_md(
    result: BalanceReport, out: TextIO, *, lang: str, perspectives: PerspectiveSet
) -> None:
    for scope in result.scopes:
        out.write(f"### {md_escape(_scope_title(scope, lang))}\n\n")
        out.write(
            f"| {label('perspective', lang)} | {label('objectives', lang)} | "
            f"{label('measures', lang)} | {label('weight', lang)} | "
            f"{label('share', lang)} |\n|---|---:|---:|---:|---:|\n"
        )
        for f in scope.perspectives:
            p = perspectives.get(f.id)
            name = md_escape(p.label(lang) if p else f.id)
            out.write(
                f"| {name} | {f.objectives} | {f.measures} | {f.weight:g} | {_pct(f.share)} |\n"
            )
        out.write(f"\n{md_escape(_summary(scope, lang))}\n\n")
    if result.findings:
        for finding in result.findings:
            out.write(
                f"- `{finding.code}` {md_escape(finding.file)}:{finding.line}: "
                f"{md_escape(finding.message)}\n"
            )
        out.write("\n")
