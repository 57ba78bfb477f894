"""Read YAML plan files once, keeping the line and column of every key and value.

PyYAML's C parser composes the node graph; this module turns nodes into plain
Python values itself instead of running PyYAML's constructor, for three reasons:

* positions: every mapping and list remembers where its keys and items are;
* meaning: scalars follow YAML 1.2 rules, so ``no`` stays a word, ``010`` stays
  the text "010", ``12:30`` stays "12:30" and dates stay ISO strings;
* safety: tags are never constructed, duplicate keys and alias bombs become
  findings, and nesting depth is bounded.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from sys import intern
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from prestatie.findings import Finding

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TAG = "tag:yaml.org,2002:"
#: The tag of an untagged plain scalar: this module gives it its YAML 1.2 meaning.
_PLAIN = "!prestatie/plain"
_STR = f"{_TAG}str"
_SEQ = f"{_TAG}seq"
_MAP = f"{_TAG}map"
_MERGE = f"{_TAG}merge"


class _Loader(_BaseLoader):
    """PyYAML's parser and composer, without its YAML 1.1 guessing of scalar types.

    PyYAML runs a row of regular expressions over every untagged scalar; this
    module reads plain scalars itself (`_plain`), so the parser only marks them.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                return _MERGE if value == "<<" else _PLAIN
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


#: libyaml reports the offset of a bad character in UTF-8 bytes, PyYAML in characters.
_BYTE_OFFSETS = _BaseLoader.__name__.startswith("C")
#: The line breaks YAML counts (libyaml's marks count each as one line).
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

Pos = tuple[int, int]

MAX_DEPTH = 100
#: A file reports each yaml/ code at most this often; one more finding counts the rest,
#: so that a file of a million empty documents cannot flood the output or the memory.
MAX_REPEATS = 100
#: Aliases may repeat content, but the expanded document may not grow by more
#: than this many nodes beyond what was written (the "billion laughs" guard).
ALIAS_EXPANSION_LIMIT = 10_000

_SCALAR_TAGS = {f"{_TAG}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_KNOWN_TAGS = (
    _SCALAR_TAGS
    | {_PLAIN}
    | {f"{_TAG}{t}" for t in ("map", "seq", "set", "omap", "pairs", "merge", "binary", "value")}
)
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")
# YAML 1.2 core schema floats (plus the underscores YAML 1.1 allowed in numbers).
_FLOAT = re.compile(r"[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
#: Longer digit strings stay text: Python refuses to convert them (and no plan needs them).
_MAX_DIGITS = 4000


def _pack(line: int, column: int) -> int:
    return line << 32 | column


def _unpack(mark: int) -> Pos:
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
        return self.pos if mark is None else _unpack(mark >> 64)

    def value_pos(self, key: str) -> Pos:
        mark = self.marks.get(key)
        return self.pos if mark is None else _unpack(mark & 0xFFFFFFFFFFFFFFFF)


class YList(list[Any]):
    """A list that knows where it and each of its items were written."""

    __slots__ = ("marks", "pos")

    def __init__(self, pos: Pos) -> None:
        super().__init__()
        self.pos = pos
        self.marks: list[int] = []

    def item_pos(self, index: int) -> Pos:
        if 0 <= index < len(self.marks):
            return _unpack(self.marks[index])
        return self.pos


@dataclass(slots=True)
class Document:
    """One YAML document of a plan file."""

    file: str
    index: int
    data: Any
    pos: Pos


@dataclass(slots=True)
class SourceFile:
    """A parsed file: its documents and the findings met while reading it."""

    file: str
    documents: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lines: int = 0


def decode(raw: bytes, file: str) -> tuple[str | None, Finding | None]:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16/32 with a BOM."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), None
            except UnicodeDecodeError as exc:
                return None, _encoding_finding(raw, exc, file, codec)
    if b"\x00" in raw[:4]:
        # How YAML recognises UTF-16/32 without a byte-order mark (or a binary file).
        return None, Finding(
            "yaml/encoding",
            "the file is not UTF-8 text: it starts with NUL bytes "
            "(UTF-16 or UTF-32 without a byte-order mark, or a binary file)",
            file,
            1,
            1,
            hint="save the file as UTF-8",
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, _encoding_finding(raw, exc, file, "utf-8")


def _encoding_finding(raw: bytes, exc: UnicodeDecodeError, file: str, codec: str) -> Finding:
    # Everything before the bad byte decodes: count lines and columns in characters.
    before = raw[: exc.start].decode(codec, errors="replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    name = codec.upper().removesuffix("-SIG")
    return Finding(
        "yaml/encoding",
        f"the file is not valid {name}: byte 0x{raw[exc.start]:02x} cannot be decoded",
        file,
        line,
        column,
        hint="save the file as UTF-8",
    )


class _Findings:
    """The findings met while reading one file, at most MAX_REPEATS of each code."""

    __slots__ = ("counts", "file", "kept")

    def __init__(self, file: str) -> None:
        self.file = file
        self.kept: list[Finding] = []
        self.counts: dict[str, int] = {}

    def append(self, finding: Finding) -> None:
        count = self.counts.get(finding.code, 0) + 1
        self.counts[finding.code] = count
        if count <= MAX_REPEATS:
            self.kept.append(finding)

    def __bool__(self) -> bool:
        return bool(self.counts)

    def result(self) -> list[Finding]:
        out = self.kept
        for code, count in self.counts.items():
            if count > MAX_REPEATS:
                out.append(
                    Finding(
                        code,
                        f"{count - MAX_REPEATS:,} more findings like these in this file "
                        "are not listed",
                        self.file,
                        0,
                        0,
                        hint=f"fix the first {MAX_REPEATS} and run again",
                    )
                )
        return out


def parse_text(text: str, file: str) -> SourceFile:
    """Parse every document of one file. Never raises for bad input."""
    source = SourceFile(file, lines=text.count("\n") + 1)
    try:
        loader = _Loader(text)
    except UnicodeEncodeError as exc:  # lone surrogates: only from callers, never from decode()
        line = text.count("\n", 0, exc.start) + 1
        column = exc.start - (text.rfind("\n", 0, exc.start) + 1) + 1
        source.findings.append(
            Finding("yaml/encoding", "the text holds a lone surrogate", file, line, column)
        )
        return source
    index = 0
    lines: list[str] | None = None
    found = _Findings(file)
    try:
        while loader.check_node():
            node = loader.get_node()
            index += 1
            if node is None:  # pragma: no cover - check_node said there is one
                break
            pos = _pos(node)
            if isinstance(node, ScalarNode) and node.value == "" and node.tag == _PLAIN:
                lines = lines if lines is not None else _BREAK.split(text)
                line, column = _document_start(lines, pos)
                found.append(
                    Finding("yaml/empty", f"document {index} is empty", file, line, column)
                )
                continue
            builder = _Builder(file, found)
            try:
                data = builder.build(node)
            except _Abort:
                continue
            source.documents.append(Document(file, index, data, pos))
    except yaml.MarkedYAMLError as exc:
        found.append(_syntax_finding(exc, text, file))
    except yaml.YAMLError as exc:  # ReaderError and friends: bad characters
        found.append(_reader_finding(exc, text, file))
    except RecursionError:
        found.append(
            Finding(
                "yaml/too-deep",
                "the file nests too deeply to be read",
                file,
                1,
                1,
                hint=f"plan files need no more than a few levels; at most {MAX_DEPTH} are read",
            )
        )
    finally:
        loader.dispose()
    if index == 0 and not found:
        found.append(Finding("yaml/empty", "the file holds no YAML document", file, 1, 1))
    source.findings = found.result()
    return source


def _document_start(lines: list[str], pos: Pos) -> Pos:
    """An empty document is reported at its `---`, not at the token after it."""
    last = pos[0] if pos[1] > 1 else pos[0] - 1  # the token at `pos` is not part of it
    for number in range(min(last, len(lines)), 0, -1):
        if lines[number - 1].startswith("---"):
            return (number, 1)
    return pos


def _pos(node: Node) -> Pos:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _mark(node: Node) -> int:
    mark = node.start_mark
    return (mark.line + 1) << 32 | (mark.column + 1)


def _syntax_finding(exc: yaml.MarkedYAMLError, text: str, file: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    at_end = exc.problem_mark is not None and exc.problem_mark.index >= len(text.rstrip())
    if exc.context_mark is not None and (at_end or "end of stream" in (exc.problem or "")):
        mark = exc.context_mark  # an unclosed quote or bracket: point at where it opens
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = exc.problem or "syntax error"
    if "maximum nesting depth" in problem:  # libyaml stops at 1,000 levels
        return Finding(
            "yaml/too-deep",
            f"values nested more than {MAX_DEPTH} levels deep",
            file,
            line,
            column,
            hint="plan files need no more than a few levels of nesting",
        )
    message = problem
    if exc.context and exc.context_mark is not None:
        message = f"{problem} ({exc.context} on line {exc.context_mark.line + 1})"
    hint = None
    if "\t" in problem or "tab" in problem or _char_at(text, line, column) == "\t":
        hint = "YAML indents with spaces, never with tabs"
    elif "mapping values are not allowed" in problem:
        hint = "quote a value that contains ': ' or check the indentation of this line"
    return Finding("yaml/syntax", message, file, line, column, hint=hint)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line)
    if line - 1 < len(lines) and 0 < column <= len(lines[line - 1]):
        return lines[line - 1][column - 1]
    return ""


def _reader_finding(exc: yaml.YAMLError, text: str, file: str) -> Finding:
    position = int(getattr(exc, "position", 0) or 0)
    if _BYTE_OFFSETS:
        before = text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "replace")
    else:  # pragma: no cover - PyYAML without libyaml
        before = text[:position]
    position = len(before)
    line = before.count("\n") + 1
    column = position - (before.rfind("\n") + 1) + 1
    reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
    return Finding(
        "yaml/syntax",
        f"unacceptable character in the file: {reason}",
        file,
        line,
        column,
        hint="remove control characters (such as NUL) from the file",
    )


class _Abort(Exception):
    """Stop building this document; a finding has been recorded."""


class _Builder:
    """Turns one composed document into YMap / YList / scalars."""

    __slots__ = ("budget", "file", "findings", "heights", "in_progress", "memo", "sizes")

    def __init__(self, file: str, findings: _Findings) -> None:
        self.file = file
        self.findings = findings
        self.memo: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        #: How many levels each built value nests below itself (0 for a scalar).
        self.heights: dict[int, int] = {}
        self.in_progress: set[int] = set()
        self.budget = ALIAS_EXPANSION_LIMIT

    def build(self, node: Node) -> Any:
        return self._value(node, 0)

    def _fail(self, code: str, message: str, node: Node, hint: str | None = None) -> _Abort:
        line, column = _pos(node)
        self.findings.append(Finding(code, message, self.file, line, column, hint=hint))
        return _Abort()

    def _value(self, node: Node, depth: int) -> Any:
        if isinstance(node, ScalarNode):
            # Scalars are rebuilt when aliased: cheap, bounded by the text, never a bomb.
            if node.tag not in _KNOWN_TAGS:
                self._unknown_tag(node)
            return _scalar(node)
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
        if node.tag not in _KNOWN_TAGS:
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
                *_pos(node),
                hint="remove the tag; plan files use plain YAML values",
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

    def _too_deep(self, node: Node) -> _Abort:
        return self._fail(
            "yaml/too-deep",
            f"values nested more than {MAX_DEPTH} levels deep",
            node,
            hint="plan files need no more than a few levels of nesting",
        )

    def _sequence(self, node: SequenceNode, depth: int) -> tuple[YList, int]:
        out = YList(_pos(node))
        marks = out.marks
        sizes = self.sizes
        size = 1
        for item in node.value:
            out.append(self._value(item, depth + 1))
            marks.append(_mark(item))
            size += sizes.get(id(item), 1)
        return out, size

    def _mapping(self, node: MappingNode, depth: int) -> tuple[YMap, int]:
        out = YMap(_pos(node))
        size = 1
        merges: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                line, column = _pos(key_node)
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
                line, column = _pos(key_node)
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
            if value_node.__class__ is ScalarNode and value_node.tag == _PLAIN:
                out[name] = _plain(value_node.value)  # the common case, without a call chain
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


_NUMBER_START = frozenset("0123456789+-.")
_BOOLS = {"true": True, "false": False}


def _plain(text: str) -> Any:
    """An untagged plain scalar, read by YAML 1.2 rules (see the README's table)."""
    if not text or text in _NULLS:
        return None
    if text[0] in _NUMBER_START:
        if _INT.match(text):
            return _int(text)
        if ("." in text or "e" in text or "E" in text) and _FLOAT.match(text):
            return float(text.replace("_", ""))
        return text  # 010, 12:30, 2026-01-15, 0x1F: kept as written
    if len(text) in (4, 5):
        flag = _BOOLS.get(text.lower())
        if flag is not None:
            return flag
    # Short words (units, levels, directions, owners) repeat across a plan: share them.
    return intern(text) if len(text) <= 24 else text


def _scalar(node: ScalarNode) -> Any:
    text: str = node.value
    tag = node.tag
    if tag == _PLAIN:
        return _plain(text)
    if node.style or tag == _STR:  # quoted, block, or explicitly `!!str`: text
        return text
    if tag == f"{_TAG}null":
        return None if text in _NULLS else text
    if tag == f"{_TAG}bool":
        lowered = text.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        return text
    if tag == f"{_TAG}int":
        return _int(text)
    if tag == f"{_TAG}float":
        if _FLOAT.match(text):
            return float(text.replace("_", ""))
        return _int(text)
    return text


def _int(text: str) -> int | str:
    if _INT.match(text) and len(text) <= _MAX_DIGITS:
        return int(text.replace("_", ""))
    return text


def iter_maps(value: Any) -> Iterator[YMap]:
    """Every mapping inside a value, depth first (used by robustness tests)."""
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, YMap):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
