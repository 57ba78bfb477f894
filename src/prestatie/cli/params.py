"""Command-line values without pydantic, so that every command starts quickly.

The pinned typer (see pyproject.toml) turns each option's text into its Python value
through a pydantic `TypeAdapter`, and importing pydantic costs about 170 ms at every
start, more than checking a small plan. The commands use only plain types: text, flags,
whole and decimal numbers (with a minimum or maximum), paths, enumerations, and lists of
these. For those, `plain_runtime_param` gives the same values and refuses the same input
as typer would, with typer's own choice and path checks; any other annotation is left to
typer's own coercion. `install` puts it in typer's place; tests/test_cli.py checks that a
run of `validate` imports no pydantic, and the whole suite that every option still
parses as its help says.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

from typer import _coercion, core
from typer._click.exceptions import BadParameter
from typer._param_types import coerce_cli_choice, coerce_cli_path, lenient_issubclass

Leaf = Callable[[Any, Any, Any], Any]  # (value, param, ctx) -> the Python value

_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "f", "no", "n", "off", ""})


@dataclass(frozen=True)
class PlainRuntimeParam(_coercion.RuntimeParam):
    """One parameter's coercion: a leaf function, applied to each value of a list."""

    leaf: Leaf
    many: bool

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            if self.many:
                items = value if isinstance(value, (list, tuple)) else [value]
                return [self.leaf(item, param, ctx) for item in items]
            return self.leaf(value, param, ctx)
        except ValueError as exc:
            raise BadParameter(str(exc), ctx=ctx, param=param) from exc


def _text(value: Any, param: Any, ctx: Any) -> str:
    if isinstance(value, bytes):
        return value.decode(sys.getfilesystemencoding(), "replace")
    return str(value)


def _flag(value: Any, param: Any, ctx: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ValueError(f"{value!r} is not a valid boolean")


def _number(kind: type, low: float | None, high: float | None) -> Leaf:
    name = "integer" if kind is int else "number"

    def parse(value: Any, param: Any, ctx: Any) -> Any:
        try:
            number = kind(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a valid {name}") from None
        if isinstance(number, float) and not math.isfinite(number):
            raise ValueError(f"{value!r} is not a finite number")
        if low is not None and number < low:
            raise ValueError(f"{value} is smaller than the minimum, {low}")
        if high is not None and number > high:
            raise ValueError(f"{value} is larger than the maximum, {high}")
        return number

    return parse


def _path(kind: type, info: Any) -> Leaf:
    def parse(value: Any, param: Any, ctx: Any) -> Any:
        path: Any = value if isinstance(value, kind) else kind(_text(value, param, ctx))
        return coerce_cli_path(path, info, path_type=kind, param=param, ctx=ctx)

    return parse


def _choice(kind: type[Enum], case_sensitive: bool) -> Leaf:
    choices = list(kind)

    def parse(value: Any, param: Any, ctx: Any) -> Any:
        return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)

    return parse


def _leaf(annotation: Any, info: Any) -> Leaf | None:
    """The coercion of one value of `annotation`, or None when it is not a plain type."""
    if info.parser is not None or info.clamp:
        return None
    if lenient_issubclass(annotation, Enum):
        return _choice(annotation, info.case_sensitive)
    if annotation is bool:
        return _flag
    if annotation is int or annotation is float:
        return _number(annotation, info.min, info.max)
    if annotation is str and info.min is None and info.max is None:
        return _text
    if annotation is Path:
        return _path(annotation, info)
    return None


def plain_runtime_param(descriptor: Any) -> _coercion.RuntimeParam:
    """The coercion of a parameter: a plain one where it can be, else typer's own."""
    annotation = descriptor.annotation
    info = descriptor.parameter_info
    if descriptor.file_annotation is None:
        many = get_origin(annotation) is list
        leaf = _leaf(get_args(annotation)[0] if many else annotation, info)
        if leaf is not None:
            return PlainRuntimeParam(
                parameter_info=info, annotation=annotation, leaf=leaf, many=many
            )
    return _TYPER_RUNTIME_PARAM(descriptor)


_TYPER_RUNTIME_PARAM = _coercion.build_runtime_param


def install() -> None:
    """Make typer build its parameters' coercion with `plain_runtime_param`."""
    setattr(core, "build_runtime_param", plain_runtime_param)  # noqa: B010 (not exported)
