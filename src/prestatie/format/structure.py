"""Structural findings: each document against its kind's schema (`schema/` codes).

A number out of range was reported where the file was read and is null in the document
(`Document.unread`); the schema says nothing more about it.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from prestatie.findings import Finding
from prestatie.format import periods, schemas
from prestatie.i18n import Msg, catalogue, msg
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
        if isinstance(data, list):
            message = msg("schema/invalid.list-document", index=doc.index)
        else:
            message = msg("schema/invalid.value-document", index=doc.index, value=_scalar(data))
        findings.append(
            Finding(
                "schema/invalid",
                message,
                doc.file,
                *doc.pos,
                hint=msg("schema/invalid.document.hint"),
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
                msg("schema/unknown-kind.missing", index=doc.index),
                doc.file,
                *doc.pos,
                hint=msg("schema/unknown-kind.missing.hint", kinds=schemas.KINDS),
            )
        )
        return None
    close = (
        difflib.get_close_matches(str(kind), schemas.KINDS, n=1) if isinstance(kind, str) else []
    )
    findings.append(
        Finding(
            "schema/unknown-kind",
            msg("schema/unknown-kind", kind=_scalar(kind)),
            doc.file,
            *data.value_pos("kind"),
            hint=msg("common.did-you-mean", value=close[0])
            if close
            else msg("schema/unknown-kind.hint", kinds=schemas.KINDS),
        )
    )
    return None


def check_document(doc: Document, kind: str) -> list[Finding]:
    if schemas.is_valid(kind, doc.data):
        return []
    out: list[Finding] = []
    seen: set[tuple[str, int, int, Msg]] = set()
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
        more = "-at-least" if stopped else ""
        if code == "schema/unknown-key":
            message = msg(f"schema/unknown-key.more{more}", count=count)
        else:
            message = msg(f"schema/invalid.more{more}", count=count)
        out.append(
            Finding(
                code,
                message,
                doc.file,
                *doc.pos,
                hint=msg("common.fix-first", count=MAX_ERRORS_PER_DOCUMENT),
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
    if error.validator == "additionalProperties" and isinstance(error.instance, YMap):
        allowed = list(error.schema.get("properties", {}))
        patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
        for key in error.instance:
            if key in allowed or any(p.search(key) for p in patterns):
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            line, column = error.instance.key_pos(key)
            yield Finding(
                "schema/unknown-key",
                msg(f"schema/unknown-key{_variant(item, where)}", key=key, item=item, path=where),
                doc.file,
                line,
                column,
                hint=msg("common.did-you-mean", value=close[0])
                if close
                else msg("schema/unknown-key.hint", allowed=allowed[:20]),
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
        variant = _variant(item, where)
        message = msg(f"schema/invalid.required{variant}", key=name, item=item, path=where)
    elif problem is not None:
        message = msg("schema/invalid.format", **_place(item, where), problem=problem[1])
    else:
        message, better = _explain(error, _place(item, where))
        hint = better or hint
    yield Finding("schema/invalid", message, doc.file, line, column, hint=hint, item=item)


def _variant(item: str | None, where: str) -> str:
    """The variant of a message about a key: with the item it belongs to (`.item`), the
    path it sits at (`.in`), both (`.item-in`) or neither."""
    if item:
        return ".item-in" if where else ".item"
    return ".in" if where else ""


def _place(item: str | None, where: str) -> dict[str, Any]:
    """Where a value sits, as the arguments of its message: `at` shows it (`SD-1:
    measures[0].target`, the path, the item, or the document); `item` and `path` keep
    the parts as data."""
    if item and where:
        at: str | Msg = msg("schema/invalid.at", item=item, path=where)
    else:
        at = where or item or msg("schema/invalid.at-document")
    return {"at": at, "item": item, "path": where}


def _explain(error: Any, place: dict[str, Any]) -> tuple[Msg, Msg | None]:
    """What is wrong with a value by the schema keyword it fails, and a better hint."""
    validator, expected, instance = error.validator, error.validator_value, error.instance
    if validator == "enum":
        options = [str(o) for o in expected]
        close = difflib.get_close_matches(str(instance), options, n=1)
        found = msg("schema/invalid.enum", **place, value=_scalar(instance), options=options)
        return found, msg("common.did-you-mean", value=close[0]) if close else None
    if validator == "type":
        names = expected if isinstance(expected, list) else [expected]
        found = msg(
            "schema/invalid.type",
            **place,
            expected=[msg(f"format.type.{name}") for name in names],
            found=_type_name(instance),
        )
        number = names[0] in ("number", "integer") and isinstance(instance, str)
        return found, msg("schema/invalid.type.number.hint") if number else None
    if validator in ("anyOf", "oneOf"):
        return msg("schema/invalid.not-valid-here", **place, value=_scalar(instance)), None
    if validator == "const":
        return msg("schema/invalid.const", **place, expected=_scalar(expected)), None
    if validator == "pattern":
        value = _scalar(instance)
        return msg("schema/invalid.pattern", **place, value=value, pattern=expected), None
    if validator in _LIMITS and isinstance(expected, int | float):
        variant = _LIMITS[validator]
        if validator in ("minLength", "minItems") and expected == 1:
            variant = "empty-text" if validator == "minLength" else "empty-list"
        shown = len(instance) if isinstance(instance, list) else _scalar(instance)
        return msg(f"schema/invalid.{variant}", **place, value=shown, limit=expected), None
    if validator == "uniqueItems":
        return msg("schema/invalid.not-unique", **place), None
    return msg("schema/invalid.other", **place, text=error.message), None


#: The variant of `schema/invalid` for a value outside a bound, by the schema keyword.
_LIMITS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "above",
    "exclusiveMaximum": "below",
    "minLength": "short",
    "maxLength": "long",
    "minItems": "few",
    "maxItems": "many",
}


def _describe_schema(error: Any) -> Msg | None:
    schema = error.schema if isinstance(error.schema, dict) else {}
    description = schema.get("description")
    if description is None and error.parent is not None and isinstance(error.parent.schema, dict):
        description = error.parent.schema.get("description")
    return describe(str(description)) if description else None


@cache
def describe(description: str) -> Msg:
    """A schema's description of a key, as a hint in the run's language.

    The catalogue holds each description with its Dutch under an id made from the
    English text (`format.describe.<digest>`, see `description_id`); one it does not
    hold yet is shown as the schema words it.
    """
    found = msg(f"format.describe.{_digest(description)}")
    if catalogue.entry(found.id) is None:
        return msg("format.description", text=description)
    return found


def description_id(description: str) -> str:
    """The catalogue id of a schema description: `format.describe.` and a digest of it."""
    return f"format.describe.{_digest(description)}"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]


def _type_name(value: Any) -> Msg:
    """What a value is, as a type error names it: `text 'x'`, `number 5`, `a list`."""
    if value is None:
        return msg("format.found.null")
    if isinstance(value, bool):
        return msg("format.found.boolean", value=str(value).lower())
    if isinstance(value, dict):
        return msg("format.found.object")
    if isinstance(value, list):
        return msg("format.found.array")
    if isinstance(value, int | float):
        return msg("format.found.number", value=value)
    return msg("format.found.string", value=str(value))


def _scalar(value: Any) -> object:
    """A value to quote in a message: a plain value as it is, anything else as its text."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


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
