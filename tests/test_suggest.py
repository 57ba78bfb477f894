""" "Did you mean": realistic typos find the id meant, in a small pool and in a large one,
each distinct name is looked up once, and the work grows with the plan, not its square."""

from __future__ import annotations

import cProfile
import difflib
import json
import pstats
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.model import suggest as suggest_module
from prestatie.model.suggest import SMALL_POOL, Suggester
from prestatie.rules.engine import validate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import unknown_parents

runner = CliRunner()

UNITS = ("FIN", "VK", "HR", "ICT", "LOG", "PROD", "INK", "JUR")
TOPICS = ("OMZET", "KLANT", "MARGE", "VERZUIM", "LEVERTIJD", "KOSTEN", "NPS", "RETOUR")
#: Ids as plans write them: a unit, a topic, a number; far more than SMALL_POOL of them.
LARGE = [f"{unit}-{topic}-{n}" for unit in UNITS for topic in TOPICS for n in range(1, 9)]
SMALL = ["FIN-OMZET-2026", "VK-KLANT-NPS", "HR-VERZUIM", "ICT-UPTIME", "mission"]

TYPOS = [
    pytest.param("FIN-OMZTE-2026", "FIN-OMZET-2026", id="swapped-letters"),
    pytest.param("FIN-OMET-2026", "FIN-OMZET-2026", id="missing-letter"),
    pytest.param("FIN-OMZETT-2026", "FIN-OMZET-2026", id="extra-letter"),
    pytest.param("FIN-OMZAT-2026", "FIN-OMZET-2026", id="wrong-letter"),
    pytest.param("fin-omzet-2026", "FIN-OMZET-2026", id="case-difference"),
    pytest.param("FNI-OMZET-2026", "FIN-OMZET-2026", id="prefix-typo"),
    pytest.param("OUD-FIN-OMZET-2026", "FIN-OMZET-2026", id="renamed-prefix"),
    pytest.param("FIN-OMZET-2025", "FIN-OMZET-2026", id="other-year"),
]


@pytest.mark.parametrize(("typo", "meant"), TYPOS)
def test_a_typo_finds_the_id_meant_in_a_small_pool(typo: str, meant: str) -> None:
    assert len(SMALL) <= SMALL_POOL
    assert Suggester(SMALL).suggest(typo) == meant


@pytest.mark.parametrize(("typo", "meant"), TYPOS)
def test_a_typo_finds_the_id_meant_in_a_large_pool(typo: str, meant: str) -> None:
    pool = [*LARGE, *SMALL]
    assert len(pool) > SMALL_POOL
    assert Suggester(pool).suggest(typo) == meant


def test_unlike_names_get_no_suggestion() -> None:
    suggester = Suggester([*LARGE, *SMALL])
    assert suggester.suggest("XYZ") is None
    assert suggester.suggest("Q") is None
    # Never the name itself, nor the one to leave out.
    assert Suggester(["p-1", "p-12"]).suggest("p-12", exclude="p-1") is None


def test_every_single_typo_in_a_large_pool_finds_a_name_at_least_as_close() -> None:
    # Each id, each typo of one character: the suggestion is one typo away as well, and
    # as close by difflib's ratio as the id the typo came from.
    suggester = Suggester(LARGE)
    checked = 0
    for meant in LARGE[::7]:
        folded = meant.casefold()
        for i in range(len(meant)):
            for typo in (meant[:i] + meant[i + 1 :], meant[:i] + "X" + meant[i + 1 :]):
                if typo.casefold() in {name.casefold() for name in LARGE}:
                    continue
                found = suggester.suggest(typo)
                assert found is not None, typo
                assert suggest_module._one_typo(typo.casefold(), found.casefold()), (typo, found)
                ratio = difflib.SequenceMatcher(None, found.casefold(), typo.casefold()).ratio()
                meant_ratio = difflib.SequenceMatcher(None, folded, typo.casefold()).ratio()
                assert ratio >= meant_ratio, (typo, found, meant)
                checked += 1
    assert checked > 500


def test_each_distinct_name_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = Suggester._find

    def counting(self: Suggester, name: str, exclude: str | None) -> str | None:
        calls.append(name)
        return original(self, name, exclude)

    monkeypatch.setattr(Suggester, "_find", counting)
    suggester = Suggester(LARGE)
    for _ in range(1_000):
        assert suggester.suggest("FIN-OMZTE-1") == "FIN-OMZET-1"
    assert calls == ["FIN-OMZTE-1"]


def test_a_renamed_parent_is_suggested_once_for_all_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "plan"
    unknown_parents.write_plan(root, 1_400, "renamed")
    looked_up: list[str] = []
    original = Suggester._find

    def counting(self: Suggester, name: str, exclude: str | None) -> str | None:
        looked_up.append(name)
        return original(self, name, exclude)

    monkeypatch.setattr(Suggester, "_find", counting)
    result = validate([str(root)])
    unknown = [f for f in result.findings if f.code == "ref/unknown-parent"]
    assert len(unknown) == unknown_parents.RENAMED
    assert {str(f.hint) for f in unknown} == {"did you mean 'AD-0001'?"}
    assert looked_up == ["AD-0001-OUD"]


def test_the_hint_names_the_id_meant(tmp_path: Path) -> None:
    root = tmp_path / "plan"
    unknown_parents.write_plan(root, 400, "known")
    path = root / "goals" / "goals-004.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    parent: AD-0017\n" in text
    path.write_text(text.replace("    parent: AD-0017\n", "    parent: ad-0o17\n", 1))
    line = path.read_text(encoding="utf-8").splitlines().index("    parent: ad-0o17") + 1
    result = runner.invoke(
        app, ["validate", "--path-base", "root", str(root), "-f", "json"], catch_exceptions=False
    )
    findings = json.loads(result.stdout)["findings"]
    unknown = [f for f in findings if f["code"] == "ref/unknown-parent"]
    assert [(f["file"], f["line"], f["hint"]) for f in unknown] == [
        ("goals/goals-004.yaml", line, "did you mean 'AD-0017'?")
    ]


def _calls(function: Callable[[], object]) -> int:
    profile = cProfile.Profile()
    profile.runcall(function)
    return int(pstats.Stats(profile).total_calls)


def test_work_grows_linearly_with_distinct_unknown_parents(tmp_path: Path) -> None:
    # Every goal names a parent of its own that does not exist: comparing each with every
    # id grew with the square of the plan (3.75 x the calls for 2 x the goals).
    small, large = tmp_path / "small", tmp_path / "large"
    unknown_parents.write_plan(small, 500, "distinct")
    unknown_parents.write_plan(large, 1_000, "distinct")
    validate([str(small)])  # warm the caches (compiled schemas) before counting
    results = {}

    def run(root: Path) -> Callable[[], object]:
        return lambda: results.setdefault(root, validate([str(root)]))

    calls_small, calls_large = _calls(run(small)), _calls(run(large))
    for root, goals in ((small, 500), (large, 1_000)):
        unknown = [f for f in results[root].findings if f.code == "ref/unknown-parent"]
        assert len(unknown) == goals - unknown_parents.STRATEGIC
        assert all(str(f.hint).startswith("did you mean") for f in unknown)
    assert calls_large / calls_small <= 2 * 1.15, (calls_small, calls_large)
