"""Scorecard, balance, OKR, OGSM, SWOT and Porter findings as a Dutch plan shows them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from prestatie.findings import Finding
from prestatie.i18n import Speaker, render
from prestatie.model.plan import Plan, load
from prestatie.rules.engine import check_plan
from prestatie.source.files import Target

from .conftest import CASES

render.STRICT = True

FILES = {
    "prestatie.yaml": """\
kind: plan
name: Proefplan
language: nl
period: 2026
perspectives: nederlands
levels: [strategisch]
""",
    "missie.yaml": """\
kind: mission
organisation: Bakkerij Proef
mission: Wij bakken eerlijk brood.
""",
    # Weights: customer 5 + 2, financial 0.5, process 0.5 of 8; no learning objective.
    "doelen.yaml": """\
kind: goals
defaults: {level: strategisch, parent: mission, owner: Directie}
goals:
  - id: SD-K1
    title: Zakelijke klanten groeien van 10 naar 40
    perspective: klant
    weight: 5
    addresses: [S1]
    measures: [{name: Klanten, unit: aantal, baseline: 10, target: 40, indicator: naijlend}]
  - id: SD-K2
    title: Klanttevredenheid stijgt van 7,1 naar 8
    perspective: klant
    weight: 2
    measures: [{name: Tevredenheid, unit: cijfer, baseline: 7.1, target: 8, indicator: naijlend}]
  - id: SD-F1
    title: Marge stijgt van 10 % naar 12 %
    perspective: financieel
    weight: 0.5
    measures: [{name: Marge, unit: "%", baseline: 10, target: 12, indicator: naijlend}]
  - id: SD-P1
    title: Levertrouw stijgt van 90 % naar 98 %
    perspective: processen
    weight: 0.5
    measures: [{name: Op tijd, unit: "%", baseline: 90, target: 98, indicator: naijlend}]
""",
    "scorekaart.yaml": """\
kind: scorecard
id: BSC-1
perspectives:
  financieel: [SD-F1]
  klant: [SD-K1, SD-K2]
  processen: [SD-P1]
  klantt: [SD-K2]
links:
  - [SD-F1, SD-K1]
""",
    "okr.yaml": """\
kind: okr
id: OKR-1
parent: SD-K1
period: 2026-Q1
owner: Verkoop
type: committed
objective: Word de vaste bakker van kantoren
key_results:
  - {id: KR1, text: Nieuwe zakelijke klanten, baseline: 0, target: 40, current: 30}
---
kind: okr
id: OKR-2
parent: SD-K2
period: 2026-Q4
owner: Verkoop
objective: Klanten bevelen ons aan
key_results:
  - {id: KR1, text: Aanbevelingsscore, baseline: 20, target: 40, score: 1.5}
  - {id: KR2, text: Reviews per maand, baseline: 5, target: 20}
""",
    "ogsm.yaml": """\
kind: ogsm
id: OGSM-1
parent: mission
period: 2026
owner: Directie
objective: De vaste bakker van de zakelijke markt worden
goals:
  - {id: G1, text: Omzet zakelijk, measure: {name: Omzet, baseline: 1, target: 2}}
strategies:
  - id: S1
    text: Vaste bezorgroutes voor kantoren
    owner: Logistiek
    measures: [{name: Routes, unit: aantal, baseline: 0, target: 6}]
    actions:
      - {text: Route Zuid, owner: Piet, start: 2026-03-01, due: 2026-12-31, status: gepland}
""",
    "analyse.yaml": """\
kind: analysis
id: AN-1
swot:
  sterkten: [{id: S1, text: Vakmanschap}]
  zwakten: [{id: W1, text: Hoog verzuim}]
  kansen: [{id: O1, text: Kantoren in Utrecht}]
  bedreigingen: [{id: T1, text: Stijgende graanprijs}]
porter:
  generic_strategy: [kostenleiderschap, differentiatie]
  forces:
    rivalry: {pressure: hoog, note: Drie ketenbakkers}
    buyer_power: {note: Kantoren onderhandelen hard}
""",
}

#: English words a Dutch message must not show outside `backticks`.
ENGLISH = re.compile(
    r"\b(perspective|level|strategic|financial|goal|measure|objective|error|warning|"
    r"key result|lacks|has no|is not|strategy)\b",
    re.IGNORECASE,
)
FAMILIES = ("bsc/", "balance/", "okr/", "ogsm/", "swot/", "porter/", "ref/unknown-perspective")


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    folder: Path = tmp_path_factory.mktemp("proefplan")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    loaded = load(Target(folder, True, None))
    loaded.as_of = date(2026, 6, 1)
    return loaded


@pytest.fixture(scope="module")
def findings(plan: Plan) -> list[Finding]:
    return [f for f in check_plan(plan) if f.code.startswith(FAMILIES)]


def _said(plan: Plan, findings: list[Finding], code: str, lang: str = "nl") -> list[str]:
    speaker = plan.config.speaker(lang)
    return [speaker.say(f.message) for f in findings if f.code == code]


def _hints(plan: Plan, findings: list[Finding], code: str) -> list[str]:
    speaker = plan.config.speaker()
    return [speaker.say(f.hint) for f in findings if f.code == code and f.hint is not None]


def test_the_plan_speaks_dutch_with_its_own_perspective_labels(plan: Plan) -> None:
    speaker = plan.config.speaker()
    assert speaker.lang == "nl"
    assert speaker.perspective("customer") == "Klant en markt"


def test_balance_names_the_level_and_the_plans_label_with_a_dutch_percent(
    plan: Plan, findings: list[Finding]
) -> None:
    dominant = _said(plan, findings, "balance/dominant")
    assert (
        "niveau strategisch: het perspectief Klant en markt heeft 88 % van het gewicht "
        "(meer dan 50 %)"
    ) in dominant
    assert "het plan: het perspectief Klant en markt heeft 88 % van het gewicht" in " ".join(
        dominant
    )
    under = _said(plan, findings, "balance/underweight")
    assert (
        "niveau strategisch: het perspectief Financieel heeft maar 6 % van het gewicht "
        "(minder dan 10 %)"
    ) in under
    missing = _said(plan, findings, "balance/missing")
    assert "niveau strategisch: geen doelstelling in het perspectief Innovatie" in missing
    assert "het plan: geen doelstelling in het perspectief Innovatie" in missing
    assert _hints(plan, findings, "balance/dominant")[0] == (
        "plannen zijn vaak eenzijdig; verschuif gewicht naar de andere perspectieven"
    )


def test_the_same_finding_in_english_uses_the_english_label(
    plan: Plan, findings: list[Finding]
) -> None:
    dominant = _said(plan, findings, "balance/dominant", "en")
    assert (
        "the strategic level: the Customer & market perspective holds 88% of the weight "
        "(more than 50%)"
    ) in dominant


def test_scorecard_findings_in_dutch(plan: Plan, findings: list[Finding]) -> None:
    assert _said(plan, findings, "ref/unknown-perspective") == [
        "BSC-1: 'klantt' is geen perspectief van het plan "
        "(Financieel, Klant en markt, Mensen en processen, Innovatie)"
    ]
    assert _hints(plan, findings, "ref/unknown-perspective") == ["bedoel je 'klant'?"]
    assert _said(plan, findings, "bsc/empty-perspective") == [
        "BSC-1: het perspectief Innovatie heeft geen doelstelling"
    ]
    assert _said(plan, findings, "bsc/link-direction") == [
        "BSC-1: koppeling SD-F1 → SD-K1 loopt van Financieel naar Klant en markt, "
        "tegen de strategiekaart in"
    ]
    assert "BSC-1: doelstelling SD-K2 staat in geen enkele koppeling van de strategiekaart" in (
        _said(plan, findings, "bsc/unlinked")
    )
    assert _said(plan, findings, "bsc/no-leading") == [
        "BSC-1: alle 4 ingedeelde meetpunten zijn naijlend; geen ervan is voorlopend"
    ]


def test_okr_findings_in_dutch(plan: Plan, findings: list[Finding]) -> None:
    assert _said(plan, findings, "okr/key-result-count") == [
        "OKR-1: 1 kernresultaat (verwacht: 2 tot 5)"
    ]
    assert _said(plan, findings, "okr/committed-missed") == [
        "OKR-1: toegezegde OKR scoorde 0,75 na afloop van de periode 2026-Q1 (groen)"
    ]
    assert _said(plan, findings, "okr/score-range") == [
        "OKR-2: kernresultaat KR1 heeft score 1,5, buiten 0,0 tot 1,0"
    ]
    assert _hints(plan, findings, "okr/score-range") == [
        "OKR-scores lopen van 0,0 tot 1,0 (0,7 is de ideale score voor een ambitieuze OKR)"
    ]


def test_ogsm_findings_in_dutch(plan: Plan, findings: list[Finding]) -> None:
    assert _said(plan, findings, "ogsm/goal-not-smart") == ["OGSM-1: doel G1 mist een eenheid"]
    assert _said(plan, findings, "ogsm/strategy-count") == [
        "OGSM-1: 1 strategie (verwacht: 3 tot 5)"
    ]
    assert _said(plan, findings, "ogsm/action-late") == [
        "OGSM-1: actie 'Route Zuid' van S1 had op 1 maart 2026 moeten starten, "
        "maar staat nog op gepland"
    ]


def test_swot_and_porter_findings_in_dutch(plan: Plan, findings: list[Finding]) -> None:
    unaddressed = _said(plan, findings, "swot/unaddressed")
    assert "W1: geen enkele strategische doelstelling pakt deze zwakte aan ('Hoog verzuim')" in (
        unaddressed
    )
    assert (
        "O1: geen enkele strategische doelstelling pakt deze kans aan ('Kantoren in Utrecht')"
        in (unaddressed)
    )
    assert "zet W1 onder `addresses:` van de strategische doelstelling die erop antwoordt" in (
        _hints(plan, findings, "swot/unaddressed")
    )
    incomplete = _said(plan, findings, "porter/incomplete")
    assert (
        "AN-1: 3 van de vijf krachten niet beoordeeld: nieuwe toetreders (`new_entrants`), "
        "substituten (`substitutes`), macht van leveranciers (`supplier_power`)"
    ) in incomplete
    assert "AN-1: bij de kracht macht van afnemers (`buyer_power`) ontbreekt de druk" in incomplete
    assert _said(plan, findings, "porter/stuck-in-the-middle") == [
        "AN-1: 2 generieke strategieën gekozen (kostenleiderschap, differentiatie)"
    ]


def test_no_english_in_the_dutch_texts(plan: Plan, findings: list[Finding]) -> None:
    speaker = plan.config.speaker()
    assert {f.code.split("/")[0] for f in findings} >= {
        "bsc",
        "balance",
        "okr",
        "ogsm",
        "swot",
        "porter",
    }
    for f in findings:
        for text in (speaker.say(f.message), speaker.say(f.hint) if f.hint else ""):
            outside = re.sub(r"`[^`]*`", "", text)
            assert not ENGLISH.search(outside), (f.code, text)


def test_messages_keep_raw_arguments(findings: list[Finding]) -> None:
    dominant = next(f for f in findings if f.code == "balance/dominant")
    args = dominant.message.arguments()
    assert args["perspective"] == "customer" and args["share"] == 87.5 and args["max"] == 50.0


def test_lost_in_cascade_shows_dutch_decimals_and_the_unit() -> None:
    plan = load(Target(CASES / "invalid" / "balance", True, None))
    nl = Speaker("nl", plan.config.labels()["nl"])
    lost = [nl.say(f.message) for f in check_plan(plan) if f.code == "balance/lost-in-cascade"]
    assert (
        "het evenwicht gaat verloren van niveau afdeling (entropie 0,96) naar niveau "
        "operationeel (0,77)"
    ) in lost
    assert any(text.startswith("in eenheid 'A' gaat het evenwicht verloren") for text in lost)
