"""A memory bound for the whole run, so that a plan too large for the machine ends in
one clear line instead of the kernel killing the process without a word.

By default the bound is 80 % of the machine's physical memory; `PRESTATIE_MAX_MEMORY`
(in MB) sets another. Past it, allocation fails with MemoryError, which `cli.app.run`
turns into `prestatie: error: out of memory …` and exit code 2.
"""

from __future__ import annotations

import contextlib
import os

from prestatie.i18n import Msg, msg

ENVIRONMENT = "PRESTATIE_MAX_MEMORY"
_SHARE = 0.8
_bound_mb: int | None = None


def _physical_mb() -> int | None:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20
    except (AttributeError, ValueError, OSError):
        return None


def bound() -> None:
    """Set the soft limit of the data segment (heap and anonymous memory) once."""
    global _bound_mb
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no resource limits
        return
    wanted: int | None = None
    raw = os.environ.get(ENVIRONMENT, "").strip()
    if raw.isdigit() and int(raw) > 0:
        wanted = int(raw)
    else:
        physical = _physical_mb()
        wanted = int(physical * _SHARE) if physical else None
    if wanted is None:
        return
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = wanted * 2**20
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
            _bound_mb = limit // 2**20


def message() -> Msg:
    """The line shown when memory ran out."""
    if _bound_mb:
        return msg("cli.out-of-memory.bound", mb=_bound_mb, variable=ENVIRONMENT)
    return msg("cli.out-of-memory")
