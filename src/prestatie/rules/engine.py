"""Running the rules: every pass over an indexed plan, the plan's severities and ignores
applied, and `validate` as a library call (paths in, findings out)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from prestatie.findings import SEVERITY_RANK, CheckResult, Finding, summarise
from prestatie.i18n import Msg, msg
from prestatie.model.plan import Plan, load
from prestatie.rules import bsc, causes, derivation, measures, ogsm, okr, smart, swot
from prestatie.source.files import select, targets

Pass = Callable[[Plan], Iterable[Finding]]

PASSES: tuple[Pass, ...] = (
    derivation.check,
    smart.check,
    bsc.check,
    swot.check,
    okr.check,
    ogsm.check,
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
    paths: Sequence[str], cwd: Path | None = None, as_of: date | None = None
) -> CheckResult:
    """Check every plan the paths belong to; findings carry their effective severity.

    `as_of` is the date time-bound rules judge against (default: today).
    """
    cwd = cwd or Path.cwd()
    findings: list[Finding] = []
    notices: list[Msg] = []
    result = CheckResult()
    files = 0
    count = 0
    everything = False
    for target in targets(paths, cwd):
        plan = load(target)
        if not result.perspectives:  # the first plan speaks for the run
            result.language = plan.config.language
            result.perspectives = plan.config.labels()
        if as_of is not None:
            plan.as_of = as_of
        selection = select(target, plan.files, plan.config.exclude)
        notices.extend(selection.notices)
        findings.extend(finalise(plan, [*plan.findings, *run(plan)], selection.files))
        if selection.files is None:
            everything = True
            files += len(plan.sources)
        else:
            files += len(selection.files)
        count += plan.items_count()
    if notices and not files and not everything:
        notices.append(msg("summary.nothing-checked"))
    findings.sort(key=Finding.sort_key)
    result.findings = findings
    result.summary = summarise(findings, files, count)
    result.notices = notices
    return result


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
    to report on; None: all)."""
    out: list[Finding] = []
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
