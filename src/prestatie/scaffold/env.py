"""The one Jinja environment for plan-file templates, and what every template is given.

Templates (`templates/<kind>.yaml.j2`) get prepared values and do no computing. Every
comment they write comes from the message catalogue, `scaffold.<key>` in the run's
language, through `say(key, **args)` (`note` for one after a value, left out when the
context's `explain` is false); values go through the `yaml` filter (a quoted
scalar), `period` (a label or a span) or `comment`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from prestatie.i18n import Speaker
from prestatie.scaffold.yamltext import yaml_comment, yaml_period, yaml_scalar
from prestatie.source.data import data_dir


@cache
def environment() -> Any:
    """The one Jinja environment for plan-file templates (YAML: no HTML escaping)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(data_dir("templates"))),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["yaml"] = yaml_scalar
    env.filters["comment"] = yaml_comment
    env.filters["period"] = yaml_period
    return env


def render(template: str, context: Mapping[str, Any], speaker: Speaker) -> str:
    """`templates/<template>` filled with `context`, its comments in `speaker`'s language."""

    def say(key: str, **args: object) -> str:
        return yaml_comment(speaker.text(f"scaffold.{key}", **args))

    def note(key: str, **args: object) -> str:
        """`  # <comment>` after a value, when the item explains its fields."""
        return f"  # {say(key, **args)}" if context.get("explain", True) else ""

    filled = {**context, "say": say, "note": note}
    return str(environment().get_template(template).render(filled))


def indent(block: str, spaces: int) -> str:
    """Every line of `block` indented by `spaces` (a list item placed inside a file)."""
    pad = " " * spaces
    return "".join(pad + line if line.strip() else line for line in block.splitlines(True))


def schema_ref(kind: str, root: Path, path: Path) -> str:
    """What the `# yaml-language-server: $schema=` line of a new file points at.

    The kind's schema in the plan's own copy (`<plan>/.prestatie/schemas/`, written by
    `init`, by `new` when it is missing, and by `prestatie schema -o`), by a path relative
    to the new file: it resolves offline, in every checkout of the plan, and so do the
    `$ref`s inside it (the copies carry no `$id`; see `scaffold.schemafiles`).
    """
    from prestatie.scaffold.schemafiles import file_name, plan_copy

    schema = plan_copy(root) / file_name(kind)
    folder = Path(os.path.realpath(path.parent))
    try:
        return Path(os.path.relpath(os.path.realpath(schema), folder)).as_posix()
    except ValueError:  # another drive (Windows): no relative path leads there
        return Path(os.path.realpath(schema)).as_uri()
