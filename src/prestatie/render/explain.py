"""`prestatie explain`: rule texts from the catalogue, as text, Markdown or JSON.

Inside a plan, each rule shows the plan's own severity and parameters (its `rules:`
setting in prestatie.yaml) beside the default, in the plan's language.

Text is wrapped to the width it is given (the terminal's, or 80), between words and
never inside a `code` span; the literal YAML examples are printed as written. With
colour, a span is shown as code instead of between backticks (`render.inline`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prestatie.errors import UsageError
from prestatie.i18n import Speaker, msg
from prestatie.render.common import terminal_safe, to_json
from prestatie.render.inline import SPAN, wrap
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


#: ANSI styles of the text view with colour on.
_BOLD = "\033[1m"
_CODE = "\033[1;36m"
_EXAMPLE = "\033[36m"
_RESET = "\033[0m"


def render(
    code: str | None,
    speaker: Speaker,
    fmt: str,
    config: Config | None = None,
    *,
    width: int = 80,
    color: bool = False,
) -> str:
    """The rule texts; `config` is the plan around the current folder, if any; text
    wrapped to `width` columns, with colour when `color`."""
    rules = select(code)
    view = _View(speaker, config, width, color)
    if fmt == "json":
        return to_json([view.as_dict(r) for r in rules]) + "\n"
    if fmt == "md":
        return "\n".join(view.markdown(r) for r in rules)
    if len(rules) > 1 and code is None:
        return view.listing(rules)
    return "\n".join(view.text(r) for r in rules)


class _View:
    def __init__(
        self, speaker: Speaker, config: Config | None, width: int = 80, color: bool = False
    ) -> None:
        self.sp = speaker
        self.lang = speaker.lang
        self.config = config
        self.width = width
        self.color = color

    def styled(self, line: str, style: str = "") -> str:
        """A line of text: with colour, its `code` spans as code and the rest in `style`."""
        if not self.color:
            return line
        reset = _RESET + style
        body = SPAN.sub(lambda m: f"{_CODE}{m[1]}{reset}", line)
        return f"{style}{body}{_RESET}" if style else body

    def block(self, text: str, indent: str = "  ") -> list[str]:
        """A rule text: prose wrapped, examples (four spaces in) printed as written."""
        out: list[str] = []
        for line in text.splitlines():
            if line.startswith("    "):
                out.append(self.styled(indent + line, _EXAMPLE))
            elif not line.strip():
                out.append("")
            else:
                out += [self.styled(part) for part in wrap(line, self.width, indent=indent)]
        return out

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
            start = f"{rule.code:<{width}}  {words[rule.code]:<{column}}  "
            title = wrap(
                rule.title.get(self.lang), self.width, indent=start, hanging=" " * len(start)
            )
            lines += [self.styled(part) for part in title]
        footer = [self.styled(part) for part in wrap(self.h("footer"), self.width)]
        return "\n".join([*lines, "", *footer]) + "\n"

    def text(self, rule: Rule) -> str:
        def heading(name: str) -> str:
            return self.styled(f"{self.h(name)}:", _BOLD)

        first = f"{rule.code} ({self.severity_line(rule)})"
        out = [
            *(self.styled(part, _BOLD) for part in wrap(first, self.width, hanging="  ")),
            *self.block(rule.title.get(self.lang), ""),
            "",
            heading("checks"),
            *self.block(rule.checks.get(self.lang)),
            "",
            heading("why"),
            *self.block(rule.why.get(self.lang)),
            "",
            heading("fix"),
            *self.block(rule.fix.get(self.lang)),
        ]
        params = self.params(rule)
        if params:
            out += ["", heading("params")]
            for k, v in params.items():
                out += self.block(terminal_safe(f"{k}: {self.param(v)}"))
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
