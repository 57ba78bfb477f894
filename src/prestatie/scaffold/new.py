"""`prestatie new KIND`: a new plan item from its template, written safely and checked.

One path for every kind: `complete` checks the options (the parent first) and asks for
what is missing; `prepare` makes the file (a new one, or an existing list with the item
added) without touching the disk; `create` writes it, atomically and never over another
file, and reads the plan again to report the findings in it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Set
from datetime import date
from pathlib import Path

from prestatie.errors import OutputError, UsageError
from prestatie.findings import Finding
from prestatie.i18n import msg
from prestatie.model.plan import Plan, load
from prestatie.scaffold import cascade, documents, goal, goalfile, place
from prestatie.scaffold.ask import Asker
from prestatie.scaffold.request import KINDS, NewRequest, Scaffold
from prestatie.scaffold.yamltext import yaml_scalar
from prestatie.source.files import Target

__all__ = ["KINDS", "NewRequest", "Scaffold", "complete", "create", "prepare", "yaml_scalar"]

#: How often a generated id moves on when other runs take the name meanwhile.
ATTEMPTS = 100

_Builder = Callable[[Plan, NewRequest, date, Set[str]], Scaffold]
_BUILDERS: dict[str, _Builder] = {
    "goal": goalfile.build,
    "okr": cascade.build,
    "ogsm": cascade.build,
    "scorecard": documents.build,
    "person": documents.build,
    "analysis": documents.build,
    "reward-policy": documents.build,
    "mission": documents.build,
}


def complete(plan: Plan, request: NewRequest, asker: Asker | None) -> None:
    """Check the request against the plan, its parent before anything else, and ask
    `asker` for the values it leaves out; the answers are kept in `request`."""
    if request.kind not in KINDS:
        raise UsageError(msg("new.unknown-kind", kind=request.kind, kinds=KINDS))
    if request.kind == "goal":
        goal.resolve(plan, request, asker)
    elif request.kind in ("okr", "ogsm"):
        cascade.resolve(plan, request, asker)
    else:
        documents.resolve(plan, request, asker)


def prepare(
    plan: Plan, request: NewRequest, today: date, taken: Set[str] = frozenset()
) -> Scaffold:
    """The file to write, or UsageError when the request cannot be met.

    A generated id is free in the plan, not in `taken`, and its file does not exist.
    """
    if request.kind not in _BUILDERS:
        raise UsageError(msg("new.unknown-kind", kind=request.kind, kinds=KINDS))
    return _BUILDERS[request.kind](plan, request, today, taken)


def create(
    plan: Plan,
    target: Target,
    request: NewRequest,
    today: date,
    *,
    force: bool = False,
    dry_run: bool = False,
) -> tuple[Scaffold, list[Finding]]:
    """Write the new file (atomically, never over a file without force) and check it.

    The name is taken exclusively: when another run takes it first, a generated id
    moves on to the next free one; a name the user gave is refused. An item added to
    an existing file is written only if the file is still as it was read.
    Returns the file written and the findings the plan now has about it; with
    `dry_run`, the file it would write, and nothing is written.
    """
    taken: set[str] = set()
    schemas: list[Path] = []  # written into the plan with the first new file, if missing
    for _ in range(ATTEMPTS):
        made = prepare(plan, request, today, taken)
        _check_place(plan, made, request, force)
        if dry_run:
            return made, []
        before = _before(plan, made)
        if not _written_with_schemas(plan, made, request, force, schemas):
            taken.add(made.id)
            continue
        if made.unread is not None:
            return made, []  # validate does not read it, so there is nothing to re-check
        return made, _findings(load(target), made, before)
    raise OutputError(msg("new.ids-taken", path=str(made.path), attempts=ATTEMPTS))


def _check_place(plan: Plan, made: Scaffold, request: NewRequest, force: bool) -> None:
    """What is wrong on disk comes first, wherever the place is."""
    from prestatie.source.write import check_folder

    if made.original is not None:
        return  # a file of the plan, read a moment ago
    check_folder(made.path.parent, missing_ok=request.output is None)
    if request.output is None:
        place.missing_folders(made.path.parent)  # a file in the way of a folder to make
    if os.path.isdir(made.path):
        raise OutputError(msg("new.is-a-folder", path=str(made.path)))
    made.unread = place.unread(plan, made.path)
    if made.unread is not None and not force:
        raise UsageError(msg("new.not-in-plan", path=str(made.path), reason=made.unread))
    if made.named and not force:
        place.refuse_existing(plan, made.path)


def _written_with_schemas(
    plan: Plan, made: Scaffold, request: NewRequest, force: bool, schemas: list[Path]
) -> bool:
    """`_write`, and for a new file the plan's copy of the schemas its `$schema` line
    points at, when missing (kept in `made.schemas`); when the file cannot be written,
    the schema files written for it are removed again."""
    from prestatie.scaffold import schemafiles

    if made.original is None:
        schemas.extend(w.path for w in schemafiles.ensure(plan.root))
    try:
        done = _write(made, request, force)
    except BaseException:
        if schemas:
            schemafiles.remove(schemas, plan.root)
            schemas.clear()
        raise
    made.schemas = list(schemas)
    return done


def _write(made: Scaffold, request: NewRequest, force: bool) -> bool:
    """Write `made`; False when a generated name was taken meanwhile (try the next)."""
    from prestatie.source.write import AlreadyExists, write_atomic

    if made.original is not None:
        try:
            now = made.path.read_bytes()
        except OSError:
            now = None
        if now != made.original:
            raise OutputError(msg("new.changed", path=str(made.path)))
        write_atomic(made.path, made.text, force=True)
        return True
    folders = place.missing_folders(made.path.parent) if request.output is None else []
    place.make_folders(folders)
    try:
        # A generated name is never written over, not even with --force.
        write_atomic(made.path, made.text, force=force and made.named)
    except AlreadyExists as exc:
        place.remove_folders(folders)
        if made.named:
            raise OutputError(msg("new.exists", path=str(made.path))) from exc
        return False
    except BaseException:
        place.remove_folders(folders)
        raise
    return True


def _before(plan: Plan, made: Scaffold) -> set[tuple[str, str | None, object]]:
    """The findings the file had before an item was added to it (none for a new file)."""
    if made.original is None:
        return set()
    from prestatie.rules.engine import check_plan

    rel = place.relative(plan.root, made.path)
    return {_key(f) for f in check_plan(plan) if f.file == rel}


def _key(finding: Finding) -> tuple[str, str | None, object]:
    return (finding.code, finding.item, finding.message)


def _findings(
    after: Plan, made: Scaffold, before: set[tuple[str, str | None, object]]
) -> list[Finding]:
    """The findings in the written file that were not there before."""
    from prestatie.rules.engine import check_plan

    # Compared by name, never by resolving every finding's file: a symlink loop
    # elsewhere in the plan is that file's finding, not a failure of this run.
    rel = place.relative(after.root, made.path)
    return [f for f in check_plan(after) if f.file == rel and _key(f) not in before]
