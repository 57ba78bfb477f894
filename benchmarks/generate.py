"""Write a synthetic but realistic performance plan of about N items.

    python benchmarks/generate.py --items 20000 --out /tmp/plan-20k [--seed 1]
    python benchmarks/generate.py --small --out /tmp/plan-small

The plan is a large Dutch organisation (Koninklijke Van Dijk Groep): a mission, a SWOT
analysis, strategic goals across the four perspectives, departments with department,
operational, function and project goals, one person file per employee with 2-4 personal
goals, quarterly OKRs per department, a scorecard and a reward policy. Every goal has two
measures with a baseline, a target and a direction. Each file holds one YAML document.

Items are counted as `prestatie validate` counts them (`summary.items`): every goal at any
level, personal goals included, plus every other document except `kind: goals` lists and
`prestatie.yaml` (mission, analysis, person, okr, scorecard, reward-policy).

The plan validates with 0 findings: every goal derives from the level directly above, every
goal whose level below is in use has a child (so personal goals outnumber function and
project goals, and about one item in six is a person file), units and periods nest, and every
measure's target lies on the right side of its baseline. Output is deterministic for a seed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ORGANISATION = "Koninklijke Van Dijk Groep"
YEAR = 2026
STRATEGIC_GOALS = 12
GOALS_PER_FILE = 125
#: Below this many items the cascade cannot be complete without warnings.
MIN_ITEMS = 300

PERSPECTIVES = ("financieel", "klant", "processen", "leren")
PERSPECTIVE_KEYS = {
    "financieel": "financial",
    "klant": "customer",
    "processen": "process",
    "leren": "learning",
}

DOMAINS = {
    "Verkoop": ("Accountmanager", "Binnendienstmedewerker", "Verkoopadviseur"),
    "Klantenservice": ("Medewerker klantenservice", "Klachtbehandelaar", "Kwaliteitscoach"),
    "Logistiek": ("Magazijnmedewerker", "Planner", "Chauffeur"),
    "Inkoop": ("Inkoper", "Contractbeheerder", "Inkoopassistent"),
    "Productie": ("Productiemedewerker", "Operator", "Ploegleider"),
    "Onderhoud": ("Monteur", "Werkvoorbereider", "Storingsmonteur"),
    "Financiën": ("Controller", "Crediteurenadministrateur", "Financieel analist"),
    "Personeelszaken": ("HR-adviseur", "Salarisadministrateur", "Recruiter"),
    "ICT": ("Applicatiebeheerder", "Servicedeskmedewerker", "Ontwikkelaar"),
    "Kwaliteit": ("Kwaliteitsmedewerker", "Auditor", "Veiligheidskundige"),
    "Marketing": ("Marketeer", "Contentspecialist", "Data-analist"),
    "Facilitair": ("Facilitair medewerker", "Receptionist", "Schoonmaakcoördinator"),
    "Winkels": ("Verkoopmedewerker", "Filiaalmanager", "Vakkenvuller"),
    "Webwinkel": ("Webredacteur", "Orderpicker", "E-commercespecialist"),
    "Zakelijke Markt": ("Accountmanager zakelijk", "Offertemaker", "Key-accountmanager"),
    "Distributie": ("Routeplanner", "Expeditiemedewerker", "Chauffeur distributie"),
}
PLACES = (
    "Utrecht",
    "Amersfoort",
    "Zwolle",
    "Deventer",
    "Apeldoorn",
    "Arnhem",
    "Nijmegen",
    "Ede",
    "Hilversum",
    "Veenendaal",
    "Zeist",
    "Harderwijk",
    "Almere",
    "Lelystad",
    "Enschede",
    "Hengelo",
    "Den Bosch",
    "Tilburg",
    "Breda",
    "Eindhoven",
    "Leiden",
    "Haarlem",
    "Alkmaar",
    "Groningen",
)
WIJKEN = (
    "Centrum",
    "Noord",
    "Oost",
    "Zuid",
    "West",
    "Binnenstad",
    "De Hoven",
    "Vathorst",
    "Kattenbroek",
    "Schothorst",
    "Hoograven",
    "Lunetten",
    "Overvecht",
    "Zuilen",
    "Leidsche Rijn",
    "Kanaleneiland",
)
FIRST_NAMES = (
    "Sanne",
    "Daan",
    "Emma",
    "Lucas",
    "Julia",
    "Sem",
    "Lotte",
    "Milan",
    "Fleur",
    "Thijs",
    "Anouk",
    "Bram",
    "Noor",
    "Jesse",
    "Eva",
    "Ruben",
    "Lieke",
    "Stijn",
    "Femke",
    "Joris",
    "Iris",
    "Koen",
    "Marieke",
    "Wouter",
    "Ilse",
    "Hanneke",
    "Pieter",
    "Mohamed",
    "Fatima",
    "Yusuf",
    "Priya",
    "Kevin",
)
SURNAMES = (
    "de Boer",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Jong",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "van der Linden",
    "El Amrani",
    "Yilmaz",
    "Kramer",
)
COMPETENCES = (
    "Klantgerichtheid",
    "Samenwerken",
    "Resultaatgerichtheid",
    "Plannen en organiseren",
    "Digitale vaardigheden",
    "Vakmanschap",
    "Communicatie",
    "Veiligheidsbewustzijn",
    "Adviesvaardigheid",
)
QUARTER_ENDS = (f"{YEAR}-03-31", f"{YEAR}-06-30", f"{YEAR}-09-30", f"{YEAR}-12-31")
#: Project spans and the quarters that lie inside each.
PROJECT_SPANS = (
    ((f"{YEAR}-01-01", f"{YEAR}-06-30"), (1, 2)),
    ((f"{YEAR}-02-01", f"{YEAR}-09-30"), (2, 3)),
    ((f"{YEAR}-04-01", f"{YEAR}-12-31"), (2, 3, 4)),
    ((f"{YEAR}-03-01", f"{YEAR}-12-31"), (2, 3, 4)),
)
PROJECT_SUBJECTS = (
    "nieuw planningssysteem",
    "digitaal klantportaal",
    "vernieuwde orderflow",
    "elektrisch wagenpark",
    "zelfroosteren",
    "kassasysteem",
    "klantdatabase",
    "energiebesparing",
    "leanverbetertraject",
    "nieuwe werkplekken",
)


# ------------------------------------------------------------------------------ YAML text

_PLAIN_UNSAFE = re.compile(r"(: )|( #)|(:$)|^[\s\-?:,\[\]{}#&*!|>'\"%@`]|\s$")
_LOOKS_TYPED = re.compile(
    r"^(?:[-+]?[0-9][0-9_.,:eE+-]*|~|null|true|false|yes|no|on|off|y|n|\.inf|\.nan)$",
    re.IGNORECASE,
)


def q(value: str) -> str:
    """A string as a YAML scalar: plain when that reads back as the same text."""
    if not value or _PLAIN_UNSAFE.search(value) or _LOOKS_TYPED.match(value):
        return json.dumps(value, ensure_ascii=False)
    return value


def qf(value: str) -> str:
    """A string as a scalar inside a flow mapping or list, where `,[]{}` end a plain value."""
    if any(c in value for c in ",[]{}"):
        return json.dumps(value, ensure_ascii=False)
    return q(value)


def num(value: float | int) -> str:
    if isinstance(value, int):
        return str(value)
    return repr(round(value, 1))


def nl(value: float | int) -> str:
    """A number as a Dutch title writes it: 1.380.000, 6,5."""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:.1f}".replace(".", ",")


def euro(value: int) -> str:
    if value >= 1_000_000:
        return f"€ {value / 1_000_000:.2f} mln".replace(".", ",")
    return f"€ {nl(value)}"


# ------------------------------------------------------------------------------ measures


@dataclass
class Metric:
    name: str
    unit: str
    baseline: float | int
    target: float | int
    direction: str  # verhogen | verlagen
    indicator: str  # voorlopend | naijlend
    title: str


def _r1(x: float) -> float:
    return round(x, 1)


def metric(rng: random.Random, kind: int, scope: str) -> Metric:
    """One of the measures a Dutch organisation tracks, with a title that names its numbers."""
    if kind == 0:
        b = _r1(rng.uniform(6.6, 7.6))
        t = _r1(b + rng.uniform(0.3, 0.8))
        return Metric(
            "Klanttevredenheid (rapportcijfer)",
            "cijfer",
            b,
            t,
            "verhogen",
            "naijlend",
            f"Klanttevredenheid {scope} stijgt van {nl(b)} naar {nl(t)}",
        )
    if kind == 1:
        b = _r1(rng.uniform(5.0, 8.5))
        t = _r1(b - rng.uniform(0.8, 2.0))
        return Metric(
            "Ziekteverzuim",
            "%",
            b,
            t,
            "verlagen",
            "naijlend",
            f"Verzuim {scope} daalt van {nl(b)} % naar {nl(t)} %",
        )
    if kind == 2:
        b = rng.randint(10, 30)
        t = b - rng.randint(2, 8)
        return Metric(
            "Doorlooptijd van aanvraag tot levering",
            "werkdagen",
            b,
            t,
            "verlagen",
            "voorlopend",
            f"Doorlooptijd {scope} daalt van {b} naar {t} werkdagen",
        )
    if kind == 3:
        b = _r1(rng.uniform(88.0, 95.0))
        t = _r1(min(99.5, b + rng.uniform(1.5, 4.0)))
        return Metric(
            "Leverbetrouwbaarheid",
            "%",
            b,
            t,
            "verhogen",
            "naijlend",
            f"{nl(t)} % van de orders {scope} op tijd en compleet geleverd",
        )
    if kind == 4:
        b = rng.randint(20, 300) * 10_000
        t = int(round(b * rng.uniform(1.04, 1.15), -4))
        return Metric(
            "Omzet",
            "EUR",
            b,
            t,
            "verhogen",
            "naijlend",
            f"Omzet {scope} groeit van {euro(b)} naar {euro(t)}",
        )
    if kind == 5:
        b = rng.randint(5, 120) * 10_000
        pct = rng.randint(4, 12)
        t = int(round(b * (100 - pct) / 100, -3))
        return Metric(
            "Operationele kosten",
            "EUR",
            b,
            t,
            "verlagen",
            "naijlend",
            f"Kosten {scope} dalen met {pct} % naar {euro(t)}",
        )
    if kind == 6:
        t = rng.randint(3, 10)
        return Metric(
            "Gevolgde trainingsdagen",
            "dagen",
            0,
            t,
            "verhogen",
            "voorlopend",
            f"{t} trainingsdagen gevolgd {scope}",
        )
    if kind == 7:
        t = rng.randint(5, 60)
        return Metric(
            "Nieuwe klanten",
            "aantal",
            0,
            t,
            "verhogen",
            "voorlopend",
            f"{t} nieuwe klanten geworven {scope}",
        )
    if kind == 8:
        b = _r1(rng.uniform(3.0, 9.0))
        t = _r1(max(0.5, b - rng.uniform(1.0, 3.0)))
        return Metric(
            "Foutpercentage",
            "%",
            b,
            t,
            "verlagen",
            "voorlopend",
            f"Foutpercentage {scope} daalt van {nl(b)} % naar {nl(t)} %",
        )
    if kind == 9:
        b = _r1(rng.uniform(6.5, 7.4))
        t = _r1(b + rng.uniform(0.2, 0.7))
        return Metric(
            "Medewerkerstevredenheid (rapportcijfer)",
            "cijfer",
            b,
            t,
            "verhogen",
            "naijlend",
            f"Medewerkerstevredenheid {scope} stijgt van {nl(b)} naar {nl(t)}",
        )
    if kind == 10:
        b = rng.randint(60, 85)
        t = min(98, b + rng.randint(5, 15))
        return Metric(
            "Klachten afgehandeld binnen 5 werkdagen",
            "%",
            b,
            t,
            "verhogen",
            "voorlopend",
            f"{t} % van de klachten {scope} binnen 5 werkdagen afgehandeld",
        )
    b = rng.randint(5, 50) * 10_000
    pct = rng.randint(5, 15)
    t = int(round(b * (100 - pct) / 100, -2))
    return Metric(
        "Energieverbruik",
        "kWh",
        b,
        t,
        "verlagen",
        "naijlend",
        f"Energieverbruik {scope} daalt {pct} % naar {nl(t)} kWh",
    )


METRIC_KINDS = 12
#: Metrics that fit each perspective.
PERSPECTIVE_METRICS = {
    "financieel": (4, 5, 11),
    "klant": (0, 3, 7, 10),
    "processen": (2, 3, 8, 11),
    "leren": (1, 6, 9),
}


def measures_yaml(
    rng: random.Random,
    first: Metric,
    second: Metric,
    indent: str,
    due: str | None = None,
    checkins: bool = True,
) -> list[str]:
    out = [f"{indent}measures:"]
    for i, m in enumerate((first, second)):
        out += [
            f"{indent}  - name: {q(m.name)}",
            f"{indent}    unit: {q(m.unit)}",
            f"{indent}    baseline: {num(m.baseline)}",
            f"{indent}    target: {num(m.target)}",
            f"{indent}    direction: {m.direction}",
            f"{indent}    indicator: {m.indicator}",
        ]
        if due is not None and i == 0:
            out.append(f"{indent}    due: {due}")
        if checkins and rng.random() < 0.4:
            out.append(f"{indent}    checkins:")
            for n, q_end in enumerate(QUARTER_ENDS[: rng.randint(1, 3)], 1):
                share = min(1.0, n / 4 * rng.uniform(0.7, 1.2))
                value = m.baseline + (m.target - m.baseline) * share
                value = round(value, 1) if isinstance(m.baseline, float) else int(value)
                out.append(f"{indent}      - {{date: {q_end}, value: {num(value)}}}")
    return out


def two_metrics(rng: random.Random, kinds: tuple[int, ...], scope: str) -> tuple[Metric, Metric]:
    a = rng.choice(kinds)
    b = rng.choice([k for k in range(METRIC_KINDS) if k != a])
    return metric(rng, a, scope), metric(rng, b, scope)


# ------------------------------------------------------------------------------ the plan


@dataclass
class Goal:
    id: str
    perspective: str
    unit: str


@dataclass
class Department:
    name: str
    slug: str
    code: str
    domain: str
    goals: list[Goal] = field(default_factory=list)
    operational: list[list[str]] = field(default_factory=list)  # YAML entry lines per goal
    function: list[list[str]] = field(default_factory=list)
    teams: int = 0
    op_count: int = 0
    head: str | None = None


@dataclass
class Writer:
    out: Path
    files: int = 0
    items: int = 0

    def write(self, rel: str, lines: list[str], items: int) -> None:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.files += 1
        self.items += items


def slugify(text: str) -> str:
    text = text.lower().replace("ë", "e").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def department_count(items: int) -> int:
    return max(3, round(math.sqrt(items) / 12))


def make_departments(rng: random.Random, count: int) -> list[Department]:
    combos = [(d, p) for d in DOMAINS for p in PLACES]
    rng.shuffle(combos)
    out = []
    codes: set[str] = set()
    for domain, place in combos[:count]:
        name = f"{domain} {place}"
        base = "".join(w[0] for w in domain.split()).upper()[:2] + place[:3].upper()
        code = base
        n = 2
        while code in codes:
            code = f"{base}{n}"
            n += 1
        codes.add(code)
        out.append(Department(name, slugify(name), code, domain))
    return out


def write_settings(w: Writer, departments: list[Department]) -> None:
    lines = [
        "# Prestatieplan 2026 van de Koninklijke Van Dijk Groep.",
        "kind: plan",
        f"name: {q(ORGANISATION + ' — prestatieplan ' + str(YEAR))}",
        f"organisation: {q(ORGANISATION)}",
        "language: nl",
        f"period: {YEAR}",
        "perspectives: kaplan-norton",
        "levels: [strategisch, afdeling, operationeel, functie, project, persoonlijk]",
        "units:",
        *(f"  - {q(d.name)}" for d in departments),
        "rules:",
        "  smart/no-owner: error",
        "thresholds: {amber: 0.8, red: 0.5}",
    ]
    w.write("prestatie.yaml", lines, 0)


def write_mission(w: Writer) -> None:
    lines = [
        "kind: mission",
        f"organisation: {q(ORGANISATION)}",
        "owner: Raad van Bestuur",
        "mission: >-",
        "  Wij brengen elke dag de juiste producten en diensten bij klanten in heel",
        "  Nederland: betrouwbaar, betaalbaar en met vakmensen die trots zijn op hun werk.",
        "vision: >-",
        "  In 2028 is de Van Dijk Groep de meest betrouwbare leverancier van het land,",
        "  voor consumenten én bedrijven, met de gezondste en best opgeleide medewerkers.",
        "values: [Betrouwbaar, Vakmanschap, Samen, Duurzaam]",
        "strategy: >-",
        "  We groeien in de zakelijke markt, leveren sneller en foutloos, verlagen onze",
        "  kosten en ons energieverbruik, en investeren in opleiding en vitaliteit.",
        "themes:",
        "  - {id: TH1, title: Groei zakelijke markt}",
        "  - {id: TH2, title: Foutloos en snel leveren}",
        "  - {id: TH3, title: Vakmensen en vitaliteit}",
        "  - {id: TH4, title: Duurzaam en zuinig}",
    ]
    w.write("mission.yaml", lines, 1)


SWOT = {
    "sterkten": (
        "Landelijk dekkend netwerk van vestigingen en distributiecentra",
        "Sterk merk en trouwe klanten",
        "Ervaren vakmensen met veel productkennis",
        "Eigen wagenpark en bezorgdienst",
    ),
    "zwakten": (
        "Planning in spreadsheets met veel handwerk",
        "Hoog verzuim in productie en logistiek",
        "Weinig inzicht in de kostprijs per order",
        "Verouderde ICT-systemen per vestiging",
    ),
    "kansen": (
        "Groeiende vraag van bedrijven naar levering op afspraak",
        "Klanten bestellen steeds vaker online",
        "Subsidies voor energiebesparing en elektrisch vervoer",
        "Samenwerking met regionale leveranciers",
    ),
    "bedreigingen": (
        "Stijgende energie- en grondstofprijzen",
        "Krappe arbeidsmarkt voor chauffeurs en monteurs",
        "Grote webwinkels concurreren op prijs",
        "Strengere eisen aan uitstoot in binnensteden",
    ),
}
SWOT_PREFIX = {"sterkten": "S", "zwakten": "W", "kansen": "O", "bedreigingen": "T"}


def write_analysis(w: Writer) -> None:
    lines = [
        "kind: analysis",
        f"id: analyse-{YEAR}",
        f"title: Strategische analyse {YEAR}",
        "swot:",
    ]
    for group, texts in SWOT.items():
        lines.append(f"  {group}:")
        for i, text in enumerate(texts, 1):
            lines.append(f"    - {{id: {SWOT_PREFIX[group]}{i}, text: {qf(text)}, rank: {i}}}")
    lines += [
        "  options:",
        "    - {id: OPT1, quadrant: groeien, text: Netwerk inzetten voor de zakelijke markt, "
        "items: [S1, O1]}",
        "    - {id: OPT2, quadrant: verbeteren, text: Planning digitaliseren, items: [W1, O2]}",
        "porter:",
        "  generic_strategy: differentiatie",
        "  forces:",
        "    rivalry: {pressure: hoog, note: Grote webwinkels en ketens in elke regio.}",
        "    new_entrants: {pressure: laag, note: Een landelijk netwerk vraagt veel kapitaal.}",
        "    substitutes: {pressure: gemiddeld, note: Klanten halen zelf op bij groothandels.}",
        "    buyer_power: {pressure: gemiddeld, note: Zakelijke klanten onderhandelen op prijs.}",
        "    supplier_power: {pressure: hoog, note: Weinig leveranciers van energie en grondstof.}",
    ]
    w.write("analysis.yaml", lines, 1)


def swot_ids() -> list[str]:
    return [f"{p}{i}" for p in "SWOT" for i in range(1, 5)]


def addresses(rng: random.Random, n: int) -> list[str]:
    """Two SWOT items in turn (so every item is addressed by some goal), sometimes a third."""
    ids = swot_ids()
    chosen = {ids[(2 * n) % len(ids)], ids[(2 * n + 1) % len(ids)]}
    if rng.random() < 0.5:
        chosen.add(rng.choice(ids))
    return sorted(chosen)


def write_strategy(w: Writer, rng: random.Random) -> list[Goal]:
    goals: list[Goal] = []
    by_perspective: dict[str, list[str]] = {p: [] for p in PERSPECTIVES}
    for n in range(STRATEGIC_GOALS):
        perspective = PERSPECTIVES[n % len(PERSPECTIVES)]
        goal_id = f"SD-{n + 1:02d}"
        first, second = two_metrics(rng, PERSPECTIVE_METRICS[perspective], "in de hele groep")
        entry = [
            f"  - id: {goal_id}",
            f"    title: {q(first.title)}",
            f"    theme: TH{n % 4 + 1}",
            f"    weight: {3 - n // len(PERSPECTIVES)}",
            f"    addresses: [{', '.join(addresses(rng, n))}]",
            *measures_yaml(rng, first, second, "    "),
            "",
        ]
        by_perspective[perspective].append("\n".join(entry))
        goals.append(Goal(goal_id, perspective, ""))
    for perspective, entries in by_perspective.items():
        lines = [
            f"# Strategische doelstellingen {YEAR}, perspectief {perspective}.",
            "kind: goals",
            "defaults:",
            "  level: strategisch",
            "  parent: mission",
            f"  perspective: {perspective}",
            "  owner: Raad van Bestuur",
            "goals:",
            *entries,
        ]
        w.write(f"strategy/{perspective}.yaml", lines, len(entries))
    return goals


def department_goals(rng: random.Random, dept: Department, parents: list[Goal]) -> list[str]:
    entries = []
    for n, parent in enumerate(parents, 1):
        goal = Goal(f"AD-{dept.code}-{n}", parent.perspective, dept.name)
        dept.goals.append(goal)
        first, second = two_metrics(rng, PERSPECTIVE_METRICS[parent.perspective], dept.name)
        entries += [
            f"  - id: {goal.id}",
            f"    parent: {parent.id}",
            f"    title: {q(first.title)}",
            f"    perspective: {parent.perspective}",
            *measures_yaml(rng, first, second, "    "),
        ]
    return [
        f"# Afdelingsdoelstellingen {dept.name}.",
        "kind: goals",
        "defaults:",
        "  level: afdeling",
        f"  unit: {q(dept.name)}",
        f"  owner: {q('Manager ' + dept.name)}",
        "goals:",
        *entries,
    ]


LEVEL_LABELS = {"operationeel": "Operationele doelstellingen", "functie": "Functiedoelstellingen"}


def write_goal_chunks(
    w: Writer, dept: Department, stem: str, level: str, entries: list[list[str]]
) -> None:
    for start in range(0, len(entries), GOALS_PER_FILE):
        chunk = entries[start : start + GOALS_PER_FILE]
        number = start // GOALS_PER_FILE + 1
        lines = [
            f"# {LEVEL_LABELS[level]} {dept.name} ({number}).",
            "kind: goals",
            "defaults:",
            f"  level: {level}",
            f"  owner: {q('Manager ' + dept.name)}",
            "goals:",
        ]
        for entry in chunk:
            lines += entry
        w.write(f"departments/{dept.slug}/{stem}-{number:02d}.yaml", lines, len(chunk))


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


class Plan:
    def __init__(self, out: Path, items: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.target = items
        self.w = Writer(out)
        self.person_seq = 0
        self.project_seq = 0
        self.departments: list[Department] = []

    def build(self) -> Writer:
        rng = self.rng
        departments = make_departments(rng, department_count(self.target))
        self.departments = departments
        write_settings(self.w, departments)
        write_mission(self.w)
        write_analysis(self.w)
        strategic = write_strategy(self.w, rng)
        cursor = 0
        for dept in departments:
            parents = [strategic[(cursor + i) % len(strategic)] for i in range(rng.randint(4, 6))]
            cursor += len(parents)
            lines = department_goals(rng, dept, parents)
            self.w.write(f"departments/{dept.slug}/afdelingsdoelen.yaml", lines, len(parents))
            self.write_okrs(dept)
        self.write_scorecard(strategic)
        self.write_reward_policy()
        # Teams, round-robin over the departments, until the plan has about N items.
        # (Every department gets at least two teams, so each department goal is cascaded.)
        per_team = 38
        index = 0
        while self.items() + per_team // 2 < self.target or index < 2 * len(departments):
            dept = departments[index % len(departments)]
            self.team(dept)
            index += 1
        for dept in departments:
            write_goal_chunks(self.w, dept, "operationeel", "operationeel", dept.operational)
            write_goal_chunks(self.w, dept, "functies", "functie", dept.function)
        return self.w

    def items(self) -> int:
        """Items written so far plus the operational and function goals still to write."""
        pending = sum(len(d.operational) + len(d.function) for d in self.departments)
        return self.w.items + pending

    def write_okrs(self, dept: Department) -> None:
        rng = self.rng
        for quarter in range(1, 5):
            parent = dept.goals[(quarter - 1) % len(dept.goals)]
            okr_id = f"OKR-{dept.code}-Q{quarter}"
            lines = [
                "kind: okr",
                f"id: {okr_id}",
                f"parent: {parent.id}",
                f"period: {YEAR}-Q{quarter}",
                f"owner: {q('Manager ' + dept.name)}",
                f"unit: {q(dept.name)}",
                f"type: {rng.choice(('toegezegd', 'ambitieus'))}",
                f"objective: {q(f'{dept.name} levert wat we beloven, elke dag weer')}",
                "key_results:",
            ]
            for kr in range(1, 4):
                m = metric(rng, rng.randrange(METRIC_KINDS), "dit kwartaal")
                lines.append(
                    f"  - {{id: KR{kr}, text: {qf(m.title)}, baseline: {num(m.baseline)}, "
                    f"target: {num(m.target)}, unit: {qf(m.unit)}}}"
                )
            self.w.write(f"okr/{dept.slug}-{YEAR}-q{quarter}.yaml", lines, 1)

    def write_scorecard(self, strategic: list[Goal]) -> None:
        lines = [
            "kind: scorecard",
            f"id: BSC-{YEAR}",
            f"title: Concernscorecard {YEAR}",
            "scope: {level: strategic}",
            "perspectives:",
        ]
        for perspective in PERSPECTIVES:
            ids = [g.id for g in strategic if g.perspective == perspective]
            lines.append(f"  {PERSPECTIVE_KEYS[perspective]}: [{', '.join(ids)}]")
        lines.append("links:")
        order = ("leren", "processen", "klant", "financieel")
        for cause, effect in itertools.pairwise(order):
            for a, b in zip(
                [g for g in strategic if g.perspective == cause],
                [g for g in strategic if g.perspective == effect],
                strict=False,
            ):
                lines.append(f"  - [{a.id}, {b.id}]")
        self.w.write("scorecard.yaml", lines, 1)

    def write_reward_policy(self) -> None:
        scale = (
            (1, "onvoldoende", "geen periodiek, verbeterplan"),
            (2, "matig", "geen periodiek"),
            (3, "voldoende", "één periodiek"),
            (4, "goed", "één periodiek en een eenmalige uitkering van 2 %"),
            (5, "uitstekend", "twee periodieken"),
        )
        lines = ["kind: reward-policy", f"id: beloning-{YEAR}", "scale:"]
        for score, label, outcome in scale:
            lines.append(f"  - {{score: {score}, label: {label}, outcome: {qf(outcome)}}}")
        self.w.write("reward-policy.yaml", lines, 1)

    def team(self, dept: Department) -> None:
        rng = self.rng
        k = dept.teams
        dept.teams += 1
        wijk = WIJKEN[k % len(WIJKEN)] + (f" {k // len(WIJKEN) + 1}" if k >= len(WIJKEN) else "")
        unit = f"{dept.name}/Team {wijk}"
        roles = DOMAINS[dept.domain]
        lead = f"Teamleider Team {wijk}"
        operational: list[Goal] = []
        for _ in range(rng.choice((3, 4, 4, 5))):
            parent = dept.goals[dept.op_count % len(dept.goals)]
            dept.op_count += 1
            goal = Goal(f"OD-{dept.code}-{dept.op_count}", parent.perspective, unit)
            operational.append(goal)
            first, second = two_metrics(
                rng, PERSPECTIVE_METRICS[parent.perspective], "team " + wijk
            )
            dept.operational.append(
                [
                    f"  - id: {goal.id}",
                    f"    parent: {parent.id}",
                    f"    title: {q(first.title)}",
                    f"    perspective: {parent.perspective}",
                    f"    unit: {q(unit)}",
                    f"    owner: {q(lead)}",
                    *measures_yaml(rng, first, second, "    "),
                ]
            )
        # Function goals: what each role in the team contributes to an operational goal.
        slots: list[tuple[str, tuple[int, ...] | None]] = []  # (parent id, quarters allowed)
        for op in operational:
            for _ in range(rng.choice((1, 2, 2, 3))):
                role = rng.choice(roles)
                number = len(dept.function) + 1
                goal_id = f"FD-{dept.code}-{number}"
                first, second = two_metrics(rng, PERSPECTIVE_METRICS[op.perspective], "per persoon")
                title = f"{role}: {first.title[0].lower()}{first.title[1:]}"
                dept.function.append(
                    [
                        f"  - id: {goal_id}",
                        f"    parent: {op.id}",
                        f"    title: {q(title)}",
                        f"    unit: {q(unit)}",
                        *measures_yaml(rng, first, second, "    "),
                    ]
                )
                slots.append((goal_id, None))
        # Every third team runs a project for its department.
        if k % 3 == 2:
            slots.append(self.project(dept, operational[0]))
        # The team's employees: each function and project goal gets at least one personal goal.
        counts = [rng.randint(2, 4) for _ in range(rng.randint(4, 8))]
        while sum(counts) < len(slots):
            counts.append(rng.randint(2, 4))
        counts = [min(c, len(slots)) for c in counts]
        position = 0
        team_lead_id: str | None = None
        for i, count in enumerate(counts):
            parents = [slots[(position + j) % len(slots)] for j in range(count)]
            position += count
            self.person_seq += 1
            person_id = f"p-{self.person_seq:06d}"
            if i == 0:
                team_lead_id = person_id
                if dept.head is None:
                    dept.head = person_id
                manager = dept.head if dept.head != person_id else None
                function = lead
            else:
                manager = team_lead_id
                function = rng.choice(roles)
            self.person(dept, person_id, unit, function, manager, parents)

    def project(self, dept: Department, parent: Goal) -> tuple[str, tuple[int, ...]]:
        rng = self.rng
        self.project_seq += 1
        goal_id = f"PR-{dept.code}-{self.project_seq}"
        (start, end), quarters = rng.choice(PROJECT_SPANS)
        subject = rng.choice(PROJECT_SUBJECTS)
        first, second = two_metrics(rng, tuple(range(METRIC_KINDS)), "met het project")
        users = rng.randint(4, 80) * 5
        title = f"Project {subject}: live voor {users} gebruikers vóór {int(end[8:])} {_month(end)}"
        lines = [
            "kind: goal",
            f"id: {goal_id}",
            "level: project",
            f"parent: {parent.id}",
            f"title: {q(title)}",
            f"owner: {q('Projectleider ' + subject)}",
            f"unit: {q(dept.name)}",
            f"period: {{start: {start}, end: {end}}}",
            *measures_yaml(rng, first, second, "", due=end, checkins=False),
        ]
        self.w.write(f"departments/{dept.slug}/project-{slugify(goal_id)}.yaml", lines, 1)
        return goal_id, quarters

    def person(
        self,
        dept: Department,
        person_id: str,
        unit: str,
        function: str,
        manager: str | None,
        parents: list[tuple[str, tuple[int, ...] | None]],
    ) -> None:
        rng = self.rng
        number = person_id[2:]
        lines = [
            "kind: person",
            f"id: {person_id}",
            f"name: {q(person_name(rng))}",
            f"function: {q(function)}",
            f"unit: {q(unit)}",
        ]
        if manager is not None:
            lines.append(f"manager: {manager}")
        lines.append("competences:")
        chosen = rng.sample(COMPETENCES, 3)
        for name in chosen:
            required = rng.randint(2, 4)
            actual = max(1, required - rng.randint(-1, 1))
            lines.append(f"  - {{name: {qf(name)}, required: {required}, actual: {actual}}}")
        lines.append("goals:")
        goal_ids = []
        for n, (parent, quarters) in enumerate(parents, 1):
            goal_id = f"PD-{number}-{n}"
            goal_ids.append(goal_id)
            period: str | None = None
            due: str | None = None
            if quarters is not None:
                quarter = rng.choice(quarters)
                period, due = f"{YEAR}-Q{quarter}", QUARTER_ENDS[quarter - 1]
            elif rng.random() < 0.2:
                quarter = rng.randint(1, 4)
                period, due = f"{YEAR}-Q{quarter}", QUARTER_ENDS[quarter - 1]
            scope = f"in {YEAR}" if period is None else f"in kwartaal {period[-1]}"
            first, second = two_metrics(rng, tuple(range(METRIC_KINDS)), scope)
            lines += [
                f"  - id: {goal_id}",
                f"    parent: {parent}",
                f"    title: {q(first.title)}",
            ]
            if period is not None:
                lines.append(f"    period: {period}")
            lines.append(f"    needs: [{qf(rng.choice(chosen))}]")
            lines += measures_yaml(rng, first, second, "    ", due=due, checkins=period is None)
        if rng.random() < 0.5:
            lines += [
                "pop:",
                f"  - competence: {q(chosen[0])}",
                f"    goal: {goal_ids[0]}",
                "    action: Training en coaching op de werkplek",
                f"    deadline: {YEAR}-09-30",
                f"    status: {rng.choice(('gepland', 'gestart', 'gereed'))}",
            ]
        lines += [
            "reviews:",
            f"  - {{type: planningsgesprek, date: {YEAR}-01-{rng.randint(10, 31):02d}}}",
        ]
        if rng.random() < 0.6:
            lines.append(
                f"  - {{type: functioneringsgesprek, date: {YEAR}-07-{rng.randint(1, 15):02d}, "
                "notes: Loopt op schema}"
            )
        slug = dept.slug
        self.w.write(f"people/{slug}/{person_id}.yaml", lines, 1 + len(parents))


_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def _month(iso: str) -> str:
    return _MONTHS[int(iso[5:7]) - 1]


# ------------------------------------------------------------------------------ entry points


def generate(out: Path | str, items: int, seed: int = 1) -> dict[str, int]:
    """Write a plan of about `items` items into `out` (emptied first); return its counts."""
    if items < MIN_ITEMS:
        raise ValueError(f"--items must be at least {MIN_ITEMS}; use --small for a tiny plan")
    out = Path(out)
    _empty(out)
    w = Plan(out, items, seed).build()
    return {"items": w.items, "files": w.files}


def generate_small(out: Path | str, seed: int = 1) -> dict[str, int]:
    """A small plan of a dozen goals: 4 strategic, 4 department and 4 operational."""
    out = Path(out)
    _empty(out)
    rng = random.Random(seed)
    w = Writer(out)
    dept = Department("Verkoop Utrecht", "verkoop-utrecht", "VKUTR", "Verkoop")
    write_settings(w, [dept])
    write_mission(w)
    entries = []
    levels = (("strategisch", "SD", "mission"), ("afdeling", "AD", "SD"))
    levels += (("operationeel", "OD", "AD"),)
    for level, prefix, parent_prefix in levels:
        for n, perspective in enumerate(PERSPECTIVES, 1):
            first, second = two_metrics(rng, PERSPECTIVE_METRICS[perspective], "Utrecht")
            parent = "mission" if parent_prefix == "mission" else f"{parent_prefix}-{n}"
            entries += [
                f"  - id: {prefix}-{n}",
                f"    level: {level}",
                f"    parent: {parent}",
                f"    title: {q(first.title)}",
                f"    perspective: {perspective}",
                *([f"    unit: {q(dept.name)}"] if level != "strategisch" else []),
                "    owner: Directie",
                *measures_yaml(rng, first, second, "    "),
            ]
    w.write("goals.yaml", ["kind: goals", "goals:", *entries], 12)
    return {"items": w.items, "files": w.files}


def _empty(out: Path) -> None:
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a folder")
        if any(out.iterdir()) and not (out / "prestatie.yaml").is_file():
            raise SystemExit(f"{out} is not empty and holds no plan; refusing to overwrite it")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--items", type=int, help=f"about how many items (at least {MIN_ITEMS})")
    size.add_argument("--small", action="store_true", help="a plan of a dozen goals")
    parser.add_argument("--out", required=True, help="the plan folder to write (replaced)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.small:
        counts = generate_small(args.out, args.seed)
    else:
        try:
            counts = generate(args.out, args.items, args.seed)
        except ValueError as exc:
            parser.error(str(exc))
    size_mb = sum(
        os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(args.out) for f in fs
    ) / (1024 * 1024)
    print(f"{args.out}: {counts['items']} items in {counts['files']} files, {size_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
