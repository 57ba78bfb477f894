"""`prestatie init`: start a plan that validates clean (`scaffold.starter`)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli import prompt
from prestatie.cli.common import Language, error_line, handled, speak, use_color
from prestatie.cli.new import _say, _shown
from prestatie.i18n import msg


@handled
def init(
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR",
            help="The folder of the new plan; made when it does not exist. "
            "Default: the current folder.",
            show_default=False,
        ),
    ] = None,
    org: Annotated[
        str | None,
        typer.Option(
            "--org",
            metavar="NAME",
            help="The organisation. Default: asked at a terminal, else the folder's name.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="nl|en",
            help="The plan's language (of its texts, reports and these messages). Default: "
            "asked at a terminal, else $PRESTATIE_LANG, else the locale, else en.",
            show_default=False,
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="The plan's period: 2026, 2026-2028, FY2026, ... "
            "Default: asked at a terminal, else this year.",
            show_default=False,
        ),
    ] = None,
    perspectives: Annotated[
        str | None,
        typer.Option(
            "--perspectives",
            metavar="SET",
            help="The Balanced Scorecard perspectives: kaplan-norton, nederlands or "
            "publieke-sector. Default: kaplan-norton.",
            show_default=False,
        ),
    ] = None,
    example: Annotated[
        str | None,
        typer.Option(
            "--example",
            metavar="NAME",
            help="Copy a bundled example plan instead: gouden-korst, northwind-care or eenzijdig.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Start the plan in a folder that is not empty."),
    ] = False,
) -> None:
    """Start a plan: settings, mission, an analysis skeleton and one strategic objective
    per perspective, each with a measure, that validates clean (also with --strict).

    A folder that holds a plan (or lies inside one) is refused, as is one that is not
    empty (hidden entries such as .git aside) unless --force; no file is ever written
    over. With a terminal attached, the organisation, language and period are asked
    for; without one, the defaults are taken.

    Examples:

      prestatie init acme --org "Acme" --lang en

      prestatie init klant-2027 --org "Bakkerij Jansen" --lang nl --period 2027

      prestatie init demo --example gouden-korst
    """
    from prestatie.scaffold import starter

    speaker = speak(lang)
    request = starter.InitRequest(
        folder or Path("."),
        organisation=org,
        lang=lang.value if lang else None,
        period=period,
        perspectives=perspectives,
        example=example,
        force=force,
    )
    today = date.today()
    starter.complete(request, prompt.asker(speaker), today)
    if request.lang is not None:
        speaker = speak(Language(request.lang))  # the plan's language from here on
    started = starter.create(request, today)
    shown = _shown(request.folder)
    count = len(started.files)
    if request.example is not None:
        head = speaker.text("init.copied", name=request.example, folder=shown, count=count)
    else:
        head = speaker.text("init.created", folder=shown, count=count)
    _say(sys.stdout, head)
    for path in started.files:
        _say(sys.stdout, speaker.text("init.file", path=_shown(path)))
    if started.schemas:
        where = _shown(started.schemas[0].parent)
        _say(sys.stdout, speaker.text("init.schemas", folder=where, count=len(started.schemas)))
    from prestatie.render.text import line_of

    color = use_color(sys.stdout)
    for finding in started.findings:
        _say(sys.stdout, line_of(finding, color, speaker), clean=False)
    errors = sum(1 for f in started.findings if f.severity == "error")
    if errors:
        sys.stderr.write(error_line(msg("init.written-with-errors", folder=shown, errors=errors)))
        raise typer.Exit(1)
    if started.first is not None:
        _say(sys.stdout, speaker.text("init.next", id=started.first))
    else:
        _say(sys.stdout, speaker.text("init.next.example", folder=shown))
