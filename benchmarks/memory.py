"""Peak memory of `prestatie validate` per byte of input.

    python benchmarks/memory.py [--items 20000] [--work benchmarks/plans]

Three plans, each validated in a fresh process whose peak resident set size is read
from the kernel (`wait4`):

* realistic: the synthetic plan of `generate.py` (many files, every value a word, a
  number or a short sentence);
* dense: one 9.8 MB file (just under the 10 MB file limit) that is a single flow list of
  4.9 million `0`s, the most YAML nodes a file of that size can hold;
* empty: the start-up cost alone (a plan of one small file).

The figure printed is (peak − empty peak) ÷ input bytes: what each byte of plan costs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


def _size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*.yaml"))


def _peak_mb(command: list[str]) -> tuple[float, float, int]:
    """Peak RSS in MB, wall seconds and exit code of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return usage.ru_maxrss / 1024, wall, os.waitstatus_to_exitcode(status)


def _dense(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "dense.yaml").write_text(
        "kind: goals\ngoals:\n  - id: X\n    title: t\n    tags: ["
        + ",".join(["0"] * 4_900_000)
        + "]\n",
        encoding="utf-8",
    )
    return root


def _empty(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "prestatie.yaml").write_text("kind: plan\nname: leeg\n", encoding="utf-8")
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--work", default=str(HERE / "plans"))
    args = parser.parse_args()
    work = Path(args.work)
    realistic = work / f"plan-{args.items}-seed1"
    if not (realistic / "prestatie.yaml").is_file():
        generate.main(["--items", str(args.items), "--out", str(realistic)])
    plans = {
        "empty": _empty(work / "memory-empty"),
        f"realistic ({args.items:,} items)": realistic,
        "dense (one 9.8 MB flow list)": _dense(work / "memory-dense"),
    }
    prestatie = [sys.executable, "-m", "prestatie", "validate"]
    base, _, _ = _peak_mb([*prestatie, str(plans["empty"])])
    print("| plan | input | peak RSS | per input byte | wall | exit |")
    print("|---|---|---|---|---|---|")
    for name, root in plans.items():
        peak, wall, code = _peak_mb([*prestatie, str(root)])
        size = _size(root)
        per_byte = (peak - base) * 2**20 / size if name != "empty" else 0.0
        shown = f"{per_byte:.0f} B" if name != "empty" else "—"
        print(
            f"| {name} | {size / 2**20:.1f} MB | {peak:.0f} MB | {shown} | {wall:.1f} s | {code} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
