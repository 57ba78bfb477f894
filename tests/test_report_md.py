"""The Markdown report, parsed as GitHub-flavoured Markdown (markdown-it-py with tables):
headings in order, tables with their columns, Mermaid blocks with escaped labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.render.common import md_text
from prestatie.render.report.env import bar, mermaid, mermaid_id, slug

from .conftest import EXAMPLES

runner = CliRunner()
GOUDEN_KORST = EXAMPLES / "gouden-korst"
NORTHWIND = EXAMPLES / "northwind-care"


def report(*args: str) -> str:
    result = runner.invoke(app, ["report", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def headings(tokens: list[Token], level: str) -> list[str]:
    return [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == level
    ]


def tables(tokens: list[Token]) -> list[tuple[list[str], list[list[str]]]]:
    """Each table as (header cells, body rows), cells as their inline source."""
    out: list[tuple[list[str], list[list[str]]]] = []
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    part = ""
    for i, t in enumerate(tokens):
        if t.type == "table_open":
            header, rows = [], []
        elif t.type in ("thead_open", "tbody_open"):
            part = t.type
        elif t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            row.append(tokens[i + 1].content if tokens[i + 1].type == "inline" else "")
        elif t.type == "tr_close":
            if part == "thead_open":
                header = row
            else:
                rows.append(row)
        elif t.type == "table_close":
            out.append((header, rows))
    return out


def mermaid_blocks(tokens: list[Token]) -> list[str]:
    return [t.content for t in tokens if t.type == "fence" and t.info.strip() == "mermaid"]


@pytest.fixture(scope="module")
def dutch() -> str:
    return report(str(GOUDEN_KORST), "--as-of", "2026-11-30")


def test_headings_in_the_expected_order(dutch: str) -> None:
    tokens = parse(dutch)
    assert headings(tokens, "h1") == ["Bakkerij De Gouden Korst — prestatieplan 2026"]
    assert headings(tokens, "h2") == [
        "Inhoud",
        "Het plan",
        "Samenvatting",
        "Strategische analyse",
        "De doorvertaling",
        "Scorekaarten",
        "Balans",
        "OKR's",
        "OGSM",
        "Controle van het plan",
    ]
    h3 = headings(tokens, "h3")
    assert h3[:4] == [
        "Doelstellingen per niveau en status",
        "De zwakste doelstellingen",
        "Balans in één zin",
        "Controle",
    ]
    tiers = ["Strategisch", "Tactisch (afdelingen)"]
    assert h3[h3.index(tiers[0]) : h3.index(tiers[0]) + 2] == tiers


def test_the_table_of_contents_links_to_the_headings(dutch: str) -> None:
    tokens = parse(dutch)
    links = re.findall(r"^- \[([^\]]+)\]\(#([^)]+)\)$", dutch, re.MULTILINE)
    assert [title for title, _ in links] == headings(tokens, "h2")[1:]
    assert ("Controle van het plan", "controle-van-het-plan") in links
    assert ("OKR's", "okrs") in links


def test_tables_have_their_columns(dutch: str) -> None:
    found = tables(parse(dutch))
    by_header = {tuple(h): rows for h, rows in found}
    levels = by_header[("Niveau", "groen", "oranje", "rood", "niet gestart", "geen data", "Totaal")]
    names = ["strategisch", "afdeling", "operationeel", "functie", "project"]
    assert [r[0] for r in levels] == names
    weakest = by_header[("Doelstelling", "Eigenaar", "Score", "Status")]
    assert len(weakest) == 5
    balance = [rows for h, rows in found if h[:2] == ["Perspectief", "Doelstellingen"]]
    assert balance and all(len(r) == 6 for rows in balance for r in rows)
    assert balance[0][0][:5] == ["Financieel", "5", "5", "8", "33 %"]
    assert balance[0][0][5] == "`███░░░░░░░`"
    ogsm = [rows for h, rows in found if h == ["Doelen", "Strategieën", "Meetpunten", "Acties"]]
    assert len(ogsm) == 2
    okr = [
        rows
        for h, rows in found
        if h[:4] == ["Kernresultaat", "Nulmeting", "Streefwaarde", "Huidig"]
    ]
    assert okr and all(len(r) == 8 for rows in okr for r in rows)
    for header, rows in found:
        assert all(len(r) == len(header) for r in rows), header


def test_mermaid_flow_and_strategy_map(dutch: str) -> None:
    blocks = mermaid_blocks(parse(dutch))
    assert len(blocks) == 2
    flow, strategy_map = blocks
    assert flow.startswith("flowchart TD\n")
    assert '  n1["Missie: Bakkerij De Gouden Korst"]' in flow
    assert "  n1 --> n2" in flow
    assert strategy_map.startswith("flowchart BT\n")
    assert "class n1 green" in strategy_map
    for block in blocks:
        for label in re.findall(r'\["(.*)"\]', block):
            assert '"' not in label and "<" not in label and "`" not in label


def test_english_report_in_english() -> None:
    text = report(str(NORTHWIND), "--as-of", "2026-11-30")
    tokens = parse(text)
    assert headings(tokens, "h2")[:3] == ["Contents", "The plan", "Summary"]
    assert "| Level | green | amber | red | not started | no data | Total |" in text


def test_filters() -> None:
    assert mermaid('A "quote" <b>\nnext `x` #quot; & done') == (
        "A #quot;quote#quot; #lt;b#gt; next #96;x#96; #35;quot; #amp; done"
    )
    assert mermaid_id("SD-1/KR 2") == "SD_1_KR_2"
    assert mermaid_id("1x") == "n1x"
    assert bar(0.34) == "███░░░░░░░" and bar(None) == "··········" and bar(1.7) == "█" * 10
    assert slug("Controle van het plan") == "controle-van-het-plan"
    assert slug("OKR's") == "okrs"


def test_own_texts_keep_their_code_spans() -> None:
    assert md_text("geen document met `kind: analysis`.") == "geen document met `kind: analysis`."
    assert md_text("`a|b` <x>") == "`a\\|b` &lt;x&gt;"
    assert md_text("one ` alone") == "one \\` alone"


def test_balance_and_analysis_markdown_show_text_as_written(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["analysis", str(EXAMPLES / "eenzijdig"), "-f", "md"], catch_exceptions=False
    )
    assert "(geen document met `kind: analysis`)." in result.stdout
    plan = tmp_path / "plan"
    plan.mkdir()
    (plan / "prestatie.yaml").write_text(
        "kind: plan\nlanguage: en\n",
        encoding="utf-8",
    )
    (plan / "goals.yaml").write_text(
        "kind: goals\ngoals:\n  - {id: SD-1, level: strategic, parent: mission, owner: A,"
        " perspective: learning, title: Klanten}\n",
        encoding="utf-8",
    )
    (plan / "mission.yaml").write_text("kind: mission\nmission: M\n", encoding="utf-8")
    result = runner.invoke(app, ["balance", str(plan), "-f", "md"], catch_exceptions=False)
    assert "| Learning & growth |" in result.stdout
    assert "&amp;" not in result.stdout


def test_tree_as_a_markdown_list_with_the_trees_figures() -> None:
    args = ["tree", str(GOUDEN_KORST), "--as-of", "2026-11-30", "-f", "md"]
    result = runner.invoke(app, args, catch_exceptions=False)
    text = result.stdout
    assert text.startswith("peildatum 30 november 2026\n\n- **Missie:** Bakkerij De Gouden Korst\n")
    assert (
        "  - **SD-1** Omzet zakelijke markt groeit van € 1,20 mln naar € 1,38 mln — groen · "
        "`████████░░` 78 % (verwacht 92 %) · achter op schema" in text
    )
    assert "*OKR* Zorginstellingen" in text
    tokens = parse(text)
    items = [t for t in tokens if t.type == "list_item_open"]
    json_out = runner.invoke(
        app, ["tree", str(GOUDEN_KORST), "--as-of", "2026-11-30", "-f", "json"]
    ).stdout
    assert len(items) == json_out.count('"kind":')  # every node of the tree, once
    deepest = max(t.level for t in tokens if t.type == "list_item_open")
    assert deepest > 8  # nested, not flat


def test_validate_as_a_markdown_table_for_a_pull_request() -> None:
    result = runner.invoke(
        app,
        ["validate", "--path-base", "root", str(EXAMPLES / "eenzijdig"), "-f", "md"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("**0 fouten, 7 waarschuwingen, 0 meldingen in 2 van 3 bestanden")
    ((header, rows),) = tables(parse(text))
    assert header == ["Ernst", "Code", "Plaats", "Melding"]
    assert len(rows) == 7
    assert rows[0][:3] == ["waarschuwing", "`balance/dominant`", "doelstellingen.yaml:6:5"]
    assert "<br>tip: plannen zijn vaak eenzijdig" in rows[0][3]
    english = runner.invoke(
        app, ["validate", "--path-base", "root", str(GOUDEN_KORST), "-f", "md", "--lang", "en"]
    )
    assert english.stdout.startswith("**0 errors, 2 warnings, 0 info in ")  # its people


# ----------------------------------------------------------------------------- goldens

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDENS = [
    ("gouden-korst", "nl"),
    ("gouden-korst", "en"),
    ("northwind-care", "en"),
    ("northwind-care", "nl"),
]


@pytest.mark.parametrize(("plan", "lang"), GOLDENS, ids=lambda v: str(v))
def test_report_matches_its_golden_file(plan: str, lang: str) -> None:
    """The whole Markdown report, pinned. After a deliberate change:
    UPDATE_GOLDEN=1 python -m pytest tests/test_report_md.py"""
    import os

    text = report(str(EXAMPLES / plan), "--as-of", "2026-11-30", "--lang", lang)
    golden = GOLDEN / f"report-{plan}.{lang}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- hostile text

HOSTILE = "<script>alert(1)</script> | `tick` ]]> {{ 7*7 }} {% raw %}x{% endraw %} *a* _b_ [c](d)"
LONG = "Lang " * 2000  # a 10 kB title


def hostile_plan(root: Path) -> Path:
    import yaml

    def write(name: str, data: object) -> None:
        (root / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    root.mkdir()
    write("prestatie.yaml", {"kind": "plan", "name": HOSTILE, "period": 2026})
    write(
        "mission.yaml",
        {
            "kind": "mission",
            "organisation": f'Org "quoted" {HOSTILE}',
            "mission": f"line one\nline two\n{HOSTILE}",
            "values": [HOSTILE],
        },
    )
    measure = {"name": HOSTILE, "unit": "|%|", "baseline": 0, "target": 10, "actual": 5}
    goals = [
        {
            "id": "SD-1",
            "level": "strategic",
            "parent": "mission",
            "owner": f"Owner | {HOSTILE}",
            "perspective": "financial",
            "title": f"{HOSTILE}\nsecond line",
            "measures": [measure],
        },
        {
            "id": "SD-2",
            "level": "strategic",
            "parent": "mission",
            "owner": "B",
            "perspective": "customer",
            "title": LONG,
            "measures": [measure],
        },
        {
            "id": "AD-1",
            "level": "department",
            "parent": "SD-1",
            "unit": HOSTILE,
            "owner": "C",
            "perspective": "process",
            "title": HOSTILE,
            "measures": [measure],
        },
    ]
    write("goals.yaml", {"kind": "goals", "goals": goals})
    write(
        "analysis.yaml",
        {
            "kind": "analysis",
            "title": HOSTILE,
            "swot": {
                "strengths": [{"id": "S1", "text": HOSTILE}],
                "threats": [{"id": "T1", "text": HOSTILE}],
                "confrontation": {"S1": {"T1": 2}},
            },
        },
    )
    write(
        "scorecard.yaml",
        {
            "kind": "scorecard",
            "id": "BSC",
            "title": HOSTILE,
            "scope": {"level": "strategic"},
            "links": [["SD-2", "SD-1"]],
        },
    )
    write(
        "okr.yaml",
        {
            "kind": "okr",
            "id": "OKR-1",
            "parent": "SD-1",
            "objective": HOSTILE,
            "key_results": [
                {"id": "KR1", "text": HOSTILE, "baseline": 0, "target": 10, "current": 5}
            ],
        },
    )
    return root


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_plan_text_is_text_in_markdown(tmp_path: Path, lang: str) -> None:
    plan = hostile_plan(tmp_path / "plan")
    text = report(str(plan), "--as-of", "2026-06-30", "--lang", lang)
    assert "49" not in text  # `{{ 7*7 }}` in plan text is never evaluated
    assert "{{ 7\\*7 }} {% raw %}x{% endraw %}" in text
    assert "<script" not in text and "]]>" not in text
    tokens = parse(text)
    html = [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert {t.content for t in html} <= {"<br>"}  # only the report's own line breaks
    for t in tokens:
        for child in t.children or []:
            assert child.type != "html_inline" or child.content == "<br>"
            assert child.type != "link_open" or str(child.attrs["href"]).startswith("#")
    for header, rows in tables(parse(text)):
        assert all(len(r) == len(header) for r in rows), header
    assert len(headings(tokens, "h1")) == 1
    assert LONG.strip() in text.replace("  ", " ") or LONG[:100] in text
    for block in mermaid_blocks(tokens):
        for line in block.splitlines():
            if '["' in line:
                label = line.split('["', 1)[1].rsplit('"]', 1)[0]
                assert not set(label) & set('"<>`\n'), line
    assert len(mermaid_blocks(tokens)) == 2  # the flow chart and the strategy map


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_plan_text_is_text_in_html(tmp_path: Path, lang: str) -> None:
    from html.parser import HTMLParser

    plan = hostile_plan(tmp_path / "plan")
    text = report(str(plan), "--as-of", "2026-06-30", "--lang", lang, "-f", "html")
    # Outside the charts' coordinates, no 49: `{{ 7*7 }}` was never evaluated.
    assert "49" not in re.sub(r"<svg\b.*?</svg>", "", text, flags=re.S)
    assert "{{ 7*7 }} {% raw %}x{% endraw %}" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "]]&gt;" in text

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: set[str] = set()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.add(tag)
            if tag not in ("meta", "br"):
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open and self.open[-1] == tag, (tag, self.open[-3:])
            self.open.pop()

    parser = Tags()
    parser.feed(text)
    assert parser.open == []
    assert "script" not in parser.tags and "a" in parser.tags


def test_the_dutch_report_holds_no_english_domain_words() -> None:
    from .test_messages import BLOCKLIST

    text = (GOLDEN / "report-gouden-korst.nl.md").read_text(encoding="utf-8")
    assert BLOCKLIST.findall(re.sub(r"`[^`]*`", "", text)) == []
    assert "1.380.000" in text and "30 november 2026" in text
