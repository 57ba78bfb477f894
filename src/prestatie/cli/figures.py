"""`prestatie tree`, `balance` and `analysis`: the figures computed from the plan."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli.common import Language, as_of_date, handled, use_color


class TreeFormat(StrEnum):
    text = "text"
    json = "json"


class Level(StrEnum):
    strategic = "strategic"
    department = "department"
    operational = "operational"
    function = "function"
    project = "project"
    personal = "personal"


@handled
def tree(
    path: Annotated[
        str | None,
        typer.Argument(help="Plan folder or file. Default: the plan around the current folder."),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="Start at this goal instead of the mission.")
    ] = None,
    depth: Annotated[
        int | None, typer.Option("--depth", min=0, help="Show this many levels below the start.")
    ] = None,
    level: Annotated[
        Level | None, typer.Option("--level", help="Show goals down to this level.")
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="The date progress is judged on (YYYY-MM-DD). Default: today."
        ),
    ] = None,
    output_format: Annotated[
        TreeFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TreeFormat.text,
    lang: Annotated[
        Language | None, typer.Option("--lang", "-l", help="Language. Default: the plan's.")
    ] = None,
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
    """
    from prestatie.compute import tree as tree_module
    from prestatie.model.plan import load
    from prestatie.source.files import targets

    day = as_of_date(as_of)
    (target,) = targets([path] if path else [], Path.cwd())[:1]
    plan = load(target)
    plan.as_of = day
    request = tree_module.TreeRequest(start, depth, level.value if level else None)
    roots = tree_module.build(plan, day, request)
    if output_format is TreeFormat.json:
        payload = {"as_of": day.isoformat(), "roots": [r.as_dict() for r in roots]}
        from prestatie.render.common import to_json

        sys.stdout.write(to_json(payload) + "\n")
        return
    from prestatie.render import tree_text

    tree_text.render(
        roots,
        sys.stdout,
        color=use_color(sys.stdout),
        lang=lang.value if lang else plan.config.language,
        perspectives=plan.config.perspectives,
        as_of=day.isoformat(),
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
    path: Annotated[
        str | None,
        typer.Argument(help="Plan folder or file. Default: the plan around the current folder."),
    ] = None,
    by: Annotated[
        list[ScopeKind] | None,
        typer.Option("--by", help="Scopes to show; repeat for several. Default: plan and level."),
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
            help="Exit 1 when any shown scope's normalised entropy is below this bound "
            "(default: `balance: {fail_under: ...}` in prestatie.yaml).",
        ),
    ] = None,
    lang: Annotated[
        Language | None, typer.Option("--lang", "-l", help="Language. Default: the plan's.")
    ] = None,
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
    from prestatie.model.plan import load
    from prestatie.rules import balance_report
    from prestatie.source.files import targets

    (target,) = targets([path] if path else [], Path.cwd())[:1]
    plan = load(target)
    kinds = [k.value for k in by] if by else ["plan", "level"]
    result = balance_report.report(plan, kinds, fail_under)
    language = lang.value if lang else plan.config.language
    if output_format is BalanceFormat.json:
        from prestatie.render.common import to_json

        sys.stdout.write(to_json(result.as_dict()) + "\n")
    else:
        from prestatie.render import balance_text

        if output_format is BalanceFormat.md:
            balance_text.render_md(
                result, sys.stdout, lang=language, perspectives=plan.config.perspectives
            )
        else:
            balance_text.render(
                result,
                sys.stdout,
                color=use_color(sys.stdout),
                lang=language,
                perspectives=plan.config.perspectives,
            )
    raise typer.Exit(1 if result.failed else 0)


class AnalysisFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


@handled
def analysis(
    path: Annotated[
        str | None,
        typer.Argument(help="Plan folder or file. Default: the plan around the current folder."),
    ] = None,
    output_format: Annotated[
        AnalysisFormat, typer.Option("--format", "-f", help="Output format.")
    ] = AnalysisFormat.text,
    lang: Annotated[
        Language | None, typer.Option("--lang", "-l", help="Language. Default: the plan's.")
    ] = None,
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
    from prestatie.model.plan import load
    from prestatie.source.files import targets

    (target,) = targets([path] if path else [], Path.cwd())[:1]
    plan = load(target)
    result = analysis_module.analyse(plan)
    language = lang.value if lang else plan.config.language
    if output_format is AnalysisFormat.json:
        from prestatie.render.common import to_json

        sys.stdout.write(to_json(result.as_dict()) + "\n")
    elif output_format is AnalysisFormat.md:
        from prestatie.render import analysis_md

        analysis_md.render(result, sys.stdout, lang=language)
    else:
        from prestatie.render import analysis_text

        analysis_text.render(result, sys.stdout, color=use_color(sys.stdout), lang=language)
