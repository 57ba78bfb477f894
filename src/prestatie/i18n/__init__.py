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
from collections.abc import Mapping

from prestatie.i18n.render import EXCERPT, LANGUAGES, MAX_TEXT, Msg, Speaker, clip, msg

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
