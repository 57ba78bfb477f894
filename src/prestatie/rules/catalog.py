"""The rule catalogue: every rule's code, default severity and parameters (from the
register in `format.rulebook`) with its texts in Dutch and English — what it checks,
why it matters and how to fix it — read from the message catalogue
(`prestatie/i18n/catalogue/<family>.yaml`) when first asked for. `prestatie explain`
and every renderer that describes a rule read it here.

Conventions for the texts: ``title`` is one line; ``checks`` and ``why`` are one
paragraph each; ``fix`` may hold several paragraphs separated by blank lines. Lines
indented by four spaces are a literal YAML example, printed as written (a code block
in Markdown); other lines are joined into one line per paragraph so that the
terminal can wrap them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from prestatie.errors import PrestatieError
from prestatie.format import rulebook
from prestatie.format.rulebook import SEVERITIES, RuleSpec
from prestatie.i18n import msg

__all__ = ["RULES", "SEVERITIES", "Rule", "Text", "families", "get"]

PARTS: tuple[str, ...] = ("title", "checks", "why", "fix")


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text in English and Dutch."""

    en: str
    nl: str

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``nl`` or ``en``); English for any other value."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Rule:
    """One validation rule: its register entry, with its texts read on first use."""

    spec: RuleSpec

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def severity(self) -> str:
        return self.spec.severity

    @property
    def params(self) -> Mapping[str, object]:
        return self.spec.params

    @property
    def family(self) -> str:
        """The part of the code before the slash, e.g. ``cascade``."""
        return self.spec.family

    @property
    def title(self) -> Text:
        return texts(self.code)["title"]

    @property
    def checks(self) -> Text:
        return texts(self.code)["checks"]

    @property
    def why(self) -> Text:
        return texts(self.code)["why"]

    @property
    def fix(self) -> Text:
        return texts(self.code)["fix"]


RULES: Mapping[str, Rule] = MappingProxyType(
    {code: Rule(spec) for code, spec in rulebook.RULES.items()}
)
"""Every rule by code, ordered by family (in checking order) and then by code."""


def get(code: str) -> Rule | None:
    """The rule with this code, or ``None`` when no such rule exists."""
    return RULES.get(code.strip().lower())


def families() -> list[str]:
    """The rule families (``yaml``, ``schema``, ...) in catalogue order."""
    return list(dict.fromkeys(rule.family for rule in RULES.values()))


def texts(code: str) -> Mapping[str, Text]:
    """The four texts of a rule; a code without texts is broken package data."""
    return _texts(code.strip().lower())


@cache
def _texts(code: str) -> Mapping[str, Text]:
    from prestatie.i18n import catalogue

    out: dict[str, Text] = {}
    for part in PARTS:
        found = catalogue.entry(f"{code}.{part}")
        if found is None or "en" not in found or "nl" not in found:
            raise PrestatieError(msg("error.broken-data", what=f"{code}.{part}"))
        out[part] = Text(en=_doc(found["en"]), nl=_doc(found["nl"]))
    return MappingProxyType(out)


def _doc(text: str) -> str:
    """Join prose lines into one line per paragraph; keep indented examples as written."""
    lines = text.expandtabs().splitlines()
    indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    out: list[str] = []
    prose: list[str] = []
    for raw in [*lines, ""]:
        line = raw[indent:]
        if line.strip() and not line.startswith("    "):
            prose.append(line.strip())
            continue
        if prose:
            out.append(" ".join(prose))
            prose = []
        out.append(line.rstrip())
    return "\n".join(out).strip("\n")
