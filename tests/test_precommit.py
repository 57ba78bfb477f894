"""The pre-commit hook (`.pre-commit-hooks.yaml`), run as pre-commit runs it: `pre-commit
try-repo` on this repository, in a temporary git repository holding a plan and other YAML.

pre-commit installs the hook's environment from this repository (a virtualenv with
prestatie and its dependencies) once for the module; that takes about half a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT

GIT = shutil.which("git")
PRE_COMMIT = (sys.executable, "-m", "pre_commit")

pytestmark = pytest.mark.skipif(
    GIT is None or not (ROOT / ".git").exists(),
    reason="needs git and this project as a git repository (pre-commit try-repo clones it)",
)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's cache, shared by the tests of this module: the hook is installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository with the bakery's plan in `plan/` and a YAML file of another tool."""
    assert GIT is not None
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "gouden-korst", repo / "plan")
    (repo / "compose.yaml").write_text("services: {web: {image: nginx}}\n", encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    return repo


def git(repo: Path, *args: str) -> None:
    assert GIT is not None
    subprocess.run([GIT, "-C", str(repo), *args], check=True, capture_output=True)


def try_repo(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("FORCE_COLOR", "NO_COLOR", "PRESTATIE_LANG", "GITHUB_WORKSPACE")
    }
    env.update({"PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never", "LANG": "C.UTF-8"})
    return subprocess.run(
        [*PRE_COMMIT, "try-repo", str(ROOT), "prestatie-validate", "--verbose", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_the_hook_shows_the_findings_of_the_files_passed(repository: Path, home: Path) -> None:
    done = try_repo(repository, home, "--files", "plan/people/p-0142.yaml", "compose.yaml")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output  # warnings do not fail the hook
    assert "prestatie validate" in output and "Passed" in output
    assert "plan/people/p-0142.yaml:83:12: waarschuwing people/reward-mismatch" in output
    assert "p-0231.yaml" not in output  # the other person's warning: not a file passed
    assert "compose.yaml hoort niet bij het plan" in output  # skipped, not checked


def test_the_hook_fails_on_an_error_in_a_staged_file(repository: Path, home: Path) -> None:
    departments = repository / "plan" / "departments"
    target = sorted(departments.glob("*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    assert "parent: SD-" in text
    target.write_text(text.replace("parent: SD-", "parent: XSD-", 1), encoding="utf-8")
    git(repository, "add", "-A")
    done = try_repo(repository, home, "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Failed" in output
    rel = target.relative_to(repository).as_posix()
    assert f"{rel}:" in output and " fout ref/unknown-parent " in output
    # The whole plan is checked once: the summary counts every plan file, in one line.
    assert output.count("bestanden (") == 1
