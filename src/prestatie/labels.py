"""Words the tool prints, in Dutch and English."""

from __future__ import annotations

from collections.abc import Mapping

_LABELS: Mapping[str, Mapping[str, str]] = {
    "green": {"en": "green", "nl": "groen"},
    "amber": {"en": "amber", "nl": "oranje"},
    "red": {"en": "red", "nl": "rood"},
    "none": {"en": "no data", "nl": "geen data"},
    "behind": {"en": "behind plan", "nl": "achter op schema"},
    "mission": {"en": "Mission", "nl": "Missie"},
    "as_of": {"en": "as of", "nl": "peildatum"},
    "loose": {"en": "not derived from the mission", "nl": "niet afgeleid van de missie"},
    "okr": {"en": "OKR", "nl": "OKR"},
    "ogsm": {"en": "OGSM", "nl": "OGSM"},
    "strategic": {"en": "strategic", "nl": "strategisch"},
    "department": {"en": "department", "nl": "afdeling"},
    "operational": {"en": "operational", "nl": "operationeel"},
    "function": {"en": "function", "nl": "functie"},
    "project": {"en": "project", "nl": "project"},
    "personal": {"en": "personal", "nl": "persoonlijk"},
}


def label(key: str, lang: str) -> str:
    entry = _LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]
