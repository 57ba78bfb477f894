"""Hostile input: whatever the files hold, `validate` ends in findings or one line on stderr.

Every case checks the exit code and where the findings point: each finding names a
file of the plan and a line between 0 (the whole file) and the file's line count + 1.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import re
import shutil
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import CheckResult
from prestatie.format import schemas
from prestatie.i18n import LANGUAGES, Speaker
from prestatie.model.plan import load
from prestatie.render import REPORTER_BY_NAME
from prestatie.render import json as json_reporter
from prestatie.render import text as text_reporter
from prestatie.rules.engine import validate
from prestatie.source import files as files_module
from prestatie.source.build import ALIAS_EXPANSION_LIMIT, ALIAS_TEXT_LIMIT, MAX_DEPTH
from prestatie.source.files import MAX_FILE_BYTES, Target, find_root
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES

runner = CliRunner()

HANG_GUARD = 60  # seconds; only to turn a hang into a failure, never a benchmark

# YAML's line breaks: libyaml counts each of these as a new line.
_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# Our own colours, the only escape sequences the text reporter may write.
_SGR = re.compile("\x1b\\[[0-9;]*m")


# ----------------------------------------------------------------------------- helpers


def line_count(path: Path) -> int:
    """Lines in a file as YAML counts them; 0 when it cannot be read."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return 0
        raw = path.read_bytes()
    except OSError:
        return 0
    codec = "utf-8"
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            codec = name
            break
    text = raw.decode(codec, errors="replace")
    if not text:
        return 0
    breaks = len(_BREAKS.findall(text))
    return breaks if text.endswith(("\n", "\r", "\x85", "\u2028", "\u2029")) else breaks + 1


def assert_findings_in_files(findings: list[dict[str, Any]], base: Path) -> None:
    """Every finding names a file below `base` and a line within that file."""
    for finding in findings:
        assert finding["file"], finding
        path = base / finding["file"]
        assert 0 <= finding["line"] <= line_count(path) + 1, finding
        assert finding["column"] >= 0, finding
        if finding["line"] == 0:
            assert finding["column"] == 0, finding


def base_of(target: Path) -> Path:
    """The folder finding files are relative to: the plan root, or the file's folder."""
    if target.is_dir():
        return find_root(target) or target
    return find_root(target.parent) or target.parent


def invoke_json(target: Path, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    """`validate TARGET --format json` in-process; findings checked against their files."""
    result = runner.invoke(
        app,
        ["validate", str(target), "-f", "json", "--path-base", "root", *extra],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    payload = json.loads(result.stdout)
    assert set(payload) == {"version", "root", "language", "findings", "summary", "plans"}
    findings: list[dict[str, Any]] = payload["findings"]
    assert_findings_in_files(findings, base_of(target))
    return result.exit_code, findings


def invoke_text(target: Path, *extra: str) -> tuple[int, str]:
    args = ["validate", str(target), "--path-base", "root", *extra]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), (result.exit_code, result.output)
    return result.exit_code, result.stdout


def run_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`python -m prestatie ARGS` in a real process: never a traceback, at most one line."""
    environment = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    environment.update(env or {})
    if args[:1] == ("validate",) and "--path-base" not in args:
        args = (*args, "--path-base", "root")  # paths below the plan's root, as asserted here
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", *args],
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=HANG_GUARD,
        check=False,
    )
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr
    assert stderr.count("\n") <= 1 and "\n" not in stderr.rstrip("\n"), stderr
    assert result.returncode in (0, 1, 2), (result.returncode, stderr)
    return result


def one_file(tmp_path: Path, content: bytes | str, name: str = "x.yaml") -> Path:
    """A YAML file outside any plan: it is checked on its own."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def codes_at(findings: list[dict[str, Any]], prefix: str = "") -> list[tuple[str, int, int]]:
    return sorted(
        (f["code"], f["line"], f["column"]) for f in findings if f["code"].startswith(prefix)
    )


PLAN_SETTINGS = "kind: plan\nname: Test\nlanguage: en\nperiod: 2026\n"
MISSION = "kind: mission\norganisation: Test Ltd\nmission: We test everything.\n"


def small_plan(root: Path, **files: str) -> Path:
    """A plan folder with settings, a mission and the given files (name without suffix)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "prestatie.yaml").write_text(PLAN_SETTINGS, encoding="utf-8")
    (root / "mission.yaml").write_text(MISSION, encoding="utf-8")
    for name, content in files.items():
        (root / f"{name}.yaml").write_text(content, encoding="utf-8")
    return root


def check_everything(root: Path) -> CheckResult:
    """The library call and both reporters in both languages; positions checked against
    the files."""
    result = validate([str(root)])
    for lang in LANGUAGES:
        text_out = io.StringIO()
        text_reporter.render(result, text_out, False, Speaker(lang))
        json_out = io.StringIO()
        json_reporter.render(result, json_out, False, Speaker(lang))
        payload = json.loads(json_out.getvalue())
        assert_findings_in_files(payload["findings"], base_of(root))
    return result


# ----------------------------------------------------------------------------- YAML syntax


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param("kind: goal\n\tid: A\n", 2, 1, id="tab-indent"),
        pytest.param("kind: goal\ntitle:\n\t- x\n", 3, 1, id="tab-before-item"),
        pytest.param("kind: goal\r\n\tid: A\r\n", 2, 1, id="tab-indent-crlf"),
        pytest.param("\n\n   \n\t\n", 4, 1, id="tab-only-line"),
        pytest.param("kind: goal\nid: A\n  title: T\n", 3, 8, id="over-indented"),
        pytest.param("goals:\n  - id: A\n - id: B\n", 3, 2, id="under-indented-item"),
        pytest.param("goals:\n  - id: A\n   title: T\n", 3, 4, id="misaligned-key"),
        pytest.param("kind: goal\ntitle: 'open\nid: A\n", 2, 8, id="unclosed-single-quote"),
        pytest.param('kind: goal\ntitle: "open\nid: A\n', 2, 8, id="unclosed-double-quote"),
        pytest.param("kind: goal\ntitle: 'open", 2, 8, id="unclosed-quote-at-eof"),
        pytest.param("kind: goal\nmeasures: [a, b\nid: A\n", 3, 3, id="unclosed-flow-list"),
        pytest.param("kind: goal\nmeasures: {a: 1\nid: A\n", 3, 3, id="unclosed-flow-map"),
        pytest.param("kind: goal\nmeasures: [a, b", 2, 11, id="unclosed-flow-list-at-eof"),
        pytest.param("kind: goal\nmeasures: {a: 1\n\n", 2, 11, id="unclosed-flow-map-at-eof"),
        pytest.param("kind: goal\nid: A: B\n", 2, 6, id="colon-in-plain-value"),
        pytest.param("kind: goal\nid: @A\n", 2, 5, id="reserved-at"),
        pytest.param("kind: goal\nid: `A`\n", 2, 5, id="reserved-backtick"),
        pytest.param("kind: goal\nid: *missing\n", 2, 5, id="undefined-alias"),
        pytest.param('kind: goal\nid: "\\q"\n', 2, 6, id="bad-escape"),
        pytest.param("%YAML 2.0\n---\nkind: goal\n", 1, 1, id="yaml-2.0"),
        pytest.param("%FOO bar\n---\nkind: goal\n", 1, 5, id="unknown-directive"),
        pytest.param("kind: goal\n- A\n", 2, 1, id="item-in-mapping"),
        pytest.param("- A\nkind: goal\n", 2, 1, id="key-in-list"),
        pytest.param("kind: goal\nid: !<tag:x A\n", 2, 12, id="unclosed-verbatim-tag"),
        pytest.param("kind: goal\nid: &a &b A\n", 2, 8, id="two-anchors"),
        pytest.param("k" * 2000 + ": 1\n", 1, 2001, id="key-longer-than-1024"),
        pytest.param("kind: goal\nid: A\n... x\n", 3, 5, id="text-after-document-end"),
    ],
)
def test_syntax_errors_are_findings_at_their_position(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    path = one_file(tmp_path, text)
    code, findings = invoke_json(path)
    assert code == 1
    assert codes_at(findings, "yaml/") == [("yaml/syntax", line, column)]
    assert {f["file"] for f in findings} == {"x.yaml"}
    if "\t" in text:
        hint = next(f["hint"] for f in findings if f["code"] == "yaml/syntax")
        assert "tab" in hint


def test_every_broken_file_is_reported_in_one_run_without_stderr(tmp_path: Path) -> None:
    plan = small_plan(
        tmp_path / "plan",
        a="kind: goal\n\tid: A\n",
        b="kind: goal\ntitle: 'open\n",
        c="kind: goal\nmeasures: [1, 2\n",
    )
    result = run_process("validate", str(plan), "-f", "json")
    assert result.returncode == 1
    assert result.stderr == b""
    findings = json.loads(result.stdout)["findings"]
    assert_findings_in_files(findings, plan)
    syntax = sorted((f["file"], f["line"]) for f in findings if f["code"] == "yaml/syntax")
    assert syntax == [("a.yaml", 2), ("b.yaml", 2), ("c.yaml", 2)]


def test_a_broken_document_keeps_the_documents_before_it(tmp_path: Path) -> None:
    path = one_file(tmp_path, "kind: bogus\n---\nkind: goal\nid: 'open\n")
    code, findings = invoke_json(path)
    assert code == 1
    assert ("schema/unknown-kind", 1, 7) in codes_at(findings)
    assert codes_at(findings, "yaml/") == [("yaml/syntax", 4, 5)]


# ----------------------------------------------------------------------------- duplicate keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("kind: goal\nkind: bogus\n", [(2, 1)], id="block"),
        pytest.param("{kind: goal, id: A, kind: bogus}\n", [(1, 21)], id="flow-mapping"),
        pytest.param(
            "kind: goal\nmeasures: [{id: m, name: a, id: n}]\n", [(2, 29)], id="nested-flow"
        ),
        pytest.param(
            "kind: goal\nid: A\n---\nkind: goal\nid: B\nid: C\n---\n{kind: goal, kind: goals}\n",
            [(6, 1), (8, 14)],
            id="multi-document",
        ),
        pytest.param(
            "kind: goal\nx-a: {k: 1}\nx-a: {k: 2}\nx-a: [3]\n", [(3, 1), (4, 1)], id="three-times"
        ),
    ],
)
def test_duplicate_keys_are_reported_and_the_first_value_kept(
    tmp_path: Path, text: str, expected: list[tuple[int, int]]
) -> None:
    code, findings = invoke_json(one_file(tmp_path, text))
    assert code == 1
    duplicates = [(f["line"], f["column"]) for f in findings if f["code"] == "yaml/duplicate-key"]
    assert duplicates == expected
    # The first `kind: goal` wins: the later value never makes the kind unknown.
    assert "schema/unknown-kind" not in {f["code"] for f in findings}


def test_explicit_keys_beside_a_merge_are_no_duplicates(tmp_path: Path) -> None:
    text = (
        "kind: goals\n"
        "x-base: &base {level: strategic, parent: mission, owner: Board}\n"
        "goals:\n"
        "  - <<: *base\n"
        "    id: G-1\n"
        "    owner: Directors\n"
        "    title: Revenue grows to 2 million\n"
    )
    plan = small_plan(tmp_path / "plan", goals=text)
    _, findings = invoke_json(plan / "goals.yaml")
    codes = {f["code"] for f in findings}
    assert not {c for c in codes if c.startswith(("yaml/", "schema/"))}, findings
    assert "smart/no-owner" not in codes
    (goal,) = load(Target(plan, True, None)).goals
    assert (goal.owner, goal.level, goal.parent) == ("Directors", "strategic", "mission")


# ----------------------------------------------------------------------------- tags


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param(
            "kind: !!python/object/apply:os.system ['touch pwned']\n", 1, 7, id="apply-system"
        ),
        pytest.param(
            "kind: !!python/object/new:builtins.exec [\"open('pwned', 'w')\"]\n",
            1,
            7,
            id="new-exec",
        ),
        pytest.param("!!python/object:os.system {kind: goal}\n", 1, 1, id="object-document"),
        pytest.param("kind: goal\nid: !!python/name:os.system\n", 2, 5, id="name"),
        pytest.param("kind: goal\nid: !!python/module:os\n", 2, 5, id="module"),
        pytest.param("kind: goal\nid: !custom A\n", 2, 5, id="local-tag"),
        pytest.param("kind: goal\nid: !<tag:example.com,2026:x> A\n", 2, 5, id="verbatim-tag"),
        pytest.param(
            "%TAG !py! tag:yaml.org,2002:python/\n---\n"
            "kind: goal\nid: !py!object/apply:os.system [touch pwned]\n",
            4,
            5,
            id="tag-directive",
        ),
    ],
)
def test_unknown_and_python_tags_are_reported_and_never_constructed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int, column: int
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    code, findings = invoke_json(one_file(folder, text))
    assert code == 1
    assert [(f["line"], f["column"]) for f in findings if f["code"] == "yaml/unknown-tag"] == [
        (line, column)
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["x.yaml"]  # nothing ran


def test_known_tags_on_wrong_values_are_read_as_text(tmp_path: Path) -> None:
    text = (
        "kind: goal\nid: A\nlevel: strategic\nparent: mission\ntitle: Sales grow to 2 million\n"
        "x-1: !!int abc\nx-2: !!float abc\nx-3: !!bool maybe\nx-4: !!timestamp nope\n"
        "x-5: !!null x\nx-6: !!binary aGVsbG8=\nx-7: !!set {a, b}\nx-8: !!omap [a: 1]\n"
        "x-9: !!str {a: 1}\nx-10: !!map x\n"
    )
    plan = small_plan(tmp_path / "plan", goal=text)
    _, findings = invoke_json(plan / "goal.yaml")
    assert not [f for f in findings if f["code"].startswith("yaml/")]


# ----------------------------------------------------------------------------- aliases


def _laughs(make: Callable[[str, str], str], levels: int = 9) -> str:
    lines = ["kind: goal", "x-0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        lines.append(f"x-{i}: &l{i} {make(f'l{i - 1}', f'l{i}')}")
    return "\n".join(lines) + "\n"


BOMBS = {
    "lists": _laughs(lambda prev, _: "[" + ", ".join([f"*{prev}"] * 10) + "]"),
    "mappings": _laughs(lambda prev, _: "{" + ", ".join(f"k{j}: *{prev}" for j in range(10)) + "}"),
    "merges": _laughs(
        lambda prev, _: "{<<: {" + ", ".join(f"k{j}: *{prev}" for j in range(10)) + "}}",
        levels=40,
    ),
    "merge-lists": _laughs(
        lambda prev, name: (
            "{<<: [" + ", ".join(f"{{{name}{j}: *{prev}}}" for j in range(10)) + "]}"
        ),
        levels=40,
    ),
    "wide": "kind: goal\nx-a: &a [x]\nx-b: ["
    + ", ".join(["*a"] * (ALIAS_EXPANSION_LIMIT + 1))
    + "]\n",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_alias_bombs_are_refused_quickly(tmp_path: Path, name: str) -> None:
    path = one_file(tmp_path, BOMBS[name])
    started = time.monotonic()
    result = run_process("validate", str(path), "-f", "json")
    assert time.monotonic() - started < HANG_GUARD
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert_findings_in_files(findings, tmp_path)
    assert [f["code"] for f in findings] == ["yaml/alias"]
    assert findings[0]["line"] >= 2


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        pytest.param("kind: goal\nx-a: &a [1, *a]\n", 2, 6, id="list-in-itself"),
        pytest.param("&a {kind: goal, x-self: *a}\n", 1, 1, id="document-in-itself"),
        pytest.param("kind: goal\nx-a: &a [&b [*a]]\n", 2, 6, id="through-another"),
        pytest.param("kind: goal\nx-a: &a\n  <<: *a\n", 2, 6, id="merge-of-itself"),
        pytest.param("kind: goal\nx-a: &a {x-b: {<<: *a}}\n", 2, 6, id="merge-of-parent"),
    ],
)
def test_self_referential_aliases_are_reported(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    code, findings = invoke_json(one_file(tmp_path, text))
    assert code == 1
    assert codes_at(findings) == [("yaml/alias", line, column)]


def test_aliases_may_repeat_values_within_the_limit(tmp_path: Path) -> None:
    text = "kind: goal\nx-a: &a [1, 2, 3]\nx-b: [" + ", ".join(["*a"] * 100) + "]\n"
    _, findings = invoke_json(one_file(tmp_path, text))
    assert not [f for f in findings if f["code"].startswith("yaml/")]


def test_aliases_of_a_long_text_are_refused_with_bounded_output(tmp_path: Path) -> None:
    # A 1 MB title and 2,000 aliases of it: every goal's findings would quote the title.
    title = "Omzet groeit " + "x" * 1_000_000
    goals = "".join(f"  - {{id: G{i}, title: *t}}\n" for i in range(1, 2_001))
    text = (
        "kind: goals\ndefaults: {level: strategic, parent: mission, owner: Board}\ngoals:\n"
        f"  - id: G0\n    title: &t {title}\n{goals}"
    )
    path = one_file(tmp_path, text)
    result = run_process("validate", str(path), "-f", "json")
    assert result.returncode == 1
    assert len(result.stdout) < 10 * len(text)
    findings = json.loads(result.stdout)["findings"]
    assert codes_at(findings) == [("yaml/alias", 5, 12)]
    assert "repeated characters" in findings[0]["message"]


_TEXT = "T" * (ALIAS_TEXT_LIMIT * 6 // 10)  # two repeats exceed the limit, one does not


@pytest.mark.parametrize(
    ("once", "again"),
    [
        pytest.param(f"x-a: &t {_TEXT}\nx-b: *t\n", "x-c: *t\n", id="mapping-values"),
        pytest.param(f"x-a: &t '{_TEXT}'\nx-b: [*t]\n", "x-c: [*t]\n", id="list-items"),
        pytest.param(f"x-a: &t {_TEXT}\nx-b:\n  - *t\n", "x-c:\n  - *t\n", id="block-list"),
        pytest.param(f"x-a: &t {_TEXT}\nx-b: {{*t : 1}}\n", "x-c: {*t : 1}\n", id="keys"),
        pytest.param(f"x-a: [[&t {_TEXT}], *t]\n", "x-c: *t\n", id="after-its-container"),
        pytest.param(f"x-a: &a [{_TEXT}]\nx-b: [*a]\n", "x-c: *a\n", id="list-with-text"),
        pytest.param(f"x-a: &a {{title: {_TEXT}}}\nx-b: {{<<: *a}}\n", "x-c: [*a]\n", id="merge"),
    ],
)
def test_aliases_may_not_repeat_more_text_than_the_limit(once: str, again: str) -> None:
    source = parse_text("kind: goal\n" + once, "f.yaml")
    assert source.findings == []
    assert len(source.documents) == 1
    source = parse_text("kind: goal\n" + once + again, "f.yaml")
    assert source.documents == []
    # At the value that is repeated: where its anchor is.
    assert [(f.code, f.line) for f in source.findings] == [("yaml/alias", 2)]
    assert f"beyond {ALIAS_TEXT_LIMIT:,} repeated characters" in str(source.findings[0].message)


def test_the_text_aliases_repeat_is_counted_per_file() -> None:
    # Each document repeats less than the limit, all of them together more than the file.
    part = "t" * (ALIAS_TEXT_LIMIT // 2)
    documents = [f"kind: goal\nx-a: &t {part}\nx-b: [*t, *t]\n" for _ in range(5)]
    source = parse_text("---\n".join(documents), "f.yaml")
    # The first two documents use up what the file holds; each one after that is refused.
    assert [(f.code, f.line) for f in source.findings] == [
        ("yaml/alias", 10),
        ("yaml/alias", 14),
        ("yaml/alias", 18),
    ]
    assert len(source.documents) == 2
    # A large file may repeat as much text as it holds.
    filler = "".join(f"x-{i}: {'f' * 1_000}\n" for i in range(ALIAS_TEXT_LIMIT // 400))
    source = parse_text(f"kind: goal\n{filler}x-a: &t {part}\nx-b: [*t, *t]\n", "f.yaml")
    assert source.findings == []


def test_aliases_may_repeat_text_within_the_limit(tmp_path: Path) -> None:
    text = "kind: goal\nx-a: &t " + "Omzet " * 40 + "\nx-b: [" + ", ".join(["*t"] * 100) + "]\n"
    _, findings = invoke_json(one_file(tmp_path, text))
    assert not [f for f in findings if f["code"].startswith("yaml/")]


def test_aliases_cannot_stack_nesting_beyond_the_limit(tmp_path: Path) -> None:
    lines = ["kind: goal"]
    for i in range(12):
        inner = f"*d{i - 1}" if i else "x"
        lines.append(f"x-{i}: &d{i} " + "[" * 60 + inner + "]" * 60)
    code, findings = invoke_json(one_file(tmp_path, "\n".join(lines) + "\n"))
    assert code == 1
    assert [f["code"] for f in findings] == ["yaml/too-deep"]
    assert 2 <= findings[0]["line"] <= 13


def test_merge_of_a_scalar_is_reported(tmp_path: Path) -> None:
    text = "kind: goal\nx-a: &a 1\nx-b:\n  <<: *a\n"
    code, findings = invoke_json(one_file(tmp_path, text))
    assert code == 1
    assert codes_at(findings, "yaml/") == [("yaml/syntax", 2, 6)]
    assert "merge" in findings[0]["message"]


# ----------------------------------------------------------------------------- deep nesting

DEEP = 10_000


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("kind: goal\nx-a: " + "[" * DEEP + "]" * DEEP + "\n", 2, id="flow-lists"),
        pytest.param("kind: goal\nx-a: " + "{a: " * DEEP + "1" + "}" * DEEP, 2, id="flow-maps"),
        pytest.param("kind: goal\nx-a: " + "[" * DEEP + "\n", 2, id="unclosed-flow-lists"),
        pytest.param("- " * DEEP + "x\n", 1, id="compact-block-lists"),
        pytest.param("? " * DEEP + "x\n", 1, id="explicit-keys"),
        pytest.param(
            "".join(" " * i + f"k{i}:\n" for i in range(1_500)), 1_000, id="block-maps-1500"
        ),
        pytest.param(
            "".join("  " * i + f"k{i}:\n" for i in range(150)) + "  " * 150 + "v: 1\n",
            MAX_DEPTH + 2,
            id="block-maps-150",
        ),
    ],
)
def test_deep_nesting_is_a_finding_not_a_recursion_error(
    tmp_path: Path, text: str, line: int
) -> None:
    code, findings = invoke_json(one_file(tmp_path, text))
    assert code == 1
    assert [(f["code"], f["line"]) for f in findings] == [("yaml/too-deep", line)]


def test_deep_nesting_in_a_real_process(tmp_path: Path) -> None:
    path = one_file(tmp_path, "kind: goal\nx-a: " + "[" * 100_000 + "\n")
    result = run_process("validate", str(path))
    assert result.returncode == 1
    assert result.stderr == b""
    assert result.stdout.splitlines()[1].startswith(b"x.yaml:2:")  # under "Fix these first"
    assert b"yaml/too-deep" in result.stdout


# ----------------------------------------------------------------------------- size


def test_a_100_mb_file_is_reported_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    line = b"# " + b"x" * 97 + b"\n"
    with path.open("wb") as handle:
        handle.write(b"kind: goal\n" + line * 1_000_000)
    started = time.monotonic()
    result = run_process("validate", str(path), "-f", "json")
    assert time.monotonic() - started < HANG_GUARD
    assert result.returncode == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["file"], finding["line"]) == (
        "file/unreadable",
        "huge.yaml",
        0,
    )
    assert "100.0 MB" in finding["message"]


def test_a_sparse_100_mb_file_inside_a_plan(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan")
    with (plan / "sparse.yaml").open("wb") as handle:
        handle.truncate(100_000_000)
    code, findings = invoke_json(plan)
    assert code == 1
    assert [(f["code"], f["file"], f["line"]) for f in findings if f["file"] == "sparse.yaml"] == [
        ("file/unreadable", "sparse.yaml", 0)
    ]


def test_a_file_just_below_the_limit_is_read(tmp_path: Path) -> None:
    line = "# " + "x" * 97 + "\n"
    count = (MAX_FILE_BYTES - 100) // len(line)
    path = one_file(tmp_path, line * count + "kind: bogus\n")
    code, findings = invoke_json(path)
    assert code == 1
    assert codes_at(findings) == [("schema/unknown-kind", count + 1, 7)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("kind: goal\nid: A\ntitle: " + "word " * 400_000 + "\n", id="plain-title"),
        pytest.param('kind: goal\nid: A\ntitle: "' + "é" * 2_000_000 + '"\n', id="quoted-title"),
        pytest.param("kind: goal\nid: " + "A" * 1_000_000 + "\n", id="id"),
        pytest.param("kind: goal\nx-a: [" + "1, " * 200_000 + "2]\n", id="flow-list"),
        pytest.param("kind: " + "g" * 1_000_000 + "\n", id="kind"),
        pytest.param("# " + "#" * 3_000_000 + "\nkind: goal\n", id="comment"),
    ],
)
def test_very_long_lines(tmp_path: Path, text: str) -> None:
    code, findings = invoke_json(one_file(tmp_path, text))
    assert code == 1
    assert findings


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"# only a comment\n# and another", id="comments"),
        pytest.param(b"---\n", id="document-start"),
        pytest.param(b"---\n...\n", id="start-and-end"),
        pytest.param(b"\n\n   \n \n", id="blank-lines"),
        pytest.param(codecs.BOM_UTF8, id="only-a-bom"),
        pytest.param(codecs.BOM_UTF8 + b"# comment\r\n", id="bom-and-comment"),
        pytest.param("# leeg\n".encode("utf-16"), id="utf16-comment"),
    ],
)
def test_empty_files_are_an_info_finding(tmp_path: Path, content: bytes) -> None:
    code, findings = invoke_json(one_file(tmp_path, content))
    assert code == 0
    assert codes_at(findings) == [("yaml/empty", 1, 1)]
    assert findings[0]["severity"] == "info"


def test_only_separators_report_each_empty_document(tmp_path: Path) -> None:
    code, findings = invoke_json(one_file(tmp_path, "---\n---\n---\n"))
    assert code == 0
    assert [(f["code"], f["line"]) for f in findings] == [("yaml/empty", n) for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("---\n" * 500, "yaml/empty", id="empty-documents"),
        pytest.param("kind: goal\n" + "x-a: 1\n" * 500, "yaml/duplicate-key", id="duplicates"),
        pytest.param(
            "kind: goal\n" + "".join(f"x-{n}: !t 1\n" for n in range(300)),
            "yaml/unknown-tag",
            id="tags",
        ),
    ],
)
def test_repeated_findings_are_counted_not_listed(tmp_path: Path, text: str, code: str) -> None:
    _, findings = invoke_json(one_file(tmp_path, text))
    same = [f for f in findings if f["code"] == code]
    assert len(same) == 101
    assert all(f["line"] > 0 for f in same[1:])
    assert (same[0]["line"], same[0]["column"]) == (0, 0)
    assert "more findings like these" in same[0]["message"]


# ----------------------------------------------------------------------------- encodings

GOAL_WITH_PROBLEM = "kind: goal\nid: A\nlevel: strategic\nparent: mission\nx-a: 1\nx-a: 2\n"


ENCODERS: dict[str, Callable[[str], bytes]] = {
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-32": lambda t: t.encode("utf-32"),
    "utf-32-be": lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode(),
    "cr": lambda t: t.replace("\n", "\r").encode(),
    "mixed-line-ends": lambda t: "".join(
        line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(t.splitlines())
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_encodings_and_line_ends_give_the_same_findings(tmp_path: Path, name: str) -> None:
    _, expected = invoke_json(one_file(tmp_path, GOAL_WITH_PROBLEM, "x.yaml"))
    other = tmp_path / "other"
    other.mkdir()
    code, findings = invoke_json(one_file(other, ENCODERS[name](GOAL_WITH_PROBLEM), "x.yaml"))
    assert code == 1
    assert codes_at(findings) == codes_at(expected)
    assert ("yaml/duplicate-key", 6, 1) in codes_at(findings)


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        pytest.param(b"kind: goal\nid: A\ntitle: Caf\xe9 cr\xe8me\n", 3, 11, id="latin-1"),
        pytest.param("kind: goal\ntitle: é".encode() + b"\xff\n", 2, 9, id="columns-in-characters"),
        pytest.param(b"kind: goal\nid: \xc3\n", 2, 5, id="truncated-sequence"),
        pytest.param(b"kind: goal\nid: \xed\xa0\x80\n", 2, 5, id="encoded-surrogate"),
        pytest.param("kind: goal\n".encode("utf-16-be"), 1, 1, id="utf-16-without-bom"),
        pytest.param("kind: goal\n".encode("utf-32-le"), 1, 1, id="utf-32-without-bom"),
        pytest.param(
            codecs.BOM_UTF16_LE + "kind: goal\nid: ".encode("utf-16-le") + b"\x00\xd8A\x00",
            2,
            5,
            id="utf-16-lone-surrogate",
        ),
        pytest.param(b"\x00kind: goal\n", 1, 1, id="leading-nul"),
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", 1, 1, id="gzip"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, 1, id="png"),
    ],
)
def test_bytes_that_are_not_text_are_an_encoding_finding(
    tmp_path: Path, content: bytes, line: int, column: int
) -> None:
    code, findings = invoke_json(one_file(tmp_path, content))
    assert code == 1
    assert codes_at(findings) == [("yaml/encoding", line, column)]


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        pytest.param(b"kind: goal\nid: A\x00B\n", 2, 6, id="nul-inside"),
        pytest.param(b"kind: goal\nid: A\x1b[2J\n", 2, 6, id="escape"),
        pytest.param(b"kind: goal\nid: A\x7f\n", 2, 6, id="delete"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00\x00\x00", 1, 1, id="elf"),
        pytest.param("kind: goal\nid: A\u0085\u0099\n".encode(), 2, 7, id="c1-control"),
    ],
)
def test_control_characters_are_a_positioned_finding(
    tmp_path: Path, content: bytes, line: int, column: int
) -> None:
    code, findings = invoke_json(one_file(tmp_path, content))
    assert code == 1
    assert codes_at(findings) == [("yaml/syntax", line, column)]


@pytest.mark.parametrize("seed", range(8))
def test_random_binary_files(tmp_path: Path, seed: int) -> None:
    content = random.Random(seed).randbytes(4096 * (seed + 1))
    code, findings = invoke_json(one_file(tmp_path, content))
    assert code == 1
    assert len(findings) == 1
    assert findings[0]["code"] in ("yaml/encoding", "yaml/syntax")


# ----------------------------------------------------------------------------- wrong types

WRONG_VALUES: dict[str, str] = {
    "list": "[1, [2], {a: 3}]",
    "mapping": "{a: 1, b: [2]}",
    "null": "null",
    "number": "12",
    "float": "-1.5e3",
    "bool": "true",
    "text": "'some text'",
    "yaml11": "no",
    "nested": "[[[[[[[[[[x]]]]]]]]]]",
}

MINIMAL: dict[str, str] = {
    "mission": "kind: mission\norganisation: O\nmission: M\n",
    "analysis": "kind: analysis\nswot: {strengths: [{id: S1, text: x}]}\n",
    "goal": "kind: goal\nid: G\nlevel: strategic\ntitle: Sales grow 10 %\nparent: mission\n",
    "goals": "kind: goals\ngoals: [{id: G, level: strategic, title: T 1, parent: mission}]\n",
    "okr": "kind: okr\nid: O\nparent: mission\nobjective: x\nkey_results: [{id: KR1}]\n",
    "ogsm": "kind: ogsm\nid: O\nparent: mission\nobjective: x\nstrategies: [{id: S1}]\n",
    "scorecard": "kind: scorecard\nid: S\ntitle: T\nperspectives: {financial: [G]}\n",
    "person": "kind: person\nid: P\nname: N\nunit: U\ngoals: [{id: PG, parent: G}]\n",
    "reward-policy": "kind: reward-policy\nscale: [{score: 1, label: L}]\n",
}


def _replace_key(document: str, key: str, value: str) -> str:
    kept = [line for line in document.splitlines() if not line.startswith(f"{key}:")]
    return "\n".join([*kept, f"{key}: {value}"]) + "\n"


@pytest.mark.parametrize("kind", sorted(MINIMAL))
@pytest.mark.parametrize("wrong", sorted(WRONG_VALUES))
def test_wrong_types_for_every_key_of_every_kind(tmp_path: Path, kind: str, wrong: str) -> None:
    properties = [k for k in schemas.load_all()[kind]["properties"] if k != "kind"]
    documents = [_replace_key(MINIMAL[kind], key, WRONG_VALUES[wrong]) for key in properties]
    plan = small_plan(tmp_path / "plan", docs="---\n".join(documents))
    result = check_everything(plan)
    assert result.failing()


@pytest.mark.parametrize("wrong", sorted(WRONG_VALUES))
def test_wrong_types_for_every_setting(tmp_path: Path, wrong: str) -> None:
    for key in [k for k in schemas.load_all()["plan"]["properties"] if k != "kind"]:
        plan = small_plan(tmp_path / key)
        settings = _replace_key(PLAN_SETTINGS, key, WRONG_VALUES[wrong])
        (plan / "prestatie.yaml").write_text(settings, encoding="utf-8")
        check_everything(plan)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("- kind: goal\n- id: A\n", id="list"),
        pytest.param("just text\n", id="scalar"),
        pytest.param("12\n", id="number"),
        pytest.param("true\n", id="bool"),
        pytest.param("kind: [goal]\n", id="kind-list"),
        pytest.param("kind: {goal: 1}\n", id="kind-mapping"),
        pytest.param("kind:\n", id="kind-null"),
        pytest.param("kind: 5\n", id="kind-number"),
        pytest.param("kind: " + "[" * 100 + "]" * 100 + "\n", id="kind-deep-list"),
        pytest.param("? [kind]\n: goal\n", id="complex-key"),
        pytest.param("~: goal\n1: goal\ntrue: goal\n", id="odd-keys"),
    ],
)
def test_documents_that_are_not_a_kind_mapping(tmp_path: Path, content: str) -> None:
    code, findings = invoke_json(one_file(tmp_path, content))
    assert code == 1
    assert findings
    assert {f["code"] for f in findings} <= {
        "schema/invalid",
        "schema/unknown-kind",
        "yaml/complex-key",
    }


def _mutate_values(value: Any, replace: Callable[[Any], Any]) -> Any:
    if isinstance(value, dict):
        return {k: v if k == "kind" else _mutate_values(v, replace) for k, v in value.items()}
    if isinstance(value, list):
        return [_mutate_values(v, replace) for v in value]
    return replace(value)


def _swap_containers(value: Any) -> Any:
    """Every mapping becomes a list of its values, every list a mapping (kind kept)."""
    if isinstance(value, dict):
        if "kind" in value:
            return {k: v if k == "kind" else _swap_containers(v) for k, v in value.items()}
        return [_swap_containers(v) for v in value.values()]
    if isinstance(value, list):
        return {f"k{i}": _swap_containers(v) for i, v in enumerate(value)}
    return value


def _rewrite_plan(source: Path, target: Path, change: Callable[[Any], Any]) -> Path:
    shutil.copytree(source, target)
    for path in sorted(target.rglob("*.yaml")):
        documents = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
        changed = [change(d) for d in documents]
        path.write_text(yaml.safe_dump_all(changed, allow_unicode=True), encoding="utf-8")
    return target


WRONG_LEAVES: dict[str, Callable[[Any], Any]] = {
    "null": lambda v: None,
    "list": lambda v: [v],
    "mapping": lambda v: {"value": v},
    "number": lambda v: 7,
    "bool": lambda v: False,
    "text": lambda v: "tekst",
    "empty-text": lambda v: "",
}


@pytest.mark.parametrize("name", sorted(WRONG_LEAVES))
def test_every_value_of_an_example_plan_with_a_wrong_type(tmp_path: Path, name: str) -> None:
    replace = WRONG_LEAVES[name]
    plan = _rewrite_plan(
        EXAMPLES / "gouden-korst", tmp_path / "plan", lambda d: _mutate_values(d, replace)
    )
    assert check_everything(plan).findings


@pytest.mark.parametrize("name", sorted(WRONG_LEAVES))
def test_rule_parameters_with_a_wrong_type(tmp_path: Path, name: str) -> None:
    replace = WRONG_LEAVES[name]

    def change(document: Any) -> Any:
        if isinstance(document, dict) and document.get("kind") == "plan":
            for key in ("rules", "balance"):
                document[key] = _mutate_values(document.get(key) or {"min_share": 0.1}, replace)
        return document

    plan = _rewrite_plan(EXAMPLES / "gouden-korst", tmp_path / "plan", change)
    check_everything(plan)


def test_lists_where_mappings_belong_and_back(tmp_path: Path) -> None:
    plan = _rewrite_plan(EXAMPLES / "northwind-care", tmp_path / "plan", _swap_containers)
    result = check_everything(plan)
    assert result.failing()


def test_scorecard_findings_point_into_the_scorecard(tmp_path: Path) -> None:
    entries = "".join(
        f"  - id: G{i}\n    title: Sales grow {i} %\n    perspective: financial\n"
        for i in range(1, 6)
    )
    plan = small_plan(
        tmp_path / "plan",
        goals="kind: goals\ndefaults: {level: strategic, parent: mission, owner: B}\n"
        "goals:\n" + entries,
        scorecard="kind: scorecard\nid: BSC\ntitle: Card\nscope: {level: strategic}\n"
        "links: [[G1, G2]]\n",
    )
    check_everything(plan)


def test_numbers_as_ids_are_ids(tmp_path: Path) -> None:
    goals = (
        "kind: goals\ndefaults: {owner: Board, period: 2026}\ngoals:\n"
        "  - {id: 12, level: strategic, title: Sales grow to 2 million, parent: mission}\n"
        "  - {id: 13, level: department, title: 40 new customers, parent: 12, unit: Sales}\n"
        "  - {id: 14, level: department, title: null, parent: '12', unit: Sales}\n"
    )
    plan = small_plan(tmp_path / "plan", goals=goals)
    _, findings = invoke_json(plan / "goals.yaml")
    assert "ref/unknown-parent" not in {f["code"] for f in findings}
    assert ("schema/invalid", 6) in {(f["code"], f["line"]) for f in findings}
    loaded = load(Target(plan, True, None))
    assert [(g.id, g.parent) for g in loaded.goals] == [
        ("12", "mission"),
        ("13", "12"),
        ("14", "12"),
    ]


def test_yaml_1_1_values_keep_their_written_meaning(tmp_path: Path) -> None:
    goals = (
        "kind: goals\n"
        "goals:\n"
        "  - id: 010\n"
        "    level: strategic\n"
        "    title: Sales grow to 2 million by 12:30\n"
        "    parent: mission\n"
        "    owner: no\n"
        "    unit: on\n"
        "    period: {start: 2026-01-01, end: 2026-06-30}\n"
        "    x-when: 12:30\n"
        "    measures:\n"
        "      - {name: yes, unit: y, baseline: 010, target: 0x1F, due: 2026-06-30}\n"
        "  - id: 0042\n"
        "    level: department\n"
        "    title: off\n"
        "    parent: 010\n"
        "    owner: off\n"
        "    unit: Sales\n"
        "    period: 2026-Q1\n"
    )
    plan = small_plan(tmp_path / "plan", goals=goals)
    loaded = load(Target(plan, True, None))
    first, second = loaded.goals
    assert (first.id, first.owner, first.unit, first.title) == (
        "010",
        "no",
        "on",
        "Sales grow to 2 million by 12:30",
    )
    assert first.data["x-when"] == "12:30"
    assert str(first.period) == "2026-01-01..2026-06-30"
    (measure,) = first.measures
    assert (measure.name, measure.unit, measure.target, measure.due) == (
        "yes",
        "y",
        "0x1F",
        "2026-06-30",
    )
    assert measure.data["baseline"] == "010"
    assert (second.id, second.parent, second.owner, second.title) == ("0042", "010", "off", "off")
    _, findings = invoke_json(plan / "goals.yaml")
    codes = {f["code"] for f in findings}
    assert not codes & {"ref/unknown-parent", "smart/no-owner", "cascade/unit", "yaml/syntax"}


@pytest.mark.parametrize(
    "written",
    ["9" * 5_000, "-" + "1" * 4_500, "!!int " + "7" * 5_000, "1e999"],
    ids=["huge-int", "huge-negative", "tagged-huge-int", "float-overflow"],
)
def test_numbers_too_large_for_python(tmp_path: Path, written: str) -> None:
    text = "kind: goal\nid: A\nlevel: strategic\ntitle: T 1\nparent: mission\nweight: "
    plan = small_plan(tmp_path / "plan", goal=text + written + "\n")
    (goal,) = load(Target(plan, True, None)).goals
    assert goal.data["weight"] is None  # out of range: no number (tests/test_numbers.py)
    assert goal.weight is None
    _, findings = invoke_json(plan)
    assert codes_at(findings, "schema/") == [("schema/invalid", 6, 9)]
    result = runner.invoke(app, ["validate", str(plan)], catch_exceptions=False)
    assert result.exit_code == 1


# ----------------------------------------------------------------------------- file system


def test_unreadable_file_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = small_plan(tmp_path / "plan", locked="kind: goal\n")
    locked = str(plan / "locked.yaml")
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    code, findings = invoke_json(plan)
    assert code == 1
    unreadable = [f for f in findings if f["file"] == "locked.yaml"]
    assert [(f["code"], f["line"], f["message"]) for f in unreadable] == [
        ("file/unreadable", 0, "cannot read the file: permission denied")
    ]
    # Named on the command line, the file is an unusable path: exit 2, one line.
    monkeypatch.setattr(os, "access", lambda path, mode, **kwargs: os.fspath(path) != locked)
    result = runner.invoke(app, ["validate", locked], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"prestatie: error: {locked}: permission denied\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_and_folder_by_permission(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan", locked="kind: goal\n")
    (plan / "locked.yaml").chmod(0)
    (plan / "secret").mkdir()
    (plan / "secret" / "goal.yaml").write_text("kind: goal\n", encoding="utf-8")
    (plan / "secret").chmod(0)
    try:
        code, findings = invoke_json(plan)
        assert code == 1
        assert {(f["code"], f["file"], f["line"]) for f in findings} >= {
            ("file/unreadable", "locked.yaml", 0),
            ("file/unreadable", "secret", 0),
        }
        result = run_process("validate", str(plan / "locked.yaml"))
        assert (result.returncode, result.stdout) == (2, b"")
        assert result.stderr.endswith(b": permission denied\n")
    finally:
        (plan / "secret").chmod(stat.S_IRWXU)


def test_a_folder_that_cannot_be_listed_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = small_plan(tmp_path / "plan")
    (plan / "secret").mkdir()
    (plan / "secret" / "goal.yaml").write_text("kind: goal\n", encoding="utf-8")
    secret = str(plan / "secret")
    real_scandir = os.scandir

    def refuse(path: Any = ".") -> Any:
        if os.fspath(path) == secret:
            raise PermissionError(13, "Permission denied", secret)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    code, findings = invoke_json(plan)
    assert code == 1
    assert [(f["code"], f["line"]) for f in findings if f["file"] == "secret"] == [
        ("file/unreadable", 0)
    ]


def test_a_folder_that_cannot_be_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = small_plan(tmp_path / "plan", a="kind: bogus\n")
    real_stat = os.stat

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(os.fspath(path)).parent == plan and os.fspath(path) != str(plan):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", refuse)
    code, findings = invoke_json(plan)
    assert code == 1
    assert findings


def test_a_folder_named_like_a_yaml_file(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan")
    (plan / "x.yaml").mkdir()
    (plan / "x.yaml" / "inner.yaml").write_text("kind: bogus\n", encoding="utf-8")
    (plan / "empty.yml").mkdir()
    code, findings = invoke_json(plan)
    assert code == 1
    assert [(f["code"], f["file"]) for f in findings if f["file"].startswith("x.yaml")] == [
        ("schema/unknown-kind", "x.yaml/inner.yaml")
    ]
    code, findings = invoke_json(plan / "x.yaml")
    assert [f["file"] for f in findings] == ["x.yaml/inner.yaml"]
    code, findings = invoke_json(plan / "empty.yml")
    assert (code, findings) == (0, [])


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_symlink_loops_inside_a_plan(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan")
    try:
        (plan / "self.yaml").symlink_to("self.yaml")
        (plan / "ping.yaml").symlink_to("pong.yaml")
        (plan / "pong.yaml").symlink_to("ping.yaml")
        (plan / "again").symlink_to(".", target_is_directory=True)
        (plan / "up.yaml").symlink_to("..", target_is_directory=True)
        (plan / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    except OSError:  # pragma: no cover - a file system without symlinks
        pytest.skip("symbolic links cannot be created here")
    code, findings = invoke_json(plan)
    assert code == 1
    problems = sorted((f["file"], f["code"], f["line"]) for f in findings)
    # `again` leads back to the plan root, which is walked already; `up.yaml` and
    # `gone.yaml` lead out of the plan and are reported without being followed.
    assert problems == [
        ("gone.yaml", "file/unreadable", 0),
        ("ping.yaml", "file/unreadable", 0),
        ("pong.yaml", "file/unreadable", 0),
        ("self.yaml", "file/unreadable", 0),
        ("up.yaml", "file/unreadable", 0),
    ]


def _symlink_loop(folder: Path) -> str:
    (folder / "loop.yaml").symlink_to("loop.yaml")
    return "loop.yaml"


def _dangling_symlink(folder: Path) -> str:
    (folder / "gone.yaml").symlink_to(folder / "nowhere.yaml")
    return "gone.yaml"


def _through_a_file(folder: Path) -> str:
    (folder / "file.yaml").write_text("kind: goal\n", encoding="utf-8")
    return "file.yaml/inner.yaml"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(_symlink_loop, "too many levels of symbolic links", id="loop"),
        pytest.param(_dangling_symlink, "no such file or folder", id="dangling"),
        pytest.param(_through_a_file, "no such file or folder", id="through-a-file"),
    ],
)
def test_unusable_paths_exit_2_with_one_line(
    tmp_path: Path, make: Callable[[Path], str], message: str
) -> None:
    argument = make(tmp_path)
    result = run_process("validate", argument, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"prestatie: error: {argument}: {message}\n"


@pytest.mark.parametrize(
    "argument",
    ["does/not/exist.yaml", "a" * 5_000, "/" + "x/" * 3_000],
    ids=["missing", "long-name", "long-path"],
)
def test_more_unusable_paths(tmp_path: Path, argument: str) -> None:
    result = run_process("validate", argument, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.startswith(b"prestatie: error: ")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_pipes_and_devices_are_not_read(tmp_path: Path) -> None:
    plan = small_plan(tmp_path / "plan")
    os.mkfifo(plan / "pipe.yaml")
    expected = {("pipe.yaml", "file/unreadable", 0)}
    if Path("/dev/zero").exists():
        (plan / "zero.yaml").symlink_to("/dev/zero")
        expected.add(("zero.yaml", "file/unreadable", 0))
    listener = socket.socket(socket.AF_UNIX) if hasattr(socket, "AF_UNIX") else None
    try:
        if listener is not None and len(str(plan / "sock.yaml")) < 100:
            listener.bind(str(plan / "sock.yaml"))
            expected.add(("sock.yaml", "file/unreadable", 0))
        result = run_process("validate", str(plan), "-f", "json")
    finally:
        if listener is not None:
            listener.close()
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert {(f["file"], f["code"], f["line"]) for f in findings} == expected
    result = run_process("validate", str(plan / "pipe.yaml"))
    assert result.returncode == 1
    assert b"named pipe" in result.stdout


def test_a_file_that_disappears_during_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = small_plan(tmp_path / "plan", a="kind: bogus\n", b="kind: bogus\n")
    real = files_module.plan_files

    def list_then_delete(root: Path, exclude: Any) -> list[Path]:
        found = real(root, exclude)
        (plan / "a.yaml").unlink()
        return found

    monkeypatch.setattr(files_module, "plan_files", list_then_delete)
    code, findings = invoke_json(plan)
    assert code == 1
    assert [(f["file"], f["code"], f["line"]) for f in findings] == [
        ("a.yaml", "file/unreadable", 0),
        ("b.yaml", "schema/unknown-kind", 1),
    ]


def test_a_plan_that_disappears_during_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = small_plan(tmp_path / "plan", a="kind: bogus\n")
    real = files_module.plan_files

    def list_then_delete(root: Path, exclude: Any) -> list[Path]:
        found = real(root, exclude)
        shutil.rmtree(plan)
        return found

    monkeypatch.setattr(files_module, "plan_files", list_then_delete)
    code, findings = invoke_json(plan.parent)
    assert code == 1
    assert {(f["file"], f["code"]) for f in findings} == {
        ("plan/a.yaml", "file/unreadable"),
        ("plan/mission.yaml", "file/unreadable"),
        ("plan/prestatie.yaml", "file/unreadable"),
    }


def test_settings_that_disappear_during_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import prestatie.rules.engine as validate_module

    plan = small_plan(tmp_path / "plan")
    real = validate_module.targets

    def targets_then_delete(paths: Any, cwd: Path) -> Any:
        found = real(paths, cwd)
        (plan / "prestatie.yaml").unlink()
        return found

    monkeypatch.setattr(validate_module, "targets", targets_then_delete)
    invoke_json(plan)


# ----------------------------------------------------------------------------- Unicode and markup


def _yaml_quoted(value: str) -> str:
    """A YAML double-quoted scalar for any text, escaping what YAML cannot hold raw."""
    out = []
    for ch in value:
        code = ord(ch)
        printable = (
            0x20 <= code <= 0x7E
            or 0xA0 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD
            or code >= 0x10000
        ) and code != 0xFEFF
        if ch in '"\\':
            out.append("\\" + ch)
        elif printable:
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:  # pragma: no cover - every code point above 0xFFFF is printable for YAML
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


HOSTILE_TEXT = [
    "ΩΔλ-ǅʰ",  # Lu Ll Lt Lm
    "目標-１",  # Lo, fullwidth digit
    "e\u0301\u0903\u20dd",  # Mn Mc Me
    "٣Ⅻ½",  # Nd Nl No
    "a_b‐c(d)«e»¡",  # Pc Pd Ps Pe Pi Pf Po
    "∑€^☃",  # Sm Sc Sk So
    "a\u00a0b\u2003c",  # Zs
    "A\u2028B\u2029C",  # Zl Zp
    "A\u202eB\u2066C\u200f",  # bidi controls (Cf)
    "A\u200bB\ufeffC\u00ad",  # invisible (Cf)
    "A\ue000B\U000f0000",  # private use (Co)
    "A\U000e0001B",  # tag character
    "שלום-مرحبا",  # right to left
    "😀👩‍👩‍👧🇳🇱",  # emoji, ZWJ sequence, flag
    "<script>alert(1)</script>",
    "a|b|c",
    "`rm -rf /`",
    "graph TD; A-->B; click A call x()",
    "%%{init: {'theme': 'dark'}}%%",
    "**bold** [x](javascript:alert(1))",
    "{{ 7*7 }} ${HOME} $(id)",
    "A\x1b[2JB\x1b]0;title\x07C",  # terminal control sequences
    "A\x9b31mB\x85C",  # C1 controls
    "A\x00B\x08C\x7fD",
    "A\tB\rC\nD",
    "'\"\\",
]


def _is_clean_terminal_text(output: str) -> bool:
    """Only printable characters and newlines."""
    return all(ch == "\n" or ch.isprintable() for ch in output)


def _hostile_plan(root: Path) -> Path:
    lines = ["kind: goals", "defaults: {owner: Board, period: 2026}", "goals:"]
    for index, value in enumerate(HOSTILE_TEXT):
        quoted = _yaml_quoted(value)
        lines += [
            f"  - id: {_yaml_quoted(f'G{index}-{value}')}",
            "    level: strategic",
            f"    title: {_yaml_quoted('verbeteren ' + value)}",
            f"    parent: {quoted}",
            f"    perspective: {quoted}",
            f"    unit: {quoted}",
        ]
    return small_plan(root, goals="\n".join(lines) + "\n")


def test_hostile_text_is_escaped_in_text_output(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path / "plan")
    code, output = invoke_text(plan, "--all")  # every repeat listed
    assert code == 1
    assert _is_clean_terminal_text(output)
    assert "<script>alert(1)</script>" in output
    assert "A\\x1b[2JB" in output
    assert "A\\u202eB" in output


def test_hostile_text_with_colour_has_only_our_escape_sequences(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path / "plan")
    result = run_process("validate", str(plan), "--all", env={"FORCE_COLOR": "1"})
    assert result.returncode == 1
    output = result.stdout.decode("utf-8")
    assert "\x1b[" in output
    assert _is_clean_terminal_text(_SGR.sub("", output))


def test_hostile_text_round_trips_through_json(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path / "plan")
    code, findings = invoke_json(plan)
    assert code == 1
    items = {f["item"] for f in findings if f["item"]}
    for index, value in enumerate(HOSTILE_TEXT):
        assert f"G{index}-{value}".strip() in items, value
    messages = "\n".join(f["message"] for f in findings)
    assert "<script>alert(1)</script>" in messages


def _check_output(output: str, output_format: str) -> None:
    if output_format == "json":
        items = {f["item"] for f in json.loads(output)["findings"]}
        assert "G13-😀👩‍👩‍👧🇳🇱" in items
    else:
        assert _is_clean_terminal_text(output)
        assert "G13-" in output


@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1", "cp1252", "utf-16"])
@pytest.mark.parametrize("output_format", ["text", "json"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_any_output_encoding(tmp_path: Path, encoding: str, output_format: str, lang: str) -> None:
    result = validate([str(_hostile_plan(tmp_path / "plan"))])
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, errors="strict", newline="\n")
    REPORTER_BY_NAME[output_format](result, stream, output_format == "text", Speaker(lang))
    stream.flush()
    output = buffer.getvalue().decode(encoding)
    _check_output(_SGR.sub("", output), output_format)


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_an_ascii_terminal_in_a_real_process(tmp_path: Path, output_format: str) -> None:
    plan = _hostile_plan(tmp_path / "plan")
    env = {"PYTHONIOENCODING": "ascii"}
    result = run_process("validate", str(plan), "-f", output_format, env=env)
    assert (result.returncode, result.stderr) == (1, b"")
    _check_output(result.stdout.decode("ascii"), output_format)


FILE_NAMES = [
    "a\x1b[31mred.yaml",
    "new\nline.yaml",
    "rtl\u202egpj.yaml",
    "<script>.yaml",
    "😀.yaml",
    "tab\there.yaml",
]


def _plan_with_odd_names(root: Path) -> tuple[Path, list[str]]:
    plan = small_plan(root)
    made = []
    for name in FILE_NAMES:
        try:
            (plan / name).write_text("kind: bogus\n", encoding="utf-8")
            made.append(name)
        except (OSError, ValueError):  # pragma: no cover - the file system refuses it
            continue
    if sys.platform != "win32":
        try:
            with open(os.path.join(os.fsencode(plan), b"bad-\xff.yaml"), "wb") as handle:
                handle.write(b"kind: bogus\n")
            made.append(os.fsdecode(b"bad-\xff.yaml"))
        except OSError:  # pragma: no cover - a file system that wants UTF-8 names
            pass
    return plan, made


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_odd_file_names(tmp_path: Path, encoding: str) -> None:
    plan, made = _plan_with_odd_names(tmp_path / "plan")
    env = {"PYTHONIOENCODING": encoding}
    result = run_process("validate", str(plan), env=env)
    assert (result.returncode, result.stderr) == (1, b"")
    output = result.stdout.decode(encoding)
    assert _is_clean_terminal_text(output)
    assert "a\\x1b[31mred.yaml:1:7: error schema/unknown-kind" in output
    result = run_process("validate", str(plan), "-f", "json", env=env)
    assert (result.returncode, result.stderr) == (1, b"")
    findings = json.loads(result.stdout.decode(encoding))["findings"]
    assert sorted(f["file"] for f in findings) == sorted(made)


# ----------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--format", "xml"],
        ["validate", "--bogus"],
        ["no-such-command"],
        ["validate", "-f"],
    ],
    ids=["bad-format", "bad-option", "bad-command", "missing-value"],
)
def test_bad_arguments_exit_2_without_traceback(tmp_path: Path, args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", *args],
        capture_output=True,
        cwd=tmp_path,
        timeout=HANG_GUARD,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr


def test_bad_arguments_are_one_line(tmp_path: Path) -> None:
    run_process("validate", "--format", "xml", cwd=tmp_path)


# ----------------------------------------------------------------------------- the examples


def _example_files() -> Iterator[Path]:
    for plan in sorted(EXAMPLES.iterdir()):
        if (plan / "prestatie.yaml").is_file():
            yield from sorted(plan.rglob("*.yaml"))


def test_every_example_file_cut_short_anywhere(tmp_path: Path) -> None:
    """Each example file on its own, truncated at ten places: a file saved while typing."""
    for number, source in enumerate(_example_files()):
        content = source.read_bytes()
        for fraction in range(1, 11):
            folder = tmp_path / f"{number}-{fraction}"
            folder.mkdir()
            path = folder / source.name
            path.write_bytes(content[: len(content) * fraction // 11])
            result = validate([str(path)])
            for finding in result.findings:
                assert finding.file == source.name
                assert 0 <= finding.line <= line_count(path) + 1, finding
