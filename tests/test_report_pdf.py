"""`prestatie report --format pdf` without a browser: how Chromium is found and run, and
that a failed, slow or missing engine leaves no file and says what to do. The print by
the real Chromium is tested in test_report_browser.py."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prestatie.cli import app, pdf
from prestatie.errors import OutputError

from .conftest import EXAMPLES

runner = CliRunner()
GOUDEN_KORST = EXAMPLES / "gouden-korst"


def fake_engine(folder: Path, body: str) -> Path:
    """A stand-in for Chromium: a shell script; `$pdf` is its --print-to-pdf file."""
    script = folder / "fake-chromium"
    script.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do case "$a" in --print-to-pdf=*) pdf="${a#--print-to-pdf=}";; esac; done\n'
        f'printf "%s\\n" "$@" > "{folder}/args"\n'
        f"{body}\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def invoke(*args: str, env: dict[str, str]) -> tuple[int, str]:
    result = runner.invoke(app, ["report", *args], env=env, catch_exceptions=False)
    return result.exit_code, result.stderr


def test_the_engine_is_run_with_an_argument_list_and_its_own_profile(tmp_path: Path) -> None:
    engine = fake_engine(tmp_path, 'printf "%%PDF-1.4 fake" > "$pdf"')
    target = tmp_path / "rapport.pdf"
    code, err = invoke(str(GOUDEN_KORST), "-o", str(target), env={pdf.ENVIRONMENT: str(engine)})
    assert code == 0, err
    assert target.read_bytes() == b"%PDF-1.4 fake"
    args = (tmp_path / "args").read_text(encoding="utf-8").splitlines()
    assert args[: len(pdf.FLAGS)] == list(pdf.FLAGS)
    assert args[-1].startswith("file:///") and args[-1].endswith("/report.html")
    profile = next(a for a in args if a.startswith("--user-data-dir="))
    assert not Path(profile.split("=", 1)[1]).exists()  # the temporary folder is gone
    assert "geschreven" in err


def test_format_pdf_from_the_suffix_and_never_over_a_file(tmp_path: Path) -> None:
    engine = fake_engine(tmp_path, 'printf "%%PDF-new" > "$pdf"')
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    env = {pdf.ENVIRONMENT: str(engine)}
    code, err = invoke(str(GOUDEN_KORST), "-o", str(target), "--lang", "en", env=env)
    assert code == 2 and "already exists" in err
    assert not (tmp_path / "args").exists()  # refused before printing
    assert target.read_bytes() == b"old"
    code, err = invoke(str(GOUDEN_KORST), "-o", str(target), "--force", env=env)
    assert code == 0, err
    assert target.read_bytes() == b"%PDF-new"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('printf "%%PDF-half" > "$pdf"; echo "[1:2:ERROR:x.cc] print failed" >&2; exit 3',
         ["exit code 3", "print failed", "no file was written"]),
        ('printf "not a pdf" > "$pdf"', ["exit code 0", "no file was written"]),
    ],
)  # fmt: skip
def test_a_failed_print_writes_no_file(tmp_path: Path, body: str, words: list[str]) -> None:
    engine = fake_engine(tmp_path, body)
    target = tmp_path / "out" / "rapport.pdf"
    target.parent.mkdir()
    code, err = invoke(
        str(GOUDEN_KORST), "-o", str(target), "--lang", "en", env={pdf.ENVIRONMENT: str(engine)}
    )
    assert code == 2
    assert err.count("\n") == 1
    for word in words:
        assert word in err
    assert list(target.parent.iterdir()) == []


def test_a_slow_engine_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = fake_engine(tmp_path, "sleep 30")
    monkeypatch.setenv(pdf.ENVIRONMENT, str(engine))
    with pytest.raises(OutputError) as caught:
        pdf.render_pdf("<p>x</p>", timeout=1)
    assert "did not finish printing the PDF within 1 seconds" in str(caught.value)


def test_no_engine_says_how_to_get_one(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path), pdf.ENVIRONMENT: ""}
    for lang, words in (
        ("en", ["no PDF engine", "apt-get install chromium", "PRESTATIE_CHROMIUM"]),
        ("nl", ["geen PDF-programma", "apt-get install chromium", "PRESTATIE_CHROMIUM"]),
    ):
        code, err = invoke(
            str(GOUDEN_KORST), "--format", "pdf", "-o", str(tmp_path / "r.pdf"), "--lang", lang,
            env=env,
        )  # fmt: skip
        assert code == 2
        assert err.count("\n") == 1
        for word in words:
            assert word in err
    code, err = invoke(
        str(GOUDEN_KORST), "-o", str(tmp_path / "r.pdf"), "--lang", "en",
        env={pdf.ENVIRONMENT: str(tmp_path / "nothing")},
    )  # fmt: skip
    assert code == 2 and "is not a program" in err
    assert list(tmp_path.iterdir()) == []


def test_the_engine_runs_without_the_memory_bound(tmp_path: Path) -> None:
    resource = pytest.importorskip("resource")
    engine = fake_engine(tmp_path, f'ulimit -d > "{tmp_path}/limit"; printf "%%PDF" > "$pdf"')
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    bound = 64 * 2**30
    if hard != resource.RLIM_INFINITY and hard < bound:
        pytest.skip("the hard data limit is below the test's bound")
    resource.setrlimit(resource.RLIMIT_DATA, (bound, hard))
    try:
        os.environ[pdf.ENVIRONMENT] = str(engine)
        assert pdf.render_pdf("<p>x</p>") == b"%PDF"
    finally:
        del os.environ[pdf.ENVIRONMENT]
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
    expected = "unlimited" if hard == resource.RLIM_INFINITY else str(hard // 1024)
    assert (tmp_path / "limit").read_text(encoding="utf-8").strip() == expected


def test_a_pdf_on_standard_output_when_it_is_not_a_terminal(tmp_path: Path) -> None:
    engine = fake_engine(tmp_path, 'printf "%%PDF-stdout" > "$pdf"')
    result = runner.invoke(
        app,
        ["report", str(GOUDEN_KORST), "--format", "pdf"],
        env={pdf.ENVIRONMENT: str(engine)},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == b"%PDF-stdout"
