"""Time `prestatie validate` on a plan whose parents do not exist against the same plan
whose parents do: the cost of the "did you mean" hints of `ref/unknown-parent`.

    python benchmarks/unknown_parents.py [--goals 8000] [--repeat 3] [--work DIR]
                                         [--prestatie PATH] [--json OUT]

Three plans of the same goals in the same files, each validated in a fresh process
(`prestatie validate DIR --format json`, best of --repeat, start-up included):

  known     every goal derives from a goal that exists
  distinct  every goal but the strategic ones names its own parent that does not exist
            (`AD-0003-7`: the real parent's id and the child's number), so every hint
            is looked up afresh
  renamed   1,000 operational goals name one parent that does not exist (a department
            goal renamed without its children), the rest as in `known`

The target: `distinct` within 2 × the time of `known`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import best_of, prestatie_commands  # noqa: E402

STRATEGIC = 20
#: Goals per `kind: goals` file.
PER_FILE = 125
RENAMED = 1_000
UNITS = ("Verkoop", "Logistiek", "Productie", "Service")

SETTINGS = """\
kind: plan
name: Parent lookup benchmark
organisation: Benchmark BV
period: 2026
perspectives: kaplan-norton
levels: [strategic, department, operational]
units: [{units}]
"""

MISSION = """\
kind: mission
organisation: Benchmark BV
owner: Board
mission: We deliver what we promise.
"""

PERSPECTIVES = ("financial", "customer", "process", "learning")


def goal_yaml(goal_id: str, level: str, parent: str, number: int) -> list[str]:
    unit = UNITS[number % len(UNITS)]
    lines = [
        f"  - id: {goal_id}",
        f"    level: {level}",
        f"    parent: {parent}",
        f"    title: Revenue {goal_id} grows from 100 to {110 + number % 50}",
        f"    perspective: {PERSPECTIVES[number % len(PERSPECTIVES)]}",
        "    owner: Board",
    ]
    if level != "strategic":
        lines.append(f"    unit: {unit}")
    lines += [
        "    measures:",
        "      - name: Revenue",
        "        unit: EUR",
        "        baseline: 100",
        f"        target: {110 + number % 50}",
        "        direction: increase",
        "        indicator: lagging",
        "      - name: New customers",
        "        unit: count",
        "        baseline: 0",
        "        target: 5",
        "        direction: increase",
        "        indicator: leading",
    ]
    return lines


def goals(total: int, variant: str) -> list[tuple[str, str, str]]:
    """(id, level, parent) of every goal: 20 strategic, 5 % department, the rest operational."""
    departments = max(STRATEGIC, total // 20)
    out: list[tuple[str, str, str]] = []
    for n in range(STRATEGIC):
        out.append((f"SD-{n + 1:02d}", "strategic", "mission"))
    seen: dict[str, int] = {}

    def parent_of(real: str, index: int) -> str:
        seen[real] = seen.get(real, 0) + 1
        if variant == "distinct":
            return f"{real}-{seen[real]}"
        if variant == "renamed" and index < RENAMED:
            return "AD-0001-OUD"
        return real

    for n in range(departments):
        real = out[n % STRATEGIC][0]
        out.append((f"AD-{n + 1:04d}", "department", parent_of(real, RENAMED)))
    for n in range(total - STRATEGIC - departments):
        real = f"AD-{n % departments + 1:04d}"
        out.append((f"OD-{n + 1:05d}", "operational", parent_of(real, n)))
    return out


def write_plan(root: Path, total: int, variant: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    (root / "goals").mkdir(parents=True)
    (root / "prestatie.yaml").write_text(SETTINGS.format(units=", ".join(UNITS)), encoding="utf-8")
    (root / "mission.yaml").write_text(MISSION, encoding="utf-8")
    rows = goals(total, variant)
    for start in range(0, len(rows), PER_FILE):
        lines = ["kind: goals", "goals:"]
        for number, (goal_id, level, parent) in enumerate(rows[start : start + PER_FILE], start):
            lines += goal_yaml(goal_id, level, parent, number)
        path = root / "goals" / f"goals-{start // PER_FILE + 1:03d}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure(prestatie: str, root: Path, repeat: int, scratch: Path) -> dict[str, Any]:
    out = scratch / f"{root.name}.json"
    result = best_of(prestatie_commands(prestatie, root, str(out)), repeat)
    payload = json.loads(out.read_text(encoding="utf-8"))
    codes: dict[str, int] = {}
    for finding in payload["findings"]:
        codes[finding["code"]] = codes.get(finding["code"], 0) + 1
    return {**result, "summary": payload["summary"], "codes": codes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=8_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=HERE / "plans")
    parser.add_argument(
        "--prestatie", default=str(Path(sys.executable).with_name("prestatie")), metavar="PATH"
    )
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for variant in ("known", "distinct", "renamed"):
            root = args.work / f"parents-{args.goals}-{variant}"
            write_plan(root, args.goals, variant)
            results[variant] = measure(args.prestatie, root, args.repeat, Path(scratch))
    known = results["known"]["wall"]
    print(f"| {args.goals:,} goals | validate | peak | ÷ known | ref/unknown-parent |")
    print("|---|---:|---:|---:|---:|")
    for variant, result in results.items():
        print(
            f"| {variant} | {result['wall']:.2f} s | {result['peak_kb'] / 1024:,.0f} MB | "
            f"{result['wall'] / known:.2f} | {result['codes'].get('ref/unknown-parent', 0):,} |"
        )
    ratio = results["distinct"]["wall"] / known
    verdict = "met" if ratio <= 2 else "MISSED"
    print(f"\ntarget: distinct within 2 × known: {ratio:.2f} × ({verdict})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
