"""`prestatie report`: the handout of a plan in Markdown or HTML.

`context.build` prepares every figure and word (`Report`); the templates in
`templates/report/` only place them, through the one environment of `env`.
"""

from __future__ import annotations

from prestatie.render.report.context import SECTIONS, Report, build
from prestatie.render.report.env import render

__all__ = ["SECTIONS", "Report", "build", "render_html", "render_markdown"]


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown (renders on GitHub and GitLab)."""
    return render("report.md.j2", r=report)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML5 file: CSS inline, no script, no network."""
    return render("report.html.j2", r=report)
