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
from importlib import resources
from pathlib import Path
from typing import Any

from prestatie.errors import PrestatieError

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
)
SCHEMA_FILES: tuple[str, ...] = ("common", *KINDS)
ID_BASE = "https://prestatie.dev/schemas/v1/"

Check = Callable[[Any], bool]


def data_dir(name: str) -> Path:
    """A package data folder (schemas, templates), from a wheel or a source checkout."""
    packaged = resources.files("prestatie") / name
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parents[2] / name
    if source.is_dir():
        return source
    raise PrestatieError(f"package data folder {name!r} is missing; reinstall prestatie")


@cache
def load_all() -> Mapping[str, dict[str, Any]]:
    """Every shipped schema by file stem (``goal``, ``common``...)."""
    folder = data_dir("schemas")
    out: dict[str, dict[str, Any]] = {}
    for stem in SCHEMA_FILES:
        path = folder / f"{stem}.schema.json"
        try:
            out[stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PrestatieError(f"cannot read schema {path}: {exc}") from exc
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
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    registry: Registry[Any] = Registry().with_resources(
        (uri, Resource.from_contents(schema)) for uri, schema in by_uri().items()
    )
    return Draft202012Validator(load_all()[kind], registry=registry)


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
    return bool(a == b) and type(a) in (int, float, str, type(None)) and (
        _is_number(a) == _is_number(b)
    )


class _Compiler:
    def __init__(self, schemas: Mapping[str, dict[str, Any]]) -> None:
        self.schemas = schemas
        self.refs: dict[str, list[Check]] = {}

    def compile_root(self, schema: dict[str, Any]) -> Check:
        return self.compile(schema, str(schema["$id"]))

    def _resolve(self, ref: str, base: str) -> tuple[dict[str, Any], str]:
        uri, _, pointer = ref.partition("#")
        if uri:
            uri = uri if "://" in uri else base.rsplit("/", 1)[0] + "/" + uri
        else:
            uri = base
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

    def compile(self, schema: Any, base: str) -> Check:  # noqa: C901 - one branch per keyword
        if schema is True:
            return lambda v: True
        if schema is False:
            return lambda v: False
        if not isinstance(schema, dict):
            raise _Unsupported(repr(schema))
        checks: list[Check] = []
        for key, value in schema.items():
            if key in _ANNOTATIONS or key in ("additionalProperties", "patternProperties"):
                continue
            if key == "$ref":
                checks.append(self._ref(value, base))
            elif key == "type":
                names = [value] if isinstance(value, str) else list(value)
                tests = [_TYPES[n] for n in names]
                checks.append(lambda v, tests=tests: any(t(v) for t in tests))
            elif key == "enum":
                options = list(value)
                checks.append(lambda v, o=options: any(_json_equal(v, x) for x in o))
            elif key == "const":
                checks.append(lambda v, c=value: _json_equal(v, c))
            elif key in ("anyOf", "oneOf", "allOf"):
                subs = [self.compile(s, base) for s in value]
                if key == "anyOf":
                    checks.append(lambda v, s=subs: any(f(v) for f in s))
                elif key == "allOf":
                    checks.append(lambda v, s=subs: all(f(v) for f in s))
                else:
                    checks.append(lambda v, s=subs: sum(1 for f in s if f(v)) == 1)
            elif key == "not":
                sub = self.compile(value, base)
                checks.append(lambda v, s=sub: not s(v))
            elif key == "required":
                names = list(value)
                checks.append(lambda v, n=names: not isinstance(v, dict) or all(k in v for k in n))
            elif key == "properties":
                checks.append(self._properties(schema, base))
            elif key in ("items", "prefixItems"):
                if key == "items" or "items" not in schema:
                    checks.append(self._items(schema, base))
            elif key in ("minItems", "maxItems"):
                bound = int(value)
                if key == "minItems":
                    checks.append(lambda v, b=bound: not isinstance(v, list) or len(v) >= b)
                else:
                    checks.append(lambda v, b=bound: not isinstance(v, list) or len(v) <= b)
            elif key == "uniqueItems":
                if value:
                    checks.append(_unique)
            elif key in ("minLength", "maxLength"):
                bound = int(value)
                if key == "minLength":
                    checks.append(lambda v, b=bound: not isinstance(v, str) or len(v) >= b)
                else:
                    checks.append(lambda v, b=bound: not isinstance(v, str) or len(v) <= b)
            elif key == "pattern":
                search = re.compile(value).search
                checks.append(lambda v, s=search: not isinstance(v, str) or s(v) is not None)
            elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                checks.append(_bound(key, value))
            else:
                raise _Unsupported(key)
        if "properties" not in schema and (
            "additionalProperties" in schema or "patternProperties" in schema
        ):
            checks.append(self._properties(schema, base))
        if not checks:
            return lambda v: True
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(c(v) for c in checks)

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
