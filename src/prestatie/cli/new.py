"""`prestatie new`: new plan files from the templates, filled in from their parent.

Every word it says (prompts, what it wrote, every error) comes from the catalogue
(`new.*`) in the run's language: `--lang`, else the plan's `language:`, else the
environment. The texts written into the new file follow the same language.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, TextIO

import typer

from prestatie.cli.common import LangOption, Language, error_line, handled, speak, use_color
from prestatie.errors import Interrupted, UsageError
from prestatie.i18n import Msg, Speaker, msg

new_app = typer.Typer(
    help="Write a new plan file from a template, filled in from its parent.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain help, as the main app (cli/app.py)
)


def _new(
    kind: str,
    parent: str | None,
    period: str | None,
    item_id: str | None,
    owner: str | None,
    objective: str | None,
    output: Path | None,
    force: bool,
    plan_path: str | None,
    lang: Language | None,
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
    # The parent first: an unknown one stops the run before any question is asked.
    default = "mission" if kind == "ogsm" else None
    if parent is not None or default is not None:
        scaffold.check_parent(plan, kind, parent or default or "")
    interactive = _interactive()
    if interactive and parent is None and kind == "okr":
        parent = _ask(speaker, msg("new.prompt.parent")) or None
        if parent is not None:
            scaffold.check_parent(plan, kind, parent)
    if interactive and objective is None:
        objective = _ask(speaker, msg("new.prompt.objective")) or None
    request = scaffold.NewRequest(
        kind, parent, period, item_id, owner, objective, output, lang=speaker.lang
    )
    made, findings = scaffold.create(plan, target, request, date.today(), force=force)
    from prestatie.render.text import line_of

    shown = _shown(made.path)
    _say(sys.stdout, speaker.text("new.created", path=shown, kind=kind, id=made.id))
    if made.unread is not None:
        note = speaker.text("new.created.unread", path=shown, reason=made.unread)
        _say(sys.stdout, note)
    color = use_color(sys.stdout)
    for finding in findings:
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


def _interactive() -> bool:
    """Ask for missing values only when a person can answer: stdin and stdout are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask(speaker: Speaker, question: Msg) -> str:
    """One answer from the terminal. Ctrl-C stops the run (exit 130), Ctrl-D too (exit 2)."""
    from prestatie.render.common import terminal_safe

    try:
        return input(f"{terminal_safe(speaker.say(question))}: ").strip()
    except KeyboardInterrupt:
        sys.stdout.write("\n")  # the error line starts on a line of its own
        raise Interrupted(msg("new.prompt.interrupted")) from None
    except EOFError:
        sys.stdout.write("\n")
        raise UsageError(msg("new.prompt.input-ended", question=question)) from None
    except UnicodeDecodeError:
        raise UsageError(msg("new.prompt.not-utf8", question=question)) from None


def _shown(path: Path) -> str:
    """The path relative to the current folder when it lies below it (realpath: no loop error)."""
    try:
        return Path(os.path.realpath(path)).relative_to(os.path.realpath(Path.cwd())).as_posix()
    except ValueError:
        return str(path)


ParentOption = Annotated[
    str | None,
    typer.Option(
        "--parent",
        "-p",
        metavar="ID",
        help="The id it derives from; checked against the plan.",
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option(
        "--period",
        metavar="PERIOD",
        help="Any period the plan reads: 2026, 2026-2028, 2026-H1, 2026-Q1, 2026-03, FY2026-Q1. "
        "Default: from the parent.",
    ),
]
IdOption = Annotated[
    str | None, typer.Option("--id", metavar="ID", help="The new id. Default: made unique.")
]
OwnerOption = Annotated[
    str | None,
    typer.Option("--owner", metavar="NAME", help="The owner. Default: the parent's owner."),
]
ObjectiveOption = Annotated[
    str | None, typer.Option("--objective", metavar="TEXT", help="The objective, in words.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="File to write. Default: <plan>/<kind>/<id>.yaml.",
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Overwrite an existing file, or write where the plan does not read.",
    ),
]
PlanOption = Annotated[
    str | None,
    typer.Option(
        "--plan",
        metavar="FOLDER",
        help="Plan folder. Default: the plan around the current folder.",
    ),
]


@new_app.command("okr")
@handled
def new_okr(
    parent: ParentOption = None,
    period: PeriodOption = None,
    item_id: IdOption = None,
    owner: OwnerOption = None,
    objective: ObjectiveOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
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
    _new("okr", parent, period, item_id, owner, objective, output, force, plan, lang)


@new_app.command("ogsm")
@handled
def new_ogsm(
    parent: ParentOption = None,
    period: PeriodOption = None,
    item_id: IdOption = None,
    owner: OwnerOption = None,
    objective: ObjectiveOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
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
    _new("ogsm", parent, period, item_id, owner, objective, output, force, plan, lang)
