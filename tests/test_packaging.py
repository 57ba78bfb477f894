"""Package data (schemas, templates) must work from an installed wheel, not only from src."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from prestatie.format import schemas
from prestatie.i18n import catalogue as i18n_catalogue
from prestatie.rules import catalog

from .conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("prestatie-*.whl")
    return found


def test_wheel_contains_every_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for stem in schemas.SCHEMA_FILES:
        assert f"prestatie/schemas/{stem}.schema.json" in names
    assert any(n.startswith("prestatie/templates/") for n in names)
    for template in ("report.md.j2", "report.html.j2"):
        assert f"prestatie/templates/report/{template}" in names
    for family in catalog.families():
        assert f"prestatie/i18n/catalogue/{family}.yaml" in names
    for area in i18n_catalogue.areas():  # every message, not only the rule texts
        assert f"prestatie/i18n/catalogue/{area}.yaml" in names


def test_installed_wheel_validates_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import prestatie, prestatie.source.data as s;"
        "assert prestatie.__file__.startswith(sys.argv[1]), prestatie.__file__;"
        "assert str(s.data_dir('schemas')).startswith(sys.argv[1]);"
        "sys.argv = ['prestatie', 'validate', sys.argv[2]];"
        "from prestatie.__main__ import main; main()"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site), str(EXAMPLES / "gouden-korst")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # a Dutch plan, Dutch texts from the wheel; its two people warnings come first
    assert "\n0 fouten, 2 waarschuwingen" in result.stdout
    assert "people/competence-gap" in result.stdout
