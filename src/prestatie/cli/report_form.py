"""`prestatie report --person ID` and `--people [--unit U]`: the agreement forms.

One form to a file or standard output, or one file per person (named by the person's
id) into a folder. Every file is written atomically; nothing is overwritten without
--force, and a folder run checks every file before it writes the first.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from prestatie.errors import UsageError
from prestatie.i18n import Speaker, msg
from prestatie.model.plan import Plan
from prestatie.model.suggest import Suggester

#: The file suffix of each format, for the files of a folder.
EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def chosen_people(plan: Plan, person: str | None, unit: str | None) -> list[str]:
    """The ids the forms are for: `person`, or everyone (of `unit` and the units under
    it, `Zorg` taking `Zorg/Noord`), in the order of their ids."""
    from prestatie.compute.people import views

    known = [v.person for v in views(plan)]
    if not known:
        raise UsageError(msg("form.no-people"))
    ids = [p.id for p in known]
    if person is not None:
        if person in ids:
            return [person]
        close = Suggester(ids).all_close(person)
        if close:
            raise UsageError(msg("form.unknown-person", id=person, close=close))
        raise UsageError(msg("form.unknown-person.none", id=person, known=ids))
    if unit is None:
        return ids
    key = unit.strip().casefold()
    found = [
        p.id
        for p in known
        if p.unit is not None
        and (p.unit.casefold() == key or p.unit.casefold().startswith(key + "/"))
    ]
    if not found:
        units = sorted({p.unit for p in known if p.unit})
        raise UsageError(msg("form.unknown-unit", unit=unit, units=units))
    return found


def is_folder(output: Path) -> bool:
    """`-o` names a folder: an existing one, a path ending in `/`, or one without a suffix."""
    return output.is_dir() or str(output).endswith(os.sep) or not output.suffix


def content(
    plan: Plan, speaker: Speaker, day: date, ids: list[str], fmt: str, redact: bool
) -> str | bytes:
    from prestatie.render.report import form, render_form_html, render_form_markdown

    forms = form.build(plan, speaker, day, ids, redact)
    if fmt == "md":
        return render_form_markdown(forms)
    page = render_form_html(forms)
    if fmt == "html":
        return page
    from prestatie.cli.pdf import render_pdf

    return render_pdf(page)


def write_folder(
    plan: Plan,
    speaker: Speaker,
    day: date,
    ids: list[str],
    fmt: str,
    folder: Path,
    force: bool,
    redact: bool,
) -> None:
    """One file per person into `folder` (made when missing, one level): `<id>.<format>`."""
    from prestatie.render.common import terminal_safe
    from prestatie.source.write import AlreadyExists, write_atomic

    targets = [(person_id, folder / f"{person_id}{EXTENSIONS[fmt]}") for person_id in ids]
    if not force:
        for _, path in targets:
            if os.path.lexists(path):
                raise AlreadyExists(msg("source.output.exists", path=str(path)))
    for person_id, path in targets:
        page = content(plan, speaker, day, [person_id], fmt, redact)
        write_atomic(path, page, force=force, make_folder=True)
    wrote = speaker.text("form.wrote-folder", count=len(targets), path=str(folder))
    sys.stderr.write(f"prestatie: {terminal_safe(wrote)}\n")


def check_options(
    person: str | None, everyone: bool, unit: str | None, section: list[str] | None
) -> bool:
    """True when the run writes agreement forms; usage errors for options that clash."""
    if person is not None and everyone:
        raise UsageError(msg("form.person-and-people"))
    if unit is not None and not everyone:
        raise UsageError(msg("form.unit-without-people"))
    forms = person is not None or everyone
    if forms and section:
        raise UsageError(msg("form.with-section"))
    return forms
