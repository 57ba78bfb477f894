"""The shipped schemas, and the compiled fast path that must agree with jsonschema."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from prestatie.format import schemas
from prestatie.model.plan import load
from prestatie.source.files import Target

from .conftest import CASES, EXAMPLES


def test_every_schema_is_valid_draft_2020_12_with_id_and_descriptions() -> None:
    for stem, schema in schemas.load_all().items():
        Draft202012Validator.check_schema(schema)
        assert schema["$id"] == f"{schemas.ID_BASE}{stem}.schema.json"
        assert schema.get("description"), stem
        for name, prop in schema.get("properties", {}).items():
            assert prop.get("description"), f"{stem}: {name}"


def test_every_kind_compiles_to_the_fast_path() -> None:
    for kind in schemas.KINDS:
        assert schemas.fast_check(kind) is not None, kind


def _documents() -> list[tuple[str, Any]]:
    out = []
    for root in [*EXAMPLES.iterdir(), *(CASES / "valid").iterdir(), *(CASES / "invalid").iterdir()]:
        if root.is_dir():
            plan = load(Target(root, (root / "prestatie.yaml").is_file(), None))
            out.extend((kind, doc.data) for doc, kind in plan.documents)
    return out


DOCUMENTS = _documents()


def _agree(kind: str, instance: Any) -> None:
    detailed = not any(True for _ in schemas.iter_errors(kind, instance))
    assert schemas.is_valid(kind, instance) == detailed


def test_fast_path_agrees_on_every_example_document() -> None:
    assert len(DOCUMENTS) > 40
    for kind, data in DOCUMENTS:
        _agree(kind, data)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=False),
    st.sampled_from(
        [
            "",
            "SD-1",
            "2026",
            "2026-Q1",
            "2026-13",
            "a b",
            "strategic",
            "verhogen",
            "x/y",
            "2026-01-15",
        ]
    ),
)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "title",
                    "level",
                    "target",
                    "period",
                    "x-a",
                    "measures",
                    "name",
                    "start",
                    "end",
                    "foo",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    index=st.integers(0, 10_000),
    path_key=st.sampled_from(
        ["id", "title", "level", "period", "measures", "parent", "weight", "target", "bogus"]
    ),
    value=_json,
)
def test_fast_path_agrees_on_mutated_documents(index: int, path_key: str, value: Any) -> None:
    kind, data = DOCUMENTS[index % len(DOCUMENTS)]
    mutated = dict(data)
    mutated[path_key] = value
    _agree(kind, mutated)
    goals = data.get("goals") if isinstance(data, dict) else None
    if isinstance(goals, list) and goals and isinstance(goals[0], dict):
        first = dict(goals[0])
        first[path_key] = value
        _agree(kind, {**data, "goals": [first, *goals[1:]]})
