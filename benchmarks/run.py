"""Time `prestatie validate` against the YAML parsing floor and check-jsonschema.

    python benchmarks/run.py [--sizes 1000,20000,250000] [--work DIR]
                             [--check-jsonschema PATH] [--json OUT]

For each size it generates a plan (cached under --work, default benchmarks/plans/) and times,
on the same files, each in a fresh process, best of 3 (1 from 100,000 items up):

  prestatie         `prestatie validate DIR --format json`
  floor             `python benchmarks/parse_floor.py DIR`: every file through
                    `yaml.load(text, Loader=yaml.CSafeLoader)`, nothing else
  check-jsonschema  one invocation per kind, `--schemafile schemas/<kind>.schema.json` with the
                    files of that kind (split only where the command line would be too long)

Wall time includes interpreter start-up. Peak memory is the largest resident set of the
measured processes, read with getrusage(RUSAGE_CHILDREN) in a fresh helper process that runs
only that measurement. It also times start-up: `prestatie --version`, `prestatie validate` on
a plan of a dozen goals and on examples/gouden-korst (best of 10). It prints the tables in
Markdown and the ratios against the targets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SCHEMAS = REPO / "schemas"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

#: Keep each check-jsonschema command line well below ARG_MAX (2 MiB with the environment).
MAX_ARGS_BYTES = 1_000_000
STARTUP_RUNS = 10
#: The one-minute load average after each measurement. The measured process itself counts
#: about 1; much more means something else competed for the CPUs.
LOADS: list[float] = []

# The helper: runs the commands it is given one after another, times them together and reports
# the peak resident set of its children (they are its only children, so the peak is theirs).
HELPER = r"""
import json, resource, subprocess, sys, time
spec = json.load(sys.stdin)
codes = []
start = time.perf_counter()
for command in spec["commands"]:
    out = open(command["stdout"], "wb") if command.get("stdout") else subprocess.DEVNULL
    try:
        codes.append(subprocess.run(command["argv"], cwd=command.get("cwd"), stdout=out,
                                    stderr=subprocess.PIPE).returncode)
    finally:
        if out is not subprocess.DEVNULL:
            out.close()
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
json.dump({"wall": wall, "cpu": cpu, "peak_kb": usage.ru_maxrss, "codes": codes}, sys.stdout)
"""


def measure(commands: list[dict[str, Any]]) -> dict[str, Any]:
    """Run the commands in a fresh helper process; wall seconds, peak KiB and exit codes."""
    done = subprocess.run(
        [sys.executable, "-c", HELPER],
        input=json.dumps({"commands": commands}),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    LOADS.append(load_average())
    return result


def best_of(commands: list[dict[str, Any]], runs: int) -> dict[str, Any]:
    return summarise([measure(commands) for _ in range(runs)])


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest run's wall and CPU time, every run's wall time, the highest peak."""
    best = min(results, key=lambda r: r["wall"])
    return {
        "wall": best["wall"],
        "cpu": best["cpu"],
        "walls": [r["wall"] for r in results],
        "peak_kb": max(r["peak_kb"] for r in results),
        "codes": sorted({c for r in results for c in r["codes"]}),
    }


# ------------------------------------------------------------------------------ plans


def generator_hash() -> str:
    return hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:16]


def plan_for(work: Path, items: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The generated plan of this size, from the cache when the generator has not changed."""
    folder = work / f"plan-{items}-seed{seed}"
    meta_path = work / f"plan-{items}-seed{seed}.json"
    version = generator_hash()
    if meta_path.is_file() and folder.is_dir():
        meta: dict[str, Any] = json.loads(meta_path.read_text())
        if meta.get("generator") == version:
            return folder, meta
    print(f"generating {folder} ...", file=sys.stderr, flush=True)
    counts = generate.generate(folder, items, seed)
    meta = {**counts, "seed": seed, "generator": version, "bytes": folder_bytes(folder)}
    meta_path.write_text(json.dumps(meta))
    return folder, meta


def small_plan(work: Path) -> Path:
    folder = work / "plan-small"
    generate.generate_small(folder)
    return folder


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def plan_files(root: Path) -> list[str]:
    """The files `prestatie validate` reads, relative to the plan root."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                out.append(os.path.relpath(os.path.join(folder, name), root))
    return out


_KIND = re.compile(r"^kind:\s*([\w-]+)", re.MULTILINE)


def files_by_kind(root: Path) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for rel in plan_files(root):
        match = _KIND.search((root / rel).read_text(encoding="utf-8"))
        kind = match.group(1) if match else "?"
        groups.setdefault(kind, []).append(rel)
    return groups


# ------------------------------------------------------------------------------ commands


def prestatie_commands(prestatie: str, root: Path, out: str) -> list[dict[str, Any]]:
    return [{"argv": [prestatie, "validate", str(root), "--format", "json"], "stdout": out}]


def floor_commands(python: str, root: Path) -> list[dict[str, Any]]:
    return [{"argv": [python, str(HERE / "parse_floor.py"), str(root)]}]


def cj_commands(cj: str, root: Path) -> list[dict[str, Any]]:
    commands = []
    for kind, files in sorted(files_by_kind(root).items()):
        schema = SCHEMAS / f"{kind}.schema.json"
        if not schema.is_file():
            raise SystemExit(f"{root}: files of unknown kind {kind!r}: {files[:3]}")
        # The schemas name each other relatively (`common.schema.json#/$defs/...`) and carry
        # an https `$id`; --base-uri makes those refs resolve to the files next to the schema.
        head = [cj, "--base-uri", schema.as_uri(), "--schemafile", str(schema)]
        chunk: list[str] = []
        size = 0
        for rel in files:
            if chunk and size + len(rel) + 1 > MAX_ARGS_BYTES:
                commands.append({"argv": head + chunk, "cwd": str(root)})
                chunk, size = [], 0
            chunk.append(rel)
            size += len(rel) + 1
        commands.append({"argv": head + chunk, "cwd": str(root)})
    return commands


# ------------------------------------------------------------------------------ environment


def environment(prestatie: str, python: str, cj: str | None) -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem_kb = 0

    def output(argv: list[str]) -> str:
        try:
            done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
            return done.stdout.strip()
        except OSError:
            return "?"

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": output([python, "-c", "import sys; print(sys.version.split()[0])"]),
        "pyyaml": output(
            [python, "-c", "import yaml; print(yaml.__version__, yaml.__with_libyaml__)"]
        ),
        "prestatie": output([prestatie, "--version"]),
        "check_jsonschema": output([cj, "--version"]) if cj else None,
        "git": output(["git", "describe", "--always", "--dirty"]),
        "load_before": load_average(),
    }


def load_average() -> float:
    """The one-minute load average: above about 0.5 something else competes for the CPUs."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return -1.0


# ------------------------------------------------------------------------------ run


def run_size(items: int, args: argparse.Namespace, cj: str | None, scratch: Path) -> dict[str, Any]:
    root, meta = plan_for(Path(args.work), items, args.seed)
    runs = args.repeat or (1 if items >= 100_000 else 3)
    out = str(scratch / f"validate-{items}.json")
    columns = {
        "prestatie": prestatie_commands(args.prestatie, root, out),
        "floor": floor_commands(args.python, root),
    }
    if cj:
        columns["check-jsonschema"] = cj_commands(cj, root)
    timings: dict[str, list[dict[str, Any]]] = {name: [] for name in columns}
    for _ in range(runs):  # interleaved, so that a noisy moment hits every column alike
        for name, commands in columns.items():
            print(f"  {items:>7} items: {name} ...", file=sys.stderr, flush=True)
            timings[name].append(measure(commands))
    result: dict[str, Any] = {"items_target": items, **meta, "runs": runs}
    for name, results in timings.items():
        result[name] = summarise(results)
    summary = json.loads(Path(out).read_text())["summary"]
    result["prestatie"]["summary"] = summary
    return result


def run_startup(args: argparse.Namespace, scratch: Path) -> dict[str, Any]:
    small = small_plan(Path(args.work))
    example = REPO / "examples" / "gouden-korst"
    cases = {
        "version": [{"argv": [args.prestatie, "--version"]}],
        "small": [{"argv": [args.prestatie, "validate", str(small)]}],
        "example": [{"argv": [args.prestatie, "validate", str(example)]}],
    }
    return {name: best_of(commands, STARTUP_RUNS) for name, commands in cases.items()}


TARGETS = {
    "ratio_floor_20k": 2.0,
    "growth_250k_20k": 13.5,
    "peak_250k_mb": 2048,
    "version_ms": 100,
    "small_ms": 250,
    "example_ms": 300,
}


def report(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    lines = [
        "| items (files, MB) | prestatie validate | C-loader floor | check-jsonschema "
        "| prestatie ÷ floor | prestatie ÷ check-jsonschema | findings |",
        "|---|---|---|---|---|---|---|",
    ]

    def cell(r: dict[str, Any] | None) -> str:
        if r is None:
            return "—"
        return f"{r['wall']:.2f} s (CPU {r['cpu']:.2f} s), {r['peak_kb'] / 1024:.0f} MB"

    for s in sizes:
        p, f, c = s["prestatie"], s["floor"], s.get("check-jsonschema")
        summary = p["summary"]
        findings = f"{summary['error']} errors, {summary['warning']} warnings"
        if summary["items"] != s["items"]:
            findings += f" ({summary['items']} items counted)"
        lines.append(
            f"| {s['items']:,} ({s['files']:,}, {s['bytes'] / 2**20:.1f}) | {cell(p)} "
            f"| {cell(f)} | {cell(c)} | {p['wall'] / f['wall']:.2f} "
            f"| {p['wall'] / c['wall']:.2f} | {findings} |"
            if c
            else f"| {s['items']:,} ({s['files']:,}, {s['bytes'] / 2**20:.1f}) | {cell(p)} "
            f"| {cell(f)} | — | {p['wall'] / f['wall']:.2f} | — | {findings} |"
        )
        columns = ("prestatie", "floor", "check-jsonschema")
        bad = {name: s[name]["codes"] for name in columns if name in s}
        bad = {k: v for k, v in bad.items() if v and v != [0]}
        if bad:
            lines.append(f"|   exit codes other than 0: {bad} |||||||")
    st = results["startup"]
    lines += [
        "",
        "| start-up (best of 10) | wall | peak |",
        "|---|---|---|",
        f"| `prestatie --version` | {st['version']['wall'] * 1000:.0f} ms "
        f"| {st['version']['peak_kb'] / 1024:.0f} MB |",
        f"| `prestatie validate` a plan of 12 goals | {st['small']['wall'] * 1000:.0f} ms "
        f"| {st['small']['peak_kb'] / 1024:.0f} MB |",
        f"| `prestatie validate examples/gouden-korst` | {st['example']['wall'] * 1000:.0f} ms "
        f"| {st['example']['peak_kb'] / 1024:.0f} MB |",
        "",
        "| target | measured | |",
        "|---|---|---|",
    ]
    by_size = {s["items_target"]: s for s in sizes}

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    k20 = by_size.get(20_000)
    k250 = by_size.get(250_000)
    if k20:
        ratio = k20["prestatie"]["wall"] / k20["floor"]["wall"]
        lines.append(
            f"| 20k: validate ≤ {TARGETS['ratio_floor_20k']} × C-loader floor "
            f"| {ratio:.2f} × | {verdict(ratio <= TARGETS['ratio_floor_20k'])} |"
        )
        if k20.get("check-jsonschema"):
            ratio = k20["prestatie"]["wall"] / k20["check-jsonschema"]["wall"]
            lines.append(
                f"| 20k: validate faster than check-jsonschema | {ratio:.2f} × its time "
                f"| {verdict(ratio < 1)} |"
            )
    if k250:
        summary = k250["prestatie"]["summary"]
        done = k250["prestatie"]["codes"] == [0] and summary["error"] == 0
        lines.append(f"| 250k: completes | exit {k250['prestatie']['codes']} | {verdict(done)} |")
        peak = k250["prestatie"]["peak_kb"] / 1024
        lines.append(
            f"| 250k: peak memory ≤ 2 GB | {peak:,.0f} MB "
            f"| {verdict(peak <= TARGETS['peak_250k_mb'])} |"
        )
    if k20 and k250:
        growth = k250["prestatie"]["wall"] / k20["prestatie"]["wall"]
        items = k250["items"] / k20["items"]
        lines.append(
            f"| time(250k) ÷ time(20k) ≤ {TARGETS['growth_250k_20k']} (items × {items:.1f}) "
            f"| {growth:.2f} | {verdict(growth <= TARGETS['growth_250k_20k'])} |"
        )
    for key, label, name in (
        ("version_ms", "`prestatie --version` < 100 ms", "version"),
        ("small_ms", "validate a 12-goal plan < 250 ms", "small"),
        ("example_ms", "validate examples/gouden-korst < 0.3 s", "example"),
    ):
        ms = st[name]["wall"] * 1000
        lines.append(f"| {label} | {ms:.0f} ms | {verdict(ms < TARGETS[key])} |")
    env = results["environment"]
    lines += [
        "",
        f"Machine: {env['nproc']} × {env['cpu']}, {env['ram_gib']} GiB RAM, {env['os']}; "
        f"Python {env['python']}, PyYAML {env['pyyaml']}, {env['prestatie']} "
        f"(git {env['git']}), {env['check_jsonschema'] or 'no check-jsonschema'}. "
        f"One-minute load average {env['load_before']:.2f} before the run, at most "
        f"{env['load_max']:.2f} during it.",
    ]
    # A single-threaded process that waits for a CPU shows it as wall time well above its
    # CPU time: the direct sign that something else competed for the CPUs.
    contended = [
        f"{s['items_target']:,} {name}"
        for s in sizes
        for name in ("prestatie", "floor", "check-jsonschema")
        if s.get(name) and s[name]["wall"] > 0.1 and s[name]["wall"] > 1.15 * s[name]["cpu"]
    ]
    if contended:
        lines.append(
            "**Warning: wall time exceeds CPU time by more than 15 % for "
            + ", ".join(contended)
            + ": other processes competed for the CPUs; those times are not representative.**"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,20000,250000", help="comma-separated item counts")
    parser.add_argument("--work", default=str(HERE / "plans"), help="where plans are cached")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=0, help="runs per size (default 3, 1 ≥100k)")
    parser.add_argument(
        "--check-jsonschema",
        dest="cj",
        default=None,
        help="the check-jsonschema executable (default: check-jsonschema on PATH)",
    )
    here = Path(sys.executable).parent / "prestatie"
    parser.add_argument(
        "--prestatie",
        default=str(here) if here.exists() else (shutil.which("prestatie") or "prestatie"),
    )
    parser.add_argument("--python", default=sys.executable, help="the Python for the floor")
    parser.add_argument("--json", help="also write every number to this file")
    parser.add_argument(
        "--from-json", metavar="PATH", help="print the report of an earlier run and exit"
    )
    args = parser.parse_args(argv)
    if args.from_json:
        print(report(json.loads(Path(args.from_json).read_text())))
        return 0
    cj = args.cj or shutil.which("check-jsonschema")
    if cj is None:
        print("check-jsonschema not found: its column is skipped", file=sys.stderr)
    Path(args.work).mkdir(parents=True, exist_ok=True)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        results: dict[str, Any] = {
            "environment": environment(args.prestatie, args.python, cj),
            "sizes": [run_size(n, args, cj, scratch) for n in sizes],
            "startup": run_startup(args, scratch),
        }
    results["environment"]["load_max"] = max(LOADS, default=-1.0)
    results["targets"] = TARGETS
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
