"""What `prestatie new` is asked for, and the file it makes of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prestatie.i18n import Msg

#: Every kind `prestatie new` writes, in the order the help lists them.
KINDS = ("goal", "okr", "ogsm", "scorecard", "person", "analysis", "reward-policy")
#: The option that gives `title`, where it has another name.
_TITLE = {"okr": "--objective", "ogsm": "--objective", "person": "--name"}
#: The kinds `prestatie init` writes through the same path besides them.
STARTING_KINDS = ("mission",)


@dataclass(slots=True)
class NewRequest:
    """The options of one `prestatie new KIND`; None: not given (a default, the parent's
    value or an answer at the terminal takes its place)."""

    kind: str
    parent: str | None = None
    period: str | None = None
    id: str | None = None
    owner: str | None = None
    #: The title; an OKR's or OGSM's objective, a person's name.
    title: str | None = None
    output: Path | None = None
    #: The language of the run (`nl`, `en`), which the new file's texts follow too;
    #: None: the plan's `language:`, else the environment's.
    lang: str | None = None
    perspective: str | None = None
    level: str | None = None
    unit: str | None = None
    person: str | None = None
    function: str | None = None
    manager: str | None = None
    #: Not on the command line; `init` uses them for its starting plan: the SWOT items a
    #: goal addresses, an analysis with one item per list, and a goal whose fields the
    #: file explains already (no comment after each value).
    addresses: tuple[str, ...] = ()
    starter: bool = False
    explain: bool = True

    def options(self) -> dict[str, str | None]:
        """Every text option by its name on the command line."""
        return {
            "--parent": self.parent,
            "--period": self.period,
            "--id": self.id,
            "--owner": self.owner,
            _TITLE.get(self.kind, "--title"): self.title,
            "--perspective": self.perspective,
            "--level": self.level,
            "--unit": self.unit,
            "--person": self.person,
            "--function": self.function,
            "--manager": self.manager,
        }


@dataclass(slots=True)
class Scaffold:
    """A file to write: a new one, or an existing one with the new item added."""

    kind: str
    id: str
    path: Path
    text: str
    #: Why the plan does not read the file (written with --force); None: part of the plan.
    unread: Msg | str | None = None
    #: The file's bytes as they were read, when the item is added to an existing file;
    #: it is written only if they are still the same.
    original: bytes | None = None
    #: Whether the id and the path come from the user (`--id`, `-o`): a taken name is
    #: then refused instead of moving on to the next free one.
    named: bool = False
    #: The schema files written into the plan's `.prestatie/schemas/` with this file,
    #: because the plan had no (complete) copy yet.
    schemas: list[Path] = field(default_factory=list)
