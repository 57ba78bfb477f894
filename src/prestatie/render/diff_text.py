"""`prestatie diff` as plain text for the terminal: a heading with the revisions and
the as-of date, the summary line, then each section with its lines."""

from __future__ import annotations

from typing import TextIO

from prestatie.compute.diff import PlanDiff
from prestatie.i18n import Speaker
from prestatie.render import diff_words as words
from prestatie.render.common import terminal_safe

#: The mark before each line of a section.
MARKS = {"added": "+", "removed": "-", "changed": "~"}


def render(diff: PlanDiff, out: TextIO, *, speaker: Speaker, old: str, new: str | None) -> None:
    esc = terminal_safe
    old_name = esc(words.revision_name(old, speaker))
    new_name = esc(words.revision_name(new, speaker))
    as_of = speaker.text("label.as-of", date=diff.as_of.isoformat())
    out.write(f"{speaker.text('diff.heading', old=old_name, new=new_name)} ({as_of})\n")
    for note in notes(diff, speaker, old_name, new_name):
        out.write(f"{note}\n")
    if diff.empty:
        out.write(f"{speaker.text('diff.none', old=old_name, new=new_name)}\n")
    else:
        out.write(f"{words.summary(diff, speaker, esc)}\n")
    for section in words.sections(diff, speaker, esc):
        out.write(f"\n{section.title}\n")
        mark = MARKS.get(section.key, " ")
        for line in section.lines:
            out.write(f"  {mark} {line.text}\n")
            for detail in line.details:
                out.write(f"      {detail}\n")
    if diff.hidden:
        out.write(f"\n{speaker.text('diff.hidden', count=diff.hidden)}\n")


def notes(diff: PlanDiff, speaker: Speaker, old_name: str, new_name: str) -> list[str]:
    """What to know before the changes: the plan is new, or gone, at one revision."""
    out = []
    if not diff.old_exists:
        out.append(speaker.text("diff.plan-new", revision=new_name))
    if not diff.new_exists:
        out.append(speaker.text("diff.plan-gone", revision=new_name))
    return out
