"""The parsing floor: read every YAML file of a plan and load it with PyYAML's C loader.

    python benchmarks/parse_floor.py PLAN_DIR

It selects files as `prestatie validate` does (every *.yaml / *.yml, not in hidden folders,
not hidden itself), loads each with `yaml.load(text, Loader=yaml.CSafeLoader)` and does
nothing else. Any validator that reads these files with PyYAML pays at least this much.
"""

from __future__ import annotations

import os
import sys

import yaml


def main(root: str) -> int:
    loader = yaml.CSafeLoader
    count = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.endswith((".yaml", ".yml")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                text = handle.read()
            yaml.load(text, Loader=loader)
            count += 1
    sys.stdout.write(f"{count} files\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
