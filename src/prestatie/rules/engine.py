"""Running the rules: every pass over an indexed plan, the plan's severities and ignores
applied, and `validate` as a library call (paths in, findings out)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from prestatie.errors import UsageError
from prestatie.findings import (
    SEVERITY_RANK,
    CheckResult,
    Finding,
    PlanResult,
    relocated,
    shown_path,
    summarise,
    total,
)
from prestatie.format import rulebook
from prestatie.i18n import Msg, msg
from prestatie.model.plan import Plan, load
from prestatie.rules import bsc, causes, derivation, measures, ogsm, okr, people, smart, swot
from prestatie.source.files import find_root, select, stdin_target, targets

Pass = Callable[[Plan], Iterable[Finding]]

PASSES: tuple[Pass, ...] = (
    derivation.check,
    smart.check,
    bsc.check,
    swot.check,
    okr.check,
    ogsm.check,
    people.check,
    measures.check_settings,
)


def run(plan: Plan) -> list[Finding]:
    """Every rule pass over the plan, with the rules' default severities.

    A number out of range is null in the model, so a rule may find it missing; it was
    reported where it is written (`plan.unread`), and that one finding is enough.
    """
    out: list[Finding] = []
    enabled = gc.isenabled()
    gc.disable()  # the passes build many small objects that never form cycles
    try:
        for rule_pass in PASSES:
            out.extend(rule_pass(plan))
    finally:
        if enabled:
            gc.enable()
    if plan.unread:
        out = [f for f in out if (f.file, f.line, f.column) not in plan.unread]
    return out


def validate(
    paths: Sequence[str],
    cwd: Path | None = None,
    as_of: date | None = None,
    choose: Selection | None = None,
    path_base: str = "root",
    base: Path | None = None,
    stdin: tuple[str | None, bytes] | None = None,
    plan_files_only: bool = False,
) -> CheckResult:
    """Check every plan the paths belong to; findings carry their effective severity.

    `as_of` is the date time-bound rules judge against (default: today); `choose` the
    command line's selection of codes and severities (default: every finding). Each plan
    has its own findings and summary (`result.plans`); `result.findings` and
    `result.summary` hold them all. A finding's path is relative to its plan's root (`path_base`
    "root") or to `base` ("cwd"; as ruff and yamllint print them); a plan's root
    is always shown relative to `base`, the current folder unless the caller names
    another (CI reports: the repository's root). `stdin` is a text given instead of
    `paths`: the name it is checked under (None: on its own, as `-`) and its bytes.
    With `plan_files_only` a path outside any plan is skipped with a notice instead of
    being checked as a plan of its own (pre-commit passes every YAML file).
    """
    cwd = cwd or Path.cwd()
    shown_from = Path(os.path.realpath(base or cwd))
    notices: list[Msg] = []
    result = CheckResult()
    files = 0
    everything = False
    if plan_files_only and paths:
        paths = _in_plans(paths, cwd, notices)
        planned = targets(paths, cwd) if paths else []
    else:
        planned = targets(paths, cwd) if stdin is None else [stdin_target(*stdin, cwd)]
    for target in planned:
        plan = load(target)
        if not result.perspectives:  # the first plan speaks for the run
            result.language = plan.config.language
            result.perspectives = plan.config.labels()
        if as_of is not None:
            plan.as_of = as_of
        selection = select(target, plan.files, plan.config.exclude)
        notices.extend(selection.notices)
        found = finalise(plan, [*plan.findings, *run(plan)], selection.files)
        found.sort(key=Finding.sort_key)
        shown = found if choose is None else [f for f in found if choose.keeps(f)]
        if path_base == "cwd":
            shown = relocated(shown, plan.root, shown_from)
        if selection.files is None:
            everything = True
            checked = len(plan.sources)
        else:
            checked = len(selection.files)
        files += checked
        summary = summarise(shown, checked, plan.items_count())
        summary.left_out = sum(f.more or 1 for f in found) - sum(f.more or 1 for f in shown)
        result.plans.append(
            PlanResult(shown_path(target.root, shown_from), shown, summary, path_base)
        )
    if notices and not files and not everything:
        notices.append(msg("summary.nothing-checked"))
    result.findings = [f for plan_result in result.plans for f in plan_result.findings]
    result.summary = total([p.summary for p in result.plans])
    result.notices = notices
    return result


def _in_plans(paths: Sequence[str], cwd: Path, notices: list[Msg]) -> list[str]:
    """The paths that lie in a plan (a path that does not exist is kept: it is an error
    of its own); a notice for each other one."""
    kept = []
    for path in paths:
        named = Path(os.path.abspath(cwd / path))
        folder = named if named.is_dir() else named.parent
        if named.exists() and find_root(folder) is None:
            notices.append(msg("source.not-in-plan", path=path, reason=msg("source.no-plan-above")))
        else:
            kept.append(path)
    return kept


def check_plan(plan: Plan) -> list[Finding]:
    """Every finding of an already loaded plan on its as-of date (used by other commands),
    sorted; computed once per date, a new list on each call."""
    key = f"findings@{plan.as_of.isoformat()}"
    cached = plan.cache.get(key)
    if not isinstance(cached, list):
        cached = finalise(plan, [*plan.findings, *run(plan)], None)
        cached.sort(key=Finding.sort_key)
        plan.cache[key] = cached
    return list(cached)


def finalise(plan: Plan, raw: list[Finding], only: set[str] | None) -> list[Finding]:
    """Link consequences to their causes (`rules.causes`), then apply the plan's
    severities, per-item ignores and the file selection (`only`: the names of the files
    to report on; None: all). The same code at the same place with the same message is
    kept once."""
    out: list[Finding] = []
    seen: set[tuple[tuple[str, int, int, str], Msg]] = set()
    config = plan.config
    causes.link(plan, raw)
    for finding in raw:
        severity = config.severity(finding.code, finding.severity)
        if severity == "off" or severity not in SEVERITY_RANK:
            continue
        if finding.item is not None and _ignored(plan, finding.item, finding.code):
            continue
        if only is not None and finding.file not in only:
            continue
        twin = (finding.key(), finding.message)
        if twin in seen:
            continue
        seen.add(twin)
        finding.severity = severity
        out.append(finding)
    if any(f.follows is not None for f in out):
        shown = {f.key() for f in out}
        for finding in out:
            if finding.follows is not None and finding.follows not in shown:
                finding.follows = None  # its cause is switched off or in a file not asked for
    return out


def _ignored(plan: Plan, item: str, code: str) -> bool:
    family = code.split("/", 1)[0]
    candidates = [item]
    if "/" in item:
        candidates.append(item.split("/", 1)[0])
    for candidate in candidates:
        ignored = plan.ignores.get(candidate)
        if ignored and (code in ignored or family in ignored or f"{family}/*" in ignored):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Selection:
    """Which findings the command line asks to see: `select` and `ignore` hold rule codes
    and families (`smart/`), `severity` is the mildest severity shown. A finding is shown
    when it matches `select` (or `select` is empty), does not match `ignore`, and is at
    least as severe as `severity`; `--ignore` wins over `--select`."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severity: str = "info"

    def keeps(self, finding: Finding) -> bool:
        rank = SEVERITY_RANK.get(finding.severity, len(SEVERITY_RANK))
        if rank > SEVERITY_RANK[self.severity]:
            return False
        if self.select and not _matches(finding.code, self.select):
            return False
        return not _matches(finding.code, self.ignore)


def _matches(code: str, names: frozenset[str]) -> bool:
    return code in names or code.split("/", 1)[0] + "/" in names


def selection(
    select: Sequence[str] = (), ignore: Sequence[str] = (), severity: str = "info"
) -> Selection:
    """The selection from `--select`, `--ignore` (each repeatable, comma-separated) and
    `--severity`; a UsageError, with the closest code or family, for a name the rulebook
    does not know."""
    least = _SEVERITY_NAMES.get(severity.strip().lower())
    if least is None:
        raise UsageError(msg("cli.bad-severity", value=severity))
    return Selection(_rule_names(select, "--select"), _rule_names(ignore, "--ignore"), least)


#: `--severity` as written, in either language.
_SEVERITY_NAMES = {
    **{name: name for name in SEVERITY_RANK},
    "fout": "error",
    "waarschuwing": "warning",
    "melding": "info",
}


def _rule_names(values: Sequence[str], option: str) -> frozenset[str]:
    families = {spec.family + "/" for spec in rulebook.RULES.values()}
    out: set[str] = set()
    for value in values:
        for raw in value.split(","):
            name = raw.strip().lower()
            if not name:
                continue
            if name in rulebook.RULES:
                out.add(name)
                continue
            family = name.removesuffix("*").removesuffix("/") + "/"
            if family in families:
                out.add(family)
                continue
            from prestatie.model.suggest import Suggester

            close = Suggester([*rulebook.RULES, *sorted(families)]).suggest(name)
            if close:
                raise UsageError(
                    msg("cli.unknown-rule.close", option=option, value=raw.strip(), close=close)
                )
            raise UsageError(msg("cli.unknown-rule", option=option, value=raw.strip()))
    return frozenset(out)
