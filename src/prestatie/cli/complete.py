"""Shell completion of values: rule codes and families, kinds, level and perspective
names, and ids from the plan around the current folder.

Typer calls these while the shell waits (`_PRESTATIE_COMPLETE=complete_bash ...`), so
each is quick and never says anything: without a plan, or with a plan that cannot be
read, there are no candidates (or only the built-in names), never a traceback and never
a word on stderr. Candidates start with what was typed, in any case; each is given once.
Modules are imported inside the functions, so loading the commands stays fast. The ids of
a plan come from the plan as `validate` reads it; a plan over `FULL_LOAD_BYTES` is scanned
line by line for its ids instead (`scanned_ids`; tests/test_complete.py holds it to the
loaded plan's ids on every example and test plan).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import typer


def _quietly(produce: Callable[[], Iterable[str]], incomplete: str) -> list[str]:
    """The candidates `produce` gives that start with `incomplete`; none on any failure."""
    sink = io.StringIO()
    try:
        with contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
            names = list(produce())
    except BaseException:  # a completer never fails, whatever the plan holds
        return []
    start = (incomplete or "").casefold()
    return list(dict.fromkeys(n for n in names if n.casefold().startswith(start)))


def kinds(incomplete: str) -> list[str]:
    """The kinds `prestatie schema KIND` takes."""

    def produce() -> Iterable[str]:
        from prestatie.format.schemas import KINDS

        return KINDS

    return _quietly(produce, incomplete)


def rule_codes(incomplete: str) -> list[str]:
    """Every family (`cascade/`) and rule code (`cascade/level`), in checking order."""

    def produce() -> Iterable[str]:
        from prestatie.format.rulebook import RULES

        families = [f"{spec.family}/" for spec in RULES.values()]
        return [*dict.fromkeys(families), *RULES]

    return _quietly(produce, incomplete)


def levels(incomplete: str) -> list[str]:
    """Every level, canonical and in Dutch (`operational`, `operationeel`)."""

    def produce() -> Iterable[str]:
        from prestatie.format.vocabulary import LEVEL_ALIASES, LEVELS

        return [*LEVELS, *LEVEL_ALIASES]

    return _quietly(produce, incomplete)


def goal_levels(incomplete: str) -> list[str]:
    """The levels `new goal --level` chooses between: function or project."""

    def produce() -> Iterable[str]:
        from prestatie.format.vocabulary import LEVEL_ALIASES

        return ["function", "project", *(a for a, c in LEVEL_ALIASES.items() if c == "function")]

    return _quietly(produce, incomplete)


def perspectives(ctx: typer.Context, incomplete: str) -> list[str]:
    """The perspectives of the plan (ids, then every alias and label it accepts); outside
    a plan those of the built-in sets."""

    def produce() -> Iterable[str]:
        from prestatie.format import perspectives as sets
        from prestatie.model.plan import settings

        config = settings(_plan_folder(ctx))
        chosen = [config.perspectives] if config is not None else []
        if not chosen:
            found = (sets.builtin(name) for name in ("kaplan-norton", "nederlands"))
            chosen = [s for s in found if s is not None]
        ids = [pid for s in chosen for pid in s.ids]
        names = [name for s in chosen for name in s.names() if name not in ids]
        return [*ids, *names]

    return _quietly(produce, incomplete)


#: Up to this many bytes of plan files, the ids come from the plan as `validate` reads
#: it (about 1,000 items, a quarter of a second); a larger plan is scanned for its `id:`
#: lines instead (tens of MB a second), so that TAB never waits for seconds.
FULL_LOAD_BYTES = 1_000_000

_ID_LINE = re.compile(
    r"(?P<indent>[ \t]*(?:-[ \t]+)?)\{?[ \t]*id:[ \t]*[\"']?(?P<id>[^\s\"'#,{}\[\]]+)"
)
_TOP_KEY = re.compile(r"([A-Za-z_][\w-]*):")
#: Where a kind keeps the items that are parents of their own, and how they are named:
#: goals as their id, a key result as `OKR-X/KR1`, a strategy as `OGSM-Y/S2`.
_NESTED: dict[tuple[str, str], bool] = {
    ("goals", "goals"): False,
    ("person", "goals"): False,
    ("scorecard", "perspectives"): False,
    ("okr", "key_results"): True,
    ("ogsm", "strategies"): True,
}


def plan_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the plan around the current folder (or the one the command line
    names), `mission` first: what `--parent` and `--from` take."""

    def produce() -> Iterable[str]:
        from prestatie.model.plan import load, settings
        from prestatie.source.files import Target, find_root, plan_files

        root = find_root(_plan_folder(ctx))
        if root is None:
            return []
        config = settings(root)
        listed = [f.path for f in plan_files(root, config.exclude if config else ())]
        if sum(_size(path) for path in listed) > FULL_LOAD_BYTES:
            return sorted(set(scanned_ids(listed)), key=lambda i: (i != "mission", i))
        plan = load(Target(root, True, None))
        ids = ["mission"] if plan.mission is not None else []
        return [*ids, *(str(key) for key in plan.refs)]

    return _quietly(produce, incomplete)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def scanned_ids(paths: Iterable[Path]) -> Iterator[str]:
    """The ids a plan writes, from its lines alone: each document's `id:`, and the ids in
    its lists, those of an OKR's key results and an OGSM's strategies as `OKR-X/KR1`."""
    for path in paths:
        try:
            with path.open("rb") as stream:
                text = stream.read(_SCAN_LIMIT).decode("utf-8", "replace")
        except OSError:
            continue
        kind = top = section = None
        item = -1  # the column of the dash of the section's items, once seen
        for line in text.splitlines():
            head = line[:1]
            if head == " " or (head == "-" and not line.startswith("---")):
                prefixed = _NESTED.get((kind or "", section or ""))
                if prefixed is None:
                    continue
                stripped = line.lstrip(" ")
                if item < 0 and stripped.startswith("-"):
                    item = len(line) - len(stripped)
                found = _ID_LINE.match(line) if "id:" in line else None
                if found is None:
                    continue
                indent = found.group("indent")
                dash = indent.find("-")
                if (dash if dash >= 0 else len(indent) - 2) != item:
                    continue  # an id deeper down: a measure's, an action's
                if not prefixed:
                    yield found.group("id")
                elif top is not None:
                    yield f"{top}/{found.group('id')}"
            elif line.startswith("---"):
                kind = top = section = None
                item = -1
            elif line.startswith("kind:"):
                kind = line[5:].split("#")[0].strip().strip("'\"")
                if kind == "mission":
                    yield "mission"
            elif line.startswith(("id:", "{")):
                found = _ID_LINE.match(line)
                if found is not None:
                    top = found.group("id")  # the document's own id
                    yield top
            else:
                key = _TOP_KEY.match(line)
                if key is not None:
                    section, item = key.group(1), -1


#: The bytes of one file the scan reads, as `validate` reads no larger file.
_SCAN_LIMIT = 10 * 1024 * 1024


def _plan_folder(ctx: typer.Context | None) -> Path:
    """The folder to find the plan from: `--plan`, else the first path given, else the
    current folder."""
    params: dict[str, Any] = dict(getattr(ctx, "params", None) or {})
    given = params.get("plan_path") or params.get("path")
    if isinstance(given, list | tuple):
        given = given[0] if given else None
    if isinstance(given, str | Path) and str(given):
        path = Path(given)
        return path if path.is_dir() else path.parent
    return Path.cwd()
