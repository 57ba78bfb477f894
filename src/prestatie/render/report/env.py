"""The one Jinja environment of the report templates (`templates/report/`), built once.

Autoescape is on for `*.html.j2` and off for `*.md.j2`, where every piece of plan text
goes through the `md` filter (`render.common.md_escape`) or, for a message of the
program's own, `md_text`; Mermaid labels through `mermaid`. Plan text is only ever a
value in the context, never template source: `{{ 7*7 }}` in a title prints as written.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from prestatie.errors import PrestatieError
from prestatie.i18n import clip, msg
from prestatie.render.common import md_escape, md_text
from prestatie.source.data import data_dir

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup

#: Characters a Mermaid label cannot hold as they are, as Mermaid's entity codes. `#`
#: first, so that a `#quot;` written in the plan stays text.
_MERMAID = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
}
_SAFE_ID = re.compile(r"[^A-Za-z0-9_]")
_SLUG_DROP = re.compile(r"[^\w\- ]", re.UNICODE)
BAR = 10


def md(value: object) -> str:
    """Plan text for Markdown: never HTML, never a table-cell break."""
    return "" if value is None else md_escape(str(value))


def md_prose(value: object) -> str:
    return "" if value is None else md_text(str(value))


_CODE = re.compile(r"`([^`]+)`")


def html_text(value: object) -> Markup:
    """A text of the program's own for HTML: escaped, its `code` spans as <code>."""
    from markupsafe import Markup, escape

    escaped = str(escape("" if value is None else str(value)))
    return Markup(_CODE.sub(r"<code>\1</code>", escaped))


def mermaid(value: object, limit: int = 80) -> str:
    """A Mermaid node label, to be written in double quotes: `n1["…"]`."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())
    return "".join(_MERMAID.get(ch, ch) for ch in clip(text, limit))


def mermaid_id(value: object) -> str:
    """A node id Mermaid reads as an id: letters, digits and `_`, starting with a letter."""
    safe = _SAFE_ID.sub("_", str(value))
    return safe if safe[:1].isalpha() else f"n{safe}"


def bar(share: object, width: int = BAR) -> str:
    """A share or score of 0..1 as a text bar: `██████░░░░`; dots without one."""
    if not isinstance(share, int | float) or isinstance(share, bool):
        return "·" * width
    filled = round(max(0.0, min(1.0, float(share))) * width)
    return "█" * filled + "░" * (width - filled)


def slug(value: object) -> str:
    """The anchor GitHub and GitLab give a heading: lower case, spaces as hyphens."""
    return _SLUG_DROP.sub("", str(value).strip().lower()).replace(" ", "-")


@cache
def environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates") / "report")),
        autoescape=select_autoescape(
            enabled_extensions=("html.j2",), default_for_string=True, default=False
        ),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        md=md,
        md_text=md_prose,
        html_text=html_text,
        mermaid=mermaid,
        mermaid_id=mermaid_id,
        bar=bar,
        slug=slug,
    )
    from prestatie.render.report import html

    html.install(env)
    return env


def render(name: str, **context: object) -> str:
    """Template `name` of templates/report/ with `context`; a broken or missing template
    is a broken install, reported as one line."""
    from jinja2 import TemplateError

    try:
        return environment().get_template(name).render(**context)
    except TemplateError as exc:
        raise PrestatieError(msg("report.broken-template", name=name, error=str(exc))) from exc
