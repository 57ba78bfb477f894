"""A cascade thousands of levels deep: `tree` prints every node, in text and JSON, with
output that grows linearly with the depth."""

from __future__ import annotations

import json
import re
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.render import jsonout
from prestatie.render.tree_text import MAX_INDENT


def _chain(root: Path, depth: int) -> Path:
    root.mkdir()
    (root / "prestatie.yaml").write_text("kind: plan\nname: diep\nperiod: 2026\n")
    (root / "mission.yaml").write_text("kind: mission\norganisation: Diep BV\nmission: m\n")
    lines = ["kind: goals", "defaults: {owner: Directie, period: 2026}", "goals:"]
    parent = "mission"
    for index in range(depth):
        lines.append(
            f"  - {{id: G{index}, level: strategic, title: Doel {index}, parent: {parent}}}"
        )
        parent = f"G{index}"
    (root / "goals.yaml").write_text("\n".join(lines) + "\n")
    return root


def _tree(plan: Path, *args: str) -> str:
    result = CliRunner().invoke(
        app, ["tree", str(plan), "--as-of", "2026-06-30", *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout  # stderr says the plan has errors (each level is strategic)


def _titles(output: str) -> int:
    """How many goal titles the output shows (a title may wrap onto the next line)."""
    return len(re.findall(r"Doel\s+\d+", output))


def _deep_loads(text: str) -> Any:
    """json.loads recurses per level; give it the stack a 3,000-level document needs."""
    box: dict[str, Any] = {}

    def parse() -> None:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(20_000)
        try:
            box["value"] = json.loads(text)
        finally:
            sys.setrecursionlimit(limit)

    threading.stack_size(512 * 1024 * 1024)
    try:
        worker = threading.Thread(target=parse)
        worker.start()
        worker.join()
    finally:
        threading.stack_size(0)
    return box["value"]


def test_text_tree_shows_every_level_with_a_capped_indent(tmp_path: Path) -> None:
    depth = 3_000
    output = _tree(_chain(tmp_path / "plan", depth))
    for index in (0, MAX_INDENT, depth // 2, depth - 1):
        assert f"G{index} " in output
    assert _titles(output) == depth
    assert f"↳ {depth} G{depth - 1} " in output
    widest = max(len(line) for line in output.splitlines())
    # Piped without COLUMNS a row is as long as its text; guides stop at MAX_INDENT.
    assert widest <= 110


def test_text_tree_grows_linearly_with_depth(tmp_path: Path) -> None:
    small = len(_tree(_chain(tmp_path / "a", 1_000)))
    large = len(_tree(_chain(tmp_path / "b", 2_000)))
    assert 1.9 < large / small < 2.2


def test_json_tree_of_any_depth(tmp_path: Path) -> None:
    depth = 3_000
    payload = _deep_loads(_tree(_chain(tmp_path / "plan", depth), "--format", "json"))
    node = payload["roots"][0]
    seen = []
    while node["children"]:
        (node,) = node["children"]
        seen.append(node["id"])
    assert seen == [f"G{i}" for i in range(depth)]


@pytest.mark.parametrize("args", [["--depth", "2"], ["--level", "strategic"], ["--from", "G2990"]])
def test_filters_work_at_any_depth(tmp_path: Path, args: list[str]) -> None:
    output = _tree(_chain(tmp_path / "plan", 3_000), *args)
    if args[0] == "--depth":
        assert "G1 " in output and "G2 " not in output
    elif args[0] == "--from":
        assert _titles(output) == 10
    else:
        assert _titles(output) == 3_000


def test_json_writer_matches_the_standard_layout_and_is_strict() -> None:
    value = {"a": [1, 2.5, None, True, "é\n"], "b": {}, "c": [], "d": {"e": [{"f": 1}]}}
    assert jsonout.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            jsonout.dumps({"x": [bad]})
