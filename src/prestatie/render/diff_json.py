"""`prestatie diff --format json`: the changes as data, for scripts and CI.

The shape is versioned: `version` is 1 and changes only when a field changes meaning or
goes away (new fields may be added). The README documents every field. Scores and
shares are fractions (0.78 is 78 %), rounded to four decimals; findings are those of
`validate --format json`, with their message in the run's language.
"""

from __future__ import annotations

from typing import Any, TextIO

from prestatie.compute.diff import Change, MeasureChange, Move, PlanDiff
from prestatie.compute.diff_state import MeasureState, State
from prestatie.i18n import Speaker
from prestatie.render import jsonout

#: The version of the JSON shape.
VERSION = 1


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _measure(measure: MeasureState) -> dict[str, Any]:
    return {
        "id": measure.key,
        "name": measure.name,
        "unit": measure.unit,
        "target": _plain(measure.target),
        "baseline": measure.baseline,
        "direction": measure.direction,
        "score": _round(measure.score),
        "status": measure.status,
    }


def state(item: State) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "id": item.id,
        "file": item.file,
        "title": item.title,
        "level": item.level,
        "parent": item.parent,
        "owner": item.owner,
        "perspective": item.perspective,
        "unit": item.unit,
        "period": item.period,
        "weight": item.weight,
        "score": _round(item.score),
        "status": item.status,
        "measures": [_measure(m) for m in item.measures.values()],
    }


def _move(move: Move | None) -> dict[str, Any] | None:
    if move is None:
        return None
    return {
        "old": {"score": _round(move.old_score), "status": move.old_status},
        "new": {"score": _round(move.new_score), "status": move.new_status},
    }


def _measure_change(change: MeasureChange) -> dict[str, Any]:
    return {
        "id": change.key,
        "name": change.name,
        "changes": [
            {"field": name, "old": _plain(old), "new": _plain(new)}
            for name, old, new in change.retargeted
        ],
        "progress": _move(change.progress),
    }


def _change(change: Change) -> dict[str, Any]:
    return {
        "kind": change.new.kind,
        "id": change.new.id,
        "old_id": change.old.id,
        "file": change.new.file,
        "old_file": change.old.file,
        "renamed": change.renamed,
        "moved": change.moved,
        "reparented": change.reparented,
        "changes": [
            {"field": name, "old": _plain(old), "new": _plain(new)}
            for name, old, new in change.fields
        ],
        "measures_added": change.measures_added,
        "measures_removed": change.measures_removed,
        "measures": [_measure_change(m) for m in change.measures],
        "progress": _move(change.progress),
    }


def render(
    diff: PlanDiff,
    out: TextIO,
    *,
    speaker: Speaker,
    old: dict[str, Any],
    new: dict[str, Any],
    root: str,
) -> None:
    """`old` and `new`: each revision as `{"revision": ..., "commit": ...}` (the working
    tree: `{"revision": null, "commit": null}`)."""
    payload = {
        "version": VERSION,
        "root": root,
        "language": speaker.lang,
        "as_of": diff.as_of.isoformat(),
        "old": {**old, "exists": diff.old_exists},
        "new": {**new, "exists": diff.new_exists},
        "changed": not diff.empty,
        "summary": diff.counts(),
        "added": [state(s) for s in diff.added],
        "removed": [state(s) for s in diff.removed],
        "changes": [_change(c) for c in diff.changed],
        "balance": [
            {"perspective": s.perspective, "old": _round(s.old), "new": _round(s.new)}
            for s in diff.balance
        ],
        "findings": {
            "new": [f.as_dict(speaker) for f in diff.new_findings],
            "fixed": [f.as_dict(speaker) for f in diff.fixed_findings],
        },
    }
    jsonout.write(payload, out)
