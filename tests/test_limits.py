"""Where a check stops listing findings, it says how many more there are, and the summary
counts every one of them: the schema check after 50 findings per document, the YAML reader
after 100 of a code per file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.format import structure

runner = CliRunner()


def goals_file(folder: Path, count: int, goal: str) -> Path:
    """A `kind: goals` document of `count` goals; `goal` is one flow mapping with {n}."""
    lines = ["kind: goals", "goals:", *(f"  - {goal.format(n=n)}" for n in range(count))]
    path = folder / "goals.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(path: Path) -> tuple[dict[str, Any], str]:
    result = runner.invoke(
        app, ["validate", "--path-base", "root", str(path), "-f", "json"], catch_exceptions=False
    )
    text = runner.invoke(
        app, ["validate", "--path-base", "root", str(path)], catch_exceptions=False
    )
    assert result.exit_code == text.exit_code == 1
    return json.loads(result.stdout), text.stdout


def assert_summary_counts_everything(payload: dict[str, Any], unlisted: int) -> None:
    findings, summary = payload["findings"], payload["summary"]
    for severity in ("error", "warning", "info"):
        listed = [f for f in findings if f["severity"] == severity]
        # A "more ... not listed" finding counts as the findings it stands for.
        assert summary[severity] == sum(_more(f) or 1 for f in listed), severity
    assert summary["unlisted"] == unlisted


def _more(finding: dict[str, Any]) -> int:
    """The count a "more ... not listed" finding stands for, read from its message."""
    if "not listed" not in finding["message"]:
        return 0
    words = finding["message"].replace("at least ", "").split()
    return int(words[1 if words[0] == "and" else 0].replace(",", ""))


def test_schema_errors_past_the_cap_are_counted(tmp_path: Path) -> None:
    path = goals_file(tmp_path, 120, "{{id: G{n}, level: bogus, title: Revenue from 1 to 2}}")
    payload, text = run(path)
    schema = [f for f in payload["findings"] if f["code"] == "schema/invalid"]
    assert len(schema) == structure.MAX_ERRORS_PER_DOCUMENT + 1
    extra = [f for f in schema if "not listed" in f["message"]]
    assert all(f["line"] >= 3 for f in schema if f not in extra)
    assert [(f["message"], f["file"], f["line"], f["column"], f["severity"]) for f in extra] == [
        (
            "and 70 more schema errors in this document are not listed",
            "goals.yaml",
            1,
            1,
            "error",
        )
    ]
    assert_summary_counts_everything(payload, 70)
    assert payload["summary"]["error"] == 120 + 120  # 120 schema errors, 120 cascade/line-of-sight
    assert text.rstrip().endswith(
        "240 errors, 360 warnings, 0 info in 1 file (120 items); 70 of these are counted, "
        "not listed; start at goals.yaml"
    )


def test_each_code_past_the_cap_is_counted_under_its_own_code(tmp_path: Path) -> None:
    path = goals_file(tmp_path, 60, "{{id: G{n}, level: bogus, x: 1, title: Revenue from 1 to 2}}")
    payload, _ = run(path)
    extra = sorted(
        (f["code"], f["message"]) for f in payload["findings"] if "not listed" in f["message"]
    )
    # 120 findings: an invalid level and an unknown key per goal, listed in document order.
    assert extra == [
        ("schema/invalid", "and 35 more schema errors in this document are not listed"),
        ("schema/unknown-key", "and 35 more unknown keys in this document are not listed"),
    ]
    assert_summary_counts_everything(payload, 70)


def test_counting_stops_at_a_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structure, "MAX_COUNTED_PER_DOCUMENT", 100)
    path = goals_file(tmp_path, 400, "{{id: G{n}, level: bogus, title: Revenue from 1 to 2}}")
    payload, _ = run(path)
    (extra,) = [f for f in payload["findings"] if "not listed" in f["message"]]
    assert extra["message"] == "and at least 100 more schema errors in this document are not listed"
    assert_summary_counts_everything(payload, 100)


def test_yaml_findings_past_the_cap_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("---\n" * 500, encoding="utf-8")
    result = runner.invoke(
        app, ["validate", "--path-base", "root", str(path), "-f", "json"], catch_exceptions=False
    )
    payload = json.loads(result.stdout)
    assert result.exit_code == 0
    assert len(payload["findings"]) == 101
    assert payload["findings"][0]["message"] == (
        "400 more findings like these in this file are not listed"
    )
    assert payload["summary"] == {
        "error": 0,
        "warning": 0,
        "info": 500,
        "files": 1,
        "items": 0,
        "unlisted": 400,
        "files_with_findings": 1,
        "start": None,
        "left_out": 0,
    }
    text = runner.invoke(
        app, ["validate", "--path-base", "root", str(path)], catch_exceptions=False
    ).stdout
    assert text.rstrip().endswith(
        "0 errors, 0 warnings, 500 info in 1 file (0 items); 400 of these are counted, not listed"
    )


def test_a_silenced_code_is_not_counted_either(tmp_path: Path) -> None:
    (tmp_path / "prestatie.yaml").write_text(
        "kind: plan\nname: T\nrules: {yaml/empty: off}\n", encoding="utf-8"
    )
    (tmp_path / "empty.yaml").write_text("---\n" * 500, encoding="utf-8")
    result = runner.invoke(
        app,
        ["validate", "--path-base", "root", str(tmp_path), "-f", "json"],
        catch_exceptions=False,
    )
    summary = json.loads(result.stdout)["summary"]
    assert (summary["info"], summary["unlisted"]) == (0, 0)
