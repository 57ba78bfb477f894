"""`prestatie new` says everything in one language: the plan's, or the one `--lang` asks for.

The example plan De Gouden Korst is Dutch (`language: nl`), so without `--lang` every
prompt, confirmation and error is Dutch; `--lang en` makes all of it English.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import shown_path
from prestatie.i18n import Speaker, catalogue, msg

from .conftest import EXAMPLES

runner = CliRunner()


def shown(path: Path) -> str:
    """A path as the command shows it: relative to the current folder."""
    return shown_path(path.resolve(), Path.cwd().resolve())


def _plan(tmp_path: Path) -> Path:
    """A copy of the example with the schemas `init` gives a plan: `new` writes none."""
    from prestatie.scaffold import schemafiles

    plan = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    schemafiles.write(schemafiles.plan_copy(plan))
    return plan


def _new(plan: Path, *args: str, kind: str = "okr", **options: Any) -> Any:
    command = ["new", kind, *args, "--plan", str(plan)]
    return runner.invoke(app, command, catch_exceptions=False, **options)


def _error(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return str(lines[0])


# ----------------------------------------------------------------------------- confirmations


def test_a_dutch_plan_confirms_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.exit_code == 0, result.output
    written = (plan / "okr" / "okr-ad-zm-2-2026-q4.yaml").resolve()
    assert result.stdout == f"aangemaakt: {shown(written)} (okr OKR-AD-ZM-2-2026-Q4)\n"
    text = written.read_text(encoding="utf-8")
    assert "Beschrijf in één zin wat je dit kwartaal wilt bereiken" in text


def test_lang_en_confirms_in_english_and_writes_english_texts(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "--lang", "en")
    assert result.exit_code == 0, result.output
    written = (plan / "okr" / "okr-ad-zm-2-2026-q4.yaml").resolve()
    assert result.stdout == f"created {shown(written)} (okr OKR-AD-ZM-2-2026-Q4)\n"
    text = written.read_text(encoding="utf-8")
    assert "Describe in one sentence what you want to achieve" in text
    assert "Beschrijf" not in text


def test_the_plan_language_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESTATIE_LANG", "en")
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.stdout.startswith("aangemaakt: "), result.output


def test_a_note_about_a_place_the_plan_does_not_read_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    out = tmp_path / "buiten.yaml"
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    created, note = result.stdout.splitlines()
    assert created.startswith("aangemaakt: ") and created.endswith(" (okr OKR-AD-ZM-2-2026-Q4)")
    assert note.startswith("let op: ")
    assert f"hoort niet bij het plan (het ligt buiten de planmap {plan.resolve()})" in note
    assert note.endswith("; `prestatie validate` leest het niet")


def test_a_new_file_with_an_error_says_so_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    settings = plan / "prestatie.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "rules:\n", "rules:\n  okr/key-result-count: {severity: error, min: 3}\n", 1
        ),
        encoding="utf-8",
    )
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.exit_code == 1
    written = (plan / "okr" / "okr-ad-zm-2-2026-q4.yaml").resolve()
    created, finding = result.stdout.splitlines()
    assert created.startswith("aangemaakt: ")
    assert " fout okr/key-result-count " in finding
    assert _error(result) == (
        f"prestatie: fout: {shown(written)} is geschreven, maar bevat 1 fout; "
        "`prestatie validate` slaagt pas als dat is opgelost"
    )


# ----------------------------------------------------------------------------- errors


def test_an_unknown_parent_in_dutch_and_in_english(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    dutch = _new(plan, "--parent", "AD-ZM-22")
    assert dutch.exit_code == 2
    assert _error(dutch) == (
        "prestatie: fout: --parent 'AD-ZM-22' bestaat niet in het plan; "
        "bedoel je 'AD-ZM-2', 'AD-ZM-1' of 'OD-ZM-2'?"
    )
    english = _new(plan, "--parent", "AD-ZM-22", "--lang", "en")
    assert _error(english) == (
        "prestatie: error: --parent 'AD-ZM-22' does not exist in the plan; "
        "did you mean 'AD-ZM-2', 'AD-ZM-1' or 'OD-ZM-2'?"
    )
    far = _new(plan, "--parent", "NIETS-DAT-HIER-OP-LIJKT-1234")
    assert _error(far).endswith("--parent 'NIETS-DAT-HIER-OP-LIJKT-1234' bestaat niet in het plan")


def test_a_parent_of_the_wrong_kind_names_the_kind_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "p-0142")
    assert result.exit_code == 2
    line = _error(result)
    assert line.startswith("prestatie: fout: --parent 'p-0142' is een persoon; ")
    assert "een nieuwe OKR hoort onder een doelstelling, een kernresultaat" in line
    english = _error(_new(plan, "--parent", "p-0142", "--lang", "en", kind="ogsm"))
    assert english == (
        "prestatie: error: --parent 'p-0142' is a person; a new OGSM derives from the "
        "mission, a goal or an OGSM strategy (OGSM-X/S1)"
    )


def test_an_existing_output_file_without_force_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    empty = plan / "mijn-okr.yaml"
    empty.write_text("# bewaar mij\n", encoding="utf-8")
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(empty))
    assert result.exit_code == 2
    assert _error(result).endswith(": bestaat al; gebruik --force om het te overschrijven")
    assert empty.read_text(encoding="utf-8") == "# bewaar mij\n"
    held = _new(plan, "--parent", "AD-ZM-2", "--id", "ZAKELIJKE-MARKT-2026-Q3")
    line = _error(held)
    assert "bestaat al en bevat OKR OKR-ZM-2026-Q3, OKR OKR-ZM-ZORG-2026-Q3;" in line
    assert line.endswith("; kies een andere --id of -o")
    goals = _new(plan, "--parent", "AD-ZM-2", "-o", str(plan / "departments" / "winkels.yaml"))
    assert "bestaat al en bevat lijst met doelstellingen;" in _error(goals)
    english = _new(plan, "--parent", "AD-ZM-2", "-o", str(empty), "--lang", "en")
    assert _error(english).endswith(": already exists; use --force to overwrite it")


def test_output_the_plan_does_not_read_is_refused_in_dutch(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(plan / "okr.txt"))
    assert result.exit_code == 2
    line = _error(result)
    assert line.startswith("prestatie: fout: ") and ": hoort niet bij het plan (" in line
    assert line.endswith("; kies een andere -o, of geef --force om het toch te schrijven")


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        ([], "--parent is verplicht: de doelstelling of het kernresultaat waaraan deze OKR"),
        (["--parent", "AD-ZM-2", "--period", "Q3 2026"], "gebruik een periode zoals 2026, "),
        (["--parent", "AD-ZM-2", "--id", "OKR X"], "een id bevat geen spaties en geen '/'"),
        (["--parent", "AD-ZM-2", "--id", "X" * 201], "hoogstens 200 tekens (deze heeft er 201)"),
        (["--parent", "AD-ZM-2", "--id", "OKR-ZM-2026-Q3"], "wordt al gebruikt in het plan"),
        (["--parent", "AD-ZM-2", "--owner", "Hoofd\udcff"], "--owner: de waarde is geen UTF-8"),
    ],
    ids=["no-parent", "period", "id-pattern", "id-length", "id-used", "not-utf8"],
)
def test_a_request_that_cannot_be_met_is_refused_in_dutch(
    tmp_path: Path, args: list[str], dutch: str
) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, *args)
    assert result.exit_code == 2
    line = _error(result)
    assert line.startswith("prestatie: fout: ") and dutch in line, line
    assert result.stdout == ""


def test_an_error_before_the_plan_is_read_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lone = tmp_path / "los.yaml"  # a file outside any plan: no plan folder to write into
    lone.write_text("kind: goal\n", encoding="utf-8")
    monkeypatch.setenv("PRESTATIE_LANG", "nl")
    dutch = runner.invoke(app, ["new", "okr", "--plan", str(lone)], catch_exceptions=False)
    assert _error(dutch) == (
        "prestatie: fout: `prestatie new` werkt binnen een planmap (met prestatie.yaml); "
        "`prestatie init` begint er een"
    )
    english = runner.invoke(
        app, ["new", "okr", "--plan", str(lone), "--lang", "en"], catch_exceptions=False
    )
    assert _error(english) == (
        "prestatie: error: `prestatie new` works inside a plan folder (with prestatie.yaml); "
        "`prestatie init` starts one"
    )


# ----------------------------------------------------------------------------- prompts


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from prestatie.cli import prompt

    monkeypatch.setattr(prompt, "interactive", lambda: True)


def test_prompts_ask_in_dutch(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--period", "2026-Q4", input="AD-ZM-2\nMeer vaste klanten\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Bovenliggende doelstelling of kernresultaat (id): "
        "Doelstelling (één zin, in woorden; Enter om over te slaan): aangemaakt: "
    ), result.stdout


def test_input_ending_at_a_prompt_in_dutch(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, input="")
    assert result.exit_code == 2
    assert _error(result) == (
        "prestatie: fout: geen antwoord op 'Bovenliggende doelstelling of kernresultaat (id)' "
        "(de invoer is beëindigd); er is niets geschreven"
    )
    english = _new(plan, "--lang", "en", input="AD-ZM-2\n")
    assert _error(english) == (
        "prestatie: error: no answer to 'Objective (one sentence, in words; Enter to skip)' "
        "(input ended); nothing was written"
    )


def test_ctrl_c_at_a_prompt_in_dutch(
    tmp_path: Path, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", interrupted)
    result = _new(_plan(tmp_path))
    assert result.exit_code == 130
    assert _error(result) == "prestatie: fout: onderbroken bij een vraag; er is niets geschreven"


# ----------------------------------------------------------------------------- texts


@pytest.mark.parametrize("command", [["new"], ["new", "okr"], ["new", "ogsm"]])
def test_help_shows_no_python_type_names(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert not re.search(r"<(bool|str|int|float|path|list\[str\])>", result.stdout), result.stdout
    if command != ["new"]:
        assert "nl|en" in result.stdout  # --lang


def test_counts_and_domain_words_render_in_dutch() -> None:
    nl, en = Speaker("nl"), Speaker("en")
    written = msg("new.written-with-errors", path="okr/x.yaml", errors=2)
    assert nl.say(written).startswith("okr/x.yaml is geschreven, maar bevat 2 fouten;")
    assert en.say(written).startswith("okr/x.yaml is written but has 2 errors;")
    wrong = msg("new.wrong-parent.okr", parent="SC-1", found="scorecard")
    assert nl.say(wrong).startswith("--parent 'SC-1' is een scorekaart; ")
    assert en.say(wrong).startswith("--parent 'SC-1' is a scorecard; ")
    kinds = msg("new.unknown-kind", kind="swot", kinds=["okr", "ogsm"])
    assert nl.say(kinds) == "kan geen 'swot' aanmaken; kies uit: okr, ogsm"
    taken = msg("new.ids-taken", path="okr/x.yaml", attempts=1000)
    assert "1.000 id's na elkaar" in nl.say(taken)


#: English words a Dutch text never uses (outside `backticks` and placeholders).
ENGLISH = re.compile(
    r"\b(perspective|level|strategic|financial|goal|measure|error|warning)s?\b", re.I
)
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::[^}]*)?\}")


def test_every_new_message_is_complete_in_both_languages() -> None:
    ids = [i for i in catalogue.every_id() if i.startswith("new.")]
    assert len(ids) > 20
    for id in ids:
        texts = catalogue.entry(id)
        assert texts is not None and set(texts) == {"en", "nl"}, id
        assert set(PLACEHOLDER.findall(texts["en"])) == set(PLACEHOLDER.findall(texts["nl"])), id
        dutch = re.sub(r"`[^`]*`|\{[^}]*\}", "", texts["nl"])
        assert not ENGLISH.search(dutch), (id, texts["nl"])
