"""`prestatie init`: a new plan that validates clean, or a copy of a bundled example.

The settings (`prestatie.yaml`) come from their template; the mission, the analysis
skeleton and the starting cascade (one strategic objective per perspective, each with a
measure, answering the analysis) are written by `prestatie new`'s own path, so a started
plan is exactly what `new` would write. Nothing is written over; when a step fails, what
was written before it is removed again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from prestatie.errors import OutputError, UsageError
from prestatie.findings import Finding
from prestatie.format import perspectives as perspective_sets
from prestatie.format.periods import parse_period
from prestatie.i18n import LANGUAGES, environment_language, msg, speaker_for
from prestatie.model.plan import load
from prestatie.scaffold import place
from prestatie.scaffold.ask import Asker, Choice, Question, ask
from prestatie.scaffold.env import render, schema_ref
from prestatie.scaffold.request import NewRequest
from prestatie.scaffold.words import spell
from prestatie.scaffold.yamltext import check_utf8
from prestatie.source import files
from prestatie.source.data import data_dir
from prestatie.source.files import Target

#: The SWOT items the starting objectives address, in turn: every weakness, threat and
#: opportunity of the skeleton is answered, so `swot/unaddressed` has nothing to say.
_ADDRESSES = (("O1",), ("T1",), ("W1",), ("S1",))


@dataclass(slots=True)
class InitRequest:
    folder: Path
    organisation: str | None = None
    lang: str | None = None
    period: str | None = None
    perspectives: str | None = None
    example: str | None = None
    force: bool = False


@dataclass(slots=True)
class Started:
    """The plan written: its folder, its files (in the order written) and its findings."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: The id of the first objective, for the next step `init` suggests.
    first: str | None = None
    #: The schema files written into `.prestatie/schemas/` (for editors); an identical
    #: file that was there already is not among them.
    schemas: list[Path] = field(default_factory=list)


def _holds_plan(folder: Path) -> bool:
    return any((folder / name).is_file() for name in files.ROOT_FILES)


def examples() -> list[str]:
    """The bundled example plans by name."""
    folder = data_dir("examples")
    return sorted(p.name for p in folder.iterdir() if _holds_plan(p))


def complete(request: InitRequest, asker: Asker | None, today: date) -> None:
    """Check the folder and the options, then ask for what is missing (kept in `request`)."""
    check_utf8(
        {
            "--org": request.organisation,
            "--period": request.period,
            "--perspectives": request.perspectives,
            "--example": request.example,
        }
    )
    _check_folder(request.folder, request.force)
    if request.example is None:
        for path in starting_files(request.folder):
            if os.path.lexists(path):
                raise UsageError(msg("init.file-exists", path=str(path)))
    from prestatie.scaffold import schemafiles

    in_the_way = schemafiles.in_the_way(schemafiles.plan_copy(request.folder))
    if in_the_way is not None:
        raise UsageError(msg("init.file-exists", path=str(in_the_way)))
    if request.example is not None:
        if request.organisation or request.period or request.perspectives:
            raise UsageError(msg("init.example-options"))
        names = examples()
        if request.example not in names:
            import difflib

            close = difflib.get_close_matches(request.example, names, n=1)
            if close:
                raise UsageError(
                    msg("init.unknown-example.close", name=request.example, close=close[0])
                )
            raise UsageError(msg("init.unknown-example", name=request.example, names=names))
        return
    if request.perspectives is not None and perspective_sets.builtin(request.perspectives) is None:
        raise UsageError(
            msg("init.unknown-perspectives", value=request.perspectives, names=_SET_NAMES)
        )
    if request.period is not None and parse_period(request.period) is None:
        raise UsageError(msg("new.bad-period", period=request.period))
    if request.organisation is not None and not request.organisation.strip():
        raise UsageError(msg("init.empty-org"))
    if request.organisation is None:
        default = os.path.basename(os.path.abspath(request.folder)) or "organisation"
        request.organisation = ask(
            asker, Question(msg("init.prompt.organisation"), default=default)
        )
    if request.lang is None:
        options = tuple(Choice(lang, msg(f"init.language.{lang}")) for lang in LANGUAGES)
        default = environment_language() or "en"
        question = Question(msg("init.prompt.language"), options, default=default)
        request.lang = ask(asker, question)
    if request.period is None:
        answer = ask(asker, Question(msg("init.prompt.period"), default=str(today.year)))
        if answer is not None and parse_period(answer) is None:
            raise UsageError(msg("new.bad-period", period=answer))
        request.period = answer


_SET_NAMES = ("kaplan-norton", "nederlands", "publieke-sector")


def starting_files(folder: Path) -> list[Path]:
    """The files of a new plan: settings, mission, analysis and the strategic goals."""
    names = (files.ROOT_FILES[0], "mission.yaml", "analysis.yaml", "goals/strategic.yaml")
    return [folder / name for name in names]


def _check_folder(folder: Path, force: bool) -> None:
    """Refuse a file, a plan (or a folder inside one) and, without force, a folder with
    anything in it but hidden entries (`.git`)."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise UsageError(msg("init.not-a-folder", folder=str(folder)))
    existing = Path(os.path.abspath(folder))
    while not existing.is_dir() and existing.parent != existing:
        existing = existing.parent
    root = files.find_root(existing)
    if root is not None:
        if existing == Path(os.path.abspath(folder)) and _holds_plan(existing):
            raise UsageError(msg("init.has-plan", folder=str(folder)))
        raise UsageError(msg("init.inside-plan", folder=str(folder), root=str(root)))
    if folder.is_dir() and not force:
        entries = [e for e in os.listdir(folder) if not e.startswith(".")]
        if entries:
            raise UsageError(msg("init.not-empty", folder=str(folder), count=len(entries)))


def create(request: InitRequest, today: date) -> Started:
    """Write the plan; on failure every file and folder made so far is removed again."""
    folders = place.missing_folders(request.folder)
    place.make_folders(folders)
    started = Started(request.folder)
    before = _folders(request.folder)
    try:
        _schemas(request.folder, started)  # first: every new file's `$schema` line points there
        if request.example is not None:
            _copy(data_dir("examples") / request.example, request.folder, started)
        else:
            _start(request, today, started)
    except BaseException:
        _undo(started, request.folder, before)
        place.remove_folders(folders)
        raise
    plan = load(Target(Path(os.path.realpath(request.folder)), True, None))
    from prestatie.rules.engine import check_plan

    started.findings = check_plan(plan)
    return started


def _start(request: InitRequest, today: date, started: Started) -> None:
    from prestatie.scaffold import new

    lang = request.lang or "en"
    speaker = speaker_for(lang)
    organisation = request.organisation or "organisation"
    period = request.period or str(today.year)
    chosen = perspective_sets.builtin(request.perspectives or "kaplan-norton")
    assert chosen is not None
    settings = request.folder / files.ROOT_FILES[0]
    context = {
        "schema": schema_ref("plan", request.folder, settings),
        "name": f"{organisation} — {speaker.text('scaffold.value.plan-name', period=period)}",
        "organisation": organisation,
        "language": lang,
        "period": period,
        "perspectives": chosen.name,
        "levels": [spell("level", lv, lang) for lv in _LEVELS],
    }
    _write(settings, render("plan.yaml.j2", context, speaker), started)
    target = Target(Path(os.path.realpath(request.folder)), True, None)
    board = speaker.text("scaffold.value.board")
    _, mission, analysis, goals = starting_files(target.root)
    place.make_folders(place.missing_folders(goals.parent))
    steps = [
        NewRequest(
            "mission", title=organisation, owner=board, period=period, lang=lang, output=mission
        ),
        NewRequest("analysis", period=period, lang=lang, starter=True, output=analysis),
    ]
    order = sorted(chosen.perspectives, key=lambda p: -p.order)
    for index, perspective in enumerate(order):
        steps.append(
            NewRequest(
                "goal",
                parent="mission",
                owner=board,
                perspective=perspective.id,
                lang=lang,
                addresses=_ADDRESSES[index % len(_ADDRESSES)],
                explain=index == 0,
                output=goals,  # the first one starts the list, the others are added to it
            )
        )
    for step in steps:
        plan = load(target)
        made, _ = new.create(plan, target, step, today)
        if made.path not in started.files:
            started.files.append(made.path)
        if step.kind == "goal" and started.first is None:
            started.first = made.id


_LEVELS = ("strategic", "department", "operational", "function", "project", "personal")


def _write(path: Path, text: str | bytes, started: Started) -> None:
    from prestatie.source.write import AlreadyExists, write_atomic

    try:
        write_atomic(path, text)
    except AlreadyExists as exc:
        raise OutputError(msg("init.file-exists", path=str(path))) from exc
    started.files.append(path)


def _copy(source: Path, folder: Path, started: Started) -> None:
    """Every file of the example plan, hidden ones left out, none written over."""
    for here, subfolders, names in os.walk(source):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        relative = Path(here).relative_to(source)
        into = folder / relative
        if not into.is_dir():
            place.make_folders([into])
        for name in sorted(names):
            if not name.startswith("."):
                _write(into / name, (Path(here) / name).read_bytes(), started)


def _schemas(folder: Path, started: Started) -> None:
    """The plan's copy of the schemas, which the `$schema` line of every new file points
    at: an identical file already there is left as it is, a different one is refused."""
    from prestatie.scaffold import schemafiles

    for written in schemafiles.write(schemafiles.plan_copy(folder)):
        if written.state == "written":
            started.schemas.append(written.path)


def _folders(folder: Path) -> set[str]:
    return {here for here, _, _ in os.walk(folder)}


def _undo(started: Started, folder: Path, before: set[str]) -> None:
    """Remove what a failed `init` wrote, and the folders it made (deepest first)."""
    import contextlib

    for path in reversed([*started.files, *started.schemas]):
        with contextlib.suppress(OSError):
            os.unlink(path)
    for here in sorted(_folders(folder) - before, key=len, reverse=True):
        with contextlib.suppress(OSError):
            os.rmdir(here)
