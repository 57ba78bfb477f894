"""The personal cycle: reward suggestions on 3- and 5-point scales, labels in both
languages, the function-profile fallback and the Dutch review types."""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie.compute import people
from prestatie.model.plan import Plan, load
from prestatie.source.files import Target

from .conftest import EXAMPLES

THREE = """\
kind: reward-policy
scale:
  - {score: 1, label: {nl: onvoldoende, en: unsatisfactory}, outcome: geen periodiek}
  - {score: 2, label: {nl: voldoende, en: satisfactory}, outcome: periodiek}
  - {score: 3, label: {nl: goed}, outcome: extra periodiek}
"""
FIVE = """\
kind: reward-policy
scale:
  - {score: 1, label: onvoldoende, outcome: "geen periodiek, verbeterplan"}
  - {score: 2, label: matig, outcome: geen periodiek}
  - {score: 3, label: voldoende, outcome: één periodiek}
  - {score: 4, label: {nl: goed, en: good}, outcome: één periodiek en 2 % bonus}
  - {score: 5, label: {nl: uitstekend, en: outstanding}, outcome: twee periodieken}
"""


def _plan(tmp_path: Path, files: dict[str, str]) -> Plan:
    (tmp_path / "prestatie.yaml").write_text(
        "kind: plan\nname: Test\nperiod: 2026\nlevels: [strategic, function, personal]\n",
        encoding="utf-8",
    )
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load(Target(tmp_path, True, None))


def _person(overall: object, review_type: str = "beoordelingsgesprek") -> str:
    return f"""\
kind: person
id: p-1
function: Accountmanager
competences:
  - {{name: Klantgerichtheid, actual: 3}}
  - {{name: Onderhandelen, required: 2, actual: 2}}
goals:
  - {{id: P-1, parent: FD-1, title: 12 bezoeken, needs: [Klantgerichtheid]}}
reviews:
  - {{type: planningsgesprek, date: 2026-01-10}}
  - {{type: functioneringsgesprek, date: 2026-06-10}}
  - {{type: {review_type}, date: 2026-11-10, ratings: {{P-1: {overall}}}, overall: {overall}}}
"""


@pytest.mark.parametrize(
    ("overall", "outcome", "nl", "en"),
    [
        (1, "geen periodiek", "onvoldoende", "unsatisfactory"),
        (2, "periodiek", "voldoende", "satisfactory"),
        (3, "extra periodiek", "goed", "goed"),  # only a Dutch label: shown in both
    ],
)
def test_three_point_scale_suggests_the_line_of_the_overall_rating(
    tmp_path: Path, overall: int, outcome: str, nl: str, en: str
) -> None:
    plan = _plan(tmp_path, {"policy.yaml": THREE, "p-1.yaml": _person(overall)})
    view = people.view(plan, "p-1")
    assert view is not None
    point = view.suggestion.point
    assert point is not None and view.suggestion.reason is None
    assert (point.score, point.outcome, point.label("nl"), point.label("en")) == (
        overall,
        outcome,
        nl,
        en,
    )


@pytest.mark.parametrize(
    ("overall", "outcome", "nl", "en"),
    [
        (1, "geen periodiek, verbeterplan", "onvoldoende", "onvoldoende"),
        (2, "geen periodiek", "matig", "matig"),
        (3, "één periodiek", "voldoende", "voldoende"),
        (4, "één periodiek en 2 % bonus", "goed", "good"),
        (5, "twee periodieken", "uitstekend", "outstanding"),
    ],
)
def test_five_point_scale_suggests_the_line_of_the_overall_rating(
    tmp_path: Path, overall: int, outcome: str, nl: str, en: str
) -> None:
    plan = _plan(tmp_path, {"policy.yaml": FIVE, "p-1.yaml": _person(overall)})
    view = people.view(plan, "p-1")
    assert view is not None and view.suggestion.point is not None
    point = view.suggestion.point
    assert (point.outcome, point.label("nl"), point.label("en")) == (outcome, nl, en)
    assert [(r.key, r.kind, r.score) for r in view.ratings] == [("P-1", "goal", overall)]


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"p-1.yaml": _person(2)}, people.NO_POLICY),
        ({"policy.yaml": THREE, "p-1.yaml": _person(4)}, people.OFF_SCALE),
        ({"policy.yaml": THREE, "p-1.yaml": _person(2, "interim")}, people.NO_APPRAISAL),
        ({"policy.yaml": THREE, "p-1.yaml": _person("null")}, people.NO_OVERALL),
    ],
)
def test_no_suggestion_says_why(tmp_path: Path, files: dict[str, str], reason: str) -> None:
    view = people.view(_plan(tmp_path, files), "p-1")
    assert view is not None
    assert (view.suggestion.point, view.suggestion.reason) == (None, reason)


def test_required_levels_come_from_the_function_profile(tmp_path: Path) -> None:
    profile = (
        "kind: function-profile\nfunction: accountmanager\ncompetences:\n"
        "  - {name: Klantgerichtheid, required: 4}\n  - {name: Onderhandelen, required: 5}\n"
        "  - {name: Netwerken, required: 3}\n"
    )
    plan = _plan(tmp_path, {"profile.yaml": profile, "p-1.yaml": _person(2)})
    view = people.view(plan, "p-1")
    assert view is not None
    rows = [
        (r.name, r.required, r.actual, r.required_from, r.gap, r.covered, r.needed_by)
        for r in view.competences
    ]
    assert rows == [
        ("Klantgerichtheid", 4, 3, "profile", True, False, ("P-1",)),
        ("Onderhandelen", 2, 2, "person", False, False, ()),  # the person's own level wins
        ("Netwerken", 3, None, "profile", False, False, ()),  # only in the profile
    ]


def test_dutch_review_types_are_read_as_the_canonical_ones(tmp_path: Path) -> None:
    view = people.view(_plan(tmp_path, {"p-1.yaml": _person(2)}), "p-1")
    assert view is not None
    assert [r.type for r in view.person.reviews] == ["planning", "interim", "appraisal"]
    assert view.appraisal is view.person.reviews[2]


def test_the_examples_have_a_covered_gap_an_uncovered_one_and_a_reward_mismatch() -> None:
    for name in ("gouden-korst", "northwind-care"):
        views = people.views(load(Target(EXAMPLES / name, True, None)))
        assert len(views) >= 3
        gaps = [r for v in views for r in v.competences if r.gap and r.needed_by]
        assert any(r.covered for r in gaps) and any(not r.covered for r in gaps), name
        assert any(v.reward_matches is False for v in views), name
        assert any(r.required_from == "profile" for v in views for r in v.competences)
        assert people.view(load(Target(EXAMPLES / name, True, None)), "nobody") is None
