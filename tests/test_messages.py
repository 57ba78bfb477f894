"""The message catalogue: every text in both languages, with the same placeholders, no
English in Dutch, and every finding of every test plan renderable in both languages."""

from __future__ import annotations

import json
import re
import string
from datetime import date
from pathlib import Path

import pytest

from prestatie.format import rulebook
from prestatie.i18n import Msg, Speaker, catalogue, choose_language, msg, render
from prestatie.i18n.formats import long_date, number, percent
from prestatie.model.plan import settings
from prestatie.rules import catalog
from prestatie.rules.engine import validate

from .conftest import CASES, EXAMPLES

SRC = Path(__file__).resolve().parents[1] / "src" / "prestatie"
RULE_PARTS = {f".{part}" for part in catalog.PARTS}

#: English domain words that must not appear in Dutch output (outside `code` and quotes).
BLOCKLIST = re.compile(
    r"\b(perspectives?|levels?|strategic|financial|goals?|measures?|errors?|warnings?)\b",
    re.IGNORECASE,
)
#: Dutch words that must not appear in English output.
DUTCH = re.compile(
    r"\b(fouten?|waarschuwing(en)?|meldingen|doelstellingen?|perspectief|niveau|bestand(en)?"
    r"|meetpunten?|streefwaarde|bedoel|ontbreekt)\b",
    re.IGNORECASE,
)
_SPANS = re.compile(r"`[^`]*`|'[^']*'|\"[^\"]*\"")


def _every_entry() -> list[tuple[str, dict[str, str]]]:
    return [(id, dict(catalogue.entry(id) or {})) for id in catalogue.every_id()]


ENTRIES = _every_entry()


def _fields(template: str) -> set[tuple[str, str]]:
    """(name, spec) of every placeholder; plural nouns are language, not structure."""
    out = set()
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            out.add((name, re.sub(r"p\([^)]*\)", "p()", spec or "")))
    return out


def _prose(text: str) -> str:
    """The words of a text a reader sees as sentences: no placeholders, code or quotes,
    no literal YAML examples (lines indented by four spaces)."""
    lines = [ln for ln in text.splitlines() if not ln.startswith("    ")]
    text = re.sub(r"\{[^{}]*\}", " ", "\n".join(lines))
    text = re.sub(r"\b[a-z]+/[a-z][a-z-]*", " ", text)  # rule codes are names
    return _SPANS.sub(" ", text)


def _templates() -> list[tuple[str, dict[str, str]]]:
    """Entries rendered as templates: all but the rule texts (prose with YAML examples)."""
    return [(id, t) for id, t in ENTRIES if not any(id.endswith(p) for p in RULE_PARTS)]


def test_every_id_has_both_languages_and_the_same_placeholders() -> None:
    assert len(ENTRIES) > 300  # a sanity bound: the catalogue was found
    for id, texts in ENTRIES:
        assert set(texts) == {"en", "nl"}, id
        assert texts["en"].strip() and texts["nl"].strip(), id
    for id, texts in _templates():
        # The same arguments in both; their formats may differ (an English article,
        # a Dutch compound: `{level:a-level} goal` / `{level:level-goal}`).
        names = {lang: {name for name, _ in _fields(text)} for lang, text in texts.items()}
        assert names["en"] == names["nl"], id


def test_every_placeholder_format_is_known() -> None:
    speaker = Speaker("nl")
    for id, texts in _templates():
        for lang, text in texts.items():
            for name, spec in _fields(text):
                probe = render._Formatter(speaker)
                value: object = 2 if re.fullmatch(r"(a-)?(n\d?|pct\d?|p\(\))", spec) else "x"
                if spec.endswith(("/or", "/and", "/list")):
                    value = ["x", "y"]
                try:
                    probe.format_field(value, spec.replace("p()", "p(a|b)"))
                except render.Unrenderable as exc:
                    pytest.fail(f"{id} ({lang}): {{{name}:{spec}}}: {exc}")


def test_dutch_texts_hold_no_english_domain_words() -> None:
    offenders = []
    for id, texts in ENTRIES:
        if id.startswith("word.persp."):
            continue  # the default English labels are names, checked below
        found = BLOCKLIST.findall(_prose(texts["nl"]))
        if found:
            offenders.append(f"{id}: {sorted(set(found))}")
    assert offenders == []


def test_every_rule_code_has_a_message() -> None:
    ids = {id for id, _ in ENTRIES if not any(id.endswith(p) for p in RULE_PARTS)}
    for code in rulebook.RULES:
        assert any(i == code or i.startswith(code + ".") for i in ids), code


def _used_ids() -> tuple[set[str], set[str]]:
    """Ids named in the source: as `msg("x")`/`.text("x")`, and every string literal that
    could be an id (ids kept in tables); f-string prefixes (`f"label.{key}"`) name every
    id they start."""
    named: set[str] = set()
    literal: set[str] = set()
    prefixes: set[str] = set()
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named.update(re.findall(r"\b(?:msg|text)\(\s*[\"']([a-z][^\"']*)[\"']", source))
        literal.update(re.findall(r"[\"']([a-z][a-z0-9_/.-]*)[\"']", source))
        prefixes.update(re.findall(r"\bf[\"']([a-z][a-z0-9_/.-]*)\{", source))
    joined = {n for n in named if n.endswith((".", "-"))}  # `text("label." + key)`
    return named - joined, literal | named, prefixes | joined


def test_every_id_the_code_names_exists_and_every_message_is_used() -> None:
    named, literal, prefixes = _used_ids()
    known = {id for id, _ in ENTRIES}
    assert sorted(named - known) == []
    unused = [
        id
        for id in known - literal
        if not id.startswith("word.")
        and not any(id.endswith(p) for p in RULE_PARTS)
        and not any(id.startswith(p) for p in prefixes)
        and id not in rulebook.RULES  # a finding's main message is named by its code
    ]
    assert sorted(unused) == []


def _case_plans() -> list[Path]:
    return sorted(p for kind in ("invalid", "valid") for p in (CASES / kind).iterdir())


@pytest.mark.parametrize("case", _case_plans(), ids=lambda p: p.name)
def test_every_finding_renders_in_both_languages(case: Path) -> None:
    result = validate([str(case)], as_of=date(2026, 11, 27))
    dutch = Speaker("nl", result.perspectives.get("nl"))
    english = Speaker("en", result.perspectives.get("en"))
    for finding in result.findings:
        for message in (finding.message, finding.hint):
            if message is None:
                continue
            own = {str(v) for _, v in message.args if isinstance(v, str)}
            text = dutch.say(message)
            for value in sorted(own, key=len, reverse=True):
                text = text.replace(value, " ")  # plan text and ids, as the plan wrote them
            found = BLOCKLIST.findall(_prose(text))
            assert found == [], f"{finding.code}: {dutch.say(message)}"
            english.say(message)


def _run(args: list[str]) -> str:
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(SRC.parent), "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "prestatie", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return done.stdout + done.stderr


def _words(output: str, plan: Path) -> str:
    """Output without what the plan itself wrote: paths, ids, quoted plan text."""
    out = _SPANS.sub(" ", output)
    out = re.sub(r"\S+\.ya?ml(:\d+:\d+:)?", " ", out)
    return re.sub(r"\b[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+\b", " ", out)


def test_a_dutch_plan_is_checked_in_dutch_and_in_english_on_request() -> None:
    plan = EXAMPLES / "eenzijdig"
    dutch = _run(["validate", str(plan)])
    assert "waarschuwingen" in dutch and "tip:" in dutch
    assert BLOCKLIST.findall(_words(dutch, plan)) == []
    english = _run(["validate", str(plan), "--lang", "en"])
    assert "warnings" in english and "hint:" in english
    assert DUTCH.findall(_words(english, plan)) == []


def test_json_findings_carry_their_message_id_and_arguments() -> None:
    output = _run(["validate", str(EXAMPLES / "eenzijdig"), "--format", "json"])
    payload = json.loads(output)
    assert payload["language"] == "nl"
    first = payload["findings"][0]
    assert first["message_id"].startswith(first["code"].split("/")[0])
    assert isinstance(first["args"], dict)
    config = settings(EXAMPLES / "eenzijdig")
    assert config is not None
    speaker = config.speaker()  # perspectives by the plan's own labels
    for finding in payload["findings"]:
        again = speaker.say(_message(finding["message_id"], finding["args"]))
        assert finding["message"] == again


def _message(id: str, args: dict[str, object]) -> Msg:
    """A message back from its JSON form; nested messages are `{"id": ..., "args": ...}`."""

    def value(v: object) -> object:
        if isinstance(v, dict) and set(v) == {"id", "args"}:
            return _message(str(v["id"]), dict(v["args"]))
        if isinstance(v, list):
            return [value(x) for x in v]
        return v

    return msg(id, **{k: value(v) for k, v in args.items()})


def test_summary_line_has_plurals_in_both_languages() -> None:
    nl, en = Speaker("nl"), Speaker("en")
    args = {"errors": 1, "warnings": 7, "infos": 0, "files": 25, "items": 54}
    assert nl.text("summary.counts", **args) == (
        "1 fout, 7 waarschuwingen, 0 meldingen in 25 bestanden (54 onderdelen)"
    )
    assert en.text("summary.counts", **args) == (
        "1 error, 7 warnings, 0 info in 25 files (54 items)"
    )
    assert nl.text("summary.counts", **(args | {"files": 1, "infos": 1})).endswith(
        "1 melding in 1 bestand (54 onderdelen)"
    )


def test_numbers_and_dates_per_language() -> None:
    assert number(0.99, "nl") == "0,99" and number(0.99, "en") == "0.99"
    assert number(1380000, "nl") == "1.380.000" and number(1380000, "en") == "1,380,000"
    assert percent(85, "nl") == "85 %" and percent(85, "en") == "85%"
    assert percent(12.345, "nl", 1) == "12,3 %"
    assert number(-0.0001, "en", 2) == "0.00"
    assert long_date(date(2026, 6, 30), "nl") == "30 juni 2026"
    assert long_date("2026-06-30", "en") == "30 June 2026"
    assert long_date("2026-Q2", "en") == "2026-Q2"


def test_placeholder_formats_render_domain_words_in_the_language() -> None:
    nl = Speaker("nl", {"customer": "Klant en markt"})
    render_one = render._Formatter(nl).format_field
    assert render_one("department", "level") == "afdeling"
    assert render_one("customer", "persp") == "Klant en markt"
    assert render_one("financial", "persp") == "Financieel"
    assert render_one("increase", "dir") == "verhogen"
    assert render_one(["strategic", "department"], "level/or") == "strategisch of afdeling"
    assert render._Formatter(Speaker("en")).format_field("operational", "a-level") == (
        "an operational"
    )
    assert render_one(3, "p(bestand|bestanden)") == "3 bestanden"
    assert render_one("x" * 100, "q") == repr("x" * 59 + "…")


def test_language_is_chosen_flag_then_plan_then_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("PRESTATIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert choose_language() == "en"
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert choose_language() == "nl"
    monkeypatch.setenv("PRESTATIE_LANG", "en")
    assert choose_language() == "en"
    assert choose_language(plan="nl") == "nl"
    assert choose_language("en", plan="nl") == "en"


def test_a_missing_argument_fails_under_test_and_shows_its_name_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(render.Unrenderable):
        Speaker("en").say(msg("cli.bad-as-of"))
    monkeypatch.setattr(render, "STRICT", False)
    assert Speaker("en").say(msg("cli.bad-as-of")).startswith("--as-of {value}")
    assert Speaker("en").say(msg("no.such.id")) == "no.such.id"
