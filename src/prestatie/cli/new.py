"""`prestatie new KIND`: a new plan item from its template, filled in from its parent.

One command per kind, all through one core call (`scaffold.new`). Every word it says
(prompts, what it wrote, every error) comes from the catalogue (`new.*`) in the run's
language: `--lang`, else the plan's `language:`, else the environment. The texts
written into the file follow the same language.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

import typer

from prestatie.cli import prompt
from prestatie.cli.common import LangOption, Language, error_line, handled, speak, use_color
from prestatie.cli.new_options import (
    DryRun,
    Force,
    Function,
    GoalLevel,
    GoalParent,
    Id,
    Manager,
    Name,
    Objective,
    Output,
    Owner,
    Parent,
    Period,
    Person,
    Perspective,
    PlanOption,
    ScopeLevel,
    ScopeUnit,
    Title,
    Unit,
)
from prestatie.errors import UsageError
from prestatie.i18n import msg
from prestatie.scaffold.request import NewRequest

new_app = typer.Typer(
    help="Write a new plan item from a template, filled in from its parent: "
    "goal, okr, ogsm, scorecard, person, analysis or reward-policy.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain help, as the main app (cli/app.py)
)


def _new(
    request: NewRequest, force: bool, dry_run: bool, plan_path: str | None, lang: Language | None
) -> None:
    from prestatie.model.plan import load
    from prestatie.scaffold import new as scaffold
    from prestatie.source.files import targets

    speak(lang)  # errors before the plan is read
    (target,) = targets([plan_path] if plan_path else [], Path.cwd())[:1]
    if not target.root.is_dir():
        raise UsageError(msg("new.not-a-plan"))
    plan = load(target)
    speaker = speak(lang, plan.config)
    request.lang = speaker.lang
    scaffold.complete(plan, request, prompt.asker(speaker))
    made, findings = scaffold.create(
        plan, target, request, date.today(), force=force, dry_run=dry_run
    )
    shown = _shown(made.path)
    args = {"path": shown, "kind": request.kind, "id": made.id}
    if dry_run:
        sys.stdout.write(made.text)
        note = "new.dry-run.added" if made.original is not None else "new.dry-run"
        _say(sys.stderr, speaker.text(note, **args))
        return
    from prestatie.render.text import line_of

    _say(sys.stdout, speaker.text("new.added" if made.original else "new.created", **args))
    if made.unread is not None:
        _say(sys.stdout, speaker.text("new.created.unread", path=shown, reason=made.unread))
    if made.schemas:
        folder = _shown(made.schemas[0].parent)
        _say(sys.stdout, speaker.text("new.schemas", folder=folder, count=len(made.schemas)))
    from prestatie.findings import relocated

    color = use_color(sys.stdout)
    for finding in relocated(findings, plan.root, Path(os.path.realpath(Path.cwd()))):
        # line_of escapes plan text itself
        _say(sys.stdout, line_of(finding, color, speaker), clean=False)
    errors = sum(1 for finding in findings if finding.severity == "error")
    if errors:
        sys.stderr.write(error_line(msg("new.written-with-errors", path=shown, errors=errors)))
        raise typer.Exit(1)


def _say(stream: TextIO, line: str, *, clean: bool = True) -> None:
    """One line of output: plan text and arguments never reach the terminal raw."""
    from prestatie.render.common import terminal_safe
    from prestatie.render.text import _encodable

    stream.write(_encodable(stream)(terminal_safe(line) if clean else line) + "\n")


def _shown(path: Path) -> str:
    """The path as every output shows it: relative to the current folder
    (`findings.shown_path`; realpath: no loop error)."""
    from prestatie.findings import shown_path

    return shown_path(Path(os.path.realpath(path)), Path(os.path.realpath(Path.cwd())))


@new_app.command("goal")
@handled
def new_goal(
    parent: GoalParent = None,
    item_id: Id = None,
    title: Title = None,
    owner: Owner = None,
    period: Period = None,
    perspective: Perspective = None,
    level: GoalLevel = None,
    unit: Unit = None,
    person: Person = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Add an objective one level below its parent.

    It is added to the plan's list of that level and unit when there is one (its comments
    and layout kept), else it starts that list in goals/<unit>/<level>.yaml. A goal under
    a function or project goal is a personal goal: it goes into the person's file.

    Examples:

      prestatie new goal --perspective customer          # a strategic goal

      prestatie new goal --parent SD-1 --unit Verkoop --title "Omzet B2B +15 %"

      prestatie new goal --parent FD-ACC-1 --person p-0142
    """
    request = NewRequest(
        "goal", parent, period, item_id, owner, title, output,
        perspective=perspective, level=level, unit=unit, person=person,
    )  # fmt: skip
    _new(request, force, dry_run, plan, lang)


@new_app.command("okr")
@handled
def new_okr(
    parent: Parent = None,
    item_id: Id = None,
    title: Objective = None,
    owner: Owner = None,
    period: Period = None,
    perspective: Perspective = None,
    unit: Unit = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a new OKR under a goal or a key result.

    Period, owner, unit and perspective come from the parent; the id is made
    unique; the file validates as written. Missing values are asked for when a
    terminal is attached. An existing file is never overwritten without --force.

    Examples:

      prestatie new okr --parent AD-ZM-2

      prestatie new okr --parent OKR-ZM-Q2/KR1 --period 2026-Q3 -o okr/binnendienst.yaml
    """
    request = NewRequest(
        "okr", parent, period, item_id, owner, title, output, perspective=perspective, unit=unit
    )
    _new(request, force, dry_run, plan, lang)


@new_app.command("ogsm")
@handled
def new_ogsm(
    parent: Parent = None,
    item_id: Id = None,
    title: Objective = None,
    owner: Owner = None,
    period: Period = None,
    unit: Unit = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a new one-page OGSM under the mission, a goal or a parent OGSM's strategy.

    Under a parent strategy, the strategy becomes the new OGSM's objective. The
    file validates as written; an existing file is never overwritten without --force.

    Examples:

      prestatie new ogsm                              # under the mission

      prestatie new ogsm --parent OGSM-2026/S2 --owner "Hoofd logistiek"
    """
    request = NewRequest("ogsm", parent, period, item_id, owner, title, output, unit=unit)
    _new(request, force, dry_run, plan, lang)


@new_app.command("scorecard")
@handled
def new_scorecard(
    level: ScopeLevel = None,
    unit: ScopeUnit = None,
    item_id: Id = None,
    title: Title = None,
    owner: Owner = None,
    period: Period = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a Balanced Scorecard of the objectives of one level (and unit).

    Each perspective lists the objectives the plan already has in that scope; the
    strategy-map links are proposed in cause -> effect order, as comments to confirm.

    Examples:

      prestatie new scorecard                          # the strategic objectives

      prestatie new scorecard --level department --unit Verkoop
    """
    request = NewRequest(
        "scorecard", None, period, item_id, owner, title, output, level=level, unit=unit
    )
    _new(request, force, dry_run, plan, lang)


@new_app.command("person")
@handled
def new_person(
    item_id: Id = None,
    name: Name = None,
    function: Function = None,
    unit: Unit = None,
    manager: Manager = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a new employee's file: competences, personal goals, development plan, reviews.

    Examples:

      prestatie new person --id p-0142 --name "Sanne de Boer" --unit Verkoop

      prestatie new person --function Accountmanager --manager p-0007
    """
    request = NewRequest(
        "person", None, None, item_id, None, name, output,
        unit=unit, function=function, manager=manager,
    )  # fmt: skip
    _new(request, force, dry_run, plan, lang)


@new_app.command("analysis")
@handled
def new_analysis(
    item_id: Id = None,
    title: Title = None,
    period: Period = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a strategic analysis skeleton: SWOT with its matrix, and Porter's five forces.

    Examples:

      prestatie new analysis

      prestatie new analysis --title "Analyse 2027" --period 2027
    """
    request = NewRequest("analysis", None, period, item_id, None, title, output)
    _new(request, force, dry_run, plan, lang)


@new_app.command("reward-policy")
@handled
def new_reward_policy(
    item_id: Id = None,
    title: Title = None,
    period: Period = None,
    output: Output = None,
    force: Force = False,
    dry_run: DryRun = False,
    plan: PlanOption = None,
    lang: LangOption = None,
) -> None:
    """Write a reward policy: the appraisal scale with a reward outcome per score.

    Examples:

      prestatie new reward-policy

      prestatie new reward-policy --title "Beloning 2027" --period 2027
    """
    request = NewRequest("reward-policy", None, period, item_id, None, title, output)
    _new(request, force, dry_run, plan, lang)
