"""Plan text in every output: short when quoted, never acted on by the terminal, and
written whatever the encoding of stdout; memory trouble ends in one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import EXCERPT, MAX_TEXT, Finding, clip, quote
from prestatie.i18n import Speaker, msg
from prestatie.render.common import markup_safe, terminal_safe

from .conftest import CASES, EXAMPLES

#: What a hostile title may try on a terminal: clear the screen, reverse the text
#: direction, open a hyperlink, switch on rich styles.
HOSTILE = (
    "Omzet \x1b[2J\x1b[H groeit \u202etxet\u202c [bold red]LUID[/bold red] "
    "[link=https://x.example]klik[/link] \x07\x9b"
)


def _plan(root: Path, title: str = HOSTILE, *, swot: str = HOSTILE) -> Path:
    shutil.copytree(CASES / "valid" / "all-kinds", root)
    goals = root / "goals.yaml"
    goals.write_text(
        goals.read_text(encoding="utf-8").replace(
            "title: Omzet zakelijke markt groeit naar 1,38 mln", f"title: {json.dumps(title)}"
        ),
        encoding="utf-8",
    )
    mission = root / "mission.yaml"
    mission.write_text(
        mission.read_text(encoding="utf-8").replace(
            "text: Vakmanschap", f"text: {json.dumps(swot)}"
        ),
        encoding="utf-8",
    )
    return root


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "prestatie", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, **(env or {})},
        check=False,
        timeout=120,
    )


def test_quote_and_clip_keep_an_excerpt() -> None:
    assert quote("Omzet groeit") == "'Omzet groeit'"
    long = "x" * 10_000
    assert clip(long) == "x" * (EXCERPT - 1) + "…"
    assert len(quote(long)) == EXCERPT + 2
    finding = Finding(
        "yaml/unknown-tag",
        msg("yaml/unknown-tag", tag=long),
        "a.yaml",
        1,
        1,
        hint=msg("source.path", path=long, reason=msg("source.os.eacces")),
    )
    for speaker in (Speaker("en"), Speaker("nl")):
        message = speaker.say(finding.message)
        assert f"'{'x' * (EXCERPT - 1)}…'" in message and len(message) < 200
        assert finding.hint is not None
        hint = speaker.say(finding.hint)
        assert len(hint) == MAX_TEXT and hint.endswith("…")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_5_mb_title_is_quoted_as_a_short_excerpt(tmp_path: Path, fmt: str) -> None:
    huge = "verbeteren " + "a" * 5_000_000
    plan = _plan(tmp_path / "plan", huge, swot="Vakmanschap")
    result = _run("validate", "--path-base", "root", str(plan), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout) < 20_000
    if fmt == "json":
        findings = json.loads(result.stdout)["findings"]
        vague = [f for f in findings if f["code"] == "smart/vague"]
        assert [(f["file"], f["line"]) for f in vague] == [("goals.yaml", 6)]
        for f in findings:
            assert len(f["message"]) <= MAX_TEXT and len(f["hint"] or "") <= MAX_TEXT
        assert "'verbeteren aaaa" in vague[0]["message"] and "…'" in vague[0]["message"]
    else:
        assert "goals.yaml:6:12: waarschuwing smart/vague" in result.stdout  # the plan is Dutch


def test_a_5_mb_id_is_clipped_in_every_field(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan", "Omzet groeit")
    goals = plan / "goals.yaml"
    huge = "SD-" + "9" * 5_000_000
    goals.write_text(
        goals.read_text(encoding="utf-8").replace("parent: SD-1", f"parent: {huge}"),
        encoding="utf-8",
    )
    result = _run("validate", "--path-base", "root", str(plan), "--format", "json")
    assert result.returncode == 1
    assert len(result.stdout) < 20_000
    unknown = [
        f for f in json.loads(result.stdout)["findings"] if f["code"] == "ref/unknown-parent"
    ]
    assert [(f["file"], f["line"]) for f in unknown] == [("goals.yaml", 26)]
    assert len(unknown[0]["message"]) <= MAX_TEXT
    assert "SD-9999" in unknown[0]["message"]


def test_terminal_safe_and_markup_safe() -> None:
    assert terminal_safe("plain Dutch: één, ½ €") == "plain Dutch: één, ½ €"
    shown = terminal_safe(HOSTILE)
    assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert "\\x1b[2J" in shown and "\\u202e" in shown and "\\x9b" in shown
    assert all(ch.isprintable() for ch in terminal_safe("a\u2028b\u2029c\x85d\ufeffe\u00a0"))
    assert markup_safe("[bold]x[/bold]") == "\\[bold]x\\[/bold]"


def _terminal_clean(output: str) -> None:
    assert "\x1b" not in output and "\u202e" not in output and "\x07" not in output
    assert "\x9b" not in output
    assert all(ch in "\n" or ch.isprintable() for ch in output), repr(
        [ch for ch in output if not ch.isprintable() and ch != "\n"][:5]
    )


@pytest.mark.parametrize(
    ("command", "shows"),
    [
        (["tree"], "[bold red]LUID[/bold red]"),
        (["analysis"], "[link=https://x.example]klik[/link]"),
        (["balance", "--by", "unit"], "Verkoop"),
    ],
)
def test_plan_text_never_acts_on_the_terminal(
    tmp_path: Path, command: list[str], shows: str
) -> None:
    plan = _plan(tmp_path / "plan")
    runner = CliRunner()
    for color in ("never", "always"):
        env = {"FORCE_COLOR": "1"} if color == "always" else {"NO_COLOR": "1"}
        result = runner.invoke(app, [*command, str(plan)], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        text = result.output
        if color == "always":
            text = _strip_sgr(text)
        _terminal_clean(text)
        assert shows in text.replace("\n", "")


def _strip_sgr(text: str) -> str:
    """Drop the colour codes the tool itself writes (ESC [ … m), nothing else."""
    import re

    return re.sub("\x1b\\[[0-9;]*m", "", text)


def test_cli_errors_show_arguments_safely(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan", "Omzet groeit")
    result = _run("tree", str(plan), "--from", "E\x1b[2JX" + "y" * 10_000)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr
    assert len(result.stderr) <= MAX_TEXT + 40


@pytest.mark.parametrize("command", [["tree"], ["balance"], ["analysis"], ["validate"]])
@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_any_stdout_encoding(command: list[str], encoding: str) -> None:
    plan = EXAMPLES / "gouden-korst"
    result = _run(*command, str(plan), env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip()


def test_running_out_of_memory_is_one_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "dense.yaml").write_text(
        "kind: goals\ngoals:\n  - id: X\n    title: t\n    tags: ["
        + ",".join(["0"] * 2_000_000)
        + "]\n",
        encoding="utf-8",
    )
    result = _run("validate", "--path-base", "root", str(plan), env={"PRESTATIE_MAX_MEMORY": "150"})
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stderr.startswith("prestatie: error: out of memory")
    assert "PRESTATIE_MAX_MEMORY" in result.stderr
    assert result.stderr.count("\n") == 1


def test_ctrl_c_during_a_command_is_one_line(tmp_path: Path) -> None:
    import signal
    import time

    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "prestatie.yaml").write_text("kind: plan\nname: diep\nperiod: 2026\n")
    (plan / "mission.yaml").write_text("kind: mission\norganisation: X\nmission: m\n")
    goals = ["kind: goals", "defaults: {owner: B}", "goals:"]
    parent = "mission"
    for index in range(20_000):
        goals.append(f"  - {{id: G{index}, level: strategic, title: t, parent: {parent}}}")
        parent = f"G{index}"
    (plan / "goals.yaml").write_text("\n".join(goals) + "\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "prestatie", "tree", str(plan)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)  # well inside the run: drawing 20,000 levels takes far longer
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err == "prestatie: error: interrupted\n"
