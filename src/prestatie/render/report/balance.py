"""Balance in the report: shares per perspective per scope (`compute.balance`), with the
findings that judge them (`rules.balance_report`) and the verdict in one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from prestatie.compute.balance import Scope
from prestatie.findings import Finding
from prestatie.i18n import Msg, Speaker
from prestatie.model.plan import Plan
from prestatie.render.balance_text import scope_title
from prestatie.render.common import NONE
from prestatie.render.report.values import percent
from prestatie.rules.balance_report import report

SCOPES = ("plan", "level", "unit", "scorecard")


@dataclass(frozen=True, slots=True)
class Share:
    id: str
    title: str  # the plan's label of the perspective
    objectives: str
    measures: str
    weight: str
    share: float | None  # 0..1, for bars and charts
    share_text: str


@dataclass(frozen=True, slots=True)
class BalanceScope:
    kind: str  # plan | level | unit | scorecard
    name: str
    title: str
    shares: tuple[Share, ...]
    entropy: str
    external: str
    internal: str
    short: str
    medium: str
    long: str
    leading: str
    lagging: str
    leading_share: str


@dataclass(frozen=True, slots=True)
class BalanceSection:
    scopes: tuple[BalanceScope, ...]
    findings: tuple[str, ...]  # the bsc/ and balance/ findings, in words
    verdict: str


def build(plan: Plan, speaker: Speaker) -> BalanceSection | None:
    result = report(plan, SCOPES)
    scopes = tuple(_scope(s, speaker) for s in result.scopes if s.objectives)
    if not scopes:
        return None
    plan_scope = next((s for s in result.scopes if s.kind == "plan"), None)
    return BalanceSection(
        scopes,
        tuple(speaker.say(f.message) for f in result.findings),
        verdict(plan_scope, result.findings, speaker) if plan_scope is not None else "",
    )


def _scope(scope: Scope, speaker: Speaker) -> BalanceScope:
    def pct(value: float | None) -> str:
        return percent(value, speaker)

    o, h = scope.orientation, scope.horizon
    return BalanceScope(
        kind=scope.kind,
        name=scope.name,
        title=scope_title(scope, speaker),
        shares=tuple(
            Share(
                f.id,
                speaker.perspective(f.id),
                speaker.number(f.objectives),
                speaker.number(f.measures),
                speaker.number(f.weight),
                f.share,
                pct(f.share),
            )
            for f in scope.perspectives
        ),
        entropy=NONE if scope.entropy is None else speaker.number(scope.entropy, 2),
        external=pct(o.get("external")),
        internal=pct(o.get("internal")),
        short=pct(h.get("short")),
        medium=pct(h.get("medium")),
        long=pct(h.get("long")),
        leading=speaker.number(scope.leading),
        lagging=speaker.number(scope.lagging),
        leading_share=pct(scope.leading_ratio),
    )


def _about_plan(finding: Finding) -> bool:
    scope = finding.message.arguments().get("scope")
    return isinstance(scope, Msg) and scope.id == "balance.scope.plan"


def verdict(scope: Scope, findings: list[Finding], speaker: Speaker) -> str:
    """The rules' judgement of the whole plan in one sentence: what dominates, what is
    thin, what is missing; or that no balance rule has anything to say."""
    if not scope.objectives:
        return ""
    parts: list[str] = []
    missing: list[str] = []
    for finding in findings:
        if not _about_plan(finding):
            continue
        args = finding.message.arguments()
        if finding.code == "balance/dominant":
            parts.append(
                speaker.text(
                    "report.verdict.dominant", perspective=args["perspective"], share=args["share"]
                )
            )
        elif finding.code == "balance/underweight":
            parts.append(
                speaker.text(
                    "report.verdict.thin", perspective=args["perspective"], share=args["share"]
                )
            )
        elif finding.code == "balance/missing":
            missing.append(str(args["perspective"]))
    if len(missing) == 1:
        parts.append(speaker.text("report.verdict.missing-one", perspective=missing[0]))
    elif missing:
        parts.append(speaker.text("report.verdict.missing", perspectives=missing))
    if not parts:
        entropy = NONE if scope.entropy is None else speaker.number(scope.entropy, 2)
        return speaker.text("report.verdict.even", entropy=entropy)
    return speaker.text("report.verdict.uneven", parts="; ".join(parts))
