"""Asking for a value at the terminal: the one place `new` and `init` read an answer.

Only when a person can answer (stdin and stdout are a terminal) is anything asked; in a
pipe or in CI the scaffolds take their defaults or say which option to give, so nothing
ever waits for input that cannot come.
"""

from __future__ import annotations

import sys

from prestatie.errors import Interrupted, UsageError
from prestatie.i18n import Msg, Speaker, msg
from prestatie.scaffold.ask import Asker, Choice, Question


def interactive() -> bool:
    """Ask for missing values only when a person can answer: stdin and stdout are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def asker(speaker: Speaker) -> Asker | None:
    """The terminal's asker in the run's language, or None without a terminal."""
    if not interactive():
        return None
    return lambda question: ask(speaker, question)


def ask(speaker: Speaker, question: Question) -> str | None:
    """One answer: a choice's value, the text typed, or None for Enter (the default).

    An answer that is not one of the choices, or none where one is needed, is asked
    again. Ctrl-C stops the run (exit 130), Ctrl-D too (exit 2): nothing is written.
    """
    labels = [_label(speaker, choice.label) for choice in question.choices]
    prompt = speaker.say(question.text)
    if labels:
        prompt = speaker.text("new.prompt.choices", question=prompt, choices=" / ".join(labels))
    if question.default is not None:
        shown = next(
            (
                lbl
                for c, lbl in zip(question.choices, labels, strict=True)
                if c.value == question.default
            ),
            question.default,
        )
        prompt = speaker.text("new.prompt.default", question=prompt, default=shown)
    while True:
        answer = read(speaker, prompt, question.text)
        if not answer:
            if not question.required:
                return None
            _note(speaker, msg("new.prompt.needed"))
            continue
        if not question.choices:
            return answer
        found = _match(speaker, answer, question.choices, labels)
        if found is not None:
            return found
        _note(speaker, msg("new.prompt.choose", choices=" / ".join(labels)))


def read(speaker: Speaker, prompt: str, question: Msg) -> str:
    """A line from the terminal after `prompt`, stripped."""
    from prestatie.render.common import terminal_safe

    try:
        return input(f"{terminal_safe(prompt)}: ").strip()
    except KeyboardInterrupt:
        sys.stdout.write("\n")  # the error line starts on a line of its own
        raise Interrupted(msg("new.prompt.interrupted")) from None
    except EOFError:
        sys.stdout.write("\n")
        raise UsageError(msg("new.prompt.input-ended", question=question)) from None
    except UnicodeDecodeError:
        raise UsageError(msg("new.prompt.not-utf8", question=question)) from None


def _label(speaker: Speaker, label: Msg | str) -> str:
    return speaker.say(label) if isinstance(label, Msg) else label


def _match(
    speaker: Speaker, answer: str, choices: tuple[Choice, ...], labels: list[str]
) -> str | None:
    """The choice `answer` names: by its value, its label or another spelling, in any case."""
    wanted = answer.casefold()
    for choice, label in zip(choices, labels, strict=True):
        if wanted in {
            choice.value.casefold(),
            label.casefold(),
            *(a.casefold() for a in choice.aliases),
        }:
            return choice.value
    return None


def _note(speaker: Speaker, message: Msg) -> None:
    from prestatie.render.common import terminal_safe

    sys.stdout.write(terminal_safe(speaker.say(message)) + "\n")
