"""Where a new plan file goes, and what is already there.

The conventional places (README, "Where new files go"): goals in `goals/<unit>/<level>.yaml`
(`goals/<level>.yaml` without a unit), personal goals in `people/<person>.yaml`, an OKR in
`okr/<id>.yaml`, an OGSM in `ogsm/<id>.yaml`, a scorecard in `scorecards/<id>.yaml`, a
person in `people/<id>.yaml`, the analysis and the reward policy in `analysis.yaml` and
`reward-policy.yaml` at the plan's root (`<kind>-<id>.yaml` when that name is taken).

A place the plan does not read (outside its folder, hidden, excluded, not .yaml)
needs --force. A name that exists is refused with advice that never puts other
items at risk: `--force` is offered only for a file that holds none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from prestatie.errors import OutputError
from prestatie.i18n import Msg, msg
from prestatie.model.plan import Plan
from prestatie.scaffold.words import slug
from prestatie.source import files
from prestatie.source.nodes import SourceFile
from prestatie.source.write import check_folder

#: The folder of each kind written one file per item.
FOLDERS = {"okr": "okr", "ogsm": "ogsm", "scorecard": "scorecards", "person": "people"}
#: The kinds a plan usually holds once, in a file of their own name at the root.
AT_ROOT = ("mission", "analysis", "reward-policy")


def goals_file(root: Path, level: str, unit: str | None) -> Path:
    """Where the goals of a level and unit go: `goals/<unit>/<level>.yaml`."""
    folder = root / "goals"
    for part in (unit or "").split("/"):
        if part.strip():
            folder = folder / slug(part, "unit")
    return folder / f"{level}.yaml"


def item_file(root: Path, kind: str, item_id: str) -> Path:
    """The conventional file of a new item of `kind` with id `item_id`."""
    if kind in AT_ROOT:
        usual = root / f"{kind}.yaml"
        if not os.path.lexists(usual):
            return usual
        return root / f"{kind}-{item_id.lower()}.yaml"
    return root / FOLDERS[kind] / f"{item_id.lower()}.yaml"


def missing_folders(folder: Path) -> list[Path]:
    """The folders to make before a file can go in `folder`, outermost first.

    OutputError when something that is not a folder stands in the way.
    """
    missing: list[Path] = []
    current = folder
    while not check_folder(current, missing_ok=True):
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    return missing[::-1]


def make_folders(folders: list[Path]) -> None:
    """Make `folders` (outermost first); on failure the ones made are removed again."""
    made: list[Path] = []
    try:
        for folder in folders:
            try:
                os.mkdir(folder)
            except FileExistsError:  # made by another run meanwhile
                check_folder(folder)
                continue
            except OSError as exc:
                from prestatie.source.reading import os_reason

                raise OutputError(
                    msg("source.output.cannot-make-folder", path=str(folder), reason=os_reason(exc))
                ) from exc
            made.append(folder)
    except BaseException:
        remove_folders(made)
        raise


def remove_folders(folders: list[Path]) -> None:
    """Remove the folders a failed write made (innermost first), if they are empty."""
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def relative(root: Path, path: Path) -> str | None:
    """`path` as the plan names its files (relative to `root`), or None when outside it.

    The folder is resolved (a symbolic link leads where the file really goes), the file
    name itself is not: with --force a link named like the file is replaced, not followed.
    """
    folder = Path(os.path.realpath(path.parent))
    try:
        return (folder / path.name).relative_to(root).as_posix()
    except ValueError:
        return None


def unread(plan: Plan, path: Path) -> Msg | str | None:
    """Why the plan would not read a file at `path` (None: it would)."""
    rel = relative(plan.root, path)
    if rel is None:
        return msg("new.outside-plan", root=str(plan.root))
    return files.unread_reason(rel, plan.config.exclude)


def refuse_existing(plan: Plan, path: Path) -> None:
    """OutputError when `path` exists, saying what it holds and what to do instead.

    `--force` is suggested only for a plan file that holds nothing (empty, or only
    comments); a file with items, or one the plan could not read, keeps them.
    """
    if not os.path.lexists(path) or os.path.isdir(path):
        return  # a folder is refused by the write itself
    source = _source(plan, path)
    if source is None:  # not read by the plan: what it holds is unknown
        raise OutputError(msg("new.exists", path=str(path)))
    if not source.documents and all(f.code == "yaml/empty" for f in source.findings):
        raise OutputError(msg("new.exists.empty", path=str(path)))
    held = _labels(source)
    if held:
        raise OutputError(msg("new.exists.holds", path=str(path), held=held))
    raise OutputError(msg("new.exists", path=str(path)))


def _source(plan: Plan, path: Path) -> SourceFile | None:
    rel = relative(plan.root, path)
    return next((s for s in plan.sources if s.file == rel), None) if rel is not None else None


def _labels(source: SourceFile) -> list[Msg]:
    """`kind id` per document (`kind` alone without an id), each once."""
    labels: dict[Msg, None] = {}
    for document in source.documents:
        data = document.data
        if isinstance(data, dict) and data.get("kind") is not None:
            kind, ident = str(data["kind"]), data.get("id")
            if ident is None:
                labels[msg("new.exists.kind", kind=kind)] = None
            else:
                labels[msg("new.exists.item", kind=kind, id=str(ident))] = None
    return list(labels)
