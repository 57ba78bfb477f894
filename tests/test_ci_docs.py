"""docs/ci.md: the GitHub Actions workflow and the GitLab CI job are valid YAML, and each
command line in them (and in the page's shell blocks) runs as written, in a git repository
holding an example plan in `plan/`: `pip install` lines excepted, prestatie being installed."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from .conftest import EXAMPLES, ROOT

DOC = ROOT / "docs" / "ci.md"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
GIT = shutil.which("git")
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)


def blocks(language: str) -> list[str]:
    return [
        body for lang, body in FENCE.findall(DOC.read_text(encoding="utf-8")) if lang == language
    ]


def workflow() -> dict[str, Any]:
    (document,) = [yaml.safe_load(b) for b in blocks("yaml") if b.startswith("name:")]
    assert isinstance(document, dict)
    return document


def gitlab_job() -> dict[str, Any]:
    (document,) = [yaml.safe_load(b) for b in blocks("yaml") if b.startswith("prestatie:")]
    assert isinstance(document, dict)
    job: dict[str, Any] = document["prestatie"]
    return job


def commands(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith("pip install")]


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository with the bakery's plan in `plan/`, and `prestatie` on the PATH
    running this checkout."""
    if GIT is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES / "gouden-korst", repo / "plan")
    subprocess.run([GIT, "init", "-q", str(repo)], check=True)
    tools = tmp_path / "bin"
    tools.mkdir()
    shim = tools / "prestatie"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m prestatie "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    return repo


def shell(repo: Path, command: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("FORCE_COLOR", "NO_COLOR", "GITHUB_WORKSPACE", "CI_PROJECT_DIR")
    }
    environment["PATH"] = f"{repo.parent / 'bin'}{os.pathsep}{environment.get('PATH', '')}"
    environment["PYTHONPATH"] = str(ROOT / "src")
    environment.update(env)
    return subprocess.run(
        ["bash", "-c", command],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_github_workflow_runs_as_written(repository: Path) -> None:
    flow = workflow()
    steps = flow["jobs"]["validate"]["steps"]
    assert flow["jobs"]["validate"]["permissions"]["security-events"] == "write"
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action"))
    assert upload["with"]["sarif_file"] == "prestatie.sarif"
    runs = commands([s["run"] for s in steps if "run" in s])
    assert len(runs) == 2
    check, sarif = runs
    done = shell(repository, check, GITHUB_WORKSPACE=str(repository))
    assert done.returncode == 0, done.stderr  # the example has warnings only
    annotations = done.stdout.splitlines()
    assert len(annotations) == 2
    for line in annotations:
        match = re.match(r"::warning file=([^,]+),line=\d+,col=\d+,endLine=\d+,title=people/", line)
        assert match, line
        assert (repository / match.group(1)).is_file()
    done = shell(repository, sarif, GITHUB_WORKSPACE=str(repository))
    assert done.returncode == 0, done.stderr
    payload = json.loads((repository / "prestatie.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text("utf-8"))).validate(payload)
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in payload["runs"][0]["results"]
    ]
    assert uris and all((repository / uri).is_file() for uri in uris)


def test_the_comment_step_writes_markdown(repository: Path) -> None:
    (comment,) = [
        b for b in blocks("yaml") if b.lstrip().startswith("- name: Findings as a comment")
    ]
    (step,) = yaml.safe_load(comment)
    done = shell(repository, step["run"])
    assert done.returncode == 0, done.stderr
    text = (repository / "prestatie.md").read_text(encoding="utf-8")
    assert "people/reward-mismatch" in text and "plan/people/p-0142.yaml" in text


def test_the_gitlab_job_runs_as_written(repository: Path) -> None:
    job = gitlab_job()
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    for command in commands(job["script"]):
        done = shell(repository, command, CI_PROJECT_DIR=str(repository))
        assert done.returncode == 0, (command, done.stderr)
    quality = json.loads((repository / reports["codequality"]).read_text(encoding="utf-8"))
    assert len(quality) == 2
    for issue in quality:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert (repository / issue["location"]["path"]).is_file()
    junit = ET.parse(repository / reports["junit"]).getroot()
    cases = [case.get("name") for case in junit.iter("testcase")]
    assert cases and all((repository / str(name)).is_file() for name in cases)


def test_the_shell_lines_run_as_written(repository: Path) -> None:
    subprocess.run([str(GIT), "-C", str(repository), "add", "-A"], check=True)
    lines = [line for block in blocks("sh") for line in block.splitlines() if line.strip()]
    assert lines
    for command in lines:
        done = shell(repository, command)
        assert done.returncode == 0, (command, done.stderr)
        assert "0 fouten" in done.stdout
