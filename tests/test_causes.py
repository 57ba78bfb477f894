"""Causes before consequences: which findings follow from another (`rules.causes`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from prestatie.findings import Finding
from prestatie.rules.engine import validate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "gouden-korst"


def _copy(tmp_path: Path) -> Path:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLE, plan)
    return plan


def _edit(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def _top(finding: Finding, by_key: dict[tuple[str, int, int, str], Finding]) -> Finding:
    while finding.follows is not None:
        finding = by_key[finding.follows]
    return finding


def _findings(plan: Path) -> list[Finding]:
    return validate([str(plan)], cwd=plan).findings


def test_every_consequence_of_an_unquoted_colon_follows_from_the_syntax_error(
    tmp_path: Path,
) -> None:
    plan = _copy(tmp_path)
    _edit(plan / "strategy/strategic.yaml", 50, "title: 80 zakelijke", "title: Doel: 80 zakelijke")
    findings = _findings(plan)
    by_key = {f.key(): f for f in findings}
    (root,) = [f for f in findings if f.code == "yaml/syntax"]
    assert (root.file, root.line, root.follows) == ("strategy/strategic.yaml", 50, None)
    # The example's own people warnings (a gap without a POP, a reward off the policy)
    # have nothing to do with the broken file.
    people = [f for f in findings if f.code.startswith("people/")]
    assert [(f.code, f.follows) for f in people] == [
        ("people/reward-mismatch", None),
        ("people/competence-gap", None),
    ]
    others = [f for f in findings if f is not root and f not in people]
    assert len(others) == 37
    assert {_top(f, by_key).key() for f in others} == {root.key()}
    codes = {f.code for f in others}
    assert codes == {
        "ref/unknown-parent",
        "cascade/line-of-sight",
        "swot/unaddressed",
        "bsc/empty-perspective",
        "bsc/link-unknown",
    }
    # The line of sight stops at a department goal whose parent is lost: it follows from
    # that goal's unknown parent, which follows from the syntax error.
    sight = next(f for f in others if f.code == "cascade/line-of-sight")
    assert sight.follows is not None and sight.follows[3] == "ref/unknown-parent"
    for finding in others:
        if finding.code in ("ref/unknown-parent", "bsc/link-unknown"):
            assert finding.hint is not None and finding.hint.id == "cause.in-unreadable"
            assert finding.hint.arguments()["file"] == "strategy/strategic.yaml"
            assert finding.follows == root.key()


def test_a_misspelt_perspective_carries_its_balance_and_scorecard_findings(
    tmp_path: Path,
) -> None:
    plan = _copy(tmp_path)
    _edit(plan / "strategy/strategic.yaml", 102, "perspective: leren", "perspective: lerenn")
    findings = _findings(plan)
    (root,) = [f for f in findings if f.code == "ref/unknown-perspective"]
    assert (root.file, root.line, root.item) == ("strategy/strategic.yaml", 102, "SD-5")
    following = sorted((f.code, f.file, f.line) for f in findings if f.follows == root.key())
    assert following == [
        ("balance/dominant", "scorecard.yaml", 4),
        ("balance/dominant", "strategy/strategic.yaml", 9),
        ("balance/lost-in-cascade", "strategy/strategic.yaml", 9),
        ("balance/missing", "strategy/strategic.yaml", 9),
        ("bsc/empty-perspective", "scorecard.yaml", 4),
        ("bsc/link-unknown", "scorecard.yaml", 9),
    ]
    # What the typo does not explain stays on its own.
    assert all(f.follows is None for f in findings if f.code.startswith("swot/"))


def _small_plan(tmp_path: Path, strategy: str) -> Path:
    plan = tmp_path / "small"
    plan.mkdir()
    (plan / "prestatie.yaml").write_text(
        "kind: plan\nname: Klein plan\nperiod: 2026\n", encoding="utf-8"
    )
    (plan / "mission.yaml").write_text(
        "kind: mission\norganisation: Klein\nmission: Wij bakken brood.\n", encoding="utf-8"
    )
    (plan / "strategy.yaml").write_text(strategy, encoding="utf-8")
    (plan / "other.yaml").write_text(
        "kind: goals\nlevel: strategic\ngoals:\n"
        "  - {id: SD-10, parent: mission, title: Omzet groeit, perspective: financial}\n",
        encoding="utf-8",
    )
    (plan / "department.yaml").write_text(
        "kind: goals\nlevel: department\nunit: Verkoop\ngoals:\n"
        "  - {id: AD-1, parent: SD-1, title: Meer klanten, perspective: customer}\n"
        "  - {id: AD-2, parent: SD-99, title: Minder klachten, perspective: customer}\n",
        encoding="utf-8",
    )
    return plan


def _parent_findings(plan: Path) -> dict[str, Finding]:
    return {
        f.item or "": f
        for f in _findings(plan)
        if f.code == "ref/unknown-parent" and f.item in ("AD-1", "AD-2")
    }


def test_no_did_you_mean_for_an_id_that_sits_in_an_unreadable_file(tmp_path: Path) -> None:
    plan = _small_plan(
        tmp_path,
        "kind: goals\nlevel: strategic\ngoals:\n"
        "  - id: SD-1\n    parent: mission\n    title: Doel: 80 klanten\n",
    )
    found = _parent_findings(plan)
    lost = found["AD-1"]
    assert lost.follows is not None and lost.follows[::3] == ("strategy.yaml", "yaml/syntax")
    assert lost.hint is not None and lost.hint.id == "cause.in-unreadable"
    assert "SD-10" not in str(lost.hint)
    # SD-99 is nowhere in the broken file: a finding of its own, with its own hint.
    assert found["AD-2"].follows is None


def test_a_file_that_names_no_ids_cannot_vouch_for_a_suggestion(tmp_path: Path) -> None:
    plan = _small_plan(tmp_path, "kind: goals\nlevel: strategic\ngoals: [unclosed\n")
    found = _parent_findings(plan)
    finding = found["AD-1"]
    assert finding.follows is None  # nothing says SD-1 was in the broken file
    assert finding.hint is not None and finding.hint.id == "cause.maybe-unreadable"
    assert finding.hint.arguments() == {"ref": "SD-1", "file": "strategy.yaml"}


def test_findings_without_a_cause_are_left_alone() -> None:
    plan = ROOT / "examples" / "eenzijdig"
    findings = _findings(plan)
    assert {f.code for f in findings} >= {"balance/missing", "balance/dominant"}
    assert all(f.follows is None for f in findings)
