"""`prestatie balance`: the plan across the four BSC perspectives."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import (
    ColorChoice,
    ColorOption,
    LangOption,
    PathArgument,
    StrictOption,
    handled,
    load_plan,
    plan_errors,
    speak,
    use_color,
)


class BalanceFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


class ScopeKind(StrEnum):
    plan = "plan"
    level = "level"
    unit = "unit"
    scorecard = "scorecard"


@handled
def balance(
    path: PathArgument = None,
    by: Annotated[
        list[ScopeKind] | None,
        typer.Option(
            "--by",
            metavar="plan|level|unit|scorecard",
            help="Scopes to show; repeat for several. Default: plan and level.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        BalanceFormat, typer.Option("--format", "-f", help="Output format.")
    ] = BalanceFormat.text,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0.0,
            max=1.0,
            metavar="BOUND",
            help="Exit 1 when any shown scope's normalised entropy is below this bound "
            "(default: `balance: {fail_under: ...}` in prestatie.yaml).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    color_choice: ColorOption = ColorChoice.auto,
    strict: StrictOption = False,
) -> None:
    """Show where a plan is one-sided across the Balanced Scorecard perspectives.

    Per scope (the whole plan, each level, each unit, each scorecard): objectives,
    measures, weight and share per perspective with the rules' verdict on it, the
    normalised entropy (1 = even, 0 = everything in one perspective) against its
    bound, external versus internal, short, medium and long term, and leading
    versus lagging measures, followed by the bsc/ and balance/ findings about that
    scope and a note where a scope is not judged.

    Examples:

      prestatie balance examples/gouden-korst

      prestatie balance --by unit --by scorecard

      prestatie balance --fail-under 0.8          # a CI gate

      prestatie balance --format md > balance.md  # for a pull request
    """
    from prestatie.rules import balance_report

    speak(lang)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    plan_errors(plan, strict)
    kinds = [k.value for k in by] if by else ["plan", "level"]
    result = balance_report.report(plan, kinds, fail_under)
    if output_format is BalanceFormat.json:
        from prestatie.render import jsonout

        jsonout.write(result.as_dict(), sys.stdout)
    else:
        from prestatie.render import balance_text

        if output_format is BalanceFormat.md:
            balance_text.render_md(result, sys.stdout, speaker=speaker)
        else:
            balance_text.render(result, sys.stdout, color=use_color(sys.stdout), speaker=speaker)
    raise typer.Exit(1 if result.failed else 0)
