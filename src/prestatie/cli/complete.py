"""Shell completion of values: rule codes and families, kinds, level and perspective
names, and ids from the plan around the current folder.

Typer calls these while the shell waits (`_PRESTATIE_COMPLETE=complete_bash ...`), so
each is quick and never says anything: without a plan, or with a plan that cannot be
read, there are no candidates (or only the built-in names), never a traceback and never
a word on stderr. Candidates start with what was typed, in any case; each is given once.
Modules are imported inside the functions, so loading the commands stays fast.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable
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


def plan_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the plan around the current folder (or the one the command line
    names), `mission` first: what `--parent` and `--from` take."""

    def produce() -> Iterable[str]:
        from prestatie.model.plan import load
        from prestatie.source.files import Target, find_root

        root = find_root(_plan_folder(ctx))
        if root is None:
            return []
        plan = load(Target(root, True, None))
        ids = ["mission"] if plan.mission is not None else []
        return [*ids, *(str(key) for key in plan.refs)]

    return _quietly(produce, incomplete)


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
