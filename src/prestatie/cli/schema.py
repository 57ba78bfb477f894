"""`prestatie schema`: the JSON Schemas of the plan format, for editors and other tools
(`scaffold.schemafiles`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from prestatie.cli import complete
from prestatie.cli.common import LangOption, handled, speak
from prestatie.errors import UsageError
from prestatie.i18n import msg


@handled
def schema(
    kind: Annotated[
        str | None,
        typer.Argument(
            metavar="KIND",
            help="One kind: plan, mission, analysis, goal, goals, okr, ogsm, scorecard, "
            "person, reward-policy or function-profile. Default: the combined schema, "
            "which applies the schema of each file's kind.",
            show_default=False,
            autocompletion=complete.kinds,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="DIR",
            help="Write the schema files into DIR (made when missing) instead of printing: "
            "every kind's, common.schema.json and prestatie.schema.json; with KIND, that "
            "kind's and the files it refers to.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace a schema file in DIR that differs. A file that is the same is "
            "left as it is, with or without --force.",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Print or write the JSON Schemas of the plan files, for editors and CI.

    Without -o, print KIND's schema (or the combined one) as JSON. With -o DIR, write
    the files; their $refs are relative (common.schema.json#/...), so they resolve
    offline against the written files, in an editor and in check-jsonschema alike.
    Map DIR/prestatie.schema.json to the plan's YAML files (docs/editors.md): it
    dispatches on `kind`. `prestatie init` and `prestatie new` write the same files
    into the plan's .prestatie/schemas/; run with -o .prestatie/schemas --force there
    after an upgrade. No file is written over without --force.

    Examples:

      prestatie schema goal                # one kind's schema on stdout

      prestatie schema > prestatie.schema.json

      prestatie schema -o .prestatie/schemas --force

      prestatie schema okr -o /tmp/schemas
    """
    from prestatie.format.schemas import KINDS
    from prestatie.model.plan import settings
    from prestatie.scaffold import schemafiles

    speak(lang)  # errors while reading the plan's settings
    speaker = speak(lang, settings(Path.cwd()))
    if kind is not None and kind not in KINDS:
        from prestatie.model.suggest import Suggester

        close = Suggester(KINDS).suggest(kind)
        if close is not None:
            raise UsageError(msg("schema.unknown-kind.close", kind=kind, close=close))
        raise UsageError(msg("schema.unknown-kind", kind=kind, kinds=list(KINDS)))
    if output is None:
        sys.stdout.write(schemafiles.text(kind or schemafiles.COMBINED))
        return
    from prestatie.cli.new import _say, _shown

    for written in schemafiles.write(output, kind, force=force):
        _say(sys.stdout, speaker.text(f"schema.{written.state}", path=_shown(written.path)))
