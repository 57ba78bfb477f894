"""`prestatie export --format json`: the normalised plan with its figures and findings.

The shape is versioned (`version` 1; it changes only when a field changes meaning or
goes away, new fields may be added) and described by `schemas/export.schema.json`:

`{"$schema", "version", "as_of", "language", "plan", "mission", "objectives", "balance",
"findings", "summary", "people_hidden"}`. `objectives` is flat, in the cascade's order
(depth first from the mission, then what does not derive from it); each names its
`parent`. Figures are shares 0..1 rounded to 4 decimals, as `tree --format json` gives
them; dates are ISO dates; levels, perspectives, directions and statuses are ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from prestatie.compute.export import Export, MeasureRecord, Record
from prestatie.compute.tree_select import STATUSES
from prestatie.findings import Finding, summarise
from prestatie.format.periods import Period
from prestatie.i18n import Speaker
from prestatie.render import jsonout

#: The version of the JSON shape.
VERSION = 1
#: The `$id` of its schema, `schemas/export.schema.json`.
SCHEMA = "https://prestatie.dev/schemas/v1/export.schema.json"


def payload(export: Export, findings: Sequence[Finding], speaker: Speaker) -> dict[str, Any]:
    counts = dict.fromkeys(STATUSES, 0)
    for record in export.records:
        counts[record.status] = counts.get(record.status, 0) + 1
    summary = summarise(list(findings), 0, 0)
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "as_of": export.as_of.isoformat(),
        "language": speaker.lang,
        "plan": {
            "name": export.name,
            "organisation": export.organisation,
            "language": export.language,
            "period": period(export.period),
            "levels": list(export.levels),
            "perspectives": export.perspectives,
            "units": list(export.units),
            "thresholds": export.thresholds,
        },
        "mission": None
        if export.mission is None
        else {**export.mission, "period": period(export.mission.get("period"))},
        "objectives": [_record(r) for r in export.records],
        "balance": [scope.as_dict() for scope in export.balance],
        "findings": [f.as_dict(speaker) for f in findings],
        "summary": {
            "objectives": len(export.records),
            "measures": sum(len(r.measures) for r in export.records),
            "status": counts,
            "findings": {
                "error": summary.error,
                "warning": summary.warning,
                "info": summary.info,
            },
        },
        "people_hidden": export.hidden,
    }


def render(export: Export, findings: Sequence[Finding], speaker: Speaker, out: TextIO) -> None:
    jsonout.write(payload(export, findings, speaker), out)


def period(value: object) -> dict[str, str] | None:
    if not isinstance(value, Period):
        return None
    return {"label": value.label, "start": value.start.isoformat(), "end": value.end.isoformat()}


def _record(record: Record) -> dict[str, Any]:
    return {
        "kind": record.kind,
        "id": record.id,
        "level": record.level,
        "tier": record.tier,
        "parent": record.parent,
        "title": record.title,
        "owner": record.owner,
        "unit": record.unit,
        "perspective": record.perspective,
        "effective_perspective": record.effective_perspective,
        "period": period(record.period),
        "weight": record.weight,
        "score": record.score,
        "progress": record.progress,
        "expected": record.expected,
        "status": record.status,
        "behind": record.behind,
        "coverage": None
        if record.parts is None
        else {"measured": record.measured, "of": record.parts},
        "partial": record.partial,
        "met": record.met,
        "derived": record.derived,
        "file": record.file,
        "line": record.line,
        "measures": [_measure(m) for m in record.measures],
    }


def _measure(measure: MeasureRecord) -> dict[str, Any]:
    return {
        "id": measure.id,
        "name": measure.name,
        "unit": measure.unit,
        "baseline": measure.baseline,
        "target": measure.target,
        "actual": measure.actual,
        "direction": measure.direction,
        "min": measure.minimum,
        "max": measure.maximum,
        "green": measure.green,
        "red": measure.red,
        "indicator": measure.indicator,
        "weight": measure.weight,
        "due": None if measure.due is None else measure.due.isoformat(),
        "progress": measure.progress,
        "score": measure.score,
        "expected": measure.expected,
        "status": measure.status,
        "behind": measure.behind,
        "met": measure.met,
        "manual_score": measure.manual_score,
    }
