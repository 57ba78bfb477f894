"""Properties of the one scoring of a measure, for any measure hypothesis can write."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prestatie.compute.progress import measure_progress
from prestatie.format.periods import parse_period
from prestatie.model.items import build_measure
from prestatie.model.numbers import is_number
from prestatie.source.reader import parse_text

YEAR = parse_period(2026)
PROPERTIES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

numbers = st.one_of(
    st.integers(-1000, 1000),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from([0, 1, 1e-300, -1e-300, 1e15]),
)
texts = st.sampled_from(
    [
        "10",
        "60%",
        "4,0",
        "56,87",
        "1.380.000",
        "€ 1.200.000",
        "heel veel",
        "gereed",
        "done",
        "live",
        "",
    ]
)
values = st.one_of(numbers, texts, st.booleans(), st.none())
directions = st.sampled_from(
    [None, "increase", "decrease", "range", "milestone", "verlagen", "bandbreedte"]
)
thresholds = st.one_of(
    st.none(),
    st.fixed_dictionaries({"amber": st.floats(-1, 2), "red": st.floats(-1, 2)}),
)


@st.composite
def measures(draw: st.DrawFn) -> dict[str, object]:
    fields: dict[str, object] = {"name": "M"}
    direction = draw(directions)
    if direction is not None:
        fields["direction"] = direction
    for key in ("baseline", "target", "min", "max", "actual", "green", "red"):
        value = draw(values)
        if value is not None:
            fields[key] = value
    own = draw(thresholds)
    if own is not None:
        fields["thresholds"] = own
    checkins = draw(
        st.lists(st.tuples(st.dates(date(2025, 6, 1), date(2027, 6, 1)), values), max_size=3)
    )
    if checkins:
        fields["checkins"] = [{"date": d.isoformat(), "value": v} for d, v in checkins]
    return fields


@PROPERTIES
@given(
    fields=measures(),
    as_of=st.dates(date(2025, 12, 1), date(2027, 2, 1)),
    scale=st.sampled_from(["plan", "okr"]),
)
def test_a_score_is_none_or_in_0_to_1_and_green_needs_a_number(
    fields: dict[str, object], as_of: date, scale: str
) -> None:
    data = parse_text(json.dumps(fields), "m.yaml").documents[0].data
    measure = build_measure(data, 0)
    progress = measure_progress(measure, YEAR, as_of, {"amber": 0.8, "red": 0.5}, scale)
    assert progress.score is None or 0.0 <= progress.score <= 1.0
    if progress.score is not None and not measure.milestone:
        assert is_number(progress.actual)
        assert measure.unreadable == ()
    if progress.status == "green" and not measure.milestone:
        assert is_number(progress.actual), (fields, progress)
    if measure.unreadable:
        assert progress.score is None and progress.raw is None
