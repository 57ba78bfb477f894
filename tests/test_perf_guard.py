"""Performance guards that count work instead of timing it, so they hold on a noisy machine.

* every file of a plan is parsed exactly once, and nothing else constructs a YAML loader;
* loading and the rule passes grow linearly: on generated plans of about 1,000 and 2,000
  items, the number of function calls of a whole `validate` and the number of lines executed
  by the rule passes at most double (with 15 % slack) when the plan doubles.

The plans come from benchmarks/generate.py, the generator of the benchmark suite.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import yaml

from prestatie.model import plan as plan_module
from prestatie.rules import engine
from prestatie.rules.engine import validate
from prestatie.source import files as files_module
from prestatie.source import reader as yamlsource

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import generate

SMALL = 1_000
#: Allowed growth of the counted work per doubling of the plan, relative to the growth in items.
SLACK = 1.15


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, dict[str, int]]]:
    out = {}
    for items in (SMALL, 2 * SMALL):
        root = tmp_path_factory.mktemp(f"plan-{items}") / "plan"
        out[items] = (root, generate.generate(root, items, seed=7))
    return out


def _yaml_files(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.suffix in (".yaml", ".yml") and p.is_file()
    }


def test_generated_plans_are_clean(plans: dict[int, tuple[Path, dict[str, int]]]) -> None:
    for root, counts in plans.values():
        result = validate([str(root)])
        errors = [f for f in result.findings if f.severity == "error"]
        assert errors == [], errors[:5]
        assert result.summary.items == counts["items"]
        assert result.summary.files == counts["files"] == len(_yaml_files(root))


def test_each_file_is_parsed_once(
    plans: dict[int, tuple[Path, dict[str, int]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, counts = plans[SMALL]
    parsed: Counter[str] = Counter()
    original = yamlsource.parse_text

    def counting_parse(text: str, file: str) -> Any:
        parsed[file] += 1
        return original(text, file)

    # Wherever a module of the package holds the function, it holds the counting one.
    for name, module in list(sys.modules.items()):
        if name.startswith("prestatie") and getattr(module, "parse_text", None) is original:
            monkeypatch.setattr(module, "parse_text", counting_parse)

    # And every YAML loader PyYAML can build is counted, whoever builds it.
    loaders = [0]
    for cls_name in (
        "BaseLoader",
        "SafeLoader",
        "FullLoader",
        "Loader",
        "UnsafeLoader",
        "CBaseLoader",
        "CSafeLoader",
        "CFullLoader",
        "CLoader",
        "CUnsafeLoader",
    ):
        cls = getattr(yaml, cls_name, None)
        if cls is None:
            continue
        init = cls.__dict__.get("__init__")
        if init is None:
            continue

        def counting_init(self: Any, *args: Any, _init: Callable[..., None] = init) -> None:
            loaders[0] += 1
            _init(self, *args)

        monkeypatch.setattr(cls, "__init__", counting_init)

    result = validate([str(root)])

    assert result.summary.error == 0
    assert set(parsed) == _yaml_files(root)
    assert max(parsed.values()) == 1, [f for f, n in parsed.items() if n > 1][:5]
    assert loaders[0] == counts["files"]


def _calls(function: Callable[[], object]) -> int:
    """Function calls (Python and built-in) made while running `function`."""
    profile = cProfile.Profile()
    profile.runcall(function)
    return int(pstats.Stats(profile).total_calls)


def _lines(function: Callable[[], object]) -> int:
    """Lines executed (loop iterations included) inside prestatie while running `function`."""
    count = [0]
    package = str(Path(plan_module.__file__).parent)

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        if not frame.f_code.co_filename.startswith(package):
            return None
        if event == "line":
            count[0] += 1
        return tracer

    sys.settrace(tracer)
    try:
        function()
    finally:
        sys.settrace(None)
    return count[0]


def _loaded(root: Path) -> Iterator[plan_module.Plan]:
    for target in files_module.targets([str(root)], root):
        yield plan_module.load(target)


def test_work_grows_linearly(plans: dict[int, tuple[Path, dict[str, int]]]) -> None:
    (small, small_counts), (large, large_counts) = plans[SMALL], plans[2 * SMALL]
    growth = large_counts["items"] / small_counts["items"]
    validate([str(small)])  # warm the caches (compiled schemas) before counting

    calls_small = _calls(lambda: validate([str(small)]))
    calls_large = _calls(lambda: validate([str(large)]))
    ratio = calls_large / calls_small
    assert ratio <= SLACK * growth, (
        f"validate made {calls_small:,} calls for {small_counts['items']} items and "
        f"{calls_large:,} for {large_counts['items']}: × {ratio:.2f} for × {growth:.2f} items"
    )

    (plan_small,) = _loaded(small)
    (plan_large,) = _loaded(large)
    lines_small = _lines(lambda: engine.run(plan_small))
    lines_large = _lines(lambda: engine.run(plan_large))
    ratio = lines_large / lines_small
    assert ratio <= SLACK * growth, (
        f"the rule passes ran {lines_small:,} lines for {small_counts['items']} items and "
        f"{lines_large:,} for {large_counts['items']}: × {ratio:.2f} for × {growth:.2f} items"
    )
