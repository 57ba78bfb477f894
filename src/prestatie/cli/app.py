"""The command line. It only translates: options in, one core call, a renderer out.

Heavy modules (jsonschema, jinja2, rich tables) are imported inside the commands
that need them, so `prestatie --help` and a small `validate` start quickly.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec

import typer

from prestatie import __version__
from prestatie.errors import PrestatieError, UsageError

app = typer.Typer(
    name="prestatie",
    help="Keep an organisation's performance plan as YAML in git: validate the cascade "
    "from mission to personal objectives, check it, report on it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"
    md = "md"


class Language(StrEnum):
    nl = "nl"
    en = "en"


P = ParamSpec("P")


def handled(command: Callable[P, None]) -> Callable[P, None]:
    """Turn PrestatieError into its one-line message and exit code, inside the app."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except PrestatieError as exc:
            sys.stderr.write(f"prestatie: error: {exc}\n")
            raise typer.Exit(exc.exit_code) from exc

    return wrapper


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


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@app.command()
@handled
def validate(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Plan folders or YAML files. Default: the plan around the current folder "
            "(the nearest folder above with prestatie.yaml).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1) on warnings too, not only on errors.")
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="The date time-bound rules judge against (YYYY-MM-DD), e.g. late OGSM actions "
            "and committed OKRs after their period. Default: today.",
        ),
    ] = None,
) -> None:
    """Check that every objective derives from its parent, and much more.

    Every problem of the whole plan is reported in one run, each with
    file:line:column, a rule code and a hint. `prestatie explain CODE` tells
    what a rule checks and how to fix it.

    Exit codes: 0 no errors, 1 errors (with --strict also warnings),
    2 usage error or unreadable path.

    Examples:

      prestatie validate                       # the plan around the current folder

      prestatie validate examples/gouden-korst

      prestatie validate goals/verkoop.yaml --format json

      prestatie validate --strict              # warnings fail too, for CI
    """
    from prestatie.render import REPORTER_BY_NAME
    from prestatie.rules.engine import validate as check

    result = check(paths or [], as_of=_as_of(as_of) if as_of else None)
    REPORTER_BY_NAME[output_format.value](result, sys.stdout, use_color(sys.stdout))
    raise typer.Exit(1 if result.failing(strict) else 0)


@app.command()
@handled
def explain(
    code: Annotated[
        str | None,
        typer.Argument(help="A rule code such as cascade/level, or a family such as smart/."),
    ] = None,
    lang: Annotated[
        Language | None,
        typer.Option("--lang", "-l", help="Language of the text. Default: from $LANG, else en."),
    ] = None,
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExplainFormat.text,
) -> None:
    """Explain a rule: what it checks, why it matters, and how to fix it.

    Without a code, list every rule with its default severity.

    Examples:

      prestatie explain                  # all rules

      prestatie explain cascade/level

      prestatie explain smart/ --lang nl # a whole family, in Dutch
    """
    from prestatie.render import explain as explain_module

    language = lang.value if lang else _default_language()
    try:
        text = explain_module.render(code, language, output_format.value)
    except KeyError as exc:
        raise PrestatieError(str(exc.args[0])) from exc
    sys.stdout.write(text)


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


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    from prestatie.format.periods import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise UsageError(f"--as-of {value!r}: expected a date as YYYY-MM-DD")
    return parsed


@app.command()
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

    day = _as_of(as_of)
    (target,) = targets([path] if path else [], Path.cwd())[:1]
    plan = load(target)
    plan.as_of = day
    request = tree_module.TreeRequest(start, depth, level.value if level else None)
    roots = tree_module.build(plan, day, request)
    if output_format is TreeFormat.json:
        payload = {"as_of": day.isoformat(), "roots": [r.as_dict() for r in roots]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
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


@app.command()
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
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
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


@app.command()
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
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
    elif output_format is AnalysisFormat.md:
        from prestatie.render import analysis_md

        analysis_md.render(result, sys.stdout, lang=language)
    else:
        from prestatie.render import analysis_text

        analysis_text.render(result, sys.stdout, color=use_color(sys.stdout), lang=language)


new_app = typer.Typer(
    help="Write a new plan file from a template, filled in from its parent.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(new_app, name="new")


def _new(
    kind: str,
    parent: str | None,
    period: str | None,
    item_id: str | None,
    owner: str | None,
    objective: str | None,
    output: Path | None,
    force: bool,
    plan_path: str | None,
) -> None:
    from prestatie.model.plan import load
    from prestatie.scaffold import new as scaffold
    from prestatie.source.files import targets

    (target,) = targets([plan_path] if plan_path else [], Path.cwd())[:1]
    if not target.root.is_dir():
        raise UsageError("`prestatie new` works inside a plan folder (with prestatie.yaml)")
    plan = load(target)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if interactive and parent is None and kind == "okr":
        parent = typer.prompt("Parent (goal or key result id)")
    if interactive and objective is None:
        objective = (
            typer.prompt("Objective (one sentence, in words)", default="", show_default=False)
            or None
        )
    request = scaffold.NewRequest(kind, parent, period, item_id, owner, objective, output)
    made, findings = scaffold.create(plan, target, request, date.today(), force=force)
    sys.stdout.write(f"created {_shown(made.path)} ({kind} {made.id})\n")
    from prestatie.render.text import line_of

    for finding in findings:
        sys.stdout.write(line_of(finding, use_color(sys.stdout)) + "\n")


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


ParentOption = Annotated[
    str | None,
    typer.Option("--parent", "-p", help="The id it derives from; checked against the plan."),
]
PeriodOption = Annotated[
    str | None, typer.Option("--period", help="2026, 2026-Q1 or 2026-03. Default: from the parent.")
]
IdOption = Annotated[str | None, typer.Option("--id", help="The new id. Default: made unique.")]
OwnerOption = Annotated[
    str | None, typer.Option("--owner", help="The owner. Default: the parent's owner.")
]
ObjectiveOption = Annotated[
    str | None, typer.Option("--objective", help="The objective, in words.")
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="File to write. Default: <plan>/<kind>/<id>.yaml."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")]
PlanOption = Annotated[
    str | None,
    typer.Option("--plan", help="Plan folder. Default: the plan around the current folder."),
]


@new_app.command("okr")
@handled
def new_okr(
    parent: ParentOption = None,
    period: PeriodOption = None,
    item_id: IdOption = None,
    owner: OwnerOption = None,
    objective: ObjectiveOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    plan: PlanOption = None,
) -> None:
    """Write a new OKR under a goal or a key result.

    Period, owner, unit and perspective come from the parent; the id is made
    unique; the file validates as written. Missing values are asked for when a
    terminal is attached. An existing file is never overwritten without --force.

    Examples:

      prestatie new okr --parent AD-ZM-2

      prestatie new okr --parent OKR-ZM-Q2/KR1 --period 2026-Q3 -o okr/binnendienst.yaml
    """
    _new("okr", parent, period, item_id, owner, objective, output, force, plan)


@new_app.command("ogsm")
@handled
def new_ogsm(
    parent: ParentOption = None,
    period: PeriodOption = None,
    item_id: IdOption = None,
    owner: OwnerOption = None,
    objective: ObjectiveOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    plan: PlanOption = None,
) -> None:
    """Write a new one-page OGSM under the mission, a goal or a parent OGSM's strategy.

    Under a parent strategy, the strategy becomes the new OGSM's objective. The
    file validates as written; an existing file is never overwritten without --force.

    Examples:

      prestatie new ogsm                              # under the mission

      prestatie new ogsm --parent OGSM-2026/S2 --owner "Hoofd logistiek"
    """
    _new("ogsm", parent, period, item_id, owner, objective, output, force, plan)


def _default_language() -> str:
    for name in ("PRESTATIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def _fail(message: str, code: int = 2) -> NoReturn:
    sys.stderr.write(f"prestatie: error: {message}\n")
    raise SystemExit(code)


def run() -> None:
    """Run the app; the one place where exceptions become exit codes and one-line errors."""
    try:
        status = app(standalone_mode=False)
    except PrestatieError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except RecursionError:
        _fail("the input nests too deeply to be processed", 2)
    except MemoryError:
        _fail("out of memory while processing the input", 2)
    except Exception as exc:  # the last line of defence: never a traceback
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # A usage error from the command-line parser (or an abort): one line.
            command = getattr(getattr(exc, "ctx", None), "command_path", None) or "prestatie"
            message = " ".join(str(exc.format_message()).split())
            if not message:  # the help was shown (no arguments given)
                raise SystemExit(int(exc.exit_code)) from None
            _fail(f"{message} (see `{command} --help`)", int(exc.exit_code))
        where = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
        _fail(
            f"internal error: {exc.__class__.__name__}: {exc}{where}. "
            "This is a bug in prestatie; please report it with the command you ran."
        )
    raise SystemExit(status if isinstance(status, int) else 0)
