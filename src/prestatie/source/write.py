"""Writing output files: atomically, and never over an existing file without force."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from prestatie.errors import OutputError


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` through a temporary file and a rename.

    An interrupted write leaves the old file (or no file) in place, never half a file.
    """
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, not a file")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists; use --force to overwrite it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: no such folder")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write here ({_reason(exc)})") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OutputError(f"{path}: cannot write ({_reason(exc)})") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _reason(exc: OSError) -> str:
    return (exc.strerror or exc.__class__.__name__).lower()
