"""Rule passes over an indexed plan. Each pass yields findings and never raises for plan content."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from prestatie.findings import Finding
from prestatie.plan import Plan
from prestatie.rules import bsc, derivation, ogsm, okr, smart, swot

Pass = Callable[[Plan], Iterable[Finding]]

PASSES: tuple[Pass, ...] = (
    derivation.check,
    smart.check,
    bsc.check,
    swot.check,
    okr.check,
    ogsm.check,
)


def run(plan: Plan) -> list[Finding]:
    out: list[Finding] = []
    for rule_pass in PASSES:
        out.extend(rule_pass(plan))
    return out
