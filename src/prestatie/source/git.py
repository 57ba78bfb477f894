"""A plan's files at a git revision, read with `git` into memory.

`git` runs as a subprocess with an argument list, never through a shell, and only with
commands that read the object database: `rev-parse` (the repository's top folder and
the commit a revision names), `merge-base` (for `A...B`), `ls-tree -r -z` (the files
below the plan root at that commit) and one `cat-file --batch` for all their contents.
The working tree and the index are never read or written.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from prestatie.errors import PathError, UsageError
from prestatie.i18n import msg
from prestatie.source.files import ROOT_FILES, SUFFIXES

#: The file modes of `ls-tree` that are files (a link, 120000, or a submodule is not).
_FILE_MODES = ("100644", "100755")
#: Revisions are names, never options: `git rev-parse` must not read one as a flag.
_NOT_A_REVISION = ("-",)


@dataclass(frozen=True, slots=True)
class Revision:
    """A revision as the command line wrote it, and the commit it names."""

    name: str
    commit: str


def _git() -> str:
    found = shutil.which("git")
    if found is None:
        raise UsageError(msg("diff.no-git"))
    return found


def _run(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        return subprocess.run([_git(), *args], cwd=cwd, capture_output=True, check=False, env=env)
    except OSError as exc:
        raise UsageError(msg("diff.git-failed", reason=str(exc))) from exc


def repository_top(cwd: Path) -> Path:
    """The top folder of the git repository around `cwd`, as a real path."""
    done = _run(["rev-parse", "--show-toplevel"], cwd)
    if done.returncode != 0 or not done.stdout.strip():
        raise PathError(msg("diff.not-a-repository", folder=str(cwd)))
    return Path(os.path.realpath(os.fsdecode(done.stdout.strip())))


def commit_of(top: Path, name: str) -> Revision:
    """The commit `name` names (a branch, tag, `HEAD~1`, a hash); `A...B` names the
    merge base of A and B, as `git diff A...B` reads it. UsageError for an unknown one."""
    if "..." in name:
        left, right = name.split("...", 1)
        first = commit_of(top, left or "HEAD").commit
        second = commit_of(top, right or "HEAD").commit
        done = _run(["merge-base", first, second], top)
        if done.returncode != 0:
            raise UsageError(msg("diff.no-merge-base", revision=name))
        return Revision(name, done.stdout.decode("ascii").strip())
    if not name or name.startswith(_NOT_A_REVISION):
        raise UsageError(msg("diff.unknown-revision", revision=name))
    done = _run(["rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}"], top)
    if done.returncode != 0 or not done.stdout.strip():
        raise UsageError(msg("diff.unknown-revision", revision=name))
    return Revision(name, done.stdout.decode("ascii").strip())


def is_revision(top: Path, name: str) -> bool:
    """Whether `name` names a commit (for telling a revision from a path)."""
    try:
        commit_of(top, name)
    except UsageError:
        return False
    return True


@dataclass(slots=True)
class Tree:
    """The plan files below a folder at one commit: each file's object id, and the
    bytes of those that were read (all but the ones the caller knew already)."""

    objects: dict[str, str]
    contents: dict[str, bytes]


def blob_id(data: bytes, length: int = 40) -> str:
    """The id git gives a file of these bytes (SHA-1, or SHA-256 in a repository that
    uses it: `length` 64), to tell without reading it whether a file changed."""
    digest = hashlib.sha256() if length == 64 else hashlib.sha1(usedforsecurity=False)
    digest.update(b"blob %d\0" % len(data))
    digest.update(data)
    return digest.hexdigest()


def plan_files(
    top: Path, commit: str, root: str, known: Mapping[str, str] | None = None
) -> Tree | None:
    """The plan files below `root` (a folder relative to the repository's top, `/`-
    separated; "" for the top) at `commit`, by their path below `root`; None when `root`
    holds no prestatie.yaml at that commit. A file whose object id `known` gives for its
    path is not read again.

    Only files with a plan suffix are read; `model.plan.load` leaves out the hidden and
    excluded ones as it does on disk. Links and submodules are not files of the plan."""
    spec = f"{commit}:{root}" if root else f"{commit}^{{tree}}"
    done = _run(["ls-tree", "-r", "-z", "--end-of-options", spec], top)
    if done.returncode != 0:
        return None  # the folder does not exist at that commit
    objects: dict[str, str] = {}
    for record in done.stdout.split(b"\0"):
        if not record:
            continue
        head, _, raw_path = record.partition(b"\t")
        mode, kind, sha = head.decode("ascii").split(" ")
        path = os.fsdecode(raw_path)
        if kind != "blob" or mode not in _FILE_MODES or not path.endswith(SUFFIXES):
            continue
        objects[path] = sha
    if not any(name in objects for name in ROOT_FILES):
        return None
    known = known or {}
    wanted = [name for name, sha in objects.items() if known.get(name) != sha]
    contents = _contents(top, [objects[name] for name in wanted])
    return Tree(objects, dict(zip(wanted, contents, strict=True)))


def _contents(top: Path, objects: list[str]) -> list[bytes]:
    """The bytes of each blob, in order, from one `git cat-file --batch`."""
    if not objects:
        return []
    request = "".join(f"{sha}\n" for sha in objects).encode("ascii")
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            [_git(), "cat-file", "--batch"],
            cwd=top,
            input=request,
            capture_output=True,
            check=False,
            env=env,
        )
    except OSError as exc:
        raise UsageError(msg("diff.git-failed", reason=str(exc))) from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()
        raise UsageError(msg("diff.git-failed", reason=reason))
    out = done.stdout
    blobs: list[bytes] = []
    at = 0
    for _ in objects:
        end = out.index(b"\n", at)
        size = int(out[at:end].split(b" ")[2])
        start = end + 1
        blobs.append(out[start : start + size])
        at = start + size + 1  # the newline after each object
    return blobs
