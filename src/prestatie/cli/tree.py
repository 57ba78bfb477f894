"""`prestatie tree`: the cascade from the mission down, with progress."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from prestatie.cli import complete
from prestatie.cli.common import (
    LEVELS_METAVAR,
    AsOfOption,
    ColorChoice,
    ColorOption,
    Include,
    LangOption,
    PathArgument,
    StrictOption,
    as_of_date,
    handled,
    level_of,
    load_plan,
    people_included,
    plan_errors,
    speak,
    use_color,
)
from prestatie.errors import UsageError
from prestatie.i18n import msg

if TYPE_CHECKING:
    from prestatie.compute.tree_select import TreeFilter
    from prestatie.model.plan import Plan


class TreeFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


class TreeSort(StrEnum):
    plan = "plan"
    id = "id"
    score = "score"
    status = "status"


class TreeShow(StrEnum):
    measures = "measures"


STATUS_METAVAR = "red|amber|green|not-started|none"


@handled
def tree(
    path: PathArgument = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="ID",
            help="Start at this goal instead of the mission.",
            show_default=False,
            autocompletion=complete.plan_ids,
        ),
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option("--depth", min=0, metavar="N", help="Show this many levels below the start."),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(
            "--level",
            metavar=LEVELS_METAVAR,
            help="Show goals down to this level; Dutch names work too (operationeel). An "
            "OKR or OGSM counts one level below what it derives from.",
            show_default=False,
            autocompletion=complete.levels,
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar=STATUS_METAVAR,
            help="Only objectives with this status on the as-of date; repeat for several. "
            "Dutch works too (rood, oranje, groen, niet-gestart, geen-data).",
            show_default=False,
        ),
    ] = None,
    behind: Annotated[
        bool,
        typer.Option("--behind", help="Only objectives behind plan on the as-of date."),
    ] = False,
    owner: Annotated[
        str | None,
        typer.Option(
            "--owner",
            metavar="TEXT",
            help="Only objectives whose owner contains this text (any case).",
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            metavar="UNIT",
            help="Only objectives of this unit (any case); key results and strategies "
            "take their OKR's or OGSM's unit.",
            show_default=False,
        ),
    ] = None,
    perspective: Annotated[
        str | None,
        typer.Option(
            "--perspective",
            metavar="P",
            help="Only objectives of this perspective: its id or the plan's label, in "
            "Dutch or English (customer, klant).",
            show_default=False,
            autocompletion=complete.perspectives,
        ),
    ] = None,
    sort: Annotated[
        TreeSort,
        typer.Option(
            "--sort",
            help="Order of the objectives under each parent: as the plan writes them, by "
            "id, by score (lowest first) or by status (red first).",
        ),
    ] = TreeSort.plan,
    show: Annotated[
        list[TreeShow] | None,
        typer.Option(
            "--show",
            metavar="measures",
            help="Also show the measures of each objective (name, current value and "
            "target with unit, score).",
            show_default=False,
        ),
    ] = None,
    include: Annotated[
        list[Include] | None,
        typer.Option(
            "--include",
            metavar="people",
            help="Also show the personal objectives (from person files or at the personal "
            "level) and the owners that name a person. Without it they are left out and "
            "counted under the tree.",
            show_default=False,
        ),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Show a person's id wherever their name would appear (owners that name a person).",
        ),
    ] = False,
    as_of: AsOfOption = None,
    output_format: Annotated[
        TreeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TreeFormat.text,
    lang: LangOption = None,
    color_choice: ColorOption = ColorChoice.auto,
    strict: StrictOption = False,
) -> None:
    """Show the cascade from the mission down, with progress and status.

    Each objective shows its id and title, then its status, a progress bar and its
    score; behind plan, also the progress expected by the as-of date. An objective's
    score is the weighted mean of its own measures and of its children. The filters
    (--status, --behind, --owner, --unit, --perspective) all apply together and keep
    the path from the mission to each match; a total closes the tree. Personal
    objectives are shown only with --include people (--redact: ids for names).

    Examples:

      prestatie tree examples/gouden-korst --as-of 2026-06-30

      prestatie tree examples/gouden-korst --as-of 2026-09-15 --status red --behind

      prestatie tree --from SD-1 --depth 2 --show measures

      prestatie tree --level operational --sort score --format json

      prestatie tree examples/gouden-korst --owner productieleider --status oranje

      prestatie tree --format md > cascade.md

      prestatie tree examples/gouden-korst --include people --redact
    """
    from prestatie.compute import tree as tree_module

    speak(lang)
    day = as_of_date(as_of)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    plan.as_of = day
    plan_errors(plan, strict)
    chosen = _statuses(status or [])
    request = tree_module.TreeRequest(
        start,
        depth,
        level_of(level) if level is not None else None,
        sort=sort.value,
        filter=_filter(plan, chosen, behind, owner, unit, perspective),
        people=people_included(include),
        redact=redact,
    )
    view = tree_module.view(plan, day, request)
    if output_format is TreeFormat.json:
        from prestatie.render import tree_json

        tree_json.render(view, sys.stdout, as_of=day.isoformat())
        return
    measures = TreeShow.measures in (show or [])
    if output_format is TreeFormat.md:
        from prestatie.render import tree_md

        tree_md.render(view, sys.stdout, speaker=speaker, as_of=day.isoformat(), measures=measures)
        return
    from prestatie.render import tree_text

    tree_text.render(
        view,
        sys.stdout,
        color=use_color(sys.stdout),
        speaker=speaker,
        as_of=day.isoformat(),
        measures=measures,
    )


def _statuses(values: list[str]) -> frozenset[str]:
    """`--status` as written -> the statuses; a UsageError naming them otherwise."""
    from prestatie.compute.tree_select import STATUS_NAMES, STATUSES, status_of
    from prestatie.model.suggest import Suggester

    found = set()
    for value in values:
        status = status_of(value)
        if status is None:
            key = value.strip().lower()
            close = Suggester(list(STATUS_NAMES)).suggest(key) if key else None
            if close:
                raise UsageError(
                    msg(
                        "tree.unknown-status.close",
                        value=value,
                        close=STATUS_NAMES[close],
                        statuses=list(STATUSES),
                    )
                )
            raise UsageError(msg("tree.unknown-status", value=value, statuses=list(STATUSES)))
        found.add(status)
    return frozenset(found)


def _filter(
    plan: Plan,
    statuses: frozenset[str],
    behind: bool,
    owner: str | None,
    unit: str | None,
    perspective: str | None,
) -> TreeFilter:
    from prestatie.compute.tree_select import TreeFilter

    return TreeFilter(
        statuses=statuses,
        behind=behind,
        owner=owner.strip() or None if owner is not None else None,
        unit=_unit(plan, unit) if unit is not None else None,
        perspective=_perspective(plan, perspective) if perspective is not None else None,
    )


def _perspective(plan: Plan, value: str) -> str:
    """The perspective id `--perspective` names (id, alias or label in any language)."""
    found = plan.config.perspectives.resolve(value)
    if found is not None:
        return found
    ids = plan.config.perspectives.ids
    names = plan.config.perspectives.names()
    close = plan.suggest(value.strip().lower(), names) if value.strip() else None
    if close:
        meant = plan.config.perspectives.resolve(close)
        raise UsageError(
            msg("tree.unknown-perspective.close", value=value, close=meant, perspectives=ids)
        )
    raise UsageError(msg("tree.unknown-perspective", value=value, perspectives=ids))


def _unit(plan: Plan, value: str) -> str:
    """`--unit` as written, when some objective (or the plan's `units:`) names it in any
    case; a UsageError with the closest unit otherwise."""
    from prestatie.compute.tree_select import units

    known = units(plan)
    wanted = " ".join(value.split()).casefold()
    if any(" ".join(u.split()).casefold() == wanted for u in known):
        return value
    if not known:
        raise UsageError(msg("tree.no-units", value=value))
    close = plan.suggest(value, known) if value.strip() else None
    if close:
        raise UsageError(msg("tree.unknown-unit.close", value=value, close=close))
    raise UsageError(msg("tree.unknown-unit", value=value, units=known))
