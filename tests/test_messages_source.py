"""What reading a plan says, in Dutch: yaml/, file/, schema/ and config/ findings, path and
output errors, notices, and the fragments numbers and thresholds add to other messages.

Each finding keeps its code and position whatever the language; the English text stays
as it was, and the Dutch one uses Dutch words and numbers (`1,5 MB`, `1.380.000`).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from prestatie.compute.scoring import threshold_problem
from prestatie.compute.tree import TreeRequest, build
from prestatie.errors import OutputError, PathError, UsageError
from prestatie.findings import Finding
from prestatie.format import schemas, structure
from prestatie.i18n import MAX_TEXT, Msg, Speaker, catalogue, clip, msg
from prestatie.model.numbers import rewrite
from prestatie.model.plan import Plan, load
from prestatie.source import reading
from prestatie.source.files import plan_files, select, targets
from prestatie.source.reader import decode, parse_text
from prestatie.source.write import write_atomic

NL = Speaker("nl")
EN = Speaker("en")

SETTINGS = "kind: plan\nname: Test\nlanguage: nl\nperiod: 2026\n"
MISSION = "kind: mission\norganisation: Test BV\nmission: Wij testen alles.\n"


def plan_of(root: Path, settings: str = SETTINGS, **files: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "prestatie.yaml").write_text(settings, encoding="utf-8")
    (root / "mission.yaml").write_text(MISSION, encoding="utf-8")
    for name, content in files.items():
        (root / f"{name}.yaml").write_text(content, encoding="utf-8")
    return root


def loaded(root: Path) -> Plan:
    (target,) = targets([str(root)], root)
    return load(target)


def said(finding: Finding, speaker: Speaker = NL) -> tuple[str, int, int, str, str | None]:
    hint = None if finding.hint is None else speaker.say(finding.hint)
    return (finding.code, finding.line, finding.column, speaker.say(finding.message), hint)


def only(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found


# ----------------------------------------------------------------------------- yaml/


def test_a_duplicate_key_in_dutch() -> None:
    (finding,) = parse_text("kind: goal\nid: SD-1\nid: SD-2\n", "doelen.yaml").findings
    assert said(finding) == (
        "yaml/duplicate-key",
        3,
        1,
        "sleutel 'id' komt dubbel voor (eerst op regel 2)",
        "een sleutel mag maar één keer per mapping voorkomen; de eerste waarde geldt",
    )
    assert str(finding.message) == "duplicate key 'id' (first defined on line 2)"


def test_what_the_parser_says_is_dutch_too() -> None:
    (finding,) = parse_text("kind: goal\ntitle: [Omzet, groei\n", "doelen.yaml").findings
    assert said(finding)[:4] == (
        "yaml/syntax",
        2,
        8,
        "',' of ']' verwacht, maar niet gevonden "
        "(bij het verwerken van een lijst tussen `[ ]` op regel 2)",
    )
    assert str(finding.message) == (
        "did not find expected ',' or ']' (while parsing a flow sequence on line 2)"
    )


def test_a_tab_gets_a_dutch_hint() -> None:
    (finding,) = parse_text("kind: goal\n\tid: SD-1\n", "doelen.yaml").findings
    code, line, column, message, hint = said(finding)
    assert (code, line, column) == ("yaml/syntax", 2, 1)
    assert message == (
        "een tab verstoort de inspringing (bij het lezen van tekst zonder aanhalingstekens "
        "op regel 1)"
    )
    assert hint == "YAML springt in met spaties, nooit met tabs"


def test_words_of_the_parser_the_catalogue_does_not_know_are_shown_as_they_are() -> None:
    from prestatie.source.reader import parser_words

    unknown = parser_words("found something new")
    assert EN.say(unknown) == "found something new"
    assert NL.say(unknown) == "de YAML-parser meldt: found something new"


def test_tags_aliases_and_empty_documents_in_dutch() -> None:
    text = "kind: goal\nid: !ref SD-1\ntitle: &t Omzet\n---\n"
    findings = parse_text(text, "doelen.yaml").findings
    assert [said(f) for f in findings] == [
        (
            "yaml/unknown-tag",
            2,
            5,
            "onbekende tag '!ref'; de waarde wordt als gewone gegevens gelezen en nooit als "
            "object opgebouwd",
            "haal de tag weg; planbestanden gebruiken gewone YAML-waarden",
        ),
        ("yaml/empty", 4, 1, "document 2 is leeg", None),
    ]


def test_a_file_in_another_encoding() -> None:
    text, finding = decode("titel: Crème brûlée\n".encode("cp1252"), "menu.yaml")
    assert text is None and finding is not None
    assert said(finding) == (
        "yaml/encoding",
        1,
        10,
        "het bestand is geen geldige UTF-8-tekst: byte 0xe8 is niet te decoderen",
        "sla het bestand op als UTF-8",
    )


def test_findings_past_the_cap_are_counted_in_dutch() -> None:
    findings = parse_text("---\n" * 150, "leeg.yaml").findings
    more = [f for f in findings if f.more]
    assert [said(f) for f in more] == [
        (
            "yaml/empty",
            0,
            0,
            "nog 50 bevindingen van dit soort in dit bestand, niet afzonderlijk getoond",
            "los eerst de eerste 100 op en controleer dan opnieuw",
        )
    ]


def test_an_alias_bomb_names_its_limit_with_dutch_separators() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 6):
        lines.append(f"{chr(97 + n)}: &{chr(97 + n)} [" + ", ".join([f"*{chr(96 + n)}"] * 10) + "]")
    (finding,) = parse_text("\n".join(lines) + "\n", "bom.yaml").findings
    assert finding.code == "yaml/alias"
    assert NL.say(finding.message) == (
        "aliassen laten dit document uitdijen tot meer dan 10.000 herhaalde waarden"
    )
    assert str(finding.message) == "aliases expand this document beyond 10,000 repeated values"


def test_a_number_too_large_in_dutch() -> None:
    source = parse_text("kind: goal\nweight: " + "9" * 60 + "\n", "doelen.yaml")
    code, line, column, message, hint = said(only(source.findings, "schema/invalid"))
    assert (code, line, column) == ("schema/invalid", 2, 9)
    assert message == (
        "getal te groot: 99999999999999999999…99999999 (60 tekens); "
        "prestatie leest getallen tot 1e15"
    )
    assert hint is not None and hint.startswith("schrijf een getal tussen -1e15 en 1e15")


# ----------------------------------------------------------------------------- schema/


GOAL = """\
kind: goal
id: SD-1
level: strategisch
title: Omzet groeit
parent: mission
owner: Directie
measures:
  - id: omzet
    name: Omzet
    basline: 1200000
    target: 1.380.000
    direction: omhoog
"""


def test_schema_findings_in_dutch(tmp_path: Path) -> None:
    plan = loaded(plan_of(tmp_path / "plan", doelen=GOAL))
    speaker = plan.config.speaker()
    assert speaker.lang == "nl"
    findings = sorted(
        (f for f in plan.findings if f.code.startswith("schema/")), key=Finding.sort_key
    )
    assert [said(f, speaker) for f in findings] == [
        (
            "schema/unknown-key",
            10,
            5,
            "SD-1/omzet: onbekende sleutel 'basline' in measures[0]",
            "bedoel je 'baseline'?",
        ),
        (
            "schema/invalid",
            12,
            16,
            "SD-1/omzet: measures[0].direction: 'omhoog' is geen toegestane waarde; kies uit "
            "'increase', 'verhogen', 'decrease', 'verlagen', 'range', 'bandbreedte', "
            "'milestone', 'mijlpaal'",
            "Welke kant beter is: `increase` (verhogen), `decrease` (verlagen), `range` "
            "(bandbreedte; tussen `min` en `max` blijven) of `milestone` (mijlpaal; gereed of "
            "niet gereed).",
        ),
    ]
    assert str(findings[0].message) == "SD-1/omzet: unknown key 'basline' in measures[0]"


@pytest.mark.parametrize(
    ("line", "english", "dutch"),
    [
        (
            "title: 1380000",
            "SD-1: title: expected text, found number 1,380,000",
            "SD-1: title: hier hoort tekst, maar er staat het getal 1.380.000",
        ),
        (
            "weight: veel",
            "SD-1: weight: expected a number, found text 'veel'",
            "SD-1: weight: hier hoort een getal, maar er staat de tekst 'veel'",
        ),
        (
            "tags: {a: 1}",
            "SD-1: tags: expected a list, found a mapping",
            "SD-1: tags: hier hoort een lijst, maar er staat een mapping",
        ),
        (
            "due: 2026-02-30",
            "SD-1: due: 2026-02-30 is not a day of the calendar",
            "SD-1: due: 2026-02-30 is geen bestaande dag in de kalender",
        ),
        (
            "period: {start: 2026-07-01, end: 2026-01-01}",
            "SD-1: period.end: the period ends (2026-01-01) before it starts (2026-07-01)",
            "SD-1: period.end: de periode eindigt (2026-01-01) voordat ze begint (2026-07-01)",
        ),
    ],
)
def test_what_a_value_should_be_in_dutch(
    tmp_path: Path, line: str, english: str, dutch: str
) -> None:
    key = line.partition(":")[0]
    base = {
        "kind": "goal",
        "id": "SD-1",
        "level": "strategic",
        "title": "Omzet",
        "parent": "mission",
    }
    lines = [f"{k}: {v}" for k, v in base.items() if k != key] + [line]
    plan = loaded(plan_of(tmp_path / "plan", doelen="\n".join(lines) + "\n"))
    finding = only(plan.findings, "schema/invalid")
    assert (finding.file, finding.line) == ("doelen.yaml", len(lines))
    assert (str(finding.message), NL.say(finding.message)) == (english, dutch)


def test_a_number_written_as_text_gets_the_dutch_hint(tmp_path: Path) -> None:
    text = "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Omzet\nparent: mission\nweight: '3'\n"
    finding = only(loaded(plan_of(tmp_path / "plan", doelen=text)).findings, "schema/invalid")
    assert finding.hint is not None
    assert NL.say(finding.hint) == (
        "schrijf het getal zonder eenheid en zonder scheidingstekens voor duizendtallen, "
        "bijv. 1250000"
    )


def test_documents_without_a_kind_in_dutch(tmp_path: Path) -> None:
    text = "kind: goall\nid: X\n---\ntitle: Los\n---\n- lijst\n---\nkind: goal\nlevel: strategic\n"
    plan = loaded(plan_of(tmp_path / "plan", doelen=text))
    found = [said(f) for f in plan.findings if f.file == "doelen.yaml"]
    assert found == [
        ("schema/unknown-kind", 1, 7, "onbekende `kind` 'goall'", "bedoel je 'goal'?"),
        (
            "schema/unknown-kind",
            4,
            1,
            "document 2 heeft geen `kind`",
            "voeg `kind:` toe met een van: 'plan', 'mission', 'analysis', 'goal', 'goals', "
            "'okr', 'ogsm', 'scorecard', 'person', 'reward-policy', "
            "'function-profile'",
        ),
        (
            "schema/invalid",
            6,
            1,
            "document 3 is een lijst, geen mapping met een `kind`",
            "elk document is een mapping die begint met `kind: goal` (of een andere soort)",
        ),
        (
            "schema/invalid",
            8,
            1,
            "verplichte sleutel 'id' ontbreekt",
            "Eén doelstelling op een willekeurig niveau van de cascade, met haar meetpunten. "
            "Voor meerdere doelstellingen in één bestand gebruik je `kind: goals`.",
        ),
        ("schema/invalid", 8, 1, "verplichte sleutel 'title' ontbreekt", found[4][4]),
    ]


def test_an_unknown_rule_in_prestatie_yaml(tmp_path: Path) -> None:
    settings = SETTINGS + "rules:\n  smart/no-ownr: error\n"
    plan = loaded(plan_of(tmp_path / "plan", settings=settings))
    assert said(only(plan.findings, "config/unknown-rule")) == (
        "config/unknown-rule",
        6,
        3,
        "onder `rules:` staat 'smart/no-ownr', maar dat is geen regelcode",
        "bedoel je 'smart/no-owner'?",
    )


def test_an_id_used_twice(tmp_path: Path) -> None:
    goal = "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Omzet\nparent: mission\n"
    plan = loaded(plan_of(tmp_path / "plan", a=goal, b=goal))
    finding = only(plan.findings, "ref/duplicate-id")
    assert said(finding) == (
        "ref/duplicate-id",
        2,
        5,
        "id 'SD-1' wordt al gebruikt in a.yaml:2",
        "elke id moet uniek zijn in het hele plan",
    )
    assert str(finding.message) == "id 'SD-1' is already used in a.yaml:2"


def test_every_schema_description_has_its_dutch_in_the_catalogue() -> None:
    seen: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("description"), str):
                seen.add(node["description"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(dict(schemas.load_all()))
    assert len(seen) > 300
    for description in seen:
        hint = structure.describe(description)
        assert hint.id == structure.description_id(description), description
        assert EN.say(hint) == clip(description, MAX_TEXT)
        assert NL.say(hint) != description
    described = {structure.description_id(d) for d in seen}
    stale = {i for i in catalogue.texts("format") if i.startswith("format.describe.")}
    assert stale - described == set()


# ----------------------------------------------------------------------------- file/


def test_a_file_too_large_in_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1_000_000)
    root = plan_of(tmp_path / "plan")
    (root / "groot.yaml").write_bytes(b"#" * 1_500_000)
    finding = only(loaded(root).findings, "file/unreadable")
    assert said(finding) == (
        "file/unreadable",
        0,
        0,
        "het bestand is 1,5 MB; bestanden groter dan 1 MB worden niet gelezen",
        "splits het op in kleinere bestanden, of sluit het uit met `exclude:` in prestatie.yaml",
    )
    assert str(finding.message) == "the file is 1.5 MB; files larger than 1 MB are not read"


def test_a_file_without_permission_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = plan_of(tmp_path / "plan", dicht="kind: goal\n")
    locked = os.fspath(root / "dicht.yaml")
    real_open = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    finding = only(loaded(root).findings, "file/unreadable")
    assert (finding.file, NL.say(finding.message)) == (
        "dicht.yaml",
        "het bestand is niet te lezen: geen toegang",
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_out_of_the_plan_in_dutch(tmp_path: Path) -> None:
    (tmp_path / "geheim.yaml").write_text("kind: goal\n", encoding="utf-8")
    root = plan_of(tmp_path / "plan")
    (root / "link.yaml").symlink_to(tmp_path / "geheim.yaml")
    finding = only(loaded(root).findings, "file/unreadable")
    assert said(finding) == (
        "file/unreadable",
        0,
        0,
        "het verwijst naar buiten het plan: bestanden buiten de hoofdmap van het plan "
        "worden niet gelezen",
        "houd planbestanden binnen de planmap, of verwijder de koppeling",
    )


# ----------------------------------------------------------------------------- errors


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(PathError) as caught:
        targets(["weg.yaml"], tmp_path)
    assert caught.value.text(NL) == "weg.yaml: bestand of map bestaat niet"
    assert str(caught.value) == "weg.yaml: no such file or folder"


def test_no_plan_here(tmp_path: Path) -> None:
    with pytest.raises(PathError) as caught:
        targets([], tmp_path)
    assert caught.value.text(NL).startswith(
        f"geen prestatie.yaml in {tmp_path} of een map daarboven"
    )


def test_an_output_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_atomic(tmp_path / "nergens" / "okr.yaml", "kind: okr\n")
    assert caught.value.text(NL) == f"{tmp_path / 'nergens'}: map bestaat niet"
    assert str(caught.value) == f"{tmp_path / 'nergens'}: no such folder"


def test_a_goal_that_tree_cannot_start_from(tmp_path: Path) -> None:
    goal = "kind: goal\nid: SD-1\nlevel: strategic\ntitle: Omzet\nparent: mission\n"
    plan = loaded(plan_of(tmp_path / "plan", doelen=goal))
    with pytest.raises(UsageError) as caught:
        build(plan, date(2026, 6, 30), TreeRequest(start="SD-2"))
    assert caught.value.text(NL) == (
        "--from 'SD-2': deze doelstelling staat niet in het plan; bedoel je 'SD-1'?"
    )
    assert str(caught.value) == "--from 'SD-2': no such goal in the plan; did you mean 'SD-1'?"


def test_a_named_path_that_is_not_part_of_the_plan(tmp_path: Path) -> None:
    root = plan_of(tmp_path / "plan")
    (root / ".concept.yaml").write_text("kind: goal\n", encoding="utf-8")
    (target,) = targets([str(root / ".concept.yaml")], tmp_path)
    (notice,) = select(target, plan_files(root, ()), ()).notices
    assert isinstance(notice, Msg)
    assert NL.say(notice) == (
        f"{root / '.concept.yaml'} hoort niet bij het plan: verborgen bestanden worden niet gelezen"
    )


# ----------------------------------------------------------------------------- fragments


@pytest.mark.parametrize(
    ("written", "english", "dutch"),
    [
        (
            "1.380.000",
            "write 1380000 (no thousands separators)",
            "schrijf 1380000 (zonder scheidingstekens voor duizendtallen)",
        ),
        (
            "56,87%",
            "write 56.87 and put % in `unit:` (YAML numbers use a decimal point)",
            "schrijf 56.87 en zet % in `unit:` "
            "(YAML-getallen hebben een decimale punt, geen komma)",
        ),
        (
            "10",
            "write 10 without quotes (quoted, it is text)",
            "schrijf 10 zonder aanhalingstekens (met aanhalingstekens is het tekst)",
        ),
        (
            True,
            "a number is expected, not true (or `direction: milestone` for done / not done)",
            "hier hoort een getal, niet true (of `direction: milestone` voor gereed / niet gereed)",
        ),
    ],
)
def test_the_rewrite_of_a_number_in_both_languages(
    written: object, english: str, dutch: str
) -> None:
    hint = rewrite(written)
    assert (EN.say(hint), NL.say(hint)) == (english, dutch)


def test_thresholds_that_cannot_be_used_in_dutch() -> None:
    outside = threshold_problem({"amber": 1.5, "red": 0.5})
    inverted = threshold_problem({"amber": 0.4, "red": 0.5})
    assert outside is not None and inverted is not None
    assert NL.say(outside) == "`amber` (1,5) ligt buiten 0 tot en met 1"
    assert EN.say(outside) == "amber 1.5 outside 0 to 1"
    assert NL.say(inverted) == (
        "`amber` (0,4) ligt onder `red` (0,5), waardoor de kleuren zouden omdraaien"
    )


def test_messages_keep_their_arguments_as_data() -> None:
    finding = only(parse_text("a: 1\na: 2\n", "x.yaml").findings, "yaml/duplicate-key")
    data = json.loads(json.dumps(finding.as_dict(NL)))
    assert (data["message_id"], data["args"]) == ("yaml/duplicate-key", {"key": "a", "first": 1})
    assert data["message"] == "sleutel 'a' komt dubbel voor (eerst op regel 1)"
    assert msg("common.did-you-mean", value="SD-1").as_json() == {
        "id": "common.did-you-mean",
        "args": {"value": "SD-1"},
    }
