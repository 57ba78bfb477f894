"""The plan's settings (`prestatie.yaml`): language, period, levels, perspectives, rules."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from prestatie.findings import Finding
from prestatie.format import perspectives, rulebook, vocabulary
from prestatie.format.periods import Period, month_number, parse_period
from prestatie.i18n import LANGUAGES, Speaker, msg, speaker_for
from prestatie.source.nodes import Document, YMap

SEVERITY_VALUES = ("error", "warning", "info", "off")


@dataclass(slots=True)
class Config:
    name: str | None = None
    language: str | None = None  # None: the environment decides (see i18n)
    period: Period | None = None
    fiscal_year_start: int = 1  # the month the fiscal year starts in (FY2020, FY20-Q1)
    okr_rollup: bool = False  # `okr: {rollup: true}`: key results score their aligned OKRs
    levels: tuple[str, ...] = vocabulary.LEVELS
    perspectives: perspectives.PerspectiveSet = field(default_factory=perspectives.default_set)
    units: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    thresholds: Mapping[str, float] = field(default_factory=lambda: {"amber": 0.8, "red": 0.5})
    balance: Mapping[str, Any] = field(default_factory=dict)
    severities: dict[str, str] = field(default_factory=dict)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    document: Document | None = None

    def labels(self) -> dict[str, dict[str, str]]:
        """The perspective labels of the plan's set, per language."""
        return {
            lang: {p.id: p.label(lang) for p in self.perspectives.perspectives}
            for lang in LANGUAGES
        }

    def speaker(self, flag: str | None = None) -> Speaker:
        """The speaker of a command on this plan: `--lang`, else `language:`, else the
        environment; perspectives named by the plan's own labels."""
        return speaker_for(flag, self.language, self.labels())

    def severity(self, code: str, default: str | None = None) -> str:
        """The effective severity: the plan's setting, else `default`, else the rule's.

        `default` is a finding's own default (a rule may report some findings of
        its code at a milder severity); the plan's `rules:` setting still wins.
        """
        if code in self.severities:
            return self.severities[code]
        family = code.split("/", 1)[0] + "/"
        if family in self.severities:
            return self.severities[family]
        if default:
            return default
        rule = rulebook.get(code)
        return rule.severity if rule else "error"

    def param(self, code: str, name: str) -> Any:
        """A rule parameter: `rules:` first, then (balance/ rules) `balance:`, then the default."""
        own = self.params.get(code, {})
        if name in own:
            return own[name]
        if code.startswith("balance/") and name in self.balance:
            return self.balance[name]
        rule = rulebook.get(code)
        return rule.params.get(name) if rule else None

    def number(self, code: str, name: str, default: float) -> float:
        """A numeric parameter; a value of the wrong type falls back to the default."""
        value = self.param(code, name)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        return default

    def names(self, code: str, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        """A list-of-words parameter; a value of the wrong type falls back to the default."""
        value = self.param(code, name)
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value if isinstance(v, str | int | float))
        return default


def from_document(doc: Document | None, findings: list[Finding]) -> Config:
    """Read settings from the plan document; bad values were reported by its schema."""
    config = Config(document=doc)
    if doc is None or not isinstance(doc.data, YMap):
        return config
    data: YMap = doc.data
    if isinstance(data.get("name"), str):
        config.name = data["name"]
    if data.get("language") in ("nl", "en"):
        config.language = data["language"]
    month = month_number(data.get("fiscal_year_start"))
    if month is not None:
        config.fiscal_year_start = month
    config.period = parse_period(data.get("period"), config.fiscal_year_start)
    levels = data.get("levels")
    if isinstance(levels, list):
        canonical = [vocabulary.level(v) for v in levels]
        known = tuple(v for v in canonical if v is not None)
        if known:
            config.levels = tuple(dict.fromkeys(known))
    persp = data.get("perspectives")
    if isinstance(persp, str):
        found = perspectives.builtin(persp)
        if found is not None:
            config.perspectives = found
    elif isinstance(persp, list):
        config.perspectives = perspectives.custom(persp)
    units = data.get("units")
    if isinstance(units, list):
        config.units = tuple(str(u) for u in units if isinstance(u, str | int))
    exclude = data.get("exclude")
    if isinstance(exclude, list):
        config.exclude = tuple(str(g) for g in exclude if isinstance(g, str))
    thresholds = data.get("thresholds")
    if isinstance(thresholds, dict):
        merged = dict(config.thresholds)
        for key in ("amber", "red"):
            value = thresholds.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                merged[key] = float(value)
        config.thresholds = merged
    okr = data.get("okr")
    if isinstance(okr, dict) and okr.get("rollup") is True:
        config.okr_rollup = True
    balance = data.get("balance")
    if isinstance(balance, dict):
        config.balance = dict(balance)
    rules = data.get("rules")
    if isinstance(rules, YMap):
        _read_rules(rules, doc, config, findings)
    return config


def _read_rules(rules: YMap, doc: Document, config: Config, findings: list[Finding]) -> None:
    families = {code.split("/", 1)[0] + "/" for code in rulebook.RULES}
    for code, value in rules.items():
        if code not in rulebook.RULES and code not in families:
            import difflib

            close = difflib.get_close_matches(code, list(rulebook.RULES), n=1)
            line, column = rules.key_pos(code)
            findings.append(
                Finding(
                    "config/unknown-rule",
                    msg("config/unknown-rule", code=code),
                    doc.file,
                    line,
                    column,
                    hint=msg("common.did-you-mean", value=close[0])
                    if close
                    else msg("config/unknown-rule.hint"),
                )
            )
            continue
        if isinstance(value, str) and value in SEVERITY_VALUES:
            config.severities[code] = value
        elif isinstance(value, dict):
            severity = value.get("severity")
            if isinstance(severity, str) and severity in SEVERITY_VALUES:
                config.severities[code] = severity
            config.params[code] = {k: v for k, v in value.items() if k != "severity"}
