"""The small exception tree; `cli.run` is the one place that maps it to exit codes.

Problems in a user's plan are findings (data), never exceptions. These are for
what stops a run: a path that cannot be read, bad arguments, broken package data.
"""

from __future__ import annotations


class PrestatieError(Exception):
    """Base class; the message is shown to the user as one line."""

    exit_code = 2


class UsageError(PrestatieError):
    """Bad arguments or options."""


class PathError(PrestatieError):
    """A path that does not exist, cannot be read, or holds no plan."""


class OutputError(PrestatieError):
    """An output file that cannot be written."""


class Interrupted(PrestatieError):
    """The run was stopped: Ctrl-C (exit 130) or a signal (exit 128 + its number)."""

    def __init__(self, message: str, exit_code: int = 130) -> None:
        super().__init__(message)
        self.exit_code = exit_code
