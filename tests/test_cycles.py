"""cascade/cycle through the whole graph: goals, OKRs (their key results), OGSMs (strategies)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from prestatie.rules.engine import validate

from .conftest import CASES


def test_an_ogsm_whose_parent_is_its_own_strategy_and_a_goal_between(tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    shutil.copytree(CASES / "invalid" / "okr-cycle", folder)
    (folder / "okrs.yaml").unlink()
    (folder / "goals.yaml").write_text(
        (folder / "goals.yaml").read_text(encoding="utf-8").replace("OKR-X/KR1", "OGSM-1/S2"),
        encoding="utf-8",
    )
    (folder / "ogsm.yaml").write_text(
        "kind: ogsm\nid: OGSM-1\nparent: AD-A\nperiod: 2026-Q1\nobjective: x\n"
        "strategies:\n  - {id: S1, text: a}\n  - {id: S2, text: b}\n"
        "---\n"
        "kind: ogsm\nid: OGSM-2\nparent: OGSM-2/S1\nperiod: 2026-Q1\nobjective: y\n"
        "strategies:\n  - {id: S1, text: a}\n",
        encoding="utf-8",
    )
    result = validate([str(folder)], as_of=date(2026, 11, 27))
    cycles = sorted(
        (f.file, f.line, str(f.message)) for f in result.findings if f.code == "cascade/cycle"
    )
    assert cycles == [
        ("goals.yaml", 15, "AD-A: derives from itself: AD-A → OGSM-1/S2 → AD-A"),
        ("ogsm.yaml", 12, "OGSM-2: derives from itself: OGSM-2 → OGSM-2/S1"),
    ]


def test_a_chain_into_an_okr_cycle_is_reported_once_per_cycle(tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    shutil.copytree(CASES / "invalid" / "okr-cycle", folder)
    with (folder / "okrs.yaml").open("a", encoding="utf-8") as out:
        out.write(
            "---\nkind: okr\nid: OKR-4\nparent: OKR-3/KR2\nperiod: 2026-Q1\nobjective: z\n"
            "key_results:\n  - {id: KR1, text: a, baseline: 0, target: 1, current: 1}\n"
            "  - {id: KR2, text: b, baseline: 0, target: 1, current: 1}\n"
        )
    result = validate([str(folder)], as_of=date(2026, 11, 27))
    lines = sorted(f.line for f in result.findings if f.code == "cascade/cycle")
    assert lines == [12, 15, 21]  # OKR-SELF, AD-A (goals.yaml), OKR-2; not OKR-4
