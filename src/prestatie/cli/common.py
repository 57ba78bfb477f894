"""What the commands share: the error wrapper, colour, language and date options."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import ParamSpec

import typer

from prestatie.errors import PrestatieError, UsageError


class Language(StrEnum):
    nl = "nl"
    en = "en"


P = ParamSpec("P")


def handled(command: Callable[P, None]) -> Callable[P, None]:
    """Turn PrestatieError into its one-line message and exit code, inside the app."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except PrestatieError as exc:
            sys.stderr.write(error_line(str(exc)))
            raise typer.Exit(exc.exit_code) from exc
        except KeyboardInterrupt as exc:  # typer would turn it into exit 130 without a word
            sys.stderr.write(error_line("interrupted"))
            raise typer.Exit(130) from exc

    return wrapper


def error_line(message: str) -> str:
    """`prestatie: error: …` with any plan text or argument in it shown safely and short."""
    from prestatie.findings import MAX_TEXT, clip
    from prestatie.render.common import terminal_safe

    return f"prestatie: error: {terminal_safe(clip(message, MAX_TEXT))}\n"


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def as_of_date(value: str | None) -> date:
    if value is None:
        return date.today()
    from prestatie.format.periods import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(f"--as-of {value!r}: expected a date as YYYY-MM-DD")
    return parsed


def default_language() -> str:
    for name in ("PRESTATIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
