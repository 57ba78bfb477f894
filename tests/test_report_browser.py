"""The HTML report in a real browser: headless Chromium driven by Playwright.

The page opens without console errors, requests nothing but its own file, shows its key
text, follows the dark colour scheme, and prints to A4 with a page count in the expected
range. Needs the system's Chromium (`apt-get install chromium`; `.ci/run` installs it)
and Playwright for Python (the `test` extra); without either the tests skip, loudly.
"""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app

from .conftest import EXAMPLES

runner = CliRunner()
AS_OF = "2026-11-30"
GOUDEN_KORST = EXAMPLES / "gouden-korst"
NORTHWIND = EXAMPLES / "northwind-care"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def skip_loudly(reason: str) -> None:
    warnings.warn(f"BROWSER TEST SKIPPED: {reason}", stacklevel=2)
    pytest.skip(f"BROWSER TEST SKIPPED: {reason}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium()
    if executable is None:
        skip_loudly("no Chromium on PATH (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_loudly("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


def pdf_pages(data: bytes) -> int:
    """The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def write_report(folder: Path, plan: Path, lang: str, name: str, *extra: str) -> Path:
    target = folder / name
    result = runner.invoke(
        app,
        ["report", str(plan), "--lang", lang, "--as-of", AS_OF, "-o", str(target), *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    return target


@pytest.mark.parametrize(
    ("plan", "lang", "texts", "pages"),
    [
        (
            GOUDEN_KORST,
            "nl",
            ["Bakkerij De Gouden Korst — prestatieplan 2026", "Concernscorekaart De Gouden Korst"],
            (15, 45),
        ),
        (
            NORTHWIND,
            "en",
            ["Northwind Home Care — performance plan 2026", "Strategy map"],
            (12, 45),
        ),
    ],
)
def test_opens_without_errors_or_requests_and_prints_to_a4(
    browser: Any, tmp_path: Path, plan: Path, lang: str, texts: list[str], pages: tuple[int, int]
) -> None:
    path = write_report(tmp_path, plan, lang, "rapport.html")
    url = path.resolve().as_uri()
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url, wait_until="load")
    assert errors == []
    assert requests == [url]
    heading = page.locator("h1")
    assert heading.is_visible()
    for text in texts:
        assert page.get_by_text(text).first.is_visible(), text
    for section in ("summary", "cascade", "balance", "validation"):
        assert page.locator(f"#{section}").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")  # no sideways
    assert page.locator("svg.chart-radar").first.is_visible()
    assert page.locator("svg.chart-strategy-map").first.is_visible()
    # Every link of the contents leads to an element of the page.
    for href in page.locator("nav.toc a").evaluate_all("els => els.map(e => e.hash)"):
        assert page.locator(href).count() == 1, href
    # Printed on A4: a page per section, scorecard and one-pager at least.
    data = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    assert data.startswith(b"%PDF")
    assert pages[0] <= pdf_pages(data) <= pages[1], pdf_pages(data)
    assert requests == [url]
    page.close()


def test_follows_the_dark_colour_scheme(browser: Any, tmp_path: Path) -> None:
    url = write_report(tmp_path, GOUDEN_KORST, "nl", "rapport.html").resolve().as_uri()
    colours = {}
    for scheme in ("light", "dark"):
        page = browser.new_page(color_scheme=scheme)
        page.goto(url)
        colours[scheme] = page.evaluate(
            "() => [getComputedStyle(document.body).backgroundColor,"
            " getComputedStyle(document.querySelector('.map-node rect')).fill]"
        )
        page.close()
    assert colours["light"][0] == "rgb(255, 255, 255)"
    assert colours["dark"][0] != colours["light"][0]
    assert colours["dark"][1] != colours["light"][1]  # the strategy map's boxes follow


def test_a_collapsed_department_is_readable_by_opening_it(browser: Any, tmp_path: Path) -> None:
    url = write_report(tmp_path, GOUDEN_KORST, "en", "rapport.html").resolve().as_uri()
    page = browser.new_page()
    page.goto(url)
    group = page.locator("details.group").first
    assert group.get_attribute("open") is not None  # small: unfolded
    first = group.locator("li.obj").first
    assert first.is_visible()
    group.locator("summary").click()  # folding needs no script
    assert not first.is_visible()
    page.close()


def test_format_pdf_prints_with_the_system_chromium(tmp_path: Path) -> None:
    """`prestatie report -o rapport.pdf` end to end: the command finds Chromium itself."""
    if chromium() is None:
        skip_loudly("no Chromium on PATH (apt-get install -y chromium)")
    target = tmp_path / "rapport.pdf"
    result = runner.invoke(
        app,
        ["report", str(GOUDEN_KORST), "--as-of", AS_OF, "-o", str(target)],
        env={"PRESTATIE_CHROMIUM": ""},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert 15 <= pdf_pages(data) <= 45, pdf_pages(data)
    # Each OGSM one-pager (the example has two) fits one A4 landscape page; the rest is
    # A4 portrait.
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    shapes = ["portrait" if float(h) > float(w) else "landscape" for w, h in sizes]
    assert len(shapes) == pdf_pages(data)
    assert shapes.count("landscape") == 2, shapes
    assert list(tmp_path.iterdir()) == [target]  # nothing else left behind
