"""The register of rule codes: each code's default severity and parameters.

This is the vocabulary of `rules:` in `prestatie.yaml` (a plan may change a rule's
severity, switch it off or set its parameters), so it belongs to the format. Every
finding carries one of these codes. What a rule checks, why and how to fix it lives in
the message catalogue, `i18n/catalogue/<family>.yaml`, read by `prestatie.rules.catalog`.

Severities are ``error``, ``warning`` and ``info``. Sequences in parameters are tuples.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# Families in the order a plan is checked: reading, structure, references, the
# cascade, then the content of each item. Families not listed sort after these.
FAMILY_ORDER: tuple[str, ...] = (
    "file",
    "yaml",
    "schema",
    "ref",
    "cascade",
    "smart",
    "measure",
    "okr",
    "ogsm",
    "bsc",
    "balance",
    "people",
    "swot",
    "porter",
    "config",
)


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule code with its default severity and read-only default parameters."""

    code: str
    severity: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def family(self) -> str:
        """The part of the code before the slash, e.g. ``cascade``."""
        return self.code.partition("/")[0]


_REGISTER: tuple[tuple[str, str] | tuple[str, str, dict[str, object]], ...] = (
    # file/
    ("file/unreadable", "error"),
    # yaml/
    ("yaml/alias", "error"),
    ("yaml/complex-key", "error"),
    ("yaml/duplicate-key", "error"),
    ("yaml/empty", "info"),
    ("yaml/encoding", "error"),
    ("yaml/syntax", "error"),
    ("yaml/too-deep", "error", {"max_depth": 100}),
    ("yaml/unknown-tag", "error"),
    # schema/
    ("schema/invalid", "error"),
    ("schema/unknown-key", "error"),
    ("schema/unknown-kind", "error"),
    # ref/
    ("ref/duplicate-id", "error"),
    ("ref/unknown-parent", "error"),
    ("ref/unknown-person", "error"),
    ("ref/unknown-perspective", "error"),
    ("ref/unknown-theme", "warning"),
    # cascade/
    ("cascade/cycle", "error"),
    ("cascade/level", "error"),
    ("cascade/line-of-sight", "error"),
    ("cascade/not-cascaded", "warning"),
    ("cascade/period", "warning"),
    ("cascade/unit", "warning", {"exempt_levels": ("project",)}),
    # smart/
    ("smart/due-period", "warning"),
    ("smart/no-measure", "warning"),
    ("smart/no-owner", "warning"),
    ("smart/no-period", "warning"),
    ("smart/no-target", "warning"),
    ("smart/target-direction", "warning"),
    ("smart/vague", "warning"),
    # measure/
    ("measure/checkin-order", "warning"),
    ("measure/checkin-period", "warning"),
    ("measure/no-baseline", "warning"),
    ("measure/not-a-number", "error"),
    ("measure/thresholds", "error"),
    ("measure/zero-range", "warning"),
    # okr/
    ("okr/committed-missed", "warning"),
    ("okr/key-result-count", "warning", {"min": 2, "max": 5}),
    ("okr/key-result-is-task", "warning"),
    ("okr/key-result-not-measurable", "warning"),
    ("okr/objective-is-metric", "warning"),
    ("okr/period", "warning"),
    ("okr/sandbagging", "info"),
    ("okr/score-range", "error"),
    # ogsm/
    ("ogsm/action-late", "warning"),
    ("ogsm/action-no-deadline", "warning"),
    ("ogsm/action-no-owner", "warning"),
    ("ogsm/cascade-mismatch", "warning"),
    ("ogsm/goal-not-smart", "warning"),
    ("ogsm/strategy-count", "warning", {"min": 3, "max": 5}),
    ("ogsm/strategy-no-action", "warning"),
    ("ogsm/strategy-no-measure", "warning"),
    ("ogsm/too-long", "warning", {"max_elements": 40}),
    # bsc/
    ("bsc/empty-perspective", "warning"),
    ("bsc/link-direction", "warning"),
    ("bsc/link-unknown", "error"),
    ("bsc/map-cycle", "error"),
    ("bsc/no-leading", "warning"),
    ("bsc/no-measure", "warning"),
    ("bsc/too-many", "warning", {"max_objectives": 5, "max_measures": 25}),
    ("bsc/unknown-objective", "error"),
    ("bsc/unlinked", "warning"),
    # balance/
    ("balance/dominant", "warning", {"max_share": 0.5, "min_objectives": 4}),
    ("balance/lost-in-cascade", "warning", {"min_entropy": 0.8, "min_objectives": 2}),
    ("balance/missing", "warning", {"cover_all": ("plan", "strategic")}),
    ("balance/underweight", "warning", {"min_share": 0.1}),
    # people/
    ("people/competence-gap", "warning"),
    ("people/no-goals", "warning"),
    ("people/pop-incomplete", "warning"),
    ("people/rating-scale", "error"),
    ("people/review-order", "warning"),
    ("people/reward-mismatch", "warning"),
    ("people/unknown-manager", "error"),
    ("people/unrated-goal", "warning"),
    # swot/
    ("swot/score-range", "error"),
    ("swot/too-many", "warning", {"max_items": 5}),
    ("swot/unaddressed", "warning"),
    ("swot/unknown-item", "warning"),
    # porter/
    ("porter/incomplete", "warning"),
    ("porter/stuck-in-the-middle", "warning"),
    # config/
    ("config/unknown-rule", "warning"),
)


def _build() -> Mapping[str, RuleSpec]:
    table: dict[str, RuleSpec] = {}
    for entry in _REGISTER:
        code, severity = entry[0], entry[1]
        params = entry[2] if len(entry) == 3 else {}
        family, sep, name = code.partition("/")
        if not (family and sep and name) or severity not in SEVERITIES or code in table:
            raise ValueError(f"rule register: bad or repeated entry {code!r}")
        table[code] = RuleSpec(code, severity, MappingProxyType(dict(params)))

    def rank(spec: RuleSpec) -> tuple[int, str, str]:
        known = spec.family in FAMILY_ORDER
        return (
            FAMILY_ORDER.index(spec.family) if known else len(FAMILY_ORDER),
            spec.family,
            spec.code,
        )

    return MappingProxyType({s.code: s for s in sorted(table.values(), key=rank)})


RULES: Mapping[str, RuleSpec] = _build()
"""Every rule by code, ordered by family (in checking order) and then by code."""


def get(code: str) -> RuleSpec | None:
    """The rule with this code, or ``None`` when no such rule exists."""
    return RULES.get(code.strip().lower())
