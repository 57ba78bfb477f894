"""Structural findings: each document against its kind's schema (`schema/` codes).

A number out of range was reported where the file was read and is null in the document
(`Document.unread`); the schema says nothing more about it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from prestatie.findings import Finding, quote
from prestatie.format import periods, schemas
from prestatie.source.nodes import Document, Pos, YList, YMap

#: A document lists at most this many schema findings; one more finding per code counts
#: the rest (`Finding.more`, counted in the summary).
MAX_ERRORS_PER_DOCUMENT = 50
#: Beyond those, findings are counted up to this many: jsonschema explains about ten
#: thousand errors a second, and a 10 MB file can hold a million.
MAX_COUNTED_PER_DOCUMENT = 10_000


def kind_of(doc: Document, findings: list[Finding]) -> str | None:
    """The document's kind, or None after reporting why it has none we know."""
    data = doc.data
    if data is None and doc.pos in doc.unread:
        return None
    if not isinstance(data, YMap):
        what = "a list" if isinstance(data, list) else f"the value {quote(data)}"
        findings.append(
            Finding(
                "schema/invalid",
                f"document {doc.index} is {what}, not a mapping with a `kind`",
                doc.file,
                *doc.pos,
                hint="every document is a mapping that starts with `kind: goal` (or another kind)",
            )
        )
        return None
    kind = data.get("kind")
    if kind in schemas.KINDS:
        return str(kind)
    if kind is None and data.value_pos("kind") in doc.unread:
        return None
    if "kind" not in data:
        findings.append(
            Finding(
                "schema/unknown-kind",
                f"document {doc.index} has no `kind`",
                doc.file,
                *doc.pos,
                hint="add `kind:` with one of: " + ", ".join(schemas.KINDS),
            )
        )
        return None
    close = (
        difflib.get_close_matches(str(kind), schemas.KINDS, n=1) if isinstance(kind, str) else []
    )
    findings.append(
        Finding(
            "schema/unknown-kind",
            f"unknown kind {quote(kind)}",
            doc.file,
            *data.value_pos("kind"),
            hint=f"did you mean {quote(close[0])}?"
            if close
            else "kinds: " + ", ".join(schemas.KINDS),
        )
    )
    return None


def check_document(doc: Document, kind: str) -> list[Finding]:
    if schemas.is_valid(kind, doc.data):
        return []
    out: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    unlisted: dict[str, int] = {}
    errors = schemas.iter_errors(kind, doc.data)
    counted = 0
    for error in errors:
        for finding in _findings(error, doc):
            key = (finding.code, finding.line, finding.column, finding.message)
            if key in seen:
                continue
            seen.add(key)
            if len(out) < MAX_ERRORS_PER_DOCUMENT:
                out.append(finding)
            else:
                unlisted[finding.code] = unlisted.get(finding.code, 0) + 1
                counted += 1
        if counted >= MAX_COUNTED_PER_DOCUMENT:
            break
    stopped = counted >= MAX_COUNTED_PER_DOCUMENT and next(errors, None) is not None
    for code, count in unlisted.items():
        what = "unknown keys" if code == "schema/unknown-key" else "schema errors"
        at_least = "at least " if stopped else ""
        out.append(
            Finding(
                code,
                f"and {at_least}{count:,} more {what} in this document are not listed",
                doc.file,
                *doc.pos,
                hint=f"fix the first {MAX_ERRORS_PER_DOCUMENT} and run again",
                more=count,
            )
        )
    return out


def _findings(error: Any, doc: Document) -> Iterable[Finding]:
    if error.validator in ("anyOf", "oneOf") and error.context:
        instance = error.instance
        if isinstance(instance, dict | list):
            from jsonschema.exceptions import best_match

            # A mapping fails the branches for other types only by its type: explain the
            # branch written for mappings (`{start: 2019-02-30, ...}` is a bad date, not
            # "expected integer").
            shaped = [e for e in error.context if e.validator != "type"] or error.context
            yield from _findings(best_match(shaped), doc)
            return
    path = list(error.absolute_path)
    problem = None
    if error.validator == "format" and error.validator_value in periods.FORMATS:
        problem = periods.FORMATS[error.validator_value](error.instance)
        if problem is not None and problem[0] is not None:
            path.append(problem[0])  # point at the key that is wrong (`end`, `due`)
    item = _item_id(doc.data, path)
    where = _describe(path)
    prefix = f"{item}: " if item else ""
    if error.validator == "additionalProperties" and isinstance(error.instance, YMap):
        allowed = list(error.schema.get("properties", {}))
        patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
        for key in error.instance:
            if key in allowed or any(p.search(key) for p in patterns):
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            line, column = error.instance.key_pos(key)
            place = f" in {where}" if where else ""
            yield Finding(
                "schema/unknown-key",
                f"{prefix}unknown key {quote(key)}{place}",
                doc.file,
                line,
                column,
                hint=f"did you mean {quote(close[0])}?"
                if close
                else "allowed here: " + ", ".join(allowed[:20]),
                item=item,
            )
        return
    line, column = _position(doc.data, path)
    if error.instance is None and (line, column) in doc.unread:
        return
    hint = _describe_schema(error)
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        place = f" in {where}" if where else ""
        message = f"{prefix}missing required key {quote(name)}{place}"
    elif error.validator == "enum":
        options = [str(o) for o in error.validator_value]
        close = difflib.get_close_matches(str(error.instance), options, n=1)
        message = f"{prefix}{where}: {quote(error.instance)} is not one of {', '.join(options)}"
        if close:
            hint = f"did you mean {quote(close[0])}?"
    elif error.validator == "type":
        expected = error.validator_value
        expected_text = " or ".join(expected) if isinstance(expected, list) else str(expected)
        message = f"{prefix}{where}: expected {expected_text}, found {_type_name(error.instance)}"
        if expected_text.startswith("number") and isinstance(error.instance, str):
            hint = "write the number without units or thousands separators, e.g. 1250000"
    elif problem is not None:
        message = f"{prefix}{where}: {problem[1]}"
    elif error.validator in ("anyOf", "oneOf"):
        message = f"{prefix}{where}: {_short(error.instance)} is not valid here"
    else:
        message = f"{prefix}{where}: {error.message}" if where else f"{prefix}{error.message}"
    yield Finding("schema/invalid", message, doc.file, line, column, hint=hint, item=item)


def _describe_schema(error: Any) -> str | None:
    schema = error.schema if isinstance(error.schema, dict) else {}
    description = schema.get("description")
    if description is None and error.parent is not None and isinstance(error.parent.schema, dict):
        description = error.parent.schema.get("description")
    return str(description) if description else None


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"number {value}"
    return f"text {_short(value)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _describe(path: list[Any]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _position(data: Any, path: list[Any]) -> Pos:
    node = data
    pos: Pos = data.pos if isinstance(data, YMap | YList) else (1, 1)
    for part in path:
        if isinstance(node, YMap) and part in node:
            pos = node.value_pos(part)
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            pos = node.item_pos(part)
            node = node[part]
        else:
            break
    return pos


def _item_id(data: Any, path: list[Any]) -> str | None:
    """The id of the innermost item on the path that has one."""
    found = None
    node = data
    for part in [None, *path]:
        if part is not None:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
        if isinstance(node, dict):
            value = node.get("id")
            if isinstance(value, str | int) and not isinstance(value, bool):
                found = str(value) if found is None else f"{found}/{value}"
    return found
