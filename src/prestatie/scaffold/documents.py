"""`prestatie new scorecard|person|analysis|reward-policy`, and the mission `init` writes:
the kinds that derive from no parent."""

from __future__ import annotations

import os
from collections.abc import Set
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from prestatie.compute.scorecards import BSC_LEVELS, effective_perspectives
from prestatie.errors import UsageError
from prestatie.format import vocabulary
from prestatie.format.periods import parse_period
from prestatie.i18n import Speaker, msg
from prestatie.model.items import Goal
from prestatie.model.plan import Plan
from prestatie.scaffold import ids, place
from prestatie.scaffold.ask import Asker, Choice, Question, ask
from prestatie.scaffold.env import render, schema_ref
from prestatie.scaffold.goal import check_unit
from prestatie.scaffold.request import NewRequest, Scaffold
from prestatie.scaffold.words import spell, spell_perspective, unit_code
from prestatie.scaffold.yamltext import check_utf8

#: The id of each kind's first item, per language, before its period: `BSC-2026`.
_ID_BASE = {
    "scorecard": {"en": "BSC", "nl": "BSC"},
    "analysis": {"en": "ANALYSIS", "nl": "ANALYSE"},
    "reward-policy": {"en": "REWARD", "nl": "BELONING"},
    "mission": {"en": "mission", "nl": "mission"},
}


def resolve(plan: Plan, request: NewRequest, asker: Asker | None) -> None:
    """Check the options and ask for what is missing (answers are kept in `request`)."""
    check_utf8(request.options())
    if (
        request.period is not None
        and parse_period(request.period, plan.config.fiscal_year_start) is None
    ):
        raise UsageError(msg("new.bad-period", period=request.period))
    if request.id is not None:
        ids.check_new(plan, request.id)
    if request.kind == "scorecard":
        _scorecard_options(plan, request, asker)
    elif request.kind == "person":
        _person_options(plan, request, asker)
    _check_unit(plan, request.unit)


def _check_unit(plan: Plan, unit: str | None) -> None:
    if unit is not None and plan.config.units is not None:
        check_unit(unit, plan.config.units)


def _scorecard_options(plan: Plan, request: NewRequest, asker: Asker | None) -> None:
    levels = [lv for lv in plan.config.levels if lv in BSC_LEVELS] or list(BSC_LEVELS)
    if request.level is None:
        options = tuple(
            Choice(lv, msg(f"word.level.{lv}"), (spell("level", lv, "nl"),)) for lv in levels
        )
        request.level = ask(asker, Question(msg("new.prompt.level"), options, default=levels[0]))
    level = vocabulary.level(request.level)
    if level is None:
        raise UsageError(msg("new.unknown-level", value=request.level, levels=levels))
    request.level = level
    if request.unit is None and level != "strategic":
        units = sorted({g.unit for g in plan.goals if g.level == level and g.unit})
        options = tuple(Choice(u, u) for u in units)
        request.unit = ask(asker, Question(msg("new.prompt.scope-unit"), options))


def _person_options(plan: Plan, request: NewRequest, asker: Asker | None) -> None:
    if request.title is None:
        request.title = ask(asker, Question(msg("new.prompt.name")))
    if request.function is None:
        request.function = ask(asker, Question(msg("new.prompt.function")))
    if request.unit is None:
        options = tuple(Choice(u, u) for u in plan.config.units or ())
        request.unit = ask(asker, Question(msg("new.prompt.person-unit"), options))
    if request.manager is not None and request.manager not in plan.persons:
        close = plan.suggest(request.manager, plan.persons)
        if close:
            raise UsageError(msg("new.unknown-manager.close", manager=request.manager, close=close))
        raise UsageError(msg("new.unknown-manager", manager=request.manager))


def build(plan: Plan, request: NewRequest, today: date, taken: Set[str]) -> Scaffold:
    resolve(plan, request, None)
    speaker = plan.config.speaker(request.lang)
    period = request.period or _default_period(plan, today)
    kind = request.kind

    def exists(candidate: str) -> bool:
        return request.output is None and os.path.lexists(
            place.item_file(plan.root, kind, candidate)
        )

    if request.id is not None:
        item_id = request.id
    elif kind == "person":
        item_id = ids.numbered(plan, "p", taken, exists)
    elif kind == "mission":
        item_id = "mission"
    else:
        lang = plan.config.language or speaker.lang  # ids follow the plan, not --lang
        base = _ID_BASE[kind][lang]
        if kind == "scorecard":
            base += _scope_code(lang, request.level or "strategic", request.unit)
        item_id = ids.suffixed(plan, ids.stem(f"{base}-{period}"), taken, exists)
    path = request.output or place.item_file(plan.root, kind, item_id)
    if kind == "person":
        text_value = person_text(
            plan,
            speaker,
            path,
            item_id,
            unit=request.unit,
            name=request.title,
            function=request.function,
            manager=request.manager,
        )
    else:
        context = {"schema": schema_ref(kind, plan.root, path), "id": item_id, "period": period}
        if kind == "scorecard":
            context |= scorecard_context(plan, request, speaker, period)
        elif kind == "analysis":
            title = speaker.text("scaffold.value.analysis-title", period=period)
            context |= analysis_context(speaker, request.title or title, starter=request.starter)
        elif kind == "mission":
            owner = request.owner or speaker.text("scaffold.value.board")
            context |= mission_context(speaker, request.title or "", owner, period)
        else:
            context |= _reward_context(speaker, request.title, period)
        text_value = render(f"{kind}.yaml.j2", context, speaker)
    named = request.id is not None or request.output is not None
    return Scaffold(kind, item_id, path, text_value, named=named)


def _default_period(plan: Plan, today: date) -> str:
    return plan.config.period.label if plan.config.period else str(today.year)


def _scope_code(lang: str, level: str, unit: str | None) -> str:
    from prestatie.scaffold.words import ID_PREFIX

    if unit:
        return f"-{unit_code(unit)}" if unit_code(unit) else ""
    return "" if level == "strategic" else f"-{ID_PREFIX[lang][level]}"


def scorecard_context(
    plan: Plan, request: NewRequest, speaker: Speaker, period: str
) -> dict[str, Any]:
    """The objectives of the scope per perspective (in the plan's order), and the
    strategy-map links to confirm: each objective to those of the next perspective up
    the map (cause -> effect: learning -> process -> customer -> financial)."""
    level = request.level or "strategic"
    unit = request.unit
    fiscal = plan.config.fiscal_year_start
    within = parse_period(request.period, fiscal) if request.period else None
    of = effective_perspectives(plan).of
    persp = plan.config.perspectives
    members: dict[str, list[Goal]] = {pid: [] for pid in persp.ids}
    loose: list[Goal] = []
    for goal in plan.goals:
        if goal.level != level:
            continue
        if unit and not (goal.unit == unit or (goal.unit or "").startswith(unit + "/")):
            continue
        if within is not None and (goal.period is None or not within.contains(goal.period)):
            continue
        pid = of.get(goal.id)
        members.get(pid or "", loose).append(goal)
    lang = speaker.lang
    perspectives = [
        {
            "key": spell_perspective(persp, p.id, lang),
            "label": speaker.perspective(p.id),
            "goals": [{"id": g.id, "title": g.title or ""} for g in members[p.id]],
        }
        for p in persp.perspectives
    ]
    links = []
    filled = sorted((p for p in persp.perspectives if members[p.id]), key=lambda p: p.order)
    for cause_p, effect_p in pairwise(filled):
        for cause in members[cause_p.id]:
            for effect in members[effect_p.id]:
                note = f"{speaker.perspective(cause_p.id)} → {speaker.perspective(effect_p.id)}"
                links.append({"cause": cause.id, "effect": effect.id, "note": note})
    scope = msg(f"word.level.{level}")
    title = request.title or speaker.text(
        "scaffold.value.scorecard-title", scope=unit or scope, period=period
    )
    return {
        "title": title,
        "owner": request.owner,
        "unit": unit,
        "scope_level": speaker.level(level),
        "perspectives": perspectives,
        "links": links,
        "loose": [g.id for g in loose],
    }


def analysis_context(speaker: Speaker, title: str, *, starter: bool) -> dict[str, Any]:
    """A SWOT and Porter skeleton; `starter` puts one item in each SWOT list (for `init`,
    whose strategic goals address them)."""

    def one(prefix: str, key: str) -> list[dict[str, str]]:
        return [{"id": f"{prefix}1", "text": speaker.text(key)}] if starter else []

    pressure = spell("pressure", "medium", speaker.lang)
    return {
        "title": title,
        "strengths": one("S", "scaffold.value.strength"),
        "weaknesses": one("W", "scaffold.value.weakness"),
        "opportunities": one("O", "scaffold.value.opportunity"),
        "threats": one("T", "scaffold.value.threat"),
        "pressure": pressure,
        "force_note": speaker.text("scaffold.value.force-note"),
    }


def _reward_context(speaker: Speaker, title: str | None, period: str) -> dict[str, Any]:
    scale = [
        {
            "score": n,
            "label": speaker.text(f"scaffold.value.reward-label-{n}"),
            "outcome": speaker.text(f"scaffold.value.reward-outcome-{n}"),
        }
        for n in range(1, 6)
    ]
    default = speaker.text("scaffold.value.reward-title", period=period)
    return {"title": title or default, "scale": scale}


def person_text(
    plan: Plan,
    speaker: Speaker,
    path: Path,
    person: str,
    *,
    unit: str | None = None,
    name: str | None = None,
    function: str | None = None,
    manager: str | None = None,
    goals: str | None = None,
) -> str:
    """A person's file; `goals` is their first personal goal (an indented item block)."""
    context = {
        "schema": schema_ref("person", plan.root, path),
        "id": person,
        "name": name,
        "function": function,
        "unit": unit,
        "manager": manager,
        "competence": speaker.text("scaffold.value.competence"),
        "goals": goals,
    }
    return render("person.yaml.j2", context, speaker)


def mission_context(speaker: Speaker, organisation: str, owner: str, period: str) -> dict[str, Any]:
    """The mission of a new plan: every text a placeholder to replace."""
    return {
        "organisation": organisation,
        "owner": owner,
        "mission": speaker.text("scaffold.value.mission"),
        "vision": speaker.text("scaffold.value.vision", period=period),
        "values": [speaker.text("scaffold.value.value", n=n) for n in (1, 2, 3)],
        "strategy": speaker.text("scaffold.value.strategy-text"),
    }
