"""How the report writes one value: figures from the core, formatted for the language.

Nothing here computes a figure: a score, share or status arrives from `compute` (or
`rules`) and leaves as text in the speaker's language, beside the raw number where a
chart needs it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from prestatie.compute.tree import Node
from prestatie.i18n import Speaker, clip
from prestatie.render.common import NONE, value

#: Shown for a figure that is not there (no score, no baseline).


def percent(share: float | None, speaker: Speaker) -> str:
    """A share or score of 0..1 (or more) as a whole percentage: `78 %` / `78%`."""
    return NONE if share is None else speaker.percent(share * 100, 0)


def status_words(
    status: str,
    speaker: Speaker,
    *,
    behind: bool = False,
    met: bool | None = None,
    scored: bool = True,
    rolled_up: bool = False,
) -> str:
    """`green`, `amber, behind plan`, `red, target not met` in the speaker's language:
    a status is never shown by colour alone."""
    parts = [speaker.word("status", status)]
    if behind:
        parts.append(speaker.text("label.behind"))
    if rolled_up:
        parts.append(speaker.text("label.rolled-up"))
    if not scored and met is not None and status != "none":
        parts.append(speaker.text("label.met" if met else "label.not-met"))
    return ", ".join(parts)


def node_status(node: Node, speaker: Speaker) -> str:
    return status_words(
        node.status,
        speaker,
        behind=node.behind,
        met=node.met,
        scored=node.score is not None,
        rolled_up=bool(node.rolled_up),
    )


def coverage(node: Node, speaker: Speaker) -> str | None:
    cover = node.coverage
    if cover is None or cover.of == 0:
        return None
    return speaker.text("label.measured", measured=cover.measured, of=cover.of)


@dataclass(frozen=True, slots=True)
class MeasureLine:
    """One measure (of an objective, a key result or an OGSM strategy)."""

    id: str
    name: str
    unit: str
    baseline: str
    target: str
    actual: str
    progress: str  # raw progress in percent: over-achievement stays visible
    score: float | None  # 0..1, for bars
    status: str  # the status id: green | amber | red | none | not-started
    status_text: str


def measure_line(entry: Mapping[str, Any], speaker: Speaker) -> MeasureLine:
    """A measure from its entry in the tree (`compute.tree`): the same figures as
    `prestatie tree --format json`."""
    score = entry.get("score")
    status = str(entry.get("status") or "none")
    return MeasureLine(
        id=str(entry.get("id") or ""),
        name=str(entry.get("name") or entry.get("id") or ""),
        unit=str(entry.get("unit") or ""),
        baseline=value(entry.get("baseline"), speaker),
        target=value(entry.get("target"), speaker),
        actual=value(entry.get("actual"), speaker),
        progress=percent(entry.get("progress"), speaker),
        score=score if isinstance(score, int | float) else None,
        status=status,
        status_text=status_words(
            status,
            speaker,
            behind=bool(entry.get("behind")),
            met=entry.get("met"),
            scored=score is not None,
        ),
    )


def label(title: str, limit: int = 60) -> str:
    """A short label for a chart node: the start of a title."""
    return clip(" ".join(title.split()), limit)
