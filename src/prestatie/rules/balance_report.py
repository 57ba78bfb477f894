"""The balance figures with the `bsc/` and `balance/` findings that judge them: the data
`prestatie balance` renders. Computing stays in `compute.balance`; judging stays here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from prestatie.compute.balance import Scope, scopes
from prestatie.model.plan import Plan
from prestatie.rules import bsc
from prestatie.rules.engine import finalise


@dataclass(slots=True)
class BalanceReport:
    scopes: list[Scope]
    findings: list[Any]
    fail_under: float | None
    below: list[Scope]

    @property
    def failed(self) -> bool:
        return bool(self.below)

    def as_dict(self) -> dict[str, Any]:
        return {
            "scopes": [s.as_dict() for s in self.scopes],
            "findings": [f.as_dict() for f in self.findings],
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
