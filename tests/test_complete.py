"""Shell completion: the completers as functions (what they offer, and that they stay
silent on a missing or broken plan), and end to end through click's protocol
(`_PRESTATIE_COMPLETE=complete_bash COMP_WORDS=... COMP_CWORD=...`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app, complete
from prestatie.format.rulebook import RULES

from .conftest import CASES, EXAMPLES

GOUDEN_KORST = EXAMPLES / "gouden-korst"
SRC = Path(__file__).resolve().parents[1] / "src"
TREE_PLANS = Path(__file__).resolve().parent / "tree_plans"


def _ctx(**params: Any) -> Any:
    return SimpleNamespace(params=params)


# ----------------------------------------------------------------------------- functions


def test_rule_codes_and_families() -> None:
    found = complete.rule_codes("casc")
    assert found[0] == "cascade/"
    assert found[1:] == sorted(c for c in RULES if c.startswith("cascade/"))
    assert "cascade/level" in found
    everything = complete.rule_codes("")
    assert set(RULES) <= set(everything)
    assert "smart/" in everything and "people/" in everything
    assert complete.rule_codes("SMART/v") == ["smart/vague"]  # any case
    assert complete.rule_codes("nothing") == []


def test_level_names_canonical_and_dutch() -> None:
    assert complete.levels("oper") == ["operational", "operationeel"]
    assert complete.levels("s") == ["strategic", "strategisch"]
    assert set(complete.levels("")) >= {"department", "afdeling", "tactisch", "persoonlijk"}
    assert complete.goal_levels("") == ["function", "project", "functie"]
    assert complete.kinds("go") == ["goal", "goals"]


def test_perspectives_of_the_plan_else_the_built_in_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(GOUDEN_KORST / "departments")
    found = complete.perspectives(_ctx(), "")
    assert found[:4] == ["financial", "customer", "process", "learning"]
    assert "klant" in complete.perspectives(_ctx(), "kl")
    monkeypatch.chdir(tmp_path)  # no plan here
    outside = complete.perspectives(_ctx(), "")
    assert {"financial", "customer", "financieel", "klant"} <= set(outside)
    named = complete.perspectives(_ctx(plan_path=str(EXAMPLES / "northwind-care")), "")
    assert named[:4] == ["financial", "customer", "process", "learning"]


def test_ids_from_the_plan_around_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(GOUDEN_KORST / "okr")
    assert complete.plan_ids(_ctx(), "OD-ZM") == ["OD-ZM-1", "OD-ZM-2", "OD-ZM-3"]
    assert complete.plan_ids(_ctx(), "od-zm-1") == ["OD-ZM-1"]
    everything = complete.plan_ids(_ctx(), "")
    assert everything[0] == "mission"
    assert len(everything) == len(set(everything)) > 30
    assert any("/" in i for i in everything)  # key results and strategies: OKR-X/KR1
    monkeypatch.chdir(tmp_path)
    assert complete.plan_ids(_ctx(), "") == []  # no plan: no candidates
    by_option = complete.plan_ids(_ctx(plan_path=str(GOUDEN_KORST)), "SD-")
    by_path = complete.plan_ids(_ctx(path=str(GOUDEN_KORST / "mission.yaml")), "SD-")
    assert by_option == by_path == ["SD-1", "SD-2", "SD-3", "SD-4", "SD-5"]


def _plans() -> list[Path]:
    cases = sorted((CASES / "valid").iterdir()) + sorted(TREE_PLANS.iterdir())
    return [*sorted(p for p in EXAMPLES.iterdir() if p.is_dir()), *cases]


@pytest.mark.parametrize("root", _plans(), ids=lambda p: p.name)
def test_the_scan_for_a_large_plan_finds_the_ids_the_loaded_plan_holds(root: Path) -> None:
    from prestatie.model.plan import load
    from prestatie.source.files import Target, plan_files

    if not (root / "prestatie.yaml").is_file():
        pytest.skip("not a plan folder")
    plan = load(Target(root.resolve(), True, None))
    expected = set(plan.refs) | ({"mission"} if plan.mission is not None else set())
    listed = [f.path for f in plan_files(root.resolve(), plan.config.exclude)]
    assert set(complete.scanned_ids(listed)) == expected


def test_a_large_plan_is_scanned_instead_of_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    from prestatie.model import plan

    monkeypatch.chdir(GOUDEN_KORST)
    loaded = complete.plan_ids(_ctx(), "")
    monkeypatch.setattr(complete, "FULL_LOAD_BYTES", 1000)  # gouden-korst is larger

    def no_load(*args: Any) -> Any:
        raise AssertionError("a large plan is not loaded")

    monkeypatch.setattr(plan, "load", no_load)
    scanned = complete.plan_ids(_ctx(), "")
    assert scanned[0] == "mission"
    assert sorted(scanned) == sorted(loaded)
    assert complete.plan_ids(_ctx(), "OKR-ZM-2026-Q3/") == [
        "OKR-ZM-2026-Q3/KR1",
        "OKR-ZM-2026-Q3/KR2",
        "OKR-ZM-2026-Q3/KR3",
    ]


def _broken_plan(folder: Path) -> Path:
    folder.mkdir()
    (folder / "prestatie.yaml").write_text("kind: plan\nname: [unclosed\n", encoding="utf-8")
    (folder / "goals.yaml").write_text("kind: goals\n\tgoals: -\n", encoding="utf-8")
    (folder / "bad.yaml").write_bytes(b"\xff\xfe not utf-8")
    return folder


def test_a_broken_plan_or_a_failure_gives_no_candidates_and_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_broken_plan(tmp_path / "broken"))
    complete.plan_ids(_ctx(), "")
    assert complete.perspectives(_ctx(), "zzz") == []
    from prestatie.model import plan

    def fails(*args: Any) -> Any:
        sys.stderr.write("a traceback would go here\n")
        raise RuntimeError("boom")

    monkeypatch.setattr(plan, "load", fails)
    monkeypatch.setattr(plan, "settings", fails)
    assert complete.plan_ids(_ctx(), "") == []
    assert complete.perspectives(_ctx(), "") == []
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


# ----------------------------------------------------------------------------- end to end


def _complete(words: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """What bash asks for when TAB is pressed after `words` (the last word the one
    being completed), from a process named `prestatie` as the installed script is."""
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "_PRESTATIE_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    code = "import sys; sys.argv[0] = 'prestatie'; from prestatie.__main__ import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=cwd, check=False
    )


def test_completion_through_the_shell_protocol(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(GOUDEN_KORST, plan)
    cases = {
        "prestatie explain casc": complete.rule_codes("casc"),
        "prestatie tree --from OD-Z": ["OD-ZM-1", "OD-ZM-2", "OD-ZM-3"],
        "prestatie tree --level oper": ["operational", "operationeel"],
        "prestatie new goal --perspective kl": ["klant", "klant-en-markt", "klanten"],
        "prestatie new okr --parent AD-Z": ["AD-ZM-1", "AD-ZM-2"],
        "prestatie schema go": ["goal", "goals"],
    }
    for words, expected in cases.items():
        done = _complete(words, plan / "departments")
        assert (done.returncode, done.stderr) == (0, ""), words
        assert done.stdout.splitlines() == expected, words
    broken = _broken_plan(tmp_path / "broken")
    for words in ("prestatie tree --from ", "prestatie new goal --parent S"):
        done = _complete(words, broken)
        assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "", ""), words


def test_completion_is_installable_from_the_help() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "--install-completion" in result.output
    assert "--show-completion" in result.output
