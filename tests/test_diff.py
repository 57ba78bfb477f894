"""`prestatie diff` on a temporary git repository with scripted commits (tests/diff_repo.py):
each kind of change, the revision forms, the plan in a subfolder, the errors, and the
Markdown of a pull-request comment."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from . import diff_repo
from .diff_repo import HOSTILE, PLAN, git, write

pytestmark = pytest.mark.skipif(diff_repo.GIT is None, reason="git is not installed")

runner = CliRunner()
AS_OF = "2026-06-30"
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("diff") / "repo"
    return path, diff_repo.make(path)


def invoke(cwd: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = runner.invoke(app, ["diff", "--as-of", AS_OF, *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def as_json(cwd: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    code, out, err = invoke(cwd, "--format", "json", *args, monkeypatch=monkeypatch)
    assert code == 0, err
    payload: dict[str, Any] = json.loads(out)
    return payload


def changes(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in payload["changes"]}


def test_every_kind_of_change_between_two_commits(repo: Any, monkeypatch: Any) -> None:
    top, commits = repo
    payload = as_json(top, commits["base"], commits["feature"], PLAN, monkeypatch=monkeypatch)
    assert payload["version"] == 1
    assert payload["root"] == PLAN
    assert (payload["old"]["commit"], payload["new"]["commit"]) == (
        commits["base"],
        commits["feature"],
    )
    assert [(s["kind"], s["id"]) for s in payload["added"]] == [
        ("goal", "AD-5"),
        ("goal", "SD-9"),
        ("scorecard", "BSC-2"),
    ]
    assert [s["id"] for s in payload["removed"]] == ["AD-4"]
    by_id = changes(payload)
    # renamed: same content under a new id; moved: same id in another file
    assert (by_id["AD-30"]["old_id"], by_id["AD-30"]["renamed"]) == ("AD-3", True)
    assert by_id["AD-30"]["changes"] == []
    pr = by_id["PR-1"]
    assert (pr["moved"], pr["old_file"], pr["file"]) == (True, "project.yaml", "projects/pr-1.yaml")
    # re-parented
    assert by_id["AD-2"]["changes"] == [{"field": "parent", "old": "SD-2", "new": "SD-3"}]
    assert by_id["AD-6"]["reparented"] is True
    # owner changed
    assert by_id["SD-2"]["changes"] == [{"field": "owner", "old": "Directie", "new": "CCO"}]
    # retargeted, measure added, progress moved on the same as-of date
    sd1 = by_id["SD-1"]
    assert sd1["measures_added"] == ["Marge"]
    (omzet,) = sd1["measures"]
    assert omzet["changes"] == [{"field": "target", "old": 200, "new": 250}]
    assert omzet["progress"] == {
        "old": {"score": 0.5, "status": "green"},
        "new": {"score": 0.3333, "status": "amber"},
    }
    # a key result retargeted
    (kr2,) = by_id["OKR-1"]["measures"]
    assert (kr2["id"], kr2["changes"]) == ("KR2", [{"field": "target", "old": 20, "new": 15}])
    # the plan's balance: SD-9 (weight 3) makes the financial perspective heavier
    shifts = {s["perspective"]: (s["old"], s["new"]) for s in payload["balance"]}
    assert shifts["financial"] == (0.3333, 0.5833)
    # findings new and fixed, matched by code, file and message; the moved project's
    # cascade/level finding is neither
    new = {(f["code"], f["file"], f["item"]) for f in payload["findings"]["new"]}
    fixed = {(f["code"], f["file"], f["item"]) for f in payload["findings"]["fixed"]}
    assert ("ref/unknown-parent", "departments.yaml", "AD-5") in new
    assert fixed == {("ref/unknown-parent", "departments.yaml", "AD-6")}
    assert not any(code == "cascade/level" for code, _, _ in new)
    summary = payload["summary"]
    assert (summary["added"], summary["removed"], summary["renamed"], summary["moved"]) == (
        3,
        1,
        1,
        1,
    )
    assert (summary["reparented"], summary["retargeted"], summary["new_errors"]) == (2, 2, 1)
    assert summary["fixed"] == 1


def test_a_change_on_main_after_the_fork_is_left_out_with_three_dots(
    repo: Any, monkeypatch: Any
) -> None:
    top, commits = repo
    three = as_json(top, "main...HEAD", PLAN, monkeypatch=monkeypatch)
    assert three["old"]["commit"] == commits["base"]  # the merge base
    assert three["new"]["commit"] == commits["feature"]
    assert "SD-3" not in changes(three) or not changes(three)["SD-3"]["changes"]
    two = as_json(top, "main", "HEAD", PLAN, monkeypatch=monkeypatch)
    assert {"field": "title", "old": "Slimmere processen", "new": "Betere processen"} in changes(
        two
    )["SD-3"]["changes"]
    dots = as_json(top, "main..HEAD", PLAN, monkeypatch=monkeypatch)
    assert dots["old"]["commit"] == commits["later"]


def test_head_against_the_working_tree_by_default(repo: Any, monkeypatch: Any) -> None:
    top, _ = repo
    plan = top / PLAN
    original = (plan / "okr.yaml").read_text(encoding="utf-8")
    try:
        write(top, {"okr.yaml": original.replace("Servicemanager", "Hoofd service")})
        git(top, "add", "-A")  # the index is neither read nor changed
        git(top, "reset", "-q")
        payload = as_json(plan, monkeypatch=monkeypatch)
        assert payload["old"]["revision"] == "HEAD"
        assert payload["new"] == {"revision": None, "commit": None, "exists": True}
        assert payload["changes"] == [
            {
                **changes(payload)["OKR-1"],
                "changes": [{"field": "owner", "old": "Servicemanager", "new": "Hoofd service"}],
            }
        ]
        assert git(top, "status", "--porcelain") == f"M {PLAN}/okr.yaml"
    finally:
        write(top, {"okr.yaml": original})
    code, out, _ = invoke(plan, monkeypatch=monkeypatch)
    assert code == 0
    assert "Geen wijzigingen in het plan tussen HEAD en de werkmap." in out


def test_from_a_subfolder_of_the_plan_and_from_the_top(repo: Any, monkeypatch: Any) -> None:
    top, _ = repo
    from_top = as_json(top, "base", "feature", PLAN, monkeypatch=monkeypatch)
    (top / PLAN / "projects").mkdir(exist_ok=True)
    inside = as_json(top / PLAN / "projects", "base", "feature", monkeypatch=monkeypatch)
    assert inside["root"] == PLAN
    assert inside["changes"] == from_top["changes"]
    # a file of the plan as PATH names its plan
    named = as_json(top / "plans", "base", "feature", "acme/okr.yaml", monkeypatch=monkeypatch)
    assert named["root"] == PLAN and named["summary"] == from_top["summary"]


def test_the_plan_new_in_the_second_revision(repo: Any, monkeypatch: Any) -> None:
    top, commits = repo
    payload = as_json(top, commits["empty"], commits["base"], "--", PLAN, monkeypatch=monkeypatch)
    assert (payload["old"]["exists"], payload["new"]["exists"]) == (False, True)
    assert payload["removed"] == [] and payload["changes"] == []
    assert {s["id"] for s in payload["added"]} == {
        *("SD-1", "SD-2", "SD-3", "SD-4", "AD-1", "AD-2", "AD-3", "AD-4", "AD-6"),
        *("PR-1", "OKR-1", "BSC-1"),
    }
    code, out, _ = invoke(
        top, "--lang", "en", commits["empty"], commits["base"], "--", PLAN, monkeypatch=monkeypatch
    )
    assert code == 0
    assert f"The plan is new in {commits['base']}: everything is listed as added." in out


def _fails(cwd: Path, *args: str, path: str = "/usr/bin:/bin") -> tuple[int, str]:
    env = {"PATH": path, "PYTHONPATH": str(SRC), "LANG": "C.UTF-8", "HOME": str(cwd)}
    done = subprocess.run(
        [sys.executable, "-m", "prestatie", "diff", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    return done.returncode, done.stderr


def test_errors_are_one_line_and_exit_2(repo: Any, tmp_path: Path) -> None:
    top, _ = repo
    code, err = _fails(tmp_path)
    assert code == 2 and "not in a git repository" in err
    code, err = _fails(top, "no-such-branch", PLAN)
    assert code == 2
    assert err == (
        "prestatie: error: unknown revision 'no-such-branch': not a branch, tag or commit "
        "of this repository\n"
    )
    code, err = _fails(top, "--lang", "nl", "base", "--", "plans/none")
    assert code == 2
    assert "fout: geen plan in plans/none in base en ook niet in de werkmap" in err
    code, err = _fails(top, "a", "b", "c", PLAN)
    assert code == 2 and "at most two revisions and one path" in err
    code, err = _fails(top, "base", PLAN, path=str(top / "no-tools-here"))
    assert (code, err) == (
        2,
        "prestatie: error: `git` was not found on PATH; `prestatie diff` needs it\n",
    )


def test_a_path_that_is_also_a_revision_needs_dashes(repo: Any, monkeypatch: Any) -> None:
    top, _ = repo
    git(top, "branch", "-f", "plans", "HEAD")
    try:
        code, err = _fails(top, "base", "plans")
        assert code == 2 and "is both a revision and a path" in err
    finally:
        git(top, "branch", "-D", "plans")


def test_markdown_for_a_pull_request(repo: Any, monkeypatch: Any) -> None:
    from markdown_it import MarkdownIt

    top, _ = repo
    code, out, _ = invoke(top, "base", "feature", PLAN, "--format", "md", monkeypatch=monkeypatch)
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("**2 doelstellingen toegevoegd, 1 doelstelling verwijderd")
    assert "2 streefwaarden gewijzigd" in first
    assert "balans: Financieel 33 % → 58 %" in first and first.endswith("1 bevinding opgelost**")
    tokens = MarkdownIt("commonmark").parse(out)
    assert tokens[0].type == "paragraph_open"  # the summary comes first
    blocks = [t.content for t in tokens if t.type == "html_block"]
    summaries = [b for b in blocks if b.startswith("<details")]
    assert len(summaries) == 6  # added, removed, changed, balance, new and fixed findings
    assert "<summary>Toegevoegd (3)</summary>" in summaries[0]
    html = MarkdownIt("commonmark").render(out)
    assert "<img" not in html and "<strong>vet</strong>" not in html and "<code>code" not in html
    assert 'href="javascript' not in html
    assert "&lt;img src=x onerror=alert(1)&gt; | **vet** [klik](javascript:alert(1)) `code`" in (
        html.replace("&amp;", "&")
    )
    assert HOSTILE not in out  # escaped, not as written


def test_english_text(repo: Any, monkeypatch: Any) -> None:
    top, _ = repo
    code, out, _ = invoke(top, "base", "feature", PLAN, "--lang", "en", monkeypatch=monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Plan changes base → feature (as of 30 June 2026)"
    assert lines[1].startswith("2 objectives added, 1 objective removed, 1 scorecard added")
    assert "  ~ objective AD-30 Minder uitval (departments.yaml)" in lines
    assert "      renamed from AD-3" in lines
    assert "      Omzet: target 200 → 250" in lines
    assert "      Omzet: progress 50% (green) → 33% (amber)" in lines
    assert "      moved from project.yaml to projects/pr-1.yaml" in lines
    assert "      parent: SD-2 → SD-3" in lines
    assert "      owner: Directie → CCO" in lines
    assert "  Financial 33% → 58%" in "\n".join(lines)


def test_dutch_text(repo: Any, monkeypatch: Any) -> None:
    top, _ = repo
    code, out, _ = invoke(top, "base", "feature", PLAN, monkeypatch=monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Wijzigingen in het plan base → feature (peildatum 30 juni 2026)"
    assert "      hernoemd, was AD-3" in lines
    assert "      Omzet: streefwaarde 200 → 250" in lines
    assert "      bovenliggende doelstelling: SD-2 → SD-3" in lines
    assert "      eigenaar: Directie → CCO" in lines
    assert "Nieuwe bevindingen (9)" in lines
    assert any(
        line.startswith("    departments.yaml:10: fout ref/unknown-parent AD-5") for line in lines
    )


def test_personal_objectives_only_with_include_people(tmp_path: Path, monkeypatch: Any) -> None:
    repo = tmp_path / "repo"
    diff_repo.make(repo)
    person = (
        "kind: person\nid: p-1\nname: Anna de Vries\nunit: Verkoop\ngoals:\n"
        "  - {id: PD-1, parent: AD-1, title: Tien nieuwe klanten,"
        " measures: [{name: Klanten, baseline: 0, target: 10, actual: 4}]}\n"
    )
    write(repo, {"people/p-1.yaml": person})
    payload = as_json(repo, "--", PLAN, monkeypatch=monkeypatch)
    assert payload["added"] == [] and payload["summary"]["hidden"] >= 1
    code, out, _ = invoke(repo, "--lang", "en", PLAN, monkeypatch=monkeypatch)
    assert code == 0
    assert "Anna" not in out and "PD-1" not in out
    assert "not shown (`--include people` shows them)" in out
    shown = as_json(repo, "--include", "people", PLAN, monkeypatch=monkeypatch)
    assert [s["id"] for s in shown["added"]] == ["PD-1"]
    assert shown["summary"]["hidden"] == 0


def test_the_plan_gone_in_the_working_tree(tmp_path: Path, monkeypatch: Any) -> None:
    repo = tmp_path / "repo"
    diff_repo.make(repo)
    (repo / PLAN / "prestatie.yaml").unlink()
    payload = as_json(repo, "HEAD", "--", PLAN, monkeypatch=monkeypatch)
    assert (payload["old"]["exists"], payload["new"]["exists"]) == (True, False)
    assert payload["added"] == [] and "SD-1" in {s["id"] for s in payload["removed"]}
    assert payload["findings"]["new"] == []


def test_a_file_the_same_at_both_revisions_is_read_once_and_judged_per_plan(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """The plan's own severities (`rules:`) apply to a shared file's findings per side."""
    repo = tmp_path / "repo"
    diff_repo.make(repo)
    write(repo, {"extra.yaml": "kind: goals\ngoals: [{id: X-1, title: Zonder niveau, bogus: 1}]\n"})
    diff_repo.commit(repo, "extra")
    settings = (repo / PLAN / "prestatie.yaml").read_text(encoding="utf-8")
    write(repo, {"prestatie.yaml": settings + "rules: {schema/unknown-key: warning}\n"})
    diff_repo.commit(repo, "milder")
    payload = as_json(repo, "HEAD~1", "HEAD", PLAN, monkeypatch=monkeypatch)
    fixed = [(f["code"], f["severity"]) for f in payload["findings"]["fixed"]]
    new = [(f["code"], f["severity"]) for f in payload["findings"]["new"]]
    assert ("schema/unknown-key", "error") in fixed
    assert ("schema/unknown-key", "warning") in new


def test_files_given_in_memory_load_as_from_disk() -> None:
    """The loader's seam: the same files, order, names and findings as the disk walk."""
    import os

    from prestatie.model.plan import load
    from prestatie.rules.engine import check_plan
    from prestatie.source.files import Target

    from .conftest import EXAMPLES

    for example in ("gouden-korst", "northwind-care", "eenzijdig"):
        root = EXAMPLES / example
        given = {}
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                given[path.relative_to(root).as_posix()] = path.read_bytes()
        given["notes.txt"] = b"not a plan file"
        given[".hidden/x.yaml"] = b"kind: goals\n"
        disk = load(Target(root, True, None))
        memory = load(Target(root, True, None), given)
        assert [f.rel for f in memory.files] == [f.rel for f in disk.files]
        assert [(g.id, g.file) for g in memory.goals] == [(g.id, g.file) for g in disk.goals]

        def shown(found: list[Any]) -> list[tuple[str, str, int, str]]:
            return [(f.code, f.file, f.line, str(f.message)) for f in found]

        assert shown(check_plan(memory)) == shown(check_plan(disk))


def test_control_characters_in_plan_text_are_shown_as_escapes(
    tmp_path: Path, monkeypatch: Any
) -> None:
    repo = tmp_path / "repo"
    diff_repo.make(repo)
    okr = (repo / PLAN / "okr.yaml").read_text(encoding="utf-8")
    hostile = 'objective: "Sneller\\e[2J\\u202e klaar"'
    write(repo, {"okr.yaml": okr.replace("objective: Klanten merken dat we sneller zijn", hostile)})
    code, out, _ = invoke(repo, "--lang", "en", PLAN, monkeypatch=monkeypatch)
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    assert "Sneller\\x1b[2J\\u202e klaar" in out
