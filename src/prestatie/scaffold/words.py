"""Enumerated values as a scaffold writes them: in the plan's language, as the plan
format accepts them (`level: afdeling`, `direction: verhogen` in a Dutch plan), and the
pieces the readable ids and file names are made of.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from prestatie.format.perspectives import PerspectiveSet

#: The Dutch spelling of each canonical value, per group; the format reads both.
DUTCH: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "level": {
            "strategic": "strategisch",
            "department": "afdeling",
            "operational": "operationeel",
            "function": "functie",
            "project": "project",
            "personal": "persoonlijk",
        },
        "direction": {"increase": "verhogen", "decrease": "verlagen"},
        "indicator": {"leading": "voorlopend", "lagging": "naijlend"},
        "okr-type": {"committed": "toegezegd", "aspirational": "ambitieus"},
        "status": {"planned": "gepland"},
        "pressure": {"low": "laag", "medium": "gemiddeld", "high": "hoog"},
        "review": {"planning": "planningsgesprek"},
    }
)

#: The first letters of a goal id, by level and language: `SD-1`, `AD-VERKOOP-3`, `PG-0142-1`.
ID_PREFIX: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "nl": {
            "strategic": "SD",
            "department": "AD",
            "operational": "OD",
            "function": "FD",
            "project": "PR",
            "personal": "PD",
        },
        "en": {
            "strategic": "SG",
            "department": "DG",
            "operational": "OG",
            "function": "FG",
            "project": "PJ",
            "personal": "PG",
        },
    }
)


def spell(group: str, value: str, lang: str) -> str:
    """`value` (canonical) as a plan in `lang` writes it."""
    if lang != "nl":
        return value
    return DUTCH.get(group, {}).get(value, value)


def spell_perspective(perspectives: PerspectiveSet, pid: str, lang: str) -> str:
    """A perspective as a plan in `lang` names it: a built-in set's Dutch alias
    (`financieel`, `klant`) when it reads back as the same perspective, else its id."""
    found = perspectives.get(pid)
    if lang == "nl" and found is not None and found.aliases:
        dutch = found.aliases[0]
        if perspectives.resolve(dutch) == pid:
            return dutch
    return pid


_NOT_WORD = re.compile(r"[\W_]+")


def slug(value: str, fallback: str) -> str:
    """A file or folder name from any text: lower case, words joined by `-`, never hidden
    or empty (`Zakelijke Markt` -> `zakelijke-markt`)."""
    found = _NOT_WORD.sub("-", value.lower()).strip("-")
    return found[:60].rstrip("-") or fallback


def unit_code(unit: str) -> str:
    """The unit in an id: its initials when it has several words (`Zakelijke Markt` ->
    `ZM`), else the word (`Verkoop` -> `VERKOOP`); a nested unit by its last part."""
    last = unit.rsplit("/", 1)[-1]
    words = [w for w in _NOT_WORD.split(last.upper()) if w]
    if len(words) > 1:
        return "".join(w[0] for w in words)
    return words[0][:20] if words else ""


def person_code(person: str) -> str:
    """A person id in a personal goal's id: `p-0142` -> `0142`."""
    code = _NOT_WORD.sub("-", person.upper()).strip("-")
    if code.startswith("P-") and len(code) > 2:
        code = code[2:]
    return code[:40] or "P"
