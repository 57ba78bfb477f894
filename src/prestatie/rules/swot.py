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
from prestatie.findings import Finding
from prestatie.i18n import Msg, msg
from prestatie.model.analysis import LISTS, SCORE_MAX, SCORE_MIN, Analysis
from prestatie.model.items import ident
from prestatie.model.plan import Plan
from prestatie.source.nodes import YList

#: The words of the messages, by SWOT list: the list, one item, one item with its article.
_LIST = {
    "strengths": "swot.list.strengths",
    "weaknesses": "swot.list.weaknesses",
    "opportunities": "swot.list.opportunities",
    "threats": "swot.list.threats",
}
_NOUN = {
    "strengths": "swot.noun.strengths",
    "weaknesses": "swot.noun.weaknesses",
    "opportunities": "swot.noun.opportunities",
    "threats": "swot.noun.threats",
}
_A_NOUN = {
    "strengths": "swot.a.strengths",
    "weaknesses": "swot.a.weaknesses",
    "opportunities": "swot.a.opportunities",
    "threats": "swot.a.threats",
}
_WHERE = {"row": "swot.where.row", "column": "swot.where.column", "option": "swot.where.option"}
_FORCE = {
    "rivalry": "porter.force.rivalry",
    "new_entrants": "porter.force.new_entrants",
    "substitutes": "porter.force.substitutes",
    "buyer_power": "porter.force.buyer_power",
    "supplier_power": "porter.force.supplier_power",
}
_STRATEGY = {
    "cost-leadership": "porter.strategy.cost-leadership",
    "differentiation": "porter.strategy.differentiation",
    "focus": "porter.strategy.focus",
}
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


def _word(table: dict[str, str], value: str) -> Msg | str:
    """A domain value as a catalogue word; a value without one is shown as written."""
    id = table.get(value)
    return value if id is None else msg(id)


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
                msg("swot/unknown-item", item=goal.id, ref=ref),
                goal.file,
                *written.item_pos(index),
                hint=msg("common.did-you-mean", value=close) if close else None,
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
        owner = (option.id if option else None) or ref.source.id or msg("swot.analysis")
        where = msg(_WHERE[ref.where])
        hint: Msg | None
        if item is None:
            if ref.expected not in pools:  # one pool per kind of reference: indexed once
                pools[ref.expected] = [i.id for c in ref.expected for i in result.items[c]]
            close = plan.suggest(ref.id, pools[ref.expected])
            message = msg("swot/unknown-item.reference", item=owner, where=where, ref=ref.id)
            hint = msg("common.did-you-mean", value=close) if close else None
        else:
            message = msg(
                "swot/unknown-item.category",
                item=owner,
                where=where,
                ref=ref.id,
                category=_word(_A_NOUN, item.category),
            )
            hint = msg("swot/unknown-item.category.hint")
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
            msg("ref/duplicate-id", id=entry.id, file=file, line=str(line)),
            entry.file,
            *entry.pos,
            hint=msg("ref/duplicate-id.swot.hint"),
            item=entry.id,
        )


def _scores(result: Analysis) -> Iterator[Finding]:
    for cell in result.cells:
        if cell.in_range or _silenced("swot/score-range", cell.source.ignore):
            continue
        yield Finding(
            "swot/score-range",
            msg(
                "swot/score-range",
                row=cell.row,
                column=cell.column,
                score=cell.score,
                min=SCORE_MIN,
                max=SCORE_MAX,
            ),
            cell.file,
            *cell.pos,
            hint=msg("swot/score-range.hint"),
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
            msg(
                "swot/too-many",
                item=first.id,
                category=_word(_LIST, category),
                count=len(entries),
                max=limit,
                extra=[e.id for e in extra],
            ),
            first.file,
            *first.pos,
            hint=msg("swot/too-many.hint", max=limit),
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
            others = [a.goal for a in anywhere.get(item.id, [])]
            if not others:
                hint = msg("swot/unaddressed.hint", item=item.id)
            else:
                hint = msg(
                    "swot/unaddressed.hint-other"
                    if len(others) == 1
                    else "swot/unaddressed.hint-others",
                    item=item.id,
                    others=others,
                )
            noun = _word(_NOUN, category)
            yield Finding(
                "swot/unaddressed",
                msg("swot/unaddressed.text", item=item.id, category=noun, text=item.text)
                if item.text
                else msg("swot/unaddressed", item=item.id, category=noun),
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
            msg(
                "porter/incomplete",
                item=owner,
                count=len(missing),
                missing=[_word(_FORCE, force) for force in missing],
            ),
            porter.file,
            *porter.pos,
            hint=msg("porter/incomplete.hint"),
            item=porter.source.id,
        )
    for force in porter.forces.values():
        if force.pressure_written or _silenced("porter/incomplete", force.ignore, *ignores):
            continue
        yield Finding(
            "porter/incomplete",
            msg("porter/incomplete.no-pressure", item=owner, force=_word(_FORCE, force.id)),
            force.file,
            *force.pos,
            hint=msg("porter/incomplete.no-pressure.hint"),
            item=porter.source.id,
        )
    strategies = porter.generic_strategies
    if len(strategies) > 1 and not _silenced("porter/stuck-in-the-middle", *ignores):
        second = next(s for s in porter.declared if s.id == strategies[1])
        yield Finding(
            "porter/stuck-in-the-middle",
            msg(
                "porter/stuck-in-the-middle",
                item=owner,
                count=len(strategies),
                strategies=[_word(_STRATEGY, s) for s in strategies],
            ),
            second.file,
            *second.pos,
            hint=msg("porter/stuck-in-the-middle.hint"),
            item=porter.source.id,
        )
