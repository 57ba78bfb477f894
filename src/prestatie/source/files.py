"""Finding a plan and reading its files: the plan root, the files the command line
names grouped by the plan they belong to, and the bytes of each file, bounded."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from prestatie.errors import PathError
from prestatie.findings import Finding
from prestatie.source.nodes import SourceFile
from prestatie.source.reader import decode, parse_text

ROOT_FILES = ("prestatie.yaml", "prestatie.yml")
SUFFIXES = (".yaml", ".yml")
#: Plan files are small; a larger file is reported instead of read, so that time and
#: memory stay bounded whatever a file holds.
MAX_FILE_BYTES = 10_000_000


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds prestatie.yaml."""
    current = start.resolve()
    for folder in (current, *current.parents):
        if any(os.path.isfile(folder / name) for name in ROOT_FILES):  # False on any OSError
            return folder
    return None


@dataclass(slots=True)
class Target:
    """One plan to check: its root, and which files to report on (None: all)."""

    root: Path
    has_settings: bool
    only: set[Path] | None


def targets(paths: Sequence[str], cwd: Path) -> list[Target]:
    """Group the paths given on the command line by the plan they belong to."""
    if not paths:
        root = find_root(cwd)
        if root is None:
            raise PathError(
                f"no prestatie.yaml in {cwd} or any folder above it; "
                "pass a plan folder or file, or create one with `prestatie init`"
            )
        return [Target(root, True, None)]
    out: dict[Path, Target] = {}
    for raw in paths:
        path = _existing(raw, cwd)
        if path.is_dir():
            root = find_root(path)
            if root is None or (root != path and not _inside(path, root)):
                root = path
            target = out.setdefault(root, Target(root, _has_settings(root), set()))
            if root == path:
                target.only = None
            elif target.only is not None:
                target.only.update(plan_files(path, ()))
        else:
            if not os.access(path, os.R_OK):
                raise PathError(f"{raw}: permission denied")
            root = find_root(path.parent)
            if root is None:
                out.setdefault(path, Target(path, False, None))
                continue
            target = out.setdefault(root, Target(root, True, set()))
            if target.only is not None:
                target.only.add(path)
    return list(out.values())


def _existing(raw: str, cwd: Path) -> Path:
    """A path from the command line, resolved; PathError when it cannot be used."""
    given = Path(raw) if os.path.isabs(raw) else cwd / raw
    try:
        path = given.resolve()
        path.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise PathError(f"{raw}: no such file or folder") from exc
    except RuntimeError as exc:  # Python 3.11 and 3.12 report a symlink loop this way
        raise PathError(f"{raw}: too many levels of symbolic links") from exc
    except OSError as exc:
        reason = (exc.strerror or exc.__class__.__name__).lower()
        raise PathError(f"{raw}: {reason}") from exc
    except ValueError as exc:  # a NUL character in the path
        raise PathError(f"{raw}: not a valid path") from exc
    return path


def _inside(path: Path, root: Path) -> bool:
    return root == path or root in path.parents


def _has_settings(root: Path) -> bool:
    return any(os.path.isfile(root / name) for name in ROOT_FILES)


def unread_reason(rel: str, exclude: Sequence[str]) -> str | None:
    """Why `plan_files` leaves out the file `rel` (a path below the root), or None."""
    parts = rel.split("/")
    if any(part.startswith(".") for part in parts):
        return "a hidden name (starting with '.') is not read"
    if not parts[-1].endswith(SUFFIXES):
        return "only .yaml and .yml files are read"
    for pattern in exclude:
        if fnmatch.fnmatch(rel, pattern):
            return f"`exclude: {pattern}` in prestatie.yaml leaves it out"
    return None


def plan_files(root: Path, exclude: Sequence[str]) -> list[Path]:
    if root.is_file():
        return [root]
    found: list[Path] = []

    def unlisted(exc: OSError) -> None:
        # A folder that cannot be listed is reported by read_file, never skipped silently.
        if exc.filename is not None:
            found.append(Path(os.fsdecode(exc.filename)))

    for folder, dirs, files in os.walk(root, onerror=unlisted, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.endswith(SUFFIXES):
                continue
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if any(fnmatch.fnmatch(rel, pattern) for pattern in exclude):
                continue
            found.append(path)
    return found


# ----------------------------------------------------------------------------- reading


def read_file(path: Path, rel: str) -> SourceFile:
    raw = _read_bytes(path, rel)
    if isinstance(raw, Finding):
        source = SourceFile(rel)
        source.findings.append(raw)
        return source
    text_value, problem = decode(raw, rel)
    if text_value is None:
        source = SourceFile(rel)
        if problem is not None:
            source.findings.append(problem)
        return source
    return parse_text(text_value, rel)


def _read_bytes(path: Path, rel: str) -> bytes | Finding:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or why it is not read.

    Pipes and devices are refused without reading (a FIFO would block, /dev/zero
    never ends), and no more than the limit is ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        what = "folder" if os.path.isdir(path) else "file"
        return _unreadable(f"cannot read the {what}: {exc.strerror or type(exc).__name__}", rel)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _unreadable(f"cannot read the file: it is {_file_type(info.st_mode)}", rel)
        size = info.st_size
        if size <= MAX_FILE_BYTES:
            with os.fdopen(os.dup(fd), "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
            if len(raw) <= MAX_FILE_BYTES:
                return raw
            size = len(raw)
    except OSError as exc:
        return _unreadable(f"cannot read the file: {exc.strerror or type(exc).__name__}", rel)
    finally:
        os.close(fd)
    return _unreadable(
        f"the file is {size / 1_000_000:.1f} MB; "
        f"files larger than {MAX_FILE_BYTES // 1_000_000} MB are not read",
        rel,
        hint="split it into smaller files, or leave it out with `exclude:` in prestatie.yaml",
    )


def _unreadable(message: str, rel: str, hint: str | None = None) -> Finding:
    return Finding("file/unreadable", message, rel, 0, 0, hint=hint)


def _file_type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "a device, not a regular file"
