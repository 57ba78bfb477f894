"""`prestatie explain`: rule texts from the catalogue, as text, Markdown or JSON."""

from __future__ import annotations

from prestatie.render.common import to_json
from prestatie.rules import catalog
from prestatie.rules.catalog import Rule

_HEADINGS = {
    "en": {
        "checks": "What it checks",
        "why": "Why",
        "fix": "How to fix",
        "params": "Parameters",
        "severity": "default severity",
        "code": "Code",
        "title": "What it finds",
    },
    "nl": {
        "checks": "Wat de regel controleert",
        "why": "Waarom",
        "fix": "Zo los je het op",
        "params": "Parameters",
        "severity": "standaard-ernst",
        "code": "Code",
        "title": "Wat de regel vindt",
    },
}
_SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "info"}


def select(code: str | None) -> list[Rule]:
    """One rule, a family (`smart` or `smart/`), or all; KeyError with a hint otherwise."""
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
    hint = f"; did you mean {close[0]!r}?" if close else "; `prestatie explain` lists all rules"
    raise KeyError(f"unknown rule code {code!r}{hint}")


def render(code: str | None, lang: str, fmt: str) -> str:
    rules = select(code)
    if fmt == "json":
        return to_json([_as_dict(r, lang) for r in rules]) + "\n"
    if fmt == "md":
        return "\n".join(_markdown(r, lang) for r in rules)
    if len(rules) > 1 and code is None:
        return _listing(rules, lang)
    return "\n".join(_text(r, lang) for r in rules)


def _severity(rule: Rule, lang: str) -> str:
    return _SEVERITY_NL[rule.severity] if lang == "nl" else rule.severity


def _as_dict(rule: Rule, lang: str) -> dict[str, object]:
    return {
        "code": rule.code,
        "severity": rule.severity,
        "title": rule.title.get(lang),
        "checks": rule.checks.get(lang),
        "why": rule.why.get(lang),
        "fix": rule.fix.get(lang),
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in rule.params.items()},
    }


def _listing(rules: list[Rule], lang: str) -> str:
    width = max(len(r.code) for r in rules)
    lines = []
    family = ""
    for rule in rules:
        if rule.family != family:
            if family:
                lines.append("")
            family = rule.family
        lines.append(f"{rule.code:<{width}}  {_severity(rule, lang):<12}  {rule.title.get(lang)}")
    footer = (
        "\n`prestatie explain CODE` toont uitleg per regel.\n"
        if lang == "nl"
        else "\n`prestatie explain CODE` explains one rule.\n"
    )
    return "\n".join(lines) + "\n" + footer


def _text(rule: Rule, lang: str) -> str:
    h = _HEADINGS[lang]
    out = [
        f"{rule.code} ({h['severity']}: {_severity(rule, lang)})",
        rule.title.get(lang),
        "",
        f"{h['checks']}:",
        _indent(rule.checks.get(lang)),
        "",
        f"{h['why']}:",
        _indent(rule.why.get(lang)),
        "",
        f"{h['fix']}:",
        _indent(rule.fix.get(lang)),
    ]
    if rule.params:
        out += ["", f"{h['params']}:"]
        out += [f"  {k}: {_param(v)}" for k, v in rule.params.items()]
    return "\n".join(out) + "\n"


def _markdown(rule: Rule, lang: str) -> str:
    h = _HEADINGS[lang]
    out = [
        f"### `{rule.code}`",
        "",
        f"*{rule.title.get(lang)}* — {h['severity']}: **{_severity(rule, lang)}**",
        "",
        f"**{h['checks']}.** {rule.checks.get(lang)}",
        "",
        f"**{h['why']}.** {rule.why.get(lang)}",
        "",
        f"**{h['fix']}.**",
        "",
    ]
    for block in rule.fix.get(lang).split("\n\n"):
        lines = block.splitlines()
        if lines and all(line.startswith("    ") or not line.strip() for line in lines):
            out += ["```yaml", *(line[4:] for line in lines), "```", ""]
        else:
            out += [block, ""]
    if rule.params:
        out += [
            f"**{h['params']}:** "
            + ", ".join(f"`{k}` = `{_param(v)}`" for k, v in rule.params.items()),
            "",
        ]
    return "\n".join(out) + "\n"


def _param(value: object) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def _indent(text: str) -> str:
    return "\n".join(("  " + line) if line.strip() else "" for line in text.splitlines())
