"""`prestatie tree`: filters with the path to each match, the totals against the core,
the order of the children, --level and --depth for OKRs and OGSMs, and the objectives
that do not derive from the mission."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prestatie.cli import app
from prestatie.compute.okr import ogsms, okrs
from prestatie.compute.progress import compute, not_started
from prestatie.model.plan import load
from prestatie.source.files import Target

from .conftest import EXAMPLES

GOUDEN_KORST = EXAMPLES / "gouden-korst"
NOT_DERIVED = Path(__file__).resolve().parent / "tree_plans" / "not-derived"
AS_OF = "2026-09-15"  # AD-CB-2 is red and behind plan; the Q4 OKRs have not started
runner = CliRunner()
#: These tests read the whole cascade, personal objectives included (tests/test_privacy.py
#: checks the default, which leaves them out).
PEOPLE = ("--include", "people")

Node = dict[str, Any]


def _run(*args: str, plan: Path = GOUDEN_KORST, columns: int = 100) -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["tree", str(plan), *PEOPLE, *args],
        env={"COLUMNS": str(columns), "NO_COLOR": "1", "FORCE_COLOR": None},
        catch_exceptions=False,
    )
    return result.exit_code, result.stdout


def _json(*args: str, plan: Path = GOUDEN_KORST, as_of: str = AS_OF) -> dict[str, Any]:
    code, output = _run("--as-of", as_of, "-f", "json", *args, plan=plan)
    assert code == 0, output
    payload: dict[str, Any] = json.loads(output)
    return payload


def _walk(roots: list[Node]) -> Iterator[tuple[Node, list[Node]]]:
    """Every node with its ancestors, depth first in the order shown."""
    stack: list[tuple[Node, list[Node]]] = [(root, []) for root in reversed(roots)]
    while stack:
        node, above = stack.pop()
        yield node, above
        stack.extend((child, [*above, node]) for child in reversed(node["children"]))


def _expected(test: Callable[[Node, Node | None], bool]) -> tuple[set[str], set[str]]:
    """The matches of `test(node, its parent)` in the unfiltered tree, and the ancestors of
    the matches that are not matches themselves (the path kept as context)."""
    matches: set[str] = set()
    path: set[str] = set()
    for node, above in _walk(_json()["roots"]):
        if node["kind"] != "mission" and test(node, above[-1] if above else None):
            matches.add(node["id"])
            path.update(a["id"] for a in above)
    return matches, path - matches


def _shown(payload: dict[str, Any]) -> tuple[set[str], set[str]]:
    matches, context = set(), set()
    for node, _ in _walk(payload["roots"]):
        (context if node.get("context") else matches).add(node["id"])
    return matches, context


@pytest.mark.parametrize(
    ("args", "test"),
    [
        (["--status", "red"], lambda n, p: n["status"] == "red"),
        (["--status", "rood", "--status", "oranje"], lambda n, p: n["status"] in ("red", "amber")),
        (["--status", "not-started"], lambda n, p: n["status"] == "not-started"),
        (["--status", "geen-data"], lambda n, p: n["status"] == "none"),
        (["--behind"], lambda n, p: n["behind"]),
        (
            ["--owner", "PRODUCTIELEIDER"],
            lambda n, p: "productieleider" in (n["owner"] or "").lower(),
        ),
        (["--owner", "zakelijke"], lambda n, p: "zakelijke" in (n["owner"] or "").lower()),
        (
            ["--unit", "winkels"],
            lambda n, p: (
                (n["unit"] or ((p or {}).get("unit") if n["kind"] == "key-result" else None))
                == "Winkels"
            ),
        ),
        (["--perspective", "klant"], lambda n, p: n["perspective"] == "customer"),
        (["--perspective", "Internal process"], lambda n, p: n["perspective"] == "process"),
        (
            ["--status", "amber", "--behind", "--perspective", "financial"],
            lambda n, p: n["status"] == "amber" and n["behind"] and n["perspective"] == "financial",
        ),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_a_filter_shows_its_matches_with_the_path_from_the_mission(
    args: list[str], test: Callable[[Node, Node | None], bool]
) -> None:
    matches, context = _expected(test)
    assert matches, "the example has matches for every filter tested"
    payload = _json(*args)
    assert _shown(payload) == (matches, context)
    assert payload["total"]["rows"] == len(matches)
    for node, _ in _walk(payload["roots"]):
        if node.get("context"):
            assert node["children"], node["id"]  # context only leads to a match


def test_red_and_behind_shows_only_those_with_their_path() -> None:
    payload = _json("--status", "red", "--behind")
    assert _shown(payload) == ({"AD-CB-2"}, {"mission", "SD-2"})
    assert payload["filter"] == {
        "status": ["red"],
        "behind": True,
        "owner": None,
        "unit": None,
        "perspective": None,
    }
    code, text = _run("--as-of", AS_OF, "--status", "red", "--behind")
    assert code == 0
    lines = text.splitlines()
    assert lines[0] == "peildatum 15 september 2026"
    assert lines[1] == "alleen --status red --behind, met de weg naar elke treffer"
    assert lines[2] == "Missie: Bakkerij De Gouden Korst"
    assert (
        lines[3]
        == "└── SD-2 Brutomarge stijgt van 58,5 % naar 61 % (strategisch · Directie · Financieel)"
    )
    # The expected progress fits after the score; the rest goes on the line below.
    assert re.fullmatch(
        r"    └── AD-CB-2 Dervingskosten centrale bakkerij \S.*…  rood ███░░░░░░░ 32 % "
        r"\(verwacht 71 %\)",
        lines[4],
    ), lines[4]
    assert lines[5] == " " * lines[4].index("rood") + "achter op schema"
    assert lines[6:] == [
        "Treffers: 1 rood · 1 achter op schema",
        "1 van 1 meetpunt met een actuele waarde (100 %)",
        "Regels zonder cijfers leiden naar een treffer en zijn zelf geen treffer.",
    ]


def test_no_match_is_one_line_and_exit_0() -> None:
    code, text = _run("--as-of", AS_OF, "--status", "red", "--unit", "Winkels")
    assert code == 0
    assert text == "Niets voldoet op 15 september 2026 aan --status red --unit 'Winkels'.\n"
    code, text = _run("--as-of", AS_OF, "--owner", "nobody", "--lang", "en", "-f", "md")
    assert code == 0
    assert text.rstrip().endswith("Nothing matches --owner 'nobody' on 15 September 2026.")
    payload = _json("--owner", "nobody")
    assert payload["roots"] == []
    assert payload["total"]["rows"] == 0


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--status", "purple"], "`--status` 'purple': onbekende status; kies rood, oranje"),
        (["--status", "rod"], "bedoel je rood?"),
        (["--perspective", "klnt"], "bedoel je Klant?"),
        (["--perspective", "xyz", "--lang", "en"], "use Financial, Customer, Internal process"),
        (["--unit", "winkel"], "bedoel je 'Winkels'?"),
        (["--unit", "xyzzy", "--lang", "en"], "the units: 'Directie', 'Zakelijke Markt'"),
    ],
)
def test_an_unknown_filter_value_is_a_usage_error_that_names_the_choices(
    args: list[str], says: str
) -> None:
    result = runner.invoke(app, ["tree", str(GOUDEN_KORST), *args])
    assert result.exit_code == 2
    assert says in result.output


def _core_totals(plan_dir: Path, day: date) -> dict[str, Any]:
    """The totals of the whole tree, counted from the core without the tree."""
    plan = load(Target(plan_dir, True, None))
    progress = compute(plan, day)
    status = dict.fromkeys(("red", "amber", "green", "none", "not-started"), 0)
    behind = measured = of = 0
    for goal in plan.goals:
        own = progress.goals[goal.id]
        status[own.status] += 1
        behind += own.behind
        if own.status != "not-started":
            for measure in goal.measures:
                of += 1
                measured += progress.of_measure(measure).actual is not None
    for okr in okrs(plan):
        waiting = not_started(okr.item.period, day)
        of += 0 if waiting else len(okr.key_results)
        measured += 0 if waiting else sum(kr.progress.actual is not None for kr in okr.key_results)
    for ogsm in ogsms(plan):
        if not_started(ogsm.item.period, day):
            continue
        parts = [ogsm.progress[id(m)] for _, m in ogsm.goals if m is not None]
        parts += [p for s in ogsm.strategies for p in s.progress]
        of += len(parts)
        measured += sum(p.actual is not None for p in parts)
    rows = len(plan.goals) + sum(1 + len(o.key_results) for o in okrs(plan))
    rows += sum(1 + len(o.strategies) for o in ogsms(plan))
    return {"rows": rows, "goals": status, "behind": behind, "measures": (measured, of)}


def test_the_totals_are_the_cores_figures() -> None:
    payload = _json()
    total = payload["total"]
    core = _core_totals(GOUDEN_KORST, date.fromisoformat(AS_OF))
    assert total["rows"] == core["rows"] == 70
    assert (total["measures"]["measured"], total["measures"]["of"]) == core["measures"]
    assert total["measures"]["share"] == round(core["measures"][0] / core["measures"][1], 4)
    goals = {s: 0 for s in core["goals"]}
    for node, _ in _walk(payload["roots"]):
        if node["kind"] == "goal":
            goals[node["status"]] += 1
    assert goals == core["goals"]
    every = {s: 0 for s in total["status"]}
    behind = 0
    for node, _ in _walk(payload["roots"]):
        if node["kind"] != "mission":
            every[node["status"]] += 1
            behind += node["behind"]
    assert total["status"] == every
    assert total["behind"] == behind >= core["behind"]
    assert sum(total["status"].values()) == total["rows"]
    code, text = _run("--as-of", AS_OF)
    assert code == 0
    counts = ", ".join(
        f"{n} {word}"
        for status, word in [
            ("red", "rood"),
            ("amber", "oranje"),
            ("green", "groen"),
            ("none", "geen data"),
            ("not-started", "niet gestart"),
        ]
        if (n := total["status"][status])
    )
    assert f"Totaal: {counts} · {total['behind']} achter op schema\n" in text
    measured, of = core["measures"]
    share = round(measured / of * 100)
    assert f"{measured} van {of} meetpunten met een actuele waarde ({share} %)\n" in text


def _order(payload: dict[str, Any], parent: str) -> list[str]:
    for node, _ in _walk(payload["roots"]):
        if node["id"] == parent:
            return [child["id"] for child in node["children"]]
    raise AssertionError(parent)


@pytest.mark.parametrize(
    ("sort", "mission", "sd1", "loose"),
    [
        # The plan's order: files by path (a-okr.yaml before departments.yaml), then lines.
        ("plan", ["SD-2", "SD-1"], ["OKR-S", "AD-10", "AD-9"], ["OKR-X", "AD-2", "C-1"]),
        ("id", ["SD-1", "SD-2"], ["AD-9", "AD-10", "OKR-S"], ["AD-2", "C-1", "OKR-X"]),
        # Lowest score first, no score last.
        ("score", ["SD-1", "SD-2"], ["AD-10", "OKR-S", "AD-9"], ["AD-2", "C-1", "OKR-X"]),
        # Red first; the same status by score.
        ("status", ["SD-1", "SD-2"], ["AD-10", "OKR-S", "AD-9"], ["AD-2", "C-1", "OKR-X"]),
    ],
)
def test_sort_orders(sort: str, mission: list[str], sd1: list[str], loose: list[str]) -> None:
    code, output = _run("--as-of", "2026-06-30", "--sort", sort, "-f", "json", plan=NOT_DERIVED)
    payload = json.loads(output)
    assert payload["sort"] == sort
    assert _order(payload, "mission") == mission
    assert _order(payload, "SD-1") == sd1
    assert [root["id"] for root in payload["roots"][1:]] == loose
    # KR2 (red, 30 %) before KR1 (green, 80 %) by score and by status.
    key_results = ["OKR-S/KR1", "OKR-S/KR2"]
    assert _order(payload, "OKR-S") == (
        key_results if sort in ("plan", "id") else key_results[::-1]
    )
    code, md = _run("--as-of", "2026-06-30", "--sort", sort, "-f", "md", plan=NOT_DERIVED)
    assert code == 0
    shown = re.findall(r"^ *- \*\*([A-Z0-9-]+)\*\*", md, re.MULTILINE)
    assert [i for i in shown if i in mission] == mission


def test_the_default_order_is_the_plans() -> None:
    payload = _json()
    assert _order(payload, "mission") == ["OGSM-2026", "SD-1", "SD-2", "SD-3", "SD-4", "SD-5"]
    assert _order(payload, "AD-ZM-2") == ["OD-ZM-2", "OD-ZM-3", "OKR-ZM-2026-Q3"]


def test_objectives_not_derived_from_the_mission_have_their_own_heading() -> None:
    payload = _json(plan=NOT_DERIVED, as_of="2026-06-30")
    roots = payload["roots"]
    assert [(r["id"], r["derived"]) for r in roots] == [
        ("mission", True),
        ("OKR-X", False),
        ("AD-2", False),
        ("C-1", False),
    ]
    for node, above in _walk(roots):
        assert node["derived"] is ((above or [node])[0]["id"] == "mission")
    code, text = _run("--as-of", "2026-06-30", plan=NOT_DERIVED)
    lines = text.splitlines()
    heading = lines.index("Not derived from the mission")
    assert [ln.split()[1] for ln in lines[heading + 1 :] if ln.startswith(("├", "└"))] == [
        "OKR-X",
        "AD-2",
        "C-1",
    ]
    assert lines[heading + 1].startswith("├── OKR-X OKR Derives from nothing")
    assert lines[heading - 1].startswith("    └── AD-9 ")  # the mission's tree comes first
    code, md = _run("--as-of", "2026-06-30", "-f", "md", plan=NOT_DERIVED)
    before, after = md.split("\n**Not derived from the mission**\n\n")
    assert "- **AD-2** Derives from a goal that does not exist — green" in after
    assert "- **Mission:** Boomtest BV" in before and "AD-2" not in before
    # A filter keeps the heading for the matches below it only.
    payload = _json("--status", "red", plan=NOT_DERIVED, as_of="2026-06-30")
    assert [(r["id"], r["derived"]) for r in payload["roots"]] == [("mission", True)]
    code, text = _run("--as-of", "2026-06-30", "--owner", "inkoop", plan=NOT_DERIVED)
    assert code == 0
    assert "\nNot derived from the mission\n├── OKR-X " in text and "\n└── AD-2 " in text
    assert "AD-9 " in text and "OD-2 " not in text  # 'Inkoper' is not 'inkoop'


def _ids(payload: dict[str, Any]) -> set[str]:
    return {node["id"] for node, _ in _walk(payload["roots"])}


def test_okrs_and_ogsms_obey_level_one_below_what_they_derive_from() -> None:
    strategic = _ids(_json("--level", "strategic"))
    assert {"OGSM-2026", "OGSM-2026/S2"} <= strategic
    assert not {"OGSM-BAKKERIJ-2026", "AD-ZM-1"} & strategic
    department = _ids(_json("--level", "afdeling"))
    assert {"OGSM-BAKKERIJ-2026", "OGSM-BAKKERIJ-2026/S1", "AD-ZM-2"} <= department
    assert not {"OKR-ZM-2026-Q3", "OKR-CB-2026-Q4", "OD-ZM-2"} & department
    operational = _ids(_json("--level", "operational"))
    assert {"OKR-ZM-2026-Q3", "OKR-ZM-2026-Q3/KR2", "OD-ZM-2"} <= operational
    assert not {"OKR-ZM-OFFERTE-2026-Q3", "FD-ACC-1"} & operational
    function = _ids(_json("--level", "function"))
    assert {"OKR-ZM-OFFERTE-2026-Q3", "FD-ACC-1", "PR-ZORG"} <= function
    assert "PD-0142-1" not in function


def test_depth_counts_okr_and_ogsm_parts_as_levels() -> None:
    one = _json("--depth", "1")
    assert _order(one, "mission") == ["OGSM-2026", "SD-1", "SD-2", "SD-3", "SD-4", "SD-5"]
    assert all(not c["children"] for c in one["roots"][0]["children"])
    two = _json("--from", "OKR-ZM-2026-Q3", "--depth", "2")
    assert "OKR-ZM-OFFERTE-2026-Q3" in _ids(two)
    assert "OKR-ZM-OFFERTE-2026-Q3/KR1" not in _ids(two)


def test_show_measures_lists_each_measure_under_its_objective() -> None:
    code, text = _run("--as-of", AS_OF, "--from", "SD-2", "--depth", "0", "--show", "measures")
    assert code == 0
    rows = text.splitlines()
    assert rows[1].startswith("SD-2 Brutomarge stijgt van 58,5 % naar 61 %")
    (row,) = [r for r in rows if r.startswith("    · Brutomarge")]
    assert re.fullmatch(r"    · Brutomarge +59,4 / 61 %  oranje +█+░+ +36 %", row), row
    code, md = _run(
        "--as-of", AS_OF, "--from", "SD-2", "--depth", "0", "--show", "measures", "-f", "md"
    )
    assert "  - · Brutomarge: 59,4 / 61 % — oranje · `████░░░░░░` 36 %" in md


@pytest.mark.parametrize("columns", [80, 100])
def test_bars_stand_in_one_column_and_rows_fit_the_width(columns: int) -> None:
    code, text = _run("--as-of", AS_OF, "--show", "measures", columns=columns)
    assert code == 0
    bars = set()
    for line in text.splitlines():
        assert len(line) <= columns, line
        found = re.search(r"  \S+(?: \S+)? +([█░·]{10}) ", line)
        if found:
            bars.add(found.start(1))
    assert len(bars) == 1, bars


def test_piped_without_columns_rows_are_not_cut() -> None:
    result = runner.invoke(
        app,
        ["tree", str(GOUDEN_KORST), "--as-of", AS_OF],
        env={"COLUMNS": None, "NO_COLOR": "1"},
        catch_exceptions=False,
    )
    assert "…" not in result.output
    assert "OGSM De Gouden Korst wordt dé ambachtelijke bakker van de regio, in onze eigen" in (
        result.output
    )


def test_markdown_takes_the_same_filters_and_marks_the_path() -> None:
    code, md = _run("--as-of", AS_OF, "--status", "red", "--behind", "-f", "md")
    assert code == 0
    items = re.findall(r"^ *- \*\*([^*]+)\*\*(.*)$", md, re.MULTILINE)
    assert [i for i, _ in items] == ["Missie:", "SD-2", "AD-CB-2"]
    assert "—" not in items[1][1]  # the path: no figures
    assert items[2][1].startswith(" Dervingskosten centrale bakkerij dalen van € 186.000 naar")
    assert "— rood · `███░░░░░░░` 32 % (verwacht 71 %) · achter op schema" in items[2][1]
    assert "\nTreffers: 1 rood · 1 achter op schema  \n" in md
    assert md.rstrip().endswith(
        "Regels zonder cijfers leiden naar een treffer en zijn zelf geen treffer."
    )


def test_the_measures_of_an_okr_before_its_period_are_not_started_too() -> None:
    """A key result's own measure entry says what its node says: no score before the
    quarter starts (as a goal's measures before its period)."""
    result = runner.invoke(
        app,
        ["tree", str(EXAMPLES / "northwind-care"), "-f", "json", "--as-of", "2026-08-01"],
        catch_exceptions=False,
    )
    found: dict[str, Any] = {}

    def walk(node: dict[str, Any]) -> None:
        found[node["id"]] = node
        for child in node.get("children", []):
            walk(child)

    for root in json.loads(result.stdout)["roots"]:
        walk(root)
    key_results = [n for key, n in found.items() if key.startswith("OKR-PD-2026-Q4/")]
    assert len(key_results) == 3
    for node in key_results:
        assert node["status"] == "not-started" and node["score"] is None
        (measure,) = node["measures"]
        assert (measure["status"], measure["score"], measure["progress"]) == (
            "not-started",
            None,
            None,
        )
        assert measure["scale"] == "okr"
