"""Which findings follow from another: causes before consequences.

A finding that stops part of the plan from being read (`findings.blocking`: a file that
cannot be parsed, a document of unknown kind) hides everything that part defines; the
references to it then look unknown and the balance looks one-sided. One misspelt
perspective sets off the balance and scorecard rules that count perspectives; one unknown
parent breaks the line of sight of everything below it. `link` marks each such
consequence with the key of the finding it follows from (`Finding.follows`), so that the
output shows the cause and folds the rest (`render.text`), and replaces a "did you mean"
that would point away from the real, unreadable definition.

The ids a broken file defines are recovered from its text (`id: ...` at the start of a
mapping entry, block or flow style): a parser error leaves no model of the file, but the
ids are still legible to the reader, and they are what the other files refer to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from prestatie.findings import Finding, blocking
from prestatie.i18n import Msg, msg
from prestatie.model.items import Goal
from prestatie.model.plan import Plan
from prestatie.source.nodes import YMap
from prestatie.source.reading import read_text

#: The argument of each reference finding that names the id it could not find.
_REFERENCES = {
    "ref/unknown-parent": "parent",
    "ref/unknown-person": "person",
    "people/unknown-manager": "manager",
    "ref/unknown-theme": "theme",
    "bsc/unknown-objective": "ref",
    "bsc/link-unknown": "ref",
    "swot/unknown-item": "ref",
}
#: Findings about something absent that a lost part of the plan may well hold: the
#: objective that addresses a SWOT factor, the children of a goal, a perspective's share.
_ABSENCE = ("swot/unaddressed", "cascade/not-cascaded")
_BALANCE = ("balance/", "bsc/empty-perspective", "bsc/no-leading")
_SIGHT = "cascade/line-of-sight.unknown-parent"

_ID = re.compile(r"(?:^|[\s{,])id[ \t]*:[ \t]*[\"']?([^\s\"'#,{}\[\]]+)", re.MULTILINE)
_WORD = re.compile(r"[^\s\"'#,:{}\[\]]+")


@dataclass
class _Lost:
    """What the unreadable parts of the plan probably define, by the root finding."""

    ids: dict[str, Finding] = field(default_factory=dict)
    words: dict[str, Finding] = field(default_factory=dict)
    roots: list[Finding] = field(default_factory=list)


def link(plan: Plan, findings: list[Finding]) -> None:
    """Set `follows` on every finding that is a consequence of another one."""
    roots = [f for f in findings if blocking(f.code)]
    lost = _lost(plan, roots) if roots else _Lost()
    unknown_parent: dict[str, Finding] = {}
    unknown_perspective: list[tuple[Finding, Goal]] = []
    for finding in findings:
        if finding.code == "ref/unknown-parent" and finding.item is not None:
            unknown_parent.setdefault(finding.item, finding)
        elif finding.code == "ref/unknown-perspective" and finding.item is not None:
            goal = plan.refs.get(finding.item)
            if isinstance(goal, Goal):
                unknown_perspective.append((finding, goal))
    if not (roots or unknown_parent or unknown_perspective):
        return
    for finding in findings:
        if finding.follows is not None or blocking(finding.code):
            continue
        root = _reference(finding, lost) if finding.code in _REFERENCES else None
        if root is None and lost.roots and finding.code.startswith(_ABSENCE):
            root = _absent(finding, lost)
        if root is None and lost.ids and finding.code.startswith(_BALANCE):
            root = lost.roots[0]
        if root is None and finding.message.id == _SIGHT:
            root = unknown_parent.get(str(finding.message.arguments().get("where")))
        if root is None and unknown_perspective:
            root = _perspective(plan, finding, unknown_perspective)
        if root is not None and root is not finding:
            finding.follows = root.key()


def _reference(finding: Finding, lost: _Lost) -> Finding | None:
    """The root whose file defines the id a reference finding could not find; its
    "did you mean" is replaced by where the id probably is."""
    ref = finding.message.arguments().get(_REFERENCES[finding.code])
    if not isinstance(ref, str) or not lost.roots:
        return None
    root = lost.ids.get(ref)
    if root is not None:
        finding.hint = msg("cause.in-unreadable", ref=ref, file=root.file)
        return root
    if _suggests(finding.hint):
        # The real id may be in a file whose ids could not be recovered either.
        finding.hint = msg("cause.maybe-unreadable", ref=ref, file=lost.roots[0].file)
    return None


def _absent(finding: Finding, lost: _Lost) -> Finding | None:
    """The root whose lost text names the item an absence finding is about (the SWOT
    factor nobody addresses, the goal without children)."""
    item = finding.message.arguments().get("item")
    return lost.words.get(item) if isinstance(item, str) else None


def _perspective(
    plan: Plan, finding: Finding, unknown: list[tuple[Finding, Goal]]
) -> Finding | None:
    """The unknown-perspective finding whose goal is counted in the scope this balance or
    scorecard finding judges: that goal is missing from every share there."""
    code = finding.code
    args = finding.message.arguments()
    if code == "bsc/link-unknown":
        ref = args.get("ref")
        return next((f for f, goal in unknown if goal.id == ref), None)
    if code.startswith("balance/lost-in-cascade"):
        levels = {args.get("upper"), args.get("lower")}
        return next((f for f, goal in unknown if goal.level in levels), None)
    if code.startswith("balance/"):
        scope = args.get("scope")
        if not isinstance(scope, Msg):
            return None
        kind, name = scope.id.rsplit(".", 1)[-1], scope.arguments().get("name")
        if kind == "plan":
            return unknown[0][0]
        if kind == "level":
            return next((f for f, goal in unknown if goal.level == name), None)
        return _on_card(plan, str(name), unknown)
    if code in ("bsc/empty-perspective", "bsc/no-leading"):
        return _on_card(plan, str(args.get("item")), unknown)
    return None


def _on_card(plan: Plan, card_id: str, unknown: list[tuple[Finding, Goal]]) -> Finding | None:
    """The first unknown-perspective goal that the scorecard `card_id` lists, links or
    takes in by its scope's level."""
    from prestatie.compute.scorecards import scorecards
    from prestatie.format import vocabulary

    card = next((c for c in scorecards(plan) if c.id == card_id), None)
    if card is None:
        return None
    named = {ref for ref, _ in card.unknown}
    named.update(ref for link in card.links for ref in (link.cause, link.effect))
    scope = card.item.data.get("scope")
    level = vocabulary.level(scope.get("level")) if isinstance(scope, YMap) else None
    for finding, goal in unknown:
        if goal.id in named or (level is not None and goal.level == level):
            return finding
    return None


def _suggests(hint: Msg | None) -> bool:
    return hint is not None and hint.id == "common.did-you-mean"


def _lost(plan: Plan, roots: Iterable[Finding]) -> _Lost:
    """The ids (and every other word) written in the files of the blocking findings; the
    roots whose files name ids come first, as the likelier cause of what is missing."""
    lost = _Lost()
    seen: set[str] = set()
    paths = {entry.rel: entry.path for entry in plan.files}
    legible: list[Finding] = []
    blind: list[Finding] = []
    for root in sorted(roots, key=Finding.sort_key):
        if root.file in seen:
            continue
        seen.add(root.file)
        path = paths.get(root.file)
        text = read_text(path, root.file, plan.root) if path is not None else None
        ids = [m.group(1) for m in _ID.finditer(text)] if text is not None else []
        if text is None or not ids:
            blind.append(root)
            continue
        legible.append(root)
        for ident in ids:
            lost.ids.setdefault(ident, root)
        for word in _WORD.findall(text):
            lost.words.setdefault(word, root)
    lost.roots = legible + blind
    return lost
