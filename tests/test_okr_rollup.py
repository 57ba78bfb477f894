"""Key-result roll-up (`okr: {rollup: true}`): off by default, bottom-up, marked in the tree."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from prestatie.cli import app

runner = CliRunner()

OKRS = """\
kind: okr
id: OKR-TOP
parent: SD-1
period: 2026
objective: Top
key_results:
  - {id: KR1, text: Rolled up, baseline: 0, target: 10, current: 10}
  - {id: KR2, text: Own figure, baseline: 0, target: 10, current: 2}
  - {id: KR3, text: Manual score wins, baseline: 0, target: 10, current: 0, score: 0.9}
---
kind: okr
id: OKR-A
parent: OKR-TOP/KR1
period: 2026-Q1
objective: A
key_results:
  - {id: KR1, text: a, baseline: 0, target: 10, current: 4}
  - {id: KR2, text: b, baseline: 0, target: 10}
---
kind: okr
id: OKR-B
parent: OKR-TOP/KR1
period: 2026-Q1
objective: B
key_results:
  - {id: KR1, text: from below, baseline: 0, target: 10, current: 0}
---
kind: okr
id: OKR-C
parent: OKR-B/KR1
period: 2026-Q1
objective: C
key_results:
  - {id: KR1, text: c, baseline: 0, target: 10, current: 8}
---
kind: okr
id: OKR-LATER
parent: OKR-TOP/KR3
period: 2026-Q4
objective: Not started on the as-of date
key_results:
  - {id: KR1, text: d, baseline: 0, target: 10, current: 10}
---
kind: okr
id: OKR-Q4
parent: OKR-TOP/KR2
period: 2026-Q4
objective: Not started on the as-of date
key_results:
  - {id: KR1, text: d, baseline: 0, target: 10, current: 10}
"""


def _plan(tmp_path: Path, rollup: bool) -> Path:
    folder = tmp_path / "plan"
    folder.mkdir()
    setting = "okr: {rollup: true}\n" if rollup else ""
    (folder / "prestatie.yaml").write_text(
        f"kind: plan\nname: t\nperiod: 2026\n{setting}", encoding="utf-8"
    )
    (folder / "mission.yaml").write_text(
        "kind: mission\norganisation: T\nmission: m\n", encoding="utf-8"
    )
    (folder / "goals.yaml").write_text(
        "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Grow\nparent: mission\nowner: Board\n"
        "measures: [{name: Sales, unit: EUR, baseline: 0, target: 10, actual: 5}]\n",
        encoding="utf-8",
    )
    (folder / "okrs.yaml").write_text(OKRS, encoding="utf-8")
    return folder


def _nodes(folder: Path, *extra: str) -> tuple[dict[str, dict[str, object]], str]:
    base = ["tree", str(folder), "--as-of", "2026-06-30"]
    result = runner.invoke(app, [*base, "-f", "json"], catch_exceptions=False)
    found: dict[str, dict[str, object]] = {}
    stack = list(json.loads(result.output)["roots"])
    while stack:
        node = stack.pop()
        found[node["id"]] = node
        stack.extend(node["children"])
    text = runner.invoke(app, [*base, "--lang", "en"], catch_exceptions=False).output
    return found, text


def test_off_by_default_every_key_result_scores_its_own_current(tmp_path: Path) -> None:
    nodes, text = _nodes(_plan(tmp_path, rollup=False))
    assert nodes["OKR-TOP/KR1"]["score"] == 1.0
    assert nodes["OKR-TOP/KR1"]["rolled_up"] is False
    assert "rolled up" not in text
    assert "rolled_up" not in nodes["OKR-TOP"] and "rolled_up" not in nodes["SD-1"]


def test_a_key_result_scores_the_okrs_aligned_under_it(tmp_path: Path) -> None:
    nodes, text = _nodes(_plan(tmp_path, rollup=True))
    # OKR-B/KR1 rolls up OKR-C (0.8) first; then OKR-TOP/KR1 = mean(OKR-A 0.4, OKR-B 0.8).
    assert (nodes["OKR-B/KR1"]["score"], nodes["OKR-B/KR1"]["rolled_up"]) == (0.8, True)
    assert nodes["OKR-B"]["score"] == 0.8
    assert (nodes["OKR-TOP/KR1"]["score"], nodes["OKR-TOP/KR1"]["rolled_up"]) == (0.6, True)
    # KR2: its only OKR has not started on 30 June, so it keeps its own figure.
    assert (nodes["OKR-TOP/KR2"]["score"], nodes["OKR-TOP/KR2"]["rolled_up"]) == (0.2, False)
    # KR3: a manual score wins over the roll-up.
    assert (nodes["OKR-TOP/KR3"]["score"], nodes["OKR-TOP/KR3"]["rolled_up"]) == (0.9, False)
    assert nodes["OKR-TOP"]["score"] == round((0.6 + 0.2 + 0.9) / 3, 4)
    assert nodes["OKR-A/KR1"]["rolled_up"] is False
    # Under OKR-TOP its key results are shown by their own ids.
    lines = [line for line in text.splitlines() if "KR1 Rolled up " in line]
    assert lines and re.search(r"amber +█+░+ 60% +· rolled up from its OKRs$", lines[0])
    assert not any("KR2 Own figure" in line and "rolled up" in line for line in text.splitlines())


def test_validate_judges_the_rolled_up_score(tmp_path: Path) -> None:
    folder = _plan(tmp_path, rollup=True)
    result = runner.invoke(app, ["validate", str(folder), "--as-of", "2027-01-15", "-f", "json"])
    payload = json.loads(result.output)
    missed = {f["message"] for f in payload["findings"] if f["code"] == "okr/committed-missed"}
    # By then OKR-Q4 has started: KR2 = 1.0, so OKR-TOP = (0.6 + 1.0 + 0.9) / 3.
    assert "OKR-TOP: committed OKR scored 0.83 after its period 2026 (green)" in missed
