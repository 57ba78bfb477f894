"""The balance figures with the `bsc/` and `balance/` findings that judge them: the data
`prestatie balance` renders. Computing stays in `compute.balance`; judging stays here.

Nothing here is text: the findings carry catalogue messages (`Msg`), rendered by the
balance renderers with the run's `Speaker`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from prestatie.compute.balance import Scope, scopes
from prestatie.findings import Finding
from prestatie.i18n import Speaker
from prestatie.model.plan import Plan
from prestatie.rules import bsc
from prestatie.rules.engine import finalise


@dataclass(slots=True)
class BalanceReport:
    scopes: list[Scope]
    findings: list[Finding]
    fail_under: float | None
    below: list[Scope]

    @property
    def failed(self) -> bool:
        return bool(self.below)

    def as_dict(self, speaker: Speaker | None = None) -> dict[str, Any]:
        """The report for machine output; finding texts in `speaker`'s language (English
        without one), beside their message ids and arguments."""
        return {
            "scopes": [s.as_dict() for s in self.scopes],
            "findings": [f.as_dict(speaker) for f in self.findings],
            "fail_under": self.fail_under,
            "below": [{"scope": s.kind, "name": s.name} for s in self.below],
        }


def report(plan: Plan, by: Iterable[str], fail_under: float | None = None) -> BalanceReport:
    """Scopes, the bsc/ and balance/ findings, and which scopes fall below the bound."""
    chosen = scopes(plan, by)
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
    return BalanceReport(chosen, findings, fail_under, below)
