"""Rule passes over an indexed plan. Each pass yields findings and never raises for plan content."""

from __future__ import annotations

import gc
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
    enabled = gc.isenabled()
    gc.disable()  # the passes build many small objects that never form cycles
    try:
        for rule_pass in PASSES:
            out.extend(rule_pass(plan))
    finally:
        if enabled:
            gc.enable()
    return out
