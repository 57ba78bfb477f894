"""Turn one composed YAML document into YMap / YList / scalars, safely.

Tags are never constructed, duplicate keys and alias bombs become findings (aliases are
charged by the values and by the characters of text they repeat), and nesting depth is
bounded. A number out of range becomes a finding at its value, and the value is read as
null (its position is kept in `unread`).
"""

from __future__ import annotations

from collections.abc import Callable
from sys import intern
from typing import Any, Protocol

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from prestatie.findings import Finding
from prestatie.i18n import Msg, msg
from prestatie.source.nodes import Pos, YList, YMap
from prestatie.source.scalars import KNOWN_TAGS, MERGE, PLAIN, OutOfRange, plain, scalar

MAX_DEPTH = 100
#: Aliases may repeat content, but the expanded document may not grow by more
#: than this many nodes beyond what was written (the "billion laughs" guard).
ALIAS_EXPANSION_LIMIT = 10_000
#: Nor may aliases repeat more characters of text than the file holds, or than this for a
#: smaller file: so the expanded file is never much larger than the file itself, however
#: long the text behind one alias is.
ALIAS_TEXT_LIMIT = 100_000


class Sink(Protocol):
    """Where the builder records findings (the reader's per-file counter)."""

    def append(self, finding: Finding) -> None: ...


def pos_of(node: Node) -> Pos:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _mark(node: Node) -> int:
    mark = node.start_mark
    return (mark.line + 1) << 32 | (mark.column + 1)


class TextAllowance:
    """How many characters of text aliases may still repeat in one file (all its documents)."""

    __slots__ = ("left", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit


def text_allowance(text: str) -> TextAllowance | None:
    """The allowance of one file; None when the file holds no alias (an alias needs a `*`),
    so that the builder need not look for them."""
    return TextAllowance(max(ALIAS_TEXT_LIMIT, len(text))) if "*" in text else None


class Abort(Exception):
    """Stop building this document; a finding has been recorded."""


class Builder:
    """Turns one composed document into YMap / YList / scalars."""

    __slots__ = (
        "allowance",
        "budget",
        "file",
        "findings",
        "frontier",
        "heights",
        "in_progress",
        "memo",
        "sizes",
        "texts",
        "unread",
    )

    def __init__(self, file: str, findings: Sink, allowance: TextAllowance | None) -> None:
        self.file = file
        self.findings = findings
        self.memo: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        #: How many levels each built value nests below itself (0 for a scalar).
        self.heights: dict[int, int] = {}
        #: Characters of text in each aliased value (keys and strings).
        self.texts: dict[int, int] = {}
        self.in_progress: set[int] = set()
        self.budget = ALIAS_EXPANSION_LIMIT
        #: What aliases may still repeat of the file's text; None when it holds no alias.
        self.allowance = allowance
        #: The latest start (packed mark) of a node built so far: see `_child`.
        self.frontier = 0
        #: Where a number out of range was written: read as null, and reported once.
        self.unread: set[Pos] = set()

    def build(self, node: Node) -> Any:
        return self._value(node, 0)

    def _fail(self, code: str, message: Msg, node: Node, hint: Msg | None = None) -> Abort:
        line, column = pos_of(node)
        self.findings.append(Finding(code, message, self.file, line, column, hint=hint))
        return Abort()

    def _value(self, node: Node, depth: int) -> Any:
        if isinstance(node, ScalarNode):
            # A scalar is rebuilt when aliased; the caller charges its text (`_child`).
            if node.tag not in KNOWN_TAGS:
                self._unknown_tag(node)
            try:
                return scalar(node)
            except OutOfRange as exc:
                self._out_of_range(node, exc)
                return None
        key = id(node)
        if key in self.memo:
            # The same collection again: an alias. Charge its size, its text and its depth.
            value = self.memo[key]
            if depth + self._height(value) > MAX_DEPTH:
                raise self._too_deep(node)
            self.budget -= self.sizes[key]
            if self.budget < 0:
                raise self._fail(
                    "yaml/alias",
                    msg("yaml/alias", limit=ALIAS_EXPANSION_LIMIT),
                    node,
                    hint=msg("yaml/alias.hint"),
                )
            self._repeat(self._text(value), node)
            return value
        if key in self.in_progress:
            raise self._fail(
                "yaml/alias",
                msg("yaml/alias.recursive"),
                node,
                hint=msg("yaml/alias.recursive.hint"),
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
            raise self._fail("yaml/syntax", msg("yaml/syntax.node"), node)
        self.in_progress.discard(key)
        self.memo[key] = value
        self.sizes[key] = size
        return value

    def _unknown_tag(self, node: Node) -> None:
        self.findings.append(
            Finding(
                "yaml/unknown-tag",
                msg("yaml/unknown-tag", tag=node.tag),
                self.file,
                *pos_of(node),
                hint=msg("yaml/unknown-tag.hint"),
            )
        )

    def _out_of_range(self, node: Node, exc: OutOfRange) -> None:
        """A number too large to compute with (`NUMBER_LIMIT`): one finding, and no value."""
        pos = pos_of(node)
        if pos not in self.unread:  # an alias repeats the node: report it once
            self.unread.add(pos)
            text: str | Msg = exc.text
            if len(exc.text) > 40:
                text = msg(
                    "schema/invalid.too-large.cut",
                    start=exc.text[:20],
                    end=exc.text[-8:],
                    length=len(exc.text),
                )
            self.findings.append(
                Finding(
                    "schema/invalid",
                    msg("schema/invalid.too-large", number=text),
                    self.file,
                    *pos,
                    hint=msg("schema/invalid.too-large.hint"),
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
            msg("yaml/too-deep", max=MAX_DEPTH),
            node,
            hint=msg("yaml/too-deep.hint"),
        )

    def _repeat(self, characters: int, node: Node) -> None:
        """Charge text that an alias repeats; the file may repeat as much as it holds."""
        allowance = self.allowance
        if allowance is None:  # pragma: no cover - a file without `*` has no alias
            return
        allowance.left -= characters
        if allowance.left < 0:
            raise self._fail(
                "yaml/alias",
                msg("yaml/alias.text", limit=allowance.limit),
                node,
                hint=msg("yaml/alias.text.hint"),
            )

    def _text(self, value: Any) -> int:
        """Characters of text (keys and strings) in an aliased value, measured only when an
        alias is met; numbers and other scalars count as values, not as text."""
        if isinstance(value, str):
            return len(value)
        if not isinstance(value, YMap | YList):
            return 0
        key = id(value)
        known = self.texts.get(key)
        if known is None:
            if isinstance(value, YMap):
                known = sum(len(name) + self._text(inner) for name, inner in value.items())
            else:
                known = sum(self._text(inner) for inner in value)
            self.texts[key] = known
        return known

    def _child(self, node: Node, depth: int) -> Any:
        """`_value`, in a file that may hold aliases.

        Nodes are built in the order they are written, so a node that starts no later than
        one built before it is an alias (`frontier` is the latest start built so far). A
        collection alias is known by its identity and charged in `_value`; a scalar alias
        is charged here, by the length of its text.
        """
        at = _mark(node)
        if node.__class__ is ScalarNode:
            if at > self.frontier:
                self.frontier = at
            else:
                self._repeat(len(node.value), node)
        elif at > self.frontier:
            self.frontier = at - 1  # a block collection starts where its first child does
        return self._value(node, depth)

    def _sequence(self, node: SequenceNode, depth: int) -> tuple[YList, int]:
        out = YList(pos_of(node))
        marks = out.marks
        sizes = self.sizes
        size = 1
        build = self._value if self.allowance is None else self._child
        for item in node.value:
            out.append(build(item, depth + 1))
            marks.append(_mark(item))
            size += sizes.get(id(item), 1)
        return out, size

    def _mapping(self, node: MappingNode, depth: int) -> tuple[YMap, int]:
        out = YMap(pos_of(node))
        size = 1
        merges: list[tuple[Node, Any]] = []
        watch = self.allowance is not None  # aliases are possible: see `_child`
        last = self.frontier  # kept in a local while the loop reads plain scalars
        for key_node, value_node in node.value:
            if watch:
                key_at = _mark(key_node)
                if key_at > last:
                    last = key_at
                elif key_node.__class__ is ScalarNode:  # an alias as a key: its text again
                    self._repeat(len(key_node.value), key_node)
            if key_node.tag == MERGE:
                self.frontier = last
                build = self._child if watch else self._value
                merges.extend(self._merge_sources(value_node, depth + 1, build))
                last = self.frontier
                continue
            if not isinstance(key_node, ScalarNode):
                line, column = pos_of(key_node)
                self.findings.append(
                    Finding(
                        "yaml/complex-key",
                        msg("yaml/complex-key"),
                        self.file,
                        line,
                        column,
                        hint=msg("yaml/complex-key.hint"),
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
                        msg("yaml/duplicate-key", key=name, first=first),
                        self.file,
                        line,
                        column,
                        hint=msg("yaml/duplicate-key.hint"),
                    )
                )
                continue
            if value_node.__class__ is ScalarNode and value_node.tag == PLAIN:
                try:  # the common case, without a call chain
                    out[name] = plain(value_node.value)
                except OutOfRange as exc:
                    self._out_of_range(value_node, exc)
                    out[name] = None
                if watch:
                    value_at = _mark(value_node)
                    if value_at > last:
                        last = value_at
                    else:  # an alias (`title: *t`): the same text again
                        self._repeat(len(value_node.value), value_node)
                size += 1
            elif watch:
                self.frontier = last
                out[name] = self._child(value_node, depth + 1)
                last = self.frontier
                size += self.sizes.get(id(value_node), 1)
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
        self.frontier = last
        for source, value in merges:
            size += self._merge(out, source, value)
        return out, size

    def _merge_sources(
        self, source: Node, depth: int, build: Callable[[Node, int], Any]
    ) -> list[tuple[Node, Any]]:
        """The mappings a merge key (<<) names, built in the order they are written."""
        if not isinstance(source, SequenceNode):
            return [(source, build(source, depth))]
        return [(item, build(item, depth + 1)) for item in source.value]

    def _merge(self, out: YMap, source: Node, value: Any) -> int:
        """Merge a mapping into `out`; its whole size counts, so merges cannot hide a bomb."""
        if not isinstance(value, YMap):
            raise self._fail("yaml/syntax", msg("yaml/syntax.merge"), source)
        for name, inner in value.items():
            if name not in out:
                out[name] = inner
                out.marks[name] = value.marks[name]
        return self.sizes.get(id(source), 1)
