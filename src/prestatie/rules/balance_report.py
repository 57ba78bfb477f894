"""The balance figures with the `bsc/` and `balance/` findings that judge them: the data
`prestatie balance` renders. Computing stays in `compute.balance`; judging stays in
`rules.bsc`; this module only joins the two.

Each scope gets a `Verdict`: the verdict per perspective is read from the findings about
that scope (never judged a second time), the entropy is held against the bound the rules
use (`fail_under` when set, else `balance/lost-in-cascade`'s `min_entropy`), and a note
says why a scope is not judged (too few objectives for `min_objectives`, or a unit).

Nothing here is text: verdicts are ids and the findings carry catalogue messages (`Msg`),
rendered by the balance renderers with the run's `Speaker`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from prestatie.compute.balance import Scope, scopes
from prestatie.compute.scorecards import scorecards
from prestatie.findings import Finding
from prestatie.i18n import Msg, Speaker, msg
from prestatie.model.plan import Plan
from prestatie.rules import bsc
from prestatie.rules.engine import finalise

#: The verdict a finding gives the perspective it names.
_VERDICT = {
    "balance/dominant": "dominant",
    "balance/missing": "missing",
    "balance/underweight": "underweight",
    "bsc/empty-perspective": "missing",
}
#: The scope a `balance/` finding names (`balance.scope.<kind>` in its `scope` argument).
_SCOPE_KIND = {
    "balance.scope.plan": "plan",
    "balance.scope.level": "level",
    "balance.scope.scorecard": "scorecard",
}


@dataclass(slots=True)
class Verdict:
    """How the rules judge one scope."""

    #: perspective id -> `dominant`, `missing` or `underweight`, from the scope's findings.
    perspectives: dict[str, str] = field(default_factory=dict)
    #: Whether the balance rules judge this scope's shares at all.
    judged: bool = False
    #: `one-sided` (entropy below the bound), `balanced` or None (not judged).
    entropy: str | None = None
    bound: float | None = None
    #: The setting the bound comes from: `fail_under` or `min_entropy`.
    setting: str | None = None
    #: Why the scope is not judged, as catalogue messages.
    notes: list[Msg] = field(default_factory=list)
    #: The findings about this scope, in order.
    findings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "perspectives": dict(self.perspectives),
            "judged": self.judged,
            "entropy": self.entropy,
            "bound": self.bound,
            "setting": self.setting,
            "notes": [note.as_json() for note in self.notes],
        }


@dataclass(slots=True)
class BalanceReport:
    scopes: list[Scope]
    findings: list[Finding]
    fail_under: float | None
    below: list[Scope]
    #: One verdict per scope, in the order of `scopes`.
    verdicts: list[Verdict] = field(default_factory=list)
    #: Scorecard id -> its title.
    titles: dict[str, str] = field(default_factory=dict)
    #: The scope kinds asked for that the plan has none of (`unit`, `scorecard`, `level`).
    absent: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.below)

    def verdict(self, scope: Scope) -> Verdict:
        for known, verdict in zip(self.scopes, self.verdicts, strict=True):
            if known is scope:
                return verdict
        return Verdict()

    def as_dict(self, speaker: Speaker | None = None) -> dict[str, Any]:
        """The report for machine output; finding texts in `speaker`'s language (English
        without one), beside their message ids and arguments."""
        return {
            "scopes": [s.as_dict() for s in self.scopes],
            "findings": [f.as_dict(speaker) for f in self.findings],
            "fail_under": self.fail_under,
            "below": [{"scope": s.kind, "name": s.name} for s in self.below],
            "verdicts": [
                {"scope": s.kind, "name": s.name, **v.as_dict()}
                for s, v in zip(self.scopes, self.verdicts, strict=True)
            ],
        }


def report(plan: Plan, by: Iterable[str], fail_under: float | None = None) -> BalanceReport:
    """Scopes, the bsc/ and balance/ findings, and which scopes fall below the bound."""
    kinds = list(by)
    chosen = scopes(plan, kinds)
    findings = finalise(plan, list(bsc.check(plan)), None)
    findings.sort(key=lambda f: f.sort_key())
    if fail_under is None:
        configured = plan.config.balance.get("fail_under")
        if isinstance(configured, int | float) and not isinstance(configured, bool):
            fail_under = float(configured)
    below = [
        s
        for s in chosen
        if fail_under is not None and s.entropy is not None and s.entropy < fail_under
    ]
    result = BalanceReport(chosen, findings, fail_under, below)
    if "scorecard" in kinds:
        result.titles = {card.id: card.title for card in scorecards(plan)}
    result.absent = [
        kind
        for kind in ("level", "unit", "scorecard")
        if kind in kinds and not any(s.kind == kind for s in chosen)
    ]
    owners = _owners(chosen, findings)
    result.verdicts = [_verdict(plan, s, owners.get(id(s), []), result) for s in chosen]
    return result


def _owners(chosen: list[Scope], findings: list[Finding]) -> dict[int, list[Finding]]:
    """The findings about each shown scope, by the scope's `id()`; a finding about a
    scope that is not shown belongs to none."""
    shown = {(s.kind, s.name): s for s in chosen}
    out: dict[int, list[Finding]] = {}
    for finding in findings:
        for key in _about(finding):
            scope = shown.get(key)
            if scope is not None:
                out.setdefault(id(scope), []).append(finding)
                break
    return out


def _about(finding: Finding) -> list[tuple[str, str]]:
    """The scopes (kind, name) a bsc/ or balance/ finding is about, the closest first."""
    args = finding.message.arguments()
    scope = args.get("scope")
    if isinstance(scope, Msg) and scope.id in _SCOPE_KIND:
        return [(_SCOPE_KIND[scope.id], str(scope.arguments().get("name", "plan")))]
    if finding.code == "balance/lost-in-cascade":
        # Placed at the level that lost its balance (or never had it).
        one_sided = finding.message.id.startswith("balance/lost-in-cascade.one-sided")
        level = ("level", str(args.get("upper" if one_sided else "lower", "")))
        unit = args.get("unit")
        return [("unit", str(unit)), level] if unit is not None else [level]
    if finding.item is not None:
        return [("scorecard", finding.item)]
    return []


def _verdict(plan: Plan, scope: Scope, findings: list[Finding], result: BalanceReport) -> Verdict:
    config = plan.config
    min_objectives = int(config.number("balance/dominant", "min_objectives", 4))
    verdict = Verdict(findings=findings)
    for finding in findings:
        word = _VERDICT.get(finding.code)
        perspective = finding.message.arguments().get("perspective")
        if word is not None and isinstance(perspective, str):
            verdict.perspectives.setdefault(perspective, word)
    if scope.kind == "unit":
        verdict.notes.append(msg("balance.note.unit"))
    elif 0 < scope.objectives < min_objectives:
        verdict.notes.append(
            msg("balance.note.too-few", count=scope.objectives, minimum=min_objectives)
        )
    else:
        verdict.judged = scope.objectives > 0
    if scope.entropy is None:
        return verdict
    if result.fail_under is not None:
        verdict.bound, verdict.setting = result.fail_under, "fail_under"
        verdict.entropy = "one-sided" if any(s is scope for s in result.below) else "balanced"
    elif verdict.judged:
        bound = config.number("balance/lost-in-cascade", "min_entropy", 0.8)
        verdict.bound, verdict.setting = bound, "min_entropy"
        verdict.entropy = "one-sided" if scope.entropy < bound else "balanced"
    return verdict
