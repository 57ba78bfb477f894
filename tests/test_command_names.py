"""Every `prestatie X` a message, a hint, a help text or the README names is a command
the app has: a user who follows the advice never gets "No such command"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer

from prestatie.cli import app
from prestatie.i18n import catalogue

from .conftest import ROOT

#: `prestatie validate --strict`, `prestatie new okr|ogsm` in a catalogue text.
QUOTED = re.compile(r"`prestatie ([^`]*)`")
WORD = re.compile(r"[a-z][a-z0-9-]*(?:\|[a-z][a-z0-9-]*)*")


def _tree() -> Any:
    return typer.main.get_command(app)


def unknown_command(words: str) -> str | None:
    """The first word of `prestatie <words>` that is not a command of the app, or None.

    A command group takes the next word as its subcommand (`new okr`, or `new okr|ogsm`
    for both); anything else after a command (`CODE`, `--lang`, a path) is an argument.
    """
    command = _tree()
    for token in words.split():
        group = getattr(command, "commands", None)
        if group is None or not WORD.fullmatch(token):
            return None
        names = token.split("|")
        missing = [name for name in names if name not in group]
        if missing:
            return missing[0]
        command = group[names[0]]
    return None


def _catalogue_texts() -> Iterator[tuple[str, str, str]]:
    for id in catalogue.every_id():
        for lang, text in (catalogue.entry(id) or {}).items():
            yield id, lang, text


def _readme_commands() -> Iterator[str]:
    """`prestatie ...` in the README: the lines of its shell examples and inline code."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", readme, re.S):
        for line in block.splitlines():
            if line.startswith("prestatie "):
                yield line.split("#")[0].removeprefix("prestatie ")
    yield from QUOTED.findall(readme)


def _help_examples() -> Iterator[tuple[str, str]]:
    stack = [("prestatie", _tree())]
    while stack:
        path, command = stack.pop()
        for line in (command.help or "").splitlines():
            if line.strip().startswith("prestatie "):
                yield path, line.strip().split("#")[0].removeprefix("prestatie ")
        for name, sub in getattr(command, "commands", {}).items():
            stack.append((f"{path} {name}", sub))


def test_the_check_itself() -> None:
    assert unknown_command("validate --strict") is None
    assert unknown_command("new okr|ogsm") is None
    assert unknown_command("new okr --parent AD-1") is None
    assert unknown_command("explain CODE") is None
    assert unknown_command("init acme --org Acme") is None
    assert unknown_command("schema okr") is None
    assert unknown_command("schemas okr") == "schemas"
    assert unknown_command("inti") == "inti"
    assert unknown_command("new kpi") == "kpi"
    assert unknown_command("new okr|kpi") == "kpi"


def test_every_command_a_message_or_hint_names_exists() -> None:
    named = 0
    wrong = []
    for id, lang, text in _catalogue_texts():
        for words in QUOTED.findall(text):
            named += 1
            missing = unknown_command(words)
            if missing is not None:
                wrong.append(f"{id} ({lang}): `prestatie {words}`")
    assert named > 20  # the catalogue does point users at commands
    assert wrong == []


@pytest.mark.parametrize("source", ["README", "help"])
def test_every_command_the_readme_and_the_help_show_exists(source: str) -> None:
    if source == "README":
        found = [("README.md", words) for words in _readme_commands()]
    else:
        found = list(_help_examples())
    assert len(found) > 10
    wrong = [f"{where}: prestatie {words}" for where, words in found if unknown_command(words)]
    assert wrong == []
