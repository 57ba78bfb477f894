"""The typer app: the commands of the `cli` modules, and `run`,
the one place where exceptions become exit codes and one-line errors.

Heavy modules (jsonschema, jinja2, rich tables) are imported inside the commands
that need them, so `prestatie --help` and a small `validate` start quickly.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, NoReturn

import typer

from prestatie import __version__
from prestatie.cli import (
    analysis,
    balance,
    check,
    diff,
    explain,
    export,
    init,
    memory,
    new,
    params,
    report,
    schema,
    streams,
    tree,
)
from prestatie.cli.common import error_line
from prestatie.errors import PrestatieError
from prestatie.i18n import Msg, msg


def _arguments_by_name() -> None:
    """Help shows an argument by its metavar (`[PATH]...`), as it shows options.

    The pinned typer (see pyproject.toml) prints an argument's Python type beside it
    (`paths... <list[str]>`) and has no setting for it; tests/test_cli.py checks that
    no help text shows a type name, so a typer that changes this is noticed.
    """
    from typer.core import TyperArgument

    def no_type(self: TyperArgument, ctx: object) -> None:
        return None

    TyperArgument.display_type_rich = no_type  # type: ignore[method-assign,assignment]


_arguments_by_name()
params.install()  # option values without pydantic's import (see cli/params.py)

app = typer.Typer(
    name="prestatie",
    help="Keep an organisation's performance plan as YAML in git: validate the cascade "
    "from mission to personal objectives, check it, report on it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # Plain help as click writes it: options with metavars, never Python type names.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"prestatie {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Keep an organisation's performance plan as YAML in git and check it.

    Run a command with --help for its options and examples.
    """


app.command()(check.validate)
app.command()(explain.explain)
app.command()(tree.tree)
app.command()(balance.balance)
app.command()(analysis.analysis)
app.command(cls=diff.DiffCommand)(diff.diff)
app.command()(report.report)
app.command()(export.export)
app.command()(init.init)
app.command()(schema.schema)
app.add_typer(new.new_app, name="new")


def _fail(message: Msg, code: int = 2) -> NoReturn:
    sys.stderr.write(error_line(message))
    raise SystemExit(code)


def run() -> None:
    """Run the app; the one place where exceptions become exit codes and one-line errors."""
    streams.prepare()
    memory.bound()
    try:
        status = app(standalone_mode=False)
    except BrokenPipeError:  # bytes written past the text stream (a PDF), to a closed pipe
        streams.quiet_exit()
        raise SystemExit(0) from None
    except PrestatieError as exc:
        _fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        _fail(msg("error.interrupted"), 130)
    except RecursionError:
        _fail(msg("cli.nests-too-deeply"), 2)
    except MemoryError:
        _fail(memory.message(), 2)
    except Exception as exc:  # the last line of defence: never a traceback
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # A usage error from the command-line parser (or an abort): one line.
            command = getattr(getattr(exc, "ctx", None), "command_path", None) or "prestatie"
            message = " ".join(str(exc.format_message()).split())
            if not message:  # the help was shown (no arguments given)
                raise SystemExit(int(exc.exit_code)) from None
            _fail(msg("cli.see-help", message=message, command=command), int(exc.exit_code))
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
        _fail(msg("cli.internal-error", error=f"{exc.__class__.__name__}: {exc}", where=where))
    raise SystemExit(status if isinstance(status, int) else 0)
