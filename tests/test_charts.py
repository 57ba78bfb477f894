"""The SVG charts of the HTML report: valid XML, plan text shown only as text, the
geometry the numbers ask for, a status readable without colour, and a strategy map that
stays small and fast for a large plan."""

from __future__ import annotations

import math
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from prestatie.i18n import Speaker
from prestatie.render import charts

SVG = "{http://www.w3.org/2000/svg}"
STATUSES = ("green", "amber", "red", "none", "not-started")

HOSTILE = [
    "<script>alert(1)</script>",
    "Omzet & winst",
    "Zeg \"ja\" en 'nee'",
    "]]> <![CDATA[x]]>",
    "{{ 7 * 7 }} {% raw %}",
    "regel een\nregel twee\r\tnog een",
    "\x00\x07\x1b[31mrood\x1b[0m\x7f",
    "\u202egnitirw\u202c en \ud800",
    "<!-- --> <?xml ?> &amp; &#x3c;",
    "x" * 10_000,
]


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def texts(root: ET.Element) -> str:
    """All text the chart shows (line by line) or names (titles and tooltips), joined."""
    shown = [el.text or "" for el in root.iter() if el.tag in {f"{SVG}tspan", f"{SVG}title"}]
    return " ".join(shown)


def by_class(root: ET.Element, cls: str) -> list[ET.Element]:
    return [el for el in root.iter() if cls in (el.get("class") or "").split()]


def numbers(text: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", text)]


def points(element: ET.Element) -> list[tuple[float, float]]:
    values = numbers(element.get("points", ""))
    return list(zip(values[::2], values[1::2], strict=True))


def all_charts(label: str) -> dict[str, str]:
    """Every chart kind with `label` in every text it takes."""
    rows = [(label, [(label, label), ("b", label)]), ("Klant", [("c", label)])]
    return {
        "radar": charts.radar([(label, 0.5), ("Klant", 0.2), ("Intern", 1.0)], title=label),
        "radar-as-bars": charts.radar([(label, 0.5)], title=label),
        "bars": charts.bars([(label, 0.5, label), ("Klant", 1.0, "100 %")], title=label),
        "progress": charts.progress(0.4, "amber", label=label),
        "map": charts.strategy_map(rows, [("c", label), (label, "b")], title=label),
    }


# ---- every chart: valid, accessible, self-contained, deterministic


@pytest.mark.parametrize("kind", sorted(all_charts("Financieel")))
def test_every_chart_is_an_accessible_self_contained_svg(kind: str) -> None:
    svg = all_charts("Financieel")[kind]
    root = parse(svg)
    assert root.get("role") == "img"
    assert root[0].tag == f"{SVG}title" and (root[0].text or "").strip()
    *_, w, h = numbers(root.get("viewBox", ""))
    assert w > 0 and h > 0
    assert root.get("font-family") == "system-ui, sans-serif"
    assert "href" not in svg and "@import" not in svg and "url(http" not in svg
    assert svg.count("http") == 1  # the namespace, nothing fetched
    assert "chart" in (root.get("class") or "").split()


@pytest.mark.parametrize("kind", sorted(all_charts("Financieel")))
def test_charts_are_deterministic_with_one_decimal(kind: str) -> None:
    svg = all_charts("Financieel")[kind]
    assert svg == all_charts("Financieel")[kind]
    root = parse(svg)
    for el in root.iter():
        for name, value in el.attrib.items():
            if name in {"points", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "width"}:
                assert not re.search(r"\d\.\d\d", value), (name, value)


# ---- hostile plan text


@pytest.mark.parametrize("label", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_only_ever_text(label: str) -> None:
    for kind, svg in all_charts(label).items():
        root = parse(svg)  # control characters and surrogates would break the XML
        assert "<script" not in svg, kind
        assert "{{" not in svg and "{%" not in svg, kind
        assert "]]>" not in svg and "<!--" not in svg and "<?xml" not in svg, kind
        assert "\x1b" not in svg and "\u202e" not in svg and "\n" not in svg, kind
        assert len(svg) < 8_000, (kind, len(svg))
        assert all(len(el.text or "") <= charts.TITLE for el in root.iter())


def test_escaped_text_reads_back_as_written() -> None:
    for label in ("<script>alert(1)</script>", "Omzet & winst", 'Zeg "ja"', "{{ x }}", "]]>"):
        for kind, svg in all_charts(label).items():
            assert label in texts(parse(svg)), (kind, label)


def test_long_text_is_cut_with_an_ellipsis() -> None:
    root = parse(charts.bars([("x" * 10_000, 0.5, "50 %")], width=2000, title="y" * 10_000))
    assert root[0].text == "y" * (charts.TITLE - 1) + "…"
    tooltip = root.find(f"{SVG}g/{SVG}title")
    assert tooltip is not None and tooltip.text == "x" * (charts.LABEL - 1) + "…"


# ---- radar


def radar_geometry(shares: list[float]) -> tuple[list[tuple[float, float]], ET.Element]:
    labels = [f"Perspectief {i}" for i in range(len(shares))]
    root = parse(charts.radar(list(zip(labels, shares, strict=True)), title="Balans"))
    (area,) = by_class(root, "radar-area")
    return points(area), root


def test_radar_points_lie_where_their_shares_say() -> None:
    got, root = radar_geometry([1.0, 0.0, 0.5, 0.25, 0.75])
    axis = by_class(root, "axis")[0]
    centre = (float(axis.get("x1", "")), float(axis.get("y1", "")))
    outer = next(points(r) for r in by_class(root, "grid") if r.get("data-ring") == "100")
    radius = math.dist(centre, outer[0])
    assert radius > 50
    assert math.dist(got[0], outer[0]) < 0.15  # a share of 1.0 is on the outer ring
    assert math.dist(got[1], centre) < 0.15  # 0 is the centre
    for point, share in zip(got[2:], (0.5, 0.25, 0.75), strict=True):
        assert math.dist(point, centre) == pytest.approx(share * radius, abs=0.15)
    assert got[0][0] == pytest.approx(centre[0], abs=0.1) and got[0][1] < centre[1]  # top


def test_radar_has_four_rings_and_an_axis_with_its_label_each() -> None:
    _, root = radar_geometry([0.5] * 6)
    assert sorted(r.get("data-ring") for r in by_class(root, "grid")) == ["100", "25", "50", "75"]
    assert all(len(points(r)) == 6 for r in by_class(root, "grid"))
    assert len(by_class(root, "axis")) == 6
    assert len(by_class(root, "radar-point")) == 6
    shown = texts(root)
    assert all(f"Perspectief {i}" in shown for i in range(6))


def test_radar_clamps_shares_outside_zero_to_one() -> None:
    got, root = radar_geometry([1.7, -0.3, math.nan, 1.0])
    outer = next(points(r) for r in by_class(root, "grid") if r.get("data-ring") == "100")
    centre = next(points(r) for r in by_class(root, "grid") if r.get("data-ring") == "25")
    assert got[0] == outer[0] and got[3] == outer[3]  # above 1: on the outer ring
    assert math.dist(got[1], got[2]) < 0.15  # below 0 and not a number: the centre
    assert math.dist(got[1], got[0]) > math.dist(centre[0], outer[0])


@pytest.mark.parametrize("count", [0, 1, 2])
def test_radar_with_fewer_than_three_axes_draws_bars(count: int) -> None:
    axes = [("Financieel 85 %", 0.85), ("Klant 40 %", 0.4)][:count]
    root = parse(charts.radar(axes, title="Balans"))
    assert "chart-bars" in (root.get("class") or "")
    assert len(by_class(root, "bar")) == count
    assert all(label in texts(root) for label, _ in axes)  # the share is not cut off


def test_radar_labels_in_dutch_as_the_report_writes_them() -> None:
    nl = Speaker("nl")
    axes = [
        (f"{nl.perspective(p)} {nl.percent(v * 100, 0)}", v)
        for p, v in [("financial", 0.85), ("customer", 0.6), ("internal", 0.4), ("learning", 1.0)]
    ]
    shown = texts(parse(charts.radar(axes, title="Balans per perspectief")))
    assert "Financieel 85 %" in shown.replace("\n", " ")


# ---- bars


def test_bar_widths_are_proportional_to_the_values() -> None:
    values = [1.0, 0.5, 0.25, 0.0, 0.85]
    rows = [(f"Rij {i}", v, f"{round(v * 100)} %") for i, v in enumerate(values)]
    root = parse(charts.bars(rows, title="Balans"))
    tracks = [float(t.get("width", "")) for t in by_class(root, "bar-track")]
    widths = [float(b.get("width", "")) for b in by_class(root, "bar")]
    assert len(widths) == len(values) and len(set(tracks)) == 1
    for width, value in zip(widths, values, strict=True):
        assert width == pytest.approx(value * tracks[0], abs=0.1)
    shown = texts(root)
    assert all(f"{round(v * 100)} %" in shown for v in values)


def test_bars_clamp_values_and_survive_no_rows() -> None:
    root = parse(charts.bars([("a", 3.0, ""), ("b", -1.0, ""), ("c", math.nan, "")], title="x"))
    track = float(by_class(root, "bar-track")[0].get("width", ""))
    assert [float(b.get("width", "")) for b in by_class(root, "bar")] == [track, 0, 0]
    assert by_class(parse(charts.bars([], title="Leeg")), "bar") == []


# ---- progress


@pytest.mark.parametrize("status", STATUSES)
def test_progress_shows_the_status_by_word_and_shape(status: str) -> None:
    word = Speaker("nl").word("status", status)
    root = parse(charts.progress(0.6, status, label=word))
    assert word in texts(root)
    assert (root[0].text or "") == word
    marks = by_class(root, "status-mark")
    assert len(marks) == 1 and f"status-{status}" in (marks[0].get("class") or "")
    (bar,) = by_class(root, "progress-bar")
    assert f"status-{status}" in (bar.get("class") or "")
    assert bar.get("fill", "").startswith("#")  # a default colour, themed by the class


def test_each_status_has_its_own_shape() -> None:
    shapes = set()
    for status in STATUSES:
        root = parse(charts.progress(0.5, status, label=status))
        (mark,) = by_class(root, "status-mark")
        shapes.add(_shape(mark))
    assert len(shapes) == len(STATUSES)


def _shape(mark: ET.Element) -> str:
    return " ".join(el.tag.removeprefix(SVG) + (el.get("fill", "")[:1]) for el in mark.iter())


def test_progress_without_data_is_an_empty_outlined_bar_with_the_word() -> None:
    root = parse(charts.progress(None, "none", label="geen data"))
    assert by_class(root, "progress-bar") == []
    (track,) = by_class(root, "progress-track")
    assert track.get("fill") == "none" and track.get("stroke")
    assert "geen data" in texts(root)


def test_progress_bar_length_follows_the_value() -> None:
    def length(value: float) -> float:
        root = parse(charts.progress(value, "green", width=200, label="groen"))
        return float(by_class(root, "progress-bar")[0].get("width", ""))

    assert length(1.0) == pytest.approx(2 * length(0.5), abs=0.1)
    assert length(1.5) == length(1.0)
    assert length(-1.0) == 0


def test_progress_refuses_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="purple"):
        charts.progress(0.5, "purple", label="paars")


# ---- strategy map


ROWS = [
    ("Financieel", [("f1", "Kosten per inwoner dalen"), ("f2", "Omzet groeit")]),
    ("Klant en markt", [("k1", "Inwoners tevreden"), ("k2", "Wachttijd korter")]),
    ("Interne processen", [("p1", "Doorlooptijd halveren")]),
    ("Leren en ontwikkelen", [("l1", "Medewerkers digitaal vaardig")]),
]


def arrows(root: ET.Element) -> list[ET.Element]:
    return [el for el in root.iter() if el.get("marker-end")]


def test_one_arrow_per_known_link() -> None:
    links = [("l1", "p1"), ("p1", "k1"), ("p1", "k2"), ("k1", "f1"), ("k2", "f2")]
    root = parse(charts.strategy_map(ROWS, links, title="Strategiekaart"))
    found = arrows(root)
    assert len(found) == len(links)
    assert all(a.tag in {f"{SVG}path", f"{SVG}line"} for a in found)
    (marker,) = root.iter(f"{SVG}marker")
    assert all(a.get("marker-end") == f"url(#{marker.get('id')})" for a in found)


def test_unknown_self_and_repeated_links_draw_nothing() -> None:
    links = [("l1", "nergens"), ("nergens", "f1"), ("f1", "f1"), ("l1", "p1"), ("l1", "p1")]
    root = parse(charts.strategy_map(ROWS, links, title="Strategiekaart"))
    assert len(arrows(root)) == 1


def test_links_within_a_row_and_downward_are_drawn_too() -> None:
    links = [("k1", "k2"), ("f1", "l1"), ("l1", "f2")]
    root = parse(charts.strategy_map(ROWS, links, title="Strategiekaart"))
    drawn = arrows(root)
    assert len(drawn) == 3
    down = [a for a in drawn if "map-link-down" in (a.get("class") or "")]
    assert len(down) == 1 and down[0].get("stroke-dasharray")


def test_an_upward_arrow_leaves_the_cause_and_ends_at_the_effect() -> None:
    root = parse(charts.strategy_map(ROWS, [("l1", "f1")], title="Strategiekaart"))
    boxes = {g.get("data-id"): g.find(f"{SVG}rect") for g in by_class(root, "map-node")}
    (arrow,) = arrows(root)
    path = numbers(arrow.get("d", ""))
    start, end = (path[0], path[1]), (path[-2], path[-1])
    cause, effect = boxes["l1"], boxes["f1"]
    assert cause is not None and effect is not None
    assert start[1] == pytest.approx(float(cause.get("y", "")))  # top of the cause
    bottom = float(effect.get("y", "")) + float(effect.get("height", ""))
    assert end[1] == pytest.approx(bottom)  # bottom of the effect


def test_rows_top_to_bottom_with_their_perspective_label() -> None:
    root = parse(charts.strategy_map(ROWS, [], title="Strategiekaart"))
    bands = [float(b.get("y", "")) for b in by_class(root, "map-row")]
    assert bands == sorted(bands) and len(bands) == 4
    heads = [" ".join(t.itertext()) for t in by_class(root, "map-perspective")]
    assert heads[0] == "Financieel" and heads[-1] == "Leren en ontwikkelen"
    ids = [g.get("data-id") for g in by_class(root, "map-node")]
    assert ids == ["f1", "f2", "k1", "k2", "p1", "l1"]


def test_long_objective_labels_wrap_to_three_lines_with_an_ellipsis() -> None:
    long = "Tevredenheid van inwoners stijgt naar gemiddeld een 7,5 over alle kanalen " * 3
    root = parse(charts.strategy_map([("Klant", [("k", long)])], [], title="Kaart"))
    (node,) = by_class(root, "map-node")
    lines = ["".join(s.itertext()) for s in node.iter(f"{SVG}tspan")]
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert lines[0].startswith("Tevredenheid")
    assert all(len(line) <= 40 for line in lines)
    one = parse(charts.strategy_map([("Klant", [("k", "Kort")])], [], title="Kaart"))
    assert ["".join(s.itertext()) for s in one.iter(f"{SVG}tspan")][-1] == "Kort"


def big_map(per_row: int) -> tuple[list[tuple[str, list[tuple[str, str]]]], list[tuple[str, str]]]:
    rows = [
        (
            f"Perspectief {r}",
            [(f"n{r}-{i}", f"Doelstelling {i} van perspectief {r}") for i in range(per_row)],
        )
        for r in range(4)
    ]
    links = [
        (f"n{r + 1}-{i}", f"n{r}-{(i * 7) % per_row}") for r in range(3) for i in range(per_row)
    ]
    return rows, links


def test_a_sixty_objective_map_stays_small_and_fast() -> None:
    rows, links = big_map(15)
    started = time.perf_counter()
    svg = charts.strategy_map(rows, links, title="Strategiekaart")
    elapsed = time.perf_counter() - started
    root = parse(svg)
    assert len(by_class(root, "map-node")) == 60
    assert len(arrows(root)) == len(links)
    assert len(svg) < 60_000
    assert elapsed < 1.0
    rows10, links10 = big_map(150)  # ten times the input: about ten times the output
    assert len(charts.strategy_map(rows10, links10, title="Groot")) < 12 * len(svg)


def test_arrow_marker_ids_differ_between_maps_and_repeat_for_the_same_map() -> None:
    def marker(svg: str) -> str | None:
        return next(parse(svg).iter(f"{SVG}marker")).get("id")

    one = charts.strategy_map(ROWS, [("l1", "p1")], title="A")
    other = charts.strategy_map(ROWS[:2], [("k1", "f1")], title="B")
    assert marker(one) != marker(other)
    assert marker(one) == marker(charts.strategy_map(ROWS, [("l1", "p1")], title="A"))


@pytest.mark.parametrize(
    "make",
    [
        lambda: charts.radar([("a", 0.1), ("b", 0.2), ("c", 0.3)], title="t"),
        lambda: charts.bars([("a", 0.1, "10 %")], title="t"),
        lambda: charts.progress(0.3, "red", label="rood"),
        lambda: charts.strategy_map(ROWS, [("l1", "p1")], title="t"),
    ],
)
def test_colours_are_themable_classes_with_inline_defaults(make: Callable[[], str]) -> None:
    root = parse(make())
    coloured = [el for el in root.iter() if (el.get("fill") or "").startswith("#")]
    assert coloured and all(el.get("class") or _in_classed_group(root, el) for el in coloured)


def _in_classed_group(root: ET.Element, target: ET.Element) -> bool:
    return any(target in list(parent) and parent.get("class") for parent in root.iter())
