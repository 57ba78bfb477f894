"""`prestatie new` in ordinary and hostile situations: nothing lost, nothing half-written.

Every case checks the exit code, the one line on stderr and what is (or is not) on disk.
"""

from __future__ import annotations

import errno
import functools
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.findings import shown_path
from prestatie.scaffold.new import yaml_scalar
from prestatie.source.reader import parse_text

from .conftest import EXAMPLES, ROOT

runner = CliRunner()


def shown(path: Path) -> str:
    """A path as the command shows it: relative to the current folder."""
    return shown_path(path.resolve(), Path.cwd().resolve())


HANG_GUARD = 120  # seconds; only to turn a hang into a failure, never a benchmark

#: Characters that once broke a scaffolded file or changed a value on the way back.
HOSTILE_CHARACTERS = [
    "\x00",
    "\x07",
    "\t",
    "\n",
    "\r",
    "\x1b",
    "\x7f",
    "\x80",
    "\x85",
    "\x9b",
    "\xa0",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\U0001f600",
    '"',
    "\\",
    "'",
    "#",
    ": ",
]


# ----------------------------------------------------------------------------- helpers


def _plan(tmp_path: Path) -> Path:
    """A copy of the example with the schemas `init` gives a plan: `new` writes none."""
    from prestatie.scaffold import schemafiles

    plan = tmp_path / "gouden-korst"
    shutil.copytree(EXAMPLES / "gouden-korst", plan)
    schemafiles.write(schemafiles.plan_copy(plan))
    return plan


def _new(plan: Path, *args: str, kind: str = "okr", lang: str = "en") -> Any:
    """`prestatie new` on `plan`; in English unless `lang` says otherwise (the plan is Dutch)."""
    command = ["new", kind, *args, "--plan", str(plan), "--lang", lang]
    return runner.invoke(app, command, catch_exceptions=False)


def _leftovers(folder: Path) -> list[str]:
    """Temporary files a write left behind (hidden names, never read by the plan)."""
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


def _stderr_line(result: Any) -> str:
    """The one line a failed run writes on stderr: `prestatie: error: ...`."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("prestatie: error: "), lines[0]
    assert "internal error" not in lines[0] and "bug" not in lines[0], lines[0]
    return str(lines[0])


def _process_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


@pytest.fixture
def umask() -> Iterator[None]:
    """A normal umask for the test, the previous one afterwards."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _document(path: Path) -> dict[str, Any]:
    """The first document of a file, read by the plan's own reader; no finding allowed."""
    source = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert source.findings == []
    data = source.documents[0].data
    assert isinstance(data, dict)
    return data


# ----------------------------------------------------------------------------- YAML text


@settings(max_examples=400, deadline=None)
@given(value=st.text())
def test_yaml_scalar_reads_back_as_the_same_text(value: str) -> None:
    source = parse_text(f"key: {yaml_scalar(value)}  # a comment\nnext: 1\n", "t.yaml")
    assert source.findings == []
    assert source.documents[0].data == {"key": value, "next": 1}


@functools.cache
def _shipped_plan() -> Any:
    """The example plan, loaded once; `prepare` only reads it."""
    from prestatie.model.plan import load
    from prestatie.source.files import Target

    return load(Target(EXAMPLES / "gouden-korst", True, None))


@settings(max_examples=200, deadline=None)
@given(value=st.text(min_size=1), kind=st.sampled_from(["okr", "ogsm"]))
def test_a_rendered_plan_file_reads_back_with_the_same_values(value: str, kind: str) -> None:
    from datetime import date

    from prestatie.scaffold.new import NewRequest, prepare

    parent = "AD-ZM-2" if kind == "okr" else None
    request = NewRequest(kind, parent, "2026-Q4", None, value, value)
    made = prepare(_shipped_plan(), request, date(2026, 11, 1))
    source = parse_text(made.text, "new.yaml")
    assert source.findings == []
    data = source.documents[0].data
    assert (data["owner"], data["objective"], data["id"]) == (value, value, made.id)


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_yaml_scalar_escapes_what_a_reader_would_refuse_or_change(character: str) -> None:
    value = f"a{character}b"
    written = yaml_scalar(value)
    assert "\n" not in written and "\r" not in written
    assert all(ch.isprintable() for ch in written)
    source = parse_text(f"key: {written}\n", "t.yaml")
    assert source.findings == []
    assert source.documents[0].data["key"] == value


def test_yaml_scalar_refuses_a_lone_surrogate() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        yaml_scalar("E\udcff")


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_new_writes_values_from_the_command_line_back_exactly(
    tmp_path: Path, character: str
) -> None:
    plan = _plan(tmp_path)
    value = f"Hoofd{character}Zakelijke Markt"
    result = _new(
        plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "--owner", value, "--objective", value
    )
    assert result.exit_code == 0, result.output
    data = _document(plan / "okr" / "okr-ad-zm-2-2026-q4.yaml")
    assert (data["owner"], data["objective"], data["parent"]) == (value, value, "AD-ZM-2")


@pytest.mark.parametrize("character", HOSTILE_CHARACTERS)
def test_new_writes_values_from_the_plan_back_exactly(tmp_path: Path, character: str) -> None:
    """The parent's owner, unit and strategy text come from the plan; so does the parent id."""
    plan = _plan(tmp_path)
    value = f"Strategie{character}met tekens"
    ogsm = _new(
        plan, "--id", "OGSM-PARENT", "--objective", value, "--owner", value, kind="ogsm", lang="nl"
    )
    assert ogsm.exit_code == 0, ogsm.output
    path = plan / "ogsm" / "ogsm-parent.yaml"
    text = path.read_text(encoding="utf-8").replace(
        'text: "Strategie 2: de keuze in woorden"', f"text: {yaml_scalar(value)}", 1
    )
    path.write_text(text, encoding="utf-8")
    child = _new(plan, "--parent", "OGSM-PARENT/S2", kind="ogsm", lang="nl")
    assert child.exit_code == 0, child.output
    data = _document(plan / "ogsm" / "ogsm-parent-s2.yaml")
    assert (data["objective"], data["owner"], data["parent"]) == (value, value, "OGSM-PARENT/S2")


def test_new_writes_a_parent_id_with_control_characters_back_exactly(tmp_path: Path) -> None:
    """An id may hold DEL, C1 controls and bidi overrides; value and comment stay one line."""
    plan = _plan(tmp_path)
    odd = "AD-ZM-2\u202e\x7f\x9b"
    goals = plan / "departments" / "zakelijke-markt.yaml"
    text = goals.read_text(encoding="utf-8")
    goals.write_text(
        text.replace("  - id: AD-ZM-2\n", '  - id: "AD-ZM-2\\u202e\\x7f\\x9b"\n', 1),
        encoding="utf-8",
    )
    result = _new(plan, "--parent", odd, "--period", "2026-Q4", lang="nl")
    assert result.exit_code == 0, result.output
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    data = _document(written)
    assert (data["parent"], data["perspective"]) == (odd, "klant")  # Dutch, as the run
    lines = written.read_text(encoding="utf-8").splitlines()
    assert 'perspective: "klant"  # overgenomen van AD-ZM-2\\u202e\\u007f\\u009b' in lines


# ----------------------------------------------------------------------------- writing


def test_a_new_file_gets_the_usual_mode(tmp_path: Path, umask: None) -> None:
    plan = _plan(tmp_path)
    assert _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4").exit_code == 0
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    os.umask(0o027)
    assert _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q3").exit_code == 0
    assert stat.S_IMODE((plan / "okr" / "okr-ad-zm-2-2026-q3.yaml").stat().st_mode) == 0o640
    assert _leftovers(plan) == []


def test_force_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, umask: None) -> None:
    plan = _plan(tmp_path)
    out = plan / "mijn-okr.yaml"
    out.write_text("# keep me\n", encoding="utf-8")
    out.chmod(0o640)
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert "kind: okr" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert _leftovers(plan) == []


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda folder: folder.write_text("x\n", encoding="utf-8"), "is a file, not a folder"),
        (lambda folder: folder.symlink_to(folder.parent / "gone"), "which does not exist"),
        (lambda folder: folder.symlink_to(folder.parents[1] / "gone"), "which does not exist"),
        (lambda folder: folder.symlink_to(folder), "too many levels of symbolic links"),
    ],
    ids=["file", "dangling-symlink", "dangling-symlink-outside", "symlink-loop"],
)
def test_the_okr_folder_that_is_not_a_folder(tmp_path: Path, make: Any, reason: str) -> None:
    plan = _plan(tmp_path)
    shutil.rmtree(plan / "okr")
    make(plan / "okr")
    result = _new(plan, "--parent", "AD-ZM-2")
    assert result.exit_code == 2
    line = _stderr_line(result)
    assert line.endswith(reason) and "okr" in line, line
    assert result.stdout == ""
    assert _leftovers(plan) == []


@pytest.mark.parametrize("where", ["folder", "file"])
def test_a_read_only_plan_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """A read-only file system refuses both making the okr folder and a file in it."""
    plan = _plan(tmp_path)
    if where == "folder":
        shutil.rmtree(plan / "okr")
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        flags = args[0] if args else 0
        if str(path).startswith(str(plan)) and (flags & os.O_CREAT or not args):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return (real_open if args else real_mkdir)(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(os, "mkdir", refuse)
    result = _new(plan, "--parent", "AD-ZM-2")
    monkeypatch.undo()
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("(read-only file system)")
    if where == "folder":
        assert not (plan / "okr").exists()
    else:
        assert sorted(p.name for p in (plan / "okr").iterdir()) == sorted(
            p.name for p in (EXAMPLES / "gouden-korst" / "okr").iterdir()
        )
    assert _leftovers(plan) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_plan_folder_without_write_permission(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    (plan / "okr").chmod(0o555)
    try:
        result = _new(plan, "--parent", "AD-ZM-2")
    finally:
        (plan / "okr").chmod(0o755)
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("(permission denied)")
    assert _leftovers(plan) == []


def test_a_file_name_longer_than_the_file_system_allows(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    shutil.rmtree(plan / "okr")
    long_id = "É" * 150  # a valid id of 150 characters, 300 bytes in a file name
    result = _new(plan, "--parent", "AD-ZM-2", "--id", long_id)
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("(file name too long)")
    assert not (plan / "okr").exists()  # the folder made for the file is gone again
    assert _leftovers(plan) == []


SIGNALLED = """
import os, signal, sys
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.{name})
os.fsync = fsync
sys.argv = ["prestatie", *sys.argv[1:]]
from prestatie.__main__ import main
main()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_the_write_removes_the_temporary_file(tmp_path: Path, name: str) -> None:
    plan = _plan(tmp_path)
    args = ["new", "okr", "--parent", "AD-ZM-2", "--period", "2026-Q4", "--plan", str(plan)]
    args += ["--lang", "en"]
    result = subprocess.run(
        [sys.executable, "-c", SIGNALLED.format(name=name), *args],
        capture_output=True,
        text=True,
        env=_process_env(),
        timeout=HANG_GUARD,
        check=False,
    )
    assert result.returncode == 128 + getattr(signal, name), result.stderr
    assert _stderr_line(result).endswith(f"stopped by {name}")
    assert not (plan / "okr" / "okr-ad-zm-2-2026-q4.yaml").exists()
    assert _leftovers(plan) == []


def test_without_hard_links_the_name_is_claimed_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: None
) -> None:
    """File systems without hard links (FAT, some network shares) use O_EXCL instead."""
    plan = _plan(tmp_path)

    def no_link(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    assert _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4").exit_code == 0
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    assert _document(written)["id"] == "OKR-AD-ZM-2-2026-Q4"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    again = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "-o", str(written))
    assert again.exit_code == 2
    assert _document(written)["id"] == "OKR-AD-ZM-2-2026-Q4"
    assert _leftovers(plan) == []


# ----------------------------------------------------------------------------- races


def _intruder(monkeypatch: pytest.MonkeyPatch, path: Path, text: str) -> None:
    """Make `path` appear once, between the plan being read and the new file's name."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        real_fsync(fd)
        if not path.exists():
            path.write_text(text, encoding="utf-8")

    monkeypatch.setattr(os, "fsync", fsync)


INTRUDER = "kind: okr\nid: OKR-OTHER\n# written by another run\n"


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_a_generated_id_taken_meanwhile_gets_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: list[str]
) -> None:
    """--force is about a name the user gave; a generated name is never written over."""
    plan = _plan(tmp_path)
    first = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    _intruder(monkeypatch, first, INTRUDER)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", *force)
    assert result.exit_code == 0, result.output
    second = (plan / "okr" / "okr-ad-zm-2-2026-q4-2.yaml").resolve()
    assert result.stdout.splitlines()[0] == f"created {shown(second)} (okr OKR-AD-ZM-2-2026-Q4-2)"
    assert first.read_text(encoding="utf-8") == INTRUDER
    assert _document(plan / "okr" / "okr-ad-zm-2-2026-q4-2.yaml")["id"] == "OKR-AD-ZM-2-2026-Q4-2"
    assert _leftovers(plan) == []


@pytest.mark.parametrize("given", ["--id", "-o"])
def test_a_given_name_taken_meanwhile_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    plan = _plan(tmp_path)
    path = plan / "okr" / "mine.yaml"
    _intruder(monkeypatch, path, INTRUDER)
    value = "MINE" if given == "--id" else str(path)
    result = _new(plan, "--parent", "AD-ZM-2", given, value)
    assert result.exit_code == 2
    line = _stderr_line(result)
    assert line.endswith("already exists; choose another --id or -o"), line
    assert "--force" not in line
    assert result.stdout == ""
    assert path.read_text(encoding="utf-8") == INTRUDER
    assert _leftovers(plan) == []


def test_a_generated_id_never_lands_on_another_items_file(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    taken = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    taken.write_text(INTRUDER, encoding="utf-8")
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.exit_code == 0, result.output
    assert "(okr OKR-AD-ZM-2-2026-Q4-2)" in result.stdout
    assert taken.read_text(encoding="utf-8") == INTRUDER


def test_a_file_with_other_items_is_never_offered_to_force(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    held = plan / "okr" / "zakelijke-markt-2026-q3.yaml"
    before = held.read_bytes()
    result = _new(plan, "--parent", "AD-ZM-2", "--id", "ZAKELIJKE-MARKT-2026-Q3")
    assert result.exit_code == 2
    line = _stderr_line(result)
    assert "already exists and holds okr OKR-ZM-2026-Q3" in line, line
    assert line.endswith("choose another --id or -o") and "--force" not in line
    assert held.read_bytes() == before


def test_a_file_without_items_may_be_forced(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    out = plan / "mijn-okr.yaml"
    out.write_text("# keep me\n", encoding="utf-8")
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(out))
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("already exists; use --force to overwrite it")
    assert out.read_text(encoding="utf-8") == "# keep me\n"


RACE = """
import os, sys, time
import jinja2, prestatie.cli.app, prestatie.rules.engine, prestatie.scaffold.new
barrier, count = sys.argv[1], int(sys.argv[2])
open(os.path.join(barrier, str(os.getpid())), "w").close()
deadline = time.monotonic() + 60
while len(os.listdir(barrier)) < count and time.monotonic() < deadline:
    time.sleep(0.002)
sys.argv = ["prestatie", *sys.argv[3:]]
from prestatie.__main__ import main
main()
"""

RUNS = 4


def _race(tmp_path: Path, *args: str) -> list[subprocess.CompletedProcess[str]]:
    """RUNS processes that start `prestatie new` at the same moment."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    command = [sys.executable, "-c", RACE, str(barrier), str(RUNS), "new", "okr", *args]
    command += ["--lang", "en"]
    runs = [
        subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_process_env(),
        )
        for _ in range(RUNS)
    ]
    done = []
    for run in runs:
        stdout, stderr = run.communicate(timeout=HANG_GUARD)
        done.append(subprocess.CompletedProcess(command, run.returncode, stdout, stderr))
    return done


def test_concurrent_runs_each_write_their_own_file(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    runs = _race(tmp_path, "--parent", "AD-ZM-2", "--period", "2026-Q4", "--plan", str(plan))
    assert [r.returncode for r in runs] == [0] * RUNS, [r.stderr for r in runs]
    ids = {r.stdout.splitlines()[0].rsplit(" ", 1)[1].rstrip(")") for r in runs}
    expected = {"OKR-AD-ZM-2-2026-Q4", *(f"OKR-AD-ZM-2-2026-Q4-{n}" for n in range(2, RUNS + 1))}
    assert ids == expected
    for item_id in expected:
        assert _document(plan / "okr" / f"{item_id.lower()}.yaml")["id"] == item_id
    check = runner.invoke(app, ["validate", str(plan), "-f", "json"], catch_exceptions=False)
    assert "ref/duplicate-id" not in check.stdout
    assert _leftovers(plan) == []


def test_concurrent_runs_with_one_id_write_it_once(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    runs = _race(tmp_path, "--parent", "AD-ZM-2", "--id", "OKR-ONCE", "--plan", str(plan))
    codes = sorted(r.returncode for r in runs)
    assert codes == [0] + [2] * (RUNS - 1), [r.stderr for r in runs]
    for refused in (r for r in runs if r.returncode == 2):
        line = _stderr_line(refused)  # taken while it ran, or before it read the plan
        assert line.endswith(
            (
                "okr-once.yaml: already exists; choose another --id or -o",
                "--id 'OKR-ONCE' is already used in the plan",
            )
        ), line
    assert _document(plan / "okr" / "okr-once.yaml")["id"] == "OKR-ONCE"
    assert _leftovers(plan) == []


# ----------------------------------------------------------------------------- arguments


def _unchanged(plan: Path) -> None:
    """Nothing was written: the okr folder is as shipped, and no temporary file is left."""
    shipped = EXAMPLES / "gouden-korst" / "okr"
    assert sorted(p.name for p in (plan / "okr").iterdir()) == sorted(
        p.name for p in shipped.iterdir()
    )
    assert _leftovers(plan) == []


@pytest.mark.parametrize(
    ("item_id", "reason"),
    [
        ("OKR X", "an id has no spaces and no '/'"),
        ("OKR/X", "an id has no spaces and no '/'"),
        ("OKR\tX", "an id has no spaces and no '/'"),
        ("OKR\u2028X", "an id has no spaces and no '/'"),
        ("X" * 201, "an id has at most 200 characters (this one has 201)"),
    ],
    ids=["space", "slash", "tab", "line-separator", "too-long"],
)
def test_an_id_that_would_not_validate_is_refused(
    tmp_path: Path, item_id: str, reason: str
) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--id", item_id)
    assert result.exit_code == 2
    assert _stderr_line(result).endswith(reason)
    _unchanged(plan)


def test_a_generated_id_stays_within_the_id_length(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    long_parent = "AD-" + "Z" * 197
    goals = plan / "departments" / "zakelijke-markt.yaml"
    text = goals.read_text(encoding="utf-8").replace("id: AD-ZM-2\n", f"id: {long_parent}\n", 1)
    goals.write_text(text, encoding="utf-8")
    for _ in range(2):  # the second one needs a suffix within the same length
        result = _new(plan, "--parent", long_parent, "--period", "2026-Q4")
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == 1, result.stdout  # "created", no finding
    made = sorted((plan / "okr").glob("okr-ad-z*.yaml"))
    ids = [_document(path)["id"] for path in made]
    assert [len(i) for i in ids] == [200, 200]
    assert ids[0] != ids[1] and all(i.startswith("OKR-AD-ZZZ") for i in ids)


@pytest.mark.parametrize("option", ["--parent", "--period", "--id", "--owner", "--objective"])
def test_an_argument_that_is_not_utf8_is_refused(tmp_path: Path, option: str) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates; no YAML file can hold them."""
    plan = _plan(tmp_path)
    args = {"--parent": "AD-ZM-2", "--period": "2026-Q4", option: "Hoofd\udcff"}
    result = _new(plan, *(part for pair in args.items() for part in pair))
    assert result.exit_code == 2
    assert _stderr_line(result).endswith(f"{option}: the value is not UTF-8 text")
    _unchanged(plan)


@pytest.mark.skipif(os.name != "posix", reason="arguments as bytes")
def test_an_argument_that_is_not_utf8_in_a_real_process(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    owner = b"Hoofd \xff\xfe"
    command: list[str | bytes] = [sys.executable, "-m", "prestatie", "new", "okr"]
    command += ["--parent", "AD-ZM-2", "--owner", owner, "--plan", str(plan), "--lang", "en"]
    result = subprocess.run(
        command,
        capture_output=True,
        env={**_process_env(), "LC_ALL": "C.UTF-8"},
        timeout=HANG_GUARD,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == b"prestatie: error: --owner: the value is not UTF-8 text\n"
    _unchanged(plan)


# ----------------------------------------------------------------------------- placement


def _with_exclude(plan: Path) -> Path:
    settings = plan / "prestatie.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + 'exclude: ["concepten/*"]\n', encoding="utf-8"
    )
    (plan / "concepten").mkdir()
    return plan


PLACES = [
    ("../buiten.yaml", "it is outside the plan folder"),
    (".verborgen.yaml", "a hidden name (starting with '.') is not read"),
    (".concept/okr.yaml", "a hidden name (starting with '.') is not read"),
    ("okr.txt", "only .yaml and .yml files are read"),
    ("okr.YAML", "only .yaml and .yml files are read"),
    ("concepten/okr.yaml", "`exclude: concepten/*` in prestatie.yaml leaves it out"),
]


@pytest.mark.parametrize(("where", "reason"), PLACES, ids=[p[0] for p in PLACES])
def test_output_the_plan_does_not_read_is_refused(tmp_path: Path, where: str, reason: str) -> None:
    plan = _with_exclude(_plan(tmp_path))
    out = plan / where
    out.parent.mkdir(exist_ok=True)
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(out))
    assert result.exit_code == 2
    line = _stderr_line(result)
    assert f"not part of the plan ({reason}" in line, line
    assert line.endswith("choose another -o, or add --force to write it anyway"), line
    assert not out.exists()
    assert _leftovers(plan) == []


@pytest.mark.parametrize(("where", "reason"), PLACES, ids=[p[0] for p in PLACES])
def test_output_the_plan_does_not_read_with_force_says_so(
    tmp_path: Path, where: str, reason: str
) -> None:
    plan = _with_exclude(_plan(tmp_path))
    out = plan / where
    out.parent.mkdir(exist_ok=True)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    created, note = result.stdout.splitlines()
    assert created.startswith("created ") and created.endswith(" (okr OKR-AD-ZM-2-2026-Q4)")
    assert note.startswith("note: ") and f"is not part of the plan ({reason}" in note, note
    assert note.endswith("; `prestatie validate` does not read it")
    assert _document(out)["id"] == "OKR-AD-ZM-2-2026-Q4"


def test_a_default_path_the_plan_excludes_is_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    settings = plan / "prestatie.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + 'exclude: ["okr/*"]\n', encoding="utf-8"
    )
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.exit_code == 2
    assert "okr-ad-zm-2-2026-q4.yaml: not part of the plan (`exclude: okr/*`" in _stderr_line(
        result
    )
    _unchanged(plan)


def test_output_through_a_link_to_a_folder_outside_the_plan(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    (tmp_path / "elders").mkdir()
    (plan / "link").symlink_to(tmp_path / "elders")
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(plan / "link" / "okr.yaml"))
    assert result.exit_code == 2
    assert "not part of the plan (it is outside the plan folder" in _stderr_line(result)
    assert list((tmp_path / "elders").iterdir()) == []


def test_the_placement_check_agrees_with_the_files_a_plan_reads(tmp_path: Path) -> None:
    from prestatie.source.files import plan_files, unread_reason

    exclude = ("concepten/*", "*.oud.yaml")
    names = ["a.yaml", "b.yml", ".h.yaml", ".d/x.yaml", "c.txt", "C.YAML", "concepten/x.yaml"]
    names += ["sub/y.yaml", "sub/z.oud.yaml", "sub/.e/w.yml"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("kind: goal\n", encoding="utf-8")
    read = {p.rel for p in plan_files(tmp_path, exclude)}
    assert read == {"a.yaml", "b.yml", "sub/y.yaml"}
    assert {n for n in names if unread_reason(n, exclude) is None} == read


# ----------------------------------------------------------------------------- re-check


def test_a_symlink_loop_elsewhere_in_the_plan(tmp_path: Path) -> None:
    """The loop is the other file's finding; the new file is written and checked."""
    plan = _plan(tmp_path)
    (plan / "lus.yaml").symlink_to("lus.yaml")
    (plan / "map-a").symlink_to("map-b")
    (plan / "map-b").symlink_to("map-a")
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    written = (plan / "okr" / "okr-ad-zm-2-2026-q4.yaml").resolve()
    assert result.stdout == f"created {shown(written)} (okr OKR-AD-ZM-2-2026-Q4)\n"


def test_a_new_file_with_an_error_exits_1_and_says_so(tmp_path: Path) -> None:
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
    written = plan / "okr" / "okr-ad-zm-2-2026-q4.yaml"
    created, finding = result.stdout.splitlines()
    assert created == f"created {shown(written)} (okr OKR-AD-ZM-2-2026-Q4)"
    assert finding.startswith(f"{shown(written)}:")  # as the line above names the file
    assert " error okr/key-result-count " in finding
    assert _stderr_line(result) == (
        f"prestatie: error: {shown(written)} is written but has 1 error; "
        "`prestatie validate` fails until it is fixed"
    )
    assert _document(written)["id"] == "OKR-AD-ZM-2-2026-Q4"


def test_a_new_file_with_only_warnings_exits_0(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--period", "2026-Q4", "--objective", "Omzet 40%")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and " warning okr/objective-is-metric " in lines[1], lines
    assert result.stderr == ""


# ----------------------------------------------------------------------------- prompts


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `new` believe a person sits at a terminal; CliRunner input answers."""
    from prestatie.cli import prompt

    monkeypatch.setattr(prompt, "interactive", lambda: True)


def test_prompts_fill_in_the_parent_and_objective(tmp_path: Path, terminal: None) -> None:
    plan = _plan(tmp_path)
    result = runner.invoke(
        app,
        ["new", "okr", "--period", "2026-Q4", "--plan", str(plan), "--lang", "en"],
        input="AD-ZM-2\nMeer vaste klanten\n",
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    data = _document(plan / "okr" / "okr-ad-zm-2-2026-q4.yaml")
    assert (data["parent"], data["objective"]) == ("AD-ZM-2", "Meer vaste klanten")


@pytest.mark.parametrize("answers", ["", "AD-ZM-2\n"], ids=["at-the-parent", "at-the-objective"])
def test_ctrl_d_at_a_prompt_stops_with_exit_2(tmp_path: Path, terminal: None, answers: str) -> None:
    plan = _plan(tmp_path)
    result = runner.invoke(
        app, ["new", "okr", "--plan", str(plan), "-l", "en"], input=answers, catch_exceptions=False
    )
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("(input ended); nothing was written")
    _unchanged(plan)


def test_ctrl_c_at_a_prompt_stops_with_exit_130(
    tmp_path: Path, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(tmp_path)

    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", interrupted)
    command = ["new", "okr", "--plan", str(plan), "--lang", "en"]
    result = runner.invoke(app, command, catch_exceptions=False)
    assert result.exit_code == 130
    assert _stderr_line(result) == "prestatie: error: interrupted at a prompt; nothing was written"
    _unchanged(plan)


def test_no_prompt_without_a_terminal_in_a_real_process(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "new", "okr", "--plan", str(plan), "--lang", "en"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_process_env(),
        timeout=HANG_GUARD,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert _stderr_line(result).startswith("prestatie: error: --parent is required")
    _unchanged(plan)


def _wait_until_it_reads(pid: int, deadline: float) -> None:
    """Wait until the process sleeps (in its read of the terminal) after the prompt.

    A Ctrl-C that comes between the prompt and the read is held by Python until the
    next input, as in any Python program; a person never types that fast.
    """
    import time

    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat_file:
            if stat_file.read().rsplit(")", 1)[1].split()[0] == "S":
                return
        time.sleep(0.01)


def _at_a_terminal(plan: Path, keys: bytes) -> tuple[int, str]:
    """Run `new okr` on a real pseudo-terminal, type `keys` at the first prompt."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child becomes prestatie
        command = [sys.executable, "-m", "prestatie", "new", "okr", "--plan", str(plan)]
        command += ["--lang", "en"]
        os.execve(sys.executable, command, _process_env())
    output = b""
    typed = False
    deadline = time.monotonic() + HANG_GUARD
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not typed and b"Parent" in output:
                _wait_until_it_reads(pid, deadline)
                os.write(fd, keys)
                typed = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="a Linux pseudo-terminal")
@pytest.mark.parametrize(
    ("keys", "code", "message"),
    [
        (b"\x03", 130, "prestatie: error: interrupted at a prompt; nothing was written"),
        (b"\x04", 2, "(input ended); nothing was written"),
    ],
    ids=["ctrl-c", "ctrl-d"],
)
def test_ctrl_c_and_ctrl_d_at_a_real_terminal(
    tmp_path: Path, keys: bytes, code: int, message: str
) -> None:
    plan = _plan(tmp_path)
    status, output = _at_a_terminal(plan, keys)
    lines = [line for line in output.replace("\r", "").splitlines() if line.strip()]
    assert status == code, output
    assert lines[-1].endswith(message), output
    assert "internal error" not in output and "Traceback" not in output
    _unchanged(plan)


# ----------------------------------------------------------------------------- terminal


#: Control characters, an ANSI escape sequence and bidi overrides, as typed or as planned.
TRICKS = "E\x1b[2J\x07\x9b\u202e\u2066X"
ESCAPED = "E\\x1b[2J\\x07\\x9b\\u202e\\u2066X"


def _raw_free(text: str) -> None:
    assert all(ch.isprintable() or ch == "\n" for ch in text), repr(text)


def test_the_created_line_shows_control_characters_escaped(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "--id", TRICKS)
    assert result.exit_code == 0, result.output
    _raw_free(result.stdout)
    written = (plan / "okr" / f"{TRICKS.lower()}.yaml").resolve()
    assert _document(written)["id"] == TRICKS
    assert (
        result.stdout == f"created {shown(written.parent)}/{ESCAPED.lower()}.yaml (okr {ESCAPED})\n"
    )


def test_a_note_and_an_error_show_control_characters_escaped(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    odd = plan / f"{TRICKS}.txt"
    refused = _new(plan, "--parent", "AD-ZM-2", "-o", str(odd))
    assert refused.exit_code == 2
    _raw_free(refused.stderr)
    assert f"{ESCAPED}.txt: not part of the plan" in refused.stderr
    forced = _new(plan, "--parent", "AD-ZM-2", "-o", str(odd), "--force")
    assert forced.exit_code == 0, forced.output
    _raw_free(forced.stdout)
    assert forced.stdout.count(ESCAPED) == 2  # the created line and the note
    missing = _new(plan, "--parent", "AD-ZM-2", "-o", str(plan / TRICKS / "okr.yaml"))
    assert missing.exit_code == 2
    _raw_free(missing.stderr)
    assert _stderr_line(missing).endswith(f"{ESCAPED}: no such folder")


def test_a_bad_option_shows_control_characters_escaped_in_a_real_process(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "prestatie", "new", "okr", f"--{TRICKS}", "--plan", str(plan)],
        capture_output=True,
        text=True,
        env=_process_env(),
        timeout=HANG_GUARD,
        check=False,
    )
    assert result.returncode == 2
    _raw_free(result.stderr)
    assert ESCAPED in _stderr_line(result)


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_output_to_a_folder_is_refused_as_a_folder(tmp_path: Path, force: list[str]) -> None:
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(plan / "okr"), *force)
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("okr: is a folder, not a file")
    _unchanged(plan)


def test_output_in_a_missing_folder_outside_the_plan(tmp_path: Path) -> None:
    """What is wrong on disk comes first: the folder is missing, wherever it is."""
    plan = _plan(tmp_path)
    result = _new(plan, "--parent", "AD-ZM-2", "-o", str(tmp_path / "nergens" / "okr.yaml"))
    assert result.exit_code == 2
    assert _stderr_line(result).endswith("nergens: no such folder")
