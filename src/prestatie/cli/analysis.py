"""`prestatie analysis`: SWOT, confrontation matrix, coverage and Porter."""

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
    color_choice: ColorOption = ColorChoice.auto,
    strict: StrictOption = False,
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
    plan_errors(plan, strict)
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
