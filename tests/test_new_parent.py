"""`prestatie new` checks `--parent` first: an unknown parent is exit 2 with every close id
that could be a parent, before any question and before any other option is checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.model.suggest import LIST_LIMIT, SMALL_POOL, Suggester, _one_typo

from .conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    folder = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", folder)
    return folder


def _files(plan: Path) -> list[str]:
    return sorted(p.relative_to(plan).as_posix() for p in plan.rglob("*") if p.is_file())


def _new(plan: Path, kind: str, *args: str, lang: str = "en", answers: str | None = None) -> str:
    before = _files(plan)
    command = ["new", kind, *args, "--plan", str(plan), "--lang", lang]
    result = runner.invoke(app, command, input=answers, catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert _files(plan) == before  # nothing written
    return result.stderr


@pytest.mark.parametrize(
    ("kind", "parent", "listed"),
    [
        ("okr", "SD-9", "'SD-1', 'SD-2', 'SD-3', 'SD-4' or 'SD-5'"),
        ("okr", "AD-ZM-22", "'AD-ZM-2', 'AD-ZM-1' or 'OD-ZM-2'"),
        ("okr", "ad-zm-2 ", "'AD-ZM-2', 'AD-ZM-1' or 'OD-ZM-2'"),
        (
            "ogsm",
            "OGSM-2026/S9",
            "'OGSM-2026/S1', 'OGSM-2026/S2', 'OGSM-2026/S3' or 'OGSM-2026/S4'",
        ),
    ],
)
def test_an_unknown_parent_lists_every_close_id(
    plan: Path, kind: str, parent: str, listed: str
) -> None:
    err = _new(plan, kind, "--parent", parent)
    assert err == (
        f"prestatie: error: --parent '{parent}' does not exist in the plan; "
        f"did you mean {listed}?\n"
    )


def test_only_ids_that_can_be_a_parent_are_suggested(plan: Path) -> None:
    # OKR-ZM-2026-Q3 is an OKR: a new OKR goes under one of its key results, not under it
    err = _new(plan, "okr", "--parent", "OKR-ZM-2026-Q4")
    assert "'OKR-ZM-2026-Q3'," not in err and "'OKR-ZM-2026-Q3'?" not in err
    assert "'OKR-ZM-2026-Q3/KR1'" in err
    # a scorecard is no parent at all
    err = _new(plan, "okr", "--parent", "BSC-2025")
    assert "BSC-2026" not in err


def test_the_parent_comes_before_every_other_option(plan: Path) -> None:
    err = _new(
        plan, "okr", "--parent", "SD-9", "--period", "someday", "--id", "not an id", "-o", "x.txt"
    )
    assert err.startswith("prestatie: error: --parent 'SD-9' does not exist in the plan;")
    err = _new(plan, "okr", "--parent", "BSC-2026", "--period", "someday")
    assert err.startswith("prestatie: error: --parent 'BSC-2026' is a scorecard;")
    # with a known parent, the next check speaks
    err = _new(plan, "okr", "--parent", "SD-1", "--period", "someday")
    assert err.startswith("prestatie: error: --period 'someday':")


def test_the_parent_comes_before_any_question(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from prestatie.cli import new as new_command

    asked: list[str] = []
    monkeypatch.setattr(new_command, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or "")
    err = _new(plan, "okr", "--parent", "SD-9")
    assert asked == []
    assert "did you mean 'SD-1'," in err
    # a parent typed at the prompt is checked before the next question
    asked.clear()
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or "SD-9")
    err = _new(plan, "okr")
    assert len(asked) == 1 and asked[0].startswith("Parent")
    assert "--parent 'SD-9' does not exist" in err


def test_in_dutch(plan: Path) -> None:
    err = _new(plan, "okr", "--parent", "SD-9", lang="nl")
    assert err == (
        "prestatie: fout: --parent 'SD-9' bestaat niet in het plan; "
        "bedoel je 'SD-1', 'SD-2', 'SD-3', 'SD-4' of 'SD-5'?\n"
    )


# ----------------------------------------------------------------------------- all_close

NAMES = [f"{unit}-{n}" for unit in ("SD", "AD-VK", "AD-ZM", "OD-ZM", "FD-HZM") for n in range(1, 6)]


def test_all_close_orders_case_then_typos_then_similar() -> None:
    pool = Suggester(["AD-ZM-2", "ad-zm-22", "AD-ZM-1", "OD-ZM-2", "XYZ"])
    assert pool.all_close("AD-ZM-22") == ["ad-zm-22", "AD-ZM-2", "AD-ZM-1", "OD-ZM-2"]
    assert Suggester(NAMES).all_close("SD-9") == ["SD-1", "SD-2", "SD-3", "SD-4", "SD-5"]
    assert Suggester(NAMES).all_close("SD-1") == ["SD-2", "SD-3", "SD-4", "SD-5"]


def test_all_close_falls_back_to_the_one_closest_and_to_nothing() -> None:
    pool = Suggester(["FIN-OMZET-2026", "HR-VERZUIM"])
    assert pool.all_close("FIN-OMZET-26") == ["FIN-OMZET-2026"]  # ratio 0.92, two typos
    assert pool.all_close("OMZET-FIN") == []
    assert Suggester([]).all_close("X") == []


def test_all_close_is_bounded_in_a_large_pool() -> None:
    many = [f"OKR-{n:05d}" for n in range(20_000)]
    assert len(many) > SMALL_POOL
    pool = Suggester(many)
    found = pool.all_close("OKR-0001")  # one digit short: dozens of names one typo away
    assert len(found) == LIST_LIMIT
    assert all(_one_typo("okr-0001", name.casefold()) for name in found)
    assert pool.all_close("OKR-12345x")[0] == "OKR-12345"  # the one typo first
