"""`prestatie report --format pdf`: the HTML report printed by the system's Chromium.

Chromium in headless mode is the PDF engine: it is what the browser test opens the
report in already, it honours the report's print stylesheet (A4, the landscape OGSM
page, page breaks, the running header), and it adds no Python dependency. It is found
as `PRESTATIE_CHROMIUM`, else `chromium`, `chromium-browser` or `google-chrome` on PATH.

The HTML goes to a private temporary folder, Chromium prints it there (an argument
list, never a shell; its own profile folder; no network services; a time limit), and
only a complete PDF reaches the output, written atomically like every output file.
Chromium needs more memory than the bound this process runs under (`cli.memory`), so
its process gets that bound lifted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from prestatie.errors import OutputError, PrestatieError
from prestatie.i18n import msg
from prestatie.source.reading import os_reason

ENVIRONMENT = "PRESTATIE_CHROMIUM"
NAMES = ("chromium", "chromium-browser", "google-chrome")
#: Seconds Chromium may take to print one report.
TIMEOUT = 180
#: Flags that keep a headless print quiet and local: no sandbox (it needs privileges a
#: container seldom has; the page is our own file without script), no GPU, no network
#: services, no first-run work.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


class NoEngine(PrestatieError):
    """No Chromium to print with (exit 2)."""


def engine() -> str:
    """The Chromium to print with: PRESTATIE_CHROMIUM, else the first of NAMES on PATH."""
    chosen = os.environ.get(ENVIRONMENT, "").strip()
    if chosen:
        found = shutil.which(chosen)
        if found is None:
            raise NoEngine(msg("report.pdf.bad-engine", variable=ENVIRONMENT, path=chosen))
        return found
    for name in NAMES:
        found = shutil.which(name)
        if found is not None:
            return found
    raise NoEngine(msg("report.pdf.no-engine", variable=ENVIRONMENT))


def command(executable: str, page: Path, pdf: Path, profile: Path) -> list[str]:
    """The argument list that prints `page` to `pdf`."""
    return [
        executable,
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--print-to-pdf={pdf}",
        page.resolve().as_uri(),
    ]


def _unbounded() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """Lift the memory bound of `cli.memory` for Chromium, as far as the hard limit lets."""
    try:
        import resource
    except ImportError:
        return
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        resource.setrlimit(resource.RLIMIT_DATA, (hard, hard))


def render_pdf(html: str, *, timeout: float = TIMEOUT) -> bytes:
    """`html` (a self-contained page) printed to PDF by Chromium: the PDF's bytes."""
    executable = engine()
    with tempfile.TemporaryDirectory(prefix="prestatie-pdf-") as folder:
        root = Path(folder)
        page, pdf, profile = root / "report.html", root / "report.pdf", root / "profile"
        page.write_text(html, encoding="utf-8")
        profile.mkdir()
        args = command(executable, page, pdf, profile)
        try:
            child = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                cwd=folder,
                preexec_fn=_unbounded if os.name == "posix" else None,
                start_new_session=True,
            )
        except OSError as exc:
            raise OutputError(
                msg("report.pdf.cannot-start", engine=executable, reason=os_reason(exc))
            ) from exc
        try:
            _, errors = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(child)
            raise OutputError(
                msg("report.pdf.timeout", engine=executable, seconds=int(timeout))
            ) from None
        except BaseException:  # Ctrl-C: no browser left behind
            _stop(child)
            raise
        data = pdf.read_bytes() if pdf.is_file() else b""
        if child.returncode != 0 or not data.startswith(b"%PDF"):
            raise OutputError(
                msg(
                    "report.pdf.failed",
                    engine=executable,
                    code=child.returncode,
                    detail=_last_line(errors.decode("utf-8", "replace")),
                )
            )
        return data


def _stop(child: subprocess.Popen[bytes]) -> None:
    """End Chromium and the processes it started (its own session)."""
    with contextlib.suppress(OSError):
        os.killpg(child.pid, signal.SIGKILL)
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        child.communicate(timeout=10)


def _last_line(errors: str) -> str:
    """Chromium's last line of complaint (its D-Bus noise left out), or "–"."""
    lines = [
        " ".join(line.split())
        for line in errors.splitlines()
        if line.strip() and "dbus" not in line.lower()
    ]
    return lines[-1][:200] if lines else "–"
