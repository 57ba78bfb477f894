"""The words of `prestatie diff`, shared by text and Markdown: the summary line and
each section's lines, in the speaker's language.

Every value that comes from the plan (ids, titles, files, owners, perspective labels,
figures as written) goes through `esc` before it is put into a catalogue text:
`render.common.terminal_safe` for the terminal, `render.common.md_escape` for Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from prestatie.compute.diff import Change, Move, PlanDiff, Shift
from prestatie.compute.diff_state import State
from prestatie.findings import Finding
from prestatie.i18n import Speaker
from prestatie.render.common import NONE, value

Escape = Callable[[str], str]


@dataclass(slots=True)
class Line:
    text: str
    details: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    key: str  # added | removed | changed | balance | new-findings | fixed-findings
    title: str
    lines: list[Line]


def revision_name(name: str | None, speaker: Speaker) -> str:
    """A revision as the run names it; None is the working tree."""
    return name if name is not None else speaker.text("diff.working-tree")


def score(score_value: float | None, speaker: Speaker) -> str:
    return NONE if score_value is None else speaker.percent(score_value * 100, 0)


def share(value_: float | None, speaker: Speaker) -> str:
    return NONE if value_ is None else speaker.percent(value_ * 100, 0)


def shift(moved: Shift, speaker: Speaker, esc: Escape) -> str:
    """A perspective's share of the plan, old → new (`Financieel 85 % → 70 %`)."""
    return speaker.text(
        "diff.shift",
        perspective=esc(speaker.perspective(moved.perspective)),
        old=share(moved.old, speaker),
        new=share(moved.new, speaker),
    )


def shown_value(name: str, raw: Any, speaker: Speaker) -> str:
    """A field's value in the language: levels, perspectives and directions as words."""
    if raw is None:
        return NONE
    if name == "level":
        return speaker.level(str(raw))
    if name == "perspective":
        return speaker.perspective(str(raw))
    if name == "direction":
        return speaker.word("dir", str(raw))
    if isinstance(raw, list | tuple | dict):
        return str(raw)
    return value(raw, speaker)


def summary(diff: PlanDiff, speaker: Speaker, esc: Escape) -> str:
    """The one line that says what changed: counts, then the balance, then findings."""
    counts = diff.counts()
    cards_added = sum(1 for s in diff.added if s.kind == "scorecard")
    cards_removed = sum(1 for s in diff.removed if s.kind == "scorecard")
    retargets = {"target": 0, "baseline": 0, "direction": 0}
    for change in diff.changed:
        for measure in change.measures:
            for name, _, _ in measure.retargeted:
                retargets[name] += 1
    parts = [
        ("diff.sum.added", counts["added"] - cards_added),
        ("diff.sum.removed", counts["removed"] - cards_removed),
        ("diff.sum.scorecards-added", cards_added),
        ("diff.sum.scorecards-removed", cards_removed),
        ("diff.sum.renamed", counts["renamed"]),
        ("diff.sum.moved", counts["moved"]),
        ("diff.sum.reparented", counts["reparented"]),
        ("diff.sum.targets", retargets["target"]),
        ("diff.sum.baselines", retargets["baseline"]),
        ("diff.sum.directions", retargets["direction"]),
        ("diff.sum.measures-added", counts["measures_added"]),
        ("diff.sum.measures-removed", counts["measures_removed"]),
        ("diff.sum.fields", counts["fields"]),
        ("diff.sum.progress", counts["progress"]),
    ]
    groups = [", ".join(speaker.text(id, n=n) for id, n in parts if n)]
    if diff.balance:
        shifts = ", ".join(shift(s, speaker, esc) for s in diff.balance)
        groups.append(speaker.text("diff.sum.balance", shifts=shifts))
    findings = [
        ("diff.sum.new-errors", counts["new_errors"]),
        ("diff.sum.new-warnings", counts["new_warnings"]),
        ("diff.sum.new-infos", counts["new_infos"]),
        ("diff.sum.fixed", counts["fixed"]),
    ]
    groups.append(", ".join(speaker.text(id, n=n) for id, n in findings if n))
    return "; ".join(g for g in groups if g)


def item(state: State, speaker: Speaker, esc: Escape, strong: Escape | None = None) -> str:
    """`objective SD-1 Title (file)`; `strong` marks the id (bold in Markdown)."""
    shown = esc(state.id)
    return speaker.text(
        "diff.item",
        kind=speaker.word("kind", state.kind),
        id=strong(shown) if strong else shown,
        title=esc(state.title),
        file=esc(state.file),
    )


def _move(move: Move, speaker: Speaker) -> tuple[str, str]:
    return (
        speaker.text("diff.score", score=score(move.old_score, speaker), status=move.old_status),
        speaker.text("diff.score", score=score(move.new_score, speaker), status=move.new_status),
    )


def change_details(change: Change, speaker: Speaker, esc: Escape) -> list[str]:
    """What changed about one item, one line each."""
    out = []
    if change.renamed:
        out.append(speaker.text("diff.renamed", old=esc(change.old.id)))
    if change.moved:
        out.append(speaker.text("diff.moved", old=esc(change.old.file), new=esc(change.new.file)))
    for name, before, after in change.fields:
        out.append(
            speaker.text(
                "diff.change",
                field=speaker.text(f"diff.field.{name}"),
                old=esc(shown_value(name, before, speaker)),
                new=esc(shown_value(name, after, speaker)),
            )
        )
    names = {**change.old.measures, **change.new.measures}
    for key in change.measures_added:
        out.append(speaker.text("diff.measure-added", name=esc(names[key].name or key)))
    for key in change.measures_removed:
        out.append(speaker.text("diff.measure-removed", name=esc(names[key].name or key)))
    for measure in change.measures:
        label = esc(measure.name or measure.key)
        for name, before, after in measure.retargeted:
            out.append(
                speaker.text(
                    "diff.measure-change",
                    measure=label,
                    field=speaker.text(f"diff.field.{name}"),
                    old=esc(shown_value(name, before, speaker)),
                    new=esc(shown_value(name, after, speaker)),
                )
            )
        if measure.progress is not None:
            old, new = _move(measure.progress, speaker)
            out.append(
                speaker.text(
                    "diff.measure-change",
                    measure=label,
                    field=speaker.text("diff.field.progress"),
                    old=old,
                    new=new,
                )
            )
    if change.progress is not None:
        old, new = _move(change.progress, speaker)
        out.append(
            speaker.text("diff.change", field=speaker.text("diff.field.progress"), old=old, new=new)
        )
    return out


def finding(found: Finding, speaker: Speaker, esc: Escape) -> str:
    return speaker.text(
        "diff.finding",
        file=esc(found.file),
        line=found.line,
        severity=found.severity,
        code=found.code,
        message=esc(speaker.say(found.message)),
    )


def sections(
    diff: PlanDiff, speaker: Speaker, esc: Escape, strong: Escape | None = None
) -> list[Section]:
    """The sections that have something to say, in order; `strong` marks ids."""
    out: list[Section] = []

    def add(key: str, lines: list[Line]) -> None:
        if lines:
            title = speaker.text(f"diff.section.{key}")
            if key != "balance":
                title = speaker.text("diff.section.count", title=title, n=len(lines))
            out.append(Section(key, title, lines))

    add("added", [Line(item(s, speaker, esc, strong)) for s in diff.added])
    add("removed", [Line(item(s, speaker, esc, strong)) for s in diff.removed])
    add(
        "changed",
        [
            Line(item(c.new, speaker, esc, strong), change_details(c, speaker, esc))
            for c in diff.changed
        ],
    )
    add(
        "balance",
        [Line(shift(s, speaker, esc)) for s in diff.balance],
    )
    add("new-findings", [Line(finding(f, speaker, esc)) for f in diff.new_findings])
    add("fixed-findings", [Line(finding(f, speaker, esc)) for f in diff.fixed_findings])
    return out
