"""The folder CI paths are relative to: the repository (workspace) the run is part of.

GitHub annotations, GitLab Code Quality and JUnit reports and SARIF for code scanning
name files relative to the repository's root, whatever folder the step runs in. That
root is the CI's workspace when the run lies inside it (`$GITHUB_WORKSPACE`,
`$CI_PROJECT_DIR`, `$BUILD_SOURCESDIRECTORY`), else the nearest folder at or above the
current one that holds `.git` (a folder, or a file in a worktree), else the current
folder itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from prestatie.source.reading import inside

WORKSPACE_VARIABLES = ("GITHUB_WORKSPACE", "CI_PROJECT_DIR", "BUILD_SOURCESDIRECTORY")


def repository_root(cwd: Path) -> Path:
    """The real path of the repository `cwd` lies in (see the module's docstring)."""
    here = Path(os.path.realpath(cwd))
    for name in WORKSPACE_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value:
            workspace = Path(os.path.realpath(value))
            if inside(here, workspace):
                return workspace
    for folder in (here, *here.parents):
        if os.path.exists(folder / ".git"):
            return folder
    return here
