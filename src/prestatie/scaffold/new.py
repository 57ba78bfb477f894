"""`prestatie new`: new plan files from the Jinja2 templates, filled from their parent.

Values the parent can give (period, owner, unit, perspective) come from it; the
id is made unique; every value is written as a double-quoted YAML string with
escapes, so nothing a user types or a plan holds can change the file's structure
or come back different.
"""

from __future__ import annotations

import os
import re
from collections.abc import Set
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from prestatie.compute.okr import ogsms
from prestatie.compute.scorecards import effective_perspectives
from prestatie.errors import OutputError, UsageError
from prestatie.findings import Finding
from prestatie.format.periods import Period, parse_period
from prestatie.format.schemas import ID_BASE, load_all
from prestatie.i18n import Msg, choose_language, msg
from prestatie.model.items import Goal, Item, text
from prestatie.model.plan import Plan, load
from prestatie.scaffold import place
from prestatie.source.data import data_dir
from prestatie.source.files import Target

KINDS = ("okr", "ogsm")


@dataclass(slots=True)
class NewRequest:
    kind: str
    parent: str | None = None
    period: str | None = None
    id: str | None = None
    owner: str | None = None
    objective: str | None = None
    output: Path | None = None
    #: The language of the run (`nl`, `en`), which the new file's texts follow too;
    #: None: the plan's `language:`, else the environment's.
    lang: str | None = None


@dataclass(slots=True)
class Scaffold:
    kind: str
    id: str
    path: Path
    text: str
    #: Why the plan does not read the file (written with --force); None: part of the plan.
    unread: Msg | str | None = None


@cache
def environment() -> Any:
    """The one Jinja environment for plan-file templates (YAML: no HTML escaping)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates"))),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["yaml"] = yaml_scalar
    env.filters["comment"] = yaml_comment
    env.filters["period"] = yaml_period
    return env


def yaml_scalar(value: object) -> str:
    """Any text as a double-quoted YAML scalar that reads back as exactly that text.

    Printable characters are written as they are; every other one (controls, DEL, C1,
    line and paragraph separators, bidi controls, BOM, non-characters) as an escape,
    so the file stays one line per value and a YAML reader never refuses it.
    """
    text_value = "" if value is None else str(value)
    return '"' + "".join(ch if _verbatim(ch) else _escape(ch) for ch in text_value) + '"'


def yaml_comment(value: object) -> str:
    """Text for a `# comment`: every non-printable character escaped, so it stays one line."""
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in str(value))


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _verbatim(ch: str) -> bool:
    return ch not in _ESCAPES and ch.isprintable()


def _escape(ch: str) -> str:
    known = _ESCAPES.get(ch)
    if known is not None:
        return known
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"a lone surrogate (U+{code:04X}) cannot be written as YAML text")
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


#: How often a generated id moves on when other runs take the name meanwhile.
ATTEMPTS = 100


def create(
    plan: Plan, target: Target, request: NewRequest, today: date, *, force: bool = False
) -> tuple[Scaffold, list[Finding]]:
    """Write the new file (atomically, never over a file without force) and check it.

    The name is taken exclusively: when another run takes it first, a generated id
    moves on to the next free one; a name the user gave is refused.
    Returns the file written and the findings the plan now has in it.
    """
    from prestatie.rules.engine import check_plan
    from prestatie.source.write import AlreadyExists, check_folder, write_atomic

    named = request.id is not None or request.output is not None
    taken: set[str] = set()
    for _ in range(ATTEMPTS):
        made = prepare(plan, request, today, taken)
        # What is wrong on disk comes first, wherever the place is.
        check_folder(made.path.parent, missing_ok=request.output is None)
        if os.path.isdir(made.path):
            raise OutputError(msg("new.is-a-folder", path=str(made.path)))
        made.unread = place.unread(plan, made.path)
        if made.unread is not None and not force:
            raise UsageError(msg("new.not-in-plan", path=str(made.path), reason=made.unread))
        if named and not force:
            place.refuse_existing(plan, made.path)
        try:
            # A generated name is never written over, not even with --force.
            write_atomic(
                made.path, made.text, force=force and named, make_folder=request.output is None
            )
        except AlreadyExists as exc:
            if named:
                raise OutputError(msg("new.exists", path=str(made.path))) from exc
            taken.add(made.id)
            continue
        if made.unread is not None:
            return made, []  # validate does not read it, so there is nothing to re-check
        after = load(target)
        # Compared by name, never by resolving every finding's file: a symlink loop
        # elsewhere in the plan is that file's finding, not a failure of this run.
        rel = place.relative(after.root, made.path)
        return made, [f for f in check_plan(after) if f.file == rel]
    raise OutputError(msg("new.ids-taken", path=str(made.path), attempts=ATTEMPTS))


def prepare(
    plan: Plan, request: NewRequest, today: date, taken: Set[str] = frozenset()
) -> Scaffold:
    """The file to write, or UsageError when the request cannot be met.

    A generated id is free in the plan, not in `taken`, and its file does not exist.
    """
    if request.kind not in KINDS:
        raise UsageError(msg("new.unknown-kind", kind=request.kind, kinds=KINDS))
    parent_ref = request.parent or ("mission" if request.kind == "ogsm" else None)
    if parent_ref is None:
        raise UsageError(msg("new.parent-required"))
    target = check_parent(plan, request.kind, parent_ref)
    _check_text(request)
    parent_period = getattr(target, "period", None) or plan.config.period
    fiscal = plan.config.fiscal_year_start
    period = _period(request.period, parent_period, request.kind, today, fiscal)
    owner = request.owner or _field(target, "owner")
    unit = _field(target, "unit")
    perspective = None
    if isinstance(target, Goal):
        perspective = effective_perspectives(plan).of.get(target.id)
    folder = None if request.output else plan.root / request.kind
    item_id = request.id or _unique_id(plan, request.kind, parent_ref, period, taken, folder)
    if item_id in plan.refs:
        raise UsageError(msg("new.id-used", id=item_id))
    _check_id(item_id)
    nl = (request.lang or choose_language(None, plan.config.language)) == "nl"
    context: dict[str, Any] = {
        "nl": nl,
        "schema_url": f"{ID_BASE}{request.kind}.schema.json",
        "id": item_id,
        "parent": parent_ref,
        "period": period,
        "owner": owner,
        "unit": unit,
        "perspective": perspective,
    }
    if request.kind == "okr":
        context |= _okr_texts(request.objective, nl)
    else:
        context |= _ogsm_texts(plan, request.objective, parent_ref, nl, period, today)
    rendered = environment().get_template(f"{request.kind}.yaml.j2").render(context)
    path = request.output or plan.root / request.kind / f"{item_id.lower()}.yaml"
    return Scaffold(request.kind, item_id, path, rendered)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(request: NewRequest) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates; no YAML file holds them."""
    for option, value in (
        ("--parent", request.parent),
        ("--period", request.period),
        ("--id", request.id),
        ("--owner", request.owner),
        ("--objective", request.objective),
    ):
        if value is not None and _SURROGATE.search(value):
            raise UsageError(msg("new.not-utf8", option=option))


@cache
def _id_rule() -> tuple[re.Pattern[str], int]:
    """The schema's rule for an id (`common.schema.json#/$defs/id`): pattern, length."""
    rule = load_all()["common"]["$defs"]["id"]
    return re.compile(rule["pattern"]), int(rule["maxLength"])


def _check_id(item_id: str) -> None:
    """UsageError for an id the plan would refuse, before anything is written."""
    pattern, longest = _id_rule()
    if len(item_id) > longest:
        raise UsageError(msg("new.id-too-long", id=item_id, longest=longest, length=len(item_id)))
    if not pattern.search(item_id):
        raise UsageError(msg("new.id-pattern", id=item_id))


def check_parent(plan: Plan, kind: str, ref: str) -> Any:
    """The goal or item `ref` names as the parent of a new `kind`; the first check of
    `prestatie new`, before any prompt. UsageError when `ref` is not UTF-8 text, does
    not exist (listing every close id that could be such a parent), or is something a
    new `kind` does not derive from."""
    from prestatie.model.suggest import Suggester

    if _SURROGATE.search(ref):
        raise UsageError(msg("new.not-utf8", option="--parent"))
    target = plan.refs.get(ref)
    if target is None:
        fitting = [name for name, item in plan.refs.items() if _fits(kind, name, item)]
        close = Suggester(fitting).all_close(ref)
        if close:
            raise UsageError(msg("new.unknown-parent.close", parent=ref, close=close))
        raise UsageError(msg("new.unknown-parent", parent=ref))
    if not _fits(kind, ref, target):
        found = target.kind if isinstance(target, Item) else "goal"
        raise UsageError(msg(f"new.wrong-parent.{kind}", parent=ref, found=found))
    return target


def _fits(kind: str, ref: str, target: object) -> bool:
    """Whether the item `ref` names can be the parent of a new `kind`: a goal; for an
    OKR also a key result (`OKR-X/KR1`); an OGSM's strategy (`OGSM-X/S2`); for an OGSM
    also the mission."""
    if isinstance(target, Goal):
        return True
    if not isinstance(target, Item):
        return False
    nested = "/" in ref and ref != target.id
    if kind == "okr" and target.kind == "okr" and nested:
        return True  # a key result of a parent OKR
    if target.kind == "ogsm" and nested:
        return True  # a strategy of an OGSM
    return kind == "ogsm" and target.kind == "mission"


def _field(target: Any, name: str) -> str | None:
    value = getattr(target, name, None)
    if isinstance(value, str):
        return value
    data = getattr(target, "data", None)
    return text(data, name) if data is not None else None


def _parse_label(label: str, fiscal: int = 1) -> Period | None:
    """A period label as `_period` returns it, a span (`start..end`) included."""
    start, sep, end = label.partition("..")
    if sep:
        return parse_period({"start": start, "end": end})
    return parse_period(label, fiscal)


def yaml_period(label: str) -> str:
    """A period as YAML: its label, or `{start: …, end: …}` for a span of dates."""
    start, sep, end = label.partition("..")
    if sep and _parse_label(label) is not None:
        return f"{{start: {start}, end: {end}}}"
    return yaml_scalar(label)


def _period(
    given: str | None, parent: Period | None, kind: str, today: date, fiscal: int = 1
) -> str:
    """The period to write: as given (any form the plan reads), else from the parent."""
    if given is not None:
        if parse_period(given, fiscal) is None:
            raise UsageError(msg("new.bad-period", period=given))
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


def _unique_id(
    plan: Plan, kind: str, parent: str, period: str, taken: Set[str], folder: Path | None
) -> str:
    if parent.upper().startswith(kind.upper() + "-"):
        raw = parent  # under a parent OGSM's strategy or OKR's key result: OGSM-2026-S2
    else:
        raw = f"{kind}-{period}" if parent == "mission" else f"{kind}-{parent}-{period}"
    stem = re.sub(r"[^A-Za-z0-9]+", "-", raw).strip("-").upper()
    longest = _id_rule()[1]
    candidate = stem[:longest].rstrip("-")
    number = 2
    while (
        candidate in plan.refs
        or candidate in taken
        or (folder is not None and os.path.lexists(folder / f"{candidate.lower()}.yaml"))
    ):
        suffix = f"-{number}"
        candidate = stem[: longest - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def _okr_texts(objective: str | None, nl: bool) -> dict[str, str]:
    if nl:
        return {
            "objective": objective or "Beschrijf in één zin wat je dit kwartaal wilt bereiken",
            "kr1": "Eerste meetbare uitkomst (vervang de tekst en de getallen)",
            "kr2": "Tweede meetbare uitkomst (vervang de tekst en de getallen)",
        }
    return {
        "objective": objective or "Describe in one sentence what you want to achieve",
        "kr1": "First measurable outcome (replace the text and numbers)",
        "kr2": "Second measurable outcome (replace the text and numbers)",
    }


def _ogsm_texts(
    plan: Plan, objective: str | None, parent: str, nl: bool, period: str, today: date
) -> dict[str, Any]:
    strategy_text = None
    for ogsm in ogsms(plan):
        for strategy in ogsm.strategies:
            if strategy.ref == parent:
                strategy_text = strategy.text
    if objective is None:
        # In a cascade the parent's strategy becomes the child's objective.
        objective = strategy_text or (
            "Beschrijf in één zin de ambitie" if nl else "Describe the ambition in one sentence"
        )
    span = _parse_label(period, plan.config.fiscal_year_start)
    start = max(today, span.start) if span else today
    due = span.end if span and span.end >= start else start
    word = "Strategie" if nl else "Strategy"
    strategies = [
        {
            "id": f"S{n}",
            "text": f"{word} {n}: " + ("de keuze in woorden" if nl else "the choice in words"),
            "measure": ("Meetpunt van strategie " if nl else "Measure of strategy ") + str(n),
            "action": ("Eerste actie van strategie " if nl else "First action of strategy ")
            + str(n),
        }
        for n in (1, 2, 3)
    ]
    return {
        "objective": objective,
        "goal": "Doel met streefwaarde en eenheid" if nl else "Goal with target value and unit",
        "goal_measure": "Meetpunt" if nl else "Measure",
        "strategies": strategies,
        "start": start.isoformat(),
        "due": due.isoformat(),
    }
