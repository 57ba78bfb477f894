"""`prestatie explain`: rule texts from the catalogue, as text, Markdown or JSON.

Inside a plan, each rule shows the plan's own severity and parameters (its `rules:`
setting in prestatie.yaml) beside the default, in the plan's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prestatie.errors import UsageError
from prestatie.i18n import Speaker, msg
from prestatie.render.common import to_json
from prestatie.rules import catalog
from prestatie.rules.catalog import Rule

if TYPE_CHECKING:
    from prestatie.format.config import Config


def select(code: str | None) -> list[Rule]:
    """One rule, a family (`smart` or `smart/`), or all; a UsageError with a suggestion."""
    if not code:
        return list(catalog.RULES.values())
    key = code.strip().lower()
    rule = catalog.get(key)
    if rule is not None:
        return [rule]
    family = key.rstrip("/*").rstrip("/")
    found = [r for r in catalog.RULES.values() if r.family == family]
    if found:
        return found
    import difflib

    close = difflib.get_close_matches(key, list(catalog.RULES), n=1)
    if close:
        raise UsageError(msg("explain.unknown-code.close", code=code, close=close[0]))
    raise UsageError(msg("explain.unknown-code", code=code))


def render(code: str | None, speaker: Speaker, fmt: str, config: Config | None = None) -> str:
    """The rule texts; `config` is the plan around the current folder, if any."""
    rules = select(code)
    view = _View(speaker, config)
    if fmt == "json":
        return to_json([view.as_dict(r) for r in rules]) + "\n"
    if fmt == "md":
        return "\n".join(view.markdown(r) for r in rules)
    if len(rules) > 1 and code is None:
        return view.listing(rules)
    return "\n".join(view.text(r) for r in rules)


class _View:
    def __init__(self, speaker: Speaker, config: Config | None) -> None:
        self.sp = speaker
        self.lang = speaker.lang
        self.config = config

    def h(self, name: str) -> str:
        return self.sp.text(f"explain.{name}")

    def severity(self, rule: Rule) -> str:
        """The effective severity as a word; `off` when the plan switches the rule off."""
        return self.config.severity(rule.code) if self.config else rule.severity

    def severity_word(self, rule: Rule) -> str:
        return self.sp.word("severity", self.severity(rule))

    def severity_line(self, rule: Rule) -> str:
        """`default severity: warning`, or `in this plan: error (default: warning)`."""
        effective = self.severity(rule)
        if effective == rule.severity:
            return self.sp.text("explain.severity-default", severity=rule.severity)
        return self.sp.text("explain.severity-plan", severity=effective, default=rule.severity)

    def params(self, rule: Rule) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, default in rule.params.items():
            value = self.config.param(rule.code, name) if self.config else default
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    def as_dict(self, rule: Rule) -> dict[str, object]:
        return {
            "code": rule.code,
            "severity": self.severity(rule),
            "default_severity": rule.severity,
            "title": rule.title.get(self.lang),
            "checks": rule.checks.get(self.lang),
            "why": rule.why.get(self.lang),
            "fix": rule.fix.get(self.lang),
            "params": self.params(rule),
        }

    def listing(self, rules: list[Rule]) -> str:
        width = max(len(r.code) for r in rules)
        words = {r.code: self.severity_word(r) for r in rules}
        column = max(len(w) for w in words.values())
        lines = []
        family = ""
        for rule in rules:
            if rule.family != family:
                if family:
                    lines.append("")
                family = rule.family
            lines.append(
                f"{rule.code:<{width}}  {words[rule.code]:<{column}}  {rule.title.get(self.lang)}"
            )
        return "\n".join(lines) + "\n\n" + self.h("footer") + "\n"

    def text(self, rule: Rule) -> str:
        out = [
            f"{rule.code} ({self.severity_line(rule)})",
            rule.title.get(self.lang),
            "",
            f"{self.h('checks')}:",
            _indent(rule.checks.get(self.lang)),
            "",
            f"{self.h('why')}:",
            _indent(rule.why.get(self.lang)),
            "",
            f"{self.h('fix')}:",
            _indent(rule.fix.get(self.lang)),
        ]
        params = self.params(rule)
        if params:
            out += ["", f"{self.h('params')}:"]
            out += [f"  {k}: {self.param(v)}" for k, v in params.items()]
        return "\n".join(out) + "\n"

    def markdown(self, rule: Rule) -> str:
        out = [
            f"### `{rule.code}`",
            "",
            f"*{rule.title.get(self.lang)}* — {self.severity_line(rule)}",
            "",
            f"**{self.h('checks')}.** {rule.checks.get(self.lang)}",
            "",
            f"**{self.h('why')}.** {rule.why.get(self.lang)}",
            "",
            f"**{self.h('fix')}.**",
            "",
        ]
        for block in rule.fix.get(self.lang).split("\n\n"):
            lines = block.splitlines()
            if lines and all(line.startswith("    ") or not line.strip() for line in lines):
                out += ["```yaml", *(line[4:] for line in lines), "```", ""]
            else:
                out += [block, ""]
        params = self.params(rule)
        if params:
            out += [
                f"**{self.h('params')}:** "
                + ", ".join(f"`{k}` = `{self.param(v)}`" for k, v in params.items()),
                "",
            ]
        return "\n".join(out) + "\n"

    def param(self, value: object) -> str:
        if isinstance(value, tuple | list):
            return "[" + ", ".join(self.param(v) for v in value) + "]"
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self.sp.number(value)
        return str(value)


def _indent(text: str) -> str:
    return "\n".join(("  " + line) if line.strip() else "" for line in text.splitlines())
