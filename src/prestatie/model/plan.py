"""Load a plan: find its root, read every file once, and index every item once.

Rules never read files or scan the plan per item; they use the `Plan` index
built here (ids, children, goals by level).
"""

from __future__ import annotations

import difflib
import fnmatch
import gc
import os
import stat
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prestatie.errors import PathError
from prestatie.findings import Finding
from prestatie.format import config as config_module
from prestatie.format import structure
from prestatie.format.config import Config
from prestatie.format.periods import parse_period
from prestatie.model.items import Goal, Item, build_goal, ident, items, strings, text
from prestatie.source.nodes import Document, SourceFile, YMap
from prestatie.source.reader import decode, parse_text

ROOT_FILES = ("prestatie.yaml", "prestatie.yml")
SUFFIXES = (".yaml", ".yml")
#: Plan files are small; a larger file is reported instead of read, so that time and
#: memory stay bounded whatever a file holds.
MAX_FILE_BYTES = 10_000_000


@dataclass(slots=True)
class Plan:
    root: Path
    config: Config
    sources: list[SourceFile] = field(default_factory=list)
    documents: list[tuple[Document, str]] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    refs: dict[str, Any] = field(default_factory=dict)
    children: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    mission: Item | None = None
    themes: dict[str, Any] = field(default_factory=dict)
    persons: dict[str, Item] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    ignores: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Derived data computed once per run and shared by rules and commands.
    cache: dict[str, Any] = field(default_factory=dict)
    #: The date time-bound rules judge against (`--as-of`; today by default).
    as_of: date = field(default_factory=date.today)

    def suggest(self, name: str, candidates: Iterable[str] | None = None) -> str | None:
        pool = list(self.refs) if candidates is None else list(candidates)
        close = difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
        return close[0] if close else None

    def items_count(self) -> int:
        return len(self.goals) + len(self.items)


# ----------------------------------------------------------------------------- discovery


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds prestatie.yaml."""
    current = start.resolve()
    for folder in (current, *current.parents):
        if any(os.path.isfile(folder / name) for name in ROOT_FILES):  # False on any OSError
            return folder
    return None


@dataclass(slots=True)
class Target:
    """One plan to check: its root, and which files to report on (None: all)."""

    root: Path
    has_settings: bool
    only: set[Path] | None


def targets(paths: Sequence[str], cwd: Path) -> list[Target]:
    """Group the paths given on the command line by the plan they belong to."""
    if not paths:
        root = find_root(cwd)
        if root is None:
            raise PathError(
                f"no prestatie.yaml in {cwd} or any folder above it; "
                "pass a plan folder or file, or create one with `prestatie init`"
            )
        return [Target(root, True, None)]
    out: dict[Path, Target] = {}
    for raw in paths:
        path = _existing(raw, cwd)
        if path.is_dir():
            root = find_root(path)
            if root is None or (root != path and not _inside(path, root)):
                root = path
            target = out.setdefault(root, Target(root, _has_settings(root), set()))
            if root == path:
                target.only = None
            elif target.only is not None:
                target.only.update(_plan_files(path, ()))
        else:
            if not os.access(path, os.R_OK):
                raise PathError(f"{raw}: permission denied")
            root = find_root(path.parent)
            if root is None:
                out.setdefault(path, Target(path, False, None))
                continue
            target = out.setdefault(root, Target(root, True, set()))
            if target.only is not None:
                target.only.add(path)
    return list(out.values())


def _existing(raw: str, cwd: Path) -> Path:
    """A path from the command line, resolved; PathError when it cannot be used."""
    given = Path(raw) if os.path.isabs(raw) else cwd / raw
    try:
        path = given.resolve()
        path.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise PathError(f"{raw}: no such file or folder") from exc
    except RuntimeError as exc:  # Python 3.11 and 3.12 report a symlink loop this way
        raise PathError(f"{raw}: too many levels of symbolic links") from exc
    except OSError as exc:
        reason = (exc.strerror or exc.__class__.__name__).lower()
        raise PathError(f"{raw}: {reason}") from exc
    except ValueError as exc:  # a NUL character in the path
        raise PathError(f"{raw}: not a valid path") from exc
    return path


def _inside(path: Path, root: Path) -> bool:
    return root == path or root in path.parents


def _has_settings(root: Path) -> bool:
    return any(os.path.isfile(root / name) for name in ROOT_FILES)


def _plan_files(root: Path, exclude: Sequence[str]) -> list[Path]:
    if root.is_file():
        return [root]
    found: list[Path] = []

    def unlisted(exc: OSError) -> None:
        # A folder that cannot be listed is reported by read_file, never skipped silently.
        if exc.filename is not None:
            found.append(Path(os.fsdecode(exc.filename)))

    for folder, dirs, files in os.walk(root, onerror=unlisted, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.endswith(SUFFIXES):
                continue
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if any(fnmatch.fnmatch(rel, pattern) for pattern in exclude):
                continue
            found.append(path)
    return found


# ----------------------------------------------------------------------------- reading


def read_file(path: Path, rel: str) -> SourceFile:
    raw = _read_bytes(path, rel)
    if isinstance(raw, Finding):
        source = SourceFile(rel)
        source.findings.append(raw)
        return source
    text_value, problem = decode(raw, rel)
    if text_value is None:
        source = SourceFile(rel)
        if problem is not None:
            source.findings.append(problem)
        return source
    return parse_text(text_value, rel)


def _read_bytes(path: Path, rel: str) -> bytes | Finding:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or why it is not read.

    Pipes and devices are refused without reading (a FIFO would block, /dev/zero
    never ends), and no more than the limit is ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        what = "folder" if os.path.isdir(path) else "file"
        return _unreadable(f"cannot read the {what}: {exc.strerror or type(exc).__name__}", rel)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _unreadable(f"cannot read the file: it is {_file_type(info.st_mode)}", rel)
        size = info.st_size
        if size <= MAX_FILE_BYTES:
            with os.fdopen(os.dup(fd), "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
            if len(raw) <= MAX_FILE_BYTES:
                return raw
            size = len(raw)
    except OSError as exc:
        return _unreadable(f"cannot read the file: {exc.strerror or type(exc).__name__}", rel)
    finally:
        os.close(fd)
    return _unreadable(
        f"the file is {size / 1_000_000:.1f} MB; "
        f"files larger than {MAX_FILE_BYTES // 1_000_000} MB are not read",
        rel,
        hint="split it into smaller files, or leave it out with `exclude:` in prestatie.yaml",
    )


def _unreadable(message: str, rel: str, hint: str | None = None) -> Finding:
    return Finding("file/unreadable", message, rel, 0, 0, hint=hint)


def _file_type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    return "a device, not a regular file"


def load(target: Target) -> Plan:
    """Read and index one plan. Problems in the files become findings."""
    root = target.root
    base = root if root.is_dir() else root.parent
    enabled = gc.isenabled()
    gc.disable()  # loading builds millions of small objects and frees none of them
    try:
        settings_source: SourceFile | None = None
        settings_doc: Document | None = None
        config_findings: list[Finding] = []
        if target.has_settings and root.is_dir():
            found = [root / n for n in ROOT_FILES if (root / n).is_file()]
            # The settings file may vanish between finding the root and reading it.
            settings_path = found[0] if found else root / ROOT_FILES[0]
            settings_source = read_file(settings_path, settings_path.name)
            for doc in settings_source.documents:
                if isinstance(doc.data, YMap) and doc.data.get("kind") == "plan":
                    settings_doc = doc
                    break
        config = config_module.from_document(settings_doc, config_findings)
        plan = Plan(root=base, config=config)
        plan.findings.extend(config_findings)
        files = _plan_files(root, config.exclude) if root.is_dir() else [root]
        for path in files:
            rel = path.relative_to(base).as_posix()
            if settings_source is not None and rel == settings_source.file:
                source = settings_source
            else:
                source = read_file(path, rel)
            plan.sources.append(source)
            plan.findings.extend(source.findings)
            for doc in source.documents:
                kind = structure.kind_of(doc, plan.findings)
                if kind is None:
                    continue
                if kind == "plan" and doc is not settings_doc:
                    plan.findings.append(
                        Finding(
                            "schema/invalid",
                            "a `kind: plan` document belongs only in prestatie.yaml "
                            "at the plan root",
                            doc.file,
                            *doc.pos,
                        )
                    )
                plan.findings.extend(structure.check_document(doc, kind))
                plan.documents.append((doc, kind))
        _index(plan)
    finally:
        if enabled:
            # The plan lives until the run ends: keep the collector from walking it again.
            gc.freeze()
            gc.enable()
    return plan


# ----------------------------------------------------------------------------- indexing


def _register(plan: Plan, ref: str, obj: Any, file: str, data: YMap) -> bool:
    line, column = data.value_pos("id") if "id" in data else data.pos
    existing = plan.refs.get(ref)
    if existing is not None:
        first_file, first_line = _place(existing)
        plan.findings.append(
            Finding(
                "ref/duplicate-id",
                f"id {ref!r} is already used in {first_file}:{first_line}",
                file,
                line,
                column,
                hint="every id must be unique in the whole plan",
                item=ref,
            )
        )
        return False
    plan.refs[ref] = obj
    return True


def _place(obj: Any) -> tuple[str, int]:
    data = getattr(obj, "data", None)
    file = getattr(obj, "file", "?")
    if isinstance(data, YMap):
        return file, (data.value_pos("id") if "id" in data else data.pos)[0]
    return file, 0


def _add_goal(plan: Plan, goal: Goal | None) -> None:
    if goal is None:
        return
    goal.perspective = plan.config.perspectives.resolve(goal.perspective_raw)
    if goal.period is None and goal.period_raw is None:
        goal.period = plan.config.period
    if _register(plan, goal.id, goal, goal.file, goal.data):
        plan.goals.append(goal)
        plan.ignores[goal.id] = goal.ignore
        for measure in goal.measures:
            if measure.ignore:
                plan.ignores[f"{goal.id}/{measure.key}"] = measure.ignore | goal.ignore


def _index(plan: Plan) -> None:
    for doc, kind in plan.documents:
        data: YMap = doc.data
        file = doc.file
        if kind == "goal":
            _add_goal(plan, build_goal(data, file, "goal"))
        elif kind == "goals":
            defaults = data.get("defaults")
            defaults = defaults if isinstance(defaults, YMap) else None
            for _, entry in items(data, "goals"):
                _add_goal(plan, build_goal(entry, file, "goals", defaults))
        elif kind == "plan":
            continue
        else:
            _index_item(plan, kind, data, file)
    for goal in plan.goals:
        if goal.parent is not None:
            plan.children[goal.parent].append(goal)
            parent = plan.refs.get(goal.parent)
            if isinstance(parent, Goal):
                parent.children.append(goal)
    for item in plan.items:
        parent_ref = ident(item.data.get("parent"))
        if parent_ref is not None and item.kind in ("okr", "ogsm"):
            plan.children[parent_ref].append(item)


def _index_item(plan: Plan, kind: str, data: YMap, file: str) -> None:
    item_id = ident(data.get("id"))
    if kind == "mission":
        item_id = item_id or "mission"
    period = parse_period(data.get("period"))
    if period is None and "period" not in data and kind in ("okr", "ogsm"):
        period = plan.config.period
    item = Item(
        kind=kind,
        id=item_id,
        file=file,
        data=data,
        period=period,
        ignore=frozenset(strings(data.get("ignore"))),
    )
    plan.items.append(item)
    if item_id is not None:
        plan.ignores[item_id] = item.ignore
        if kind == "mission" and plan.mission is None:
            plan.mission = item
            plan.refs.setdefault("mission", item)
            if item_id != "mission":
                _register(plan, item_id, item, file, data)
        else:
            _register(plan, item_id, item, file, data)
    if kind == "mission":
        for _, theme in items(data, "themes"):
            theme_id = ident(theme.get("id"))
            if theme_id:
                plan.themes[theme_id] = theme
    elif kind in ("okr", "ogsm") and item_id:
        # Key results and strategies are parents of their own: OKR-X/KR1, OGSM-Y/S2.
        key, prefix = ("key_results", "KR") if kind == "okr" else ("strategies", "S")
        for index, part in items(data, key):
            ref = f"{item_id}/{ident(part.get('id')) or f'{prefix}{index + 1}'}"
            plan.refs.setdefault(ref, item)
            own = frozenset(strings(part.get("ignore")))
            if own or item.ignore:
                plan.ignores[ref] = own | item.ignore
    elif kind == "person" and item_id:
        plan.persons[item_id] = item
        fallback = {
            "level": "personal",
            "owner": text(data, "name") or item_id,
            "unit": data.get("unit"),
            "period": data.get("period"),
        }
        for _, entry in items(data, "goals"):
            goal = build_goal(entry, file, "person", None, fallback)
            if goal is not None:
                goal.person = item_id
            _add_goal(plan, goal)
    elif kind == "scorecard":
        scope = data.get("scope")
        scope_level = scope.get("level") if isinstance(scope, YMap) else None
        perspectives = data.get("perspectives")
        if isinstance(perspectives, YMap):
            for key in perspectives:
                for _, entry in items(perspectives, key):
                    fallback = {"perspective": key, "level": scope_level or "strategic"}
                    _add_goal(plan, build_goal(entry, file, "scorecard", None, fallback))
