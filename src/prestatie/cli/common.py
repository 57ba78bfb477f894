"""What the commands share: the error wrapper, colour, language and date options."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec

import typer

from prestatie.errors import PrestatieError, UsageError
from prestatie.i18n import Msg, Speaker, current, msg

if TYPE_CHECKING:
    from prestatie.findings import Finding
    from prestatie.format.config import Config
    from prestatie.model.plan import Plan


class Language(StrEnum):
    nl = "nl"
    en = "en"


class Include(StrEnum):
    """What `--include` adds to an output that leaves personal data out by default."""

    people = "people"


def people_included(include: list[Include] | None) -> bool:
    return Include.people in (include or [])


P = ParamSpec("P")


def handled(command: Callable[P, None]) -> Callable[P, None]:
    """Turn PrestatieError into its one-line message and exit code, inside the app."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except PrestatieError as exc:
            sys.stderr.write(error_line(exc.message))
            raise typer.Exit(exc.exit_code) from exc
        except KeyboardInterrupt as exc:  # typer would turn it into exit 130 without a word
            sys.stderr.write(error_line(msg("error.interrupted")))
            raise typer.Exit(130) from exc

    return wrapper


def error_line(message: Msg) -> str:
    """`prestatie: error: …` (`fout:` in Dutch) in the run's language, with any plan text
    or argument in it shown safely and short."""
    from prestatie.render.common import terminal_safe

    speaker = current()
    text = f"{speaker.text('error.prefix')}: {speaker.say(message)}"
    return f"prestatie: {terminal_safe(text)}\n"


class ColorChoice(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


#: The run's `--color` (set by the option's callback before the command runs).
_color = ColorChoice.auto


def _choose_color(value: ColorChoice | None) -> ColorChoice:
    global _color
    _color = value or ColorChoice.auto
    return _color


ColorOption = Annotated[
    ColorChoice,
    typer.Option(
        "--color",
        metavar="auto|always|never",
        help="Colour in the output. auto (the default): only on a terminal, never when "
        "NO_COLOR is set or TERM=dumb, always when FORCE_COLOR is set.",
        callback=_choose_color,
        show_default=False,
    ),
]


def use_color(stream: object) -> bool:
    """Whether to colour what goes to `stream`: `--color always|never` decides; with
    auto a non-empty NO_COLOR means no, a non-empty FORCE_COLOR yes, TERM=dumb no, and
    otherwise whether `stream` is a terminal."""
    if _color is not ColorChoice.auto:
        return _color is ColorChoice.always
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM", "").strip().lower() == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def as_of_date(value: str | None) -> date:
    if value is None:
        return date.today()
    from prestatie.format.periods import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(msg("cli.bad-as-of", value=value))
    return parsed


LangOption = Annotated[
    Language | None,
    typer.Option(
        "--lang",
        "-l",
        metavar="nl|en",
        help="Language of the output. Default: the plan's `language:`, else $PRESTATIE_LANG, "
        "else the locale ($LC_ALL, $LANG), else en.",
        show_default=False,
    ),
]


def speak(lang: Language | None, config: Config | None = None) -> Speaker:
    """Choose the command's language (see `LangOption`) and make it the run's speaker."""
    from prestatie.i18n import speaker_for, use

    flag = lang.value if lang else None
    return use(config.speaker(flag) if config is not None else speaker_for(flag))


PathArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="PATH",
        help="Plan folder or file. Default: the plan around the current folder.",
        show_default=False,
    ),
]

AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="The date progress is judged on. Default: today.",
        show_default=False,
    ),
]


def load_plan(path: str | None) -> Plan:
    """The plan `path` names (a folder or a file in it), else the plan around the
    current folder."""

    from prestatie.model.plan import load
    from prestatie.source.files import targets

    (target,) = targets([path] if path else [], Path.cwd())[:1]
    return load(target)


StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Refuse a plan with errors (exit 1) instead of warning on stderr and going on.",
    ),
]


def plan_errors(plan: Plan, strict: bool) -> list[Finding]:
    """The plan's errors on its as-of date, said on stderr before a command shows figures:
    one line when it goes on (the figures may be incomplete), the errors as `validate`
    lists them and exit 1 with `strict`. Where to start is the first file that could not
    be read, else the first error's file, a person file last."""
    from prestatie.findings import CheckResult, blocking, relocated, summarise
    from prestatie.render.common import terminal_safe
    from prestatie.render.layout import View
    from prestatie.render.text import render
    from prestatie.rules.engine import check_plan

    errors = [f for f in check_plan(plan) if f.severity == "error"]
    if not errors:
        return errors
    here = Path(os.path.realpath(Path.cwd()))
    # A person file is named only when nothing else has an error: it names the person.
    personal = {item.file for item in plan.persons.values()}
    ordered = sorted(errors, key=lambda f: (f.file in personal, not blocking(f.code)))
    (start,) = [f.file for f in relocated(ordered[:1], plan.root, here)]
    speaker = current()
    if strict:
        shown = relocated(errors, plan.root, here)
        listed = CheckResult(findings=shown, summary=summarise(shown, 0, 0))
        render(listed, sys.stderr, False, speaker, View(everything=True, quiet=True))
        sys.stderr.write(error_line(msg("common.plan-errors.strict", errors=len(errors))))
        raise typer.Exit(1)
    line = speaker.text("common.plan-errors", errors=len(errors), start=start)
    sys.stderr.write(f"prestatie: {terminal_safe(line)}\n")
    return errors


LEVELS_METAVAR = "strategic|department|operational|function|project|personal"


def level_of(value: str) -> str:
    """The canonical level for `--level` as written (`operationeel` -> `operational`);
    a UsageError naming the levels, with the closest one, for anything else."""
    from prestatie.format import vocabulary
    from prestatie.model.suggest import Suggester

    found = vocabulary.level(value)
    if found is not None:
        return found
    key = value.strip().lower()
    close = Suggester([*vocabulary.LEVELS, *vocabulary.LEVEL_ALIASES]).suggest(key) if key else None
    levels = list(vocabulary.LEVELS)
    if close:
        # Named in the run's language (`{close:level}`): either spelling is accepted.
        meant = vocabulary.level(close)
        raise UsageError(
            msg("figures.unknown-level.close", value=value, close=meant, levels=levels)
        )
    raise UsageError(msg("figures.unknown-level", value=value, levels=levels))
