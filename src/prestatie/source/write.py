"""Writing output files: atomically, exclusively, and never over a file without force.

The text goes to a temporary file in the target's folder first; only the complete
file gets the target's name: by a hard link, which fails when the name exists (so
two runs at once never overwrite each other's file), or with force by a rename over
the old file, which keeps that file's mode. A new file gets the mode the umask
gives (0644 under the usual 022). An interrupted write (Ctrl-C, SIGTERM, SIGHUP)
removes the temporary file, and a folder made for the file is removed again when
the write fails.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from prestatie.errors import Interrupted, OutputError
from prestatie.i18n import msg
from prestatie.source.reading import os_reason

#: link() fails this way where a file system has no hard links (FAT, some shares).
_NO_HARD_LINKS = frozenset(
    {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
_CREATE |= getattr(os, "O_BINARY", 0)
#: The signals that stop a write and still let it clean up (Ctrl-C raises by itself).
_STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class AlreadyExists(OutputError):
    """The file to write exists (and force was not given)."""


def write_atomic(
    path: Path, text: str | bytes, *, force: bool = False, make_folder: bool = False
) -> None:
    """Write `text` (UTF-8) or bytes to `path`, which must not exist unless `force`; never
    half a file.

    `make_folder` creates the file's folder (one level) when it is missing.
    Raises AlreadyExists, OutputError for any other reason it cannot be written,
    and Interrupted when a signal stops the write.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    folder = path.parent
    if os.path.isdir(path):
        raise OutputError(msg("source.output.is-folder", path=str(path)))
    made = _folder(folder, create=make_folder)
    try:
        with _stopped_by_signals(path):
            _write(path, folder, data, force)
    except BaseException:
        if made:
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        raise


def check_folder(folder: Path, *, missing_ok: bool = False) -> bool:
    """OutputError when files cannot go in `folder`; False when it is missing (and may be).

    A file, a symbolic link to nothing or a loop in its place is refused, as is a
    missing folder unless `missing_ok`.
    """
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        if os.path.islink(folder):
            raise OutputError(
                msg("source.output.broken-link", path=str(folder), target=os.readlink(folder))
            ) from None
        if not missing_ok:
            raise OutputError(msg("source.output.no-folder", path=str(folder))) from None
        return False
    except NotADirectoryError as exc:  # a file stands where a folder above it should be
        existing = next((p for p in folder.parents if os.path.lexists(p)), None)
        if existing is not None and not os.path.isdir(existing):
            raise OutputError(msg("source.output.not-a-folder", path=str(existing))) from exc
        raise OutputError(msg("source.path", path=str(folder), reason=os_reason(exc))) from exc
    except OSError as exc:
        raise OutputError(msg("source.path", path=str(folder), reason=os_reason(exc))) from exc
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(msg("source.output.not-a-folder", path=str(folder)))
    return True


def _folder(folder: Path, *, create: bool) -> bool:
    """Check (or make) the folder to write in; True when this call made it."""
    if check_folder(folder, missing_ok=create):
        return False
    try:
        os.mkdir(folder)
    except FileExistsError:  # made by another run meanwhile, or something else in its place
        check_folder(folder)
        return False
    except OSError as exc:
        raise OutputError(
            msg("source.output.cannot-make-folder", path=str(folder), reason=os_reason(exc))
        ) from exc
    return True


def _write(path: Path, folder: Path, data: bytes, force: bool) -> None:
    # A short name of its own: a target name near the length limit still gets a temporary.
    candidate = os.path.join(folder, f".prestatie-{secrets.token_hex(8)}.tmp")
    temporary: str | None = candidate
    try:
        try:
            handle = os.open(candidate, _CREATE, 0o666)
        except OSError as exc:
            temporary = None  # nothing was made
            raise OutputError(
                msg("source.output.cannot-write-here", path=str(folder), reason=os_reason(exc))
            ) from exc
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if force:
                _replace(candidate, path)
            else:
                _link(candidate, path)
        except OSError as exc:
            raise OutputError(
                msg("source.output.cannot-write", path=str(path), reason=os_reason(exc))
            ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _link(temporary: str, path: Path) -> None:
    try:
        os.link(temporary, path)
    except FileExistsError as exc:
        raise AlreadyExists(msg("source.output.exists", path=str(path))) from exc
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        _claim(temporary, path)


def _claim(temporary: str, path: Path) -> None:
    """Without hard links: take the name with O_EXCL, then rename the full file onto it."""
    claimed = False
    try:
        try:
            os.close(os.open(path, _CREATE, 0o666))
            claimed = True
        except FileExistsError as exc:
            raise AlreadyExists(msg("source.output.exists", path=str(path))) from exc
        os.replace(temporary, path)
        claimed = False
    finally:
        if claimed:  # the empty placeholder, never someone else's file
            with contextlib.suppress(OSError):
                os.unlink(path)


def _replace(temporary: str, path: Path) -> None:
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        pass
    else:
        os.chmod(temporary, mode)
    os.replace(temporary, path)


@contextlib.contextmanager
def _stopped_by_signals(path: Path) -> Iterator[None]:
    """SIGTERM and SIGHUP raise Interrupted while writing, so the cleanup runs.

    Only signals left at their default are taken over (not one ignored under nohup),
    and only in the main thread, the one Python runs signal handlers in.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        raise Interrupted(msg("source.output.stopped", path=str(path), signal=name), 128 + signum)

    taken = [number for number in _STOPPING if signal.getsignal(number) == signal.SIG_DFL]
    for number in taken:
        signal.signal(number, stop)
    try:
        yield
    finally:
        for number in taken:
            signal.signal(number, signal.SIG_DFL)
