"""`prestatie tree`, `balance` and `analysis`: the figures computed from the plan."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from prestatie.cli.common import (
    AsOfOption,
    LangOption,
    PathArgument,
    as_of_date,
    handled,
    load_plan,
    speak,
    use_color,
)
from prestatie.errors import UsageError
from prestatie.i18n import msg

_LEVELS = "strategic|department|operational|function|project|personal"


def level_of(value: str) -> str:
    """The canonical level for `--level` as written (`operationeel` -> `operational`);
    a UsageError naming the levels, with the closest one, for anything else."""
    from prestatie.format import vocabulary
    from prestatie.model.suggest import Suggester

    found = vocabulary.level(value)
    if found is not None:
        return found
    key = value.strip().lower()
    close = Suggester([*vocabulary.LEVELS, *vocabulary.LEVEL_ALIASES]).suggest(key) if key else None
    levels = list(vocabulary.LEVELS)
    if close:
        # Named in the run's language (`{close:level}`): either spelling is accepted.
        meant = vocabulary.level(close)
        raise UsageError(
            msg("figures.unknown-level.close", value=value, close=meant, levels=levels)
        )
    raise UsageError(msg("figures.unknown-level", value=value, levels=levels))


class TreeFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@handled
def tree(
    path: PathArgument = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="ID",
            help="Start at this goal instead of the mission.",
            show_default=False,
        ),
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option("--depth", min=0, metavar="N", help="Show this many levels below the start."),
    ] = None,
    level: Annotated[
        str | None,
        typer.Option(
            "--level",
            metavar=_LEVELS,
            help="Show goals down to this level; Dutch names work too (operationeel).",
            show_default=False,
        ),
    ] = None,
    as_of: AsOfOption = None,
    output_format: Annotated[
        TreeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TreeFormat.text,
    lang: LangOption = None,
) -> None:
    """Show the cascade from the mission down, with progress and status.

    Each goal shows its id, title, level, owner, perspective, a progress bar, its
    score and its status (green, amber, red or no data; "behind plan" when it is
    below the progress expected by the as-of date). An objective's score is the
    weighted mean of its own measures and of its children.

    Examples:

      prestatie tree examples/gouden-korst --as-of 2026-06-30

      prestatie tree --from SD-1 --depth 2

      prestatie tree --level operational --format json

      prestatie tree examples/gouden-korst --level operationeel --lang en

      prestatie tree --format md > cascade.md
    """
    from prestatie.compute import tree as tree_module

    speak(lang)
    day = as_of_date(as_of)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    plan.as_of = day
    request = tree_module.TreeRequest(start, depth, level_of(level) if level is not None else None)
    roots = tree_module.build(plan, day, request)
    if output_format is TreeFormat.json:
        from prestatie.render import jsonout

        jsonout.write({"as_of": day.isoformat(), "roots": [r.as_dict() for r in roots]}, sys.stdout)
        return
    if output_format is TreeFormat.md:
        from prestatie.render import tree_md

        tree_md.render(roots, sys.stdout, speaker=speaker, as_of=day.isoformat())
        return
    from prestatie.render import tree_text

    tree_text.render(
        roots, sys.stdout, color=use_color(sys.stdout), speaker=speaker, as_of=day.isoformat()
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
) -> None:
    """Show where a plan is one-sided across the Balanced Scorecard perspectives.

    Per scope (the whole plan, each level, each unit, each scorecard): objectives,
    measures and weight per perspective, each perspective's share, the normalised
    entropy (1.0 = even, 0.0 = everything in one perspective), external versus
    internal, short versus long term and leading versus lagging measures, with the
    bsc/ and balance/ findings.

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


class AnalysisFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@handled
def analysis(
    path: PathArgument = None,
    output_format: Annotated[
        AnalysisFormat, typer.Option("--format", "-f", help="Output format.")
    ] = AnalysisFormat.text,
    lang: LangOption = None,
) -> None:
    """Show the strategic analysis: SWOT, confrontation matrix, coverage and Porter.

    The SWOT as a 2×2, the confrontation matrix with row and column totals, the
    quadrant sums (S×O grow, W×O improve, S×T defend, W×T withdraw) with their key
    issues, the key items, which strategic objectives address each item, the
    strategic options and Porter's five forces. `prestatie validate` reports the
    weaknesses and threats that no strategic objective addresses.

    Examples:

      prestatie analysis examples/gouden-korst

      prestatie analysis --lang en

      prestatie analysis --format md > analysis.md

      prestatie analysis --format json
    """
    from prestatie.compute import analysis as analysis_module

    speak(lang)
    plan = load_plan(path)
    speaker = speak(lang, plan.config)
    result = analysis_module.analyse(plan)
    if output_format is AnalysisFormat.json:
        from prestatie.render import jsonout

        jsonout.write(result.as_dict(), sys.stdout)
    elif output_format is AnalysisFormat.md:
        from prestatie.render import analysis_md

        analysis_md.render(result, sys.stdout, speaker=speaker)
    else:
        from prestatie.render import analysis_text

        analysis_text.render(result, sys.stdout, color=use_color(sys.stdout), speaker=speaker)
