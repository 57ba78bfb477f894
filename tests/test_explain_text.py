"""`prestatie explain` as text: wrapped to the terminal width ($COLUMNS, else 80 when not
a terminal), examples kept as written, `code` spans shown as code with colour and kept
between backticks without; `--format md` stays Markdown."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.rules import catalog

from .conftest import ROOT

runner = CliRunner()
ANSI = re.compile(r"\x1b\[[0-9;]*m")
CODE = "\x1b[1;36m"


def explain(*args: str, columns: int | None = 80, color: bool = False) -> str:
    env = {"NO_COLOR": "" if color else "1", "FORCE_COLOR": "1" if color else ""}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    result = runner.invoke(app, ["explain", *args], env=env, catch_exceptions=False)
    assert result.exit_code == 0
    return result.stdout


def _prose(text: str) -> list[str]:
    """The lines of the output that are not literal examples (six spaces in)."""
    return [line for line in text.splitlines() if not line.startswith("      ")]


@pytest.mark.parametrize("columns", [40, 60, 100])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_rule_is_wrapped_to_the_width(columns: int, lang: str) -> None:
    for code in ("cascade/level", "smart/", "balance/"):
        out = explain(code, "--lang", lang, columns=columns)
        long = [line for line in _prose(out) if len(line) > columns]
        # a single word longer than the width (a long code span) may stand alone
        assert all(" " not in line.strip() or "`" in line for line in long), long


def test_paragraphs_are_indented_and_examples_kept_as_written() -> None:
    out = explain("cascade/level", columns=60)
    lines = out.splitlines()
    start = lines.index("What it checks:")
    assert lines[start + 1].startswith("  Compares the `level` of each goal")
    assert all(line.startswith("  ") for line in lines[start + 1 : lines.index("", start)])
    assert "      parent: AD-VERKOOP-1     # a department goal, not SD-1" in lines
    wide = explain("cascade/level", columns=1000).splitlines()
    start = wide.index("What it checks:")
    assert wide[start + 2] == ""  # the whole paragraph on one line


def test_a_code_span_is_never_split_over_two_lines() -> None:
    for columns in (40, 47, 53, 61):
        for line in _prose(explain("cascade/unit", "--lang", "nl", columns=columns)):
            assert line.count("`") % 2 == 0, line


def test_the_listing_wraps_titles_under_their_column() -> None:
    out = explain(columns=60)
    lines = out.splitlines()
    title_at = lines[0].index("The file cannot be")
    for line in lines:
        assert len(line) <= 60 or " " not in line[title_at:].strip()
        if line.startswith(" "):
            assert line[:title_at].strip() == "" and line[title_at] != " "
    assert lines[-1] == "`prestatie explain CODE` explains one rule."


def test_not_a_terminal_and_no_columns_is_80_wide() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR")}
    env["PYTHONPATH"] = str(ROOT / "src")
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "explain", "cascade/level"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    prose = _prose(result.stdout)
    assert max(len(line) for line in prose) <= 80
    assert max(len(line) for line in prose) >= 70  # wrapped at 80, not narrower
    assert "\x1b[" not in result.stdout


def test_code_spans_are_code_with_colour_and_backticks_without() -> None:
    plain = explain("cascade/unit", columns=100)
    assert "`unit: Verkoop`" in plain and CODE not in plain
    coloured = explain("cascade/unit", columns=100, color=True)
    assert f"{CODE}unit: Verkoop\x1b[0m" in coloured
    prose = [ANSI.sub("", line) for line in _prose(coloured)]
    assert not any("`" in line for line in prose)
    assert "\x1b[1mWhat it checks:\x1b[0m" in coloured
    # the same words, only without the backticks
    assert ANSI.sub("", coloured).split() == plain.replace("`", "").split()


def test_no_line_ends_in_spaces() -> None:
    for color in (False, True):
        out = explain(columns=70, color=color) + explain("balance/", columns=70, color=color)
        assert all(ANSI.sub("", line) == ANSI.sub("", line).rstrip() for line in out.splitlines())


def test_markdown_and_json_stay_as_they_were() -> None:
    md = explain("cascade/unit", "-f", "md", columns=40, color=True)
    assert md.startswith("### `cascade/unit`")
    assert "\x1b[" not in md
    rule = catalog.RULES["cascade/unit"]
    assert rule.checks.en in md  # one paragraph per line, not wrapped
    assert "`unit: Verkoop`" in md
    payload = explain("cascade/unit", "-f", "json", columns=40, color=True)
    assert json.loads(payload)[0]["checks"] == rule.checks.en
