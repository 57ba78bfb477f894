"""The options of `prestatie new KIND`, shared by the commands of every kind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from prestatie.cli import complete


def _option(
    *names: str, metavar: str, help: str, autocompletion: Callable[..., Any] | None = None
) -> Any:
    return typer.Option(
        *names, metavar=metavar, help=help, show_default=False, autocompletion=autocompletion
    )


Parent = Annotated[
    str | None,
    _option(
        "--parent",
        "-p",
        metavar="ID",
        help="The id it derives from; checked against the plan.",
        autocompletion=complete.plan_ids,
    ),
]
GoalParent = Annotated[
    str | None,
    _option(
        "--parent",
        "-p",
        metavar="ID",
        help="The goal it derives from (or `mission`); checked against the plan. "
        "Its level gives the new goal's level; its period, perspective and unit carry over. "
        "Default: the mission.",
        autocompletion=complete.plan_ids,
    ),
]
Period = Annotated[
    str | None,
    _option(
        "--period",
        metavar="PERIOD",
        help="Any period the plan reads: 2026, 2026-2028, 2026-H1, 2026-Q1, 2026-03, FY2026-Q1. "
        "Default: from the parent, else the plan's.",
    ),
]
Id = Annotated[
    str | None,
    _option("--id", metavar="ID", help="The new id (no spaces, no '/'). Default: made unique."),
]
Owner = Annotated[
    str | None,
    _option("--owner", metavar="NAME", help="The owner. Default: from its list or the parent."),
]
Title = Annotated[
    str | None,
    _option("--title", "-t", metavar="TEXT", help="The title. Default: a text to replace."),
]
Objective = Annotated[
    str | None,
    _option(
        "--objective",
        "--title",
        "-t",
        metavar="TEXT",
        help="The objective, in words. Default: from a parent strategy, else a text to replace.",
    ),
]
Perspective = Annotated[
    str | None,
    _option(
        "--perspective",
        metavar="NAME",
        help="The Balanced Scorecard perspective (financial, customer, ... or a Dutch alias). "
        "Default: the parent's; for a strategic goal the one with the fewest goals.",
        autocompletion=complete.perspectives,
    ),
]
GoalLevel = Annotated[
    str | None,
    _option(
        "--level",
        metavar="LEVEL",
        help="function or project under an operational goal. Default: the next level down.",
        autocompletion=complete.goal_levels,
    ),
]
ScopeLevel = Annotated[
    str | None,
    _option(
        "--level",
        metavar="LEVEL",
        help="The level of the objectives it shows. Default: strategic.",
        autocompletion=complete.levels,
    ),
]
Unit = Annotated[
    str | None,
    _option(
        "--unit",
        metavar="UNIT",
        help="The department (required for a department goal). Default: the parent's.",
    ),
]
ScopeUnit = Annotated[
    str | None, _option("--unit", metavar="UNIT", help="Only the objectives of this unit.")
]
Person = Annotated[
    str | None,
    _option(
        "--person",
        metavar="ID",
        help="For a personal goal (under a function or project goal): the employee whose file "
        "it goes into; the file is made when the person is new.",
    ),
]
Name = Annotated[str | None, _option("--name", metavar="NAME", help="The employee's name.")]
Function = Annotated[str | None, _option("--function", metavar="TEXT", help="The job title.")]
Manager = Annotated[
    str | None, _option("--manager", metavar="ID", help="The manager: the id of another person.")
]
Output = Annotated[
    Path | None,
    _option(
        "--output",
        "-o",
        metavar="FILE",
        help="File to write. Default: the conventional place (see the README).",
    ),
]
Force = Annotated[
    bool,
    typer.Option(
        "--force", help="Overwrite an existing file, or write where the plan does not read."
    ),
]
DryRun = Annotated[
    bool,
    typer.Option("--dry-run", help="Print the file it would write, and write nothing."),
]
PlanOption = Annotated[
    str | None,
    _option(
        "--plan", metavar="FOLDER", help="Plan folder. Default: the plan around the current folder."
    ),
]
