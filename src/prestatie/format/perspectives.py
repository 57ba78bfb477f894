"""Balanced Scorecard perspectives: the built-in sets and the plan's own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Perspective:
    id: str
    labels: Mapping[str, str]
    question: Mapping[str, str]
    orientation: str  # external | internal
    horizon: str  # short | medium | long
    order: int  # place in the strategy map: cause (low) -> effect (high)
    aliases: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.id


@dataclass(frozen=True, slots=True)
class PerspectiveSet:
    name: str
    perspectives: tuple[Perspective, ...]
    _lookup: Mapping[str, str] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.perspectives]

    def get(self, pid: str) -> Perspective | None:
        for p in self.perspectives:
            if p.id == pid:
                return p
        return None

    def resolve(self, value: object) -> str | None:
        """The perspective id for a name or alias as written, or None."""
        if not isinstance(value, str):
            return None
        return self._lookup.get(normalise(value))

    def names(self) -> list[str]:
        """Every accepted spelling, for "did you mean" suggestions."""
        return sorted(self._lookup)


def normalise(value: str) -> str:
    return "-".join(value.strip().lower().replace("_", " ").replace("&", " en ").split())


def make_set(name: str, perspectives: Sequence[Perspective]) -> PerspectiveSet:
    lookup: dict[str, str] = {}
    for p in perspectives:
        for spelling in (p.id, *p.aliases, *p.labels.values()):
            lookup.setdefault(normalise(spelling), p.id)
    return PerspectiveSet(name, tuple(perspectives), lookup)


def _p(
    pid: str,
    en: str,
    nl: str,
    q_en: str,
    q_nl: str,
    orientation: str,
    horizon: str,
    order: int,
    aliases: tuple[str, ...],
) -> Perspective:
    return Perspective(
        pid, {"en": en, "nl": nl}, {"en": q_en, "nl": q_nl}, orientation, horizon, order, aliases
    )


_FINANCIAL_ALIASES = ("financieel", "financien", "financiën", "finance", "finances")
_CUSTOMER_ALIASES = ("klant", "klanten", "klant-en-markt", "customers", "market", "markt")
_PROCESS_ALIASES = (
    "processen",
    "interne-processen",
    "mensen-en-processen",
    "internal-process",
    "internal-processes",
    "internal",
    "intern",
)
_LEARNING_ALIASES = (
    "leren",
    "innovatie",
    "leren-en-groeien",
    "leren-en-ontwikkelen",
    "learning-and-growth",
    "learning-en-growth",
    "innovation",
    "growth",
)


def _kaplan_norton(dutch_labels: bool) -> list[Perspective]:
    return [
        _p(
            "financial",
            "Financial",
            "Financieel",
            "To succeed financially, how should we appear to our shareholders?",
            "Hoe zien onze aandeelhouders en financiers ons, en wat verwachten zij?",
            "external",
            "short",
            4,
            _FINANCIAL_ALIASES,
        ),
        _p(
            "customer",
            "Customer" if not dutch_labels else "Customer & market",
            "Klant" if not dutch_labels else "Klant en markt",
            "To achieve our vision, how should we appear to our customers?",
            "Hoe zien onze klanten ons, en wat verwachten zij om onze visie waar te maken?",
            "external",
            "medium",
            3,
            _CUSTOMER_ALIASES,
        ),
        _p(
            "process",
            "Internal process" if not dutch_labels else "People & processes",
            "Interne processen" if not dutch_labels else "Mensen en processen",
            "To satisfy our customers, which processes must we excel at?",
            "In welke processen moeten wij uitblinken om onze klanten tevreden te stellen?",
            "internal",
            "medium",
            2,
            _PROCESS_ALIASES,
        ),
        _p(
            "learning",
            "Learning & growth" if not dutch_labels else "Innovation",
            "Leren en groeien" if not dutch_labels else "Innovatie",
            "To achieve our vision, how will we sustain our ability to change and improve?",
            "Hoe blijven wij veranderen, leren en verbeteren?",
            "internal",
            "long",
            1,
            _LEARNING_ALIASES,
        ),
    ]


def _public_sector() -> list[Perspective]:
    society = _p(
        "society",
        "Societal impact",
        "Maatschappelijke prestaties",
        "Which results do we deliver for society and our mission?",
        "Welke maatschappelijke resultaten leveren wij, vanuit onze opdracht?",
        "external",
        "long",
        5,
        (
            "maatschappij",
            "maatschappelijk",
            "maatschappelijke-prestaties",
            "maatschappelijke-waarde",
            "societal",
            "public-value",
            "mission",
        ),
    )
    base = _kaplan_norton(dutch_labels=False)
    financial = base[0]
    base[0] = Perspective(
        financial.id,
        {"en": "Financial (constraint)", "nl": "Financieel (randvoorwaarde)"},
        {
            "en": "Within which budget must we deliver, and do we spend it well?",
            "nl": "Binnen welk budget leveren wij, en besteden wij het doelmatig?",
        },
        financial.orientation,
        financial.horizon,
        2,
        financial.aliases,
    )
    # Mission on top: customer (citizen) results feed society; finance is a constraint.
    customer = base[1]
    base[1] = Perspective(
        customer.id,
        {"en": "Citizen & customer", "nl": "Burger en klant"},
        customer.question,
        customer.orientation,
        customer.horizon,
        4,
        (*customer.aliases, "burger", "burgers", "citizen", "stakeholder", "stakeholders"),
    )
    process = base[2]
    base[2] = Perspective(
        process.id,
        process.labels,
        process.question,
        process.orientation,
        process.horizon,
        3,
        process.aliases,
    )
    return [society, *base]


BUILTIN_SETS: Mapping[str, str] = {
    "kaplan-norton": "kaplan-norton",
    "bsc": "kaplan-norton",
    "default": "kaplan-norton",
    "nederlands": "nederlands",
    "dutch": "nederlands",
    "nl": "nederlands",
    "publieke-sector": "publieke-sector",
    "public-sector": "publieke-sector",
    "publiek": "publieke-sector",
}


def builtin(name: str) -> PerspectiveSet | None:
    canonical = BUILTIN_SETS.get(normalise(name))
    if canonical == "kaplan-norton":
        return make_set(canonical, _kaplan_norton(dutch_labels=False))
    if canonical == "nederlands":
        return make_set(canonical, _kaplan_norton(dutch_labels=True))
    if canonical == "publieke-sector":
        return make_set(canonical, _public_sector())
    return None


DEFAULT = "kaplan-norton"


def default_set() -> PerspectiveSet:
    return make_set(DEFAULT, _kaplan_norton(dutch_labels=False))


def custom(entries: Sequence[Any]) -> PerspectiveSet:
    """A plan's own list. Entries were checked by the plan schema; skip what is unusable."""
    out: list[Perspective] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        labels_value = entry.get("labels")
        labels: dict[Any, Any] = labels_value if isinstance(labels_value, dict) else {}
        question = entry.get("question")
        if isinstance(question, str):
            question = {"en": question, "nl": question}
        elif not isinstance(question, dict):
            question = {}
        order = entry.get("order")
        aliases_value = entry.get("aliases")
        aliases: list[Any] = aliases_value if isinstance(aliases_value, list) else []
        out.append(
            Perspective(
                entry["id"],
                {k: str(v) for k, v in labels.items()},
                {k: str(v) for k, v in question.items()},
                str(entry.get("orientation") or "internal"),
                str(entry.get("horizon") or "medium"),
                order if isinstance(order, int) and not isinstance(order, bool) else index + 1,
                tuple(str(a) for a in aliases),
            )
        )
    return make_set("custom", out)
