"""The context of `prestatie report`: every figure and word of the handout, prepared.

`build` collects the figures from the core functions, never computing a score,
share or status itself: progress and status from `compute.progress` (through
`compute.tree`, the data of `prestatie tree`), balance from `compute.balance` with
`rules.balance_report`, the analysis from `compute.analysis`, scorecards from
`compute.scorecards`, OKRs and OGSMs from `compute.okr`, findings from
`rules.engine.check_plan`. What leaves here is text in the report's language (numbers,
dates and domain words formatted by the `Speaker`), beside the raw shares and scores
0..1 that charts need. Templates only place it.

Person files stay out unless `include_people`: no name, id, function or personal
objective, no finding in a person file and no owner that names a person; only the
anonymous aggregates of `compute.people_stats` (`render.report.people`). With `redact`,
a person's id stands wherever their name would (the people section, owners).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import MappingProxyType

from prestatie.compute import tree
from prestatie.compute.people_stats import person_names, stats
from prestatie.compute.tree_select import mask_owners
from prestatie.i18n import Speaker
from prestatie.model.plan import Plan
from prestatie.render.report import (
    balance,
    cards,
    cascade,
    onepagers,
    overview,
    people,
    strategy,
)
from prestatie.render.report.balance import BalanceSection
from prestatie.render.report.cards import Card
from prestatie.render.report.cascade import Cascade
from prestatie.render.report.onepagers import OgsmSheet, OkrSheet
from prestatie.render.report.overview import Cover, FindingLine, Person, Summary, Validation
from prestatie.render.report.people import PeopleBlock
from prestatie.render.report.strategy import StrategySection
from prestatie.rules.engine import check_plan

#: The sections of a report, in their order; `--section` chooses among them.
SECTIONS: tuple[str, ...] = (
    "cover",
    "summary",
    "analysis",
    "cascade",
    "scorecards",
    "balance",
    "okrs",
    "ogsm",
    "validation",
)

#: The report's own words (headings, column names), by their id after `report.`.
WORDS: tuple[str, ...] = (
    "report.title",
    "report.contents",
    "report.errors-title",
    "report.errors-intro",
    "report.cover",
    "report.organisation",
    "report.plan",
    "report.period",
    "report.as-of",
    "report.mission",
    "report.vision",
    "report.values",
    "report.strategy",
    "report.themes",
    "report.summary",
    "report.by-level",
    "report.level",
    "report.total",
    "report.weakest",
    "report.objective",
    "report.owner",
    "report.score",
    "report.status",
    "report.balance-verdict",
    "report.validation-counts",
    "report.analysis",
    "report.swot",
    "report.matrix",
    "report.quadrants",
    "report.coverage",
    "report.porter",
    "report.cascade",
    "report.flow",
    "report.flow-left-out",
    "report.perspective",
    "report.objectives",
    "report.measures",
    "report.weight",
    "report.measure",
    "report.baseline",
    "report.target",
    "report.actual",
    "report.progress",
    "report.unit",
    "report.parent",
    "report.scorecards",
    "report.strategy-map",
    "report.balance",
    "report.share",
    "report.entropy",
    "report.orientation",
    "report.horizon",
    "report.indicators",
    "report.findings",
    "report.okrs",
    "report.key-result",
    "report.current",
    "report.confidence",
    "report.type",
    "report.ogsm",
    "report.ogsm-objective",
    "report.ogsm-goals",
    "report.ogsm-strategies",
    "report.ogsm-measures",
    "report.ogsm-actions",
    "report.due",
    "report.validation",
    "report.severity",
    "report.code",
    "report.place",
    "report.message",
    "report.no-findings",
    "report.people",
    "report.function",
    "report.department",
    "report.generic-strategy",
    "report.generated",
)


@dataclass(frozen=True, slots=True)
class Heading:
    """One entry of the table of contents."""

    section: str  # the section's name, also its anchor
    title: str


@dataclass(frozen=True, slots=True)
class Report:
    lang: str
    title: str
    organisation: str
    as_of: str  # written out in the language: 30 juni 2026
    as_of_iso: str
    words: Mapping[str, str]  # the report's words by name: words["summary"]
    statuses: Mapping[str, str]  # each status's word by its id: statuses["amber"]
    contents: tuple[Heading, ...]
    errors: tuple[FindingLine, ...]  # the plan's errors: a warning block at the top
    cover: Cover | None
    summary: Summary | None
    analysis: StrategySection | None
    cascade: Cascade | None
    scorecards: tuple[Card, ...]
    balance: BalanceSection | None
    okrs: tuple[OkrSheet, ...]
    ogsms: tuple[OgsmSheet, ...]
    validation: Validation | None
    people: tuple[Person, ...]  # only with include_people
    #: The anonymous aggregates, without include_people (None without person files).
    people_block: PeopleBlock | None


def words(speaker: Speaker) -> Mapping[str, str]:
    return MappingProxyType({id.removeprefix("report."): speaker.text(id) for id in WORDS})


def build(
    plan: Plan,
    speaker: Speaker,
    as_of: date,
    sections: Sequence[str] | None = None,
    include_people: bool = False,
    title: str | None = None,
    redact: bool = False,
) -> Report:
    """The report of `plan` on `as_of` in `speaker`'s language; `sections` (default: all
    of SECTIONS) chooses what is shown, a section without content is left out.

    Sets `plan.as_of`: OKR and OGSM scores are judged on that date like every other."""
    plan.as_of = as_of
    wanted = set(SECTIONS if sections is None else sections)
    findings = check_plan(plan)
    findings.sort(key=lambda f: f.sort_key())
    counts = overview.counts(plan, findings, speaker)
    private = frozenset() if include_people else people.person_files(plan)
    shown = [f for f in findings if f.file not in private]
    roots = tree.build(plan, as_of)
    if not include_people or redact:
        mask_owners(roots, person_names(plan), redact)
    nodes = cascade.index(roots)
    flow = cascade.build(plan, roots, speaker)
    persons = overview.people(plan, roots, speaker, redact) if include_people else ()
    shown_date = speaker.date(as_of)
    needs_balance = "balance" in wanted or "summary" in wanted
    balance_part = balance.build(plan, speaker) if needs_balance else None
    summary = None
    if "summary" in wanted and (flow is not None or persons):
        summary = overview.summary(
            plan,
            flow.tiers if flow is not None else (),
            persons,
            balance_part.verdict if balance_part is not None else "",
            counts,
            speaker,
        )
    cover = overview.cover(plan, speaker, shown_date) if "cover" in wanted else None
    organisation = overview.organisation(plan)
    report = Report(
        lang=speaker.lang,
        title=title or plan.config.name or organisation or speaker.text("report.title"),
        organisation=organisation,
        as_of=shown_date,
        as_of_iso=as_of.isoformat(),
        words=words(speaker),
        statuses=MappingProxyType({s: speaker.word("status", s) for s in overview.STATUSES}),
        contents=(),
        errors=overview.error_lines(
            [f for f in findings if f.severity == "error"], speaker, private
        ),
        cover=cover,
        summary=summary,
        analysis=strategy.build(plan, speaker) if "analysis" in wanted else None,
        cascade=flow if "cascade" in wanted else None,
        scorecards=cards.build(plan, nodes, speaker) if "scorecards" in wanted else (),
        balance=balance_part if "balance" in wanted else None,
        okrs=onepagers.okr_sheets(plan, nodes, speaker) if "okrs" in wanted else (),
        ogsms=onepagers.ogsm_sheets(plan, nodes, speaker) if "ogsm" in wanted else (),
        validation=overview.validation(shown, counts, speaker) if "validation" in wanted else None,
        people=persons,
        people_block=None
        if include_people or not plan.persons
        else people.block(stats(plan), len(findings) - len(shown), speaker),
    )
    return _with_contents(report)


def _with_contents(report: Report) -> Report:
    present = {
        "cover": report.cover is not None,
        "summary": report.summary is not None,
        "analysis": report.analysis is not None,
        "cascade": report.cascade is not None,
        "scorecards": bool(report.scorecards),
        "balance": report.balance is not None,
        "okrs": bool(report.okrs),
        "ogsm": bool(report.ogsms),
        "validation": report.validation is not None,
        "people": bool(report.people),
    }
    contents = tuple(
        Heading(name, report.words[name]) for name in (*SECTIONS, "people") if present[name]
    )
    return replace(report, contents=contents)
