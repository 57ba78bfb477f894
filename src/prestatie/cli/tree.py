"""`prestatie tree`: the cascade from the mission down, with progress."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import (
    LEVELS_METAVAR,
    AsOfOption,
    LangOption,
    PathArgument,
    as_of_date,
    handled,
    level_of,
    load_plan,
    speak,
    use_color,
)


class TreeFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


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
            help="Show goals down to this level; Dutch names work too (operationeel).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        TreeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TreeFormat.text,
    lang: LangOption = None,
) -> None:
    """Show the cascade from the mission down, with progress and status.

    Each goal shows its id, title, level, owner, perspective, a progress bar, its
    score and its status (green, amber, red or no data; "behind plan" when it is
    below the progress expected by the as-of date). An objective's score is the
    weighted mean of its own measures and of its children.

    Examples:

      prestatie tree examples/gouden-korst --as-of 2026-06-30

      prestatie tree --from SD-1 --depth 2

      prestatie tree --level operational --format json

      prestatie tree examples/gouden-korst --level operationeel --lang en

      prestatie tree --format md > cascade.md
    """
    from prestatie.compute import tree as tree_module

    speak(lang)
    day = as_of_date(as_of)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    plan.as_of = day
    request = tree_module.TreeRequest(start, depth, level_of(level) if level is not None else None)
    roots = tree_module.build(plan, day, request)
    if output_format is TreeFormat.json:
        from prestatie.render import jsonout

        jsonout.write({"as_of": day.isoformat(), "roots": [r.as_dict() for r in roots]}, sys.stdout)
        return
    if output_format is TreeFormat.md:
        from prestatie.render import tree_md

        tree_md.render(roots, sys.stdout, speaker=speaker, as_of=day.isoformat())
        return
    from prestatie.render import tree_text

    tree_text.render(
        roots, sys.stdout, color=use_color(sys.stdout), speaker=speaker, as_of=day.isoformat()
    )
