"""Questions for values the command line left out.

The scaffolds never read a terminal themselves: they are handed an `Asker` (the command
line's, which asks only when a person sits at a terminal) or None, and without one they
take the default or raise a UsageError that names the option to give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from prestatie.errors import UsageError
from prestatie.i18n import Msg


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer to choose: the value written, how the run's language names it, and
    other spellings accepted (`afdeling` for `department`)."""

    value: str
    label: Msg | str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    text: Msg
    choices: tuple[Choice, ...] = ()
    #: The answer to Enter (a choice's value); None: Enter leaves the value out.
    default: str | None = None
    #: An empty answer is asked again (there is no default and the value is needed).
    required: bool = False


#: Asks one question; returns the answer (a choice's value), or None for no answer.
Asker = Callable[[Question], str | None]


def ask(
    asker: Asker | None,
    question: Question,
    *,
    missing: Msg | None = None,
) -> str | None:
    """The answer, or without a terminal the default; `missing` is the error when there
    is neither (a value that is required)."""
    if asker is not None and missing is not None and question.default is None:
        question = Question(question.text, question.choices, None, required=True)
    answer = asker(question) if asker is not None else None
    if answer is None:
        answer = question.default
    if answer is None and missing is not None:
        raise UsageError(missing)
    return answer
