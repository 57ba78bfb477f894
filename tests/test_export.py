"""`prestatie export`: CSV (both dialects), XLSX and JSON read back, against the figures
`prestatie tree --format json` shows; the formula guard; -o and --force; --level."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.render.charts import STATUSES as STATUS_COLOURS
from prestatie.render.export_table import COLUMNS

from .conftest import EXAMPLES, ROOT

runner = CliRunner()
PLANS = [EXAMPLES / "gouden-korst", EXAMPLES / "northwind-care"]
EVERY_EXAMPLE = sorted(p for p in EXAMPLES.iterdir() if (p / "prestatie.yaml").is_file())
AS_OF = "2026-06-30"
SCHEMA = json.loads((ROOT / "schemas" / "export.schema.json").read_text(encoding="utf-8"))
HOSTILE = ['=HYPERLINK("http://x")', "+cmd", "@SUM(A1)", "-1+2"]


def run(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


def tree_rows(plan: Path, *extra: str) -> list[tuple[str, str | None, Any, str, Any, Any]]:
    """(objective id, measure name, objective score, objective status, measure score,
    measure status) of every node `tree --format json` shows, as the export's rows."""
    result = run("tree", str(plan), "--as-of", AS_OF, "--format", "json", *extra)
    stack = list(reversed(json.loads(result.stdout)["roots"]))
    out = []
    while stack:
        node = stack.pop()
        stack.extend(reversed(node["children"]))
        if node["kind"] == "mission":
            continue
        for m in node["measures"] or [None]:
            out.append(
                (
                    node["id"],
                    None if m is None else m["name"],
                    node["score"],
                    node["status"],
                    None if m is None else m["score"],
                    None if m is None else m["status"],
                )
            )
    return out


def _number(text: str, excel: bool) -> float | None:
    if text == "":
        return None
    return float(text.replace(",", ".") if excel else text)


def csv_rows(text: str, excel: bool) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=";" if excel else ","))


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_csv_holds_every_objective_and_measure_with_the_tree_figures(plan: Path) -> None:
    result = run("export", str(plan), "--as-of", AS_OF, "--format", "csv")
    assert result.exit_code == 0
    text = result.stdout
    assert not text.startswith("\ufeff") and "\r\n" not in text
    assert text.splitlines()[0] == ",".join(COLUMNS)
    rows = csv_rows(text, excel=False)
    got = [
        (
            r["objective_id"],
            r["measure_name"] or None,
            _number(r["objective_score"], False),
            r["objective_status"],
            _number(r["score"], False),
            r["status"] or None,
        )
        for r in rows
    ]
    assert got == tree_rows(plan)
    assert len(got) > 40


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_excel_dialect_has_bom_semicolons_decimal_commas_and_crlf(plan: Path) -> None:
    plain = run("export", str(plan), "--as-of", AS_OF, "-f", "csv").stdout
    raw = run("export", str(plan), "--as-of", AS_OF, "-f", "csv", "--excel").stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.count("\r\n") == text.count("\n") == plain.count("\n")
    assert text.splitlines()[0] == ";".join(COLUMNS)
    excel_rows = csv_rows(text.replace("\r\n", "\n"), excel=True)
    plain_rows = csv_rows(plain, excel=False)
    assert len(excel_rows) == len(plain_rows)
    numeric = ("objective_score", "baseline", "progress", "score", "expected")
    decimals = 0
    for e, p in zip(excel_rows, plain_rows, strict=True):
        assert e["objective_id"] == p["objective_id"] and e["title"] == p["title"]
        for name in numeric:
            assert "." not in e[name]
            assert _number(e[name], True) == _number(p[name], False)
            decimals += "," in e[name]
        assert e["period_start"] == p["period_start"]  # ISO dates in both
    assert decimals > 10


def test_xlsx_done_means_every_objective_with_its_numbers(tmp_path: Path) -> None:
    for plan in PLANS:
        out = tmp_path / f"{plan.name}.xlsx"
        args = ["export", str(plan), "--as-of", AS_OF, "--format", "xlsx", "--lang", "nl"]
        result = run(*args, "-o", str(out))
        assert result.exit_code == 0, result.output
        book = openpyxl.load_workbook(out)
        found: dict[str, Any] = {}
        for sheet in book.worksheets[:-1]:
            header = [c.value for c in sheet[1]]
            id_col = header.index(_word("export.column.objective_id", "nl"))
            score_col = header.index(_word("export.column.objective_score", "nl"))
            for row in sheet.iter_rows(min_row=2, values_only=True):
                found[row[id_col]] = row[score_col]
        expected = {r[0]: r[2] for r in tree_rows(plan)}
        assert set(found) == set(expected)
        for key, score in expected.items():
            assert found[key] == score, key


def _word(id: str, lang: str) -> str:
    from prestatie.i18n import Speaker

    return Speaker(lang).text(id)


def test_xlsx_sheets_types_colours_filter_and_frozen_header(tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    run("export", str(PLANS[0]), "--as-of", AS_OF, "-o", str(out))  # the suffix says xlsx
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Strategisch",
        "Afdeling",
        "Operationeel",
        "Functie",
        "Project",
        "OKR's en key results",
        "OGSM's en strategieën",
        "Meldingen",
    ]
    assert all(len(name) <= 31 for name in book.sheetnames)
    colours = {c.lstrip("#").upper() for c in STATUS_COLOURS.values()}
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == sheet.dimensions
    sheet = book["Strategisch"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["Doelstelling"].value == "SD-1"
    assert isinstance(row["Score doelstelling"].value, float)
    assert row["Score doelstelling"].number_format == "0.0%"
    assert isinstance(row["Nulmeting"].value, int | float)
    assert isinstance(row["Begin periode"].value, datetime)
    assert row["Begin periode"].value == datetime(2026, 1, 1)
    status = row["Status doelstelling"]
    assert status.value in {"groen", "oranje", "rood", "geen data", "niet gestart"}
    assert status.fill.fill_type == "solid"
    assert status.fill.start_color.rgb[-6:] in colours
    assert row["Perspectief"].value == "Financieel"
    assert sheet.column_dimensions["C"].width > 20  # the title is wide


def test_xlsx_in_english_and_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (first, second):
        args = ["export", str(PLANS[0]), "--as-of", AS_OF, "-f", "xlsx", "--lang", "en"]
        assert run(*args, "-o", str(out)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    book = openpyxl.load_workbook(first)
    assert book.sheetnames[0] == "Strategic" and book.sheetnames[-1] == "Findings"
    header = [c.value for c in book["Strategic"][1]]
    assert header[:3] == ["Objective", "Derives from", "Title"]
    statuses = {c.value for c in book["Strategic"]["M"][1:]}
    assert statuses <= {"green", "amber", "red", "no data", "not started"}
    assert book.properties.created == datetime(2026, 6, 30)


def test_xlsx_to_a_pipe_and_findings_sheet(tmp_path: Path) -> None:
    result = run("export", str(EXAMPLES / "eenzijdig"), "-f", "xlsx", "--as-of", AS_OF)
    assert result.exit_code == 0
    book = openpyxl.load_workbook(io.BytesIO(result.stdout_bytes))
    findings = book["Meldingen"]
    rows = list(findings.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[0] in ("fout", "waarschuwing", "melding") for r in rows)
    assert all(isinstance(r[3], int) for r in rows)  # line numbers are numbers


def test_json_of_every_example_validates_against_its_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    validator = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for plan in EVERY_EXAMPLE:
        for extra in ([], ["--include", "people"]):
            result = run("export", str(plan), "--as-of", AS_OF, "-f", "json", *extra)
            assert result.exit_code == 0
            payload = json.loads(result.stdout)
            errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(payload)]
            assert errors == [], plan.name
            assert payload["version"] == 1


def test_json_is_the_normalised_plan_with_the_tree_figures() -> None:
    payload = json.loads(run("export", str(PLANS[0]), "--as-of", AS_OF).stdout)
    by_id = {o["id"]: o for o in payload["objectives"]}
    rows = tree_rows(PLANS[0])
    assert list(by_id) == list(dict.fromkeys(r[0] for r in rows))
    assert all(by_id[r[0]]["score"] == r[2] for r in rows)
    ad = by_id["AD-ZM-1"]
    assert (ad["level"], ad["parent"], ad["unit"]) == ("department", "SD-1", "Zakelijke Markt")
    assert ad["period"] == {"label": "2026", "start": "2026-01-01", "end": "2026-12-31"}
    assert payload["plan"]["levels"][1] == "department"  # `afdeling` resolved
    okr = next(o for o in payload["objectives"] if o["kind"] == "okr")
    assert okr["tier"] is not None and okr["level"] is None
    # Personal objectives and findings in person files stay out unless asked for.
    assert payload["people_hidden"] > 0
    assert not any(o["level"] == "personal" for o in payload["objectives"])
    assert not any(f["file"].startswith("people/") for f in payload["findings"])
    everyone = json.loads(
        run("export", str(PLANS[0]), "--as-of", AS_OF, "--include", "people").stdout
    )
    assert any(o["level"] == "personal" for o in everyone["objectives"])
    assert any(f["file"].startswith("people/") for f in everyone["findings"])
    shares = {p["id"]: p["share"] for p in payload["balance"][0]["perspectives"]}
    balance = json.loads(run("balance", str(PLANS[0]), "--format", "json").stdout)
    assert shares == {p["id"]: p["share"] for p in balance["scopes"][0]["perspectives"]}


def _hostile_plan(tmp_path: Path) -> Path:
    root = tmp_path / "plan"
    root.mkdir()
    (root / "prestatie.yaml").write_text("kind: plan\nlanguage: en\nperiod: 2026\n")
    (root / "mission.yaml").write_text("kind: mission\norganisation: Test\nmission: Bread.\n")
    goals = ["kind: goals", "defaults: {owner: '@owner', unit: '=unit'}", "goals:"]
    for index, title in enumerate(HOSTILE, start=1):
        goals += [
            f"  - id: SD-{index}",
            "    level: strategic",
            f"    title: {json.dumps(title)}",
            "    parent: mission",
            "    perspective: financial",
            f"    measures: [{{name: {json.dumps(title)}, baseline: 0, target: 10, actual: 5}}]",
        ]
    (root / "goals.yaml").write_text("\n".join(goals) + "\n")
    return root


def test_hostile_text_is_never_a_formula(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path)
    for excel in ([], ["--excel"]):
        raw = run("export", str(plan), "-f", "csv", "--as-of", AS_OF, *excel).stdout_bytes
        rows = csv_rows(raw.decode("utf-8-sig").replace("\r\n", "\n"), excel=bool(excel))
        assert [r["title"] for r in rows] == ["'" + t for t in HOSTILE]
        assert [r["measure_name"] for r in rows] == ["'" + t for t in HOSTILE]
        assert {r["owner"] for r in rows} == {"'@owner"} and {r["unit"] for r in rows} == {"'=unit"}
    out = tmp_path / "plan.xlsx"
    assert run("export", str(plan), "-f", "xlsx", "-o", str(out), "--as-of", AS_OF).exit_code == 0
    book = openpyxl.load_workbook(out)
    sheet = book["Strategic"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert not any(c.value.startswith(("=", "+", "-", "@")) for c in cells)
    titles = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert titles == ["'" + t for t in HOSTILE]
    assert sheet["F2"].value == "Financial"
    # JSON is data, not a spreadsheet: the titles as written.
    payload = json.loads(run("export", str(plan), "--as-of", AS_OF).stdout)
    assert [o["title"] for o in payload["objectives"]] == HOSTILE


def test_output_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    out.write_text("keep me\n")
    result = run("export", str(PLANS[0]), "-o", str(out))
    assert result.exit_code == 2
    assert "exists" in result.stderr
    assert out.read_text() == "keep me\n"
    result = run("export", str(PLANS[0]), "-o", str(out), "--force", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("kind,objective_id,")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]  # no temporary left


def test_level_filter_keeps_those_levels_only() -> None:
    args = ["export", str(PLANS[0]), "--as-of", AS_OF, "--level", "strategic"]
    payload = json.loads(run(*args, "--level", "afdeling").stdout)
    assert {o["tier"] for o in payload["objectives"]} == {"strategic", "department"}
    assert {o["kind"] for o in payload["objectives"]} >= {"goal", "ogsm"}
    rows = csv_rows(run(*args, "-f", "csv").stdout, excel=False)
    assert {r["tier"] for r in rows} == {"strategic"}
    bad = run("export", str(PLANS[0]), "--level", "strategisc")
    assert bad.exit_code == 2 and "strategic" in bad.stderr


def test_usage_errors() -> None:
    result = run("export", str(PLANS[0]), "-f", "json", "--excel")
    assert result.exit_code == 2 and "--excel" in result.stderr
    result = run("export", str(PLANS[0]), "-o", "plan.txt")
    assert result.exit_code == 2 and "--format" in result.stderr


def test_missing_openpyxl_is_one_line_with_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl fails
    out = tmp_path / "plan.xlsx"
    result = run("export", str(PLANS[0]), "-f", "xlsx", "-o", str(out), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        "prestatie: error: --format xlsx needs openpyxl: pip install 'prestatie[xlsx]'\n"
    )
    assert not out.exists()


def test_xlsx_is_not_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from prestatie.cli import export
    from prestatie.errors import UsageError

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(UsageError) as caught:
        export._check_target("xlsx", None, False)
    assert caught.value.message.id == "export.xlsx-terminal"
    export._check_target("csv", None, False)  # text may go to a terminal


CASE_PLANS = sorted(
    p
    for folder in ("cases/invalid", "cases/valid", "tree_plans")
    for p in (ROOT / "tests" / folder).iterdir()
    if p.is_dir()
)


@pytest.mark.parametrize("plan", CASE_PLANS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_case_plan_exports_in_each_format(plan: Path) -> None:
    validator = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for fmt in ("json", "csv", "xlsx"):
        result = run("export", str(plan), "-f", fmt, "--as-of", AS_OF, "--include", "people")
        assert result.exit_code in (0, 2), (fmt, result.stderr)
        assert "internal error" not in result.stderr
        if result.exit_code == 2:
            assert result.stdout_bytes == b"" and result.stderr.count("\n") == 1
        elif fmt == "json":
            assert list(validator.iter_errors(json.loads(result.stdout))) == []
        elif fmt == "xlsx":
            assert openpyxl.load_workbook(io.BytesIO(result.stdout_bytes)).sheetnames


def test_a_plan_with_errors_warns_and_strict_refuses() -> None:
    plan = next(p for p in CASE_PLANS if p.name == "ref-unknown-parent")
    result = run("export", str(plan), "-f", "csv", "--as-of", AS_OF)
    assert result.exit_code == 0 and result.stdout.startswith("kind,")
    assert result.stderr.startswith("prestatie: ")
    strict = run("export", str(plan), "-f", "csv", "--as-of", AS_OF, "--strict")
    assert strict.exit_code == 1 and strict.stdout == ""


def _people(plan: Path) -> tuple[set[str], set[str]]:
    """The names of the plan's person files, and their ids with those of their objectives."""
    import yaml

    names: set[str] = set()
    ids: set[str] = set()
    for path in sorted(plan.rglob("*.yaml")):
        for data in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if isinstance(data, dict) and data.get("kind") == "person":
                names.add(str(data["name"]))
                ids.add(str(data["id"]))
                ids.update(str(g["id"]) for g in data.get("goals") or [] if g.get("id"))
    return names, ids


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_no_personal_data_unless_asked_for(plan: Path) -> None:
    names, ids = _people(plan)
    assert names and ids
    day = ("--as-of", AS_OF)
    book = openpyxl.load_workbook(
        io.BytesIO(run("export", str(plan), "-f", "xlsx", *day).stdout_bytes)
    )
    cells = "\n".join(
        str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row
    )
    outputs = {
        "json": run("export", str(plan), *day).stdout,
        "csv": run("export", str(plan), "-f", "csv", *day).stdout,
        "xlsx": cells,
    }
    for what, text in outputs.items():
        assert [n for n in names if n in text] == [], what
        assert [i for i in ids if i in text] == [], what
    everyone = run("export", str(plan), "--include", "people", *day).stdout
    assert any(n in everyone for n in names) and any(i in everyone for i in ids)


def test_a_goal_without_a_level_counts_one_below_its_parent(tmp_path: Path) -> None:
    root = tmp_path / "plan"
    root.mkdir()
    (root / "prestatie.yaml").write_text("kind: plan\nlanguage: en\nperiod: 2026\n")
    (root / "mission.yaml").write_text("kind: mission\norganisation: Test\nmission: Bread.\n")
    (root / "goals.yaml").write_text(
        "kind: goals\ngoals:\n"
        "  - {id: SD-1, level: strategic, title: Grow, parent: mission, owner: Board}\n"
        "  - {id: X-1, title: No level, parent: SD-1, owner: Board}\n"
    )
    payload = json.loads(run("export", str(root), "--as-of", AS_OF).stdout)
    tiers = {o["id"]: (o["level"], o["tier"]) for o in payload["objectives"]}
    assert tiers == {"SD-1": ("strategic", "strategic"), "X-1": (None, "department")}
    out = tmp_path / "plan.xlsx"
    assert run("export", str(root), "-o", str(out), "--as-of", AS_OF).exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Strategic", "Department", "Findings"]
    assert book["Department"]["A2"].value == "X-1"
    assert book["Department"]["M2"].value == "no data"
    assert book["Department"]["M2"].fill.start_color.rgb[-6:] == "9E9E9E"


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_csv_matches_its_golden_file(plan: Path) -> None:
    """The whole CSV export, pinned. After a deliberate change:
    UPDATE_GOLDEN=1 python -m pytest tests/test_export.py"""
    import os

    text = run("export", str(plan), "-f", "csv", "--as-of", AS_OF).stdout
    golden = ROOT / "tests" / "golden" / f"export-{plan.name}.csv"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(text.encode("utf-8"))
    assert text == golden.read_bytes().decode("utf-8")


def test_the_schema_ships_with_the_package_data_and_names_itself() -> None:
    from prestatie.render.export_json import SCHEMA as SCHEMA_ID
    from prestatie.source.data import data_dir

    shipped = json.loads((data_dir("schemas") / "export.schema.json").read_text("utf-8"))
    assert shipped == SCHEMA and SCHEMA["$id"] == SCHEMA_ID
    assert '"schemas" = "prestatie/schemas"' in (ROOT / "pyproject.toml").read_text("utf-8")
    payload = json.loads(run("export", str(PLANS[0]), "--as-of", AS_OF).stdout)
    assert payload["$schema"] == SCHEMA_ID
