"""`prestatie diff`: what changed in a plan between two git revisions.

The arguments are read as `git diff` reads them: revisions first, then at most one
PATH. Without `--`, the last argument is the PATH when it exists on disk (and is not
also a revision: then `--` must say which it is); after `--` everything is a path.
"""

from __future__ import annotations

import gc
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand

from prestatie.cli.common import (
    AsOfOption,
    Include,
    LangOption,
    as_of_date,
    handled,
    people_included,
    speak,
)
from prestatie.errors import PathError, UsageError
from prestatie.i18n import current, msg

if TYPE_CHECKING:
    from prestatie.source.git import Revision

#: Where `DiffCommand` leaves how many arguments came after `--`.
_AFTER_DASHES = "prestatie.diff.after-dashes"


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


class DiffCommand(TyperCommand):
    """The command, noting where `--` stood: click drops it from the arguments."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if "--" in args:
            ctx.meta[_AFTER_DASHES] = len(args) - args.index("--") - 1
        return super().parse_args(ctx, args)


@handled
def diff(
    ctx: typer.Context,
    arguments: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[REV1] [REV2] [PATH]",
            help="Revisions to compare (default: HEAD against the working tree; one "
            "revision: it against the working tree; `A...B`: the merge base of A and B "
            "against B) and the plan folder or a file in it (default: the plan around "
            "the current folder). Put `--` before a path that could be read as a revision.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DiffFormat.text,
    as_of: AsOfOption = None,
    include: Annotated[
        list[Include] | None,
        typer.Option(
            "--include",
            metavar="people",
            help="Also compare personal objectives and person files. Without it their "
            "changes are counted, not shown.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Show what changed in the plan between two git revisions.

    Objectives, OKRs, OGSMs and scorecards added, removed, renamed or moved to another
    file; per objective a new parent, owner, perspective, period or weight, measures
    added or removed, targets, baselines and directions changed, and progress moved
    (both revisions judged on the same --as-of date); the plan's balance per
    perspective; and validation findings new and fixed. Files are read from git,
    never from the index; the working tree only when it is one side. A diff is a
    report: it exits 0 whatever changed (2 for a usage error).

    Examples:

      prestatie diff                        # HEAD against the working tree

      prestatie diff HEAD~1 HEAD --format md

      prestatie diff main...HEAD plans/2026 # since the branch left main

      prestatie diff v1.0 -- examples/gouden-korst --format json
    """
    from prestatie.compute.diff import compare
    from prestatie.model.revisions import both
    from prestatie.rules.engine import check_plan

    speak(lang)
    day = as_of_date(as_of)
    cwd = Path.cwd()
    revisions, path, top = _split(list(arguments or []), ctx.meta.get(_AFTER_DASHES), cwd)
    old_name, old_rev, new_name, new_rev = _revisions(top, revisions)
    plan_dir = _plan_folder(path, cwd)
    rel = _relative(plan_dir, top)
    old_plan, new_plan = both(top, rel, old_rev, new_rev, plan_dir)
    if old_plan is None and new_plan is None:
        shown = rel or "."
        speaker = current()
        new_shown = new_name if new_name is not None else speaker.text("diff.working-tree")
        raise PathError(msg("diff.no-plan", root=shown, old=old_name, new=new_shown))
    config = (new_plan or old_plan).config  # type: ignore[union-attr]
    speaker = speak(lang, config)
    if "..." in old_name:  # named in the plan's language, now that it is known
        left, right = old_name.split("...", 1)
        old_name = speaker.text("diff.merge-base", left=left, right=right)
    found = []
    enabled = gc.isenabled()
    gc.disable()  # the two plans live to the end of the run: nothing for the collector
    try:
        for plan in (old_plan, new_plan):
            if plan is not None:
                plan.as_of = day
            found.append(check_plan(plan) if plan is not None else [])
        people = people_included(include)
        result = compare(old_plan, new_plan, day, found[0], found[1], people=people)
    finally:
        if enabled:
            gc.enable()
    if output_format is DiffFormat.json:
        from prestatie.render import diff_json

        diff_json.render(
            result,
            sys.stdout,
            speaker=speaker,
            old=_shown(old_name, old_rev),
            new=_shown(new_name, new_rev),
            root=rel or ".",
        )
    elif output_format is DiffFormat.md:
        from prestatie.render import diff_md

        diff_md.render(result, sys.stdout, speaker=speaker, old=old_name, new=new_name)
    else:
        from prestatie.render import diff_text

        diff_text.render(result, sys.stdout, speaker=speaker, old=old_name, new=new_name)


def _shown(name: str | None, revision: Revision | None) -> dict[str, Any]:
    return {"revision": name, "commit": revision.commit if revision else None}


def _split(
    arguments: list[str], after_dashes: int | None, cwd: Path
) -> tuple[list[str], str | None, Path]:
    """(revisions, path, the repository's top folder) from the arguments."""
    from prestatie.source import git

    path: str | None = None
    if after_dashes is not None:
        if after_dashes > 1:
            raise UsageError(msg("diff.too-many", arguments=" ".join(arguments)))
        split = len(arguments) - after_dashes
        revisions, paths = arguments[:split], arguments[split:]
        path = paths[0] if paths else None
    elif arguments and os.path.lexists(cwd / arguments[-1]):
        revisions, path = arguments[:-1], arguments[-1]
    else:
        revisions = arguments
    given = Path(os.path.abspath(cwd / path)) if path is not None else cwd
    folder = given if given.is_dir() else given.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    top = git.repository_top(folder)
    if path is not None and after_dashes is None and git.is_revision(top, path):
        raise UsageError(msg("diff.ambiguous", argument=path))
    if len(revisions) > 2:
        raise UsageError(msg("diff.too-many", arguments=" ".join(arguments)))
    for name in revisions:
        if os.path.lexists(cwd / name) and not git.is_revision(top, name):
            raise UsageError(msg("diff.path-first", argument=name))
    return revisions, path, top


def _revisions(top: Path, names: list[str]) -> tuple[str, Revision, str | None, Revision | None]:
    """(old name, old commit, new name, new commit); no new commit: the working tree."""
    from prestatie.source import git

    if len(names) == 1 and "..." in names[0]:
        left, right = names[0].split("...", 1)
        left, right = left or "HEAD", right or "HEAD"
        base = git.commit_of(top, names[0])
        return f"{left}...{right}", base, right, git.commit_of(top, right)
    if len(names) == 1 and ".." in names[0]:
        left, right = names[0].split("..", 1)
        names = [left or "HEAD", right or "HEAD"]
    if not names:
        names = ["HEAD"]
    old = git.commit_of(top, names[0])
    if len(names) == 1:
        return names[0], old, None, None
    return names[0], old, names[1], git.commit_of(top, names[1])


def _plan_folder(path: str | None, cwd: Path) -> Path:
    """The plan root on disk: the plan around PATH (or the current folder); where there
    is none on disk, the folder PATH names (or the current folder)."""
    from prestatie.source.files import SUFFIXES, find_root

    if path is None:
        folder = cwd
    else:
        given = Path(os.path.abspath(cwd / path))
        is_file = given.is_file() or (not given.exists() and given.name.endswith(SUFFIXES))
        folder = given.parent if is_file else given
    found = find_root(folder)
    return found if found is not None else Path(os.path.realpath(folder))


def _relative(plan_dir: Path, top: Path) -> str:
    """The plan root relative to the repository's top, `/`-separated ("" at the top)."""
    from prestatie.source.reading import inside

    real = os.path.realpath(plan_dir)
    if not inside(real, top):
        raise PathError(msg("diff.outside-repository", folder=str(plan_dir), top=str(top)))
    rel = Path(os.path.relpath(real, top)).as_posix()
    return "" if rel == "." else rel
