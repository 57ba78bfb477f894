"""The values a parsed plan file is made of: mappings and lists that know where they,
their keys and their items were written, documents and files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from prestatie.findings import Finding

Pos = tuple[int, int]


def unpack(mark: int) -> Pos:
    return (mark >> 32, mark & 0xFFFFFFFF)


class YMap(dict[str, Any]):
    """A mapping that knows where it, its keys and its values were written.

    Positions are kept packed in one int per key (key line and column, value line
    and column): a 250,000-item plan holds millions of them.
    """

    __slots__ = ("marks", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.marks: dict[str, int] = {}

    def key_pos(self, key: str) -> Pos:
        mark = self.marks.get(key)
        return self.pos if mark is None else unpack(mark >> 64)

    def value_pos(self, key: str) -> Pos:
        mark = self.marks.get(key)
        return self.pos if mark is None else unpack(mark & 0xFFFFFFFFFFFFFFFF)


class YList(list[Any]):
    """A list that knows where it and each of its items were written."""

    __slots__ = ("marks", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.marks: list[int] = []

    def item_pos(self, index: int) -> Pos:
        if 0 <= index < len(self.marks):
            return unpack(self.marks[index])
        return self.pos


@dataclass(slots=True)
class Document:
    """One YAML document of a plan file."""

    file: str
    index: int
    data: Any
    pos: Pos
    #: Where a number out of range was written (reported; read as null, see `source.build`).
    unread: frozenset[Pos] = frozenset()


@dataclass(slots=True)
class SourceFile:
    """A parsed file: its documents and the findings met while reading it."""

    file: str
    documents: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lines: int = 0
