"""Read YAML plan files once, keeping the line and column of every key and value.

PyYAML's C parser composes the node graph; `source.build` turns nodes into plain
Python values itself instead of running PyYAML's constructor, for three reasons:

* positions: every mapping and list remembers where its keys and items are
  (`source.nodes`);
* meaning: scalars follow YAML 1.2 rules (`source.scalars`);
* safety: tags are never constructed, duplicate keys and alias bombs become
  findings, and nesting depth is bounded (`source.build`).

This module decodes the bytes, drives the parser and turns its errors into findings.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import yaml
from yaml.nodes import ScalarNode, SequenceNode

from prestatie.findings import Finding
from prestatie.i18n import Msg, msg
from prestatie.source.build import MAX_DEPTH, Abort, Builder, pos_of, text_allowance
from prestatie.source.nodes import Document, Pos, SourceFile
from prestatie.source.scalars import MAP, MERGE, PLAIN, SEQ, STR

try:  # pragma: no cover - depends on how PyYAML was built
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _Loader(_BaseLoader):
    """PyYAML's parser and composer, without its YAML 1.1 guessing of scalar types.

    PyYAML runs a row of regular expressions over every untagged scalar; this
    module reads plain scalars itself (`_plain`), so the parser only marks them.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                return MERGE if value == "<<" else PLAIN
            return STR
        return SEQ if kind is SequenceNode else MAP


#: libyaml reports the offset of a bad character in UTF-8 bytes, PyYAML in characters.
_BYTE_OFFSETS = _BaseLoader.__name__.startswith("C")
#: The line breaks YAML counts (libyaml's marks count each as one line).
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

#: A file reports each yaml/ code at most this often; one more finding counts the rest
#: (`Finding.more`, counted in the summary), so that a file of a million empty documents
#: cannot flood the output or the memory.
MAX_REPEATS = 100

#: What libyaml says, by the name of its catalogue entry (`yaml/syntax.parser.<name>`):
#: problems, the context they were met in, and the reasons of the reader.
PARSER_WORDS: dict[str, str] = {
    "syntax error": "syntax-error",
    "mapping values are not allowed in this context": "mapping-values",
    "mapping keys are not allowed in this context": "mapping-keys",
    "block sequence entries are not allowed in this context": "block-sequence-entries",
    "found character that cannot start any token": "cannot-start-token",
    "found unexpected end of stream": "end-of-stream",
    "found unexpected ':'": "unexpected-colon",
    "found unexpected document indicator": "unexpected-document-indicator",
    "found a tab character that violates indentation": "tab-indentation",
    "found a tab character where an indentation space is expected": "tab-where-space",
    "found an indentation indicator equal to 0": "indentation-indicator-0",
    "found undefined alias": "undefined-alias",
    "found duplicate anchor; first occurrence": "duplicate-anchor",
    "second occurrence": "second-occurrence",
    "found unknown escape character": "unknown-escape",
    "found invalid Unicode character escape code": "invalid-escape-code",
    "found unknown directive name": "unknown-directive",
    "found undefined tag handle": "undefined-tag-handle",
    "found incompatible YAML document": "incompatible-yaml",
    "could not find expected ':'": "expected-colon",
    "did not find expected key": "expected-key",
    "did not find expected node content": "expected-node-content",
    "did not find expected '-' indicator": "expected-dash",
    "did not find expected ',' or ']'": "expected-comma-bracket",
    "did not find expected ',' or '}'": "expected-comma-brace",
    "did not find expected <document start>": "expected-document-start",
    "did not find the expected '>'": "expected-angle",
    "did not find expected comment or line break": "expected-line-break",
    "did not find expected whitespace or line break": "expected-whitespace-or-break",
    "did not find expected whitespace": "expected-whitespace",
    "did not find expected alphabetic or numeric character": "expected-alphanumeric",
    "did not find expected hexdecimal number": "expected-hex",
    "while scanning for the next token": "scanning-next-token",
    "while scanning a simple key": "scanning-simple-key",
    "while scanning a plain scalar": "scanning-plain",
    "while scanning a quoted scalar": "scanning-quoted",
    "while parsing a quoted scalar": "scanning-quoted",
    "while scanning a block scalar": "scanning-block-scalar",
    "while scanning a directive": "scanning-directive",
    "while scanning a tag": "scanning-tag",
    "while parsing a tag": "scanning-tag",
    "while scanning an anchor": "scanning-anchor",
    "while scanning an alias": "scanning-alias",
    "while parsing a block mapping": "parsing-block-mapping",
    "while parsing a block collection": "parsing-block-collection",
    "while parsing a flow sequence": "parsing-flow-sequence",
    "while parsing a flow mapping": "parsing-flow-mapping",
    "while parsing a block node": "parsing-node",
    "while parsing a flow node": "parsing-node",
    "while parsing a node": "parsing-node",
    "control characters are not allowed": "control-characters",
    "special characters are not allowed": "control-characters",
    "invalid leading UTF-8 octet": "invalid-utf8",
    "invalid trailing UTF-8 octet": "invalid-utf8",
    "invalid length of a UTF-8 sequence": "invalid-utf8",
    "incomplete UTF-8 octet sequence": "incomplete-utf8",
    "invalid Unicode character": "invalid-unicode",
}


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
            msg("yaml/encoding.nul"),
            file,
            1,
            1,
            hint=msg("yaml/encoding.hint"),
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
        msg("yaml/encoding", encoding=name, byte=f"0x{raw[exc.start]:02x}"),
        file,
        line,
        column,
        hint=msg("yaml/encoding.hint"),
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
                        msg("source.more-findings", count=count - MAX_REPEATS),
                        self.file,
                        0,
                        0,
                        hint=msg("common.fix-first", count=MAX_REPEATS),
                        more=count - MAX_REPEATS,
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
            Finding("yaml/encoding", msg("yaml/encoding.surrogate"), file, line, column)
        )
        return source
    index = 0
    lines: list[str] | None = None
    found = _Findings(file)
    # Shared by the file's documents, so that many small documents cannot add up either.
    allowance = text_allowance(text)
    try:
        while loader.check_node():
            node = loader.get_node()
            index += 1
            if node is None:  # pragma: no cover - check_node said there is one
                break
            pos = pos_of(node)
            if isinstance(node, ScalarNode) and node.value == "" and node.tag == PLAIN:
                lines = lines if lines is not None else _BREAK.split(text)
                line, column = _document_start(lines, pos)
                found.append(
                    Finding("yaml/empty", msg("yaml/empty", index=index), file, line, column)
                )
                continue
            builder = Builder(file, found, allowance)
            try:
                data = builder.build(node)
            except Abort:
                continue
            source.documents.append(Document(file, index, data, pos, frozenset(builder.unread)))
    except yaml.MarkedYAMLError as exc:
        found.append(_syntax_finding(exc, text, file))
    except yaml.YAMLError as exc:  # ReaderError and friends: bad characters
        found.append(_reader_finding(exc, text, file))
    except RecursionError:
        found.append(
            Finding(
                "yaml/too-deep",
                msg("yaml/too-deep.file"),
                file,
                1,
                1,
                hint=msg("yaml/too-deep.file.hint", max=MAX_DEPTH),
            )
        )
    finally:
        loader.dispose()
    if index == 0 and not found:
        found.append(Finding("yaml/empty", msg("yaml/empty.file"), file, 1, 1))
    source.findings = found.result()
    return source


def _document_start(lines: list[str], pos: Pos) -> Pos:
    """An empty document is reported at its `---`, not at the token after it."""
    last = pos[0] if pos[1] > 1 else pos[0] - 1  # the token at `pos` is not part of it
    for number in range(min(last, len(lines)), 0, -1):
        if lines[number - 1].startswith("---"):
            return (number, 1)
    return pos


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
            msg("yaml/too-deep", max=MAX_DEPTH),
            file,
            line,
            column,
            hint=msg("yaml/too-deep.hint"),
        )
    if exc.context and exc.context_mark is not None:
        message = msg(
            "yaml/syntax.context",
            problem=parser_words(problem),
            context=parser_words(exc.context),
            line=exc.context_mark.line + 1,
        )
    else:
        message = msg("yaml/syntax", problem=parser_words(problem))
    hint = None
    if "\t" in problem or "tab" in problem or _char_at(text, line, column) == "\t":
        hint = msg("yaml/syntax.tab.hint")
    elif "mapping values are not allowed" in problem:
        hint = msg("yaml/syntax.colon.hint")
    return Finding("yaml/syntax", message, file, line, column, hint=hint)


def parser_words(text: str) -> Msg:
    """What the YAML parser said, in the run's language where the catalogue knows it."""
    name = PARSER_WORDS.get(text)
    if name is not None:
        return msg(f"yaml/syntax.parser.{name}")
    return msg("yaml/syntax.parser", text=text)


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
        msg("yaml/syntax.character", reason=parser_words(str(reason))),
        file,
        line,
        column,
        hint=msg("yaml/syntax.character.hint"),
    )
