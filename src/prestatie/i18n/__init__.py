"""Every word the tool prints, in Dutch and English: messages by id, rendered late.

Code never builds a user-facing sentence itself. It names a message by a stable id
with named arguments (`msg("ref/unknown-parent", item="SD-1", parent="SD-9")`), and a
`Speaker` turns it into text in one language when it is printed. Findings, errors,
summaries, labels and the rule texts of `explain` all come from one catalogue
(`prestatie/i18n/catalogue/<area>.yaml`, read per area on first use).

This is the base layer: it imports nothing of the package.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

__all__ = [
    "EXCERPT",
    "LANGUAGES",
    "MAX_TEXT",
    "Msg",
    "Speaker",
    "choose_language",
    "clip",
    "current",
    "environment_language",
    "msg",
    "speaker_for",
    "use",
]

LANGUAGES: tuple[str, ...] = ("en", "nl")

#: At most this many characters of plan text are quoted in a message or hint.
EXCERPT = 60
#: A message or hint never grows beyond this, whatever it quotes (ids included).
MAX_TEXT = 400


def clip(value: str, limit: int = EXCERPT) -> str:
    """The start of `value`, at most `limit` characters, with `…` when it was cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


Arg = object


@dataclass(frozen=True, slots=True)
class Msg:
    """A message by id with its arguments: JSON values (lists kept as tuples) or `Msg`."""

    id: str
    args: tuple[tuple[str, Arg], ...] = ()

    def arguments(self) -> dict[str, Arg]:
        return dict(self.args)

    def as_json(self) -> dict[str, object]:
        """`{"id": ..., "args": {...}}` with lists as lists, for machine output."""
        return {"id": self.id, "args": {k: _plain(v) for k, v in self.args}}

    def __str__(self) -> str:
        return Speaker("en").say(self)


def msg(id: str, /, **args: object) -> Msg:
    """The message `id` with `args`; plan text is cut to MAX_TEXT, dates become ISO text."""
    return Msg(id, tuple((name, _normal(value)) for name, value in args.items()))


def _normal(value: object) -> Arg:
    if value is None or isinstance(value, bool | int | float | Msg):
        return value
    if isinstance(value, str):
        return clip(value, MAX_TEXT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return tuple(_normal(v) for v in sorted(value, key=str))
    if isinstance(value, list | tuple):
        return tuple(_normal(v) for v in value)
    return clip(str(value), MAX_TEXT)


def _plain(value: Arg) -> object:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Msg):
        return value.as_json()
    return value


class Speaker:
    """Renders messages, numbers and dates in one language.

    `perspectives` maps perspective ids to the plan's own labels in that language, so
    that a message names `Klant en markt` where the plan's set calls it that.
    """

    __slots__ = ("lang", "perspectives")

    def __init__(self, lang: str = "en", perspectives: Mapping[str, str] | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self.perspectives: Mapping[str, str] = perspectives or {}

    def say(self, message: Msg) -> str:
        from prestatie.i18n import render

        if isinstance(message, str):  # TRANSITION: call sites not yet converted
            return message

        return render.say(self, message)

    def text(self, id: str, /, **args: object) -> str:
        """The catalogue text `id` with `args`, in this speaker's language."""
        return self.say(msg(id, **args))

    def number(self, value: float, decimals: int | None = None) -> str:
        from prestatie.i18n.formats import number

        return number(value, self.lang, decimals)

    def percent(self, value: float, decimals: int | None = None) -> str:
        """`value` is already in percent: 85 -> `85%` (en) or `85 %` (nl)."""
        from prestatie.i18n.formats import percent

        return percent(value, self.lang, decimals)

    def date(self, value: date | str) -> str:
        from prestatie.i18n.formats import long_date

        return long_date(value, self.lang)

    def word(self, group: str, value: str) -> str:
        """A domain value in this language (`word.level.department` -> `afdeling`)."""
        from prestatie.i18n import render

        return render.word(self, group, value)

    def level(self, value: str) -> str:
        return self.word("level", value)

    def perspective(self, value: str) -> str:
        return self.perspectives.get(value) or self.word("perspective", value)

    def join(self, values: Iterable[str], joiner: str = "list") -> str:
        """`a, b or c` (`joiner="or"`), `a, b and c` (`"and"`) or `a, b, c` (`"list"`)."""
        from prestatie.i18n import render

        return render.join(self, list(values), joiner)


_current = Speaker("en")


def current() -> Speaker:
    """The speaker of the running command, for errors raised before output exists."""
    return _current


def use(speaker: Speaker) -> Speaker:
    """Make `speaker` the running command's speaker; returns it."""
    global _current
    _current = speaker
    return speaker


def environment_language() -> str | None:
    """`nl` or `en` from PRESTATIE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("PRESTATIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip().lower()
        if value:
            return "nl" if value.startswith("nl") else "en"
    return None


def choose_language(flag: str | None = None, plan: str | None = None) -> str:
    """`--lang`, else the plan's `language:`, else PRESTATIE_LANG, else the locale, else en."""
    for choice in (flag, plan):
        if choice in LANGUAGES:
            return choice
    return environment_language() or "en"


def speaker_for(
    flag: str | None,
    plan: str | None = None,
    labels: Mapping[str, Mapping[str, str]] | None = None,
) -> Speaker:
    """The speaker of a run (see `choose_language`); `labels` are the plan's perspective
    labels per language, `{"nl": {"customer": "Klant en markt"}}`."""
    lang = choose_language(flag, plan)
    return Speaker(lang, (labels or {}).get(lang))
