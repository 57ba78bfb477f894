"""The JSON Schemas of the plan format, and checking documents against them.

Every document is checked by a validator compiled once per kind from the
shipped schemas (a small compiler for the keywords the schemas use). Only a
document that fails is handed to python-jsonschema, which explains why in
detail. Valid plans - nearly every document of a real plan - never pay for
jsonschema's import or its generic machinery.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

from prestatie.errors import PrestatieError
from prestatie.format.periods import FORMATS
from prestatie.i18n import msg
from prestatie.source.data import data_dir
from prestatie.source.reading import os_reason

KINDS: tuple[str, ...] = (
    "plan",
    "mission",
    "analysis",
    "goal",
    "goals",
    "okr",
    "ogsm",
    "scorecard",
    "person",
    "reward-policy",
    "function-profile",
)
SCHEMA_FILES: tuple[str, ...] = ("common", *KINDS)
ID_BASE = "https://prestatie.dev/schemas/v1/"

Check = Callable[[Any], bool]


@cache
def load_all() -> Mapping[str, dict[str, Any]]:
    """Every shipped schema by file stem (``goal``, ``common``...)."""
    folder = data_dir("schemas")
    out: dict[str, dict[str, Any]] = {}
    for stem in SCHEMA_FILES:
        path = folder / f"{stem}.schema.json"
        try:
            out[stem] = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise PrestatieError(
                msg("format.broken-schema", path=str(path), reason=os_reason(exc))
            ) from exc
        except ValueError as exc:
            raise PrestatieError(
                msg("format.broken-schema", path=str(path), reason=str(exc))
            ) from exc
    return out


def by_uri() -> dict[str, dict[str, Any]]:
    return {schema["$id"]: schema for schema in load_all().values()}


@cache
def fast_check(kind: str) -> Check | None:
    """A compiled yes/no validator for a kind; None when the schema needs jsonschema."""
    try:
        return _Compiler(by_uri()).compile_root(load_all()[kind])
    except _Unsupported:
        return None


@cache
def detailed_validator(kind: str) -> Any:
    """python-jsonschema's validator for a kind, built once per run."""
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource

    checker = FormatChecker(formats=())
    for name, problem in FORMATS.items():
        checker.checks(name)(_format_check(problem))

    registry: Registry[Any] = Registry().with_resources(
        (uri, Resource.from_contents(schema)) for uri, schema in by_uri().items()
    )
    return Draft202012Validator(load_all()[kind], registry=registry, format_checker=checker)


def _format_check(problem: Callable[[Any], Any]) -> Check:
    return lambda v: problem(v) is None


def is_valid(kind: str, instance: Any) -> bool:
    check = fast_check(kind)
    if check is not None:
        return check(instance)
    return not any(True for _ in detailed_validator(kind).iter_errors(instance))


def iter_errors(kind: str, instance: Any) -> Iterator[Any]:
    yield from detailed_validator(kind).iter_errors(instance)


# --------------------------------------------------------------------------- compiler


class _Unsupported(Exception):
    pass


_ANNOTATIONS = frozenset(
    (
        "$schema",
        "$id",
        "$defs",
        "$comment",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "markdownDescription",
    )
)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    "integer": lambda v: _is_number(v) and (isinstance(v, int) or float(v).is_integer()),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return (
        bool(a == b)
        and type(a) in (int, float, str, type(None))
        and (_is_number(a) == _is_number(b))
    )


class _Compiler:
    def __init__(self, schemas: Mapping[str, dict[str, Any]]) -> None:
        self.schemas = schemas
        self.refs: dict[str, list[Check]] = {}

    def compile_root(self, schema: dict[str, Any]) -> Check:
        return self.compile(schema, str(schema["$id"]))

    def _resolve(self, ref: str, base: str) -> tuple[dict[str, Any], str]:
        uri, _, pointer = ref.partition("#")
        if not uri:
            uri = base
        elif "://" not in uri:
            uri = base.rsplit("/", 1)[0] + "/" + uri
        if uri not in self.schemas:
            raise _Unsupported(ref)
        node: Any = self.schemas[uri]
        for part in filter(None, pointer.split("/")):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node, uri

    def _ref(self, ref: str, base: str) -> Check:
        target, uri = self._resolve(ref, base)
        key = f"{uri}#{ref.partition('#')[2]}"
        if key not in self.refs:
            cell: list[Check] = []
            self.refs[key] = cell
            cell.append(self.compile(target, uri))
        cell = self.refs[key]
        return lambda v: cell[0](v)

    def compile(self, schema: Any, base: str) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise _Unsupported(repr(schema))
        checks = [
            self._keyword(key, value, schema, base)
            for key, value in schema.items()
            if key not in _ANNOTATIONS and key not in _HANDLED_BY_PROPERTIES
        ]
        if "properties" not in schema and (
            "additionalProperties" in schema or "patternProperties" in schema
        ):
            checks.append(self._properties(schema, base))
        return _all_of([c for c in checks if c is not _always])

    def _keyword(self, key: str, value: Any, schema: dict[str, Any], base: str) -> Check:
        if key == "$ref":
            return self._ref(value, base)
        if key == "type":
            return _type_check([value] if isinstance(value, str) else list(value))
        if key == "enum":
            return _enum_check(list(value))
        if key == "const":
            return _enum_check([value])
        if key == "anyOf":
            return _any_of([self.compile(s, base) for s in value])
        if key == "allOf":
            return _all_of([self.compile(s, base) for s in value])
        if key == "oneOf":
            return _one_of([self.compile(s, base) for s in value])
        if key == "not":
            return _negate(self.compile(value, base))
        if key == "required":
            return _required(list(value))
        if key == "properties":
            return self._properties(schema, base)
        if key == "items" or (key == "prefixItems" and "items" not in schema):
            return self._items(schema, base)
        if key == "prefixItems":
            return _always
        if key in ("minItems", "maxItems"):
            return _size_check(list, key == "minItems", int(value))
        if key in ("minLength", "maxLength"):
            return _size_check(str, key == "minLength", int(value))
        if key == "uniqueItems":
            return _unique if value else _always
        if key == "pattern":
            return _pattern(re.compile(value))
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            return _bound(key, value)
        if key == "format":
            # Formats of our own are checked; any other is an annotation for editors.
            problem = FORMATS.get(value)
            return _always if problem is None else _format_check(problem)
        raise _Unsupported(key)

    def _properties(self, schema: dict[str, Any], base: str) -> Check:
        props = {k: self.compile(s, base) for k, s in schema.get("properties", {}).items()}
        patterns = [
            (re.compile(p).search, self.compile(s, base))
            for p, s in schema.get("patternProperties", {}).items()
        ]
        extra_schema = schema.get("additionalProperties", True)
        extra = self.compile(extra_schema, base)

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            for key, value in v.items():
                sub = props.get(key)
                if sub is not None:
                    if not sub(value):
                        return False
                    continue
                matched = False
                for search, pattern_check in patterns:
                    if search(key):
                        matched = True
                        if not pattern_check(value):
                            return False
                if not matched and not extra(value):
                    return False
            return True

        return check

    def _items(self, schema: dict[str, Any], base: str) -> Check:
        prefix = [self.compile(s, base) for s in schema.get("prefixItems", [])]
        rest = self.compile(schema["items"], base) if "items" in schema else None

        def check(v: Any) -> bool:
            if not isinstance(v, list):
                return True
            for index, item in enumerate(v):
                if index < len(prefix):
                    if not prefix[index](item):
                        return False
                elif rest is not None and not rest(item):
                    return False
            return True

        return check


_HANDLED_BY_PROPERTIES = frozenset(("additionalProperties", "patternProperties"))


def _always(v: Any) -> bool:
    return True


def _never(v: Any) -> bool:
    return False


def _all_of(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    if len(checks) == 3:
        a, b, c = checks
        return lambda v: a(v) and b(v) and c(v)
    return lambda v: all(c(v) for c in checks)


def _any_of(checks: list[Check]) -> Check:
    return lambda v: any(c(v) for c in checks)


def _one_of(checks: list[Check]) -> Check:
    return lambda v: sum(1 for c in checks if c(v)) == 1


def _negate(check: Check) -> Check:
    return lambda v: not check(v)


def _type_check(names: list[str]) -> Check:
    tests = [_TYPES[n] for n in names]
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(t(v) for t in tests)


def _enum_check(options: list[Any]) -> Check:
    if all(isinstance(option, str) for option in options):
        allowed = frozenset(options)  # the common case: a set lookup, no JSON equality
        return lambda v: isinstance(v, str) and v in allowed
    return lambda v: any(_json_equal(v, option) for option in options)


def _required(names: list[str]) -> Check:
    return lambda v: not isinstance(v, dict) or all(name in v for name in names)


def _size_check(kind: type[list[Any]] | type[str], at_least: bool, bound: int) -> Check:
    def check(v: Any) -> bool:
        if not isinstance(v, kind):
            return True
        return len(v) >= bound if at_least else len(v) <= bound

    return check


def _pattern(regex: re.Pattern[str]) -> Check:
    search = regex.search
    return lambda v: not isinstance(v, str) or search(v) is not None


def _unique(v: Any) -> bool:
    if not isinstance(v, list):
        return True
    for i, a in enumerate(v):
        for b in v[i + 1 :]:
            if _json_equal(a, b):
                return False
    return True


def _bound(key: str, limit: float) -> Check:
    def check(v: Any) -> bool:
        if not _is_number(v):
            return True
        if key == "minimum":
            return bool(v >= limit)
        if key == "maximum":
            return bool(v <= limit)
        if key == "exclusiveMinimum":
            return bool(v > limit)
        return bool(v < limit)

    return check
