"""The agreement form (afsprakenformulier) of `prestatie report --person` and `--people`:
golden files in both languages, the content an HR conversation needs (line of sight to
the mission, gaps, the suggested reward with its policy line, signature lines), one file
per person into a folder, usage errors, hostile plan text shown as text, and the printed
form on at most two A4 pages.

Update the golden files after an intended change of the form with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_form.py
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute import people as figures
from prestatie.model.plan import load
from prestatie.source.files import targets

from .conftest import EXAMPLES

runner = CliRunner()
GOLDEN = Path(__file__).resolve().parent / "golden"
AS_OF = "2026-11-30"
GOUDEN_KORST = EXAMPLES / "gouden-korst"
NORTHWIND = EXAMPLES / "northwind-care"
HOSTILE = "<script>alert(1)</script> | `x` ]]> {{ 7*7 }} {% raw %} & \"q\" 'a' *b* [l](http://x)"


def form(plan: Path, *args: str) -> str:
    result = runner.invoke(
        app, ["report", str(plan), "--as-of", AS_OF, *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


def plan_of(path: Path):  # type: ignore[no-untyped-def]
    (target,) = targets([str(path)], Path.cwd())[:1]
    return load(target)


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; after an intended change run "
        "UPDATE_GOLDEN=1 python -m pytest tests/test_form.py"
    )


@pytest.mark.parametrize(
    ("plan", "person", "lang"),
    [(GOUDEN_KORST, "p-0142", "nl"), (NORTHWIND, "p-2344", "en")],
)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden(plan: Path, person: str, lang: str, fmt: str) -> None:
    text = form(plan, "--person", person, "--lang", lang, "--format", fmt)
    _check_golden(f"form-{plan.name}-{person}.{lang}.{fmt}", text)


@pytest.mark.parametrize(("plan", "lang"), [(GOUDEN_KORST, "nl"), (NORTHWIND, "en")])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_form_has_its_line_of_sight_gaps_reward_and_signatures(
    plan: Path, lang: str, fmt: str
) -> None:
    loaded = plan_of(plan)
    views = figures.views(loaded)
    assert len(views) >= 3
    suggestion = "voorstel" if lang == "nl" else "suggestion"
    signature = (
        ("Handtekening medewerker", "Handtekening leidinggevende")
        if lang == "nl"
        else (
            "Signature employee",
            "Signature manager",
        )
    )
    for view in views:
        person = view.person
        text = form(plan, "--person", person.id, "--lang", lang, "--format", fmt)
        # Each ancestor of each personal objective, up to the mission, by id and title.
        for goal in person.goals:
            assert goal.id in text
            ref = goal.parent
            while ref is not None:
                node = loaded.refs[ref]
                if getattr(node, "kind", None) == "mission":
                    assert ("Missie" if lang == "nl" else "Mission") in text
                    break
                assert node.id in text, (person.id, ref)
                if node.title:
                    assert node.title.split()[0] in text
                ref = getattr(node, "parent", None)
        # Every gap marked; the number of marks is the number of gaps.
        gaps = [row for row in view.competences if row.gap]
        assert text.count("⚠ " + ("tekort" if lang == "nl" else "gap")) == len(gaps)
        # The suggestion sentence always; the policy line when there is a suggestion.
        assert suggestion in text
        point = view.suggestion.point
        if point is not None and point.outcome is not None:
            assert point.outcome in text
            assert (point.label(lang) or "") in text
        for words in signature:
            assert words in text
        if person.name:
            assert person.name in text


def test_a_gap_without_a_pop_action_and_a_differing_reward_are_marked() -> None:
    text = form(GOUDEN_KORST, "--person", "p-0231", "--lang", "nl")
    assert "| Gespreksvaardigheid | 3 | 2 | **⚠ tekort · geen POP-actie** | PD-0231-1 |" in text
    assert "| Leidinggeven | 3 | 2 | **⚠ tekort · POP-actie** | PD-0231-1 |" in text
    assert "**Missie** Bakkerij De Gouden Korst" in text
    text = form(GOUDEN_KORST, "--person", "p-0142", "--lang", "nl")
    assert "wijkt af van het voorstel" in text
    assert "Volgens de beloningssystematiek:** Beloningssystematiek 2026" in text


def test_redact_shows_ids_for_names() -> None:
    text = form(GOUDEN_KORST, "--person", "p-0231", "--redact")
    assert "Kees Verhoef" not in text and "Ahmed El Amrani" not in text
    assert "p-0231" in text and "p-0059" in text


def test_people_into_a_folder_one_file_each_and_never_over_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "formulieren"
    args = ["report", str(GOUDEN_KORST), "--as-of", AS_OF, "--people", "-o", str(folder)]
    result = runner.invoke(app, [*args, "--format", "html"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    ids = sorted(plan_of(GOUDEN_KORST).persons)
    assert sorted(p.name for p in folder.iterdir()) == [f"{i}.html" for i in ids]
    first = (folder / f"{ids[0]}.html").read_text(encoding="utf-8")
    assert first.count('<article class="form"') == 1
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    result = runner.invoke(app, [*args, "--format", "html"], catch_exceptions=False)
    assert result.exit_code != 0
    assert "--force" in result.stderr
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    result = runner.invoke(app, [*args, "--format", "html", "--force"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr


def test_people_in_one_file_with_a_page_break_and_by_unit(tmp_path: Path) -> None:
    text = form(GOUDEN_KORST, "--people", "--format", "html")
    assert text.count('<article class="form"') == len(plan_of(GOUDEN_KORST).persons)
    assert ".form { break-before: page; }" in text
    md = form(GOUDEN_KORST, "--people", "--unit", "Zakelijke Markt")
    assert md.count("# Afsprakenformulier: ") == 2 and "Sanne de Boer" in md
    assert "Kees Verhoef" not in md
    target = tmp_path / "alle.md"
    form(GOUDEN_KORST, "--people", "-o", str(target))
    assert target.read_text(encoding="utf-8").count("\n---\n") == 4


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--person", "p-014"], "p-0142"),
        (["--person", "p-02"], "p-0231"),
        (["--person", "p-0231", "--section", "cover"], "--section"),
        (["--person", "p-0231", "--people"], "--people"),
        (["--unit", "Directie"], "--people"),
        (["--people", "--unit", "Nergens"], "Zakelijke Markt"),
    ],
)
def test_usage_errors(args: list[str], words: str) -> None:
    result = runner.invoke(app, ["report", str(GOUDEN_KORST), *args])
    assert result.exit_code == 2, result.stderr
    assert words in result.stderr


def test_hostile_plan_text_is_shown_as_text(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(GOUDEN_KORST, plan)
    path = plan / "people" / "p-0231.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["name"] = HOSTILE
    data["goals"][0]["title"] = HOSTILE
    data["pop"][0]["action"] = HOSTILE
    data["reviews"][1]["notes"] = HOSTILE
    data["competences"][0]["name"] = HOSTILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    html = form(plan, "--person", "p-0231", "--format", "html")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in re.sub(r"\d{2,}", "", HOSTILE)
    md = form(plan, "--person", "p-0231")
    assert "<script>" not in md
    assert "\\<script\\>" in md or "&lt;script&gt;" in md
    assert "[l](http://x)" not in md


def test_prints_to_at_most_two_a4_pages(tmp_path: Path) -> None:
    from prestatie.cli.pdf import NoEngine, engine

    try:
        engine()
    except NoEngine:
        pytest.skip("BROWSER TEST SKIPPED: no Chromium on PATH (apt-get install -y chromium)")
    for plan, person in ((GOUDEN_KORST, "p-0142"), (NORTHWIND, "p-2344")):
        target = tmp_path / f"{person}.pdf"
        form(plan, "--person", person, "-o", str(target))
        data = target.read_bytes()
        assert data.startswith(b"%PDF")
        assert 1 <= len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) <= 2


def test_figures_are_the_cores(tmp_path: Path) -> None:
    """The form prints the appraisal the core picks and the suggestion it computes."""
    loaded = plan_of(NORTHWIND)
    loaded.as_of = date(2026, 11, 30)
    view = figures.view(loaded, "p-2344")
    assert view is not None and view.appraisal is not None
    text = form(NORTHWIND, "--person", "p-2344", "--lang", "en")
    assert f"**Overall rating: {view.appraisal.overall}**" in text
