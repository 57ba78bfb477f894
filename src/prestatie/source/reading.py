"""Reading one plan file: its bytes, bounded, never from outside the plan, decoded and
parsed (`source.reader`)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from prestatie.findings import Finding
from prestatie.i18n import Msg, msg
from prestatie.source.nodes import SourceFile
from prestatie.source.reader import decode, parse_text

#: Plan files are small; a larger file is reported instead of read, so that time and
#: memory stay bounded whatever a file holds.
MAX_FILE_BYTES = 10_000_000

#: The reasons the system gives that messages name in the run's language
#: (`source.os.<name>`); any other is shown as the system words it.
_REASONS = {
    getattr(errno, name): name.lower()
    for name in (
        "ENOENT",
        "ENOTDIR",
        "EACCES",
        "EPERM",
        "ELOOP",
        "EISDIR",
        "ENAMETOOLONG",
        "EIO",
        "EMFILE",
        "ENFILE",
        "ENOSPC",
        "EDQUOT",
        "EROFS",
        "EEXIST",
        "EBUSY",
        "EINVAL",
        "ENXIO",
        "EAGAIN",
    )
    if hasattr(errno, name)
}


def os_reason(exc: OSError) -> Msg:
    """Why the system refused, as a message: `permission denied` / `geen toegang`."""
    name = _REASONS.get(exc.errno) if exc.errno is not None else None
    if name is not None:
        return msg(f"source.os.{name}")
    return msg("source.os.other", text=(exc.strerror or type(exc).__name__).lower())


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
    return parse_bytes(raw, rel)


def parse_bytes(raw: bytes, rel: str) -> SourceFile:
    """Decode and parse a plan file's bytes, read already or given in memory (a file at a
    git revision, a text on stdin); more than MAX_FILE_BYTES is reported as `read_file`
    reports it."""
    if len(raw) > MAX_FILE_BYTES:
        source = SourceFile(rel)
        source.findings.append(_too_large(len(raw), rel))
        return source
    text_value, problem = decode(raw, rel)
    if text_value is None:
        source = SourceFile(rel)
        if problem is not None:
            source.findings.append(problem)
        return source
    return parse_text(text_value, rel)


def read_text(path: Path, rel: str, within: Path) -> str | None:
    """The text of a plan file as far as it can be decoded (undecodable bytes replaced),
    within the same bounds as `read_file`; None when it cannot be read at all. For
    reading what a file that does not parse still says."""
    raw = _read_bytes(path, rel, within)
    if isinstance(raw, Finding):
        return None
    return raw.decode("utf-8", errors="replace")


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
                return _unreadable(
                    msg("file/unreadable.outside"), rel, hint=msg("file/unreadable.outside.hint")
                )
            fd = os.open(path, flags)
    except OSError as exc:
        code = "file/unreadable.folder" if os.path.isdir(path) else "file/unreadable"
        return _unreadable(msg(code, reason=os_reason(exc)), rel)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _unreadable(msg(f"file/unreadable.{_file_type(info.st_mode)}"), rel)
        size = info.st_size
        if size <= MAX_FILE_BYTES:
            with os.fdopen(os.dup(fd), "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
            if len(raw) <= MAX_FILE_BYTES:
                return raw
            size = len(raw)
    except OSError as exc:
        return _unreadable(msg("file/unreadable", reason=os_reason(exc)), rel)
    finally:
        os.close(fd)
    return _too_large(size, rel)


def _too_large(size: int, rel: str) -> Finding:
    return _unreadable(
        msg(
            "file/unreadable.too-large",
            size=round(size / 1_000_000, 1),
            limit=MAX_FILE_BYTES // 1_000_000,
        ),
        rel,
        hint=msg("file/unreadable.too-large.hint"),
    )


def _unreadable(message: Msg, rel: str, hint: Msg | None = None) -> Finding:
    return Finding("file/unreadable", message, rel, 0, 0, hint=hint)


def _file_type(mode: int) -> str:
    """The variant of `file/unreadable` for what is not a regular file."""
    if stat.S_ISDIR(mode):
        return "is-folder"
    if stat.S_ISFIFO(mode):
        return "is-pipe"
    if stat.S_ISSOCK(mode):
        return "is-socket"
    return "is-device"
