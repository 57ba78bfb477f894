"""A plan at two git revisions, for `prestatie diff`: each loaded by the normal loader
from the files git holds (`source.git`), or from the working tree.

A file that is the same on both sides (the same git object, or the same bytes on disk)
is read and parsed once; the two plans share its documents and each gets its own copy
of its findings.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from prestatie.model.plan import Plan, load
from prestatie.source import git
from prestatie.source.files import ROOT_FILES, Target
from prestatie.source.git import Revision
from prestatie.source.nodes import SourceFile


def both(
    top: Path, rel: str, old: Revision, new: Revision | None, plan_dir: Path
) -> tuple[Plan | None, Plan | None]:
    """The plan below `rel` (of the repository at `top`) at `old`, and at `new` — the
    working tree's plan in `plan_dir` when `new` is None; None where there is none."""
    # Two plans are built and kept to the end of the run, and none of them is garbage:
    # the collector would only walk them again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        if new is None:
            new_plan = _on_disk(plan_dir)
            old_plan, _ = _at_revision(top, old, rel, _disk_files(new_plan, old))
        else:
            old_plan, known = _at_revision(top, old, rel)
            new_plan, _ = _at_revision(top, new, rel, known)
    finally:
        if enabled:
            gc.enable()
    return old_plan, new_plan


#: The files of a plan already read, by path below the root: (object id, the file read).
Known = dict[str, tuple[str, SourceFile]]


def _at_revision(
    top: Path, revision: Revision, rel: str, known: Known | None = None
) -> tuple[Plan | None, Known]:
    """The plan at `revision`, and its files for the other side. A file that is the same
    in `known` (the other side's) is not read or parsed again: its parse is shared."""
    known = known or {}
    tree = git.plan_files(top, revision.commit, rel, {k: v[0] for k, v in known.items()})
    if tree is None:
        return None, {}
    given: dict[str, bytes | SourceFile] = dict(tree.contents)
    for name in tree.objects:
        if name not in given:
            given[name] = _shared(known[name][1])
    plan = load(Target(top / rel if rel else top, True, None), given)
    by_name = {source.file: source for source in plan.sources}
    return plan, {n: (sha, by_name[n]) for n, sha in tree.objects.items() if n in by_name}


def _shared(source: SourceFile) -> SourceFile:
    """A file read for one revision, for the other: the same documents (nothing changes
    them), its own findings (each plan's rules settle their severity)."""
    findings = [replace(f) for f in source.findings]
    return SourceFile(source.file, source.documents, findings, source.lines)


def _disk_files(plan: Plan | None, revision: Revision) -> Known:
    """The working tree's plan files by the object id git would give them."""
    if plan is None:
        return {}
    by_name = {source.file: source for source in plan.sources}
    out: Known = {}
    for entry in plan.files:
        source = by_name.get(entry.rel)
        if source is None:
            continue
        try:
            data = entry.path.read_bytes()
        except OSError:
            continue
        out[entry.rel] = (git.blob_id(data, len(revision.commit)), source)
    return out


def _on_disk(plan_dir: Path) -> Plan | None:
    if not any((plan_dir / name).is_file() for name in ROOT_FILES):
        return None
    return load(Target(plan_dir, True, None))
