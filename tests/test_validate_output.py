"""How `validate` lays out findings, with hand-made findings: causes first, what follows
from a finding folded under its root (chains to the top root), repeats folded past the
limit, statistics, the summary's start file, and the same in Markdown and JSON."""

from __future__ import annotations

import io
import json
from dataclasses import replace

from prestatie.findings import CheckResult, Finding, PlanResult, summarise
from prestatie.i18n import Speaker, msg
from prestatie.render import findings_md, text
from prestatie.render import json as json_reporter
from prestatie.render.layout import View, arrange, statistics

EN = Speaker("en")
NL = Speaker("nl")
SYNTAX = ("strategy/strategic.yaml", 50, 16, "yaml/syntax")


def syntax() -> Finding:
    return Finding(
        "yaml/syntax",
        msg("yaml/syntax", problem="mapping values are not allowed here"),
        *SYNTAX[:3],
        severity="error",
    )


def unknown_parent(file: str, line: int, item: str, follows: object = SYNTAX) -> Finding:
    return Finding(
        "ref/unknown-parent",
        msg("ref/unknown-parent", item=item, parent="SD-2"),
        file,
        line,
        13,
        hint=msg("ref/unknown-parent.no-match.hint"),
        item=item,
        severity="error",
        follows=follows,  # type: ignore[arg-type]
    )


def line_of_sight(file: str, line: int, item: str, follows: Finding) -> Finding:
    return Finding(
        "cascade/line-of-sight",
        msg("cascade/line-of-sight", item=item),
        file,
        line,
        13,
        item=item,
        severity="error",
        follows=follows.key(),
    )


def no_owner(index: int, file: str = "goals.yaml") -> Finding:
    return Finding(
        "smart/no-owner",
        msg("smart/no-owner", item=f"G-{index}"),
        file,
        index,
        5,
        item=f"G-{index}",
        severity="warning",
    )


def broken() -> list[Finding]:
    """The issue's shape: one syntax error, an unknown parent that follows from it and
    two personal objectives that follow from that one (a chain), and one of its own."""
    parent = unknown_parent("departments/winkels.yaml", 10, "AD-WI-1")
    return sorted(
        [
            syntax(),
            parent,
            line_of_sight("people/p-0003.yaml", 17, "PD-0003-1", parent),
            line_of_sight("people/p-0007.yaml", 15, "PD-0007-1", parent),
            no_owner(3),
        ],
        key=Finding.sort_key,
    )


def result_of(findings: list[Finding], files: int = 6) -> CheckResult:
    summary = summarise(findings, files, 12)
    return CheckResult(findings, summary, [PlanResult(".", findings, summary)])


def shown(findings: list[Finding], view: View | None = None, speaker: Speaker = EN) -> str:
    out = io.StringIO()
    text.render(result_of(findings), out, False, speaker, view)
    return out.getvalue()


# ------------------------------------------------------------------ causes before consequences


def test_a_chain_of_consequences_folds_under_its_top_root() -> None:
    layout = arrange(broken(), View())
    assert [e.finding.code for e in layout.first.entries] == ["yaml/syntax"]
    (root,) = layout.first.entries
    assert [(f.file, f.code) for f in root.followers] == [
        ("departments/winkels.yaml", "ref/unknown-parent"),
        ("people/p-0003.yaml", "cascade/line-of-sight"),
        ("people/p-0007.yaml", "cascade/line-of-sight"),
    ]
    assert [e.finding.code for e in layout.rest.entries] == ["smart/no-owner"]
    assert layout.consequences == 3


def test_text_lists_the_cause_first_and_folds_what_follows() -> None:
    lines = shown(broken()).splitlines()
    assert lines[:4] == [
        "Fix these first: 1 finding stops part of the plan from being read, "
        "and 3 other findings may follow from that",
        "strategy/strategic.yaml:50:16: error yaml/syntax mapping values are not allowed here",
        "    and 3 findings that follow from it (shown with `--all`)",
        "",
    ]
    assert lines[4:6] == [
        "The other findings:",
        "goals.yaml:3:5: warning smart/no-owner G-3: has no owner",
    ]
    assert not any("ref/unknown-parent" in ln or "line-of-sight" in ln for ln in lines)
    # The folded findings are real: the summary counts them.
    assert lines[-1] == (
        "4 errors, 1 warning, 0 info in 5 of 6 files (12 items); start at strategy/strategic.yaml"
    )


def test_all_lists_what_follows_indented_under_its_root() -> None:
    lines = shown(broken(), View(everything=True)).splitlines()
    assert lines[1:8] == [
        "strategy/strategic.yaml:50:16: error yaml/syntax mapping values are not allowed here",
        "    3 findings follow from it:",
        "    departments/winkels.yaml:10:13: error ref/unknown-parent AD-WI-1: parent 'SD-2' "
        "does not exist in the plan",
        "        hint: the parent is the id of a goal, or `mission`",
        "    people/p-0003.yaml:17:13: error cascade/line-of-sight PD-0003-1: names no parent, "
        "so it does not derive from the mission",
        "    people/p-0007.yaml:15:13: error cascade/line-of-sight PD-0007-1: names no parent, "
        "so it does not derive from the mission",
        "",
    ]


def test_dutch_headings_and_fold_lines() -> None:
    lines = shown(broken(), speaker=NL).splitlines()
    assert lines[0] == (
        "Los deze eerst op: 1 bevinding maakt een deel van het plan onleesbaar, "
        "en 3 andere bevindingen kunnen daaruit volgen"
    )
    assert lines[2] == "    en 3 bevindingen die daaruit volgen (getoond met `--all`)"
    assert lines[4] == "De overige bevindingen:"
    assert lines[-1].endswith(
        "in 5 van 6 bestanden (12 onderdelen); begin bij strategy/strategic.yaml"
    )


def test_a_root_that_is_not_shown_leaves_its_consequences_on_their_own() -> None:
    # The syntax error is left out (by a selection, say): the unknown parent is listed
    # itself, with the finding that follows from it folded under it.
    findings = [f for f in broken() if f.code != "yaml/syntax"]
    layout = arrange(findings, View())
    assert layout.first.entries == []
    assert [(e.finding.code, len(e.followers)) for e in layout.rest.entries] == [
        ("ref/unknown-parent", 2),
        ("smart/no-owner", 0),
    ]
    output = shown(findings)
    assert "Fix these first" not in output and "The other findings" not in output
    assert "    and 2 findings that follow from it (shown with `--all`)" in output


def test_a_cycle_of_follows_lists_each_on_its_own() -> None:
    a = unknown_parent("a.yaml", 1, "A", follows=("b.yaml", 1, 13, "ref/unknown-parent"))
    b = unknown_parent("b.yaml", 1, "B", follows=("a.yaml", 1, 13, "ref/unknown-parent"))
    itself = unknown_parent("c.yaml", 1, "C", follows=("c.yaml", 1, 13, "ref/unknown-parent"))
    layout = arrange([a, b, itself], View())
    assert [(e.finding.item, e.followers) for e in layout.rest.entries] == [
        ("A", []),
        ("B", []),
        ("C", []),
    ]


def test_without_blocking_findings_the_list_is_as_before() -> None:
    output = shown([no_owner(1), no_owner(2, "b.yaml")])
    assert output == (
        "goals.yaml:1:5: warning smart/no-owner G-1: has no owner\n"
        "\n"
        "b.yaml:2:5: warning smart/no-owner G-2: has no owner\n"
        "\n"
        "0 errors, 2 warnings, 0 info in 2 of 6 files (12 items); start at goals.yaml\n"
    )


# ------------------------------------------------------------------------------- repeats


def test_repeats_past_the_limit_show_the_first_five_and_one_line() -> None:
    findings = [no_owner(i) for i in range(1, 41)] + [syntax()]
    findings.sort(key=Finding.sort_key)
    lines = shown(findings).splitlines()
    owners = [ln for ln in lines if "smart/no-owner" in ln and ln.startswith("goals.yaml")]
    assert [ln.split(":")[1] for ln in owners] == ["1", "2", "3", "4", "5"]
    assert "… and 35 more findings of smart/no-owner (shown with `--all`)" in lines
    assert lines[-1].startswith("1 error, 40 warnings, 0 info")
    everything = shown(findings, View(everything=True))
    assert everything.count("warning smart/no-owner") == 40
    assert "more findings of" not in everything


def test_twenty_of_one_code_are_all_listed() -> None:
    output = shown([no_owner(i) for i in range(1, 21)])
    assert output.count("warning smart/no-owner") == 20
    assert "more findings" not in output


def test_repeats_in_dutch() -> None:
    output = shown([no_owner(i) for i in range(1, 23)], speaker=NL)
    assert "… en nog 17 bevindingen van smart/no-owner (getoond met `--all`)" in output


# ---------------------------------------------------------------------------- statistics


def test_statistics_count_per_code_and_severity_most_frequent_first() -> None:
    findings = [
        *broken(),
        no_owner(4),
        no_owner(5),
        replace(no_owner(6), severity="error"),
    ]
    assert statistics(findings) == [
        (3, "smart/no-owner", "warning"),
        (2, "cascade/line-of-sight", "error"),
        (1, "ref/unknown-parent", "error"),
        (1, "smart/no-owner", "error"),
        (1, "yaml/syntax", "error"),
    ]
    lines = shown(findings, View(statistics=True)).splitlines()
    assert lines[:2] == [
        "3  smart/no-owner         warning  The goal has no owner",
        "2  cascade/line-of-sight  error    The goal does not trace back to the mission",
    ]
    assert lines[-2:] == [
        "",
        "5 errors, 3 warnings, 0 info in 5 of 6 files (12 items); start at strategy/strategic.yaml",
    ]


# ------------------------------------------------------------------------------ summary


def test_the_start_file_is_the_first_blocking_one_else_the_most_errors() -> None:
    assert summarise(broken(), 6, 1).start == "strategy/strategic.yaml"
    no_cause = [f for f in broken() if f.code != "yaml/syntax"]
    for f in no_cause:
        f.follows = None
    # people/p-0003 and p-0007 hold one error each, winkels one: the first file wins.
    assert summarise(no_cause, 6, 1).start == "departments/winkels.yaml"
    extra = line_of_sight("people/p-0007.yaml", 30, "PD-0007-2", no_cause[0])
    extra.follows = None
    assert summarise([*no_cause, extra], 6, 1).start == "people/p-0007.yaml"
    assert summarise([no_owner(1, "b.yaml"), no_owner(2, "c.yaml")], 6, 1).start == "b.yaml"
    info = Finding("yaml/empty", msg("yaml/empty"), "e.yaml", severity="info")
    assert summarise([info], 6, 1).start == ""


def test_findings_that_follow_from_another_do_not_choose_the_start() -> None:
    root = unknown_parent("z.yaml", 1, "Z", follows=None)
    findings = [root, *(line_of_sight("a.yaml", i, f"P-{i}", root) for i in range(1, 4))]
    assert summarise(findings, 6, 1).start == "z.yaml"


# ------------------------------------------------------------------------ Markdown and JSON


def test_markdown_has_the_same_order_heading_and_folding() -> None:
    out = io.StringIO()
    findings_md.render(result_of(broken()), out, False, EN)
    lines = out.getvalue().splitlines()
    assert lines[0] == (
        "**4 errors, 1 warning, 0 info in 5 of 6 files (12 items); start at "
        "strategy/strategic.yaml**"
    )
    assert lines[2].startswith("**Fix these first: 1 finding stops part of the plan")
    assert lines[6] == (
        "| error | `yaml/syntax` | strategy/strategic.yaml:50:16 | mapping values are not "
        "allowed here<br>*and 3 findings that follow from it (shown with `--all`)* |"
    )
    assert lines[8] == "**The other findings:**"
    assert lines[-1].startswith("| warning | `smart/no-owner` | goals.yaml:3:5 |")
    assert "ref/unknown-parent" not in out.getvalue()


def test_markdown_all_marks_what_follows_from_its_root() -> None:
    out = io.StringIO()
    findings_md.render(result_of(broken()), out, False, EN, View(everything=True))
    row = next(ln for ln in out.getvalue().splitlines() if "`ref/unknown-parent`" in ln)
    assert row.endswith("*follows from strategy/strategic.yaml:50 `yaml/syntax`* |")


def test_markdown_repeats_and_statistics() -> None:
    findings = [no_owner(i) for i in range(1, 31)]
    out = io.StringIO()
    findings_md.render(result_of(findings), out, False, NL)
    assert out.getvalue().count("`smart/no-owner`") == 6  # five rows and the repeat line
    assert "… en nog 25 bevindingen van `smart/no-owner` (getoond met `--all`)" in out.getvalue()
    out = io.StringIO()
    findings_md.render(result_of(findings), out, False, NL, View(statistics=True))
    assert "| 30 | `smart/no-owner` | waarschuwing | De doelstelling heeft geen eigenaar |" in (
        out.getvalue()
    )


def test_json_lists_everything_with_follows_and_the_plan() -> None:
    out = io.StringIO()
    json_reporter.render(result_of(broken()), out, False, EN, View())
    payload = json.loads(out.getvalue())
    assert len(payload["findings"]) == 5
    by_item = {f["item"]: f for f in payload["findings"]}
    assert by_item["AD-WI-1"]["follows"] == {
        "file": "strategy/strategic.yaml",
        "line": 50,
        "column": 16,
        "code": "yaml/syntax",
    }
    assert by_item["PD-0003-1"]["follows"]["code"] == "ref/unknown-parent"
    assert by_item["G-3"]["follows"] is None
    assert {f["plan"] for f in payload["findings"]} == {"."}
    assert payload["plans"] == [{"root": ".", "summary": payload["summary"]}]
    assert "statistics" not in payload
    out = io.StringIO()
    json_reporter.render(result_of(broken()), out, False, EN, View(statistics=True))
    assert json.loads(out.getvalue())["statistics"][0] == {
        "code": "cascade/line-of-sight",
        "severity": "error",
        "count": 2,
        "title": "The goal does not trace back to the mission",
    }


def test_hints_wrap_to_the_width_and_finding_lines_never() -> None:
    long = unknown_parent("departments/" + "a" * 60 + ".yaml", 10, "AD-1", follows=None)
    lines = shown([long], View(width=40)).splitlines()
    assert lines[0].startswith("departments/aaa") and len(lines[0]) > 40
    assert lines[1:3] == ["    hint: the parent is the id of a", "          goal, or `mission`"]
