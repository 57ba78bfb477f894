"""The words and figures of one row of `prestatie tree`, shared by the terminal and the
Markdown renderer: the bar, the score, the status, what follows them, a measure's values
and the totals under the tree. Every figure arrives from `compute`; this only writes it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from prestatie.compute.tree import TreeView
from prestatie.compute.tree_node import Node
from prestatie.compute.tree_select import STATUSES, Totals, TreeFilter
from prestatie.i18n import Speaker
from prestatie.render.common import NONE, value

BAR = 10


class Remembering(Speaker):
    """`speaker`, saying each text, word and percentage once: a tree repeats the same few
    (a status, a level, `behind plan`) on every row. Arguments are told apart by type
    too, so `1` and `1.0` or `True` never share an entry."""

    __slots__ = ("_said",)

    def __init__(self, speaker: Speaker) -> None:
        super().__init__(speaker.lang, speaker.perspectives)
        self._said: dict[tuple[object, ...], str] = {}

    def _once(self, key: tuple[object, ...], say: Callable[[], str]) -> str:
        try:
            found = self._said.get(key)
        except TypeError:  # an argument that is not hashable (a list): said each time
            return say()
        if found is None:
            found = self._said[key] = say()
        return found

    def text(self, id: str, /, **args: object) -> str:
        key = ("text", id, *((name, type(arg), arg) for name, arg in sorted(args.items())))
        return self._once(key, lambda: Speaker.text(self, id, **args))

    def word(self, group: str, value: str) -> str:
        return self._once(("word", group, value), lambda: Speaker.word(self, group, value))

    def percent(self, value: float, decimals: int | None = None) -> str:
        key = ("percent", type(value), value, decimals)
        return self._once(key, lambda: Speaker.percent(self, value, decimals))


def remembering(speaker: Speaker) -> Speaker:
    return speaker if isinstance(speaker, Remembering) else Remembering(speaker)


def bar(score: float | None) -> str:
    if score is None:
        return "·" * BAR
    filled = round(max(0.0, min(1.0, score)) * BAR)
    return "█" * filled + "░" * (BAR - filled)


def score_text(score: float | None, speaker: Speaker) -> str:
    """A score of 0..1 as a whole percentage (`78 %`), `–` without one."""
    return NONE if score is None else speaker.percent(score * 100, 0)


def status_word(status: str, speaker: Speaker) -> str:
    return speaker.word("status", status)


def shown_id(node: Node) -> str:
    """A key result or strategy by its own id (`KR1`, `S2`) under its OKR or OGSM; the
    full reference (`OKR-X/KR1`) is in the JSON and works with `--from`."""
    if node.kind in ("key-result", "strategy") and "/" in node.id:
        return node.id.rsplit("/", 1)[1]
    return node.id


def kind_word(node: Node, speaker: Speaker) -> str | None:
    """`OKR` or `OGSM` before the objective of one; None for a goal. A key result or
    strategy needs no word: it stands under its OKR or OGSM, by its own id."""
    if node.kind not in ("okr", "ogsm"):
        return None
    return speaker.text("label." + node.kind)


def details(node: Node, speaker: Speaker) -> str | None:
    """`strategic · Directie · Financial`: level, owner and perspective, as far as known."""
    parts = [speaker.level(node.level)] if node.level else []
    parts += [node.owner] if node.owner else []
    parts += [speaker.perspective(node.perspective)] if node.perspective else []
    return " · ".join(parts) or None


def expected(node: Node, speaker: Speaker) -> str | None:
    """`(expected 92%)`, right after the score, when the node is behind plan."""
    if node.behind and node.expected is not None:
        return speaker.text("tree.expected", share=node.expected * 100)
    return None


def after(node: Node, speaker: Speaker) -> list[str]:
    """What follows the score (and `expected`), each part after a `·`: `behind plan`,
    `rolled up from its OKRs`, `target met` for a key result without a score, and
    `measured 1 of 3` when some of an objective's parts have no score yet."""
    parts = []
    if node.behind:
        parts.append(speaker.text("label.behind"))
    if node.rolled_up:
        parts.append(speaker.text("label.rolled-up"))
    if node.score is None and node.met is not None and node.status != "none":
        parts.append(speaker.text("label.met" if node.met else "label.not-met"))
    cover = node.coverage
    if cover is not None and 0 < cover.measured < cover.of:
        parts.append(speaker.text("label.measured", measured=cover.measured, of=cover.of))
    return parts


def measure_status(node: Node, entry: Mapping[str, Any]) -> tuple[str, float | None]:
    """A measure's status and score under `node`: not started, without a score, when its
    OKR or OGSM has not started (as the node itself shows)."""
    if node.status == "not-started":
        return "not-started", None
    score = entry.get("score")
    return str(entry.get("status") or "none"), score if isinstance(score, int | float) else None


def measure_values(entry: Mapping[str, Any], speaker: Speaker) -> str:
    """`1.341.000 / 1.380.000 EUR`: a measure's current value and target, with its unit."""
    return speaker.text(
        "tree.measure-values",
        actual=value(entry.get("actual"), speaker),
        target=value(entry.get("target"), speaker),
        unit=str(entry.get("unit") or ""),
    ).rstrip()


def filters_text(flt: TreeFilter) -> str:
    """The filters as options: `--status red --behind --owner 'Directie'`."""
    parts = [f"--status {status}" for status in STATUSES if status in flt.statuses]
    if flt.behind:
        parts.append("--behind")
    for option, given in (
        ("--owner", flt.owner),
        ("--unit", flt.unit),
        ("--perspective", flt.perspective),
    ):
        if given:
            parts.append(f"{option} {given!r}")
    return " ".join(parts)


def total_lines(total: Totals, filtered: bool, speaker: Speaker) -> list[str]:
    """`Total: 20 amber, 49 green`, `28 behind plan` and the measures with a current
    value; `Matches: ...` when a filter is on. Each part is a line of its own or, where
    the width allows, joined by ` · `."""
    counts = [
        speaker.text("tree.count", n=total.status[status], status=status)
        for status in STATUSES
        if total.status.get(status)
    ]
    lines = [
        speaker.text("tree.matches" if filtered else "tree.total", counts=counts),
        speaker.text("tree.behind-count", n=total.behind),
    ]
    share = total.measured_share
    if share is not None:
        lines.append(
            speaker.text(
                "tree.measured",
                measured=total.measures.measured,
                of=total.measures.of,
                share=share * 100,
            )
        )
    return lines


def any_node(view: TreeView, test: Callable[[Node], bool]) -> bool:
    """Does any node of the view but the mission pass `test`? Without recursion."""
    stack = [*view.roots, *view.loose]
    while stack:
        node = stack.pop()
        if node.kind != "mission" and test(node):
            return True
        stack.extend(node.children)
    return False
