"""What changed in a plan between two revisions: `prestatie diff`.

`compare` takes the plan at each revision (None where it does not exist), the findings
of each (from `rules.engine.check_plan`, passed in: computing never calls a rule) and
one as-of date, and returns the changes as data:

* items (objectives, OKRs, OGSMs, scorecards) added and removed; renamed (the same
  content under a new id, only when exactly one removed and one added item share it);
  moved (the same id in another file); and for an item in both: its fields changed
  (title, level, parent, owner, perspective, unit, period, weight), its measures added
  and removed, each measure retargeted (target, baseline, direction), and its progress
  moved (score or status, each revision judged on the same date);
* the plan's balance shares per perspective (`compute.balance`), where they moved;
* findings new and fixed, matched by code, file and message (id and arguments), never
  by line, which moves with every edit above it.

Personal objectives are compared only when asked (`people`); otherwise they are counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from prestatie.compute.diff_state import FIELDS, KINDS, TARGET_FIELDS, Snapshot, State, snapshot
from prestatie.findings import Finding
from prestatie.i18n import Msg
from prestatie.model.plan import Plan

#: A score moves when it moves by at least half a percentage point (what a diff shows).
SCORE_STEP = 0.005
#: A balance share moves when it moves by at least half a percentage point.
SHARE_STEP = 0.005
#: Message arguments that say where something is, not what: left out when matching.
_PLACE_ARGS = frozenset({"line", "column", "first_line"})


@dataclass(slots=True)
class Move:
    """A score and status at each revision."""

    old_score: float | None
    old_status: str
    new_score: float | None
    new_status: str


@dataclass(slots=True)
class MeasureChange:
    key: str
    name: str | None
    #: (field, old, new) for target, baseline and direction.
    retargeted: list[tuple[str, Any, Any]] = field(default_factory=list)
    progress: Move | None = None


@dataclass(slots=True)
class Change:
    """One item at both revisions, and what changed about it."""

    old: State
    new: State
    renamed: bool = False
    #: (field, old, new) for the fields in `diff_state.FIELDS`, parent included.
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)
    measures_added: list[str] = field(default_factory=list)
    measures_removed: list[str] = field(default_factory=list)
    measures: list[MeasureChange] = field(default_factory=list)
    progress: Move | None = None

    @property
    def moved(self) -> bool:
        return self.old.file != self.new.file

    @property
    def reparented(self) -> bool:
        return any(name == "parent" for name, _, _ in self.fields)

    @property
    def empty(self) -> bool:
        return not (
            self.renamed
            or self.moved
            or self.fields
            or self.measures_added
            or self.measures_removed
            or self.measures
            or self.progress
        )


@dataclass(slots=True)
class Shift:
    """A perspective's share of the plan's weight at each revision (0..1)."""

    perspective: str
    old: float | None
    new: float | None


@dataclass(slots=True)
class PlanDiff:
    as_of: date
    old_exists: bool
    new_exists: bool
    added: list[State] = field(default_factory=list)
    removed: list[State] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    balance: list[Shift] = field(default_factory=list)
    new_findings: list[Finding] = field(default_factory=list)
    fixed_findings: list[Finding] = field(default_factory=list)
    #: Personal objectives changed, added or removed and not shown (without `people`).
    hidden: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.balance) and not (
            self.new_findings or self.fixed_findings
        )

    def counts(self) -> dict[str, int]:
        """The figures of the summary line, each counted once here."""
        changed = self.changed
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "renamed": sum(c.renamed for c in changed),
            "moved": sum(c.moved for c in changed),
            "reparented": sum(c.reparented for c in changed),
            "fields": sum(1 for c in changed for f in c.fields if f[0] != "parent"),
            "retargeted": sum(len(m.retargeted) for c in changed for m in c.measures),
            "measures_added": sum(len(c.measures_added) for c in changed),
            "measures_removed": sum(len(c.measures_removed) for c in changed),
            "progress": sum(c.progress is not None for c in changed)
            + sum(m.progress is not None for c in changed for m in c.measures),
            "new_errors": _severity(self.new_findings, "error"),
            "new_warnings": _severity(self.new_findings, "warning"),
            "new_infos": _severity(self.new_findings, "info"),
            "fixed": len(self.fixed_findings),
            "hidden": self.hidden,
        }


def _severity(found: Iterable[Finding], severity: str) -> int:
    return sum(1 for f in found if f.severity == severity)


def compare(
    old: Plan | None,
    new: Plan | None,
    as_of: date,
    old_findings: list[Finding],
    new_findings: list[Finding],
    people: bool = False,
) -> PlanDiff:
    """The changes from `old` to `new`, both judged on `as_of`."""
    before = snapshot(old, as_of) if old is not None else None
    after = snapshot(new, as_of) if new is not None else None
    result = PlanDiff(as_of, before is not None, after is not None)
    old_states = before.states if before else {}
    new_states = after.states if after else {}
    hidden = 0

    def shown(state: State) -> bool:
        nonlocal hidden
        if state.personal and not people:
            hidden += 1
            return False
        return True

    gone = [s for i, s in old_states.items() if i not in new_states]
    came = [s for i, s in new_states.items() if i not in old_states]
    renames = _renames(gone, came)
    renamed_to = {o.id: n.id for o, n in renames}
    paired = {id(s) for pair in renames for s in pair}
    changes: list[Change] = []
    for state in new_states.values():
        former = old_states.get(state.id)
        if former is not None:
            change = _change(former, state, renamed_to)
            if not change.empty and shown(state):
                changes.append(change)
    for former, state in renames:
        change = _change(former, state, renamed_to)
        change.renamed = True
        if shown(state):
            changes.append(change)
    result.changed = sorted(changes, key=lambda c: _order(c.new))
    result.added = sorted((s for s in came if id(s) not in paired and shown(s)), key=_order)
    result.removed = sorted((s for s in gone if id(s) not in paired and shown(s)), key=_order)
    result.balance = _balance(before, after)
    private = (before.person_files if before else set()) | (after.person_files if after else set())
    # A finding about an item that moved to another file is the same finding there.
    moves = {(c.old.id, c.old.file): c.new.file for c in changes if c.moved and not c.renamed}
    fresh, fixed = _findings(old_findings, new_findings, moves)
    result.new_findings = [f for f in fresh if people or f.file not in private]
    result.fixed_findings = [f for f in fixed if people or f.file not in private]
    hidden += len(fresh) + len(fixed) - len(result.new_findings) - len(result.fixed_findings)
    result.hidden = hidden
    return result


def _order(state: State) -> tuple[int, str, str]:
    return (KINDS.index(state.kind), state.file, state.id)


def _renames(gone: list[State], came: list[State]) -> list[tuple[State, State]]:
    """Removed and added items with the same content, where each content is unique
    on both sides."""
    old_by: dict[tuple[Any, ...], list[State]] = {}
    new_by: dict[tuple[Any, ...], list[State]] = {}
    for state in gone:
        old_by.setdefault(state.content(), []).append(state)
    for state in came:
        new_by.setdefault(state.content(), []).append(state)
    pairs = []
    for key, olds in old_by.items():
        news = new_by.get(key, [])
        if len(olds) == 1 and len(news) == 1:
            pairs.append((olds[0], news[0]))
    return pairs


def _moved(old: float | None, new: float | None, step: float) -> bool:
    if old is None or new is None:
        return old is not new
    return abs(old - new) >= step


def _progress(
    old_score: float | None, old_status: str, new_score: float | None, new_status: str
) -> Move | None:
    if old_status != new_status or _moved(old_score, new_score, SCORE_STEP):
        return Move(old_score, old_status, new_score, new_status)
    return None


def _change(old: State, new: State, renamed_to: dict[str, str]) -> Change:
    change = Change(old, new)
    for name in FIELDS:
        before, after = old.value(name), new.value(name)
        if name == "parent" and before is not None and renamed_to.get(before) == after:
            continue  # the parent was renamed: still the same parent
        if before != after:
            change.fields.append((name, before, after))
    change.measures_added = [k for k in new.measures if k not in old.measures]
    change.measures_removed = [k for k in old.measures if k not in new.measures]
    for key, measure in new.measures.items():
        former = old.measures.get(key)
        if former is None:
            continue
        moved = MeasureChange(key, measure.name or former.name)
        for name in TARGET_FIELDS:
            before, after = getattr(former, name), getattr(measure, name)
            if before != after or type(before) is not type(after):
                moved.retargeted.append((name, before, after))
        moved.progress = _progress(former.score, former.status, measure.score, measure.status)
        if moved.retargeted or moved.progress:
            change.measures.append(moved)
    change.progress = _progress(old.score, old.status, new.score, new.status)
    return change


def _balance(before: Snapshot | None, after: Snapshot | None) -> list[Shift]:
    """Perspectives whose share of the plan's weight moved (both orders kept: the new
    revision's perspectives first, then any the old one had)."""
    old = before.shares if before else {}
    new = after.shares if after else {}
    out = []
    for pid in [*new, *(p for p in old if p not in new)]:
        if _moved(old.get(pid), new.get(pid), SHARE_STEP):
            out.append(Shift(pid, old.get(pid), new.get(pid)))
    return out


def _key(finding: Finding, moves: dict[tuple[str, str], str] | None = None) -> tuple[Any, ...]:
    file = finding.file
    if moves and finding.item is not None:
        file = moves.get((finding.item, file), file)
    return (finding.code, file, finding.severity, _message_key(finding.message))


def _message_key(message: Msg) -> tuple[Any, ...]:
    args = tuple(
        (name, _message_key(value) if isinstance(value, Msg) else value)
        for name, value in message.args
        if name not in _PLACE_ARGS
    )
    return (message.id, args)


def _findings(
    old: list[Finding], new: list[Finding], moves: dict[tuple[str, str], str]
) -> tuple[list[Finding], list[Finding]]:
    """Findings only in `new` (new) and only in `old` (fixed), each as often as it is
    more frequent on that side; `moves`: (item, old file) -> new file of moved items."""
    before = Counter(_key(f, moves) for f in old)
    after = Counter(_key(f) for f in new)
    fresh = _surplus(new, after - before, None)
    fixed = _surplus(old, before - after, moves)
    return fresh, fixed


def _surplus(
    found: list[Finding],
    extra: Counter[tuple[Any, ...]],
    moves: dict[tuple[str, str], str] | None,
) -> list[Finding]:
    out = []
    for finding in found:
        key = _key(finding, moves)
        if extra[key] > 0:
            extra[key] -= 1
            out.append(finding)
    return out
