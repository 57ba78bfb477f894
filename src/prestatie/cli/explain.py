"""`prestatie explain`: what a rule checks, why it matters and how to fix it."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli import complete
from prestatie.cli.common import ColorChoice, ColorOption, LangOption, handled, speak, use_color


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@handled
def explain(
    code: Annotated[
        str | None,
        typer.Argument(
            metavar="CODE",
            help="A rule code such as cascade/level, or a family such as smart/.",
            show_default=False,
            autocompletion=complete.rule_codes,
        ),
    ] = None,
    lang: LangOption = None,
    color_choice: ColorOption = ColorChoice.auto,
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
) -> None:
    """Explain a rule: what it checks, why it matters, and how to fix it.

    Without a code, list every rule with its severity. Inside a plan, the texts
    follow the plan's language and show the plan's own severity and parameters
    (its `rules:` in prestatie.yaml) beside the default. Text is wrapped to the
    terminal ($COLUMNS, else 80 when not a terminal); --format md stays Markdown.

    Examples:

      prestatie explain                  # all rules

      prestatie explain cascade/level

      prestatie explain smart/ --lang nl # a whole family, in Dutch
    """
    from pathlib import Path

    from prestatie.model.plan import settings
    from prestatie.render import explain as explain_module

    speak(lang)  # errors while reading the plan's settings
    config = settings(Path.cwd())
    speaker = speak(lang, config)
    text = explain_module.render(
        code,
        speaker,
        output_format.value,
        config,
        width=_width(),
        color=output_format is ExplainFormat.text and use_color(sys.stdout),
    )
    sys.stdout.write(text)


def _width() -> int:
    """The width to wrap to: $COLUMNS, else the terminal's, else 80; at least 40."""
    import shutil

    return max(40, shutil.get_terminal_size((80, 24)).columns)
