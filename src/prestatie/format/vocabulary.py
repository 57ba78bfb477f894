"""Enumerated values of the plan format, with their Dutch aliases.

Plans may write the Dutch word; the loader stores the canonical English value, and
messages name it in the run's language (`word.level.department` in the catalogue).
"""

from __future__ import annotations

from collections.abc import Mapping

LEVELS: tuple[str, ...] = (
    "strategic",
    "department",
    "operational",
    "function",
    "project",
    "personal",
)

#: The tier of each level: function and project objectives sit side by side.
LEVEL_RANK: Mapping[str, int] = {
    "strategic": 0,
    "department": 1,
    "operational": 2,
    "function": 3,
    "project": 3,
    "personal": 4,
}

LEVEL_ALIASES: Mapping[str, str] = {
    "strategisch": "strategic",
    "afdeling": "department",
    "tactisch": "department",
    "tactical": "department",
    "operationeel": "operational",
    "functie": "function",
    "persoonlijk": "personal",
}

DIRECTION_ALIASES: Mapping[str, str] = {
    "increase": "increase",
    "decrease": "decrease",
    "range": "range",
    "milestone": "milestone",
    "verhogen": "increase",
    "verlagen": "decrease",
    "bandbreedte": "range",
    "mijlpaal": "milestone",
}

INDICATOR_ALIASES: Mapping[str, str] = {
    "leading": "leading",
    "lagging": "lagging",
    "voorlopend": "leading",
    "naijlend": "lagging",
}


def level(value: object) -> str | None:
    """The canonical level for a value as written, or None when it is not a level."""
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    if key in LEVEL_RANK:
        return key
    return LEVEL_ALIASES.get(key)


def direction(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return DIRECTION_ALIASES.get(value.strip().lower())


def indicator(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return INDICATOR_ALIASES.get(value.strip().lower())


#: The conversations of the HR cycle, in the order they are held in a period.
REVIEW_TYPES: tuple[str, ...] = ("planning", "interim", "appraisal")

REVIEW_ALIASES: Mapping[str, str] = {
    "planning": "planning",
    "interim": "interim",
    "appraisal": "appraisal",
    "planningsgesprek": "planning",
    "functioneringsgesprek": "interim",
    "beoordelingsgesprek": "appraisal",
}

ACTION_STATUS_ALIASES: Mapping[str, str] = {
    "planned": "planned",
    "started": "started",
    "done": "done",
    "stopped": "stopped",
    "gepland": "planned",
    "gestart": "started",
    "gereed": "done",
    "klaar": "done",
    "gestopt": "stopped",
}


def review_type(value: object) -> str | None:
    """`planning`, `interim` or `appraisal` for a review type as written (Dutch too)."""
    if not isinstance(value, str):
        return None
    return REVIEW_ALIASES.get(value.strip().lower())


def action_status(value: object) -> str | None:
    """`planned`, `started`, `done` or `stopped` for a status as written (Dutch too)."""
    if not isinstance(value, str):
        return None
    return ACTION_STATUS_ALIASES.get(value.strip().lower())
