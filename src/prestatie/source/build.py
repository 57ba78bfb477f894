"""Turn one composed YAML document into YMap / YList / scalars, safely.

Tags are never constructed, duplicate keys and alias bombs become findings, and
nesting depth is bounded. A number out of range becomes a finding at its value, and
the value is read as null (its position is kept in `unread`).
"""

from __future__ import annotations

from sys import intern
from typing import Any, Protocol

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from prestatie.findings import Finding
from prestatie.source.nodes import Pos, YList, YMap
from prestatie.source.scalars import KNOWN_TAGS, MERGE, PLAIN, OutOfRange, plain, scalar

MAX_DEPTH = 100
#: Aliases may repeat content, but the expanded document may not grow by more
#: than this many nodes beyond what was written (the "billion laughs" guard).
ALIAS_EXPANSION_LIMIT = 10_000


class Sink(Protocol):
    """Where the builder records findings (the reader's per-file counter)."""

    def append(self, finding: Finding) -> None: ...


def pos_of(node: Node) -> Pos:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _mark(node: Node) -> int:
    mark = node.start_mark
    return (mark.line + 1) << 32 | (mark.column + 1)


class Abort(Exception):
    """Stop building this document; a finding has been recorded."""


class Builder:
    """Turns one composed document into YMap / YList / scalars."""

    __slots__ = (
        "budget",
        "file",
        "findings",
        "heights",
        "in_progress",
        "memo",
        "sizes",
        "unread",
    )

    def __init__(self, file: str, findings: Sink) -> None:
        self.file = file
        self.findings = findings
        self.memo: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        #: How many levels each built value nests below itself (0 for a scalar).
        self.heights: dict[int, int] = {}
        self.in_progress: set[int] = set()
        self.budget = ALIAS_EXPANSION_LIMIT
        #: Where a number out of range was written: read as null, and reported once.
        self.unread: set[Pos] = set()

    def build(self, node: Node) -> Any:
        return self._value(node, 0)

    def _fail(self, code: str, message: str, node: Node, hint: str | None = None) -> Abort:
        line, column = pos_of(node)
        self.findings.append(Finding(code, message, self.file, line, column, hint=hint))
        return Abort()

    def _value(self, node: Node, depth: int) -> Any:
        if isinstance(node, ScalarNode):
            # Scalars are rebuilt when aliased: cheap, bounded by the text, never a bomb.
            if node.tag not in KNOWN_TAGS:
                self._unknown_tag(node)
            try:
                return scalar(node)
            except OutOfRange as exc:
                self._out_of_range(node, exc)
                return None
        key = id(node)
        if key in self.memo:
            # The same collection again: an alias. Charge its expanded size and depth.
            value = self.memo[key]
            if depth + self._height(value) > MAX_DEPTH:
                raise self._too_deep(node)
            self.budget -= self.sizes[key]
            if self.budget < 0:
                raise self._fail(
                    "yaml/alias",
                    "aliases expand this document beyond "
                    f"{ALIAS_EXPANSION_LIMIT:,} repeated values",
                    node,
                    hint="write the values out, or use `kind: goals` defaults instead of anchors",
                )
            return value
        if key in self.in_progress:
            raise self._fail(
                "yaml/alias",
                "an alias refers to the value that contains it",
                node,
                hint="a value cannot include itself; remove the recursive alias",
            )
        if depth > MAX_DEPTH:
            raise self._too_deep(node)
        if node.tag not in KNOWN_TAGS:
            self._unknown_tag(node)
        self.in_progress.add(key)
        if isinstance(node, SequenceNode):
            value, size = self._sequence(node, depth)
        elif isinstance(node, MappingNode):
            value, size = self._mapping(node, depth)
        else:  # pragma: no cover - PyYAML has only these three node types
            raise self._fail("yaml/syntax", "unsupported YAML node", node)
        self.in_progress.discard(key)
        self.memo[key] = value
        self.sizes[key] = size
        return value

    def _unknown_tag(self, node: Node) -> None:
        self.findings.append(
            Finding(
                "yaml/unknown-tag",
                f"unknown tag {node.tag!r}; it is read as plain data and never constructed",
                self.file,
                *pos_of(node),
                hint="remove the tag; plan files use plain YAML values",
            )
        )

    def _out_of_range(self, node: Node, exc: OutOfRange) -> None:
        """A number too large to compute with (`NUMBER_LIMIT`): one finding, and no value."""
        pos = pos_of(node)
        if pos not in self.unread:  # an alias repeats the node: report it once
            self.unread.add(pos)
            text = exc.text
            if len(text) > 40:
                text = f"{text[:20]}…{text[-8:]} ({len(text):,} characters)"
            self.findings.append(
                Finding(
                    "schema/invalid",
                    f"number too large: {text}, prestatie reads numbers up to 1e15 in size",
                    self.file,
                    *pos,
                    hint="write a number between -1e15 and 1e15, or quote it to keep it as text",
                )
            )

    def _height(self, value: Any) -> int:
        """Nesting height of an aliased value, measured only when an alias is met."""
        if not isinstance(value, YMap | YList):
            return 0
        key = id(value)
        known = self.heights.get(key)
        if known is None:
            children = value.values() if isinstance(value, YMap) else value
            known = 1 + max((self._height(child) for child in children), default=-1)
            self.heights[key] = known
        return known

    def _too_deep(self, node: Node) -> Abort:
        return self._fail(
            "yaml/too-deep",
            f"values nested more than {MAX_DEPTH} levels deep",
            node,
            hint="plan files need no more than a few levels of nesting",
        )

    def _sequence(self, node: SequenceNode, depth: int) -> tuple[YList, int]:
        out = YList(pos_of(node))
        marks = out.marks
        sizes = self.sizes
        size = 1
        for item in node.value:
            out.append(self._value(item, depth + 1))
            marks.append(_mark(item))
            size += sizes.get(id(item), 1)
        return out, size

    def _mapping(self, node: MappingNode, depth: int) -> tuple[YMap, int]:
        out = YMap(pos_of(node))
        size = 1
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                line, column = pos_of(key_node)
                self.findings.append(
                    Finding(
                        "yaml/complex-key",
                        "a list or mapping is used as a key",
                        self.file,
                        line,
                        column,
                        hint="keys are plain words such as `title` or an id",
                    )
                )
                continue
            # Keys repeat in every item of a plan: one shared string each saves memory.
            name = intern(str(key_node.value))
            if name in out:
                line, column = pos_of(key_node)
                first = out.key_pos(name)[0]
                self.findings.append(
                    Finding(
                        "yaml/duplicate-key",
                        f"duplicate key {name!r} (first defined on line {first})",
                        self.file,
                        line,
                        column,
                        hint="a key may appear once per mapping; the first value is used",
                    )
                )
                continue
            if value_node.__class__ is ScalarNode and value_node.tag == PLAIN:
                try:  # the common case, without a call chain
                    out[name] = plain(value_node.value)
                except OutOfRange as exc:
                    self._out_of_range(value_node, exc)
                    out[name] = None
                size += 1
            else:
                out[name] = self._value(value_node, depth + 1)
                size += self.sizes.get(id(value_node), 1)
            key_mark = key_node.start_mark
            value_mark = value_node.start_mark
            out.marks[name] = (
                ((key_mark.line + 1) << 32 | (key_mark.column + 1)) << 64
                | (value_mark.line + 1) << 32
                | (value_mark.column + 1)
            )
        for source in merges:
            size += self._merge(out, source, depth)
        return out, size

    def _merge(self, out: YMap, source: Node, depth: int) -> int:
        """Merge mappings into `out`; their whole size counts, so merges cannot hide a bomb."""
        sources = source.value if isinstance(source, SequenceNode) else [source]
        added = 0
        for item in sources:
            value = self._value(item, depth + 1)
            if not isinstance(value, YMap):
                raise self._fail(
                    "yaml/syntax",
                    "a merge key (<<) needs a mapping or a list of mappings",
                    item,
                )
            for name, inner in value.items():
                if name not in out:
                    out[name] = inner
                    out.marks[name] = value.marks[name]
            added += self.sizes.get(id(item), 1)
        return added
