"""The catalogue of validation rules: what each rule checks, why, and how to fix it.

Every finding that ``prestatie validate`` reports carries one of the codes below.
``prestatie explain CODE`` prints the rule's texts in Dutch or English, and reporters
(SARIF, JSON, Markdown) take their rule descriptions from here, so this module is
the single source for rule codes, default severities and default parameters.

Severities are ``error``, ``warning`` and ``info``. A plan can change the severity
of any rule, switch it off, or set its parameters under ``rules:`` in
``prestatie.yaml``::

    rules:
      smart/no-owner: error                     # severity only
      smart/vague: off                          # switch the rule off
      cascade/unit: {exempt_levels: [project]}  # parameters
      ref/unknown-theme: {severity: error}      # the long form

A single item silences a rule for itself with ``ignore: [smart/vague]``.

Conventions for the texts:

- ``title`` is one line; ``checks`` and ``why`` are one paragraph each.
- ``fix`` may hold several paragraphs separated by blank lines. Lines indented by
  four spaces are a literal YAML example and are printed as written (they also
  render as a code block in Markdown).
- ``params`` are read-only defaults; sequences in them are tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = [
    "RULES",
    "SEVERITIES",
    "VAGUE_WORDS",
    "Rule",
    "Text",
    "families",
    "get",
]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

# Families in the order a plan is checked: reading, structure, references, the
# cascade, then the content of each item. Families not listed sort after these.
_FAMILY_ORDER: tuple[str, ...] = (
    "file",
    "yaml",
    "schema",
    "ref",
    "cascade",
    "smart",
    "measure",
    "okr",
    "ogsm",
    "bsc",
    "balance",
    "people",
    "swot",
    "config",
)


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text in English and Dutch."""

    en: str
    nl: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` (``nl`` or ``en``); English for any other value."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Rule:
    """One validation rule with its default severity and parameters."""

    code: str
    severity: str
    title: Text
    checks: Text
    why: Text
    fix: Text
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        family, sep, name = self.code.partition("/")
        if not (family and sep and name):
            raise ValueError(f"rule code {self.code!r} is not of the form family/name")
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.code}: unknown severity {self.severity!r}")
        for text in (self.title.en, self.title.nl):
            if not text or "\n" in text:
                raise ValueError(f"rule {self.code}: title must be one non-empty line")
        # Freeze the defaults so that no caller can change them for everyone else.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def family(self) -> str:
        """The part of the code before the slash, e.g. ``cascade``."""
        return self.code.partition("/")[0]


def _doc(text: str) -> str:
    """Tidy a triple-quoted text written in the source.

    Prose lines are joined into one line per paragraph, so that the terminal can
    wrap them; lines indented by four spaces (YAML examples) and blank lines are
    kept as written.
    """
    lines = text.expandtabs().splitlines()
    indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    out: list[str] = []
    prose: list[str] = []
    for raw in [*lines, ""]:
        line = raw[indent:]
        if line.strip() and not line.startswith("    "):
            prose.append(line.strip())
            continue
        if prose:
            out.append(" ".join(prose))
            prose = []
        out.append(line.rstrip())
    return "\n".join(out).strip("\n")


def _t(en: str, nl: str) -> Text:
    return Text(en=_doc(en), nl=_doc(nl))


_ALL: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ file/
    Rule(
        code="file/unreadable",
        severity="error",
        title=_t("The file cannot be read", "Het bestand kan niet worden gelezen"),
        checks=_t(
            """
            Reports a plan file that cannot be opened or read at all, with the reason
            the operating system gives: no permission, a broken symbolic link, or a file
            that disappeared while the plan was being read. The other plan files are
            still checked.
            """,
            """
            Meldt een planbestand dat helemaal niet te openen of te lezen is, met de
            reden die het besturingssysteem geeft: geen leesrechten, een verbroken
            symbolische koppeling, of een bestand dat verdween terwijl het plan werd
            ingelezen. De overige planbestanden worden gewoon gecontroleerd.
            """,
        ),
        why=_t(
            """
            A file that is skipped silently leaves a hole in the plan: its goals are
            missing from the cascade, the balance analysis and the reports, and nobody
            notices until the numbers do not add up.
            """,
            """
            Een bestand dat stilzwijgend wordt overgeslagen, laat een gat in het plan
            achter: de doelstellingen erin ontbreken in de cascade, de balansanalyse en
            de rapportage, en niemand merkt het tot de cijfers niet kloppen.
            """,
        ),
        fix=_t(
            """
            Check the file's permissions and that it still exists; repair or remove a
            broken link. A file that is not part of the plan can be left out in
            prestatie.yaml:

                exclude: ["archief/**"]
            """,
            """
            Controleer de rechten op het bestand en of het nog bestaat; herstel of
            verwijder een verbroken koppeling. Een bestand dat niet bij het plan hoort,
            sluit je uit in prestatie.yaml:

                exclude: ["archief/**"]
            """,
        ),
    ),
    # ------------------------------------------------------------------ yaml/
    Rule(
        code="yaml/syntax",
        severity="error",
        title=_t("The file is not valid YAML", "Het bestand is geen geldige YAML"),
        checks=_t(
            """
            The file is read with a safe YAML parser. When the parser stops, the finding
            gives the line and column where it stopped and what it expected there. The
            other plan files are still checked; the items in this file are missing from
            the plan until the error is fixed, which can cause follow-up findings
            elsewhere (ref/unknown-parent, for example).
            """,
            """
            Het bestand wordt ingelezen met een veilige YAML-parser. Loopt de parser
            vast, dan geeft de bevinding de regel en kolom waar dat gebeurde en wat daar
            werd verwacht. De overige planbestanden worden gewoon gecontroleerd; de
            onderdelen uit dit bestand ontbreken zolang de fout erin zit, wat elders tot
            vervolgmeldingen kan leiden (bijvoorbeeld ref/unknown-parent).
            """,
        ),
        why=_t(
            """
            A plan that cannot be read cannot be checked or reported on. Finding the
            error at its exact position in CI is quicker than discovering in the
            management meeting that half a department is missing from the handout.
            """,
            """
            Een plan dat niet te lezen is, valt niet te toetsen en niet te rapporteren.
            De fout op de exacte plek vinden in de CI-pijplijn is sneller dan in het
            MT-overleg ontdekken dat de helft van een afdeling in de hand-out ontbreekt.
            """,
        ),
        fix=_t(
            """
            Go to the line and column given. Common causes: a tab used for indentation,
            a colon inside an unquoted title, a quote or bracket that is never closed,
            or list items that are indented unevenly. Put text that contains a colon, or
            starts with a special character, in quotes:

                title: "Omzet zakelijke markt: groei naar 1,38 mln"
            """,
            """
            Ga naar de genoemde regel en kolom. Veelvoorkomende oorzaken: een tab als
            inspringing, een dubbele punt in een titel zonder aanhalingstekens, een
            aanhalingsteken of haakje dat niet wordt gesloten, of lijstitems die
            ongelijk inspringen. Zet tekst met een dubbele punt, of tekst die met een
            bijzonder teken begint, tussen aanhalingstekens:

                title: "Omzet zakelijke markt: groei naar 1,38 mln"
            """,
        ),
    ),
    Rule(
        code="yaml/duplicate-key",
        severity="error",
        title=_t(
            "A key occurs twice in the same mapping",
            "Een sleutel komt twee keer voor in dezelfde mapping",
        ),
        checks=_t(
            """
            Within one mapping (one goal, one measure, one settings block) every key may
            occur only once. Many YAML readers silently keep the last value; prestatie
            reports the second occurrence, names the line of the first and goes on with
            the first value.
            """,
            """
            Binnen één mapping (één doelstelling, één meetpunt, één blok instellingen)
            mag elke sleutel maar één keer voorkomen. Veel YAML-lezers houden
            stilzwijgend de laatste waarde aan; prestatie meldt de tweede, noemt de
            regel van de eerste en rekent verder met de eerste waarde.
            """,
        ),
        why=_t(
            """
            A duplicated key is almost always a copy-paste slip or a badly resolved
            merge conflict, such as two `target:` lines after a pull request. When one
            value is kept silently, the plan says something other than what the reviewer
            read and approved.
            """,
            """
            Een dubbele sleutel is bijna altijd een kopieerfout of een slecht opgelost
            mergeconflict, zoals twee regels `target:` na een pull request. Blijft er
            stilzwijgend één waarde over, dan zegt het plan iets anders dan wat de
            reviewer heeft gelezen en goedgekeurd.
            """,
        ),
        fix=_t(
            """
            Keep one of the two keys and delete the other; check which value is the one
            that was agreed.

                measures:
                  - id: omzet-b2b
                    baseline: 1200000
                    target: 1380000     # one target only
            """,
            """
            Houd één van beide sleutels over en verwijder de andere; ga na welke waarde
            de afgesproken waarde is.

                measures:
                  - id: omzet-b2b
                    baseline: 1200000
                    target: 1380000     # maar één target
            """,
        ),
    ),
    Rule(
        code="yaml/unknown-tag",
        severity="error",
        title=_t(
            "The file uses a YAML tag that prestatie does not accept",
            "Het bestand gebruikt een YAML-tag die prestatie niet accepteert",
        ),
        checks=_t(
            """
            Reports every tag that is not one of YAML's standard tags, such as
            `!!python/object/apply` or a home-made `!ref` or `!include`, with its
            position. The value is read as plain data; prestatie never constructs an
            object from a tag or acts on it.
            """,
            """
            Meldt elke tag die niet bij de standaardtags van YAML hoort, zoals
            `!!python/object/apply` of een zelfbedachte `!ref` of `!include`, met de
            plek waar hij staat. De waarde wordt als gewone gegevens gelezen; prestatie
            bouwt nooit een object op uit een tag en voert er niets mee uit.
            """,
        ),
        why=_t(
            """
            Tags that construct objects are the classic way to make a YAML file run code
            on the machine that reads it. Plan files live in a repository that many
            people can change, and CI validates every pull request, so safe loading is
            not optional.
            """,
            """
            Tags die objecten opbouwen zijn de klassieke manier om een YAML-bestand code
            te laten uitvoeren op de machine die het inleest. Planbestanden staan in een
            repository waarin veel mensen schrijven, en de CI-pijplijn valideert elke
            pull request; veilig inlezen is dus geen keuze maar een vereiste.
            """,
        ),
        fix=_t(
            """
            Remove the tag and write the value as plain YAML; a value in quotes is
            always text. There is no `!include` either: every YAML file below the plan
            root is read anyway, and goals in other files are linked by id.

                parent: SD-1           # not: parent: !ref SD-1
                id: "0142"             # quoted, so the leading zero stays
            """,
            """
            Haal de tag weg en schrijf de waarde als gewone YAML; een waarde tussen
            aanhalingstekens is altijd tekst. Een `!include` is ook niet nodig: elk
            YAML-bestand onder de hoofdmap van het plan wordt toch gelezen, en
            doelstellingen in andere bestanden koppel je via hun id.

                parent: SD-1           # niet: parent: !ref SD-1
                id: "0142"             # tussen aanhalingstekens, zodat de voorloopnul blijft
            """,
        ),
    ),
    Rule(
        code="yaml/alias",
        severity="error",
        title=_t(
            "An alias expands too far or refers to itself",
            "Een alias dijt te ver uit of verwijst naar zichzelf",
        ),
        checks=_t(
            """
            Anchors (`&name`) and aliases (`*name`) are allowed, but the loader counts
            the values they repeat and stops reading the document when the total passes
            a safe bound (10,000 repeated values). An alias that refers to the node it
            sits in, directly or through another alias, is reported as well.
            """,
            """
            Ankers (`&naam`) en aliassen (`*naam`) zijn toegestaan, maar de lader telt
            hoeveel waarden ze herhalen en stopt met het document zodra het totaal een
            veilige grens overschrijdt (10.000 herhaalde waarden). Een alias die
            verwijst naar het knooppunt waarin hij zelf staat, direct of via een andere
            alias, wordt ook gemeld.
            """,
        ),
        why=_t(
            """
            A few lines of nested aliases can expand to billions of values (the 'billion
            laughs' attack) and exhaust the memory of a CI runner or a colleague's
            laptop. A self-referring alias creates a structure without an end, which no
            report can print.
            """,
            """
            Een paar regels geneste aliassen kunnen uitdijen tot miljarden waarden (de
            'billion laughs'-aanval) en zo het geheugen van een CI-runner of de laptop
            van een collega opmaken. Een alias die naar zichzelf verwijst levert een
            structuur zonder einde op, die geen rapport kan afdrukken.
            """,
        ),
        fix=_t(
            """
            Write the values out, or share common values through the `defaults` of a
            `goals` document instead of anchors:

                kind: goals
                defaults: {level: department, parent: SD-1, unit: Verkoop, period: 2026}
                goals:
                  - {id: AD-VERKOOP-1, title: 40 nieuwe zakelijke klanten in Utrecht}
                  - {id: AD-VERKOOP-2, title: Herhaalorders zakelijk naar 70 %}
            """,
            """
            Schrijf de waarden uit, of deel gemeenschappelijke waarden via de `defaults`
            van een `goals`-document in plaats van met ankers:

                kind: goals
                defaults: {level: department, parent: SD-1, unit: Verkoop, period: 2026}
                goals:
                  - {id: AD-VERKOOP-1, title: 40 nieuwe zakelijke klanten in Utrecht}
                  - {id: AD-VERKOOP-2, title: Herhaalorders zakelijk naar 70 %}
            """,
        ),
    ),
    Rule(
        code="yaml/too-deep",
        severity="error",
        title=_t(
            "The structure is nested deeper than allowed",
            "De structuur is dieper genest dan toegestaan",
        ),
        checks=_t(
            """
            Counts how deeply mappings and lists are nested inside one document and
            reports the first place where the depth exceeds `max_depth` (100 levels);
            the rest of that document is not read. A real plan needs about ten levels at
            most.
            """,
            """
            Telt hoe diep mappings en lijsten binnen één document in elkaar zijn genest
            en meldt de eerste plek waar de diepte boven `max_depth` uitkomt (100
            niveaus); de rest van dat document wordt niet gelezen. Een echt plan heeft
            er hooguit een stuk of tien nodig.
            """,
        ),
        why=_t(
            """
            Nesting this deep never comes from a real performance plan; it comes from a
            generated or hostile file, and it can bring down software that reads YAML
            recursively. Stopping at a sensible depth keeps validation predictable for
            every file in the repository.
            """,
            """
            Zo diepe nesting komt nooit uit een echt prestatieplan, maar uit een
            gegenereerd of kwaadwillig bestand, en kan software die YAML recursief
            inleest laten vastlopen. Door bij een redelijke diepte te stoppen blijft de
            validatie voor elk bestand in de repository voorspelbaar.
            """,
        ),
        fix=_t(
            """
            Flatten the structure: link goals with `parent:` instead of nesting them
            inside each other, and give each goal its own list item or file. If a tool
            generated the file, fix the generator rather than the limit.

                kind: goal
                id: OD-BINNENDIENST-1
                parent: AD-VERKOOP-1     # a link, not a goal nested inside AD-VERKOOP-1
            """,
            """
            Maak de structuur platter: koppel doelstellingen met `parent:` in plaats van
            ze in elkaar te nesten, en geef elke doelstelling een eigen lijstitem of
            bestand. Komt het bestand uit een ander programma, pas dan dat programma aan
            en niet de grens.

                kind: goal
                id: OD-BINNENDIENST-1
                parent: AD-VERKOOP-1     # een verwijzing, niet genest in AD-VERKOOP-1
            """,
        ),
        params={"max_depth": 100},
    ),
    Rule(
        code="yaml/encoding",
        severity="error",
        title=_t(
            "The file is not UTF-8 or UTF-16 text",
            "Het bestand is geen UTF-8- of UTF-16-tekst",
        ),
        checks=_t(
            """
            Plan files must be encoded as UTF-8 (with or without a byte-order mark) or
            UTF-16. A file in another encoding, such as Windows-1252 from an older Excel
            export, or a binary file with a .yaml name, is reported with the position of
            the first byte that cannot be read.
            """,
            """
            Planbestanden moeten gecodeerd zijn als UTF-8 (met of zonder byte-order
            mark) of UTF-16. Een bestand in een andere codering, zoals Windows-1252 uit
            een oudere Excel-export, of een binair bestand met een .yaml-naam, wordt
            gemeld met de positie van de eerste byte die niet te lezen is.
            """,
        ),
        why=_t(
            """
            Titles and names in Dutch plans contain characters such as ë, é and €. In
            the wrong encoding they turn into garbage in reports, or change unnoticed
            when someone else saves the file. YAML itself allows only UTF-8 and UTF-16.
            """,
            """
            Titels en namen in Nederlandse plannen bevatten tekens als ë, é en €. In een
            verkeerde codering worden dat onleesbare tekens in rapporten, of veranderen
            ze ongemerkt als iemand anders het bestand opslaat. YAML zelf staat alleen
            UTF-8 en UTF-16 toe.
            """,
        ),
        fix=_t(
            """
            Save the file as UTF-8 in your editor (in VS Code: 'Save with Encoding',
            then UTF-8), or convert it on the command line:

                iconv -f WINDOWS-1252 -t UTF-8 doelen.yaml > doelen-utf8.yaml
            """,
            """
            Sla het bestand in de editor op als UTF-8 (in VS Code: 'Save with Encoding',
            dan UTF-8), of zet het om op de opdrachtregel:

                iconv -f WINDOWS-1252 -t UTF-8 doelen.yaml > doelen-utf8.yaml
            """,
        ),
    ),
    Rule(
        code="yaml/complex-key",
        severity="error",
        title=_t(
            "A mapping or list is used as a key",
            "Een mapping of lijst wordt als sleutel gebruikt",
        ),
        checks=_t(
            """
            Keys must be plain values: text, or a number used as an id. A key that is a
            mapping or a list, for example written with the explicit-key syntax `? [S1,
            O1]`, is reported.
            """,
            """
            Sleutels moeten enkelvoudige waarden zijn: tekst, of een getal als id. Een
            sleutel die een mapping of lijst is, bijvoorbeeld geschreven met de syntaxis
            `? [S1, O1]`, wordt gemeld.
            """,
        ),
        why=_t(
            """
            No part of the plan format uses composite keys, and most tools that handle
            the plan (JSON export, spreadsheets, editors) cannot represent them. Such a
            key is nearly always a typing mistake or a file that was not written for
            prestatie.
            """,
            """
            Geen enkel onderdeel van het planformaat gebruikt samengestelde sleutels, en
            de meeste programma's die het plan verwerken (JSON-export, spreadsheets,
            editors) kunnen ze niet weergeven. Zo'n sleutel is bijna altijd een tikfout
            of een bestand dat niet voor prestatie is geschreven.
            """,
        ),
        fix=_t(
            """
            Use a plain key. For pairs, as in the SWOT confrontation matrix, nest one
            mapping inside the other:

                confrontation:
                  S1: {O1: 2, T1: 1}
                  W1: {O1: -1}
            """,
            """
            Gebruik een gewone sleutel. Voor paren, zoals in de confrontatiematrix van
            de SWOT, zet je de ene mapping in de andere:

                confrontation:
                  S1: {O1: 2, T1: 1}
                  W1: {O1: -1}
            """,
        ),
    ),
    Rule(
        code="yaml/empty",
        severity="info",
        title=_t("The file or document is empty", "Het bestand of document is leeg"),
        checks=_t(
            """
            Reports a plan file that holds nothing, or only comments, and an empty
            document between two `---` separators. Nothing else is checked for it.
            """,
            """
            Meldt een planbestand zonder inhoud of met alleen commentaar, en een leeg
            document tussen twee `---`-scheidingstekens. Verder wordt er niets aan
            gecontroleerd.
            """,
        ),
        why=_t(
            """
            An empty file is usually left over from `prestatie new` or from a half-done
            split of a large file. It does no harm, which is why this is information
            only, but it clutters the repository and can hide that content was lost.
            """,
            """
            Een leeg bestand is meestal een restant van `prestatie new` of van een half
            afgemaakte opsplitsing van een groot bestand. Het kan geen kwaad, daarom is
            dit alleen informatie, maar het vervuilt de repository en kan verbergen dat
            er inhoud verloren is gegaan.
            """,
        ),
        fix=_t(
            """
            Delete the file, fill it in, or remove the stray `---`. To keep drafts in
            the plan folder on purpose, exclude them in prestatie.yaml:

                exclude: ["concept/**"]
            """,
            """
            Verwijder het bestand, vul het, of haal de overbodige `---` weg. Wil je
            concepten bewust in de planmap bewaren, sluit ze dan uit in prestatie.yaml:

                exclude: ["concept/**"]
            """,
        ),
    ),
    # ---------------------------------------------------------------- schema/
    Rule(
        code="schema/invalid",
        severity="error",
        title=_t(
            "The document does not match the schema for its kind",
            "Het document voldoet niet aan het schema voor zijn soort",
        ),
        checks=_t(
            """
            Every document is checked against the JSON Schema of its `kind` (see
            `prestatie schema`): required keys such as `id`, `level` and `title` on a
            goal, the type of every value, fixed values such as `level` and `direction`
            (Dutch aliases accepted), and the notation of dates (`2026-06-30`) and
            periods (`2026`, `2026-Q1`, `2026-03`, `{start, end}`). The finding points
            at the key or value that is wrong and says what was expected.
            """,
            """
            Elk document wordt getoetst aan het JSON Schema van zijn `kind` (zie
            `prestatie schema`): verplichte sleutels zoals `id`, `level` en `title` bij
            een doelstelling, het type van elke waarde, vaste waarden zoals `level` en
            `direction` (Nederlandse aliassen mogen), en de notatie van datums
            (`2026-06-30`) en perioden (`2026`, `2026-Q1`, `2026-03`, `{start, end}`).
            De bevinding wijst naar de sleutel of waarde die niet klopt en zegt wat er
            werd verwacht.
            """,
        ),
        why=_t(
            """
            Every other check, the reports and the balance analysis rely on a plan with
            a predictable structure. A target written as text ('1,38 mln') or a period
            such as 'Q1 2026' cannot be compared or rolled up, so it is better stopped
            at the door than reported wrongly in the management meeting.
            """,
            """
            Alle andere controles, de rapportages en de balansanalyse gaan uit van een
            plan met een voorspelbare opbouw. Een streefwaarde als tekst ('1,38 mln') of
            een periode als 'Q1 2026' valt niet te vergelijken of op te tellen; die houd
            je liever aan de poort tegen dan dat ze verkeerd in het MT-overleg belandt.
            """,
        ),
        fix=_t(
            """
            Correct the value at the position given. Write numbers without units,
            thousands separators or a decimal comma (`1_380_000` is allowed), and give
            the unit its own key:

                target: 1380000     # not: 1,38 mln
                unit: EUR
                baseline: 7.1       # not: 7,1
                period: 2026-Q1     # not: Q1 2026

            Editors that read the `# yaml-language-server: $schema=...` line in files
            made by `prestatie new` show these errors while you type.
            """,
            """
            Verbeter de waarde op de genoemde plek. Schrijf getallen zonder eenheid,
            zonder punten voor duizendtallen en met een decimale punt in plaats van een
            komma (`1_380_000` mag wel), en geef de eenheid een eigen sleutel:

                target: 1380000     # niet: 1,38 mln
                unit: EUR
                baseline: 7.1       # niet: 7,1
                period: 2026-Q1     # niet: Q1 2026

            Editors die de regel `# yaml-language-server: $schema=...` lezen in
            bestanden van `prestatie new`, tonen deze fouten al tijdens het typen.
            """,
        ),
    ),
    Rule(
        code="schema/unknown-key",
        severity="error",
        title=_t(
            "The document contains a key the format does not know",
            "Het document bevat een sleutel die het formaat niet kent",
        ),
        checks=_t(
            """
            Reports every key that is not part of the schema for that kind of document
            or object, with the closest known key as a suggestion ('did you mean
            `baseline`?'). Keys that start with `x-` are your own extensions and are
            always allowed.
            """,
            """
            Meldt elke sleutel die niet in het schema voor dat soort document of object
            staat, met de best passende bekende sleutel als suggestie ('bedoelde je
            `baseline`?'). Sleutels die met `x-` beginnen zijn eigen uitbreidingen en
            altijd toegestaan.
            """,
        ),
        why=_t(
            """
            A misspelt key is worse than a missing one: `basline: 40` passes review
            unnoticed, yet the measure has no baseline, so progress and the SMART checks
            quietly go wrong. Rejecting unknown keys makes every typo visible at once.
            """,
            """
            Een verkeerd gespelde sleutel is erger dan een ontbrekende: `basline: 40`
            valt bij een review niet op, maar het meetpunt heeft dan geen nulmeting,
            zodat de voortgang en de SMART-controles ongemerkt niet kloppen. Door
            onbekende sleutels af te wijzen valt elke tikfout meteen op.
            """,
        ),
        fix=_t(
            """
            Rename the key to the suggestion. Information of your own that prestatie
            should leave alone gets the prefix `x-`:

                baseline: 40          # was: basline
                x-budgetcode: 4410    # own field, ignored by prestatie
            """,
            """
            Hernoem de sleutel naar de suggestie. Eigen informatie waar prestatie niets
            mee moet doen, krijgt het voorvoegsel `x-`:

                baseline: 40          # was: basline
                x-budgetcode: 4410    # eigen veld, genegeerd door prestatie
            """,
        ),
    ),
    Rule(
        code="schema/unknown-kind",
        severity="error",
        title=_t(
            "The document has no kind or an unknown kind",
            "Het document heeft geen of een onbekende kind",
        ),
        checks=_t(
            """
            Every document must be a mapping with a `kind`: plan, mission, analysis,
            goal, goals, okr, ogsm, scorecard, person or reward-policy. A document
            without `kind`, with a value that is none of these (the closest is
            suggested), or that is not a mapping at all, is reported and not checked
            further.
            """,
            """
            Elk document moet een mapping zijn met een `kind`: plan, mission, analysis,
            goal, goals, okr, ogsm, scorecard, person of reward-policy. Een document
            zonder `kind`, met een waarde die geen van deze is (de best passende wordt
            voorgesteld), of dat helemaal geen mapping is, wordt gemeld en verder niet
            gecontroleerd.
            """,
        ),
        why=_t(
            """
            The kind decides which schema and rules apply and where the item appears in
            reports. Without it, prestatie cannot tell an objective from an appraisal,
            and the item would silently drop out of the plan.
            """,
            """
            De `kind` bepaalt welk schema en welke regels gelden en waar het onderdeel
            in de rapportage verschijnt. Zonder `kind` kan prestatie een doelstelling
            niet onderscheiden van een beoordeling, en zou het onderdeel ongemerkt uit
            het plan vallen.
            """,
        ),
        fix=_t(
            """
            Put the right `kind` at the top of the document:

                kind: goal
                id: SD-1

            A YAML file in the plan folder that does not belong to the plan (a
            docker-compose.yaml, say) can be left out with `exclude:` in prestatie.yaml.
            """,
            """
            Zet de juiste `kind` bovenaan het document:

                kind: goal
                id: SD-1

            Een YAML-bestand in de planmap dat niet bij het plan hoort (bijvoorbeeld een
            docker-compose.yaml) sluit je uit met `exclude:` in prestatie.yaml.
            """,
        ),
    ),
    # ------------------------------------------------------------------- ref/
    Rule(
        code="ref/unknown-parent",
        severity="error",
        title=_t(
            "The parent does not exist in the plan",
            "De bovenliggende doelstelling bestaat niet in het plan",
        ),
        checks=_t(
            """
            Looks up the `parent` of every goal (personal goals included), OKR and OGSM
            among all ids in the plan: `mission`, a goal, an OKR key result
            (`OKR-X/KR1`) or an OGSM strategy (`OGSM-2026/S2`). When nothing matches,
            the finding suggests the closest existing ids. `parent: mission` needs a
            `kind: mission` document in the plan.
            """,
            """
            Zoekt de `parent` van elke doelstelling (ook persoonlijke), OKR en OGSM op
            tussen alle ids in het plan: `mission`, een doelstelling, een key result van
            een OKR (`OKR-X/KR1`) of een strategie uit een OGSM (`OGSM-2026/S2`). Komt
            niets overeen, dan stelt de bevinding de best passende bestaande ids voor.
            Voor `parent: mission` moet het plan een document met `kind: mission`
            hebben.
            """,
        ),
        why=_t(
            """
            The parent link is the cascade: it is how a department objective shows which
            strategic objective it serves. A link that leads nowhere cuts the goal, and
            everything below it, off from the strategy. It usually means a goal was
            renamed or removed in another file.
            """,
            """
            De `parent`-verwijzing is de cascade: zo laat een afdelingsdoelstelling zien
            aan welke strategische doelstelling zij bijdraagt. Een verwijzing die
            nergens heen leidt, knipt de doelstelling en alles daaronder los van de
            strategie. Meestal is er in een ander bestand een doelstelling hernoemd of
            verwijderd.
            """,
        ),
        fix=_t(
            """
            Correct the id to an existing one (upper and lower case matter), or restore
            the goal that was removed:

                parent: SD-1          # was: SD1
            """,
            """
            Verbeter de id naar een bestaande (hoofdletters en kleine letters tellen),
            of zet de verwijderde doelstelling terug:

                parent: SD-1          # was: SD1
            """,
        ),
    ),
    Rule(
        code="ref/duplicate-id",
        severity="error",
        title=_t("The same id is used twice", "Dezelfde id wordt twee keer gebruikt"),
        checks=_t(
            """
            Every item that can be referred to must have an id that is unique in the
            whole plan, across all files. The finding names both places, with file and
            line. Items inside another item are known by their full name `PARENT/CHILD`,
            so `KR1` may occur in several OKRs.
            """,
            """
            Elk onderdeel waarnaar verwezen kan worden, moet een id hebben die uniek is
            in het hele plan, over alle bestanden heen. De bevinding noemt beide
            plekken, met bestand en regel. Onderdelen binnen een ander onderdeel heten
            voluit `OUDER/KIND`, zodat `KR1` in meerdere OKR's mag voorkomen.
            """,
        ),
        why=_t(
            """
            With two items under one id every reference to it is ambiguous: progress can
            roll up into the wrong objective and reports show the wrong title. It
            typically happens when one department's file is copied as the starting point
            for another.
            """,
            """
            Met twee onderdelen onder één id is elke verwijzing ernaar dubbelzinnig:
            voortgang kan in de verkeerde doelstelling worden opgeteld en rapporten
            tonen de verkeerde titel. Het gebeurt meestal als het bestand van de ene
            afdeling is gekopieerd als basis voor een andere.
            """,
        ),
        fix=_t(
            """
            Give one of the two a new id and update the references to it. A naming
            scheme per level and unit prevents clashes:

                id: AD-INKOOP-1       # was: AD-VERKOOP-1, copied from verkoop.yaml
            """,
            """
            Geef een van beide een nieuwe id en pas de verwijzingen ernaar aan. Een
            vaste naamgeving per niveau en afdeling voorkomt botsingen:

                id: AD-INKOOP-1       # was: AD-VERKOOP-1, gekopieerd uit verkoop.yaml
            """,
        ),
    ),
    Rule(
        code="ref/unknown-perspective",
        severity="error",
        title=_t(
            "The perspective is not one of the plan's perspectives",
            "Het perspectief hoort niet bij de perspectieven van het plan",
        ),
        checks=_t(
            """
            Compares the `perspective` of every goal with the plan's perspective set
            (`perspectives:` in prestatie.yaml; by default Kaplan and Norton's
            financial, customer, process and learning). Aliases such as `klant` or
            `financieel` are recognised. Unknown values are reported with the closest
            match.
            """,
            """
            Vergelijkt het `perspective` van elke doelstelling met de perspectieven van
            het plan (`perspectives:` in prestatie.yaml; standaard die van Kaplan en
            Norton: financial, customer, process en learning). Aliassen zoals `klant` of
            `financieel` worden herkend. Onbekende waarden worden gemeld met de best
            passende suggestie.
            """,
        ),
        why=_t(
            """
            The balance analysis counts objectives, measures and weight per perspective.
            An objective under an unknown perspective falls outside every share and bar,
            so the plan looks more one-sided, or more balanced, than it really is.
            """,
            """
            De balansanalyse telt doelstellingen, meetpunten en gewicht per perspectief.
            Een doelstelling onder een onbekend perspectief valt buiten elk aandeel en
            elke staaf, waardoor het plan eenzijdiger, of juist evenwichtiger, lijkt dan
            het is.
            """,
        ),
        fix=_t(
            """
            Use one of the plan's perspectives:

                perspective: customer      # or the Dutch alias: klant

            If the organisation really works with another perspective, such as societal
            results in the public sector, choose a built-in set that has it
            (`perspectives: nederlands` or `publieke-sector`) or define your own list
            under `perspectives:` in prestatie.yaml.
            """,
            """
            Gebruik een van de perspectieven van het plan:

                perspective: customer      # of de Nederlandse alias: klant

            Werkt de organisatie echt met een ander perspectief, zoals maatschappelijke
            prestaties in de publieke sector, kies dan een ingebouwde set die het heeft
            (`perspectives: nederlands` of `publieke-sector`) of leg een eigen lijst
            vast onder `perspectives:` in prestatie.yaml.
            """,
        ),
    ),
    Rule(
        code="ref/unknown-person",
        severity="error",
        title=_t(
            "The person id does not match any person file",
            "De persoons-id hoort bij geen enkel persoonsbestand",
        ),
        checks=_t(
            """
            Checks that ids pointing at employees, such as `manager` in a person file,
            belong to a `kind: person` document in the plan. Unknown ids are reported
            with the closest existing ids. Owners in free text, such as `owner:
            Directie`, are not checked.
            """,
            """
            Controleert of ids die naar medewerkers verwijzen, zoals `manager` in een
            persoonsbestand, horen bij een document met `kind: person` in het plan.
            Onbekende ids worden gemeld met de best passende bestaande ids. Eigenaren in
            vrije tekst, zoals `owner: Directie`, worden niet gecontroleerd.
            """,
        ),
        why=_t(
            """
            The manager link settles who holds the interim review
            (functioneringsgesprek) and the appraisal (beoordelingsgesprek), and in
            whose team an employee's goals are counted. A link that leads nowhere
            usually means a person file was renamed, pseudonymised or removed after
            someone left.
            """,
            """
            Via de leidinggevende ligt vast wie het functioneringsgesprek en het
            beoordelingsgesprek voert, en in wiens team de doelstellingen van een
            medewerker meetellen. Een verwijzing die nergens heen leidt, betekent
            meestal dat een persoonsbestand is hernoemd, gepseudonimiseerd of na
            uitdiensttreding verwijderd.
            """,
        ),
        fix=_t(
            """
            Use the id of the existing person file, or add the missing person:

                manager: p-0007
            """,
            """
            Gebruik de id van het bestaande persoonsbestand, of voeg de ontbrekende
            medewerker toe:

                manager: p-0007
            """,
        ),
    ),
    Rule(
        code="ref/unknown-theme",
        severity="warning",
        title=_t(
            "The theme is not one of the mission's themes",
            "Het thema komt niet voor bij de thema's van de missie",
        ),
        checks=_t(
            """
            Compares the `theme` of a goal with the `themes` listed in the mission
            document. An unknown theme id is reported with the closest existing one.
            """,
            """
            Vergelijkt het `theme` van een doelstelling met de `themes` in het
            missiedocument. Een onbekende thema-id wordt gemeld met de best passende
            bestaande.
            """,
        ),
        why=_t(
            """
            Themes group the strategic objectives under the few spearheads the mission
            names, and reports are arranged by them. A goal with an unknown theme falls
            outside that grouping. It is a warning, not an error, because themes are an
            optional layer on top of the cascade.
            """,
            """
            Thema's groeperen de strategische doelstellingen onder de paar speerpunten
            die de missie noemt, en de rapportage is erop ingedeeld. Een doelstelling
            met een onbekend thema valt buiten die indeling. Het is een waarschuwing en
            geen fout, omdat thema's een optionele laag boven op de cascade zijn.
            """,
        ),
        fix=_t(
            """
            Use an id from the mission's `themes`, or add the theme there:

                # mission
                themes:
                  - {id: T-ZAKELIJK, title: Zakelijke markt}
                # goal
                theme: T-ZAKELIJK
            """,
            """
            Gebruik een id uit de `themes` van de missie, of voeg het thema daar toe:

                # missie
                themes:
                  - {id: T-ZAKELIJK, title: Zakelijke markt}
                # doelstelling
                theme: T-ZAKELIJK
            """,
        ),
    ),
    # --------------------------------------------------------------- cascade/
    Rule(
        code="cascade/level",
        severity="error",
        title=_t(
            "The parent is not on the level directly above",
            "De bovenliggende doelstelling staat niet op het niveau direct erboven",
        ),
        checks=_t(
            """
            Compares the `level` of each goal with the level of its parent, following
            the plan's `levels`. Strategic goals derive from `mission`, department goals
            from strategic goals, operational goals from department goals, function and
            project goals from operational goals, and personal goals from function or
            project goals. When a level is left out of `levels`, the level above takes
            its place, so an organisation without departments links operational goals
            straight to strategic ones. A goal on a level that `levels` does not
            include, or whose parent is not an objective (a scorecard or a person, say),
            is reported as well.
            """,
            """
            Vergelijkt het `level` van elke doelstelling met het niveau van haar
            `parent`, volgens de `levels` van het plan. Strategische doelstellingen zijn
            afgeleid van `mission`, afdelingsdoelstellingen van strategische,
            operationele van afdelingsdoelstellingen, functie- en projectdoelstellingen
            van operationele, en persoonlijke doelstellingen van functie- of
            projectdoelstellingen. Staat een niveau niet in `levels`, dan neemt het
            niveau erboven die plaats in: een organisatie zonder afdelingslaag koppelt
            operationele doelstellingen direct aan strategische. Ook een doelstelling op
            een niveau dat niet in `levels` staat, of met een `parent` die geen
            doelstelling is (zoals een scorecard of een medewerker), wordt gemeld.
            """,
        ),
        why=_t(
            """
            The performance alignment model (prestatieafstemmingsmodel) derives every
            objective from the one directly above it, so that each manager translates
            the layer above into the work of their own unit. Skipping a level, such as a
            personal goal hung directly under a strategic objective, bypasses the
            manager who carries the department objective and blurs roll-up and
            accountability.
            """,
            """
            In het prestatieafstemmingsmodel wordt elke doelstelling afgeleid van de
            doelstelling direct erboven, zodat elke leidinggevende de laag boven zich
            vertaalt naar het werk van de eigen eenheid. Een niveau overslaan, zoals een
            persoonlijke doelstelling direct onder een strategische, passeert de
            leidinggevende die de afdelingsdoelstelling draagt en maakt optelling en
            verantwoordelijkheid onduidelijk.
            """,
        ),
        fix=_t(
            """
            Link the goal to a parent on the level directly above, or correct its own
            `level`:

                id: OD-BINNENDIENST-2
                level: operational
                parent: AD-VERKOOP-1     # a department goal, not SD-1

            If the organisation has no department tier, remove `department` from
            `levels` in prestatie.yaml.
            """,
            """
            Koppel de doelstelling aan een `parent` op het niveau direct erboven, of
            verbeter haar eigen `level`:

                id: OD-BINNENDIENST-2
                level: operational
                parent: AD-VERKOOP-1     # een afdelingsdoelstelling, niet SD-1

            Heeft de organisatie geen afdelingslaag, haal `department` dan uit `levels`
            in prestatie.yaml.
            """,
        ),
    ),
    Rule(
        code="cascade/cycle",
        severity="error",
        title=_t(
            "Goals derive from each other in a circle",
            "Doelstellingen zijn in een kring van elkaar afgeleid",
        ),
        checks=_t(
            """
            Follows the `parent` links and reports a chain that returns to where it
            started, such as A → B → A, naming every item in the circle. Links through
            OKR key results and OGSM strategies count as well.
            """,
            """
            Volgt de `parent`-verwijzingen en meldt een keten die terugkomt waar hij
            begon, zoals A → B → A, met alle onderdelen in de kring. Koppelingen via key
            results van OKR's en strategieën van OGSM's tellen ook mee.
            """,
        ),
        why=_t(
            """
            A cascade runs one way, from the mission down. In a circle no goal traces
            back to the mission, progress can never be rolled up, and it is unclear who
            derives their objective from whom.
            """,
            """
            Een cascade loopt in één richting: vanuit de missie naar beneden. In een
            kring leidt geen enkele doelstelling terug naar de missie, kan de voortgang
            nooit worden opgeteld, en is onduidelijk wie zijn doelstelling van wie
            afleidt.
            """,
        ),
        fix=_t(
            """
            Decide which goal is the higher one and point the other's `parent` upwards,
            towards the mission:

                id: AD-VERKOOP-1
                parent: SD-1      # not OD-BINNENDIENST-2, which derives from AD-VERKOOP-1
            """,
            """
            Bepaal welke doelstelling de hogere is en laat de `parent` van de andere
            naar boven wijzen, richting de missie:

                id: AD-VERKOOP-1
                parent: SD-1      # niet OD-BINNENDIENST-2, die van AD-VERKOOP-1 is afgeleid
            """,
        ),
    ),
    Rule(
        code="cascade/not-cascaded",
        severity="warning",
        title=_t("Nothing derives from this goal", "Van deze doelstelling is niets afgeleid"),
        checks=_t(
            """
            Reports a goal that nothing in the plan (no goal, OKR or OGSM) names as its
            `parent`, but only when the level below it is in use somewhere in the plan.
            A strategic goal is reported once the plan has department goals (or goals on
            the next level down, if `levels` leaves departments out); an operational
            goal once there are function or project goals. Goals on the lowest level in
            use are never reported.
            """,
            """
            Meldt een doelstelling die nergens in het plan (door geen doelstelling, OKR
            of OGSM) als `parent` wordt genoemd, maar alleen als het niveau eronder
            ergens in het plan wordt gebruikt. Een strategische doelstelling wordt dus
            gemeld zodra het plan afdelingsdoelstellingen heeft (of doelstellingen op
            het eerstvolgende niveau als `levels` de afdelingen overslaat); een
            operationele zodra er functie- of projectdoelstellingen zijn. Doelstellingen
            op het laagste gebruikte niveau worden nooit gemeld.
            """,
        ),
        why=_t(
            """
            A goal that is not translated to the level below remains an intention at the
            top: nobody further down has it among their objectives, so nobody is
            measured on it. The performance alignment model only works when every
            objective is carried by the layer beneath. When the level below is not
            modelled at all, the plan simply stops there and nothing is reported.
            """,
            """
            Een doelstelling die niet naar het niveau eronder is vertaald, blijft een
            voornemen aan de top: niemand lager in de organisatie heeft haar in zijn
            doelstellingen, dus niemand wordt erop aangesproken. Het
            prestatieafstemmingsmodel werkt alleen als elke doelstelling door de laag
            eronder wordt gedragen. Is het niveau eronder helemaal niet uitgewerkt, dan
            houdt het plan daar gewoon op en volgt er geen melding.
            """,
        ),
        fix=_t(
            """
            Derive at least one goal on the level below from it:

                id: AD-VERKOOP-2
                level: department
                parent: SD-1

            When the goal is deliberately carried on this level alone, silence the rule
            on that goal:

                ignore: [cascade/not-cascaded]
            """,
            """
            Leid er ten minste één doelstelling op het niveau eronder van af:

                id: AD-VERKOOP-2
                level: department
                parent: SD-1

            Wordt de doelstelling bewust alleen op dit niveau gedragen, zet de regel dan
            voor die doelstelling uit:

                ignore: [cascade/not-cascaded]
            """,
        ),
    ),
    Rule(
        code="cascade/period",
        severity="warning",
        title=_t(
            "The period lies outside the parent's period",
            "De periode valt buiten die van de bovenliggende doelstelling",
        ),
        checks=_t(
            """
            Compares the period of each goal (its own `period`, or the one inherited
            from the `defaults` of a `goals` document or from prestatie.yaml) with the
            period of its parent. A child that starts before or ends after its parent's
            period is reported. Years, quarters (`2026-Q1`), months (`2026-03`) and
            `{start, end}` are compared as date ranges.
            """,
            """
            Vergelijkt de periode van elke doelstelling (de eigen `period`, of die uit
            de `defaults` van een `goals`-document of uit prestatie.yaml) met de periode
            van de `parent`. Begint de doelstelling eerder of eindigt zij later dan de
            bovenliggende periode, dan volgt een melding. Jaren, kwartalen (`2026-Q1`),
            maanden (`2026-03`) en `{start, end}` worden vergeleken als datumbereik.
            """,
        ),
        why=_t(
            """
            A department objective for 2027 cannot contribute to a strategic objective
            that ends in 2026: by the time it is achieved, the parent has already been
            evaluated. Mismatched periods typically appear when a plan is rolled over to
            a new year and only some of the files are updated.
            """,
            """
            Een afdelingsdoelstelling voor 2027 kan niet bijdragen aan een strategische
            doelstelling die in 2026 afloopt: tegen de tijd dat zij gehaald is, is de
            bovenliggende doelstelling al geëvalueerd. Scheve perioden duiken vaak op
            als een plan naar een nieuw jaar wordt doorgezet en maar een deel van de
            bestanden is bijgewerkt.
            """,
        ),
        fix=_t(
            """
            Bring the period within the parent's, or link the goal to the parent for the
            right period:

                parent: SD-1          # SD-1 has period: 2026
                period: 2026-Q2       # was: 2027-Q1
            """,
            """
            Breng de periode binnen die van de `parent`, of koppel de doelstelling aan
            de bovenliggende doelstelling voor de juiste periode:

                parent: SD-1          # SD-1 heeft period: 2026
                period: 2026-Q2       # was: 2027-Q1
            """,
        ),
    ),
    Rule(
        code="cascade/unit",
        severity="warning",
        title=_t(
            "The goal's unit does not follow its parent's unit",
            "De afdeling van de doelstelling sluit niet aan op die van de bovenliggende",
        ),
        checks=_t(
            """
            Department goals must name their unit (`unit: Verkoop`). A goal below them
            that names a unit stays in its parent's unit or in one of its sub-units,
            written with a slash (`Verkoop/Binnendienst`); a goal without `unit` counts
            as part of its parent's unit. When prestatie.yaml lists `units:`, every unit
            named must be one of them or a sub-unit of one. Levels in `exempt_levels`
            are not checked; by default that is `project`, because projects often cut
            across departments.
            """,
            """
            Afdelingsdoelstellingen moeten hun afdeling noemen (`unit: Verkoop`). Een
            doelstelling daaronder die een afdeling noemt, blijft in de afdeling van
            haar `parent` of in een onderdeel ervan, geschreven met een schuine streep
            (`Verkoop/Binnendienst`); een doelstelling zonder `unit` hoort bij de
            afdeling van haar `parent`. Staat er in prestatie.yaml een lijst `units:`,
            dan moet elke genoemde afdeling daarop staan of een onderdeel ervan zijn.
            Niveaus in `exempt_levels` worden niet gecontroleerd; standaard is dat
            `project`, omdat projecten vaak afdelingsoverstijgend zijn.
            """,
        ),
        why=_t(
            """
            The department line is the backbone of accountability: the head of a
            department answers for its objectives, and everything derived from them
            belongs to that department's teams. When a goal drifts into another unit,
            its owner does not report to the manager who is held to the parent, and
            nobody steers it.
            """,
            """
            De lijn door de afdeling is de ruggengraat van de verantwoording: het hoofd
            van een afdeling staat voor haar doelstellingen in, en alles wat daarvan is
            afgeleid, hoort bij de teams van die afdeling. Belandt een doelstelling in
            een andere afdeling, dan valt de eigenaar niet onder de leidinggevende die
            op de bovenliggende doelstelling wordt aangesproken, en stuurt niemand erop.
            """,
        ),
        fix=_t(
            """
            Give the department goal its unit and keep the goals below it in that unit
            or a sub-unit:

                id: OD-BINNENDIENST-1
                level: operational
                parent: AD-VERKOOP-1       # unit: Verkoop
                unit: Verkoop/Binnendienst

            To exempt more levels, for example function goals in a matrix organisation:

                rules:
                  cascade/unit: {exempt_levels: [project, function]}
            """,
            """
            Geef de afdelingsdoelstelling haar afdeling en houd de doelstellingen
            daaronder in die afdeling of een onderdeel ervan:

                id: OD-BINNENDIENST-1
                level: operational
                parent: AD-VERKOOP-1       # unit: Verkoop
                unit: Verkoop/Binnendienst

            Om meer niveaus uit te zonderen, bijvoorbeeld functiedoelstellingen in een
            matrixorganisatie:

                rules:
                  cascade/unit: {exempt_levels: [project, function]}
            """,
        ),
        params={"exempt_levels": ("project",)},
    ),
    Rule(
        code="cascade/line-of-sight",
        severity="error",
        title=_t(
            "The goal does not trace back to the mission",
            "De doelstelling leidt niet terug naar de missie",
        ),
        checks=_t(
            """
            Every goal must name the goal it derives from; a goal without `parent` is
            reported. For personal goals the whole chain is followed upwards, and a
            personal goal is reported when its chain stops short of `mission`: at a goal
            higher up without `parent`, at an unknown id or in a circle. The break
            itself is also reported where it occurs, by this rule, ref/unknown-parent or
            cascade/cycle.
            """,
            """
            Elke doelstelling moet noemen van welke doelstelling zij is afgeleid; een
            doelstelling zonder `parent` wordt gemeld. Bij persoonlijke doelstellingen
            wordt de hele keten naar boven gevolgd, en volgt een melding als die keten
            ophoudt voordat hij bij `mission` is: bij een hogere doelstelling zonder
            `parent`, bij een onbekende id of in een kring. De breuk zelf wordt ook
            gemeld waar hij zit, door deze regel, ref/unknown-parent of cascade/cycle.
            """,
        ),
        why=_t(
            """
            Line of sight is the point of the performance alignment model: every
            employee can see how their own objectives contribute to the mission and
            strategy. A goal without that link takes time and attention without serving
            the strategy, and cannot be explained in an appraisal.
            """,
            """
            De zichtlijn (line of sight) is de kern van het prestatieafstemmingsmodel:
            elke medewerker ziet hoe de eigen doelstellingen bijdragen aan missie en
            strategie. Een doelstelling zonder die verbinding kost tijd en aandacht
            zonder de strategie te dienen, en is in een beoordelingsgesprek niet uit te
            leggen.
            """,
        ),
        fix=_t(
            """
            Give the goal, or the first ancestor without a link, a `parent` on the level
            above; strategic goals derive from the mission:

                id: SD-4
                level: strategic
                parent: mission
            """,
            """
            Geef de doelstelling, of de eerste bovenliggende doelstelling zonder
            verwijzing, een `parent` op het niveau erboven; strategische doelstellingen
            zijn afgeleid van de missie:

                id: SD-4
                level: strategic
                parent: mission
            """,
        ),
    ),
    # ----------------------------------------------------------------- smart/
    Rule(
        code="smart/no-measure",
        severity="warning",
        title=_t("The goal has no measure", "De doelstelling heeft geen meetpunt"),
        checks=_t(
            """
            Reports a goal, personal goals included, whose `measures` list is missing or
            empty. Key results of OKRs and measures in an OGSM fall under the okr/ and
            ogsm/ rules.
            """,
            """
            Meldt een doelstelling, ook een persoonlijke, zonder of met een lege lijst
            `measures`. Key results van OKR's en meetpunten in een OGSM vallen onder de
            regels van okr/ en ogsm/.
            """,
        ),
        why=_t(
            """
            Without a measure (performance indicator) nobody can establish at the end of
            the period whether the goal was achieved: the M of SMART is missing. Reports
            cannot show progress, and the goal contributes nothing to the roll-up into
            its parent.
            """,
            """
            Zonder meetpunt (prestatie-indicator) kan aan het eind van de periode
            niemand vaststellen of de doelstelling is gehaald: de M van SMART ontbreekt.
            Rapporten kunnen geen voortgang tonen, en de doelstelling telt niet mee in
            de optelling naar de bovenliggende doelstelling.
            """,
        ),
        fix=_t(
            """
            Add at least one measure with unit, baseline, target and direction:

                measures:
                  - id: klanttevredenheid
                    name: Klanttevredenheid zakelijke klanten
                    unit: score
                    baseline: 7.1
                    target: 7.8
                    direction: increase
            """,
            """
            Voeg ten minste één meetpunt toe, met eenheid, nulmeting, streefwaarde en
            richting:

                measures:
                  - id: klanttevredenheid
                    name: Klanttevredenheid zakelijke klanten
                    unit: rapportcijfer
                    baseline: 7.1
                    target: 7.8
                    direction: increase    # of: verhogen
            """,
        ),
    ),
    Rule(
        code="smart/no-target",
        severity="warning",
        title=_t("The measure has no target", "Het meetpunt heeft geen streefwaarde"),
        checks=_t(
            """
            Reports a measure without a numeric `target`. A measure with `direction:
            range` needs its band in `min` and `max` instead. Measures with `direction:
            milestone` (done or not done) are not checked here.
            """,
            """
            Meldt een meetpunt zonder numerieke `target`. Bij `direction: range` hoort
            in plaats daarvan een bandbreedte in `min` en `max`. Meetpunten met
            `direction: milestone` (wel of niet gereed) vallen buiten deze controle.
            """,
        ),
        why=_t(
            """
            A measure without a target only observes; it does not say what counts as
            success. Progress, the traffic-light status and the check that the target is
            ambitious (beyond the baseline) all need one.
            """,
            """
            Een meetpunt zonder streefwaarde stelt alleen vast; het zegt niet wat als
            succes telt. De voortgang, de stoplichtkleur en de toets of de streefwaarde
            ambitieus is (voorbij de nulmeting) hebben er allemaal een nodig.
            """,
        ),
        fix=_t(
            """
            Add the agreed target in the measure's unit:

                - id: levertijd
                  unit: days
                  baseline: 5
                  target: 3
                  direction: decrease
            """,
            """
            Vul de afgesproken streefwaarde in, in de eenheid van het meetpunt:

                - id: levertijd
                  unit: dagen
                  baseline: 5
                  target: 3
                  direction: decrease      # of: verlagen
            """,
        ),
    ),
    Rule(
        code="smart/target-direction",
        severity="warning",
        title=_t(
            "The target is on the wrong side of the baseline",
            "De streefwaarde ligt aan de verkeerde kant van de nulmeting",
        ),
        checks=_t(
            """
            For a measure with both `baseline` and `target`, checks that the target lies
            beyond the baseline in the measure's `direction`: above it for `increase`,
            below it for `decrease`. A target equal to the baseline is reported as
            measure/zero-range instead.
            """,
            """
            Controleert bij een meetpunt met zowel `baseline` als `target` of de
            streefwaarde voorbij de nulmeting ligt in de richting van het meetpunt:
            erboven bij `increase`, eronder bij `decrease`. Een streefwaarde die gelijk
            is aan de nulmeting wordt gemeld als measure/zero-range.
            """,
        ),
        why=_t(
            """
            A target behind the baseline turns the goal upside down: an 'increase' from
            7.1 to 6.5 counts a decline as progress, and reports show green for the
            wrong result. Usually baseline and target were swapped, or `direction` was
            not changed for a cost, lead-time or absence measure.
            """,
            """
            Een streefwaarde achter de nulmeting zet de doelstelling op zijn kop: een
            'verhoging' van 7,1 naar 6,5 telt een daling als voortgang, en rapporten
            kleuren groen bij het verkeerde resultaat. Meestal zijn nulmeting en
            streefwaarde verwisseld, of is `direction` niet aangepast bij een indicator
            voor kosten, doorlooptijd of verzuim.
            """,
        ),
        fix=_t(
            """
            Swap baseline and target, or correct the direction:

                name: Absenteeism
                unit: "%"
                baseline: 6.2
                target: 4.5
                direction: decrease     # was: increase
            """,
            """
            Verwissel nulmeting en streefwaarde, of verbeter de richting:

                name: Ziekteverzuim
                unit: "%"
                baseline: 6.2
                target: 4.5
                direction: decrease     # was: increase
            """,
        ),
    ),
    Rule(
        code="smart/no-owner",
        severity="warning",
        title=_t("The goal has no owner", "De doelstelling heeft geen eigenaar"),
        checks=_t(
            """
            Reports a goal without `owner`, after the `defaults` of a `goals` document
            have been applied. Personal goals in a person file belong to that person and
            are not reported.
            """,
            """
            Meldt een doelstelling zonder `owner`, nadat de `defaults` van een
            `goals`-document zijn toegepast. Persoonlijke doelstellingen in een
            persoonsbestand zijn van die medewerker en worden niet gemeld.
            """,
        ),
        why=_t(
            """
            A goal that belongs to nobody is pursued by nobody: it is not assignable,
            the A of SMART. Performance reviews need a person or role to hold to
            account, and reports use it to show who answers for the result.
            """,
            """
            Een doelstelling die van niemand is, wordt door niemand nagestreefd: zij is
            niet toe te wijzen (de A van SMART, in het Engels 'assignable'). Het gesprek
            over prestaties heeft een persoon of rol nodig om op aan te spreken, en
            rapporten tonen daarmee wie voor het resultaat instaat.
            """,
        ),
        fix=_t(
            """
            Name the role or person who is accountable; a role outlasts staff changes
            better than a name:

                owner: Hoofd verkoop
            """,
            """
            Noem de rol of persoon die verantwoordelijk is; een rol overleeft
            personeelswisselingen beter dan een naam:

                owner: Hoofd verkoop
            """,
        ),
    ),
    Rule(
        code="smart/no-period",
        severity="warning",
        title=_t(
            "The goal has no period",
            "De doelstelling heeft geen periode",
        ),
        checks=_t(
            """
            Reports a goal that has no `period` of its own and inherits none from the
            `defaults` of a `goals` document or from the plan's `period` in
            prestatie.yaml.
            """,
            """
            Meldt een doelstelling zonder eigen `period`, die ook geen periode erft uit
            de `defaults` van een `goals`-document of uit de `period` van het plan in
            prestatie.yaml.
            """,
        ),
        why=_t(
            """
            The T of SMART: without a time frame a goal can never be late, so it never
            makes the agenda. The period also drives the 'behind plan' status, which
            compares progress with the time that has passed.
            """,
            """
            De T van SMART (tijdgebonden): zonder termijn is een doelstelling nooit te
            laat en komt zij dus nooit op de agenda. De periode bepaalt ook de status
            'achter op schema', die de voortgang vergelijkt met de verstreken tijd.
            """,
        ),
        fix=_t(
            """
            Set the period on the goal, or once for many goals in the `defaults` of a
            `goals` document or as `period:` in prestatie.yaml:

                period: 2026-Q3     # or 2026, 2026-09, {start: 2026-02-01, end: 2026-09-30}
            """,
            """
            Geef de doelstelling een periode, of stel die in één keer in voor veel
            doelstellingen, in de `defaults` van een `goals`-document of als `period:`
            in prestatie.yaml:

                period: 2026-Q3     # of 2026, 2026-09, {start: 2026-02-01, end: 2026-09-30}
            """,
        ),
    ),
    Rule(
        code="smart/due-period",
        severity="warning",
        title=_t(
            "The due date lies outside the goal's period",
            "De einddatum valt buiten de periode van de doelstelling",
        ),
        checks=_t(
            """
            Reports a measure whose `due` date falls before the start or after the end
            of its goal's period (the goal's own period or the inherited one).
            """,
            """
            Meldt een meetpunt waarvan de `due`-datum vóór het begin of na het einde van
            de periode van de doelstelling valt (de eigen periode van de doelstelling of
            de geërfde).
            """,
        ),
        why=_t(
            """
            A due date outside the period means the result will be judged in a different
            cycle from the goal itself, or was due before the goal even started. It
            usually points to a date that was not updated when the plan moved to a new
            period, or to a typo in the year.
            """,
            """
            Een einddatum buiten de periode betekent dat het resultaat in een andere
            cyclus wordt beoordeeld dan de doelstelling zelf, of al verliep voordat de
            doelstelling begon. Meestal is een datum niet bijgewerkt toen het plan naar
            een nieuwe periode ging, of staat er een tikfout in het jaartal.
            """,
        ),
        fix=_t(
            """
            Move the due date into the period, or widen the period when the work really
            takes longer:

                period: 2026
                measures:
                  - id: crm-live
                    direction: milestone
                    target: true
                    due: 2026-09-30     # was: 2025-09-30
            """,
            """
            Zet de einddatum binnen de periode, of verruim de periode als het werk echt
            langer duurt:

                period: 2026
                measures:
                  - id: crm-live
                    direction: milestone
                    target: true
                    due: 2026-09-30     # was: 2025-09-30
            """,
        ),
    ),
    Rule(
        code="smart/vague",
        severity="warning",
        title=_t(
            "The title uses a vague verb and no number",
            "De titel bevat een vaag werkwoord en geen getal",
        ),
        checks=_t(
            """
            Reports a goal whose `title` contains a word from the lists of vague verbs
            (Dutch and English, such as verbeteren, optimaliseren, versterken, improve,
            enhance, optimise) and no number at all. Words are matched whole, regardless
            of case, including common inflections (verbetert, improved). A title with a
            number, such as 'Levertijd verbeteren van 5 naar 3 dagen', passes.
            """,
            """
            Meldt een doelstelling waarvan de `title` een woord bevat uit de lijsten met
            vage werkwoorden (Nederlands en Engels, zoals verbeteren, optimaliseren,
            versterken, improve, enhance, optimise) en geen enkel getal. Alleen hele
            woorden tellen, ook gangbare vervoegingen (verbetert, improved);
            hoofdletters maken niet uit. Een titel met een getal, zoals 'Levertijd
            verbeteren van 5 naar 3 dagen', komt er wel door.
            """,
        ),
        why=_t(
            """
            The S of SMART: 'Improve customer satisfaction' sounds like a goal, but any
            change counts as success and nobody can be held to it. Stating how much in
            the title makes the ambition visible wherever the goal appears: in the tree,
            in the report and in the appraisal.
            """,
            """
            De S van SMART (specifiek): 'Klanttevredenheid verbeteren' klinkt als een
            doel, maar elke verandering telt dan als succes en niemand is erop aan te
            spreken. Door in de titel te zetten hoeveel, is de ambitie zichtbaar overal
            waar de doelstelling verschijnt: in de boom, in het rapport en in het
            beoordelingsgesprek.
            """,
        ),
        fix=_t(
            """
            Put the ambition in the title, with the number from the measure:

                title: Klanttevredenheid zakelijke klanten van 7,1 naar 7,8
                # was: Klanttevredenheid verbeteren

            When a goal is worded qualitatively on purpose and its measures carry the
            numbers, silence the rule on that goal:

                ignore: [smart/vague]
            """,
            """
            Zet de ambitie in de titel, met het getal uit het meetpunt:

                title: Klanttevredenheid zakelijke klanten van 7,1 naar 7,8
                # was: Klanttevredenheid verbeteren

            Is een doelstelling bewust kwalitatief geformuleerd en staan de getallen in
            de meetpunten, zet de regel dan voor die doelstelling uit:

                ignore: [smart/vague]
            """,
        ),
    ),
    # --------------------------------------------------------------- measure/
    Rule(
        code="measure/checkin-order",
        severity="warning",
        title=_t(
            "Check-ins are not in date order",
            "De metingen staan niet op datumvolgorde",
        ),
        checks=_t(
            """
            Reports a check-in whose `date` lies before the date of a check-in listed
            above it in the same measure's `checkins`.
            """,
            """
            Meldt een meting in `checkins` waarvan de `date` vóór de datum ligt van een
            meting die erboven staat in hetzelfde meetpunt.
            """,
        ),
        why=_t(
            """
            The latest check-in is the measure's actual value when `actual` is not
            given. A list out of order is easy to misread in a review, and a check-in
            added in the wrong place often means a typing error in its date.
            """,
            """
            Zonder `actual` is de laatste meting de actuele waarde van het meetpunt.
            Een lijst die niet op volgorde staat leest in een voortgangsgesprek snel
            verkeerd, en een meting op de verkeerde plek wijst vaak op een tikfout in
            de datum.
            """,
        ),
        fix=_t(
            """
            List check-ins from old to new and check the dates:

                checkins:
                  - {date: 2026-03-31, value: 1250000}
                  - {date: 2026-06-30, value: 1310000}
            """,
            """
            Zet de metingen van oud naar nieuw en controleer de datums:

                checkins:
                  - {date: 2026-03-31, value: 1250000}
                  - {date: 2026-06-30, value: 1310000}
            """,
        ),
    ),
    Rule(
        code="measure/checkin-period",
        severity="warning",
        title=_t(
            "A check-in lies outside the goal's period",
            "Een meting valt buiten de periode van de doelstelling",
        ),
        checks=_t(
            """
            Reports a check-in whose `date` lies outside the period of the goal that
            holds the measure (its own `period`, its `defaults:` or the plan's period).
            """,
            """
            Meldt een meting waarvan de `date` buiten de periode valt van de
            doelstelling waar het meetpunt bij hoort (haar eigen `period`, die uit
            `defaults:` of die van het plan).
            """,
        ),
        why=_t(
            """
            Progress is measured within the period the goal is agreed for. A value from
            another period says nothing about this goal's result and distorts its
            progress and status.
            """,
            """
            Voortgang wordt gemeten binnen de periode waarvoor de doelstelling is
            afgesproken. Een waarde uit een andere periode zegt niets over het resultaat
            van deze doelstelling en vertekent voortgang en status.
            """,
        ),
        fix=_t(
            """
            Correct the date, or move a baseline measured before the period to
            `baseline:`.
            """,
            """
            Corrigeer de datum, of zet een waarde die vóór de periode is gemeten als
            `baseline:`.
            """,
        ),
    ),
    Rule(
        code="measure/zero-range",
        severity="warning",
        title=_t(
            "The target equals the baseline",
            "De streefwaarde is gelijk aan de nulmeting",
        ),
        checks=_t(
            """
            Reports a measure that is not a range or milestone and whose `target` equals
            its `baseline`. Progress is computed as (actual - baseline) / (target -
            baseline), which is undefined when the two are equal.
            """,
            """
            Meldt een meetpunt dat geen bandbreedte of mijlpaal is en waarvan `target`
            gelijk is aan `baseline`. De voortgang wordt berekend als (actueel -
            nulmeting) / (streefwaarde - nulmeting), en die is niet gedefinieerd als
            beide gelijk zijn.
            """,
        ),
        why=_t(
            """
            With no distance between baseline and target the measure cannot show
            progress or a traffic-light status, and it drops out of the weighted
            roll-up. Often the real aim is to hold a level ('absence stays at 4 %'),
            which is a range, not an increase or a decrease.
            """,
            """
            Zonder afstand tussen nulmeting en streefwaarde kan het meetpunt geen
            voortgang of stoplichtkleur tonen, en valt het uit de gewogen optelling.
            Vaak is het eigenlijke doel een niveau vasthouden ('verzuim blijft op 4 %'):
            dat is een bandbreedte, geen verhoging of verlaging.
            """,
        ),
        fix=_t(
            """
            To hold a level, use a range with a band; otherwise set the real target:

                baseline: 4.0
                direction: range
                min: 3.5
                max: 4.5
            """,
            """
            Wil je een niveau vasthouden, gebruik dan een bandbreedte; stel anders de
            echte streefwaarde in:

                baseline: 4.0
                direction: range       # of: bandbreedte
                min: 3.5
                max: 4.5
            """,
        ),
    ),
    # ------------------------------------------------------------------ swot/
    Rule(
        code="swot/unknown-item",
        severity="warning",
        title=_t(
            "The goal addresses a SWOT item that does not exist",
            "De doelstelling verwijst naar een SWOT-punt dat niet bestaat",
        ),
        checks=_t(
            """
            Compares the ids in a goal's `addresses` list with the strengths,
            weaknesses, opportunities and threats of the plan's SWOT analysis. An
            unknown id is reported with the closest existing one. The rule only runs
            when the plan has a `kind: analysis` document.
            """,
            """
            Vergelijkt de ids in de lijst `addresses` van een doelstelling met de
            sterkten, zwakten, kansen en bedreigingen uit de SWOT-analyse van het plan.
            Een onbekende id wordt gemeld met de best passende bestaande. De regel werkt
            alleen als het plan een document met `kind: analysis` heeft.
            """,
        ),
        why=_t(
            """
            Strategic objectives should show which outcomes of the strategic analysis
            they answer; that is how the management team checks that every key weakness
            and threat has a response. A link to an item that does not exist breaks that
            trail, and the item that was meant may look unaddressed.
            """,
            """
            Strategische doelstellingen horen te laten zien op welke uitkomsten van de
            strategische analyse zij een antwoord zijn; zo toetst het MT of elke
            belangrijke zwakte en bedreiging een antwoord heeft. Een verwijzing naar een
            punt dat niet bestaat, breekt dat spoor, en het bedoelde punt lijkt dan
            onbeantwoord.
            """,
        ),
        fix=_t(
            """
            Use the id from the SWOT analysis, or add the missing item there:

                addresses: [O1, W2]      # ids from swot: in the analysis document
            """,
            """
            Gebruik de id uit de SWOT-analyse, of voeg het ontbrekende punt daar toe:

                addresses: [O1, W2]      # ids uit swot: in het analysedocument
            """,
        ),
    ),
    # ---------------------------------------------------------------- config/
    Rule(
        code="config/unknown-rule",
        severity="warning",
        title=_t(
            "prestatie.yaml names a rule that does not exist",
            "prestatie.yaml noemt een regel die niet bestaat",
        ),
        checks=_t(
            """
            Checks every code under `rules:` in prestatie.yaml against the rules that
            `prestatie explain` knows. An unknown code is reported at its key, with the
            closest existing code as a suggestion.
            """,
            """
            Controleert elke code onder `rules:` in prestatie.yaml tegen de regels die
            `prestatie explain` kent. Een onbekende code wordt gemeld op de plek van de
            sleutel, met de best passende bestaande code als suggestie.
            """,
        ),
        why=_t(
            """
            A misspelt code has no effect: `smart/no-ownr: error` leaves the rule at its
            default, and the team believes a check is enforced that is not. The same
            happens when a rule is renamed between versions of prestatie.
            """,
            """
            Een verkeerd gespelde code heeft geen effect: `smart/no-ownr: error` laat de
            regel op zijn standaardinstelling staan, en het team denkt dat er een
            controle wordt afgedwongen die er niet is. Hetzelfde gebeurt als een regel
            tussen twee versies van prestatie een andere naam krijgt.
            """,
        ),
        fix=_t(
            """
            Correct the code to the suggestion, or remove the entry:

                rules:
                  smart/no-owner: error     # was: smart/no-ownr
            """,
            """
            Verbeter de code naar de suggestie, of haal de regel weg:

                rules:
                  smart/no-owner: error     # was: smart/no-ownr
            """,
        ),
    ),
)


def _family_rank(rule: Rule) -> tuple[int, str, str]:
    family = rule.family
    rank = _FAMILY_ORDER.index(family) if family in _FAMILY_ORDER else len(_FAMILY_ORDER)
    return (rank, family, rule.code)


def _index(rules: Iterable[Rule]) -> Mapping[str, Rule]:
    table: dict[str, Rule] = {}
    for rule in sorted(rules, key=_family_rank):
        if rule.code in table:
            raise ValueError(f"rule code {rule.code!r} is defined twice")
        table[rule.code] = rule
    return MappingProxyType(table)


RULES: Mapping[str, Rule] = _index(_ALL)
"""Every rule by code, ordered by family (in checking order) and then by code."""

# Words that make a goal title vague when no number accompanies them. Lowercase;
# smart/vague matches them as whole words. Directional verbs (verhogen, reduce) are
# included on purpose: "Kosten verlagen" is vague, "Kosten verlagen met 8 %" is not.
VAGUE_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "nl": (
            "aanscherpen",
            "bevorderen",
            "bijdragen",
            "borgen",
            "faciliteren",
            "intensiveren",
            "maximaliseren",
            "minimaliseren",
            "moderniseren",
            "ondersteunen",
            "optimalisatie",
            "optimaliseren",
            "professionalisering",
            "professionaliseren",
            "reduceren",
            "stimuleren",
            "stroomlijnen",
            "terugdringen",
            "verbeteren",
            "verbetering",
            "verbreden",
            "verdiepen",
            "verduurzamen",
            "vergroten",
            "verhogen",
            "verlagen",
            "verminderen",
            "versterken",
            "versterking",
            "verstevigen",
        ),
        "en": (
            "advance",
            "better",
            "boost",
            "broaden",
            "decrease",
            "deepen",
            "drive",
            "encourage",
            "enhance",
            "ensure",
            "expand",
            "facilitate",
            "foster",
            "improve",
            "improvement",
            "increase",
            "leverage",
            "maximise",
            "maximize",
            "minimise",
            "minimize",
            "modernise",
            "modernize",
            "optimise",
            "optimize",
            "promote",
            "reduce",
            "stimulate",
            "streamline",
            "strengthen",
            "support",
        ),
    }
)


def get(code: str) -> Rule | None:
    """Return the rule with this code, or ``None`` when no such rule exists."""
    return RULES.get(code.strip().lower())


def families() -> list[str]:
    """Return the rule families (``yaml``, ``schema``, ...) in catalogue order."""
    return list(dict.fromkeys(rule.family for rule in RULES.values()))
