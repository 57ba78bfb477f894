"""Turning a `Msg` into text: the catalogue entry in one language, arguments formatted.

Placeholders are `str.format` fields whose format spec says how to show the value:

=============  ===========================================================
``{x}``        as it is; numbers with the language's separators
``{x:q}``      quoted plan text, cut to a short excerpt: ``'Omzet groeit'``
``{x:n}``      a number (``n0`` .. ``n3``: with that many decimals)
``{x:pct}``    a number in percent: ``85%`` / ``85 %`` (``pct0`` .. ``pct2``)
``{x:date}``   an ISO date written out: ``30 June 2026`` / ``30 juni 2026``
``{x:level}``  a domain value in the language; also ``level-goal``, ``persp``,
               ``dir``, ``kind``, ``status``, ``severity``, ``period-unit``,
               ``review``
``{x:p(a|b)}`` a count with its noun: ``1 file`` / ``2 files`` (``{x:p(fout|fouten)}``)
=============  ===========================================================

A list value takes a joiner after a slash: ``{x:level/or}`` gives ``strategic or
department`` (``of`` in Dutch); ``/and`` and ``/list`` (commas) exist too. ``a-`` in
front (``{x:a-level-goal}``) puts the English article before the first word; Dutch
templates write ``een`` themselves.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from prestatie.i18n import catalogue as cat

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
        return word(self, group, value)

    def level(self, value: str) -> str:
        return self.word("level", value)

    def perspective(self, value: str) -> str:
        return self.perspectives.get(value) or self.word("persp", value)

    def join(self, values: Iterable[str], joiner: str = "list") -> str:
        """`a, b or c` (`joiner="or"`), `a, b and c` (`"and"`) or `a, b, c` (`"list"`)."""
        return join(self, list(values), joiner)


#: Set by the test suite: a missing argument or an unknown id raises instead of showing.
STRICT = False

WORD_GROUPS = frozenset(
    {
        "level",
        "level-goal",
        "persp",
        "dir",
        "kind",
        "status",
        "severity",
        "period-unit",
        "review",
    }
)
_PLURAL = re.compile(r"p\(([^|()]*)\|([^|()]*)\)")
_NUMBER = re.compile(r"(n|pct)([0-3]?)")


class Unrenderable(Exception):
    """A template and its arguments that do not fit (only raised when STRICT)."""


def template(id: str, lang: str) -> str | None:
    texts = cat.entry(id)
    if texts is None:
        return None
    return texts.get(lang) or texts.get("en")


def say(speaker: Speaker, message: Msg) -> str:
    text = template(message.id, speaker.lang)
    if text is None:
        if STRICT:
            raise Unrenderable(f"no catalogue entry {message.id!r}")
        return message.id
    return clip(_Formatter(speaker).vformat(text, (), dict(message.args)), MAX_TEXT)


def word(speaker: Speaker, group: str, value: str) -> str:
    """`word.<group>.<value>` in the speaker's language; the value itself when unknown."""
    found = template(f"word.{group}.{value}", speaker.lang)
    return value if found is None else found


def join(speaker: Speaker, values: Sequence[str], joiner: str) -> str:
    if joiner == "list" or len(values) < 2:
        return ", ".join(values)
    last = template(f"word.{joiner}", speaker.lang) or joiner
    return f"{', '.join(values[:-1])} {last} {values[-1]}"


def article(text: str) -> str:
    return f"an {text}" if text[:1].lower() in "aeiou" else f"a {text}"


class _Formatter(string.Formatter):
    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key in kwargs:
            return kwargs[key]
        if STRICT:
            raise Unrenderable(f"argument {key!r} missing")
        return _Missing(str(key))

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Missing):
            return "{" + value.name + "}"
        spec = format_spec
        with_article = spec.startswith("a-")
        if with_article:
            spec = spec[2:]
        plural = _PLURAL.fullmatch(spec)
        if plural:
            count = value if isinstance(value, int | float) else 0
            noun = plural.group(1) if count == 1 else plural.group(2)
            return f"{self.one(value, 'n')} {noun}".rstrip()
        one, _, joiner = spec.partition("/")
        if isinstance(value, tuple | list):
            parts = [self.one(v, one) for v in value]
            text = join(self.speaker, parts, joiner or "list")
        else:
            text = self.one(value, one)
        if with_article and self.speaker.lang == "en":
            text = article(text)
        return text

    def one(self, value: Any, spec: str) -> str:
        sp = self.speaker
        if isinstance(value, Msg):
            return sp.say(value)
        if spec == "q":
            return repr(clip(value if isinstance(value, str) else str(value), EXCERPT))
        if spec == "date":
            return sp.date(str(value))
        if spec in WORD_GROUPS:
            name = str(value)
            if spec == "persp":
                return sp.perspective(name)
            return sp.word(spec, name)
        numeric = _NUMBER.fullmatch(spec) if spec else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if numeric:
                decimals = int(numeric.group(2)) if numeric.group(2) else None
                if numeric.group(1) == "pct":
                    return sp.percent(value, decimals)
                return sp.number(value, decimals)
            if not spec:
                return sp.number(value)
        if spec and not numeric and spec != "s" and STRICT:
            raise Unrenderable(f"unknown format {spec!r}")
        if value is None:
            return "—"
        if isinstance(value, bool):
            return sp.word("bool", "yes" if value else "no")
        return str(value)


class _Missing:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name
