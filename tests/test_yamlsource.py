"""The loader: positions, scalar meaning, and safety."""

from __future__ import annotations

import pytest

from prestatie.source.build import ALIAS_EXPANSION_LIMIT
from prestatie.source.nodes import YList, YMap
from prestatie.source.reader import decode, parse_text


def _data(text: str) -> YMap:
    source = parse_text(text, "f.yaml")
    assert source.documents, source.findings
    data = source.documents[0].data
    assert isinstance(data, YMap)
    return data


def test_positions_of_nested_keys_values_and_list_items() -> None:
    data = _data(
        "kind: goal\n"
        "id: SD-1\n"
        "measures:\n"
        "  - name: Omzet\n"
        "    target:   1380000\n"
        "  - {name: Marge, target: 12}\n"
    )
    assert data.key_pos("id") == (2, 1)
    assert data.value_pos("id") == (2, 5)
    measures = data["measures"]
    assert isinstance(measures, YList)
    assert measures.item_pos(0) == (4, 5)
    assert measures.item_pos(1) == (6, 5)
    first, second = measures
    assert first.key_pos("target") == (5, 5)
    assert first.value_pos("target") == (5, 15)
    assert second.value_pos("target") == (6, 27)


def test_multi_document_positions() -> None:
    source = parse_text("kind: mission\nmission: x\n---\nkind: goal\nid: A\n", "f.yaml")
    assert [d.index for d in source.documents] == [1, 2]
    assert source.documents[1].pos == (4, 1)
    assert source.documents[1].data.value_pos("id") == (5, 5)


def test_columns_count_characters_not_bytes() -> None:
    data = _data("title: ‘Café’ ü\nowner: x\n")
    assert data.value_pos("owner") == (2, 8)
    data = _data("a: é\nb: [é, x]\n")
    assert data["b"].item_pos(1) == (2, 8)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("True", True),
        ("false", False),
        ("010", "010"),
        ("0042", "0042"),
        ("12:30", "12:30"),
        ("2026-01-15", "2026-01-15"),
        ("2026-01-15 10:00:00", "2026-01-15 10:00:00"),
        ("2026", 2026),
        ("-3", -3),
        ("1_200_000", 1200000),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1.2e6", 1200000.0),
        ("1e3", 1000.0),
        (".inf", ".inf"),
        (".nan", ".nan"),
        ("0x1F", "0x1F"),
        ("~", None),
        ("null", None),
        ("", None),
        ('"2026"', "2026"),
        ("'no'", "no"),
        ("!!str 12", "12"),
    ],
)
def test_scalars_follow_yaml_1_2(written: str, expected: object) -> None:
    value = _data(f"v: {written}\n")["v"]
    assert value == expected
    assert type(value) is type(expected)


def test_duplicate_keys_keep_the_first_and_are_reported() -> None:
    source = parse_text("a: 1\nb: 2\na: 3\nc: {x: 1, x: 2}\n", "f.yaml")
    assert source.documents[0].data["a"] == 1
    found = [(f.code, f.line, f.column) for f in source.findings]
    assert found == [("yaml/duplicate-key", 3, 1), ("yaml/duplicate-key", 4, 11)]


def test_duplicate_keys_in_each_document() -> None:
    source = parse_text("a: 1\na: 2\n---\nb: 1\nb: 2\n", "f.yaml")
    assert [(f.code, f.line) for f in source.findings] == [
        ("yaml/duplicate-key", 2),
        ("yaml/duplicate-key", 5),
    ]


def test_python_tags_are_never_constructed() -> None:
    source = parse_text("a: !!python/object/apply:os.system ['echo pwned']\n", "f.yaml")
    assert [f.code for f in source.findings] == ["yaml/unknown-tag"]
    assert source.documents[0].data["a"] == ["echo pwned"]


def test_merge_keys_merge_and_explicit_keys_win() -> None:
    data = _data("base: &b {owner: Directie, unit: Verkoop}\ngoal:\n  <<: *b\n  unit: Winkels\n")
    assert dict(data["goal"]) == {"unit": "Winkels", "owner": "Directie"}
    assert data["goal"].value_pos("owner") == (1, 18)


def test_billion_laughs_is_a_finding() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    source = parse_text("\n".join(lines) + "\n", "bomb.yaml")
    assert source.documents == []
    assert [f.code for f in source.findings] == ["yaml/alias"]
    assert ALIAS_EXPANSION_LIMIT >= 1000


def test_recursive_alias_is_a_finding() -> None:
    source = parse_text("a: &a [1, *a]\n", "f.yaml")
    assert [(f.code, f.line) for f in source.findings] == [("yaml/alias", 1)]


def test_deep_nesting_is_a_finding_not_a_crash() -> None:
    source = parse_text("a: " + "[" * 10_000 + "]" * 10_000 + "\n", "deep.yaml")
    assert source.documents == []
    assert source.findings[0].code in ("yaml/too-deep", "yaml/syntax")
    block = "".join("  " * i + f"k{i}:\n" for i in range(150)) + "  " * 150 + "v: 1\n"
    source = parse_text(block, "deep.yaml")
    assert [f.code for f in source.findings] == ["yaml/too-deep"]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: 'open\nb: 1\n", 1, 4),
        ("a: [1, 2\nb: 1\n", 2, 2),
        ("a:\n\tb: 1\n", 2, 1),
        ("a: b: c\n", 1, 5),
        ("a: 1\n b: 2\n", 2, 3),
    ],
)
def test_syntax_errors_have_positions(text: str, line: int, column: int) -> None:
    source = parse_text(text, "f.yaml")
    assert [(f.code, f.line, f.column) for f in source.findings] == [("yaml/syntax", line, column)]


def test_tabs_get_a_hint() -> None:
    finding = parse_text("a:\n\tb: 1\n", "f.yaml").findings[0]
    assert finding.hint is not None and "tab" in str(finding.hint)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n", "---\n...\n"])
def test_empty_files_are_reported_as_info_code(text: str) -> None:
    source = parse_text(text, "f.yaml")
    assert source.documents == []
    assert [f.code for f in source.findings] == ["yaml/empty"]


def test_nul_byte_is_a_positioned_finding() -> None:
    source = parse_text("a: 1\nb: x\x00y\n", "f.yaml")
    assert [(f.code, f.line, f.column) for f in source.findings] == [("yaml/syntax", 2, 5)]


def test_decode_handles_boms_and_reports_bad_bytes() -> None:
    assert decode("\ufeffa: 1\n".encode(), "f")[0] == "a: 1\n"
    assert decode("a: é\n".encode("utf-16"), "f")[0] == "a: é\n"
    text, finding = decode(b"a: 1\nb: \xff\xfe\xfa\n", "f.yaml")
    assert text is None and finding is not None
    assert (finding.code, finding.line, finding.column) == ("yaml/encoding", 2, 4)


def test_crlf_line_ends_keep_lines() -> None:
    data = _data("a: 1\r\nb: 2\r\nc: 3\n")
    assert data.value_pos("c") == (3, 4)
