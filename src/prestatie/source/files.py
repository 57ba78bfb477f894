"""Finding a plan and its files: the plan root, the paths the command line names
grouped by the plan they belong to, the plan's files, and which of them were asked for.

Nothing outside a plan is read. A file or folder of the plan that is a symbolic link is
followed while its target lies inside the plan root; a link that leads out of the plan
is listed as it is, and `source.reading` reports it as `file/unreadable` without opening
it, whether the walk meets it or the command line names it.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from prestatie.errors import PathError
from prestatie.i18n import Msg, msg
from prestatie.source.reading import MAX_FILE_BYTES as MAX_FILE_BYTES
from prestatie.source.reading import inside, os_reason

ROOT_FILES = ("prestatie.yaml", "prestatie.yml")
SUFFIXES = (".yaml", ".yml")


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds prestatie.yaml, as a real path.

    The walk goes up the path as written, so a folder linked into a plan belongs to that
    plan, not to the one its target lies in.
    """
    found = _root_of(Path(os.path.abspath(start)))
    return None if found is None else found[1]


def _root_of(start: Path) -> tuple[Path, Path] | None:
    """The nearest plan root at or above the absolute path `start`: as written, and real."""
    for folder in (start, *start.parents):
        if any(os.path.isfile(folder / name) for name in ROOT_FILES):  # False on any OSError
            return folder, Path(os.path.realpath(folder))
    return None


@dataclass(slots=True, frozen=True)
class PlanFile:
    """A file of the plan: the name findings give it, and the path it is read from."""

    rel: str
    path: Path


@dataclass(slots=True, frozen=True)
class Asked:
    """A path as the command line gave it, and as it lies below its plan's root."""

    arg: str
    rel: str
    folder: bool


@dataclass(slots=True)
class Target:
    """One plan to check: its root, and which files and folders to report on (None: all).

    The paths in `only` are real paths, except a link that leads out of the plan, which
    stays the link; `asked` tells how the command line named each of them.
    """

    root: Path
    has_settings: bool
    only: set[Path] | None
    asked: dict[Path, Asked] = field(default_factory=dict)
    #: Files whose text replaces what is on disk (`validate -`): by name below the root.
    replaced: dict[str, bytes] = field(default_factory=dict)


def targets(paths: Sequence[str], cwd: Path) -> list[Target]:
    """Group the paths given on the command line by the plan they belong to."""
    if not paths:
        root = find_root(cwd)
        if root is None:
            raise PathError(msg("source.no-plan", folder=str(cwd)))
        return [Target(root, True, None)]
    out: dict[Path, Target] = {}
    for raw in paths:
        real = _existing(raw, cwd)
        named = Path(os.path.abspath(cwd / raw))
        folder = real.is_dir()
        # A linked folder belongs to the plan it is linked into, even when it links a plan.
        found = _root_of(named if folder and not os.path.islink(named) else named.parent)
        # A path is confined to its plan, or without one to the folder that holds it;
        # a link that leads out of it is kept as the link and never followed.
        boundary = found[1] if found else Path(os.path.realpath(named.parent))
        key = real if inside(real, boundary) else Path(os.path.realpath(named.parent), named.name)
        if key is real and not folder and not os.access(real, os.R_OK):
            raise PathError(msg("source.path", path=raw, reason=msg("source.os.eacces")))
        if found is None:
            if key is real and folder:
                out.setdefault(real, Target(real, _has_settings(real), None))
            else:
                lone = out.setdefault(key, Target(key, False, {key}))
                lone.asked[key] = Asked(raw, named.name, False)
            continue
        written, root = found
        target = out.setdefault(root, Target(root, True, set()))
        if key == root:
            target.only = None
        elif target.only is not None:
            target.only.add(key)
            target.asked[key] = Asked(raw, named.relative_to(written).as_posix(), folder)
    return list(out.values())


STDIN = "-"


def stdin_target(name: str | None, raw: bytes, cwd: Path) -> Target:
    """The plan a text given on stdin is checked in (`validate - --stdin-filename NAME`):
    as the file NAME of the plan around it, whether or not NAME exists (an editor's
    unsaved buffer, pre-commit's staged text), else on its own as the file `-`."""
    named = Path(os.path.abspath(cwd / (name or STDIN)))
    if name is not None and os.path.isdir(named):
        raise PathError(msg("source.path", path=name, reason=msg("source.os.eisdir")))
    key = Path(os.path.realpath(named.parent), named.name)
    found = _root_of(named.parent) if name is not None else None
    if found is None:
        target = Target(key, False, {key})
        target.asked[key] = Asked(name or STDIN, named.name, False)
        target.replaced[named.name] = raw
        return target
    written, root = found
    rel = named.relative_to(written).as_posix()
    target = Target(root, True, {key})
    target.asked[key] = Asked(name or STDIN, rel, False)
    target.replaced[rel] = raw
    return target


def _existing(raw: str, cwd: Path) -> Path:
    """A path from the command line, resolved; PathError when it cannot be used."""
    given = Path(raw) if os.path.isabs(raw) else cwd / raw
    try:
        path = given.resolve()
        path.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise PathError(msg("source.path", path=raw, reason=msg("source.os.enoent"))) from exc
    except RuntimeError as exc:  # Python 3.11 and 3.12 report a symlink loop this way
        raise PathError(msg("source.path", path=raw, reason=msg("source.os.eloop"))) from exc
    except OSError as exc:
        raise PathError(msg("source.path", path=raw, reason=os_reason(exc))) from exc
    except ValueError as exc:  # a NUL character in the path
        raise PathError(msg("source.path", path=raw, reason=msg("source.not-a-path"))) from exc
    return path


def _has_settings(root: Path) -> bool:
    return any(os.path.isfile(root / name) for name in ROOT_FILES)


def unread_reason(rel: str, exclude: Sequence[str]) -> Msg | None:
    """Why `plan_files` leaves out the file `rel` (a path below the root), or None."""
    parts = rel.split("/")
    if any(part.startswith(".") for part in parts):
        return msg("source.unread.hidden")
    if not parts[-1].endswith(SUFFIXES):
        return msg("source.unread.suffix")
    for pattern in exclude:
        if fnmatch.fnmatch(rel, pattern):
            return msg("source.unread.excluded", pattern=pattern)
    return None


# ----------------------------------------------------------------------------- the plan's files


def plan_files(root: Path, exclude: Sequence[str]) -> list[PlanFile]:
    """Every file of the plan below `root` once, named relative to `root`.

    Hidden files and folders, files without a plan suffix and files that match `exclude`
    are not plan files. The folders themselves are walked first, in order; then the
    links met on the way, each once: a link whose target lies inside the plan and was
    not reached yet is followed (a file is read from its real path under the link's
    name), so a link to an ancestor or two links to each other neither loop nor read a
    file twice. A link out of the plan, and a folder that cannot be listed, are listed
    as they are for `source.reading.read_file` to report.

    A `root` that is a file (or a link out of its plan that the command line named) is a
    plan of that one file, when its name makes it a plan file.
    """
    if not root.is_dir() or root.is_symlink():  # a file, or a link named out of its plan
        if _why_not(root.name, (), folder=root.is_dir()) is None:
            return [PlanFile(root.name, root)]
        return []
    top = os.path.realpath(root)
    found: list[PlanFile] = []
    folders: set[str] = set()
    links: list[tuple[str, str]] = []
    _walk(top, "", exclude, found, folders, links)
    linked_files = False
    for rel, path in links:  # grows while linked folders are walked
        real = os.path.realpath(path)
        is_folder = os.path.isdir(path)
        if not inside(real, top):
            if _why_not(rel, exclude, is_folder) is None:
                found.append(PlanFile(rel, Path(path)))
        elif is_folder:
            if real not in folders:
                _walk(real, rel + "/", exclude, found, folders, links)
        elif _why_not(rel, exclude) is None:
            # A link to a file is read from its target; a broken link or a loop stays the
            # link, for read_file to report why it cannot be read.
            exists = os.path.isfile(real)
            linked_files = linked_files or exists
            found.append(PlanFile(rel, Path(real if exists else path)))
    return _once(found) if linked_files else found


def given_files(root: Path, names: Iterable[str], exclude: Sequence[str]) -> list[PlanFile]:
    """The plan files among `names` (paths below `root`, `/`-separated, given in memory
    rather than walked: the files of a git revision), in the order `plan_files` walks a
    folder: a folder's files by name, then its subfolders by name. Hidden files and
    folders, other suffixes and `exclude` are left out as `plan_files` leaves them out."""
    kept = [rel for rel in names if unread_reason(rel, exclude) is None]
    kept.sort(key=_walk_order)
    return [PlanFile(rel, root / rel) for rel in kept]


def _walk_order(rel: str) -> list[tuple[int, str]]:
    *folders, name = rel.split("/")
    return [*((1, folder) for folder in folders), (0, name)]


def _once(found: list[PlanFile]) -> list[PlanFile]:
    """The first entry for each path: a file reached by a link too keeps its first name."""
    seen: set[Path] = set()
    unique: list[PlanFile] = []
    for entry in found:
        if entry.path not in seen:
            seen.add(entry.path)
            unique.append(entry)
    return unique


def _walk(
    start: str,
    prefix: str,
    exclude: Sequence[str],
    found: list[PlanFile],
    folders: set[str],
    links: list[tuple[str, str]],
) -> None:
    """The plan files in the real folder `start` and its subfolders, as os.walk orders them."""
    stack = [(start, prefix)]
    while stack:
        folder, rel_folder = stack.pop()
        folders.add(folder)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            # A folder that cannot be listed is reported by read_file, never skipped silently.
            found.append(PlanFile(rel_folder.rstrip("/") or ".", Path(folder)))
            continue
        below: list[tuple[str, str]] = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = rel_folder + name
            if entry.is_symlink():
                links.append((rel, entry.path))
            elif entry.is_dir(follow_symlinks=False):
                if entry.path not in folders:
                    below.append((entry.path, rel + "/"))
            elif name.endswith(SUFFIXES) and _excluded_by(rel, exclude) is None:
                found.append(PlanFile(rel, Path(entry.path)))
        stack.extend(reversed(below))


def _excluded_by(rel: str, exclude: Sequence[str]) -> str | None:
    for pattern in exclude:
        if fnmatch.fnmatch(rel, pattern):
            return pattern
    return None


def _why_not(rel: str, exclude: Sequence[str], folder: bool = False) -> Msg | None:
    """Why the path `rel` below a plan root is not part of the plan; None when it is."""
    parts = rel.split("/")
    for index, part in enumerate(parts):
        if part.startswith(".") and part not in (".", ".."):
            if index < len(parts) - 1:
                return msg("source.not-in-plan.in-hidden-folder", folder=part)
            return msg(f"source.not-in-plan.{'hidden-folder' if folder else 'hidden'}")
    if not folder and not rel.endswith(SUFFIXES):
        return msg("source.not-in-plan.suffix")
    pattern = _excluded_by(rel + "/" if folder else rel, exclude)
    if pattern is not None:
        return msg("source.not-in-plan.excluded", pattern=pattern)
    return None


@dataclass(slots=True)
class Selection:
    """The files of a plan the command line asked for, and why some it named are not read."""

    files: set[str] | None  # None: every file of the plan
    notices: list[Msg] = field(default_factory=list)


def select(target: Target, listed: Sequence[PlanFile], exclude: Sequence[str]) -> Selection:
    """Which of the plan's files `target` asks for; a notice for each path it names that
    is not part of the plan (hidden, another suffix, excluded), which is then not counted."""
    if target.only is None:
        return Selection(None)
    by_path = {os.fspath(entry.path): entry.rel for entry in listed}
    chosen: set[str] = set()
    notices: list[Msg] = []
    for key in sorted(target.only):
        asked = target.asked.get(key) or Asked(os.fspath(key), key.name, key.is_dir())
        rel = by_path.get(os.fspath(key))
        if rel is not None:
            chosen.add(rel)
            continue
        if asked.folder:
            path_prefix = os.path.join(os.fspath(key), "")
            rel_prefix = asked.rel + "/"
            below = {
                entry.rel
                for entry in listed
                if entry.rel.startswith(rel_prefix) or os.fspath(entry.path).startswith(path_prefix)
            }
            chosen |= below
            reason = None if below else _why_not(asked.rel, exclude, folder=True)
        else:
            reason = _why_not(asked.rel, exclude) or msg("source.not-in-plan.not-listed")
        if reason is not None:
            notices.append(msg("source.not-in-plan", path=asked.arg, reason=reason))
    return Selection(chosen, notices)
