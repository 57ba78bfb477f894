"""The HTML report: golden files, its structure parsed with `html.parser` (no script,
nothing fetched, every anchor of the contents resolves, every section heading there),
hostile plan text shown as text, and no person's name without `--include people`.

Update the golden files after an intended change of the HTML report with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_report_html.py
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.render.report.html import css_string, prose

from .conftest import CASES, EXAMPLES

runner = CliRunner()
GOLDEN = Path(__file__).resolve().parent / "golden"
AS_OF = "2026-11-30"
GOUDEN_KORST = EXAMPLES / "gouden-korst"
NORTHWIND = EXAMPLES / "northwind-care"
HOSTILE = "<script>alert(1)</script> | `x` ]]> {{ 7*7 }} {% raw %} & \"q\" 'a'"
#: Elements that would fetch something or run something.
FETCHING = {"script", "iframe", "object", "embed", "link", "img", "video", "audio", "source"}


def report(*args: str) -> str:
    result = runner.invoke(app, ["report", "--format", "html", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@dataclass
class Page(HTMLParser):
    """What the tests look at in an HTML report."""

    tags: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    headings: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, id, text)
    text: list[str] = field(default_factory=list)
    _heading: list[Any] | None = None
    _raw: int = 0  # inside <style> or <svg><title>: not page text

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        for name in ("href", "xlink:href"):
            if found.get(name) is not None:
                self.hrefs.append(str(found[name]))
        for name in ("src", "srcset", "data", "action", "poster"):
            if found.get(name) is not None:
                self.sources.append(str(found[name]))
        if tag in ("h1", "h2", "h3"):
            self._heading = [tag, str(found.get("id") or ""), ""]
        if tag == "style":
            self._raw += 1

    def handle_endtag(self, tag: str) -> None:
        if self._heading is not None and tag == self._heading[0]:
            self.headings.append((self._heading[0], self._heading[1], self._heading[2].strip()))
            self._heading = None
        if tag == "style":
            self._raw -= 1

    def handle_data(self, data: str) -> None:
        if self._raw:
            return
        self.text.append(data)
        if self._heading is not None:
            self._heading[2] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; run with UPDATE_GOLDEN=1 to write it"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file; if the change is intended, run "
        "UPDATE_GOLDEN=1 python -m pytest tests/test_report_html.py"
    )


# ---------------------------------------------------------------------------- golden files


@pytest.mark.parametrize(
    ("plan", "lang", "name"),
    [
        (GOUDEN_KORST, "nl", "report-gouden-korst-nl.html"),
        (GOUDEN_KORST, "en", "report-gouden-korst-en.html"),
        (NORTHWIND, "en", "report-northwind-care-en.html"),
        (NORTHWIND, "nl", "report-northwind-care-nl.html"),
    ],
)
def test_golden(plan: Path, lang: str, name: str) -> None:
    _check_golden(name, report(str(plan), "--lang", lang, "--as-of", AS_OF))


# ------------------------------------------------------------------------------- structure


@pytest.mark.parametrize(("plan", "lang"), [(GOUDEN_KORST, "nl"), (NORTHWIND, "en")])
def test_self_contained_without_script_or_network(plan: Path, lang: str) -> None:
    html = report(str(plan), "--lang", lang, "--as-of", AS_OF)
    page = parse(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.tags.count("style") == 1
    assert not FETCHING & set(page.tags), FETCHING & set(page.tags)
    assert page.sources == []
    assert all(h.startswith("#") for h in page.hrefs), [h for h in page.hrefs if h[:1] != "#"]
    assert not re.search(r"(?i)\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", html)
    assert "@import" not in html and "url(" not in html.replace("url(#", "")
    assert not re.search(r"(?i)\bon[a-z]+\s*=", html)  # no event handler attributes
    assert "javascript:" not in html.lower()


@pytest.mark.parametrize(("plan", "lang"), [(GOUDEN_KORST, "nl"), (NORTHWIND, "en")])
def test_contents_anchors_resolve_and_every_section_has_its_heading(plan: Path, lang: str) -> None:
    page = parse(report(str(plan), "--lang", lang, "--as-of", AS_OF))
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    targets = {h[1:] for h in page.hrefs}
    assert targets <= set(page.ids), targets - set(page.ids)
    sections = [
        "cover",
        "summary",
        "analysis",
        "cascade",
        "scorecards",
        "balance",
        "okrs",
        "ogsm",
        "validation",
    ]
    assert {f"#{s}" for s in sections} <= set(page.hrefs)
    assert [t for t, _, _ in page.headings][:1] == ["h1"]
    h2 = [(i, text) for tag, i, text in page.headings if tag == "h2"]
    section_titles = [text for i, text in h2 if i.removesuffix("-title") in sections]
    assert len(section_titles) == len(sections)
    if lang == "nl":
        assert section_titles[:2] == ["Het plan", "Samenvatting"]
        assert "Scorekaarten" in section_titles and "Controle van het plan" in section_titles
    else:
        assert section_titles[:2] == ["The plan", "Summary"]
        assert "Scorecards" in section_titles and "Validation summary" in section_titles


def test_charts_dark_mode_and_print_css_are_there() -> None:
    html = report(str(GOUDEN_KORST), "--as-of", AS_OF)
    for kind in ("radar", "bars", "progress", "strategy-map"):
        assert f'class="chart chart-{kind}' in html, kind
    assert "@media (prefers-color-scheme: dark)" in html
    assert ".map-node rect" in html and ".map-node text" in html
    assert re.search(r"@page \{\s*size: A4;", html)
    assert re.search(r"@page ogsm \{\s*size: A4 landscape;", html)
    assert "page: ogsm" in html and "break-before: page" in html
    assert re.search(r"tr,[^{]*\{ break-inside: avoid; \}", html)
    assert "@top-left" in html and "@top-right" in html
    page = parse(html)
    assert page.tags.count("details") == 6  # one per department and tier
    text = " ".join(page.text)
    assert "Bakkerij De Gouden Korst" in text and "30 november 2026" in text
    assert "1.380.000" in text and "58,5" in text  # Dutch numbers


def test_a_large_group_is_collapsed_and_a_small_one_open(tmp_path: Path) -> None:
    from prestatie.i18n import Speaker
    from prestatie.render.report.cascade import OPEN_UP_TO, Objective, groups

    def objective(n: int, unit: str, depth: int) -> Objective:
        return Objective(
            f"G{n}", "t", "department", "", "", "", unit, "", depth, None, "–", "none",
            "no data", "", (),
        )  # fmt: skip

    big = [objective(n, "Verkoop/Binnendienst" if n % 2 else "Verkoop", 0) for n in range(30)]
    small = [objective(100, "Inkoop", 0), objective(101, "Anders", 1)]
    found = groups([*big, *small], Speaker("en"))
    assert [(g.unit, len(g.objectives), g.open) for g in found] == [
        ("Verkoop", 30, False),
        ("Inkoop", 2, True),  # a deeper objective stays with the branch it belongs to
    ]
    assert found[0].size == "30 objectives: 30 no data"
    assert OPEN_UP_TO < 30


def test_a_plan_with_errors_gets_the_warning_block_first() -> None:
    page = parse(report(str(CASES / "invalid" / "cascade-level"), "--lang", "nl"))
    h2 = [text for tag, _, text in page.headings if tag == "h2"]
    assert h2[0] == "⚠ Dit plan bevat fouten"
    assert "errors" in page.ids
    assert "cascade/level" in " ".join(page.text)


@pytest.mark.parametrize(
    "plan",
    [
        EXAMPLES / "eenzijdig",
        *sorted((CASES / "valid").iterdir()),
        *sorted(p for p in (CASES / "invalid").iterdir() if p.is_dir()),
    ],
    ids=lambda p: p.name,
)
def test_every_example_and_case_renders(plan: Path) -> None:
    for lang in ("nl", "en") if plan.parent == EXAMPLES else ("en",):
        html = report(str(plan), "--lang", lang, "--as-of", AS_OF)
        page = parse(html)
        assert "script" not in page.tags
        assert {h[1:] for h in page.hrefs} <= set(page.ids)
        assert html.rstrip().endswith("</html>")


# ------------------------------------------------------------------------- hostile text


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def hostile_plan(tmp_path: Path) -> Path:
    plan = Path(shutil.copytree(GOUDEN_KORST, tmp_path / "plan"))
    text = HOSTILE + "\nsecond line"

    def setting(d: dict[str, Any]) -> None:
        d["name"] = HOSTILE

    def mission(d: dict[str, Any]) -> None:
        d["organisation"] = HOSTILE
        d["mission"] = text
        d["values"][0] = HOSTILE

    def strategic(d: dict[str, Any]) -> None:
        d["goals"][0]["title"] = text
        d["goals"][0]["owner"] = HOSTILE
        d["goals"][0]["measures"][0]["name"] = HOSTILE

    def scorecard(d: dict[str, Any]) -> None:
        d["title"] = HOSTILE

    def analysis(d: dict[str, Any]) -> None:
        d["title"] = HOSTILE
        d["swot"]["sterkten"][0]["text"] = text

    def okr(d: dict[str, Any]) -> None:
        d["objective"] = "x" * 10_000 + HOSTILE
        d["key_results"][0]["text"] = HOSTILE

    def ogsm(d: dict[str, Any]) -> None:
        d["title"] = HOSTILE
        d["objective"] = text
        d["strategies"][0]["actions"][0]["text"] = HOSTILE

    _edit(plan / "prestatie.yaml", setting)
    _edit(plan / "mission.yaml", mission)
    _edit(plan / "strategy" / "strategic.yaml", strategic)
    _edit(plan / "scorecard.yaml", scorecard)
    _edit(plan / "analysis.yaml", analysis)
    _edit(plan / "okr" / "offertes-2026-q3.yaml", okr)
    _edit(plan / "ogsm" / "ogsm-2026.yaml", ogsm)
    return plan


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hostile_plan_text_is_shown_as_text(hostile_plan: Path, lang: str) -> None:
    html = report(str(hostile_plan), "--lang", lang, "--as-of", AS_OF)
    page = parse(html)
    assert "script" not in page.tags
    assert "<script>" not in html and "</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = " ".join(page.text)
    assert "{{ 7*7 }}" in text and "{% raw %}" in text  # Jinja syntax never evaluated
    assert text.count(HOSTILE) >= 10  # title, organisation, owner, measure, SWOT, OGSM, …
    assert "x" * 10_000 in text  # a long objective is kept, escaped, not cut
    # The printed page header holds the organisation as a CSS string: all escaped.
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<" not in style.split("@top-left", 1)[1]
    assert "\\00003cscript\\00003ealert" in style
    # Charts: their labels escaped by the charts, braces included.
    for svg in re.findall(r"<svg.*?</svg>", html, flags=re.S):
        assert "<script" not in svg and "{{" not in svg


def test_prose_keeps_code_spans_and_escapes_the_rest() -> None:
    assert str(prose("run `prestatie validate` <now>")) == (
        "run <code>prestatie validate</code> &lt;now&gt;"
    )
    assert str(prose("`<b>`")) == "<code>&lt;b&gt;</code>"
    assert str(prose("one ` only <i>")) == "one ` only &lt;i&gt;"
    assert str(css_string('Acme "B.V." </style> \\ \n x')) == (
        '"Acme \\000022B\\00002eV\\00002e\\000022 \\00003c\\00002fstyle\\00003e \\00005c x"'
    )


# -------------------------------------------------------------------------------- privacy


def _names(plan: Path) -> list[str]:
    names = [
        str(yaml.safe_load(p.read_text(encoding="utf-8"))["name"])
        for p in sorted((plan / "people").glob("*.yaml"))
    ]
    assert names
    return names


@pytest.mark.parametrize(("plan", "lang"), [(GOUDEN_KORST, "nl"), (NORTHWIND, "en")])
def test_no_persons_name_without_include_people(plan: Path, lang: str) -> None:
    html = report(str(plan), "--lang", lang, "--as-of", AS_OF)
    for name in _names(plan):
        assert name not in html, name
    assert "--include people" in html  # the count of files left out says how to show them
    shown = report(str(plan), "--lang", lang, "--as-of", AS_OF, "--include", "people")
    for name in _names(plan):
        assert name in shown, name
    assert 'id="people"' in shown
