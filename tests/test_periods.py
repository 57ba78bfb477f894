"""Every period form as organisations write it, the impossible ones, and fiscal years."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from prestatie.format.periods import (
    Problem,
    date_problem,
    month_number,
    parse_date,
    parse_period,
    period_problem,
    span_problem,
)
from prestatie.model.plan import load
from prestatie.rules.engine import validate
from prestatie.source.files import Target

D = date


def _english(problem: Problem | None) -> tuple[str | None, str] | None:
    """A problem with its message as English text."""
    return None if problem is None else (problem[0], str(problem[1]))


@pytest.mark.parametrize(
    ("written", "fiscal", "start", "end", "label"),
    [
        (2026, 1, D(2026, 1, 1), D(2026, 12, 31), "2026"),
        ("2026", 1, D(2026, 1, 1), D(2026, 12, 31), "2026"),
        (" 2026 ", 1, D(2026, 1, 1), D(2026, 12, 31), "2026"),
        ("2026-2028", 1, D(2026, 1, 1), D(2028, 12, 31), "2026-2028"),
        ("2026-2026", 1, D(2026, 1, 1), D(2026, 12, 31), "2026-2026"),
        ("2026-H1", 1, D(2026, 1, 1), D(2026, 6, 30), "2026-H1"),
        ("2026-H2", 1, D(2026, 7, 1), D(2026, 12, 31), "2026-H2"),
        ("2026-Q1", 1, D(2026, 1, 1), D(2026, 3, 31), "2026-Q1"),
        ("2026-Q4", 1, D(2026, 10, 1), D(2026, 12, 31), "2026-Q4"),
        ("2024-02", 1, D(2024, 2, 1), D(2024, 2, 29), "2024-02"),
        ("2026-12", 1, D(2026, 12, 1), D(2026, 12, 31), "2026-12"),
        # Calendar forms do not move with the fiscal year.
        ("2026-Q1", 2, D(2026, 1, 1), D(2026, 3, 31), "2026-Q1"),
        # Fiscal years: named after the calendar year they end in.
        ("FY2020", 1, D(2020, 1, 1), D(2020, 12, 31), "FY2020"),
        ("FY2020", 2, D(2019, 2, 1), D(2020, 1, 31), "FY2020"),
        ("FY20", 2, D(2019, 2, 1), D(2020, 1, 31), "FY2020"),
        ("FY20-Q1", 2, D(2019, 2, 1), D(2019, 4, 30), "FY2020-Q1"),
        ("FY20-Q2", 2, D(2019, 5, 1), D(2019, 7, 31), "FY2020-Q2"),
        ("FY20-Q4", 2, D(2019, 11, 1), D(2020, 1, 31), "FY2020-Q4"),
        ("FY20-H1", 2, D(2019, 2, 1), D(2019, 7, 31), "FY2020-H1"),
        ("FY2020-H2", 2, D(2019, 8, 1), D(2020, 1, 31), "FY2020-H2"),
        ("FY2026", 4, D(2025, 4, 1), D(2026, 3, 31), "FY2026"),  # UK, India, Japan
        ("FY26-Q1", 7, D(2025, 7, 1), D(2025, 9, 30), "FY2026-Q1"),  # Australia
        ("FY2026-Q1", 10, D(2025, 10, 1), D(2025, 12, 31), "FY2026-Q1"),  # US government
        ("FY20-Q1", 1, D(2020, 1, 1), D(2020, 3, 31), "FY2020-Q1"),
        (
            {"start": "2026-01-01", "end": "2026-06-30"},
            1,
            D(2026, 1, 1),
            D(2026, 6, 30),
            "2026-01-01..2026-06-30",
        ),
    ],
)
def test_every_period_form(
    written: object, fiscal: int, start: date, end: date, label: str
) -> None:
    period = parse_period(written, fiscal)
    assert period is not None
    assert (period.start, period.end, period.label) == (start, end, label)
    assert period_problem(written) is None


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2028-2026", (None, "the period 2028-2026 ends before it starts")),
        ("0000", (None, "0000 is not a period")),
        ("FY0000", (None, "FY0000 is not a period")),
        (
            {"start": "2028-12-31", "end": "2026-01-01"},
            ("end", "the period ends (2026-01-01) before it starts (2028-12-31)"),
        ),
        # Shapes the schema's pattern and types report are not the format's concern.
        ("2026-Q5", None),
        ("2026-13", None),
        ("fy2026", None),
        ("FY2026-03", None),
        ("Q1 2026", None),
        (True, None),
        ({"start": "2019-02-30", "end": "2026-01-01"}, None),  # the date's own format
    ],
)
def test_periods_that_are_not(written: object, problem: object) -> None:
    assert parse_period(written) is None
    assert _english(period_problem(written)) == problem


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2019-02-28", None),
        ("2020-02-29", None),
        ("2019-02-29", (None, "2019-02-29 is not a day of the calendar")),
        ("2019-02-30", (None, "2019-02-30 is not a day of the calendar")),
        ("2019-02-31", (None, "2019-02-31 is not a day of the calendar")),
        ("2026-13-01", (None, "2026-13-01 is not a day of the calendar")),
        ("2026-00-10", (None, "2026-00-10 is not a day of the calendar")),
        ("2026-1-1", None),  # the pattern's concern
    ],
)
def test_dates(written: str, problem: object) -> None:
    assert _english(date_problem(written)) == problem
    assert (parse_date(written) is None) == (problem is not None or len(written) != 10)


def test_a_span_due_before_its_start() -> None:
    assert _english(span_problem({"start": "2026-05-01", "due": "2026-04-01"})) == (
        "due",
        "due 2026-04-01 lies before start 2026-05-01",
    )
    assert span_problem({"start": "2026-05-01", "due": "2026-05-01"}) is None
    assert span_problem({"due": "2026-04-01"}) is None


@pytest.mark.parametrize(
    ("written", "month"),
    [(2, 2), ("february", 2), ("Februari", 2), ("okt", 10), (13, None), ("fall", None)],
)
def test_fiscal_year_start_months(written: object, month: int | None) -> None:
    assert month_number(written) == month


def _plan(tmp_path: Path, settings: str, goals: str) -> Path:
    folder = tmp_path / "plan"
    folder.mkdir()
    (folder / "prestatie.yaml").write_text(f"kind: plan\nname: t\n{settings}", encoding="utf-8")
    (folder / "mission.yaml").write_text(
        "kind: mission\norganisation: T\nmission: m\n", encoding="utf-8"
    )
    (folder / "goals.yaml").write_text(goals, encoding="utf-8")
    return folder


GOALS = """\
kind: goals
defaults: {owner: Board}
goals:
  - id: SD-1
    level: strategic
    title: Grow
    parent: mission
    measures: [{name: Sales, unit: EUR, baseline: 0, target: 10}]
  - id: DG-1
    level: department
    unit: Sales
    title: Grow in the first quarter
    parent: SD-1
    period: FY20-Q1
    measures: [{name: Sales, unit: EUR, baseline: 0, target: 10}]
"""


def test_fiscal_periods_through_the_plan_setting(tmp_path: Path) -> None:
    folder = _plan(tmp_path, "fiscal_year_start: february\nperiod: FY2020\n", GOALS)
    plan = load(Target(folder, True, None))
    goals = {goal.id: goal for goal in plan.goals}
    assert plan.config.period is not None
    assert (plan.config.period.start, plan.config.period.end) == (D(2019, 2, 1), D(2020, 1, 31))
    assert goals["SD-1"].period == plan.config.period  # the default
    period = goals["DG-1"].period
    assert period is not None and (period.start, period.end) == (D(2019, 2, 1), D(2019, 4, 30))
    result = validate([str(folder)], as_of=D(2019, 3, 1))
    assert [f.code for f in result.findings if f.severity == "error"] == []


def test_a_month_that_is_not_one_is_reported(tmp_path: Path) -> None:
    folder = _plan(tmp_path, "fiscal_year_start: 13\nperiod: FY2020\n", GOALS)
    result = validate([str(folder)], as_of=D(2019, 3, 1))
    found = [(f.code, f.file, f.line) for f in result.findings if f.severity == "error"]
    assert found == [("schema/invalid", "prestatie.yaml", 3)]
    plan = load(Target(folder, True, None))
    assert plan.config.fiscal_year_start == 1  # not read: fiscal years stay calendar years
