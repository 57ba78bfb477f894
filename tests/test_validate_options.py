"""`prestatie validate` on the command line: the broken-plan goldens at 80 and 100
columns, every option (`--select`, `--ignore`, `--severity`, `--all`, `--statistics`,
`--quiet`, `--exit-zero`), several plans in one run, and repeats reported once.

The goldens are tests/golden/validate-*; after a deliberate change of the output:
    UPDATE_GOLDEN=1 python -m pytest tests/test_validate_options.py -k golden
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from .conftest import CASES, EXAMPLES, ROOT

runner = CliRunner()
BROKEN_ARG = "tests/plans/broken-strategy"  # as a user types it at the repository's root
GOLDEN = Path(__file__).parent / "golden"
PLANS = Path(__file__).parent / "plans"
BROKEN = PLANS / "broken-strategy"  # strategy/strategic.yaml:18 cannot be parsed


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository's root: paths are shown relative to the current folder."""
    monkeypatch.chdir(ROOT)


def run(*args: str, columns: int | None = None) -> tuple[int, str, str]:
    env = {"COLUMNS": str(columns)} if columns else {}
    result = runner.invoke(app, ["validate", *args], env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def broken(*args: str, columns: int | None = None) -> tuple[int, str]:
    code, out, _ = run(BROKEN_ARG, "--as-of", "2026-11-30", *args, columns=columns)
    return code, out


# ---------------------------------------------------------------------------------- goldens

GOLDENS = [
    ("text-nl-80", 80, ()),
    ("text-nl-100", 100, ()),
    ("text-en-100", 100, ("--lang", "en")),
    ("text-nl-all-80", 80, ("--all",)),
    ("md-nl", 100, ("--format", "md")),
]


@pytest.mark.parametrize(("name", "columns", "args"), GOLDENS, ids=[g[0] for g in GOLDENS])
def test_broken_plan_matches_its_golden_file(name: str, columns: int, args: tuple[str]) -> None:
    code, output = broken(*args, columns=columns)
    assert code == 1
    golden = GOLDEN / f"validate-broken-strategy.{name}.{'md' if 'md' in name else 'txt'}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_broken_plan_starts_with_its_cause_and_says_where_to_begin() -> None:
    _, output = broken("--lang", "en", columns=100)
    lines = output.splitlines()
    assert lines[0] == (
        "Fix these first: 1 finding stops part of the plan from being read, and 11 other findings "
        "may follow"
    )
    assert lines[2].startswith(
        "tests/plans/broken-strategy/strategy/strategic.yaml:18:16: error yaml/syntax "
    )
    assert "The other findings:" in lines
    assert lines[-1] == (
        "7 errors, 6 warnings, 0 info in 5 of 6 files (9 items); start at "
        "tests/plans/broken-strategy/strategy/strategic.yaml"
    )


def test_the_width_wraps_hints_not_finding_lines() -> None:
    for columns in (80, 100):
        _, output = broken("--lang", "en", columns=columns)
        lines = output.splitlines()
        hints = [ln for ln in lines if ln.startswith("    ")]
        assert hints and all(len(ln) <= columns for ln in hints)
        assert max(len(ln) for ln in lines) > columns  # a finding's own line stays whole
    _, narrow = broken(columns=80)
    _, wide = broken(columns=100)
    assert narrow != wide and narrow.split() == wide.split()


# ------------------------------------------------------------------------- --select, --ignore


def codes(output: str) -> set[str]:
    return {f["code"] for f in json.loads(output)["findings"]}


def test_select_codes_and_families_repeatable_and_comma_separated() -> None:
    _, output = broken("-f", "json", "--select", "ref/unknown-parent,bsc")
    assert codes(output) == {"ref/unknown-parent", "bsc/empty-perspective", "bsc/link-unknown"}
    _, again = broken("-f", "json", "--select", "ref/unknown-parent", "--select", "bsc/")
    assert codes(again) == codes(output)
    summary = json.loads(output)["summary"]
    assert (summary["error"], summary["warning"], summary["left_out"]) == (3, 4, 6)


def test_ignore_leaves_out_and_wins_over_select() -> None:
    _, output = broken("-f", "json", "--ignore", "bsc/,balance", "--ignore", "yaml/syntax")
    assert codes(output) == {"ref/unknown-parent", "cascade/line-of-sight", "cascade/level"}
    _, output = broken("-f", "json", "--select", "bsc", "--ignore", "bsc/empty-perspective")
    assert codes(output) == {"bsc/link-unknown"}


def test_the_summary_says_how_many_the_selection_left_out() -> None:
    _, output = broken("--lang", "en", "--select", "cascade")
    assert output.splitlines()[-1].endswith(
        "start at tests/plans/broken-strategy/people/p-0001.yaml; 10 findings left out by "
        "--select, --ignore or --severity"
    )
    _, output = broken("--select", "cascade")
    assert output.splitlines()[-1].endswith(
        "; 10 bevindingen weggelaten door --select, --ignore of --severity"
    )


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (
            "--select",
            "smart/no-ownr",
            "--select 'smart/no-ownr': no such rule code or family; did you mean 'smart/no-owner'?",
        ),
        (
            "--ignore",
            "cascad",
            "--ignore 'cascad': no such rule code or family; did you mean 'cascade/'?",
        ),
        (
            "--select",
            "zzzzzz",
            "--select 'zzzzzz': no such rule code or family; `prestatie explain` lists them",
        ),
    ],
)
def test_an_unknown_code_or_family_is_a_usage_error(option: str, value: str, expected: str) -> None:
    code, out, err = run(BROKEN_ARG, option, f"ref,{value}", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == f"prestatie: error: {expected}\n"


# ---------------------------------------------------------------------------------- --severity


def test_severity_is_the_mildest_shown_and_the_exit_code_follows_what_is_shown() -> None:
    code, output = broken("-f", "json", "--severity", "error")
    assert code == 1
    assert {f["severity"] for f in json.loads(output)["findings"]} == {"error"}
    code, output = broken("-f", "json", "--severity", "waarschuwing", "--select", "balance")
    assert code == 0  # warnings alone
    assert json.loads(output)["summary"]["warning"] == 2
    code, _ = broken("--select", "balance", "--strict")
    assert code == 1
    code, out, err = run(BROKEN_ARG, "--severity", "loud", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == "prestatie: error: --severity 'loud': expected error, warning or info\n"


# ------------------------------------------------------------- --exit-zero, --quiet, --all


def test_exit_zero_exits_0_with_errors() -> None:
    code, output = broken("--exit-zero")
    assert code == 0
    assert "fout yaml/syntax" in output
    assert broken("--exit-zero", "--strict")[0] == 0


def test_quiet_prints_only_the_findings() -> None:
    code, output = broken("--quiet", "--lang", "en")
    assert code == 1
    assert output.splitlines()[-2].startswith(
        "tests/plans/broken-strategy/people/p-0001.yaml:17:13: error cascade/level"
    )
    assert "errors," not in output
    # the example without its own people warnings is clean: nothing at all
    code, out, err = run(str(EXAMPLES / "gouden-korst"), "-q", "--ignore", "people")
    assert (code, out, err) == (0, "", "")
    code, out, _ = run(str(EXAMPLES / "gouden-korst"), "-q", "-f", "md", "--ignore", "people")
    assert (code, out) == (0, "")


def test_all_lists_every_finding(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(BROKEN, plan)
    people = "\n".join(
        f"  - {{id: PD-{i}, parent: FD-WI-1, title: Doel {i}, measures: []}}" for i in range(25)
    )
    (plan / "people" / "p-0002.yaml").write_text(
        f"kind: person\nid: p-0002\nname: Piet\ngoals:\n{people}\n", encoding="utf-8"
    )
    _, output, _ = run(str(plan), "--select", "smart/no-measure", "--lang", "en")
    assert output.count("warning smart/no-measure") == 5
    assert "… and 20 more findings of smart/no-measure (shown with `--all`)" in output
    assert output.splitlines()[-1].startswith("0 errors, 25 warnings")
    _, output, _ = run(str(plan), "--select", "smart/no-measure", "--all")
    assert output.count("waarschuwing smart/no-measure") == 25
    assert "meer" not in output and "getoond met" not in output


# ------------------------------------------------------------------------------ --statistics


def test_statistics_count_per_code_sorted_by_count() -> None:
    code, output = broken("--statistics", "--lang", "en")
    assert code == 1
    lines = output.splitlines()
    assert lines[0] == (
        "4  bsc/empty-perspective  warning  A perspective of the scorecard has no objective"
    )
    counts = [int(ln.split()[0]) for ln in lines[:-2]]
    assert counts == sorted(counts, reverse=True) and sum(counts) == 13
    assert [ln.split()[1] for ln in lines[:-2]][-1] == "yaml/syntax"
    assert lines[-1].startswith("7 errors, 6 warnings, 0 info")
    _, output = broken("--statistics", "-f", "json")
    stats = json.loads(output)["statistics"]
    assert stats[0] == {
        "code": "bsc/empty-perspective",
        "severity": "warning",
        "count": 4,
        "title": "Een perspectief op de scorekaart heeft geen doelstelling",
    }


# ---------------------------------------------------------------------- several plans, repeats


def test_several_plans_are_reported_per_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES / "invalid")
    code, output, _ = run("cascade-level", "cascade-period", "--lang", "en")
    assert code == 1
    lines = output.splitlines()
    assert lines[0] == "plan cascade-level"
    second = lines.index("plan cascade-period")
    assert lines[second - 1] == ""
    assert lines[second - 2].startswith("2 errors, 1 warning, 0 info in 1 of 3 files")
    assert lines[-1].startswith("total of 2 plans: 2 errors, ")
    code, output, _ = run("cascade-level", "cascade-period", "-f", "json")
    payload = json.loads(output)
    assert [p["root"] for p in payload["plans"]] == ["cascade-level", "cascade-period"]
    assert {f["plan"] for f in payload["findings"]} == {"cascade-level", "cascade-period"}
    totals = payload["summary"]
    for key in ("error", "warning", "info", "files", "items"):
        assert totals[key] == sum(p["summary"][key] for p in payload["plans"])
    assert totals["start"] is None
    code, output, _ = run("cascade-level", "cascade-period", "-f", "md", "--lang", "en")
    assert "### plan cascade-level" in output and "### plan cascade-period" in output
    assert output.rstrip().splitlines()[-1].startswith("**total of 2 plans: ")


def test_plan_roots_are_named_relative_to_the_current_folder() -> None:
    from prestatie.rules.engine import validate

    # From a folder that shares nothing with them but the file system's root: absolute.
    result = validate([str(CASES / "invalid" / "cascade-level"), str(BROKEN)], cwd=Path("/"))
    assert [p.root for p in result.plans] == [
        (CASES / "invalid" / "cascade-level").as_posix(),
        BROKEN.as_posix(),
    ]
    assert result.findings == [f for p in result.plans for f in p.findings]
    assert validate([str(BROKEN)], cwd=BROKEN).plans[0].root == "."
    assert validate([str(BROKEN)], cwd=CASES).plans[0].root == "../plans/broken-strategy"


def test_the_same_finding_twice_is_reported_once(tmp_path: Path) -> None:
    from prestatie.findings import Finding
    from prestatie.i18n import msg
    from prestatie.model.plan import load
    from prestatie.rules.engine import finalise
    from prestatie.source.files import Target

    plan = load(Target(BROKEN, True, None))

    def owner(item: str, line: int = 3) -> Finding:
        return Finding("smart/no-owner", msg("smart/no-owner", item=item), "a.yaml", line, 5)

    kept = finalise(plan, [owner("A"), owner("A"), owner("B"), owner("A", 4)], None)
    assert [(f.item, f.line, str(f.message)) for f in kept] == [
        (None, 3, "A: has no owner"),
        (None, 3, "B: has no owner"),
        (None, 4, "A: has no owner"),
    ]


def test_consequences_of_the_syntax_error_are_folded_under_it() -> None:
    """What the unreadable strategy file sets off (`rules.causes`): the unknown parents
    it defines, the line of sight through them, the balance and the empty scorecard."""
    code, output = broken("--lang", "en", columns=100)
    assert code == 1
    lines = output.splitlines()
    assert lines[:5] == [
        "Fix these first: 1 finding stops part of the plan from being read, and 11 other findings "
        "may follow",
        "from that",
        "tests/plans/broken-strategy/strategy/strategic.yaml:18:16: error yaml/syntax mapping "
        "values are not allowed in this context",
        "    hint: quote a value that contains ': ' or check the indentation of this line",
        "    and 11 findings that follow from it (shown with `--all`)",
    ]
    assert "ref/unknown-parent" not in output and "line-of-sight" not in output
    assert "error cascade/level PD-0001-2" in output  # a problem of its own
    assert lines[-1].startswith("7 errors, 6 warnings, 0 info in 5 of 6 files")
    _, everything = broken("--lang", "en", "--all", columns=100)
    assert everything.count("    tests/plans/broken-strategy/people/p-0001.yaml:") == 2
    assert "    11 findings follow from it:" in everything
    _, output = broken("-f", "json")
    follows = [f["follows"] for f in json.loads(output)["findings"] if f["follows"]]
    assert len(follows) == 11


def test_quiet_with_several_plans_names_only_the_plans_with_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(CASES)
    code, output, _ = run("invalid/cascade-level", "valid/all-kinds", "-q", "--lang", "en")
    assert code == 1
    assert output.splitlines()[0] == "plan invalid/cascade-level"
    assert "all-kinds" not in output and "total" not in output
