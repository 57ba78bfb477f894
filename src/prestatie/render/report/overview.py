"""The cover, the summary on one page, the validation summary and the people section."""

from __future__ import annotations

from dataclasses import dataclass, replace

from prestatie.compute.tree import Node
from prestatie.findings import SEVERITIES, Finding, summarise
from prestatie.i18n import Speaker
from prestatie.model.items import items, strings, text
from prestatie.model.plan import Plan
from prestatie.render.report.cascade import Objective, Tier, objective, private, walk
from prestatie.render.text import summary_line

#: The statuses the summary counts, in its column order.
STATUSES = ("green", "amber", "red", "not-started", "none")
WEAKEST = 5


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Cover:
    organisation: str
    plan: str
    period: str
    as_of: str
    mission: str
    vision: str
    values: tuple[str, ...]
    strategy: str
    themes: tuple[Theme, ...]


@dataclass(frozen=True, slots=True)
class LevelCount:
    level: str  # the level's name in the language
    counts: tuple[str, ...]  # per status, in the order of STATUSES
    total: str


@dataclass(frozen=True, slots=True)
class Counts:
    errors: int
    warnings: int
    infos: int
    line: str  # `0 errors, 2 warnings, 0 info in 25 files (54 items)`


@dataclass(frozen=True, slots=True)
class Summary:
    statuses: tuple[str, ...]  # the status names, the columns of `levels`
    levels: tuple[LevelCount, ...]
    weakest: tuple[Objective, ...]  # the lowest scores, with their owner
    balance: str  # the verdict in one sentence, or ""
    validation: Counts


@dataclass(frozen=True, slots=True)
class FindingLine:
    severity: str  # error | warning | info
    severity_text: str
    code: str
    place: str  # file:line
    message: str
    #: "and 21 findings that follow from it" (`rules.causes`), or empty.
    followers: str = ""


@dataclass(frozen=True, slots=True)
class Validation:
    counts: Counts
    by_severity: tuple[tuple[str, str], ...]  # (name in the language, count)
    findings: tuple[FindingLine, ...]


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    function: str
    unit: str
    goals: tuple[Objective, ...]


def organisation(plan: Plan) -> str:
    return (text(plan.mission.data, "organisation") or "") if plan.mission is not None else ""


def cover(plan: Plan, speaker: Speaker, as_of: str) -> Cover:
    mission = plan.mission.data if plan.mission is not None else None
    config = plan.config

    def field(key: str) -> str:
        return (text(mission, key) or "") if mission is not None else ""

    themes = (
        tuple(
            Theme(str(t.get("id") or ""), text(t, "title") or "", text(t, "description") or "")
            for _, t in items(mission, "themes")
        )
        if mission is not None
        else ()
    )
    return Cover(
        organisation=field("organisation"),
        plan=config.name or "",
        period=str(config.period) if config.period else "",
        as_of=as_of,
        mission=field("mission"),
        vision=field("vision"),
        values=tuple(strings(mission.get("values"))) if mission is not None else (),
        strategy=field("strategy"),
        themes=themes,
    )


def counts(plan: Plan, findings: list[Finding], speaker: Speaker) -> Counts:
    s = summarise(findings, len(plan.sources), plan.items_count())
    return Counts(s.error, s.warning, s.info, summary_line(s, speaker))


def summary(
    plan: Plan,
    tiers: tuple[Tier, ...],
    people: tuple[Person, ...],
    balance: str,
    validation: Counts,
    speaker: Speaker,
) -> Summary:
    everything = [o for tier in tiers for o in tier.objectives]
    everything += [g for person in people for g in person.goals]
    levels = []
    for level in plan.config.levels:
        mine = [o for o in everything if o.level == level]
        if mine:
            per = tuple(speaker.number(sum(1 for o in mine if o.status == s)) for s in STATUSES)
            levels.append(LevelCount(speaker.level(level), per, speaker.number(len(mine))))
    scored = [o for o in everything if o.score is not None]
    scored.sort(key=lambda o: (o.score, o.id))
    return Summary(
        statuses=tuple(speaker.word("status", s) for s in STATUSES),
        levels=tuple(levels),
        weakest=tuple(scored[:WEAKEST]),
        balance=balance,
        validation=validation,
    )


def place(finding: Finding) -> str:
    if not finding.file:
        return ""
    return f"{finding.file}:{finding.line}" if finding.line else finding.file


def finding_lines(findings: list[Finding], speaker: Speaker) -> tuple[FindingLine, ...]:
    return tuple(
        FindingLine(
            f.severity,
            speaker.word("severity", f.severity),
            f.code,
            place(f),
            speaker.say(f.message),
        )
        for f in findings
    )


def error_lines(
    findings: list[Finding], speaker: Speaker, hide: frozenset[str] = frozenset()
) -> tuple[FindingLine, ...]:
    """The errors for the warning block at the top: causes first (what stops part of the
    plan from being read), each consequence counted under its cause, as `validate`
    lists them (`render.layout`). Errors in the files `hide` (the person files of a
    report without the people) are not listed; they still count as consequences."""
    from prestatie.render.layout import View, arrange

    layout = arrange(findings, View(everything=True, limit=len(findings) + 1))
    lines = []
    for entry in [*layout.first.entries, *layout.rest.entries]:
        if entry.finding.file in hide:
            continue
        (line,) = finding_lines([entry.finding], speaker)
        if entry.followers:
            more = speaker.text("report.errors-follow", count=len(entry.followers))
            line = replace(line, followers=more)
        lines.append(line)
    return tuple(lines)


def validation(findings: list[Finding], found: Counts, speaker: Speaker) -> Validation:
    numbers = {"error": found.errors, "warning": found.warnings, "info": found.infos}
    return Validation(
        found,
        tuple((speaker.word("severity", s), speaker.number(numbers[s])) for s in SEVERITIES),
        finding_lines(findings, speaker),
    )


def people(
    plan: Plan, roots: list[Node], speaker: Speaker, redact: bool = False
) -> tuple[Person, ...]:
    """Everyone's objectives, for a report that asks for them (`--include people`);
    `redact`: each person by their id, never their name."""
    goals: dict[str, list[Objective]] = {}
    for node in walk(roots):
        if private(plan, node):
            goal = plan.refs.get(node.id)
            who = getattr(goal, "person", None) or ""
            goals.setdefault(who, []).append(objective(node, speaker, "", 0))
    out = []
    for person_id, item in plan.persons.items():
        data = item.data
        out.append(
            Person(
                id=person_id,
                name=person_id if redact else (text(data, "name") or person_id),
                function=text(data, "function") or "",
                unit=text(data, "unit") or "",
                goals=tuple(goals.get(person_id, [])),
            )
        )
    return tuple(out)
