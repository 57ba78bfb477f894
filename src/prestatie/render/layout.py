"""How the findings of one plan are laid out, for text and Markdown alike.

1. Causes before consequences: the findings that stop part of the plan from being read
   (`findings.blocking`) come first, in a section of their own ("fix these first").
2. A finding that follows from another (`Finding.follows`, the root's `key()`) is not
   listed on its own but under its root, the top one of a chain (a root may itself
   follow from another); folded to one line, or listed with `View.everything` (`--all`).
   A finding whose root is not among the findings shown stands on its own.
3. Repeats: past `View.limit` findings of one code, the first `View.keep` are listed and
   one line tells how many more there are (all of them with `--all`).

`statistics` counts the findings per code and severity, as `ruff --statistics` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from prestatie.findings import Finding, blocking

#: Past this many findings of one code, the rest of them are folded into one line.
REPEAT_LIMIT = 20
#: How many findings of such a code are listed before that line.
REPEAT_KEEP = 5


@dataclass(frozen=True, slots=True)
class View:
    """The display options of `validate`: `everything` lists what is folded (`--all`),
    `statistics` shows counts per code instead of the findings, `quiet` leaves out the
    summary lines, `width` wraps hints and remarks (None: never)."""

    everything: bool = False
    statistics: bool = False
    quiet: bool = False
    width: int | None = None
    limit: int = REPEAT_LIMIT
    keep: int = REPEAT_KEEP


@dataclass(slots=True)
class Entry:
    """A finding listed on its own, with every finding that follows from it."""

    finding: Finding
    followers: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """The entries of one part of the list, and the codes folded there: (code, how many
    more findings of it are not listed)."""

    entries: list[Entry] = field(default_factory=list)
    repeats: list[tuple[str, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.entries or self.repeats)


@dataclass(slots=True)
class Layout:
    """`first`: the roots that stop part of the plan from being read; `rest`: everything
    else listed on its own; `consequences`: how many findings follow from the roots in
    `first`."""

    first: Section
    rest: Section
    consequences: int


def arrange(findings: Sequence[Finding], view: View) -> Layout:
    """The findings (in their sorted order) as `validate` lists them."""
    tops = _tops(findings)
    entries: list[Entry] = []
    by_key: dict[tuple[str, int, int, str], Entry] = {}
    for f in findings:
        if tops.get(id(f)) is None:
            entry = Entry(f)
            entries.append(entry)
            by_key.setdefault(f.key(), entry)
    for f in findings:
        top = tops.get(id(f))
        if top is not None:
            by_key[top].followers.append(f)
    first = [e for e in entries if blocking(e.finding.code)]
    rest = [e for e in entries if not blocking(e.finding.code)]
    return Layout(_fold(first, view), _fold(rest, view), sum(len(e.followers) for e in first))


def _tops(findings: Sequence[Finding]) -> dict[int, tuple[str, int, int, str] | None]:
    """For each finding (by id), the key of the top root it is listed under, or None
    when it is listed on its own."""
    present: dict[tuple[str, int, int, str], Finding] = {}
    for f in findings:
        present.setdefault(f.key(), f)
    out: dict[int, tuple[str, int, int, str] | None] = {}
    for f in findings:
        top: tuple[str, int, int, str] | None = None
        seen = {f.key()}
        current = f
        while current.follows is not None and current.follows in present:
            if current.follows in seen:  # a cycle: no one in it is the top
                top = None
                break
            seen.add(current.follows)
            top = current.follows
            current = present[top]
        out[id(f)] = top
    return out


def _fold(entries: list[Entry], view: View) -> Section:
    if view.everything:
        return Section(entries)
    counts = Counter(e.finding.code for e in entries)
    folded = {code for code, n in counts.items() if n > view.limit}
    if not folded:
        return Section(entries)
    listed: Counter[str] = Counter()
    kept: list[Entry] = []
    for e in entries:
        code = e.finding.code
        if code in folded and listed[code] >= view.keep:
            continue
        listed[code] += 1
        kept.append(e)
    # In the order the codes first appear in the list.
    repeats = [(code, counts[code] - view.keep) for code in counts if code in folded]
    return Section(kept, repeats)


def statistics(findings: Sequence[Finding]) -> list[tuple[int, str, str]]:
    """(count, code, severity) of every code and severity among the findings, most
    frequent first, then by code; counting the findings that are only counted (`more`)."""
    counts: Counter[tuple[str, str]] = Counter()
    for f in findings:
        counts[(f.code, f.severity)] += f.more or 1
    return sorted(
        ((n, code, severity) for (code, severity), n in counts.items()),
        key=lambda row: (-row[0], row[1], row[2]),
    )
