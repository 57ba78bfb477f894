"""Reading one plan file: its bytes, bounded, never from outside the plan, decoded and
parsed (`source.reader`)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from prestatie.findings import Finding
from prestatie.source.nodes import SourceFile
from prestatie.source.reader import decode, parse_text

#: Plan files are small; a larger file is reported instead of read, so that time and
#: memory stay bounded whatever a file holds.
MAX_FILE_BYTES = 10_000_000
OUTSIDE = "it points outside the plan: files outside the plan root are not read"
_OUTSIDE_HINT = "keep plan files inside the plan folder, or remove the link"


def inside(path: Path | str, root: Path | str) -> bool:
    """Whether the real path `path` lies in or below the real path `root`."""
    path, root = os.fspath(path), os.fspath(root)
    return path == root or path.startswith(root if root.endswith(os.sep) else root + os.sep)


def read_file(path: Path, rel: str, within: Path) -> SourceFile:
    """Read and parse one plan file; a link out of the real folder `within` is not read."""
    raw = _read_bytes(path, rel, within)
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


def _read_bytes(path: Path, rel: str, within: Path) -> bytes | Finding:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or why it is not read.

    A symbolic link is opened only when its target lies inside `within`; where the
    system can, the file is opened without following a link first, so that a plain file
    costs no extra look-up. Pipes and devices are refused without reading (a FIFO would
    block, /dev/zero never ends), and no more than the limit is ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    no_follow = getattr(os, "O_NOFOLLOW", 0)
    try:
        if no_follow:
            try:
                fd = os.open(path, flags | no_follow)
            except OSError:
                if not os.path.islink(path):
                    raise
                fd = -1
        else:  # pragma: no cover - systems without O_NOFOLLOW
            fd = -1 if os.path.islink(path) else os.open(path, flags)
        if fd < 0:
            if not inside(os.path.realpath(path), os.path.realpath(within)):
                return _unreadable(OUTSIDE, rel, hint=_OUTSIDE_HINT)
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
