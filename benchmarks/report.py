"""Time `prestatie report` against `prestatie validate` on the same generated plan.

    python benchmarks/report.py [--items 20000] [--work DIR] [--runs 3] [--json OUT]

Each command runs in a fresh process, best of --runs, wall time including start-up (the
helper of run.py). The target: a report takes at most 3 × the time validate takes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402

TARGET = 3.0
AS_OF = "2026-11-30"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=HERE / "plans")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prestatie", default=str(Path(sys.executable).with_name("prestatie")))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    plan, meta = run.plan_for(args.work, args.items, args.seed)
    out = args.work / "report-out"
    out.mkdir(exist_ok=True)
    commands = {
        "validate": [args.prestatie, "validate", str(plan), "--format", "json"],
        "report md": [args.prestatie, "report", str(plan), "--as-of", AS_OF, "-f", "md"],
        "report html": [args.prestatie, "report", str(plan), "--as-of", AS_OF, "-f", "html"],
    }
    results: dict[str, Any] = {}
    for name, argv in commands.items():
        target = out / name.replace(" ", ".")
        results[name] = run.best_of([{"argv": argv, "stdout": str(target)}], args.runs)
        results[name]["output_bytes"] = target.stat().st_size
        print(f"{name}: {results[name]['wall']:.2f} s", file=sys.stderr, flush=True)
    base = results["validate"]["wall"]
    print(f"\n{meta['items']:,} items in {meta['files']:,} files, best of {args.runs}:\n")
    print("| command | wall | × validate | peak memory | output |")
    print("|---|---:|---:|---:|---:|")
    for name, r in results.items():
        print(
            f"| `prestatie {name}` | {r['wall']:.1f} s | {r['wall'] / base:.2f} | "
            f"{r['peak_kb'] / 1024:.0f} MiB | {r['output_bytes'] / 1e6:.1f} MB |"
        )
    worst = max(r["wall"] for n, r in results.items() if n != "validate") / base
    verdict = "meets" if worst <= TARGET else "misses"
    print(f"\nThe slower report takes {worst:.2f} × validate: {verdict} the target ≤ {TARGET} ×.")
    if args.json:
        args.json.write_text(json.dumps({"plan": meta, "results": results}, indent=2))


if __name__ == "__main__":
    main()
