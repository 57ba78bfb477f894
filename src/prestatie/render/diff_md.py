"""`prestatie diff --format md`, made for a pull-request comment: the summary line
first, then the revisions and the as-of date, then each section folded in a
`<details>` block. Every value from the plan is escaped (`render.common.md_escape`)."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.diff import PlanDiff
from prestatie.i18n import Speaker
from prestatie.render import diff_words as words
from prestatie.render.common import md_escape, md_text
from prestatie.render.diff_text import notes

#: Sections shown open: the ones a reviewer reads first.
OPEN = frozenset({"new-findings"})


def _strong(value: str) -> str:
    return f"**{value}**"


def render(diff: PlanDiff, out: TextIO, *, speaker: Speaker, old: str, new: str | None) -> None:
    esc = md_escape
    old_name = esc(words.revision_name(old, speaker))
    new_name = esc(words.revision_name(new, speaker))
    if diff.empty:
        out.write(f"**{speaker.text('diff.none', old=old_name, new=new_name)}**\n\n")
    else:
        out.write(f"**{words.summary(diff, speaker, esc)}**\n\n")
    as_of = md_escape(speaker.text("label.as-of", date=diff.as_of.isoformat()))
    out.write(f"{speaker.text('diff.heading', old=old_name, new=new_name)} · {as_of}\n")
    for note in notes(diff, speaker, old_name, new_name):
        out.write(f"\n{note}\n")
    for section in words.sections(diff, speaker, esc, _strong):
        opened = " open" if section.key in OPEN else ""
        out.write(f"\n<details{opened}>\n<summary>{md_escape(section.title)}</summary>\n\n")
        for line in section.lines:
            out.write(f"- {line.text}\n")
            for detail in line.details:
                out.write(f"  - {detail}\n")
        out.write("\n</details>\n")
    if diff.hidden:
        out.write(f"\n{md_text(speaker.text('diff.hidden', count=diff.hidden))}\n")
