"""Time `prestatie diff` of two revisions against one `prestatie validate` of the plan.

    python benchmarks/diff.py [--items 20000] [--work DIR] [--runs 3] [--json OUT]

The generated plan (cached under --work, as run.py caches it) is committed to a temporary
git repository; a second commit changes it as a large pull request would: in 50 files an
owner and up to three targets, every weight of the strategic objectives, five person
files removed, one OKR file added. Then, each in a fresh process, best of --runs, wall
time including start-up (the helper of run.py):

  validate   `prestatie validate plan --format json` on the checked-out second commit
  diff json  `prestatie diff HEAD~1 HEAD plan --format json`: both revisions read from git,
             loaded, checked and compared
  diff md    the same as a pull-request comment

The target: a diff takes at most 3 × the time validate takes (both loads included).
Run it with the Python prestatie is installed for (or PYTHONPATH=src): the commands run
as `python -m prestatie` with that Python unless --prestatie names another command.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402

TARGET = 3.0
AS_OF = "2026-11-30"


def git(repo: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Benchmark",
        "GIT_AUTHOR_EMAIL": "benchmark@example.org",
        "GIT_COMMITTER_NAME": "Benchmark",
        "GIT_COMMITTER_EMAIL": "benchmark@example.org",
    }
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def change(plan: Path) -> dict[str, int]:
    """Edit the plan as a large pull request would; what was changed, counted."""
    files = sorted(p for p in plan.rglob("*.yaml") if p.name != "prestatie.yaml")
    goal_files = [p for p in files if "departments" in p.parts][:50]
    owners = targets = 0
    for path in goal_files:
        text = path.read_text(encoding="utf-8")
        text, count = re.subn(r"(?m)^    owner: .*$", "    owner: Nieuwe eigenaar", text, count=1)
        owners += count
        text, count = re.subn(r"(?m)^(        target: )([0-9]+)$", r"\g<1>1\2", text, count=3)
        targets += count
        path.write_text(text, encoding="utf-8")
    weights = 0
    for path in sorted((plan / "strategy").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        text, count = re.subn(r"weight: [0-9.]+", "weight: 1", text)
        weights += count
        path.write_text(text, encoding="utf-8")
    people = [p for p in files if "people" in p.parts][:5]
    for path in people:
        path.unlink()
    okr = next(p for p in files if "okr" in p.parts)
    text = okr.read_text(encoding="utf-8")
    ident = next(line for line in text.splitlines() if line.startswith("id: "))[4:]
    okr.with_name("nieuw-" + okr.name).write_text(
        text.replace(f"id: {ident}", f"id: {ident}-NIEUW"), encoding="utf-8"
    )
    return {
        "files": len(goal_files),
        "owners": owners,
        "targets": targets,
        "weights": weights,
        "removed": len(people),
        "added": 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=HERE / "plans")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prestatie", default=f"{shlex.quote(sys.executable)} -m prestatie")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if shutil.which("git") is None:
        sys.exit("git is needed for this benchmark")
    args.work.mkdir(parents=True, exist_ok=True)
    source, meta = run.plan_for(args.work, args.items, args.seed)
    prestatie = shlex.split(args.prestatie)
    with tempfile.TemporaryDirectory(prefix="prestatie-diff-") as temp:
        repo = Path(temp)
        plan = repo / "plan"
        shutil.copytree(source, plan)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "before")
        changed = change(plan)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "after")
        diff = [*prestatie, "diff", "--as-of", AS_OF, "HEAD~1", "HEAD", "plan"]
        commands = {
            "validate": [*prestatie, "validate", "plan", "--format", "json"],
            "diff json": [*diff, "--format", "json"],
            "diff md": [*diff, "--format", "md"],
        }
        results: dict[str, Any] = {}
        for name, argv in commands.items():
            target = repo / f"out.{name.replace(' ', '.')}"
            command = {"argv": argv, "stdout": str(target), "cwd": str(repo)}
            results[name] = run.best_of([command], args.runs)
            results[name]["output_bytes"] = target.stat().st_size
            print(f"{name}: {results[name]['wall']:.2f} s", file=sys.stderr, flush=True)
        summary = json.loads((repo / "out.diff.json").read_text(encoding="utf-8"))["summary"]
    base = results["validate"]["wall"]
    print(f"\n{meta['items']:,} items in {meta['files']:,} files, best of {args.runs}; ")
    print(f"changed: {changed}; the diff found: {summary}\n")
    print("| command | wall | × validate | peak memory | output |")
    print("|---|---:|---:|---:|---:|")
    for name, r in results.items():
        print(
            f"| `prestatie {name}` | {r['wall']:.1f} s | {r['wall'] / base:.2f} | "
            f"{r['peak_kb'] / 1024:.0f} MiB | {r['output_bytes'] / 1e6:.2f} MB |"
        )
    worst = max(r["wall"] for n, r in results.items() if n != "validate") / base
    verdict = "meets" if worst <= TARGET else "misses"
    print(f"\nThe slower diff takes {worst:.2f} × validate: {verdict} the target ≤ {TARGET} ×.")
    if args.json:
        args.json.write_text(json.dumps({"plan": meta, "results": results}, indent=2))


if __name__ == "__main__":
    main()
