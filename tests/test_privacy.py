"""Personal data only when asked for: the default report, tree and balance of the example
plans hold no name, id or personal objective of any person file; `--include people`
shows them, `--redact` shows ids for names; the anonymous aggregates and their
suppression below `MIN_GROUP` people per unit.

The people are read from the person files at test time, never listed here."""

from __future__ import annotations

import html
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.people_stats import APPRAISAL_TYPES, MIN_GROUP, stats
from prestatie.model.plan import load
from prestatie.source.files import targets

from .conftest import EXAMPLES

PLANS = [EXAMPLES / "gouden-korst", EXAMPLES / "northwind-care"]
AS_OF = "2026-11-30"
runner = CliRunner()


def _people(plan: Path) -> list[dict[str, Any]]:
    """Every person file of the plan, as YAML data."""
    found = []
    for path in sorted(plan.rglob("*.yaml")):
        for data in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if isinstance(data, dict) and data.get("kind") == "person":
                found.append(data)
    return found


def _names(plan: Path) -> set[str]:
    return {str(p["name"]) for p in _people(plan) if p.get("name")}


def _ids(plan: Path) -> set[str]:
    """Each person's id and the ids of their personal objectives."""
    ids = set()
    for person in _people(plan):
        ids.add(str(person["id"]))
        ids.update(str(g["id"]) for g in person.get("goals") or [] if g.get("id"))
    return ids


def _run(*args: str) -> str:
    result = runner.invoke(
        app, list(args), env={"COLUMNS": "2000", "NO_COLOR": "1"}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _outputs(plan: Path, *extra: str) -> dict[str, str]:
    where = str(plan)
    day = ("--as-of", AS_OF)
    return {
        "report md": _run("report", where, *day, "-f", "md", *extra),
        "report md en": _run("report", where, *day, "-f", "md", "--lang", "en", *extra),
        "report html": _run("report", where, *day, "-f", "html", *extra),
        "tree": _run("tree", where, *day, *extra),
        "tree json": _run("tree", where, *day, "-f", "json", *extra),
        "tree md": _run("tree", where, *day, "-f", "md", *extra),
    }


def _found(text: str, words: set[str]) -> set[str]:
    return {w for w in words if w in text or html.escape(w) in text}


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_the_examples_have_people_to_hide(plan: Path) -> None:
    assert len(_people(plan)) >= 3
    assert _names(plan) and _ids(plan)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_the_default_outputs_hold_no_name_and_no_id(plan: Path) -> None:
    names, ids = _names(plan), _ids(plan)
    outputs = _outputs(plan)
    outputs["balance"] = _run("balance", str(plan))
    outputs["balance json"] = _run("balance", str(plan), "-f", "json")
    for what, text in outputs.items():
        assert not _found(text, names), what
        assert not _found(text, ids), what
    hidden = json.loads(outputs["tree json"])["people_hidden"]
    assert hidden == sum(len(p.get("goals") or []) for p in _people(plan))


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_include_people_shows_the_names(plan: Path) -> None:
    outputs = _outputs(plan, "--include", "people")
    for what in ("report md", "report html", "tree", "tree json", "tree md"):
        assert _found(outputs[what], _names(plan)) == _names(plan), what
        assert _found(outputs[what], _ids(plan)), what
    assert json.loads(outputs["tree json"])["people_hidden"] == 0


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_redact_shows_ids_and_no_names(plan: Path) -> None:
    outputs = _outputs(plan, "--include", "people", "--redact")
    people = {str(p["id"]) for p in _people(plan)}
    for what, text in outputs.items():
        assert not _found(text, _names(plan)), what
        assert _found(text, _ids(plan)), what
    # The people section is headed by each person's id.
    for person in people:
        assert f"### {person}\n" in outputs["report md"]
    # Owners that named a person now hold their id.
    owners = {n["owner"] for n in _walk(json.loads(outputs["tree json"])["roots"])}
    assert people <= owners


def _walk(roots: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out, stack = [], list(roots)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node["children"])
    return out


def _plan(path: Path) -> Any:
    (target,) = targets([str(path)], path)[:1]
    return load(target)


def _hand_counts(plan: Path) -> tuple[int, int, dict[str, list[str | None]]]:
    """People, people with a POP entry, and per unit each person's latest overall rating."""
    people = _people(plan)
    with_pop = sum(1 for p in people if p.get("pop"))
    units: dict[str, list[str | None]] = {}
    for p in people:
        appraisals = [
            r
            for r in p.get("reviews") or []
            if str(r.get("type", "")).lower() in APPRAISAL_TYPES and r.get("overall") is not None
        ]
        latest = max(appraisals, key=lambda r: str(r.get("date", "")), default=None)
        units.setdefault(p.get("unit") or "", []).append(
            None if latest is None else str(latest["overall"])
        )
    return len(people), with_pop, units


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_the_aggregates_are_the_hand_counts(plan: Path) -> None:
    people, with_pop, units = _hand_counts(plan)
    found = stats(_plan(plan))
    assert (found.people, found.with_pop) == (people, with_pop)
    assert {u.unit: u.people for u in found.units} == {u: len(r) for u, r in units.items()}
    for unit in found.units:
        if len(units[unit.unit]) < MIN_GROUP:
            assert unit.suppressed
        else:
            rated = Counter(r for r in units[unit.unit] if r is not None)
            assert dict(unit.ratings or ()) == dict(rated)
    text = _run("report", str(plan), "--as-of", AS_OF, "-f", "md", "--lang", "en")
    assert f"- {people} person files in the plan\n" in text
    assert f"- {with_pop} of {people} with a personal development plan (POP): " in text


def _person(number: int, unit: str, overall: int | None, pop: bool = True) -> str:
    lines = [
        "kind: person",
        f"id: p-99{number:02}",
        f"name: Testpersoon {number:02}",
        "function: Care assistant",
        f"unit: {unit}",
    ]
    if pop:
        lines += [
            "pop:",
            "  - {competence: Planning, action: Course, support: Budget, deadline: 2026-06-30}",
        ]
    lines += ["reviews:", "  - {type: interim, date: 2026-06-01}"]
    if overall is not None:
        lines += [
            f"  - {{type: appraisal, date: 2026-10-01, overall: {overall - 1}}}",
            f"  - {{type: appraisal, date: 2026-11-01, overall: {overall}}}",
        ]
    return "\n".join(lines) + "\n"


def test_ratings_show_from_min_group_people_in_a_unit(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "northwind-care", plan)
    # A unit of MIN_GROUP people (one without an appraisal, one without a POP), and one
    # of MIN_GROUP - 1.
    big = [4, 4, 5, 3, None]
    for n, overall in enumerate(big):
        (plan / "people" / f"big-{n}.yaml").write_text(
            _person(n, "Testunit Groot", overall, pop=n != 0), encoding="utf-8"
        )
    for n in range(MIN_GROUP - 1):
        (plan / "people" / f"small-{n}.yaml").write_text(
            _person(50 + n, "Testunit Klein", 4), encoding="utf-8"
        )
    found = {u.unit: u for u in stats(_plan(plan)).units}
    assert found["Testunit Groot"].ratings == (("3", 1), ("4", 2), ("5", 1))
    assert found["Testunit Groot"].unrated == 1
    assert found["Testunit Klein"].suppressed and found["Testunit Klein"].people == 4
    text = _run("report", str(plan), "--as-of", AS_OF, "-f", "md", "--lang", "en")
    assert (
        "  - Testunit Groot: rating 3: 1 person · rating 4: 2 people · rating 5: 1 person"
        " · 1 without a rating\n" in text
    )
    assert f"  - Testunit Klein: not shown (fewer than {MIN_GROUP} people)\n" in text
    assert "Testpersoon" not in text and "p-99" not in text


def test_owners_that_name_a_person_are_not_shown(tmp_path: Path) -> None:
    """A goal outside the person files whose owner is a person's name: no name by
    default, the id with --redact."""
    plan = tmp_path / "plan"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    person = _people(plan)[0]
    strategic = plan / "strategy" / "strategic.yaml"
    text = strategic.read_text(encoding="utf-8")
    first = text.index("owner:")
    end = text.index("\n", first)
    strategic.write_text(f"{text[:first]}owner: {person['name']}{text[end:]}", encoding="utf-8")
    for output in _outputs(plan).values():
        assert person["name"] not in output
    tree = _run("tree", str(plan), "--as-of", AS_OF, "--redact", "-f", "json")
    assert person["name"] not in tree
    report = _run("report", str(plan), "--as-of", AS_OF, "-f", "md", "--redact")
    assert person["name"] not in report
    redacted = _run("tree", str(plan), "--as-of", AS_OF, "--include", "people", "--redact")
    assert person["name"] not in redacted and str(person["id"]) in redacted
