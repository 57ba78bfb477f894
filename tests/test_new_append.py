"""`prestatie new goal` adding to a list the plan already has: every other byte of the
file stays as it was, the file is replaced atomically, and only if nobody changed it."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import shown_path
from prestatie.scaffold.append import add_item
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES

runner = CliRunner()


def shown(path: Path) -> str:
    """A path as the command shows it: relative to the current folder."""
    return shown_path(path.resolve(), Path.cwd().resolve())


ITEM = '- id: "NEW-1"\n  title: "Nieuw: 10 %"\n'


def _plan(tmp_path: Path) -> Path:
    plan = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    return plan


def _new(plan: Path, *args: str) -> Any:
    command = ["new", "goal", *args, "--plan", str(plan), "--lang", "en"]
    return runner.invoke(app, command, catch_exceptions=False)


def _inserted(old: bytes, new: bytes) -> bytes:
    """The one stretch `new` adds to `old`, which it holds whole and in order."""
    start = 0
    while start < len(old) and old[start] == new[start]:
        start += 1
    added = len(new) - len(old)
    assert added > 0
    assert new[:start] == old[:start] and new[start + added :] == old[start:]
    return new[start : start + added]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


def test_adding_keeps_every_other_byte_of_the_file(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "departments" / "zakelijke-markt.yaml"
    old = path.read_bytes()
    result = _new(plan, "--parent", "SD-1", "--unit", "Zakelijke Markt", "--title", "Omzet +5 %")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"added goal AD-ZM-3 to {shown(path)}"
    added = _inserted(old, path.read_bytes()).decode("utf-8")
    # After the last goal of the first document (the department list), not the second.
    assert path.read_text(encoding="utf-8").index(added) < path.read_text(encoding="utf-8").index(
        "\n---\n"
    )
    assert added.startswith('\n  - id: "AD-ZM-3"')  # a blank line, as between the others
    data = parse_text(path.read_text(encoding="utf-8"), path.name).documents[0].data
    assert [g["id"] for g in data["goals"]] == ["AD-ZM-1", "AD-ZM-2", "AD-ZM-3"]
    assert _leftovers(plan) == []


def test_adding_to_a_person_keeps_every_other_byte(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "people" / "p-0142.yaml"
    old = path.read_bytes()
    result = _new(plan, "--parent", "FD-ACC-1", "--person", "p-0142", "--title", "12 offertes")
    assert result.exit_code == 0, result.output
    added = _inserted(old, path.read_bytes()).decode("utf-8")
    assert added.startswith('  - id: "PD-0142-4"')
    assert "owner:" not in added and "level:" not in added  # the person file gives them


def test_windows_line_endings_and_a_byte_order_mark_are_kept(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "departments" / "zakelijke-markt.yaml"
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    old = path.read_bytes()
    result = _new(plan, "--parent", "SD-1", "--unit", "Zakelijke Markt")
    assert result.exit_code == 0, result.output
    new = path.read_bytes()
    assert new.startswith(b"\xef\xbb\xbf")
    added = _inserted(old, new)
    assert b"\r\n" in added and b"\n" not in added.replace(b"\r\n", b"")


def test_the_mode_of_the_file_is_kept(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "departments" / "zakelijke-markt.yaml"
    path.chmod(0o640)
    assert _new(plan, "--parent", "SD-1", "--unit", "Zakelijke Markt").exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_flow_list_gets_a_file_of_its_own(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "departments" / "winkels.yaml"
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    unit = source.documents[0].data["defaults"]["unit"]
    flow = (
        "kind: goals\ndefaults: {level: afdeling, unit: %s}\n"
        'goals: [{id: X-1, parent: SD-2, title: "10 winkels", owner: Hoofd, '
        "measures: [{name: Winkels, unit: aantal, baseline: 0, target: 10}]}]\n"
    )
    other = plan / "flow.yaml"
    shutil.move(path, plan / "departments-winkels.keep")
    other.write_text(flow % unit, encoding="utf-8")
    old = other.read_bytes()
    result = _new(plan, "--parent", "SD-1", "--unit", unit)
    assert result.exit_code == 0, result.output
    assert other.read_bytes() == old
    assert "created " in result.stdout and "goals/winkels/department.yaml" in result.stdout


def test_a_file_changed_while_adding_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prestatie.scaffold import new as scaffold

    plan = _plan(tmp_path)
    path = plan / "departments" / "zakelijke-markt.yaml"
    real = scaffold._before

    def meanwhile(plan_: Any, made: Any) -> Any:
        with path.open("a", encoding="utf-8") as stream:
            stream.write("# edited by someone else\n")
        return real(plan_, made)

    monkeypatch.setattr(scaffold, "_before", meanwhile)
    result = _new(plan, "--parent", "SD-1", "--unit", "Zakelijke Markt")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(
        "zakelijke-markt.yaml: changed while prestatie was adding to it; nothing was written, "
        "try again"
    )
    assert path.read_text(encoding="utf-8").endswith("# edited by someone else\n")
    assert "AD-ZM-3" not in path.read_text(encoding="utf-8")
    assert _leftovers(plan) == []


# ----------------------------------------------------------------------------- add_item

LAYOUTS = {
    "block": "kind: goals\ngoals:\n  - id: A\n    title: x  # note\n  # between\n\n# after\n",
    "indentless": "kind: goals\ngoals:\n- id: A\n  title: x\nnext: 1\n",
    "empty-flow": "kind: person\nid: p\ngoals: []  # none yet\npop: []\n",
    "null": "kind: person\nid: p\ngoals:\npop: []\n",
    "missing": "kind: person\nid: p\npop: []\n",
    "folded-last": (
        "kind: goals\ngoals:\n  - id: A\n    title: >-\n      a long\n      title\n"
        "\n---\nkind: okr\n"
    ),
    "second-document": "kind: okr\nid: O\n---\nkind: goals\ngoals:\n  - id: A\n",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_add_item_adds_exactly_one_item(layout: str) -> None:
    text = LAYOUTS[layout]
    document = 1 if layout == "second-document" else 0
    result = add_item(text, document, "goals", ITEM)
    assert result is not None
    before = parse_text(text, "before.yaml").documents
    after = parse_text(result, "after.yaml").documents
    goals = after[document].data["goals"]
    assert goals[-1] == {"id": "NEW-1", "title": "Nieuw: 10 %"}
    had = before[document].data.get("goals") or []
    assert goals[:-1] == had
    for index, doc in enumerate(before):
        if index != document:
            assert after[index].data == doc.data
    if layout not in ("empty-flow", "null"):
        # Everything that was there is still there, byte for byte.
        _inserted(text.encode(), result.encode())


def test_add_item_refuses_a_flow_list_and_a_document_that_is_not_a_mapping() -> None:
    assert add_item("kind: goals\ngoals: [{id: A}]\n", 0, "goals", ITEM) is None
    assert add_item("- a\n- b\n", 0, "goals", ITEM) is None
    assert add_item("kind: goals\ngoals: 3\n", 0, "goals", ITEM) is None
    assert add_item("kind: goals\n", 4, "goals", ITEM) is None


def test_comments_after_the_last_item_stay_after_it() -> None:
    result = add_item(LAYOUTS["block"], 0, "goals", ITEM)
    assert result is not None
    assert result.index("title: x  # note") < result.index("NEW-1") < result.index("# between")


def test_output_names_the_list_to_add_to(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    path = plan / "departments" / "winkels.yaml"
    old = path.read_bytes()
    result = _new(plan, "--parent", "SD-2", "--unit", "Winkels", "-o", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"added goal AD-WINKELS-1 to {shown(path)}")
    assert b"AD-WINKELS-1" in _inserted(old, path.read_bytes())
    other = plan / "departments" / "zakelijke-markt.yaml"
    before = other.read_bytes()
    refused = _new(plan, "--parent", "SD-2", "--unit", "Winkels", "-o", str(other))
    assert refused.exit_code == 2
    assert refused.stderr.strip().endswith(
        "already exists and holds goals; choose another --id or -o"
    )
    assert other.read_bytes() == before
