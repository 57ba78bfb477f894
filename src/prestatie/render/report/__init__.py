"""`prestatie report`: the handout of a plan in Markdown or HTML.

`context.build` prepares every figure and word (`Report`); the templates in
`templates/report/` only place them, through the one environment of `env`.
"""

from __future__ import annotations

from prestatie.render.report.context import SECTIONS, Report, build
from prestatie.render.report.env import render
from prestatie.render.report.form import Forms

__all__ = [
    "SECTIONS",
    "Forms",
    "Report",
    "build",
    "render_form_html",
    "render_form_markdown",
    "render_html",
    "render_markdown",
]


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown (renders on GitHub and GitLab)."""
    return render("report.md.j2", r=report)


def render_html(report: Report) -> str:
    """The report as one self-contained HTML5 file: CSS inline, no script, no network."""
    return render("report.html.j2", r=report)


def render_form_markdown(forms: Forms) -> str:
    """The agreement forms as Markdown, a thematic break between two forms."""
    return render("form.md.j2", f=forms)


def render_form_html(forms: Forms) -> str:
    """The agreement forms as one self-contained HTML5 file, each form from a new A4 page."""
    return render("form.html.j2", f=forms)
