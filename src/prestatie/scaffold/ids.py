"""Ids for new items: checked when given, made unique and readable when not.

The scheme (README, "Ids"): a goal is `<level prefix>[-<unit>]-<n>` (`SD-4`,
`AD-VERKOOP-3`; a personal goal `PD-<person>-<n>`), the next number after the highest
in use; an OKR or OGSM is named after its parent and period (`OKR-AD-ZM-2-2026-Q4`),
another item after its kind and period (`BSC-2026`), with `-2`, `-3`, ... when taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import cache

from prestatie.errors import UsageError
from prestatie.format.schemas import load_all
from prestatie.i18n import msg
from prestatie.model.plan import Plan


@cache
def id_rule() -> tuple[re.Pattern[str], int]:
    """The schema's rule for an id (`common.schema.json#/$defs/id`): pattern, length."""
    rule = load_all()["common"]["$defs"]["id"]
    return re.compile(rule["pattern"]), int(rule["maxLength"])


def check_id(item_id: str, option: str = "--id") -> None:
    """UsageError for an id the plan would refuse, before anything is written."""
    pattern, longest = id_rule()
    if len(item_id) > longest:
        raise UsageError(
            msg(
                "new.id-too-long",
                option=option,
                id=item_id,
                longest=longest,
                length=len(item_id),
            )
        )
    if not pattern.search(item_id):
        raise UsageError(msg("new.id-pattern", option=option, id=item_id))


def check_new(plan: Plan, item_id: str) -> None:
    """A given `--id`: valid, and not used in the plan."""
    if item_id in plan.refs:
        raise UsageError(msg("new.id-used", id=item_id))
    check_id(item_id)


def stem(raw: str) -> str:
    """Letters and digits of `raw` in upper case, joined by `-` (`okr AD-ZM-2 2026` ->
    `OKR-AD-ZM-2-2026`)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", raw).strip("-").upper()


def suffixed(
    plan: Plan, base: str, taken: Set[str], exists: Callable[[str], bool] = lambda _: False
) -> str:
    """`base` when it is free, else `base-2`, `base-3`, ...: never an id of the plan (in
    any case: `BSC-2026` beside `bsc-2026` would only confuse), one in `taken`, or one
    whose file `exists`; always within the id length."""
    longest = id_rule()[1]
    used = _folded(plan, taken)
    candidate = base[:longest].rstrip("-")
    number = 2
    while candidate.casefold() in used or exists(candidate):
        suffix = f"-{number}"
        candidate = base[: longest - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def numbered(
    plan: Plan, base: str, taken: Set[str], exists: Callable[[str], bool] = lambda _: False
) -> str:
    """`base-<n>` with n one more than the highest number after `base-` in use, written
    as wide as that one."""
    longest = id_rule()[1]
    base = base[: longest - 8].rstrip("-")
    pattern = re.compile(re.escape(base) + r"-(\d{1,6})", re.IGNORECASE)
    highest, width = 0, 1
    for ref in (*plan.refs, *taken):
        found = pattern.fullmatch(ref)
        if found and int(found.group(1)) >= highest:
            highest, width = int(found.group(1)), len(found.group(1))
    number = highest + 1
    used = _folded(plan, taken)

    def name(n: int) -> str:  # as wide as the highest: p-0231 is followed by p-0232
        return f"{base}-{str(n).zfill(width)}"

    while name(number).casefold() in used or exists(name(number)):
        number += 1
    return name(number)


def _folded(plan: Plan, taken: Set[str]) -> set[str]:
    return {ref.casefold() for ref in (*plan.refs, *taken)}
