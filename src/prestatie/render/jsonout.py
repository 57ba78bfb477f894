"""JSON for every command: strict (no NaN or Infinity) and written without recursion,
so that a 20,000-level cascade is as printable as a flat list.

The layout is that of ``json.dumps(value, indent=2, ensure_ascii=False)``, except that
indentation stops growing after `MAX_INDENT` levels (still valid JSON, and the output
stays linear in the size of the data).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

MAX_INDENT = 40
_SCALAR = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_END: Any = object()


def dumps(value: Any) -> str:
    """The whole document as one string (with a final newline)."""
    return "".join(_chunks(value)) + "\n"


def write(value: Any, out: TextIO) -> None:
    """Write the document to `out` as it is produced."""
    buffer: list[str] = []
    size = 0
    for chunk in _chunks(value):
        buffer.append(chunk)
        size += len(chunk)
        if size > 65_536:
            out.write("".join(buffer))
            buffer, size = [], 0
    buffer.append("\n")
    out.write("".join(buffer))


def _pad(depth: int) -> str:
    return "\n" + "  " * min(depth, MAX_INDENT)


def _chunks(value: Any) -> Iterator[str]:
    # Each frame: an iterator over the container's remaining entries, its depth, and
    # whether it is a mapping; the closing bracket is written when it runs out.
    stack: list[tuple[Iterator[Any], int, bool, bool]] = []
    current: Any = value
    depth = 0
    while True:
        if isinstance(current, dict) and current:
            yield "{"
            stack.append((iter(current.items()), depth + 1, True, True))
        elif isinstance(current, list | tuple) and current:
            yield "["
            stack.append((iter(current), depth + 1, False, True))
        elif isinstance(current, dict):
            yield "{}"
        elif isinstance(current, list | tuple):
            yield "[]"
        else:
            yield _SCALAR.encode(current)
        # Find the next value to write, closing containers that are done.
        while stack:
            entries, level, mapping, first = stack[-1]
            entry: Any = next(entries, _END)
            if entry is _END:
                stack.pop()
                yield _pad(level - 1) + ("}" if mapping else "]")
                continue
            stack[-1] = (entries, level, mapping, False)
            yield ("" if first else ",") + _pad(level)
            if mapping:
                key, current = entry
                yield _SCALAR.encode(str(key)) + ": "
            else:
                current = entry
            depth = level
            break
        else:
            return
