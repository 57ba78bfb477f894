"""Package data (schemas, templates, rule texts), found the same way from an installed
wheel and from a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from prestatie.errors import PrestatieError
from prestatie.i18n import msg

# In a source checkout the data folders sit at the top of the repository.
_CHECKOUT = Path(__file__).resolve().parents[3]


def data_dir(name: str) -> Path:
    """A package data folder (`schemas`, `templates`), from a wheel or a source checkout."""
    packaged = resources.files("prestatie") / name
    if packaged.is_dir():
        return Path(str(packaged))
    source = _CHECKOUT / name
    if source.is_dir():
        return source
    raise PrestatieError(msg("error.broken-data", what=name))
