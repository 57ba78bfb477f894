"""The package's layers: each imports only the layers below it, and no module imports
itself back through others. docs/architecture.md describes the same order."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "prestatie"

#: Lowest first. A module may import its own layer and every layer before it.
LAYERS: tuple[str, ...] = (
    "base",  # prestatie, prestatie.errors, prestatie.findings, prestatie.i18n
    "source",
    "format",
    "model",
    "compute",
    "rules",
    "render",
    "scaffold",
    "cli",
    "main",  # prestatie.__main__
)
BASE = {"prestatie", "prestatie.errors", "prestatie.findings"}
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _layer(module: str) -> int:
    if module in BASE or module.startswith("prestatie.i18n"):
        return 0
    if module == "prestatie.__main__":
        return LAYERS.index("main")
    return LAYERS.index(module.split(".")[1])


def _resolve(name: str) -> str:
    """The package module an import names (`prestatie.source.nodes.YMap` -> its module)."""
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def _imports(module: str) -> set[str]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(_resolve(n) for n in names if n.startswith("prestatie"))
    found.discard(module)
    return {m for m in found if m in MODULES}


GRAPH = {module: _imports(module) for module in MODULES}


def test_every_module_belongs_to_a_layer() -> None:
    for module in MODULES:
        assert _layer(module) >= 0, module


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_higher_layer(module: str) -> None:
    upward = sorted(m for m in GRAPH[module] if _layer(m) > _layer(module))
    assert upward == [], f"{module} ({LAYERS[_layer(module)]}) imports a higher layer: {upward}"


def test_no_import_cycles() -> None:
    """Depth-first search over every import, the ones inside functions included."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module)


def test_the_check_sees_imports() -> None:
    """Guard against a check that passes because it reads nothing."""
    assert "prestatie.source.nodes" in GRAPH["prestatie.model.items"]
    assert "prestatie.rules.engine" in GRAPH["prestatie.rules.balance_report"]
    assert _layer("prestatie.model.items") < _layer("prestatie.render.text")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it by job"


@pytest.mark.parametrize("layer", LAYERS[1:-1])
def test_each_layer_says_what_it_holds_and_may_import(layer: str) -> None:
    init = PACKAGE / layer / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert len(doc.split()) >= 15, layer
    assert "import" in doc, layer
