"""A temporary git repository with scripted commits of a small plan, for the tests of
`prestatie diff`: every kind of change between `base` and `feature`."""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from pathlib import Path

GIT = shutil.which("git")
PLAN = "plans/acme"
HOSTILE = "<img src=x onerror=alert(1)> | **vet** [klik](javascript:alert(1)) `code`"

SETTINGS = """\
kind: plan
name: Acme 2026
organisation: Acme
language: nl
period: 2026
perspectives: kaplan-norton
"""

MISSION = """\
kind: mission
organisation: Acme
mission: Wij maken goede dingen.
"""

STRATEGY = """\
kind: goals
defaults: {level: strategisch, parent: mission, owner: Directie}
goals:
  - id: SD-1
    title: Omzet groeit
    perspective: financieel
    weight: 2
    measures:
      - {name: Omzet, unit: EUR, baseline: 100, target: 200, actual: 150, direction: verhogen}
  - id: SD-2
    title: Tevreden klanten
    perspective: klant
    measures:
      - {name: NPS, baseline: 10, target: 40, actual: 30}
  - id: SD-3
    title: Betere processen
    perspective: interne processen
    measures:
      - {name: Doorlooptijd, unit: dagen, baseline: 10, target: 5, actual: 8, direction: verlagen}
  - id: SD-4
    title: Leren en groeien
    perspective: leren en groeien
    measures:
      - {name: Opleidingsuren, baseline: 0, target: 40, actual: 20}
"""

DEPARTMENTS = """\
kind: goals
defaults: {level: afdeling, owner: Afdelingshoofd}
goals:
  - {id: AD-1, parent: SD-1, unit: Verkoop, title: Meer orders,
     measures: [{name: Orders, baseline: 0, target: 100, actual: 50}]}
  - {id: AD-2, parent: SD-2, unit: Service, title: Snelle service,
     measures: [{name: Reactietijd, baseline: 48, target: 24, actual: 30, direction: verlagen}]}
  - {id: AD-3, parent: SD-3, unit: Productie, title: Minder uitval,
     measures: [{name: Uitval, baseline: 8, target: 4, actual: 6, direction: verlagen}]}
  - {id: AD-4, parent: SD-4, unit: HR, title: Opleidingsplan voor iedereen,
     measures: [{name: Plannen, baseline: 0, target: 30, actual: 10}]}
  - {id: AD-6, parent: SD-98, unit: Verkoop, title: Nieuwe markten,
     measures: [{name: Markten, baseline: 0, target: 3, actual: 1}]}
"""

PROJECT = """\
kind: goal
id: PR-1
level: project
parent: AD-1
owner: Projectleider
title: Webwinkel live
measures:
  - {name: Live, target: true, actual: false}
"""

OKR = """\
kind: okr
id: OKR-1
parent: SD-2
period: 2026-Q2
owner: Servicemanager
objective: Klanten merken dat we sneller zijn
key_results:
  - {id: KR1, text: Tickets binnen een dag, baseline: 50, target: 90, current: 80, unit: "%"}
  - {id: KR2, text: Klachten per maand, baseline: 40, target: 20, current: 30, direction: verlagen}
"""

SCORECARD = """\
kind: scorecard
id: BSC-1
title: Concernscorekaart
scope: {level: strategisch}
"""

BASE = {
    "prestatie.yaml": SETTINGS,
    "mission.yaml": MISSION,
    "strategy.yaml": STRATEGY,
    "departments.yaml": DEPARTMENTS,
    "project.yaml": PROJECT,
    "okr.yaml": OKR,
    "scorecard.yaml": SCORECARD,
}


def _feature() -> dict[str, str | None]:
    """The changes of the feature branch: None removes a file."""
    strategy = (
        STRATEGY.replace("target: 200, actual: 150", "target: 250, actual: 150")
        .replace(
            "direction: verhogen}\n  - id: SD-2",
            "direction: verhogen}\n      - {name: Marge, unit: '%', baseline: 2, target: 4}\n"
            "  - id: SD-2",
        )
        .replace("    title: Tevreden klanten\n", "    title: Tevreden klanten\n    owner: CCO\n")
    )
    strategy += textwrap.indent(
        textwrap.dedent(
            f"""\
            - id: SD-9
              title: "{HOSTILE}"
              perspective: financieel
              weight: 3
              measures:
                - {{name: Kosten, baseline: 100, target: 80, actual: 90, direction: verlagen}}
            """
        ),
        "  ",
    )
    departments = (
        DEPARTMENTS.replace("{id: AD-2, parent: SD-2", "{id: AD-2, parent: SD-3")
        .replace("{id: AD-3,", "{id: AD-30,")
        .replace("{id: AD-6, parent: SD-98", "{id: AD-6, parent: SD-1")
    )
    departments = departments.replace(
        "  - {id: AD-4, parent: SD-4, unit: HR, title: Opleidingsplan voor iedereen,\n"
        "     measures: [{name: Plannen, baseline: 0, target: 30, actual: 10}]}\n",
        "  - {id: AD-5, parent: SD-99, unit: HR, title: Vitaliteit,\n"
        "     measures: [{name: Verzuim, baseline: 6, target: 4, actual: 5,"
        " direction: verlagen}]}\n",
    )
    return {
        "strategy.yaml": strategy,
        "departments.yaml": departments,
        "project.yaml": None,
        "projects/pr-1.yaml": PROJECT,
        "okr.yaml": OKR.replace("baseline: 40, target: 20", "baseline: 40, target: 15"),
        "scorecard-2.yaml": SCORECARD.replace("BSC-1", "BSC-2").replace(
            "Concernscorekaart", "Tweede kaart"
        ),
    }


def git(repo: Path, *args: str) -> str:
    assert GIT is not None
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(repo),
    }
    done = subprocess.run(
        [GIT, *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def write(repo: Path, files: dict[str, str | None], under: str = PLAN) -> None:
    for rel, content in files.items():
        path = repo / under / rel
        if content is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def make(repo: Path) -> dict[str, str]:
    """The repository: `empty` (no plan), `base` on main (tagged `base`), `feature`
    (every kind of change) on the branch `feature`, then `later` on main (a change the
    feature does not have).
    HEAD is left at `feature`, with a clean working tree."""
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text("Acme\n", encoding="utf-8")
    commits = {"empty": commit(repo, "empty")}
    write(repo, BASE)
    commits["base"] = commit(repo, "base")
    git(repo, "tag", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    write(repo, _feature())
    commits["feature"] = commit(repo, "feature")
    git(repo, "checkout", "-q", "main")
    write(repo, {"mission.yaml": MISSION.replace("goede dingen", "betere dingen")})
    strategy = (repo / PLAN / "strategy.yaml").read_text(encoding="utf-8")
    write(repo, {"strategy.yaml": strategy.replace("Betere processen", "Slimmere processen")})
    commits["later"] = commit(repo, "later")
    git(repo, "checkout", "-q", "feature")
    return commits
