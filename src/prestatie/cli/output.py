"""What the commands that write a file share (`report`, `export`): the format an output
file's suffix asks for, refusing a target before any work is done, and delivering the
content to the file (atomically, never over a file without --force) or to stdout."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer

from prestatie.errors import UsageError
from prestatie.i18n import Msg, Speaker, msg

ForceOption = Annotated[
    bool, typer.Option("--force", help="Overwrite the file of -o when it exists.")
]


def format_of(
    chosen: str | None, output: Path | None, suffixes: Mapping[str, str], default: str, unknown: str
) -> str:
    """`--format` as chosen, else the one the suffix of `-o` asks for, else `default`; a
    UsageError (message id `unknown`) for a suffix that asks for none."""
    if chosen is not None:
        return chosen
    if output is None:
        return default
    found = suffixes.get(output.suffix.lower())
    if found is None:
        raise UsageError(msg(unknown, path=str(output)))
    return found


def check_target(output: Path | None, force: bool, terminal: Msg | None = None) -> None:
    """Refuse before any work: bytes to a terminal (`terminal`, the reason, when the
    content would be bytes), an existing file without --force (the atomic write checks
    again, at the end)."""
    if output is None:
        if terminal is not None and sys.stdout.isatty():
            raise UsageError(terminal)
        return
    if not force and os.path.lexists(output) and not os.path.isdir(output):
        from prestatie.source.write import AlreadyExists

        raise AlreadyExists(msg("source.output.exists", path=str(output)))


def deliver(
    content: str | bytes, output: Path | None, force: bool, speaker: Speaker, wrote: str
) -> None:
    """`content` to `output` (atomically, never over a file without `force`), then the
    line `wrote` (a message id) on stderr; or to stdout."""
    if output is None:
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(content)
        return
    from prestatie.render.common import terminal_safe
    from prestatie.source.write import write_atomic

    write_atomic(output, content, force=force)
    line = speaker.text(wrote, path=str(output))
    sys.stderr.write(f"prestatie: {terminal_safe(line)}\n")
