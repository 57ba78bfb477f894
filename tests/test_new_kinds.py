"""`prestatie new KIND` for every kind and both languages: what it writes validates clean
under --strict on the day it is written, and takes over what its parent gives."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES

runner = CliRunner()

CLEAN = {
    "en": "0 errors, 0 warnings, 0 info in ",
    "nl": "0 fouten, 0 waarschuwingen, 0 meldingen in ",
}


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


def started(tmp_path: Path, lang: str) -> Path:
    """A plan `prestatie init` wrote, in `lang`."""
    plan = tmp_path / f"acme-{lang}"
    result = invoke("init", str(plan), "--org", "Acme", "--lang", lang, "--period", "2026")
    assert result.exit_code == 0, result.output
    return plan


def copied(tmp_path: Path, name: str = "gouden-korst") -> Path:
    plan = tmp_path / name
    shutil.copytree(EXAMPLES / name, plan)
    return plan


def new(plan: Path, kind: str, *args: str) -> Any:
    return invoke("new", kind, *args, "--plan", str(plan))


def strict(plan: Path, lang: str) -> str:
    """The output of `validate --strict` (today, as the file was written); must be clean."""
    result = invoke("validate", str(plan), "--strict", "--lang", lang)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(CLEAN[lang]), result.output
    return str(result.output)


def document(path: Path, index: int = 0) -> dict[str, Any]:
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert source.findings == []
    data = source.documents[index].data
    assert isinstance(data, dict)
    return data


def goal_in(path: Path, goal_id: str) -> dict[str, Any]:
    """The goal `goal_id` in any document of `path`, with its document's defaults under
    `defaults`."""
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    for doc in source.documents:
        for entry in doc.data.get("goals") or []:
            if entry.get("id") == goal_id:
                return {**entry, "defaults": doc.data.get("defaults") or {}}
    raise AssertionError(f"{goal_id} not in {path}")


def only_line(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


# ----------------------------------------------------------------------------- every kind

KIND_ARGS: dict[str, list[str]] = {
    "goal": [],  # a strategic goal under the mission
    "okr": ["--parent", "{first}"],
    "ogsm": [],
    "scorecard": [],
    "person": ["--name", "Jan de Vries", "--unit", "Sales"],
    "analysis": [],
    "reward-policy": [],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("kind", sorted(KIND_ARGS))
def test_every_kind_validates_clean_under_strict(tmp_path: Path, kind: str, lang: str) -> None:
    plan = started(tmp_path, lang)
    first = "SG-1" if lang == "en" else "SD-1"
    args = [a.format(first=first) for a in KIND_ARGS[kind]]
    result = new(plan, kind, *args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1, result.stdout  # the line it wrote, no finding
    assert result.stderr == ""
    strict(plan, lang)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_texts_follow_the_language(tmp_path: Path, lang: str) -> None:
    plan = started(tmp_path, lang)
    texts = {
        "en": ("the result in one sentence", "count", "increase", "Financial"),
        "nl": ("het resultaat in één zin", "aantal", "verhogen", "Financieel"),
    }[lang]
    assert new(plan, "goal", "--perspective", "financial").exit_code == 0
    assert new(plan, "scorecard").exit_code == 0
    goals = (plan / "goals" / "strategic.yaml").read_text(encoding="utf-8")
    card = next((plan / "scorecards").iterdir()).read_text(encoding="utf-8")
    assert texts[0] in goals and f'"{texts[1]}"' in goals and f'"{texts[2]}"' in goals
    assert f"# {texts[3]}" in card
    other = {"en": "het resultaat", "nl": "the result"}[lang]
    assert other not in goals


def test_a_cascade_from_strategic_to_personal_carries_period_perspective_and_unit(
    tmp_path: Path,
) -> None:
    plan = started(tmp_path, "en")
    steps = [
        (["--parent", "SG-2", "--unit", "Sales", "--period", "2026-H1"], "DG-SALES-1"),
        (["--parent", "DG-SALES-1"], "OG-SALES-1"),
        (["--parent", "OG-SALES-1", "--level", "project"], "PJ-SALES-1"),
        (["--parent", "PJ-SALES-1", "--person", "p-7"], "PG-7-1"),
    ]
    for args, made in steps:
        result = new(plan, "goal", *args)
        assert result.exit_code == 0, result.output
        assert f"goal {made}" in result.stdout.splitlines()[0], result.stdout
    department = goal_in(plan / "goals" / "sales" / "department.yaml", "DG-SALES-1")
    assert department["defaults"] == {"level": "department", "unit": "Sales"}
    assert (department["parent"], department["perspective"], department["period"]) == (
        "SG-2",
        "customer",
        "2026-H1",
    )
    operational = goal_in(plan / "goals" / "sales" / "operational.yaml", "OG-SALES-1")
    assert (operational["perspective"], operational["period"]) == ("customer", "2026-H1")
    assert operational["defaults"]["unit"] == "Sales"  # carried over from the parent
    project = goal_in(plan / "goals" / "sales" / "project.yaml", "PJ-SALES-1")
    assert project["defaults"]["level"] == "project"
    person = document(plan / "people" / "p-7.yaml")
    assert (person["kind"], person["id"], person["unit"]) == ("person", "p-7", "Sales")
    (personal,) = person["goals"]
    assert (personal["id"], personal["parent"], personal["period"]) == (
        "PG-7-1",
        "PJ-SALES-1",
        "2026-H1",
    )
    assert "level" not in personal and "owner" not in personal  # the person's file gives them
    tree = invoke("tree", str(plan), "--format", "json", "--include", "people", "--lang", "en")
    assert tree.exit_code == 0
    for made in ("DG-SALES-1", "OG-SALES-1", "PJ-SALES-1", "PG-7-1"):
        assert f'"{made}"' in tree.stdout


@pytest.mark.parametrize("name", ["gouden-korst", "northwind-care"])
def test_goals_are_added_to_the_list_of_their_level_and_unit(tmp_path: Path, name: str) -> None:
    plan = copied(tmp_path, name)
    if name == "gouden-korst":
        parent, unit, made, where = (
            "SD-1",
            "Zakelijke Markt",
            "AD-ZM-3",
            "departments/zakelijke-markt.yaml",
        )
    else:
        parent, unit, made, where = (
            "SG-1",
            "Care Delivery",
            "DG-CD-3",
            "departments/care-delivery.yaml",
        )
    result = new(plan, "goal", "--parent", parent, "--unit", unit, "--title", "Omzet +10 %")
    assert result.exit_code == 0, result.output
    assert (
        result.stdout.splitlines()[0].endswith(
            f"{made} {'aan' if name == 'gouden-korst' else 'to'} {where}"
        )
        or where in result.stdout.splitlines()[0]
    )
    entry = goal_in(plan / where, made)
    assert entry["title"] == "Omzet +10 %"
    assert "level" not in entry and "unit" not in entry and "owner" not in entry  # defaults


def test_the_readme_examples_for_the_dutch_example_plan(tmp_path: Path) -> None:
    plan = copied(tmp_path)
    zm = "Zakelijke Markt"
    cases = [
        (["goal", "--perspective", "klant"], "SD-6", "strategy/strategic.yaml"),
        (["goal", "--parent", "SD-1", "--unit", zm], "AD-ZM-3", "departments/zakelijke-markt.yaml"),
        (
            ["goal", "--parent", "OD-ZM-2", "--level", "project"],
            "PR-ZM-1",
            "zakelijke-markt/project",
        ),
        (["goal", "--parent", "FD-ACC-1", "--person", "p-0142"], "PD-0142-4", "people/p-0142.yaml"),
        (
            ["okr", "--parent", "AD-ZM-2", "--period", "2026-Q4"],
            "OKR-AD-ZM-2-2026-Q4",
            "okr/okr-ad",
        ),
        (["ogsm"], "OGSM-2026-2", "ogsm/ogsm-2026-2.yaml"),
        (["scorecard", "--level", "department", "--unit", zm], "BSC-ZM-2026", "scorecards/bsc-zm"),
        (
            ["person", "--id", "p-0300", "--unit", "Winkels", "--manager", "p-0007"],
            "p-0300",
            "p-0300",
        ),
        # analyse-2026 and beloning-2026 are taken
        (["analysis"], "ANALYSE-2026-2", "analysis-analyse-2026-2.yaml"),
        (["reward-policy"], "BELONING-2026-2", "reward-policy-beloning-2026-2.yaml"),
    ]
    for args, made, where in cases:
        result = new(plan, *args)
        assert result.exit_code == 0, result.output
        line = result.stdout.splitlines()[0]
        assert made in line and where in line, (args, line)
        assert line.split(" ", 1)[1].split(" (")[0].endswith(".yaml")


def test_a_scorecard_lists_its_scope_and_proposes_links_in_cause_effect_order(
    tmp_path: Path,
) -> None:
    plan = started(tmp_path, "en")
    result = new(plan, "scorecard")
    assert result.exit_code == 0, result.output
    path = plan / "scorecards" / "bsc-2026.yaml"
    data = document(path)
    assert data["perspectives"] == {
        "financial": ["SG-1"],
        "customer": ["SG-2"],
        "process": ["SG-3"],
        "learning": ["SG-4"],
    }
    assert "links" not in data  # proposed, not decided
    lines = path.read_text(encoding="utf-8").splitlines()
    proposed = [ln for ln in lines if ln.startswith("#   - [")]
    assert proposed == [
        '#   - ["SG-4", "SG-3"]  # Learning & growth → Internal process',
        '#   - ["SG-3", "SG-2"]  # Internal process → Customer',
        '#   - ["SG-2", "SG-1"]  # Customer → Financial',
    ]
    # Confirming them (removing the #) gives a strategy map that validates clean.
    text = "\n".join(ln[2:] if ln.startswith(("# links:", "#   - [")) else ln for ln in lines)
    path.write_text(text + "\n", encoding="utf-8")
    assert document(path)["links"] == [["SG-4", "SG-3"], ["SG-3", "SG-2"], ["SG-2", "SG-1"]]
    strict(plan, "en")


def test_a_scorecard_of_a_unit_takes_only_that_unit(tmp_path: Path) -> None:
    plan = copied(tmp_path)
    result = new(plan, "scorecard", "--level", "afdeling", "--unit", "Zakelijke Markt")
    assert result.exit_code == 0, result.output
    data = document(plan / "scorecards" / "bsc-zm-2026.yaml")
    assert data["unit"] == "Zakelijke Markt"
    assert data["perspectives"]["financieel"] == ["AD-ZM-1"]
    assert data["perspectives"]["klant"] == ["AD-ZM-2"]
    # Perspectives without an objective in the scope are what the plan lacks: shown.
    assert "bsc/empty-perspective" in result.stdout


def test_dry_run_prints_the_file_and_writes_nothing(tmp_path: Path) -> None:
    plan = copied(tmp_path)
    before = {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()}
    result = new(plan, "goal", "--parent", "SD-1", "--unit", "Zakelijke Markt", "--dry-run")
    assert result.exit_code == 0, result.output
    assert {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()} == before
    source = parse_text(result.stdout, "dry-run.yaml")
    assert source.findings == []
    ids = [g["id"] for doc in source.documents for g in doc.data["goals"]]
    assert "AD-ZM-3" in ids and "OD-ZM-1" in ids  # the whole file, with the goal added
    assert result.stderr.strip().endswith("er is niets geschreven")
    fresh = new(plan, "reward-policy", "--dry-run", "--lang", "en")
    assert fresh.stdout.startswith("# yaml-language-server: $schema=")
    assert fresh.stderr.startswith("would create ")
    assert fresh.stderr.endswith(
        # the plan is Dutch: so are its ids, whatever language the run speaks
        "reward-policy-beloning-2026-2.yaml (reward-policy BELONING-2026-2); nothing was written\n"
    )


# ----------------------------------------------------------------------------- refusals


def test_an_unknown_parent_names_every_close_id_before_any_other_check(tmp_path: Path) -> None:
    plan = copied(tmp_path)
    result = new(plan, "goal", "--parent", "OD-ZM-9", "--id", "bad id", "--period", "ooit")
    assert result.exit_code == 2
    assert only_line(result) == (
        "prestatie: fout: --parent 'OD-ZM-9' bestaat niet in het plan; "
        "bedoel je 'OD-ZM-1', 'OD-ZM-2' of 'OD-ZM-3'?"
    )
    far = new(plan, "goal", "--parent", "NIETS-DAT-HIER-OP-LIJKT", "--lang", "en")
    assert only_line(far).endswith("--parent 'NIETS-DAT-HIER-OP-LIJKT' does not exist in the plan")


REFUSALS = {
    "id-pattern": (["--parent", "SD-1", "--id", "AD ZM"], "--id 'AD ZM': an id has no spaces"),
    "id-used": (["--parent", "SD-1", "--id", "SD-2"], "--id 'SD-2' is already used in the plan"),
    "unit-required": (["--parent", "SD-1"], "--unit is required: a department goal names its"),
    "unit-unknown": (
        ["--parent", "SD-1", "--unit", "Zakelijk Markt"],
        "--unit 'Zakelijk Markt' is not one of the plan's units; did you mean 'Zakelijke Markt'?",
    ),
    "person-not-personal": (
        ["--parent", "SD-1", "--unit", "Winkels", "--person", "p-1"],
        "goes into a person's file",
    ),
    "person-required": (["--parent", "FD-ACC-1"], "--person is required: a personal goal goes"),
    "not-a-person": (
        ["--parent", "FD-ACC-1", "--person", "SD-1"],
        "--person 'SD-1' is an objective, not a person",
    ),
    "person-has-file": (
        ["--parent", "FD-ACC-1", "--person", "p-0142", "-o", "elders.yaml"],
        "-o: the personal goals of 'p-0142' go into their file people/p-0142.yaml; leave out -o",
    ),
    "lowest-level": (["--parent", "PD-0142-1"], "on the lowest level of the plan; no goal derives"),
    "wrong-level": (
        ["--parent", "OD-ZM-2", "--level", "afdeling"],
        "a goal under 'OD-ZM-2' is function or project",
    ),
    "wrong-parent": (
        ["--parent", "p-0142"],
        "--parent 'p-0142' is a person; a new goal derives from the mission or a goal",
    ),
    "perspective": (["--perspective", "klnt"], "--perspective 'klnt': did you mean 'klant'?"),
    "period": (
        ["--parent", "SD-1", "--unit", "Winkels", "--period", "Q3"],
        "--period 'Q3': use a period such as",
    ),
}


@pytest.mark.parametrize(("args", "ending"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_goal_that_cannot_be_made_is_refused(
    tmp_path: Path, args: list[str], ending: str
) -> None:
    plan = copied(tmp_path)
    before = {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()}
    result = new(plan, "goal", *args, "--lang", "en")
    assert result.exit_code == 2, result.output
    line = only_line(result)
    assert ending in line, line
    assert result.stdout == ""
    assert {p: p.read_bytes() for p in plan.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("kind", ["person", "analysis", "reward-policy", "scorecard"])
def test_an_existing_file_is_never_written_over(tmp_path: Path, kind: str) -> None:
    plan = copied(tmp_path)
    taken = plan / "mine.yaml"
    taken.write_text("kind: reward-policy\nid: MINE\nscale: [{score: 1}]\n", encoding="utf-8")
    result = new(plan, kind, "-o", str(taken), "--lang", "en")
    assert result.exit_code == 2
    assert only_line(result).endswith(
        "already exists and holds reward-policy MINE; choose another --id or -o"
    )
    assert taken.read_text(encoding="utf-8").startswith("kind: reward-policy\nid: MINE")


def test_a_given_person_id_that_is_used_is_refused(tmp_path: Path) -> None:
    plan = copied(tmp_path)
    result = new(plan, "person", "--id", "p-0142", "--lang", "en")
    assert result.exit_code == 2
    assert only_line(result).endswith("--id 'p-0142' is already used in the plan")
    unknown = new(plan, "person", "--manager", "p-007", "--lang", "en")
    assert only_line(unknown).endswith(
        "--manager 'p-007' is no person in the plan; did you mean 'p-0007'?"
    )
