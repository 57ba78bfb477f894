"""The small exception tree; `cli.run` is the one place that maps it to exit codes.

Problems in a user's plan are findings (data), never exceptions. These are for
what stops a run: a path that cannot be read, bad arguments, broken package data.
Each carries a catalogue message (`Msg`), shown as one line in the run's language.
"""

from __future__ import annotations

from prestatie.i18n import Msg, Speaker


class PrestatieError(Exception):
    """Base class; the message is shown to the user as one line."""

    exit_code = 2

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)

    def text(self, speaker: Speaker) -> str:
        return speaker.say(self.message)


class UsageError(PrestatieError):
    """Bad arguments or options."""


class PathError(PrestatieError):
    """A path that does not exist, cannot be read, or holds no plan."""


class OutputError(PrestatieError):
    """An output file that cannot be written."""


class Interrupted(PrestatieError):
    """The run was stopped: Ctrl-C (exit 130) or a signal (exit 128 + its number)."""

    def __init__(self, message: Msg, exit_code: int = 130) -> None:
        super().__init__(message)
        self.exit_code = exit_code
