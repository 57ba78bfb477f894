"""The message catalogue: `catalogue/<area>.yaml`, one flat mapping of id to texts.

An id's area is its first word: `smart/no-measure.hint` lives in `smart.yaml`,
`summary.errors` in `summary.yaml`. Each entry holds the text per language:

    ref/unknown-parent:
      en: "{item}: parent {parent:q} does not exist in the plan"
      nl: "{item}: bovenliggende doelstelling {parent:q} bestaat niet in het plan"

The rule texts of `prestatie explain` are entries too (`<code>.title`, `.checks`,
`.why`, `.fix`). A file is read when one of its ids is first asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

DIRECTORY = Path(__file__).resolve().parent / "catalogue"
_AREA = re.compile(r"[a-z0-9_-]+")


class BrokenCatalogue(Exception):
    """Package data that cannot be read: a broken install, reported as one line."""


def area(id: str) -> str:
    found = _AREA.match(id)
    return found.group(0) if found else ""


def entry(id: str) -> Mapping[str, str] | None:
    """The texts of `id` by language, or None when the catalogue has no such id."""
    return texts(area(id)).get(id)


def areas() -> list[str]:
    return sorted(p.stem for p in DIRECTORY.glob("*.yaml"))


def every_id() -> Iterator[str]:
    for name in areas():
        yield from texts(name)


@cache
def texts(name: str) -> Mapping[str, Mapping[str, str]]:
    path = DIRECTORY / f"{name}.yaml"
    if not name or not path.is_file():
        return MappingProxyType({})
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BrokenCatalogue(f"message catalogue {path.name} cannot be read: {exc}") from exc
    out: dict[str, Mapping[str, str]] = {}
    for id, languages in (raw or {}).items():
        if not isinstance(languages, dict):
            raise BrokenCatalogue(f"message catalogue {path.name}: {id} has no texts")
        out[str(id)] = MappingProxyType({str(k): str(v) for k, v in languages.items()})
    return MappingProxyType(out)
