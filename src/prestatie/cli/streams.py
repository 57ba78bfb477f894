"""Standard output and error as a command-line tool should treat them.

Whatever the encoding of stdout and stderr (cp1252 on a Windows pipe, ASCII under
LANG=C), a character it cannot hold is written as an escape instead of failing. And a
reader that stops early (`prestatie validate | head`) is no error: once the pipe is
closed, what is left of the output is dropped quietly, the command runs to its end and
exits with the code it would have had.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import Any, TextIO


class QuietPipe:
    """A text stream that stops writing, without a word, once its reader has gone."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                return self._stream.write(text)
            except OSError as exc:
                self._gone(exc)
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except OSError as exc:
                self._gone(exc)

    def _gone(self, exc: OSError) -> None:
        if not isinstance(exc, BrokenPipeError) and exc.errno not in (errno.EPIPE, errno.EINVAL):
            raise exc
        self.closed_by_reader = True
        # What is still buffered must not fail again when the interpreter exits.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def prepare() -> None:
    """Escapes for what the streams cannot encode; stdout that ends quietly on a closed pipe."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")
    if sys.stdout is not None and not isinstance(sys.stdout, QuietPipe):
        sys.stdout = QuietPipe(sys.stdout)


def quiet_exit() -> None:
    """After a closed pipe met outside the text stream (bytes of a PDF): nothing more is
    written to it."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)
