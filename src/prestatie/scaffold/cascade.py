"""`prestatie new okr` and `prestatie new ogsm`: an OKR under a goal or a key result, a
one-page OGSM under the mission, a goal or a parent OGSM's strategy (whose text becomes
the new OGSM's objective)."""

from __future__ import annotations

import os
from collections.abc import Set
from datetime import date
from typing import Any

from prestatie.compute.okr import ogsms
from prestatie.errors import UsageError
from prestatie.format.periods import Period, parse_period
from prestatie.i18n import Speaker, msg
from prestatie.model.items import Goal, Item
from prestatie.model.plan import Plan
from prestatie.scaffold import ids, place
from prestatie.scaffold.ask import Asker, Question, ask
from prestatie.scaffold.env import render, schema_ref
from prestatie.scaffold.goal import check_perspective
from prestatie.scaffold.parent import carried, find, is_nested
from prestatie.scaffold.request import NewRequest, Scaffold
from prestatie.scaffold.words import spell, spell_perspective
from prestatie.scaffold.yamltext import check_utf8, parse_label


def resolve(plan: Plan, request: NewRequest, asker: Asker | None) -> Any:
    """Check the parent first, then the other options; ask for what is missing."""
    check_utf8({"--parent": request.parent})
    if request.parent is None and request.kind == "okr":
        request.parent = ask(
            asker, Question(msg("new.prompt.parent")), missing=msg("new.parent-required")
        )
    ref = request.parent or "mission"
    target = find(plan, ref)
    if not _may_derive(request.kind, ref, target):
        found = target.kind if isinstance(target, Item) else "goal"
        raise UsageError(msg(f"new.wrong-parent.{request.kind}", parent=ref, found=found))
    check_utf8(request.options())
    if (
        request.period is not None
        and parse_period(request.period, plan.config.fiscal_year_start) is None
    ):
        raise UsageError(msg("new.bad-period", period=request.period))
    if request.id is not None:
        ids.check_new(plan, request.id)
    if request.perspective is not None:
        check_perspective(plan, request.perspective)
    if request.title is None:
        request.title = ask(asker, Question(msg("new.prompt.objective")))
    return target


def _may_derive(kind: str, ref: str, target: Any) -> bool:
    if isinstance(target, Goal):
        return True
    assert isinstance(target, Item)
    if is_nested(ref, target):
        return target.kind == "ogsm" or (kind == "okr" and target.kind == "okr")
    return kind == "ogsm" and target.kind == "mission"


def build(plan: Plan, request: NewRequest, today: date, taken: Set[str]) -> Scaffold:
    target = resolve(plan, request, None)
    ref = request.parent or "mission"
    speaker = plan.config.speaker(request.lang)
    inherited = carried(plan, target)
    parent_period = inherited.period or plan.config.period
    period = _period(request.period, parent_period, request.kind, today)
    folder = plan.root / place.FOLDERS[request.kind]
    if request.id is not None:
        item_id = request.id
    else:
        if ref.upper().startswith(request.kind.upper() + "-"):
            raw = ref  # under a parent OGSM's strategy or OKR's key result: OGSM-2026-S2
        elif ref == "mission":
            raw = f"{request.kind}-{period}"
        else:
            raw = f"{request.kind}-{ref}-{period}"
        exists = (
            None if request.output else (lambda c: os.path.lexists(folder / f"{c.lower()}.yaml"))
        )
        item_id = ids.suffixed(plan, ids.stem(raw), taken, exists or (lambda _: False))
    path = request.output or folder / f"{item_id.lower()}.yaml"
    persp = plan.config.perspectives
    perspective = persp.resolve(request.perspective) if request.perspective else None
    perspective = perspective or inherited.perspective
    context: dict[str, Any] = {
        "schema": schema_ref(request.kind, plan.root, path),
        "id": item_id,
        "parent": ref,
        "period": period,
        "owner": request.owner or inherited.owner,
        "unit": request.unit or inherited.unit,
        "perspective": spell_perspective(persp, perspective, speaker.lang) if perspective else None,
    }
    if request.kind == "okr":
        context |= _okr_texts(speaker, request.title)
    else:
        context |= _ogsm_texts(plan, speaker, request.title, ref, period, today)
    text_value = render(f"{request.kind}.yaml.j2", context, speaker)
    named = request.id is not None or request.output is not None
    return Scaffold(request.kind, item_id, path, text_value, named=named)


def _period(given: str | None, parent: Period | None, kind: str, today: date) -> str:
    """The period to write: as given (any form the plan reads), else from the parent."""
    if given is not None:
        return given
    if kind == "okr":
        # OKRs run per quarter: the current quarter when it lies in the parent's period.
        quarter = parse_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
        if quarter is not None and (parent is None or parent.contains(quarter)):
            return quarter.label
        if parent is not None:
            first = parse_period(f"{parent.start.year}-Q{(parent.start.month - 1) // 3 + 1}")
            if first is not None and parent.contains(first):
                return first.label
    if parent is not None:  # a span is written back as {start, end} by `yaml_period`
        return parent.label
    return str(today.year)


def _okr_texts(speaker: Speaker, objective: str | None) -> dict[str, Any]:
    return {
        "objective": objective or speaker.text("scaffold.value.okr-objective"),
        "kr1": speaker.text("scaffold.value.key-result", n=1),
        "kr2": speaker.text("scaffold.value.key-result", n=2),
        "type": spell("okr-type", "committed", speaker.lang),
        "count": speaker.text("scaffold.value.count"),
    }


def _ogsm_texts(
    plan: Plan, speaker: Speaker, objective: str | None, parent: str, period: str, today: date
) -> dict[str, Any]:
    strategy_text = None
    for ogsm in ogsms(plan):
        for strategy in ogsm.strategies:
            if strategy.ref == parent:
                strategy_text = strategy.text
    if objective is None:
        # In a cascade the parent's strategy becomes the child's objective.
        objective = strategy_text or speaker.text("scaffold.value.ogsm-objective")
    span = parse_label(period, plan.config.fiscal_year_start)
    start = max(today, span.start) if span else today
    due = span.end if span and span.end >= start else start
    strategies = [
        {
            "id": f"S{n}",
            "text": speaker.text("scaffold.value.strategy", n=n),
            "measure": speaker.text("scaffold.value.strategy-measure", n=n),
            "action": speaker.text("scaffold.value.strategy-action", n=n),
        }
        for n in (1, 2, 3)
    ]
    return {
        "objective": objective,
        "goal": speaker.text("scaffold.value.ogsm-goal"),
        "goal_measure": speaker.text("scaffold.value.ogsm-goal-measure"),
        "strategies": strategies,
        "start": start.isoformat(),
        "due": due.isoformat(),
        "count": speaker.text("scaffold.value.count"),
        "action_owner": speaker.text("scaffold.value.owner"),
        "status": spell("status", "planned", speaker.lang),
    }
