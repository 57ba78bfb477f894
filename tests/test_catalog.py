"""The rule catalogue: the register, the texts beside the rules, and the codes raised."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from prestatie.format import rulebook
from prestatie.rules import catalog

SRC = Path(__file__).resolve().parents[1] / "src" / "prestatie"
TEXTS = SRC / "i18n" / "catalogue"
CODE = re.compile(r"\"([a-z]+/[a-z][a-z-]*)\"")


def _raised_codes() -> set[str]:
    """Every rule code written as a string literal in the package, the register aside."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name != "rulebook.py":
            found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return {code for code in found if code.split("/", 1)[0] in rulebook.FAMILY_ORDER}


def test_every_raised_code_is_registered_and_every_registered_code_is_raised() -> None:
    raised = _raised_codes()
    assert sorted(raised - set(rulebook.RULES)) == []
    assert sorted(set(rulebook.RULES) - raised) == []


def test_every_rule_has_all_texts_in_both_languages() -> None:
    for code, rule in catalog.RULES.items():
        for part in catalog.PARTS:
            text = getattr(rule, part)
            assert text.en.strip() and text.nl.strip(), (code, part)
        assert "\n" not in rule.title.en and "\n" not in rule.title.nl, code


def test_no_text_exists_for_a_code_nothing_raises() -> None:
    written: set[str] = set()
    for family in rulebook.FAMILY_ORDER:
        path = TEXTS / f"{family}.yaml"
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for id, texts in data.items():
            code, _, part = id.partition(".")
            assert code.split("/", 1)[0] == path.stem, (path.name, id)
            assert set(texts) == {"en", "nl"}, id
            if part in catalog.PARTS:
                written.add(code)
    assert written == set(rulebook.RULES)


def test_texts_are_tidied_into_paragraphs_with_examples_kept() -> None:
    fix = catalog.RULES["file/unreadable"].fix.en
    assert fix.startswith("Check the file's permissions and that it still exists; repair")
    assert '\n    exclude: ["archief/**"]' in fix
    assert catalog.get(" SMART/Vague ") is catalog.RULES["smart/vague"]
    assert catalog.families()[:3] == ["file", "yaml", "schema"]
