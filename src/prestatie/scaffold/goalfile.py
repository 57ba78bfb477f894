"""Where a new goal is written, and its text: added to a list the plan already has
(`kind: goals` of its level and unit, or the person's file), or a file of its own."""

from __future__ import annotations

import os
from collections.abc import Set
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prestatie.errors import OutputError, UsageError
from prestatie.format import vocabulary
from prestatie.format.periods import parse_period
from prestatie.i18n import Msg, Speaker, msg
from prestatie.model.items import items, text
from prestatie.model.plan import Plan
from prestatie.scaffold import goal, ids, place
from prestatie.scaffold.append import add_item
from prestatie.scaffold.env import indent, render, schema_ref
from prestatie.scaffold.request import NewRequest, Scaffold
from prestatie.scaffold.words import ID_PREFIX, person_code, spell, spell_perspective, unit_code
from prestatie.source.nodes import YMap
from prestatie.source.reader import parse_text

_BOM = b"\xef\xbb\xbf"


@dataclass(slots=True)
class Target:
    """The file a goal goes into; `document` is the list to add it to (None: a new file)."""

    path: Path
    kind: str  # goals | person
    #: The number of the document in the file (from 0, as `yaml.compose_all` gives them).
    document: int | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    #: The file's bytes as read (when the goal is added to it).
    original: bytes | None = None


def build(plan: Plan, request: NewRequest, today: date, taken: Set[str]) -> Scaffold:
    """The file that holds the new goal (UsageError when the request cannot be met)."""
    spec = goal.resolve(plan, request, None)
    speaker = plan.config.speaker(request.lang)
    lang = plan.config.language or speaker.lang  # ids follow the plan, not --lang
    if request.id is not None:
        item_id = request.id
    elif spec.person is not None:
        item_id = ids.numbered(
            plan, f"{ID_PREFIX[lang][goal.PERSONAL]}-{person_code(spec.person)}", taken
        )
    else:
        code = unit_code(spec.unit) if spec.unit and spec.level != "strategic" else ""
        base = ID_PREFIX[lang][spec.level] + (f"-{code}" if code else "")
        item_id = ids.numbered(plan, base, taken)
    target = _target(plan, spec, request)
    fields = _fields(plan, spec, item_id, target, speaker)
    fields["addresses"] = list(request.addresses)
    block = item_block(speaker, fields, explain=request.explain)
    if target.document is not None and target.original is not None:
        raw = target.original
        bom = raw.startswith(_BOM)
        added = add_item(
            raw[len(_BOM) if bom else 0 :].decode("utf-8"), target.document, "goals", block
        )
        if added is not None:
            written = ("\ufeff" if bom else "") + added
            return Scaffold("goal", item_id, target.path, written, original=raw, named=True)
        target = _new_file(plan, spec, request, item_id)  # a layout it cannot add to
        fields = _fields(plan, spec, item_id, target, speaker)
        fields["addresses"] = list(request.addresses)
        block = item_block(speaker, fields, explain=request.explain)
    if target.kind == "person":
        text_value = person_file(plan, speaker, target.path, spec, block)
    else:
        defaults = {k: v for k, v in target.defaults.items() if v is not None}
        text_value = goals_file(
            speaker, schema_ref("goals", plan.root, target.path), defaults, [block]
        )
    named = request.id is not None or request.output is not None
    return Scaffold("goal", item_id, target.path, text_value, named=named)


def _target(plan: Plan, spec: goal.GoalSpec, request: NewRequest) -> Target:
    person = plan.persons.get(spec.person) if spec.person is not None else None
    if person is not None:
        if request.output is not None:  # a second file for the same person: a duplicate id
            raise UsageError(msg("new.person-has-file", person=spec.person, path=person.file))
        return _existing(plan, person.file, "person", _person_defaults(plan, person.data))
    if spec.person is None:
        # -o names the list to add to (or a new file); else any list of the level and unit
        wanted = place.relative(plan.root, request.output) if request.output else None
        for doc, kind in plan.documents:
            if request.output is not None and doc.file != wanted:
                continue
            if kind == "goals" and _lists(plan, doc.data, spec.level, spec.unit):
                return _existing(plan, doc.file, "goals", _doc_defaults(doc.data), doc.index)
    return _new_file(plan, spec, request, None)


def _existing(
    plan: Plan, rel: str, kind: str, defaults: dict[str, Any], index: int | None = None
) -> Target:
    entry = next(f for f in plan.files if f.rel == rel)
    path = Path(os.path.realpath(entry.path))
    source = next(s for s in plan.sources if s.file == rel)
    if index is None:
        index = next(d.index for d in source.documents if d.data.get("kind") == "person")
    index -= 1  # documents count from 1, empty ones included
    try:
        raw = path.read_bytes()
    except OSError as exc:
        from prestatie.source.reading import os_reason

        raise OutputError(msg("source.path", path=str(path), reason=os_reason(exc))) from exc
    again = parse_text(raw.decode("utf-8", "replace").removeprefix("\ufeff"), rel)
    if [d.data for d in again.documents] != [d.data for d in source.documents]:
        raise OutputError(msg("new.changed", path=str(path)))
    return Target(path, kind, index, defaults, raw)


def _new_file(plan: Plan, spec: goal.GoalSpec, request: NewRequest, item_id: str | None) -> Target:
    if spec.person is not None:
        path = request.output or plan.root / place.FOLDERS["person"] / f"{spec.person.lower()}.yaml"
        defaults = {"level": goal.PERSONAL, "unit": spec.unit, "owner": spec.person}
        return Target(path, "person", defaults=defaults)
    speaker_lang = plan.config.speaker(request.lang).lang
    defaults = {"level": spell("level", spec.level, speaker_lang), "unit": spec.unit}
    path = request.output or place.goals_file(plan.root, spec.level, spec.unit)
    if request.output is None and os.path.lexists(path):
        path = path.parent / f"{(item_id or 'goals').lower()}.yaml"
    return Target(path, "goals", defaults=defaults)


def _lists(plan: Plan, data: YMap, level: str, unit: str | None) -> bool:
    """Whether a `kind: goals` document is the list of `level` and `unit`."""
    found = data.get("defaults")
    defaults: YMap = found if isinstance(found, YMap) else YMap((0, 0))
    entries = [entry for _, entry in items(data, "goals")]
    if not entries:
        return vocabulary.level(defaults.get("level")) == level and text(defaults, "unit") == unit
    for entry in entries:
        own = entry.get("level", defaults.get("level"))
        own_unit = text(entry, "unit") if "unit" in entry else text(defaults, "unit")
        if vocabulary.level(own) != level or own_unit != unit:
            return False
    return True


def _doc_defaults(data: YMap) -> dict[str, Any]:
    defaults = data.get("defaults")
    return dict(defaults) if isinstance(defaults, YMap) else {}


def _person_defaults(plan: Plan, data: YMap) -> dict[str, Any]:
    return {
        "level": goal.PERSONAL,
        "unit": text(data, "unit"),
        "owner": text(data, "name") or text(data, "id"),
        "period": data.get("period"),
    }


def _fields(
    plan: Plan, spec: goal.GoalSpec, item_id: str, target: Target, speaker: Speaker
) -> dict[str, Any]:
    """The keys the new goal writes: each value its list's `defaults` do not give already."""
    lang = speaker.lang
    given = target.defaults
    fiscal = plan.config.fiscal_year_start
    out: dict[str, Any] = {"id": item_id}
    if str(given.get("parent") or "") != spec.parent:
        out["parent"] = spec.parent
    wanted = spec.period or (plan.config.period.label if plan.config.period else None)
    title = goal.title_of(spec, item_id, wanted or str(date.today().year))
    out["title"] = speaker.say(title) if isinstance(title, Msg) else title
    if vocabulary.level(given.get("level")) != spec.level:
        out["level"] = spell("level", spec.level, lang)
    persp = plan.config.perspectives
    if spec.perspective is not None and persp.resolve(given.get("perspective")) != spec.perspective:
        out["perspective"] = spell_perspective(persp, spec.perspective, lang)
    if spec.unit is not None and _text(given, "unit") != spec.unit and target.kind == "goals":
        out["unit"] = spec.unit
    owner = spec.owner or (None if given.get("owner") else spec.carried.owner)
    if owner is not None and _text(given, "owner") != owner:
        out["owner"] = owner
    if wanted is not None:
        around = parse_period(given.get("period"), fiscal) or plan.config.period
        mine = parse_period(wanted, fiscal) or _span(wanted)
        if around != mine:
            out["period"] = wanted
    indicator = "lagging" if spec.perspective == "financial" else "leading"
    out["measure"] = {
        "name": speaker.text("scaffold.value.measure-name", id=item_id),
        "unit": speaker.text("scaffold.value.count"),
        "direction": spell("direction", "increase", lang),
        "indicator": spell("indicator", indicator, lang),
    }
    return out


def _text(values: dict[str, Any], key: str) -> str | None:
    value = values.get(key)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _span(label: str) -> Any:
    from prestatie.scaffold.yamltext import parse_label

    return parse_label(label)


def item_block(speaker: Speaker, fields: dict[str, Any], *, explain: bool) -> str:
    """One goal as a YAML list item (`- id: ...`) at column 0."""
    levels = [spell("level", lv, speaker.lang) for lv in vocabulary.LEVELS]
    context = {"explain": explain, "levels": levels, "addresses": [], **fields}
    for key in ("parent", "level", "perspective", "unit", "owner", "period"):
        context.setdefault(key, None)
    return render("goal-item.yaml.j2", context, speaker)


def goals_file(speaker: Speaker, schema: str, defaults: dict[str, Any], blocks: list[str]) -> str:
    """A `kind: goals` file: its defaults and its goals (item blocks)."""
    context = {
        "schema": schema,
        "level": defaults.get("level"),
        "unit": defaults.get("unit"),
        "parent": defaults.get("parent"),
        "owner": defaults.get("owner"),
        "goals": "".join(indent(block, 2) for block in blocks),
    }
    return render("goals.yaml.j2", context, speaker)


def person_file(plan: Plan, speaker: Speaker, path: Path, spec: goal.GoalSpec, block: str) -> str:
    """A new person's file holding their first personal goal."""
    from prestatie.scaffold.documents import person_text

    person = spec.person or ""
    return person_text(plan, speaker, path, person, unit=spec.unit, goals=indent(block, 2))
