"""SWOT and Porter rules: references into the analysis, scores, list sizes, the
weaknesses and threats no strategic objective answers, and Porter's completeness.

Everything is judged on `analysis.analyse(plan)`, the same data `prestatie
analysis` shows. SWOT items, options and Porter sections carry their own
`ignore:`; the pass honours those (and the analysis document's) itself, because
the findings name the SWOT item, not the document.
"""

from __future__ import annotations

from collections.abc import Iterator

from prestatie.compute.analysis import analyse, coverage
from prestatie.findings import Finding, quote
from prestatie.model.analysis import LISTS, SCORE_MAX, SCORE_MIN, Analysis
from prestatie.model.items import ident
from prestatie.model.plan import Plan
from prestatie.source.nodes import YList

_SINGULAR = {
    "strengths": "strength",
    "weaknesses": "weakness",
    "opportunities": "opportunity",
    "threats": "threat",
}
_WHERE = {"row": "confrontation row", "column": "confrontation column", "option": "option item"}
_MATRIX_HINT = (
    "rows are strengths and weaknesses, columns opportunities and threats: "
    "`confrontation: {S1: {O1: 2, T1: -1}}`"
)
#: Findings for unaddressed opportunities default to info: an unused opportunity is
#: a choice, an unanswered weakness or threat is a risk.
_UNADDRESSED_SEVERITY = {"weaknesses": "", "threats": "", "opportunities": "info"}


def check(plan: Plan) -> Iterator[Finding]:
    if not any(item.kind == "analysis" for item in plan.items):
        return
    result = analyse(plan)
    yield from _addresses(plan, result)
    yield from _references(plan, result)
    yield from _duplicates(result)
    yield from _scores(result)
    yield from _sizes(plan, result)
    yield from _unaddressed(plan, result)
    yield from _porter(result)


def _silenced(code: str, *ignores: frozenset[str]) -> bool:
    family = code.split("/", 1)[0]
    return any(code in s or family in s or f"{family}/*" in s for s in ignores)


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def _short(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _addresses(plan: Plan, result: Analysis) -> Iterator[Finding]:
    known = [*result.by_id, *result.options_by_id]
    for goal in plan.goals:
        written = goal.data.get("addresses")
        if not isinstance(written, YList):
            continue
        for index, value in enumerate(written):
            ref = ident(value)
            if ref is None or ref in result.by_id or ref in result.options_by_id:
                continue
            close = plan.suggest(ref, known)
            yield Finding(
                "swot/unknown-item",
                f"{goal.id}: addresses {quote(ref)}, which is not an item of the SWOT analysis",
                goal.file,
                *written.item_pos(index),
                hint=f"did you mean {quote(close)}?" if close else None,
                item=goal.id,
            )


def _references(plan: Plan, result: Analysis) -> Iterator[Finding]:
    wrong_rows: set[tuple[str, str]] = set()  # a wrong row's columns are not judged again
    pools: dict[tuple[str, ...], list[str]] = {}
    for ref in result.references:
        item = result.by_id.get(ref.id)
        if item is not None and item.category in ref.expected:
            continue
        if ref.where == "row":
            wrong_rows.add((ref.file, ref.id))
        elif ref.row is not None and (ref.file, ref.row) in wrong_rows:
            continue
        option = ref.option
        ignores = [ref.source.ignore, option.ignore if option else frozenset()]
        if _silenced("swot/unknown-item", *ignores):
            continue
        owner = (option.id if option else None) or ref.source.id or "analysis"
        where = f"{owner}: {_WHERE[ref.where]} {quote(ref.id)}"
        if item is None:
            if ref.expected not in pools:  # one pool per kind of reference: indexed once
                pools[ref.expected] = [i.id for c in ref.expected for i in result.items[c]]
            close = plan.suggest(ref.id, pools[ref.expected])
            message = f"{where} is not an item of the SWOT analysis"
            hint = f"did you mean {quote(close)}?" if close else None
        else:
            message = f"{where} is {_a(_SINGULAR[item.category])}"
            hint = _MATRIX_HINT
        yield Finding(
            "swot/unknown-item",
            message,
            ref.file,
            *ref.pos,
            hint=hint,
            item=(option.id if option else None) or ref.source.id,
        )


def _duplicates(result: Analysis) -> Iterator[Finding]:
    for entry, (file, line) in result.duplicates:
        yield Finding(
            "ref/duplicate-id",
            f"id {quote(entry.id)} is already used in {file}:{line}",
            entry.file,
            *entry.pos,
            hint="every SWOT item and option needs its own id, also across analysis documents",
            item=entry.id,
        )


def _scores(result: Analysis) -> Iterator[Finding]:
    for cell in result.cells:
        if cell.in_range or _silenced("swot/score-range", cell.source.ignore):
            continue
        yield Finding(
            "swot/score-range",
            f"{cell.row}×{cell.column}: score {cell.score} is outside {SCORE_MIN}..+{SCORE_MAX}",
            cell.file,
            *cell.pos,
            hint="score from -2 (strongly hinders) to +2 (strongly helps); "
            "0, or leave the pair out, when it does not matter",
            item=cell.source.id,
        )


def _max_items(plan: Plan) -> int:
    value = plan.config.param("swot/too-many", "max_items")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return 5


def _sizes(plan: Plan, result: Analysis) -> Iterator[Finding]:
    limit = _max_items(plan)
    for category in LISTS:
        entries = result.items[category]
        if len(entries) <= limit:
            continue
        extra = entries[limit:]
        first = extra[0]
        if _silenced("swot/too-many", first.source.ignore):
            continue
        yield Finding(
            "swot/too-many",
            f"{first.id}: {category} hold {len(entries)} items, more than {limit} "
            f"({', '.join(e.id for e in extra)} beyond the limit)",
            first.file,
            *first.pos,
            hint=f"keep the {limit} that matter most; a longer list is an inventory, not a choice",
            item=first.source.id,
        )


def _unaddressed(plan: Plan, result: Analysis) -> Iterator[Finding]:
    anywhere = coverage(plan.goals, result, levels=None)
    for category, severity in _UNADDRESSED_SEVERITY.items():
        for item in result.items[category]:
            if result.coverage.get(item.id):
                continue
            if _silenced("swot/unaddressed", item.ignore, item.source.ignore):
                continue
            hint = f"add {item.id} to `addresses:` of the strategic objective that answers it"
            others = [a.goal for a in anywhere.get(item.id, [])]
            if others:
                verb = "addresses" if len(others) == 1 else "address"
                hint += f"; {', '.join(others)} {verb} it too, but only strategic objectives count"
            yield Finding(
                "swot/unaddressed",
                f"{item.id}: no strategic objective addresses this {_SINGULAR[category]}"
                + (f" ({_short(item.text)})" if item.text else ""),
                item.file,
                *item.pos,
                hint=hint,
                item=item.id,
                severity=severity,
            )


def _porter(result: Analysis) -> Iterator[Finding]:
    porter = result.porter
    if porter is None:
        return
    owner = porter.source.id or "porter"
    ignores = (porter.ignore, porter.source.ignore)
    missing = porter.missing
    if missing and not _silenced("porter/incomplete", *ignores):
        yield Finding(
            "porter/incomplete",
            f"{owner}: {len(missing)} of the five forces not assessed: {', '.join(missing)}",
            porter.file,
            *porter.pos,
            hint="assess every force under `forces:` with `pressure: low | medium | high` "
            "and a note, also when the pressure is low",
            item=porter.source.id,
        )
    for force in porter.forces.values():
        if force.pressure_written or _silenced("porter/incomplete", force.ignore, *ignores):
            continue
        yield Finding(
            "porter/incomplete",
            f"{owner}: force {force.id} has no pressure",
            force.file,
            *force.pos,
            hint="add `pressure: low`, `medium` or `high` (laag, gemiddeld, hoog)",
            item=porter.source.id,
        )
    strategies = porter.generic_strategies
    if len(strategies) > 1 and not _silenced("porter/stuck-in-the-middle", *ignores):
        second = next(s for s in porter.declared if s.id == strategies[1])
        yield Finding(
            "porter/stuck-in-the-middle",
            f"{owner}: {len(strategies)} generic strategies declared ({', '.join(strategies)})",
            second.file,
            *second.pos,
            hint="choose one of cost-leadership, differentiation and focus; a focus on "
            "differentiation is `generic_strategy: focus` with `focus_type: differentiation`",
            item=porter.source.id,
        )
