"""The JSON Schemas as files for editors and other tools: `prestatie schema -o DIR`,
and the copy `init` and `new` write into a plan (`.prestatie/schemas/`).

The shipped schemas keep their absolute `$id` (`https://prestatie.dev/schemas/v1/...`),
which names them for the validator inside prestatie (`format.schemas`). That address
does not resolve, and a tool resolves a relative `$ref` against the `$id`, so the
copies written here leave the `$id` out: every `$ref` (`common.schema.json#/$defs/...`)
then resolves against the file itself, to the file next to it, offline. Nothing else
differs from the shipped schema.

The combined schema (`prestatie.schema.json`) dispatches on `kind`, so one mapping in
an editor covers every plan file, `prestatie.yaml` (`kind: plan`) included.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prestatie.errors import OutputError
from prestatie.format.schemas import KINDS, load_all
from prestatie.i18n import msg
from prestatie.scaffold import place

#: The file stem of the combined schema.
COMBINED = "prestatie"
#: Where a plan keeps its copy, relative to the plan root.
PLAN_FOLDER = Path(".prestatie") / "schemas"

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_REF_FILE = re.compile(r"^([^#]+\.schema\.json)(?:#.*)?$")


def file_name(stem: str) -> str:
    return f"{stem}.schema.json"


def copy(stem: str) -> dict[str, Any]:
    """The schema of `stem` (a kind, `common` or `prestatie`) as it is written."""
    if stem == COMBINED:
        return combined()
    schema = dict(load_all()[stem])
    schema.pop("$id", None)
    return schema


def combined() -> dict[str, Any]:
    """One schema for every plan file: `kind` is required and one of the kinds, and the
    kind's own schema applies."""
    return {
        "$schema": _DRAFT,
        "title": "prestatie plan file",
        "description": "Any file of a prestatie plan: the schema of its `kind` applies "
        "(plan, mission, goal, goals, okr, ogsm, scorecard, analysis, person, "
        "reward-policy, function-profile).",
        "type": "object",
        "required": ["kind"],
        "properties": {
            "kind": {
                "enum": list(KINDS),
                "description": "Document type; it decides which schema applies.",
            }
        },
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                "then": {"$ref": file_name(kind)},
            }
            for kind in KINDS
        ],
    }


def stems(kind: str | None) -> list[str]:
    """The files to write: for a kind, that kind and every file it refers to; else
    every kind's, `common` and the combined schema."""
    if kind is None:
        return [*KINDS, "common", COMBINED]
    found = [kind]
    for stem in found:
        for name in _referred(copy(stem)):
            stem_of = name.removesuffix(".schema.json")
            if stem_of not in found:
                found.append(stem_of)
    return found


def _referred(node: Any) -> Iterable[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found = _REF_FILE.match(value)
                if found:
                    yield found.group(1)
            else:
                yield from _referred(value)
    elif isinstance(node, list):
        for item in node:
            yield from _referred(item)


def text(stem: str) -> str:
    """The file's text: JSON, two spaces, UTF-8 as it is, one newline at the end."""
    return json.dumps(copy(stem), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    #: `written` (new), `replaced` (a different file, with force) or `unchanged`
    #: (the same text was there: left as it is).
    state: str


def write(
    folder: Path, kind: str | None = None, *, force: bool = False, keep: bool = False
) -> list[Written]:
    """Write the schema files into `folder` (made when missing), each atomically.

    A file that holds the same text is left as it is. A different one is refused (before
    anything is written) unless `force` replaces it, or `keep` leaves it (a plan's own
    copy, which `new` never overwrites). On a failure the files written so far, and the
    folders made, are removed again.
    """
    from prestatie.source.write import AlreadyExists, check_folder, write_atomic

    made_folders = place.missing_folders(folder)
    place.make_folders(made_folders)
    plan: list[tuple[Path, str, str]] = []
    try:
        check_folder(folder)
        for stem in stems(kind):
            path = folder / file_name(stem)
            wanted = text(stem)
            state = _state(path, wanted)
            if state == "different":
                if keep:
                    continue
                if not force:
                    raise OutputError(msg("schema.exists", path=str(path)))
            plan.append((path, wanted, state))
        out: list[Written] = []
        for index, (path, wanted, state) in enumerate(plan):
            if state == "same":
                out.append(Written(path, "unchanged"))
                continue
            try:
                write_atomic(path, wanted, force=state == "different")
            except AlreadyExists:  # another run wrote it meanwhile: never undo theirs
                plan[index] = (path, wanted, "taken")
                if _state(path, wanted) == "same":
                    out.append(Written(path, "unchanged"))
                elif not keep:
                    raise OutputError(msg("schema.exists", path=str(path))) from None
                continue
            out.append(Written(path, "replaced" if state == "different" else "written"))
    except BaseException:
        for path, _, state in plan:
            if state == "missing":
                with contextlib.suppress(OSError):
                    os.unlink(path)
        place.remove_folders(made_folders)
        raise
    return out


def in_the_way(folder: Path, kind: str | None = None) -> Path | None:
    """The first schema file in `folder` that exists with another text, or None."""
    for stem in stems(kind):
        path = folder / file_name(stem)
        if os.path.lexists(path) and (os.path.isdir(path) or _state(path, text(stem)) != "same"):
            return path
    return None


def _state(path: Path, wanted: str) -> str:
    """`missing`, `same` or `different`; a folder or a link to nothing in the way is an
    error."""
    if os.path.isdir(path):
        raise OutputError(msg("source.output.is-folder", path=str(path)))
    if not os.path.lexists(path):
        return "missing"
    try:
        now = path.read_bytes()
    except OSError:
        return "different"
    return "same" if now == wanted.encode("utf-8") else "different"


def plan_copy(root: Path) -> Path:
    """The folder of a plan's own copy of the schemas."""
    return root / PLAN_FOLDER


def ensure(root: Path) -> list[Written]:
    """The plan's copy of the schemas, written where missing; what was there is kept.

    Returns only the files this call wrote (none when the copy was complete).
    """
    folder = plan_copy(root)
    if all((folder / file_name(stem)).is_file() for stem in stems(None)):
        return []
    return [w for w in write(folder, keep=True) if w.state == "written"]


def remove(paths: Iterable[Path], root: Path) -> None:
    """Remove schema files `ensure` wrote, and the plan's schema folders left empty."""
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)
    folder = plan_copy(root)
    for here in (folder, folder.parent):
        with contextlib.suppress(OSError):
            os.rmdir(here)
